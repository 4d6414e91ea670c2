using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Reviews;

/// <summary>
/// 述职评议: a deputy's report to the voters of a district (向选民述职) and how the voters' representatives present
/// judged it. The outcome is proposed from the tally by the township's thresholds and confirmed (or changed) by the
/// secretary.
/// </summary>
public sealed class PerformanceReview : Entity, ITownshipScoped
{
    public const int VenueMaxLength = 100;
    public const int ReportMaxLength = 20_000;

    /// <summary>More voters' representatives than any district has; keeps every sum far from overflowing.</summary>
    public const int MaxVoters = 100_000;

    private PerformanceReview()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    public Guid DeputyId { get; private set; }

    public Guid DistrictId { get; private set; }

    /// <summary>The day of the meeting, in Asia/Shanghai.</summary>
    public DateOnly HeldOn { get; private set; }

    public string? Venue { get; private set; }

    public ReviewForm Form { get; private set; }

    public string ReportText { get; private set; } = null!;

    /// <summary>Voters' representatives present (参加评议的选民代表).</summary>
    public int VotersPresent { get; private set; }

    public int Satisfied { get; private set; }

    public int BasicallySatisfied { get; private set; }

    public int Dissatisfied { get; private set; }

    /// <summary>The tally's rate, kept beside it so lists sort and filter by it in SQL; null when nobody voted.</summary>
    public decimal? SatisfactionRate { get; private set; }

    /// <summary>What the township's thresholds proposed when the tally was last recorded; null when nobody voted.</summary>
    public ReviewOutcome? ProposedOutcome { get; private set; }

    /// <summary>The outcome the secretary confirmed; null until then.</summary>
    public ReviewOutcome? Outcome { get; private set; }

    public ReviewTally Tally => new(Satisfied, BasicallySatisfied, Dissatisfied);

    public static PerformanceReview Record(Term term, Deputy deputy, ElectoralDistrict district, ReviewDraft draft, ReviewRules rules, DateOnly today)
    {
        var review = new PerformanceReview { TownshipId = term.TownshipId, TermId = term.Id };
        review.Revise(term, deputy, district, draft, rules, today);
        return review;
    }

    /// <summary>Replaces everything recorded, the confirmed outcome included, and proposes the outcome afresh from the tally.</summary>
    public void Revise(Term term, Deputy deputy, ElectoralDistrict district, ReviewDraft draft, ReviewRules rules, DateOnly today)
    {
        Rule.Require(term.Id == TermId, "ReviewBelongsToItsTerm", "述职评议只能记录在其所属的届内。", "termId");
        Rule.Require(deputy.TownshipId == TownshipId && deputy.TermId == TermId, "ReviewedDeputyOfTerm", "述职的代表必须是本乡镇本届的代表。", "deputyId");
        Rule.Require(district.TownshipId == TownshipId && district.TermId == TermId, "ReviewDistrictOfTerm", "述职的选区必须是本乡镇本届的选区。", "districtId");
        Rule.Require(term.Period.Contains(draft.HeldOn), "ReviewWithinTerm", "述职日期必须在本届任期内。", "heldOn");
        Rule.Require(draft.HeldOn <= today, "ReviewHasTakenPlace", "述职日期不能晚于今天。", "heldOn");
        Rule.Require(
            deputy.TerminatedOn is not { } terminatedOn || draft.HeldOn <= terminatedOn,
            "ReviewBeforeTermination",
            "述职日期不能晚于代表资格终止的日期。",
            "heldOn");
        RequireValidTally(draft);

        DeputyId = deputy.Id;
        DistrictId = district.Id;
        HeldOn = draft.HeldOn;
        Venue = draft.Venue;
        Form = draft.Form;
        ReportText = draft.ReportText;
        VotersPresent = draft.VotersPresent;
        Satisfied = draft.Tally.Satisfied;
        BasicallySatisfied = draft.Tally.BasicallySatisfied;
        Dissatisfied = draft.Tally.Dissatisfied;
        SatisfactionRate = draft.Tally.SatisfactionRate;
        ProposedOutcome = rules.Propose(draft.Tally);
        Outcome = draft.Outcome;
    }

    private static void RequireValidTally(ReviewDraft draft)
    {
        Rule.Require(draft.VotersPresent is >= 0 and <= MaxVoters, "VotersPresentInRange", $"参加评议的选民代表人数须在0至{MaxVoters}之间。", "votersPresent");
        var tally = draft.Tally;
        Rule.Require(
            tally.Satisfied is >= 0 and <= MaxVoters && tally.BasicallySatisfied is >= 0 and <= MaxVoters && tally.Dissatisfied is >= 0 and <= MaxVoters,
            "TallyNotNegative",
            $"测评票数须在0至{MaxVoters}之间。",
            "satisfied");
        Rule.Require(
            tally.VotesCast <= draft.VotersPresent,
            "TallyWithinPresent",
            $"满意、基本满意、不满意票数合计不能超过参加评议的选民代表人数（{draft.VotersPresent}人）。",
            "satisfied");
    }
}

/// <summary>What a secretary records for a review, the deputy and district aside.</summary>
public sealed record ReviewDraft(
    DateOnly HeldOn,
    string? Venue,
    ReviewForm Form,
    string ReportText,
    int VotersPresent,
    ReviewTally Tally,
    ReviewOutcome? Outcome);
