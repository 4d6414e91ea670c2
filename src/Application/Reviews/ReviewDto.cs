using DeputyPortal.Application.Common;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Application.Reviews;

/// <summary>
/// A performance review as the API shows it, with the names beside the ids. <see cref="SatisfactionRate"/> is
/// (满意 + 基本满意) ÷ votes cast, four places, and null when nobody voted; <see cref="SatisfactionLabel"/> then says
/// 无投票 instead of a percentage. <see cref="ProposedOutcome"/> is what the thresholds proposed (null without votes),
/// <see cref="Outcome"/> what the secretary confirmed (null until then). <see cref="Version"/> is its ETag.
/// </summary>
public sealed record ReviewDto : IVersioned
{
    public Guid Id { get; init; }

    public Guid TownshipId { get; init; }

    public Guid TermId { get; init; }

    public Guid DeputyId { get; init; }

    public string DeputyName { get; init; } = null!;

    public Guid DistrictId { get; init; }

    public string DistrictName { get; init; } = null!;

    public DateOnly HeldOn { get; init; }

    public string? Venue { get; init; }

    public ReviewForm Form { get; init; }

    public string ReportText { get; init; } = null!;

    public int VotersPresent { get; init; }

    public int Satisfied { get; init; }

    public int BasicallySatisfied { get; init; }

    public int Dissatisfied { get; init; }

    /// <summary>满意 + 基本满意 + 不满意.</summary>
    public int VotesCast { get; init; }

    public decimal? SatisfactionRate { get; init; }

    /// <summary>The rate as a percentage with up to two decimals (e.g. 93.33%), or 无投票 when nobody voted.</summary>
    public string SatisfactionLabel { get; init; } = null!;

    public ReviewOutcome? ProposedOutcome { get; init; }

    public ReviewOutcome? Outcome { get; init; }

    /// <summary>Whether the secretary has confirmed an outcome.</summary>
    public bool IsConfirmed { get; init; }

    public uint Version { get; init; }
}
