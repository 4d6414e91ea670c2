using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>Where a proposal ends up, and by which path (DESIGN §3); every status and the notable paths have one.</summary>
public enum ProposalScenario
{
    Draft,
    Submitted,
    Registered,
    Rejected,
    AssignedGreen,
    AssignedYellow,
    AssignedRed,
    AssignedOverdue,
    AssignedComplex,
    AssignedKey,
    ReturnedAndReassigned,
    ExtensionApproved,
    ExtensionRefused,
    ExtensionPending,
    Replied,
    AcceptedWithoutRating,
    Rehandling,
    FollowUpB,
    FollowUpC,
    ClosedA,
    ClosedD,
    ClosedSolved,
    ClosedSecondRound,
    MotionConverted,
}

/// <summary>
/// One proposal to build: its scenario, and whatever must not be left to chance (who leads it, which unit handles it,
/// whether it is a motion or raised at a session). Everything left null is drawn.
/// </summary>
public sealed record ProposalOrder(ProposalScenario Scenario)
{
    public Deputy? Lead { get; init; }

    public IReadOnlyList<Deputy>? CoSigners { get; init; }

    public HandlingUnit? LeadUnit { get; init; }

    public IReadOnlyList<HandlingUnit>? CoUnits { get; init; }

    public bool? CoUnitsGiveInput { get; init; }

    public PresidiumMember? Supervisor { get; init; }

    public bool IsMotion { get; init; }

    public bool? AtSession { get; init; }

    public string? Category { get; init; }

    public ProposalTemplate? Template { get; init; }

    /// <summary>The village the proposal is about; by default the lead deputy's (a rural matter: a village nearby).</summary>
    public string? Village { get; init; }

    public Guid? SourceConcernId { get; init; }

    /// <summary>
    /// For <see cref="ProposalScenario.Registered"/>: assigned after registration and returned by its unit, so it waits to
    /// be assigned again (退回待重新交办).
    /// </summary>
    public bool ReturnedByUnit { get; init; }
}

/// <summary>
/// What the proposals of one township are built from: its current term and sessions, the serving deputies (and the
/// village each lives in), the presidium, the handling units, the working-day calendar, and the moment of building.
/// Every step of a built proposal lies before <see cref="Now"/>; terminal histories may be moved back by up to
/// <see cref="MaxShiftDays"/> so that closed proposals spread over the term.
/// </summary>
public sealed record ProposalSetting(
    Term Term,
    IReadOnlyList<CongressSession> Sessions,
    IReadOnlyList<Deputy> Deputies,
    IReadOnlyDictionary<Guid, string> DeputyVillages,
    IReadOnlyList<PresidiumMember> Presidium,
    IReadOnlyList<HandlingUnit> Units,
    string TownshipName,
    WorkingDayCalendar Calendar,
    DateTimeOffset Now,
    int MaxShiftDays)
{
    public static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateOnly Today => DateOnly.FromDateTime(Now.ToOffset(ChinaOffset).DateTime);

    public ProposalRules Rules { get; init; } = ProposalRules.Default;
}

/// <summary>
/// Builds proposals only through the <see cref="Proposal"/> aggregate's own methods, with every step dated in the
/// past relative to <see cref="ProposalSetting.Now"/>, so demo and synthetic proposals obey the same rules as entered
/// ones. Registration numbers come from <c>nextNumber</c>, drawn in the order of the registration dates, so every
/// series reads 1..n in time order. All choices come from the given <see cref="Random"/>.
/// </summary>
public sealed class DemoProposalBuilder(ProposalSetting setting, Random random, Func<ProposalSeries, CancellationToken, Task<int>> nextNumber)
{
    private static readonly ProposalScenario[] Shiftable =
    [
        ProposalScenario.Rejected, ProposalScenario.ClosedA, ProposalScenario.ClosedD, ProposalScenario.ClosedSolved,
        ProposalScenario.ClosedSecondRound,
    ];

    // How often each scenario turns up among drawn proposals, in parts per thousand.
    private static readonly (ProposalScenario Scenario, int Weight)[] Weights =
    [
        (ProposalScenario.Draft, 45), (ProposalScenario.Submitted, 40), (ProposalScenario.Registered, 35), (ProposalScenario.Rejected, 40),
        (ProposalScenario.AssignedGreen, 90), (ProposalScenario.AssignedYellow, 40), (ProposalScenario.AssignedRed, 20),
        (ProposalScenario.AssignedOverdue, 25), (ProposalScenario.AssignedComplex, 15), (ProposalScenario.AssignedKey, 10),
        (ProposalScenario.ReturnedAndReassigned, 10), (ProposalScenario.ExtensionApproved, 15), (ProposalScenario.ExtensionRefused, 8),
        (ProposalScenario.ExtensionPending, 10), (ProposalScenario.Replied, 50), (ProposalScenario.AcceptedWithoutRating, 30),
        (ProposalScenario.Rehandling, 20), (ProposalScenario.FollowUpB, 50), (ProposalScenario.FollowUpC, 35),
        (ProposalScenario.ClosedA, 220), (ProposalScenario.ClosedD, 50), (ProposalScenario.ClosedSolved, 70),
        (ProposalScenario.ClosedSecondRound, 40), (ProposalScenario.MotionConverted, 12),
    ];

    private readonly DateOnly _today = setting.Today;
    private readonly string _secretary = $"{setting.TownshipName}人大主席团秘书";
    private int _repliedSoFar;

    // Draws for steps added after the county's shape was fixed, so that adding them left every other draw as it was.
    private readonly Random _aside = new(20261203);
    private readonly string[] _villages = [.. setting.DeputyVillages.Values.Where(v => !DemoTownshipPlan.IsCommunity(v)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Every scenario once, so a township shows each status and path at least one time.</summary>
    public static IReadOnlyList<ProposalScenario> EveryScenario { get; } = Enum.GetValues<ProposalScenario>();

    private ProposalRules Rules => setting.Rules;

    /// <summary><paramref name="count"/> orders drawn by weight; about one in forty is a motion.</summary>
    public List<ProposalOrder> DrawOrders(int count)
    {
        var total = Weights.Sum(w => w.Weight);
        var orders = new List<ProposalOrder>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(total);
            var scenario = Weights.First(w => (roll -= w.Weight) < 0).Scenario;
            var motion = scenario != ProposalScenario.Draft && random.Next(40) == 0;
            orders.Add(new ProposalOrder(scenario) { IsMotion = motion || scenario == ProposalScenario.MotionConverted });
        }

        return orders;
    }

    /// <summary>Builds the orders; the numbers are drawn in the order of the registration dates.</summary>
    public async Task<List<Proposal>> BuildAsync(IEnumerable<ProposalOrder> orders, CancellationToken ct)
    {
        var plans = orders.Select(PlanOf).OrderBy(p => p.RegisteredAround ?? DateOnly.MaxValue).ToList();
        var proposals = new List<Proposal>(plans.Count);
        foreach (var plan in plans)
        {
            proposals.Add(await RunAsync(plan, ct));
        }

        return proposals;
    }

    private Plan PlanOf(ProposalOrder order)
    {
        var scenario = order.Scenario;
        int? assignAgo = scenario switch
        {
            ProposalScenario.AssignedGreen or ProposalScenario.MotionConverted => Between(10, 50),
            ProposalScenario.AssignedYellow => Between(64, 80),
            ProposalScenario.AssignedRed => Between(84, 86),
            ProposalScenario.AssignedOverdue => Between(97, 115),
            ProposalScenario.AssignedComplex => Between(100, 140),
            ProposalScenario.AssignedKey => Between(20, 40),
            ProposalScenario.ReturnedAndReassigned => Between(40, 50),
            ProposalScenario.ExtensionApproved => Between(78, 84),
            ProposalScenario.ExtensionRefused => Between(70, 78),
            ProposalScenario.ExtensionPending => Between(60, 75),
            ProposalScenario.Replied => Between(70, 85),
            ProposalScenario.AcceptedWithoutRating => Between(130, 150),
            ProposalScenario.Rehandling => Between(110, 130),
            ProposalScenario.FollowUpB => Between(160, 180),
            ProposalScenario.FollowUpC => Between(190, 220),
            ProposalScenario.ClosedA => Between(180, 220),
            ProposalScenario.ClosedD => Between(190, 210),
            ProposalScenario.ClosedSolved => Between(250, 270),
            ProposalScenario.ClosedSecondRound => Between(240, 260),
            _ => null,
        };
        int? registerAgo = scenario switch
        {
            ProposalScenario.Draft or ProposalScenario.Submitted or ProposalScenario.Rejected => null,
            ProposalScenario.Registered => Between(3, 12),
            _ => assignAgo!.Value + Between(5, 15),
        };

        var sessionWanted = order.AtSession ?? (scenario != ProposalScenario.Draft && random.Next(100) < 35);
        var shiftable = Shiftable.Contains(scenario);
        var shift = shiftable && setting.MaxShiftDays > 0 ? random.Next(setting.MaxShiftDays + 1) : 0;
        var decisionAgo = registerAgo ?? scenario switch
        {
            ProposalScenario.Draft => Between(2, 20),
            ProposalScenario.Submitted => Between(2, 8),
            _ => Between(40, 60),
        };
        CongressSession? session = null;
        if (sessionWanted && scenario != ProposalScenario.Draft)
        {
            if (shiftable)
            {
                // Move the whole history so that it is registered a few days after a session that closed early enough.
                var candidates = setting.Sessions
                    .Where(s => s.ClosedOn is { } closed && closed.AddDays(10) <= _today.AddDays(-decisionAgo))
                    .OrderByDescending(s => s.ClosedOn)
                    .Take(3)
                    .ToList();
                if (candidates.Count > 0)
                {
                    session = candidates[random.Next(candidates.Count)];
                    var registerOn = session.ClosedOn!.Value.AddDays(Between(3, 10));
                    shift = _today.AddDays(-decisionAgo).DayNumber - registerOn.DayNumber;
                }
            }
            else
            {
                var around = _today.AddDays(-decisionAgo);
                session = setting.Sessions
                    .Where(s => s.ClosedOn is { } closed && closed <= around.AddDays(-2) && closed >= around.AddDays(-45))
                    .OrderByDescending(s => s.ClosedOn)
                    .FirstOrDefault();
            }
        }

        // Keep every history inside the term.
        var firstDay = setting.Term.StartsOn.AddDays(30);
        var oldest = (registerAgo ?? decisionAgo) + 40 + shift;
        if (_today.AddDays(-oldest) < firstDay)
        {
            shift = Math.Max(0, shift - (firstDay.DayNumber - _today.AddDays(-oldest).DayNumber));
            session = session is not null && session.ClosedOn <= _today.AddDays(-(decisionAgo + shift)) ? session : null;
        }

        var registeredAround = registerAgo is { } r ? _today.AddDays(-(r + shift)) : (DateOnly?)null;
        return new Plan(order, shift, session, decisionAgo, registerAgo, assignAgo, registeredAround);
    }

    private async Task<Proposal> RunAsync(Plan plan, CancellationToken ct)
    {
        var order = plan.Order;
        var scenario = order.Scenario;
        var script = new Script(setting, random, plan.Shift);
        var lead = order.Lead ?? setting.Deputies[random.Next(setting.Deputies.Count)];
        var coSigners = order.CoSigners ?? DrawCoSigners(lead, order.IsMotion);
        var template = order.Template ?? DrawTemplate(order);
        var village = order.Village ?? setting.DeputyVillages.GetValueOrDefault(lead.Id) ?? "本镇";
        if (template.Rural && DemoTownshipPlan.IsCommunity(village) && _villages.Length > 0)
        {
            village = _villages[random.Next(_villages.Length)];
        }
        var text = template.Write(village, setting.TownshipName);
        var kind = order.IsMotion ? ProposalKind.Motion : ProposalKind.Suggestion;
        var session = plan.Session;

        // Drafted, then submitted: at the session for session proposals, otherwise some days before registration.
        var decisionAgo = plan.DecisionAgo;
        var submitAgo = scenario == ProposalScenario.Submitted ? decisionAgo : decisionAgo + Between(3, 8);
        var draftAgo = scenario == ProposalScenario.Draft ? decisionAgo : submitAgo + Between(2, 10);
        var drafted = session is not null ? script.On(session.OpenedOn!.Value, lead.Name) : script.Ago(draftAgo, lead.Name);
        var proposal = Proposal.Draft(setting.Term, session, kind, text, lead, coSigners, Rules, drafted, order.SourceConcernId);
        if (scenario == ProposalScenario.Draft)
        {
            return proposal;
        }

        proposal.Submit(session is not null ? script.On(session.ClosedOn!.Value, lead.Name) : script.Ago(submitAgo, lead.Name));
        if (scenario == ProposalScenario.Submitted)
        {
            return proposal;
        }

        if (scenario == ProposalScenario.Rejected)
        {
            proposal.Reject(Pick(DemoProposalTexts.RejectionReasons), script.Ago(decisionAgo, _secretary));
            return proposal;
        }

        var series = proposal.SeriesIn(setting.Term, session);
        var registered = script.Ago(plan.RegisterAgo!.Value, _secretary);
        proposal.Register(series, await nextNumber(series, ct), registered);
        if (scenario == ProposalScenario.Registered)
        {
            if (order.ReturnedByUnit)
            {
                ReturnAfterAssignment(proposal, template, session, registered.Today);
            }

            return proposal;
        }

        if (scenario == ProposalScenario.MotionConverted)
        {
            proposal.ConvertToSuggestion(script.Ago(plan.RegisterAgo.Value - 2, _secretary));
        }

        Handle(proposal, plan, template, session, script);
        return proposal;
    }

    /// <summary>
    /// Assigned the day after registration to the unit its template names, and returned by that unit the day after as
    /// not its business: it waits to be assigned again. Times and the reason come from the side draws.
    /// </summary>
    private void ReturnAfterAssignment(Proposal proposal, ProposalTemplate template, CongressSession? session, DateOnly registeredOn)
    {
        var (assignedOn, returnedOn) = (registeredOn.AddDays(1), registeredOn.AddDays(2));
        if (returnedOn >= _today)
        {
            return;
        }

        ProposalStep On(DateOnly day, int hour, string actor) => new(
            new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, _aside.Next(60))), ProposalSetting.ChinaOffset).ToUniversalTime(), day, null, actor);
        var unit = setting.Units[template.UnitIndex];
        proposal.Assign(new ProposalAssignment(unit, [], false, null), session, Rules, On(assignedOn, 9, _secretary));
        var reason = DemoProposalTexts.ReturnReasons[_aside.Next(DemoProposalTexts.ReturnReasons.Length)];
        proposal.Return(unit.Id, reason, Rules, On(returnedOn, 15, unit.Name));
    }

    /// <summary>From assignment on: the unit's work, the reply, the deputy's evaluation and what follows it.</summary>
    private void Handle(Proposal proposal, Plan plan, ProposalTemplate template, CongressSession? session, Script script)
    {
        var order = plan.Order;
        var scenario = order.Scenario;
        var assignAgo = plan.AssignAgo!.Value;
        var unit = order.LeadUnit ?? setting.Units[template.UnitIndex];
        var coUnits = order.CoUnits ?? DrawCoUnits(unit);
        var supervisor = order.Supervisor ?? (scenario == ProposalScenario.AssignedKey ? setting.Presidium[random.Next(setting.Presidium.Count)] : null);
        var complex = scenario == ProposalScenario.AssignedComplex;

        if (scenario == ProposalScenario.ReturnedAndReassigned)
        {
            var wrong = setting.Units.First(u => u.Id != unit.Id && coUnits.All(c => c.Id != u.Id) && u.IsActive);
            proposal.Assign(new ProposalAssignment(wrong, [], false, null), session, Rules, script.Ago(assignAgo + 7, _secretary));
            proposal.Return(wrong.Id, Pick(DemoProposalTexts.ReturnReasons), Rules, script.On(proposal.AssignedOn!.Value.AddDays(3), wrong.Name));
        }

        proposal.Assign(new ProposalAssignment(unit, coUnits, complex, supervisor), session, Rules, script.Ago(assignAgo, _secretary));

        // The reply, when the scenario has one, comes this many days ago; work on the proposal happens before it.
        int? replyAgo = scenario switch
        {
            ProposalScenario.Replied => Between(5, 15),
            ProposalScenario.AcceptedWithoutRating => assignAgo - Between(55, 70),
            ProposalScenario.Rehandling => Between(30, 35),
            ProposalScenario.FollowUpB or ProposalScenario.ClosedA or ProposalScenario.ClosedD => assignAgo - Between(75, 85),
            ProposalScenario.FollowUpC or ProposalScenario.ClosedSolved or ProposalScenario.ClosedSecondRound => assignAgo - Between(80, 90),
            _ => null,
        };
        var workUntilAgo = replyAgo ?? 1;
        var giveInput = order.CoUnitsGiveInput ?? random.Next(100) < 60;
        if (giveInput && assignAgo - workUntilAgo > 12)
        {
            foreach (var coUnit in coUnits)
            {
                proposal.ProvideCoUnitInput(coUnit.Id, Pick(DemoProposalTexts.CoUnitInputs), script.Ago(assignAgo - Between(7, 12), coUnit.Name));
            }
        }

        if (assignAgo - workUntilAgo > 20 && random.Next(100) < 45)
        {
            proposal.AddProgressNote(unit.Id, Pick(DemoProposalTexts.ProgressNotes), script.Ago(assignAgo - Between(14, 20), unit.Name));
        }

        switch (scenario)
        {
            case ProposalScenario.ExtensionApproved:
            case ProposalScenario.ExtensionRefused:
                var approve = scenario == ProposalScenario.ExtensionApproved;
                var request = proposal.RequestExtension(
                    unit.Id, proposal.DueOn!.Value.AddMonths(1), Pick(DemoProposalTexts.ExtensionReasons), script.Ago(assignAgo - 60, unit.Name));
                proposal.DecideExtension(
                    request.Id, approve, approve ? "情况属实，同意延期一个月。" : "所述理由不充分，请按原期限办理。", script.Ago(assignAgo - 63, _secretary));
                break;
            case ProposalScenario.ExtensionPending:
                proposal.RequestExtension(
                    unit.Id, proposal.DueOn!.Value.AddMonths(2), Pick(DemoProposalTexts.ExtensionReasons), script.Ago(Between(1, 4), unit.Name));
                break;
            case ProposalScenario.Replied:
                var replied = script.Ago(replyAgo!.Value, unit.Name);
                // Every other one (the first included) came as a letter.
                Reply(proposal, unit, random.Next(3) == 0 ? ReplyClass.B : ReplyClass.A, _repliedSoFar++ % 2 == 0 ? PaperLetter(replied, unit) : replied);
                break;
            case ProposalScenario.AcceptedWithoutRating:
                Reply(proposal, unit, ReplyClass.A, script.Ago(replyAgo!.Value, unit.Name));
                // Taken by the nightly job, which runs on any day.
                proposal.AcceptWithoutRating(script.On(proposal.EvaluationDueOn!.Value.AddDays(Between(1, 3)), "系统", onWorkingDay: false));
                break;
            case ProposalScenario.Rehandling:
                Reply(proposal, unit, random.Next(2) == 0 ? ReplyClass.A : ReplyClass.D, script.Ago(replyAgo!.Value, unit.Name));
                Evaluate(proposal, Rating.Dissatisfied, script.Ago(replyAgo.Value - Between(8, 12), null));
                break;
            case ProposalScenario.FollowUpB:
            case ProposalScenario.FollowUpC:
            case ProposalScenario.ClosedA:
            case ProposalScenario.ClosedD:
                var resultClass = scenario switch
                {
                    ProposalScenario.FollowUpB => ReplyClass.B,
                    ProposalScenario.FollowUpC => ReplyClass.C,
                    ProposalScenario.ClosedD => ReplyClass.D,
                    _ => ReplyClass.A,
                };
                Reply(proposal, unit, resultClass, script.Ago(replyAgo!.Value, unit.Name));
                Evaluate(proposal, random.Next(3) == 0 ? Rating.BasicallySatisfied : Rating.Satisfied, script.Ago(replyAgo.Value - Between(5, 15), null));
                if (scenario == ProposalScenario.FollowUpB && replyAgo.Value > 40)
                {
                    proposal.AddProgressNote(unit.Id, Pick(DemoProposalTexts.ProgressNotes), script.Ago(Between(5, 25), unit.Name));
                }

                break;
            case ProposalScenario.ClosedSolved:
                Reply(proposal, unit, ReplyClass.B, script.Ago(replyAgo!.Value, unit.Name));
                Evaluate(proposal, Rating.Satisfied, script.Ago(replyAgo.Value - 10, null));
                proposal.AddProgressNote(unit.Id, Pick(DemoProposalTexts.ProgressNotes), script.Ago(replyAgo.Value - 40, unit.Name));
                proposal.ReportSolved(unit.Id, "项目已完工并通过验收，附验收单和现场照片。", script.Ago(replyAgo.Value - 80, unit.Name));
                break;
            case ProposalScenario.ClosedSecondRound:
                Reply(proposal, unit, ReplyClass.A, script.Ago(replyAgo!.Value, unit.Name));
                Evaluate(proposal, Rating.Dissatisfied, script.Ago(replyAgo.Value - 10, null));
                Reply(proposal, unit, ReplyClass.A, script.Ago(replyAgo.Value - 30, unit.Name));
                Evaluate(proposal, random.Next(3) == 0 ? Rating.Dissatisfied : Rating.BasicallySatisfied, script.Ago(replyAgo.Value - 42, null));
                break;
        }
    }

    /// <summary>
    /// The unit's reply arrived as a letter dated <paramref name="letter"/>'s day, which the secretary typed in two days
    /// later (补录), or yesterday if that is sooner (the script dates every step by yesterday at the latest): the step
    /// counts from the letter's date, the timeline says who recorded it for whom.
    /// </summary>
    private ProposalStep PaperLetter(ProposalStep letter, HandlingUnit unit)
    {
        var recordedOn = letter.Today.AddDays(2) < setting.Today ? letter.Today.AddDays(2) : setting.Today.AddDays(-1);
        var at = new DateTimeOffset(recordedOn.ToDateTime(new TimeOnly(15, 30)), ProposalSetting.ChinaOffset);
        return new ProposalStep(at, recordedOn, null, _secretary).RecordedFor(unit.Name, letter.Today);
    }

    private void Reply(Proposal proposal, HandlingUnit unit, ReplyClass resultClass, ProposalStep step)
    {
        DateOnly? committed = resultClass switch
        {
            ReplyClass.B => step.Today.AddDays(Between(60, 150)),
            ReplyClass.C => step.Today.AddDays(Between(240, 420)),
            _ => null,
        };
        var explanation = resultClass == ReplyClass.D ? Pick(DemoProposalTexts.DeclineExplanations) : null;
        var signedBy = unit.HeadName ?? "负责人";
        var draft = new ReplyDraft(resultClass, DemoProposalTexts.ReplyText(resultClass, proposal.Title, unit.Name, committed), signedBy, committed, explanation);
        proposal.Reply(unit.Id, draft, setting.Calendar, Rules, step);
    }

    /// <summary>The lead deputy rates the reply; the step's actor is the lead deputy.</summary>
    private void Evaluate(Proposal proposal, Rating rating, ProposalStep step)
    {
        var lead = setting.Deputies.First(d => d.Id == proposal.LeadDeputyId);
        var comment = rating switch
        {
            Rating.Satisfied => Pick(DemoProposalTexts.SatisfiedComments),
            Rating.Dissatisfied => Pick(DemoProposalTexts.DissatisfiedComments),
            _ => null,
        };
        proposal.Evaluate(lead.Id, rating, comment, Rules, step with { ActorName = lead.Name });
    }

    private List<Deputy> DrawCoSigners(Deputy lead, bool motion)
    {
        var count = motion ? Rules.MotionMinimumSigners - 1 + random.Next(3) : random.Next(100) < 70 ? 0 : 1 + random.Next(2);
        var others = setting.Deputies.Where(d => d.Id != lead.Id).ToArray();
        random.Shuffle(others);
        return others.Take(count).ToList();
    }

    private List<HandlingUnit> DrawCoUnits(HandlingUnit lead)
    {
        var count = random.Next(100) switch
        {
            < 65 => 0,
            < 90 => 1,
            _ => 2,
        };
        var others = setting.Units.Where(u => u.Id != lead.Id && u.IsActive).ToArray();
        random.Shuffle(others);
        return others.Take(count).ToList();
    }

    private ProposalTemplate DrawTemplate(ProposalOrder order)
    {
        var candidates = order.Category is null
            ? DemoProposalTexts.Templates
            : DemoProposalTexts.Templates.Where(t => t.Category == order.Category).ToList();
        return candidates[random.Next(candidates.Count)];
    }

    private int Between(int from, int to) => random.Next(from, to + 1);

    private string Pick(string[] items) => items[random.Next(items.Length)];

    /// <param name="DecisionAgo">Days before today of the last step before assignment: drafting, submission, rejection or registration.</param>
    private sealed record Plan(
        ProposalOrder Order, int Shift, CongressSession? Session, int DecisionAgo, int? RegisterAgo, int? AssignAgo, DateOnly? RegisteredAround);

    /// <summary>
    /// Dates the steps of one proposal: on working days, never earlier than the step before, never later than
    /// yesterday, at office hours in China time (stored as UTC).
    /// </summary>
    private sealed class Script(ProposalSetting setting, Random random, int shift)
    {
        private readonly DateOnly _today = setting.Today;
        private DateOnly _day = DateOnly.MinValue;
        private DateTimeOffset _at = DateTimeOffset.MinValue;

        public ProposalStep Ago(int days, string? actor) => On(_today.AddDays(-(days + shift)), actor);

        public ProposalStep On(DateOnly target, string? actor, bool onWorkingDay = true)
        {
            var day = target;
            while (onWorkingDay && !setting.Calendar.IsWorkingDay(day))
            {
                day = day.AddDays(-1);
            }

            var yesterday = _today.AddDays(-1);
            day = day > yesterday ? yesterday : day;
            day = day < _day ? _day : day;
            var at = day == _day
                ? _at.AddMinutes(random.Next(10, 90))
                : new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 30)), ProposalSetting.ChinaOffset).AddMinutes(random.Next(0, 480)).ToUniversalTime();
            (_day, _at) = (day, at);
            return new ProposalStep(at, day, null, actor ?? string.Empty);
        }
    }
}
