using System.Text.Json.Serialization;

namespace DeputyPortal.Application.Common.Security;

/// <summary>What kind of personal data a <see cref="PersonalText"/> holds; each kind has its own mask.</summary>
public enum PersonalDataKind
{
    Phone,
    Address,
    IdNumber,
}

/// <summary>
/// A piece of personal data (DESIGN §2: phone numbers, addresses, ID numbers) on its way to a reader, with what the
/// rule needs to decide who may see it: the township it belongs to and the deputy it belongs to or is assigned to.
/// Every answer carries personal data as this type, never as a string, and the value leaves it only through
/// <see cref="ShownTo"/>: in full for whom <see cref="AccessPolicy.CanSeePersonalData"/> allows, masked for everyone
/// else and for no reader at all. The JSON converter of the HTTP answers and the .xlsx ledgers both call it, so a new
/// reader cannot forget the rule; any other serializer, and <see cref="ToString"/>, write it masked.
/// </summary>
[JsonConverter(typeof(PersonalTextJsonConverter))]
public sealed class PersonalText : IEquatable<PersonalText>
{
    private readonly string _value;

    private PersonalText(PersonalDataKind kind, string value, Guid townshipId, Guid? deputyId)
    {
        Kind = kind;
        _value = value;
        TownshipId = townshipId;
        DeputyId = deputyId;
    }

    public PersonalDataKind Kind { get; }

    /// <summary>The township whose secretary may see it in full.</summary>
    public Guid TownshipId { get; }

    /// <summary>The deputy who may see it in full: the deputy it belongs to, or the one a constituent is assigned to.</summary>
    public Guid? DeputyId { get; }

    /// <summary>Null for no value (null or empty), so an answer shows a missing phone as null, not as a mask.</summary>
    public static PersonalText? Phone(string? value, Guid townshipId, Guid? deputyId) => Of(PersonalDataKind.Phone, value, townshipId, deputyId);

    public static PersonalText? Address(string? value, Guid townshipId, Guid? deputyId) => Of(PersonalDataKind.Address, value, townshipId, deputyId);

    public static PersonalText? IdNumber(string? value, Guid townshipId, Guid? deputyId) => Of(PersonalDataKind.IdNumber, value, townshipId, deputyId);

    /// <summary>The one rule of DESIGN §2: in full for the owning township's secretary and the deputy, masked otherwise.</summary>
    public string ShownTo(ICurrentUser? reader) =>
        reader is not null && reader.CanSeePersonalData(TownshipId, DeputyId) ? _value : Masked();

    /// <summary>The masked form, the same for every reader.</summary>
    public string Masked() => Kind switch
    {
        PersonalDataKind.Phone => PersonalData.MaskPhone(_value)!,
        PersonalDataKind.Address => PersonalData.MaskAddress(_value)!,
        _ => PersonalData.MaskIdNumber(_value)!,
    };

    /// <summary>Masked: string interpolation, logs and debuggers never see the value.</summary>
    public override string ToString() => Masked();

    public bool Equals(PersonalText? other) =>
        other is not null && Kind == other.Kind && _value == other._value && TownshipId == other.TownshipId && DeputyId == other.DeputyId;

    public override bool Equals(object? obj) => Equals(obj as PersonalText);

    public override int GetHashCode() => HashCode.Combine(Kind, _value, TownshipId, DeputyId);

    private static PersonalText? Of(PersonalDataKind kind, string? value, Guid townshipId, Guid? deputyId) =>
        string.IsNullOrEmpty(value) ? null : new PersonalText(kind, value, townshipId, deputyId);
}
