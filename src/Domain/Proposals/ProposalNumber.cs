namespace DeputyPortal.Domain.Proposals;

/// <summary>
/// A numbering series: per township and term, per session (or 闭会 between sessions), per kind. Numbers within a
/// series are consecutive from 1 without gaps.
/// </summary>
public sealed record ProposalSeries(Guid TownshipId, Guid TermId, int TermNumber, int? SessionNumber, ProposalKind Kind)
{
    public const string BetweenSessions = "闭会";

    /// <summary>J for 建议, Y for 议案.</summary>
    public string KindLetter => Kind == ProposalKind.Suggestion ? "J" : "Y";

    public string SessionPart => SessionNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? BetweenSessions;

    /// <summary>The registration number, e.g. 18-2-J007.</summary>
    public string Format(int sequence) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{TermNumber}-{SessionPart}-{KindLetter}{sequence:000}");
}
