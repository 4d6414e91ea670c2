using System.Text.Json;
using DeputyPortal.Application.Common.Security;

namespace DeputyPortal.Application.UnitTests;

public sealed class PersonalTextTests
{
    private static readonly Guid TownshipA = Guid.CreateVersion7();
    private static readonly Guid DeputyA = Guid.CreateVersion7();

    private sealed record Reader(string? Role, Guid? TownshipId = null, Guid? DeputyId = null) : ICurrentUser
    {
        public Guid? UserId => Guid.Empty;

        public string UserName => "reader";

        public Guid? HandlingUnitId => null;

        public bool IsSystem => false;
    }

    private sealed record Answer(string Name, PersonalText? Phone, PersonalText? Address);

    private static Answer Sample() => new(
        "甲选民",
        PersonalText.Phone("13912345678", TownshipA, DeputyA),
        PersonalText.Address("甲村三组18号", TownshipA, DeputyA));

    private static readonly AsyncLocal<ICurrentUser?> CurrentReader = new();

    /// <summary>As the HTTP answers are written: the converter asks who reads, per value.</summary>
    private static readonly JsonSerializerOptions ForTheReader = new() { Converters = { new PersonalTextJsonConverter(() => CurrentReader.Value) } };

    private static string Write(Answer answer, ICurrentUser? reader)
    {
        CurrentReader.Value = reader;
        return JsonSerializer.Serialize(answer, ForTheReader);
    }

    [Fact]
    public void AnySerializer_NotToldTheReader_WritesItMasked()
    {
        var json = JsonSerializer.Serialize(Sample());

        Assert.Contains("\"Phone\":\"139****5678\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("13912345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("18号", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NoReader_IsMasked() =>
        Assert.DoesNotContain("13912345678", Write(Sample(), reader: null), StringComparison.Ordinal);

    [Theory]
    [InlineData(Roles.TownshipSecretary, true, false, true)]
    [InlineData(Roles.Deputy, true, true, true)]
    [InlineData(Roles.Deputy, true, false, false)]
    [InlineData(Roles.PresidiumMember, true, false, false)]
    [InlineData(Roles.TownshipSecretary, false, false, false)]
    [InlineData(Roles.CountyStaff, false, false, false)]
    public void TheReader_SeesItInFull_OnlyByTheRule(string role, bool ownTownship, bool theDeputy, bool full)
    {
        var reader = new Reader(role, ownTownship ? TownshipA : Guid.CreateVersion7(), theDeputy ? DeputyA : null);

        var json = JsonDocument.Parse(Write(Sample(), reader)).RootElement;

        Assert.Equal(full ? "13912345678" : "139****5678", json.GetProperty("Phone").GetString());
        Assert.Equal(full ? "甲村三组18号" : "甲村三组****", json.GetProperty("Address").GetString());
        Assert.Equal(full ? "13912345678" : "139****5678", Sample().Phone!.ShownTo(reader));
    }

    [Fact]
    public void Missing_IsNull_AndStringsNeverShowTheValue()
    {
        Assert.Null(PersonalText.Phone(null, TownshipA, DeputyA));
        Assert.Null(PersonalText.Address(string.Empty, TownshipA, DeputyA));
        Assert.Equal("{\"Name\":\"x\",\"Phone\":null,\"Address\":null}", Write(new Answer("x", null, null), new Reader(Roles.TownshipSecretary, TownshipA)));
        Assert.Equal("139****5678", $"{Sample().Phone}");
        Assert.Equal("360102********1234", PersonalText.IdNumber("360102199001011234", TownshipA, DeputyA)!.Masked());
    }

    [Fact]
    public void PersonalData_IsNeverReadFromJson() =>
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Answer>("{\"Name\":\"x\",\"Phone\":\"13912345678\",\"Address\":null}"));
}
