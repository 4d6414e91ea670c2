using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Contacts;

namespace DeputyPortal.Application.Contacts;

/// <summary>
/// A contact ledger entry (联系选民记录) as the API shows it. Constituents are named only (never phone or address);
/// a concern shows the proposal drafted from it, if any.
/// </summary>
public sealed record ConstituentContactDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public Guid DeputyId { get; init; }

    public DateOnly ContactedOn { get; init; }

    public ContactChannel Channel { get; init; }

    public string? OtherPerson { get; init; }

    public string Summary { get; init; } = null!;

    public IReadOnlyList<ContactedConstituentDto> Constituents { get; init; } = [];

    public IReadOnlyList<ContactConcernDto> Concerns { get; init; } = [];

    public uint Version { get; init; }
}

public sealed record ContactedConstituentDto(Guid Id, string Name);

public sealed record ContactConcernDto(Guid Id, string Text, Guid? ProposalId);
