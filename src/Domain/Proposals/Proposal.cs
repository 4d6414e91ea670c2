using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.HandlingUnits;
using DeputyPortal.Domain.Presidium;
using DeputyPortal.Domain.Sessions;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Domain.Proposals;

/// <summary>
/// 议案 / 建议、批评和意见: a deputy's proposal and its handling (DESIGN §3). Every step is a method that refuses an
/// illegal move by naming its rule, and appends to the timeline who took it and when.
/// </summary>
public sealed class Proposal : Entity, ITownshipScoped
{
    public const int TitleMaxLength = 100;
    public const int ContentMaxLength = 5_000;
    public const int CategoryMaxLength = 20;
    public const int ReasonMaxLength = 500;
    public const int TextMaxLength = 5_000;
    public const int SignerMaxLength = 20;

    private readonly List<ProposalCoSigner> _coSigners = [];
    private readonly List<ProposalCoUnit> _coUnits = [];
    private readonly List<ExtensionRequest> _extensions = [];
    private readonly List<ProgressNote> _progressNotes = [];
    private readonly List<ProposalReply> _replies = [];
    private readonly List<ProposalEvaluation> _evaluations = [];
    private readonly List<ProposalEvent> _timeline = [];

    private Proposal()
    {
    }

    public Guid TownshipId { get; private set; }

    public Guid TermId { get; private set; }

    /// <summary>The session it was raised at; null when raised between sessions (闭会期间).</summary>
    public Guid? SessionId { get; private set; }

    public ProposalKind Kind { get; private set; }

    public string Title { get; private set; } = null!;

    public string Content { get; private set; } = null!;

    public string Category { get; private set; } = null!;

    public Guid LeadDeputyId { get; private set; }

    public IReadOnlyCollection<ProposalCoSigner> CoSigners => _coSigners;

    /// <summary>The constituent concern it was drafted from, if any.</summary>
    public Guid? SourceConcernId { get; private set; }

    public ProposalStatus Status { get; private set; }

    public DateOnly DraftedOn { get; private set; }

    public DateOnly? SubmittedOn { get; private set; }

    public string? Number { get; private set; }

    public int? Sequence { get; private set; }

    public DateOnly? RegisteredOn { get; private set; }

    public string? RejectionReason { get; private set; }

    public Guid? LeadUnitId { get; private set; }

    public IReadOnlyCollection<ProposalCoUnit> CoUnits => _coUnits;

    public DateOnly? AssignedOn { get; private set; }

    /// <summary>Session proposals are expected to be assigned by this date (R2); null between sessions.</summary>
    public DateOnly? AssignmentExpectedBy { get; private set; }

    public bool IsComplex { get; private set; }

    public bool IsKey { get; private set; }

    public Guid? SupervisorPresidiumMemberId { get; private set; }

    /// <summary>The reply deadline in force: after assignment, an approved extension, or rehandling.</summary>
    public DateOnly? DueOn { get; private set; }

    public bool IsExtended { get; private set; }

    public int HandlingRound { get; private set; }

    public ReplyClass? LastReplyClass { get; private set; }

    public DateOnly? LastRepliedOn { get; private set; }

    public DateOnly? EvaluationDueOn { get; private set; }

    public Rating? LastRating { get; private set; }

    public DateOnly? SolvedOn { get; private set; }

    public string? SolvedEvidence { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>When the last step was taken; every step writes it, so the row version covers the whole proposal.</summary>
    public DateTimeOffset LastStepAt { get; private set; }

    // The parts come back from the database in no particular order; these read them in the order they happened.
    public IReadOnlyCollection<ExtensionRequest> Extensions => [.. _extensions.OrderBy(e => e.RequestedOn).ThenBy(e => e.Id)];

    public IReadOnlyCollection<ProgressNote> ProgressNotes => [.. _progressNotes.OrderBy(n => n.NotedOn).ThenBy(n => n.Id)];

    public IReadOnlyCollection<ProposalReply> Replies => [.. _replies.OrderBy(r => r.Round)];

    public IReadOnlyCollection<ProposalEvaluation> Evaluations => [.. _evaluations.OrderBy(e => e.Round)];

    public IReadOnlyCollection<ProposalEvent> Timeline => [.. _timeline.OrderBy(e => e.Sequence)];

    public ProposalWarning? WarningOn(DateOnly today, ProposalRules rules) => ProposalWarning.For(Status, DueOn, today, rules);

    public static Proposal Draft(
        Term term, CongressSession? session, ProposalKind kind, ProposalText text, Deputy lead, IReadOnlyCollection<Deputy> coSigners,
        ProposalRules rules, ProposalStep step, Guid? sourceConcernId = null)
    {
        var proposal = new Proposal
        {
            TownshipId = term.TownshipId,
            TermId = term.Id,
            LeadDeputyId = lead.Id,
            Status = ProposalStatus.Draft,
            DraftedOn = step.Today,
            SourceConcernId = sourceConcernId,
        };
        proposal.Write(term, session, kind, text, lead, coSigners, rules);
        proposal.Record(step, ProposalAction.Drafted, null);
        return proposal;
    }

    public void EditDraft(
        Term term, CongressSession? session, ProposalKind kind, ProposalText text, Deputy lead, IReadOnlyCollection<Deputy> coSigners,
        ProposalRules rules, ProposalStep step)
    {
        RequireStatus(ProposalMove.EditDraft, "OnlyDraftsAreEdited", "只有草稿可以修改");
        Rule.Require(lead.Id == LeadDeputyId, "LeadDeputyIsFixed", "领衔代表不能更改；请另行起草。", "leadDeputyId");
        Write(term, session, kind, text, lead, coSigners, rules);
        Record(step, ProposalAction.Edited, null);
    }

    public void Submit(ProposalStep step)
    {
        RequireStatus(ProposalMove.Submit, "OnlyDraftsAreSubmitted", "只有草稿可以提交");
        Status = ProposalStatus.Submitted;
        SubmittedOn = step.Today;
        Record(step, ProposalAction.Submitted, null);
    }

    /// <summary>The series the registration number is drawn from; the caller draws the next number of it.</summary>
    public ProposalSeries SeriesIn(Term term, CongressSession? session)
    {
        Rule.Require(term.Id == TermId && session?.Id == SessionId, "SeriesOfOwnTermAndSession", "编号序列必须取自本建议所属的届和会议。");
        return new ProposalSeries(TownshipId, TermId, term.Number, session?.Number, Kind);
    }

    public void Register(ProposalSeries series, int sequence, ProposalStep step)
    {
        RequireStatus(ProposalMove.Register, "RegisterAfterSubmission", "只有已提交的建议可以立案");
        Rule.Require(
            series.TermId == TermId && series.Kind == Kind && (series.SessionNumber is null) == (SessionId is null) && sequence >= 1,
            "NumberFromOwnSeries",
            "编号必须取自本建议的编号序列。");
        Status = ProposalStatus.Registered;
        RegisteredOn = step.Today;
        Sequence = sequence;
        Number = series.Format(sequence);
        Record(step, ProposalAction.Registered, $"编号 {Number}");
    }

    public void Reject(string reason, ProposalStep step)
    {
        RequireStatus(ProposalMove.Reject, "RejectOnlySubmitted", "只有已提交、尚未立案的建议可以不予立案");
        Status = ProposalStatus.Rejected;
        RejectionReason = reason;
        ClosedOn = step.Today;
        Record(step, ProposalAction.Rejected, reason);
    }

    /// <summary>A motion the presidium does not put on the agenda is handled as a suggestion; it keeps its number and history.</summary>
    public void ConvertToSuggestion(ProposalStep step)
    {
        Rule.RequireState(Kind == ProposalKind.Motion, "OnlyMotionsAreConverted", "只有议案可以转为建议。");
        RequireStatus(ProposalMove.ConvertToSuggestion, "ConvertBeforeAssignment", "议案只能在立案前后、交办之前转为建议");
        Kind = ProposalKind.Suggestion;
        Record(step, ProposalAction.ConvertedToSuggestion, Number is null ? null : $"保留编号 {Number}");
    }

    public void Assign(ProposalAssignment assignment, CongressSession? session, ProposalRules rules, ProposalStep step)
    {
        RequireStatus(ProposalMove.Assign, "AssignAfterRegistration", "建议必须先立案才能交办");
        var (lead, coUnits, complex, supervisor) = assignment;
        Rule.Require(lead.TownshipId == TownshipId && lead.IsActive, "LeadUnitOfTownship", "主办单位必须是本乡镇在用的承办单位。", "leadUnitId");
        Rule.Require(
            coUnits.All(u => u.TownshipId == TownshipId && u.IsActive),
            "CoUnitsOfTownship",
            "协办单位必须是本乡镇在用的承办单位。",
            "coUnitIds");
        Rule.Require(coUnits.All(u => u.Id != lead.Id), "LeadUnitIsNotCoUnit", "主办单位不能同时是协办单位。", "coUnitIds");
        Rule.Require(coUnits.Select(u => u.Id).Distinct().Count() == coUnits.Count, "CoUnitsAreDistinct", "协办单位不能重复。", "coUnitIds");
        Rule.Require(
            supervisor is null || (supervisor.TownshipId == TownshipId && supervisor.TermId == TermId && supervisor.IsServingOn(step.Today)),
            "SupervisorIsServingPresidiumMember",
            "督办人必须是本届在任的主席团成员。",
            "supervisorPresidiumMemberId");
        Rule.Require(session?.Id == SessionId, "SessionOfProposal", "交办时的会议必须是建议所属的会议。");

        LeadUnitId = lead.Id;
        _coUnits.Clear();
        _coUnits.AddRange(coUnits.Select(u => new ProposalCoUnit(Id, u.Id, step.Today.AddMonths(rules.CoUnitInputMonths))));
        AssignedOn = step.Today;
        AssignmentExpectedBy = session?.ProposalsAssignedBy(rules.SessionAssignmentMonths);
        IsComplex = complex;
        IsKey = supervisor is not null;
        SupervisorPresidiumMemberId = supervisor?.Id;
        DueOn = step.Today.AddMonths(complex ? rules.ComplexHandlingMonths : rules.HandlingMonths);
        IsExtended = false;
        HandlingRound = 1;
        Status = ProposalStatus.Assigned;
        Record(step, ProposalAction.Assigned, $"主办 {lead.Name}" + (coUnits.Count > 0 ? $"，协办 {string.Join("、", coUnits.Select(u => u.Name))}" : string.Empty) + $"，办理期限 {DueOn:yyyy-MM-dd}");
    }

    /// <summary>
    /// A unit returns a proposal that is not its business, within the return window. The lead unit's return sends it
    /// back for reassignment; a co-unit's return removes that unit.
    /// </summary>
    public void Return(Guid unitId, string reason, ProposalRules rules, ProposalStep step)
    {
        RequireStatus(ProposalMove.Return, "ReturnWhileAssigned", "只有已交办、尚未答复的建议可以退回");
        var isLead = unitId == LeadUnitId;
        Rule.RequireActor(isLead || _coUnits.Any(u => u.HandlingUnitId == unitId), "OnlyAssignedUnitReturns", "只有被交办的单位可以退回。");
        Rule.RequireState(
            step.Today <= AssignedOn!.Value.AddDays(rules.ReturnWindowDays),
            "ReturnWithinWindow",
            $"退回须在交办后{rules.ReturnWindowDays}日内提出（交办日期 {AssignedOn:yyyy-MM-dd}）。");

        if (isLead)
        {
            Status = ProposalStatus.Registered;
            (LeadUnitId, AssignedOn, DueOn, IsComplex, IsKey, SupervisorPresidiumMemberId, IsExtended) = (null, null, null, false, false, null, false);
            _coUnits.Clear();
            _extensions.RemoveAll(e => e.Decision == ExtensionDecision.Pending);
        }
        else
        {
            _coUnits.RemoveAll(u => u.HandlingUnitId == unitId);
        }

        Record(step, ProposalAction.Returned, (isLead ? "主办单位退回，待重新交办：" : "协办单位退回：") + reason);
    }

    public ExtensionRequest RequestExtension(Guid unitId, DateOnly requestedDueOn, string reason, ProposalStep step)
    {
        RequireStatus(ProposalMove.RequestExtension, "ExtendWhileHandling", "只有办理中、尚未答复的建议可以申请延期");
        RequireLeadUnit(unitId, "OnlyLeadUnitRequestsExtension", "只有主办单位可以申请延期。");
        Rule.RequireState(_extensions.All(e => e.Decision != ExtensionDecision.Pending), "OneExtensionRequestAtATime", "已有一项延期申请待审批。");
        Rule.Require(requestedDueOn > DueOn, "ExtensionMovesDeadlineLater", $"申请的期限必须晚于现有期限 {DueOn:yyyy-MM-dd}。", "requestedDueOn");
        var request = new ExtensionRequest(Id, unitId, requestedDueOn, reason, step.Today);
        _extensions.Add(request);
        Record(step, ProposalAction.ExtensionRequested, $"申请延期至 {requestedDueOn:yyyy-MM-dd}：{reason}");
        return request;
    }

    public void DecideExtension(Guid requestId, bool approve, string? comment, ProposalStep step)
    {
        var request = _extensions.FirstOrDefault(e => e.Id == requestId);
        Rule.Require(request is not null, "ExtensionRequestOfProposal", "该建议没有这项延期申请。", "requestId");
        Rule.RequireState(request!.Decision == ExtensionDecision.Pending, "ExtensionDecidedOnce", "该延期申请已经审批。");
        RequireStatus(ProposalMove.DecideExtension, "DecideExtensionWhileHandling", "只有办理中、尚未答复的建议可以审批延期");
        request.Decide(approve, comment, step.Today);
        if (approve)
        {
            DueOn = request.RequestedDueOn;
            IsExtended = true;
        }

        Record(step, approve ? ProposalAction.ExtensionApproved : ProposalAction.ExtensionRefused,
            (approve ? $"期限延至 {request.RequestedDueOn:yyyy-MM-dd}" : "维持原期限") + (comment is null ? string.Empty : $"：{comment}"));
    }

    public void AddProgressNote(Guid unitId, string text, ProposalStep step)
    {
        RequireStatus(ProposalMove.AddProgressNote, "NoteWhileHandling", "只有办理中或跟踪落实中的建议可以记录进展");
        Rule.RequireActor(IsHandledBy(unitId), "OnlyAssignedUnitNotesProgress", "只有主办或协办单位可以记录办理进展。");
        _progressNotes.Add(new ProgressNote(Id, unitId, text, step.Today));
        Record(step, ProposalAction.ProgressNoted, text);
    }

    public void ProvideCoUnitInput(Guid unitId, string input, ProposalStep step)
    {
        RequireStatus(ProposalMove.ProvideCoUnitInput, "InputWhileHandling", "只有办理中、尚未答复的建议可以提交协办意见");
        var coUnit = _coUnits.FirstOrDefault(u => u.HandlingUnitId == unitId);
        Rule.RequireActor(coUnit is not null, "OnlyCoUnitProvidesInput", "只有协办单位可以提交协办意见。");
        coUnit!.Provide(input, step.Today);
        Record(step, ProposalAction.CoUnitInputProvided, input);
    }

    public void Reply(Guid unitId, ReplyDraft reply, WorkingDayCalendar calendar, ProposalRules rules, ProposalStep step)
    {
        RequireStatus(ProposalMove.Reply, "ReplyWhileHandling", "只有已交办或重新办理中的建议可以答复");
        RequireLeadUnit(unitId, "OnlyLeadUnitReplies", "只有主办单位可以答复。");
        var needsCommitment = reply.ResultClass is ReplyClass.B or ReplyClass.C;
        Rule.Require(
            needsCommitment == reply.CommittedCompletionOn is not null,
            "CommittedDateForClassBAndC",
            needsCommitment ? "B、C类答复必须写明承诺完成日期。" : "只有B、C类答复有承诺完成日期。",
            "committedCompletionOn");
        Rule.Require(
            reply.CommittedCompletionOn is null || reply.CommittedCompletionOn > step.Today,
            "CommittedDateInFuture",
            "承诺完成日期必须晚于答复日期。",
            "committedCompletionOn");
        Rule.Require(
            (reply.ResultClass == ReplyClass.D) == !string.IsNullOrWhiteSpace(reply.Explanation),
            "ExplanationForClassD",
            reply.ResultClass == ReplyClass.D ? "D类答复必须说明无法解决的原因。" : "只有D类答复需要说明无法解决的原因。",
            "explanation");

        var onTime = step.Today <= DueOn;
        _replies.Add(new ProposalReply(Id, HandlingRound, unitId, reply.ResultClass, reply.Text, reply.SignedBy,
            reply.CommittedCompletionOn, reply.Explanation, step.Today, onTime));
        _extensions.RemoveAll(e => e.Decision == ExtensionDecision.Pending);
        LastReplyClass = reply.ResultClass;
        LastRepliedOn = step.Today;
        EvaluationDueOn = calendar.AddWorkingDays(step.Today, rules.EvaluationWorkingDays);
        Status = ProposalStatus.Replied;
        Record(step, ProposalAction.Replied, $"{reply.ResultClass.Label()}，签发人 {reply.SignedBy}" + (onTime ? string.Empty : "（逾期答复）"));
    }

    /// <summary>
    /// The lead deputy rates the reply within the window. 满意 and 基本满意 close it (A, D) or put it under follow-up
    /// (B, C); 不满意 sends it back for one rehandling; the rating of the second reply is final.
    /// </summary>
    public void Evaluate(Guid deputyId, Rating rating, string? comment, ProposalRules rules, ProposalStep step)
    {
        RequireStatus(ProposalMove.Evaluate, "EvaluateAfterReply", "只有已答复的建议可以评价");
        Rule.RequireActor(deputyId == LeadDeputyId, "OnlyLeadDeputyEvaluates", "只有领衔代表可以评价答复。");
        Rule.RequireState(
            step.Today <= EvaluationDueOn,
            "EvaluateWithinWindow",
            $"评价期限已于 {EvaluationDueOn:yyyy-MM-dd} 届满，答复已视为认可。");
        _evaluations.Add(new ProposalEvaluation(Id, HandlingRound, rating, comment, step.Today));
        LastRating = rating;
        Record(step, ProposalAction.Evaluated, rating.Label() + (comment is null ? string.Empty : $"：{comment}"));

        if (rating == Rating.Dissatisfied && HandlingRound == 1)
        {
            HandlingRound = 2;
            DueOn = step.Today.AddMonths(rules.RehandlingMonths);
            IsExtended = false;
            EvaluationDueOn = null;
            Status = ProposalStatus.Rehandling;
        }
        else if (rating == Rating.Dissatisfied)
        {
            Close(step.Today);
        }
        else
        {
            Accept(step.Today);
        }
    }

    /// <summary>No rating within the window: the reply counts as accepted and takes the path of 满意, saying so.</summary>
    public void AcceptWithoutRating(ProposalStep step)
    {
        RequireStatus("AcceptAfterReply", "只有已答复的建议可以视为认可", [ProposalStatus.Replied]);
        Rule.RequireState(step.Today > EvaluationDueOn, "AcceptOnlyAfterWindow", $"评价期限至 {EvaluationDueOn:yyyy-MM-dd}，尚未届满。");
        _evaluations.Add(new ProposalEvaluation(Id, HandlingRound, null, null, step.Today));
        LastRating = null;
        Record(step, ProposalAction.AcceptedWithoutRating, $"评价期限 {EvaluationDueOn:yyyy-MM-dd} 届满未评价");
        Accept(step.Today);
    }

    public void ReportSolved(Guid unitId, string evidence, ProposalStep step)
    {
        RequireStatus(ProposalMove.ReportSolved, "SolvedUnderFollowUp", "只有跟踪落实中的建议可以报告已解决");
        RequireLeadUnit(unitId, "OnlyLeadUnitReportsSolved", "只有主办单位可以报告已解决。");
        SolvedOn = step.Today;
        SolvedEvidence = evidence;
        Record(step, ProposalAction.ReportedSolved, evidence);
        Close(step.Today);
    }

    /// <summary>The moves <paramref name="who"/> may take today (<see cref="ProposalMoves"/>).</summary>
    public IReadOnlyList<ProposalMove> MovesFor(ProposalParticipant who, DateOnly today, ProposalRules rules) =>
        ProposalMoves.For(this, who, today, rules);

    public bool IsHandledBy(Guid unitId) => unitId == LeadUnitId || _coUnits.Any(u => u.HandlingUnitId == unitId);

    private void Accept(DateOnly today)
    {
        if (LastReplyClass is ReplyClass.B or ReplyClass.C)
        {
            EvaluationDueOn = null;
            Status = ProposalStatus.FollowUp;
        }
        else
        {
            Close(today);
        }
    }

    private void Close(DateOnly today)
    {
        Status = ProposalStatus.Closed;
        ClosedOn = today;
    }

    private void Write(
        Term term, CongressSession? session, ProposalKind kind, ProposalText text, Deputy lead, IReadOnlyCollection<Deputy> coSigners, ProposalRules rules)
    {
        Rule.Require(term.Id == TermId, "ProposalStaysInItsTerm", "建议不能改到另一届。", "termId");
        Rule.Require(session is null || session.TermId == term.Id, "SessionOfTerm", "会议必须属于本届。", "sessionId");
        Rule.Require(rules.Categories.Contains(text.Category), "CategoryFromSettings", $"类别必须是以下之一：{string.Join("、", rules.Categories)}。", "category");
        Rule.Require(IsServingDeputyOf(term, lead), "LeadDeputyOfTownshipAndTerm", "领衔代表必须是本届本乡镇在任的代表。", "leadDeputyId");
        Rule.Require(coSigners.All(d => IsServingDeputyOf(term, d)), "CoSignersOfTownshipAndTerm", "附议代表必须是本届本乡镇在任的代表。", "coSignerDeputyIds");
        Rule.Require(coSigners.All(d => d.Id != lead.Id), "LeadIsNotCoSigner", "领衔代表不能同时是附议代表。", "coSignerDeputyIds");
        Rule.Require(coSigners.Select(d => d.Id).Distinct().Count() == coSigners.Count, "CoSignersAreDistinct", "附议代表不能重复。", "coSignerDeputyIds");
        Rule.Require(
            kind != ProposalKind.Motion || coSigners.Count + 1 >= rules.MotionMinimumSigners,
            "R8.MotionHasMinimumSigners",
            $"议案须由{rules.MotionMinimumSigners}名以上代表联名提出（含领衔代表），现有{coSigners.Count + 1}名。",
            "coSignerDeputyIds");

        (SessionId, Kind, Title, Content, Category) = (session?.Id, kind, text.Title, text.Content, text.Category);
        _coSigners.Clear();
        _coSigners.AddRange(coSigners.Select(d => new ProposalCoSigner(Id, d.Id)));
    }

    private static bool IsServingDeputyOf(Term term, Deputy deputy) =>
        deputy.TermId == term.Id && deputy.TownshipId == term.TownshipId && deputy.IsServing;

    /// <summary>A step recorded late happened by the day it is recorded, and not before the step that precedes it.</summary>
    private void RequireRealDate(ProposalStep step)
    {
        Rule.Require(
            step.Today <= step.RecordedOn,
            "OccurredNotInFuture",
            $"实际办理日期 {step.Today:yyyy-MM-dd} 晚于今天 {step.RecordedOn:yyyy-MM-dd}，补录只能记录已经发生的步骤。",
            "occurredOn");
        var previous = _timeline.Count == 0 ? (DateOnly?)null : _timeline.Max(e => e.OccurredOn);
        Rule.Require(
            previous is null || step.Today >= previous,
            "OccurredNotBeforePreviousStep",
            $"实际办理日期 {step.Today:yyyy-MM-dd} 早于上一步骤的日期 {previous:yyyy-MM-dd}。",
            "occurredOn");
    }

    private void RequireLeadUnit(Guid unitId, string rule, string message) => Rule.RequireActor(unitId == LeadUnitId, rule, message);

    private void RequireStatus(ProposalMove move, string rule, string requirement) =>
        RequireStatus(rule, requirement, ProposalMoves.AllowedFrom[move]);

    private void RequireStatus(string rule, string requirement, IReadOnlyCollection<ProposalStatus> allowed) =>
        Rule.RequireState(
            allowed.Contains(Status),
            rule,
            $"{requirement}；当前状态为“{Status.Label()}”（{Status}）。");

    private void Record(ProposalStep step, ProposalAction action, string? detail)
    {
        if (step.OnBehalfOf is not null)
        {
            RequireRealDate(step);
        }

        LastStepAt = step.At;
        _timeline.Add(new ProposalEvent(Id, _timeline.Count + 1, step, action, detail));
    }
}

/// <summary>What a deputy writes: title, content and category.</summary>
public sealed record ProposalText(string Title, string Content, string Category);

/// <summary>The units a proposal is assigned to, whether it is complex, and its supervisor when it is a key proposal.</summary>
public sealed record ProposalAssignment(HandlingUnit LeadUnit, IReadOnlyCollection<HandlingUnit> CoUnits, bool IsComplex, PresidiumMember? Supervisor);

/// <summary>A lead unit's reply before it is recorded.</summary>
public sealed record ReplyDraft(ReplyClass ResultClass, string Text, string SignedBy, DateOnly? CommittedCompletionOn, string? Explanation);
