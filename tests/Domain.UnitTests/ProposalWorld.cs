using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.UnitTests;

/// <summary>
/// One township's term with a lead deputy, four co-signers, handling units and a session, and proposals walked along
/// DESIGN §3 to any state on fixed dates. The calendar is plain Monday–Friday unless a test passes another.
/// </summary>
internal sealed class ProposalWorld
{
    public static readonly DateOnly DraftedOn = Fixtures.Date("2025-03-03");
    public static readonly DateOnly SubmittedOn = Fixtures.Date("2025-03-04");
    public static readonly DateOnly RegisteredOn = Fixtures.Date("2025-03-05");
    public static readonly DateOnly AssignedOn = Fixtures.Date("2025-03-10"); // Monday; due 2025-06-10
    public static readonly DateOnly RepliedOn = Fixtures.Date("2025-05-06"); // Tuesday; 20 working days later is Tuesday 2025-06-03
    public static readonly DateOnly EvaluatedOn = Fixtures.Date("2025-05-12");

    public ProposalWorld(ProposalRules? rules = null, WorkingDayCalendar? calendar = null)
    {
        Rules = rules ?? ProposalRules.Default;
        Calendar = calendar ?? new WorkingDayCalendar([]);
        Term = Fixtures.Term();
        Lead = Fixtures.Deputy(Term, "张伟");
        CoSigners = [Fixtures.Deputy(Term, "李娜"), Fixtures.Deputy(Term, "王芳"), Fixtures.Deputy(Term, "刘洋"), Fixtures.Deputy(Term, "陈静")];
        Session = Fixtures.Session(Term, 2, Fixtures.Date("2025-03-01"), Fixtures.Date("2025-03-03"));
    }

    public ProposalRules Rules { get; }

    public WorkingDayCalendar Calendar { get; }

    public Term Term { get; }

    public Deputy Lead { get; }

    public IReadOnlyList<Deputy> CoSigners { get; }

    public CongressSession Session { get; }

    public HandlingUnit LeadUnit { get; } = Fixtures.Unit("农业综合服务中心");

    public HandlingUnit CoUnit { get; } = Fixtures.Unit("财政所");

    public HandlingUnit SecondCoUnit { get; } = Fixtures.Unit("茶亭村村委会");

    public HandlingUnit OtherUnit { get; } = Fixtures.Unit("派出所");

    public static ProposalText Text(string category = "农业农村") =>
        new("关于修缮茶亭村灌溉水渠的建议", "茶亭村灌溉水渠年久失修，影响春耕用水，建议列入今年水利项目。", category);

    /// <summary>A motion gets the four co-signers (five signers with the lead); a suggestion gets none.</summary>
    public Proposal Draft(ProposalKind kind = ProposalKind.Suggestion, CongressSession? session = null) =>
        Proposal.Draft(Term, session, kind, Text(), Lead, kind == ProposalKind.Motion ? CoSigners : [], Rules, Fixtures.Step(DraftedOn, Lead.Name));

    public Proposal Submitted(ProposalKind kind = ProposalKind.Suggestion, CongressSession? session = null)
    {
        var proposal = Draft(kind, session);
        proposal.Submit(Fixtures.Step(SubmittedOn, Lead.Name));
        return proposal;
    }

    public Proposal Registered(ProposalKind kind = ProposalKind.Suggestion, CongressSession? session = null, int sequence = 1)
    {
        var proposal = Submitted(kind, session);
        Register(proposal, session, sequence);
        return proposal;
    }

    public void Register(Proposal proposal, CongressSession? session = null, int sequence = 1) =>
        proposal.Register(proposal.SeriesIn(Term, session), sequence, Fixtures.Step(RegisteredOn, "秘书"));

    /// <summary>Assigned to <see cref="LeadUnit"/> with <see cref="CoUnit"/> unless told otherwise.</summary>
    public Proposal Assigned(
        ProposalKind kind = ProposalKind.Suggestion, DateOnly? on = null, bool complex = false, IReadOnlyCollection<HandlingUnit>? coUnits = null)
    {
        var proposal = Registered(kind);
        Assign(proposal, on ?? AssignedOn, complex, coUnits);
        return proposal;
    }

    public void Assign(Proposal proposal, DateOnly on, bool complex = false, IReadOnlyCollection<HandlingUnit>? coUnits = null, HandlingUnit? lead = null) =>
        proposal.Assign(new ProposalAssignment(lead ?? LeadUnit, coUnits ?? [CoUnit], complex, null), null, Rules, Fixtures.Step(on, "秘书"));

    public Proposal Replied(ReplyClass resultClass = ReplyClass.A, ProposalKind kind = ProposalKind.Suggestion, DateOnly? on = null)
    {
        var proposal = Assigned(kind);
        Reply(proposal, resultClass, on ?? RepliedOn);
        return proposal;
    }

    public void Reply(Proposal proposal, ReplyClass resultClass, DateOnly on) =>
        proposal.Reply(LeadUnit.Id, ReplyOf(resultClass, on), Calendar, Rules, Fixtures.Step(on, "王主任"));

    public void Evaluate(Proposal proposal, Rating rating, DateOnly on) =>
        proposal.Evaluate(Lead.Id, rating, rating == Rating.Dissatisfied ? "水渠仍未修好" : null, Rules, Fixtures.Step(on, Lead.Name));

    /// <summary>A valid reply of the class: B and C promise completion in two months, D explains why not.</summary>
    public static ReplyDraft ReplyOf(ReplyClass resultClass, DateOnly on) => new(
        resultClass,
        "已安排专项资金修缮水渠。",
        "王主任",
        resultClass is ReplyClass.B or ReplyClass.C ? on.AddMonths(2) : null,
        resultClass == ReplyClass.D ? "今年县级水利资金已用完，列入明年计划参考。" : null);

    /// <summary>A proposal brought along the ordinary path to the given state.</summary>
    public Proposal In(ProposalStatus status, ProposalKind kind = ProposalKind.Suggestion)
    {
        var proposal = BringTo(status, kind);
        Assert.Equal(status, proposal.Status);
        return proposal;
    }

    private Proposal BringTo(ProposalStatus status, ProposalKind kind)
    {
        switch (status)
        {
            case ProposalStatus.Draft:
                return Draft(kind);
            case ProposalStatus.Submitted:
                return Submitted(kind);
            case ProposalStatus.Registered:
                return Registered(kind);
            case ProposalStatus.Rejected:
                var rejected = Submitted(kind);
                rejected.Reject("不属于本级人大职权范围", Fixtures.Step(RegisteredOn, "秘书"));
                return rejected;
            case ProposalStatus.Assigned:
                return Assigned(kind);
            case ProposalStatus.Replied:
                return Replied(ReplyClass.A, kind);
            case ProposalStatus.Rehandling:
                var rehandled = Replied(ReplyClass.A, kind);
                Evaluate(rehandled, Rating.Dissatisfied, EvaluatedOn);
                return rehandled;
            case ProposalStatus.FollowUp:
                var followed = Replied(ReplyClass.B, kind);
                Evaluate(followed, Rating.Satisfied, EvaluatedOn);
                return followed;
            case ProposalStatus.Closed:
                var closed = Replied(ReplyClass.A, kind);
                Evaluate(closed, Rating.Satisfied, EvaluatedOn);
                return closed;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, null);
        }
    }
}
