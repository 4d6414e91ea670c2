using System.Reflection;
using DeputyPortal.Api.Pages.Proposals.Steps;
using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Proposals;
using DeputyPortal.Application.Proposals.Convert;
using DeputyPortal.Application.Proposals.Get;
using DeputyPortal.Application.Proposals.Register;
using DeputyPortal.Application.Proposals.Submit;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Persistence;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Proposals;

/// <summary>
/// One proposal: what it asks, where it stands, every step of its handling, and a form for each step the viewer may
/// take now — exactly <see cref="ProposalDto.Moves"/>, the domain's one list (the page never works out who may do
/// what). Each form posts to its move's handler with the version the page showed, so a step taken on a page someone
/// else has since changed is refused (记录已被他人修改) rather than overwriting; a refused step comes back with every
/// message beside its field and what was typed kept; a step taken returns to the page with a short confirmation.
/// </summary>
[PortalPage(typeof(GetProposal))]
public sealed class DetailsModel(ISender sender, TimeProvider clock, AppDbContext db) : PortalPageModel
{
    private Guid _id;

    public ProposalDto Proposal { get; private set; } = null!;

    public ProposalStepChoices Choices { get; private set; } = ProposalStepChoices.None;

    /// <summary>The version of the proposal the posted form showed (its ETag): a step on an older one is refused.</summary>
    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The move whose form was posted and refused: that form stays open with its messages.</summary>
    public ProposalMove? Posted { get; private set; }

    [BindProperty]
    public EditDraftStep EditDraft { get; set; } = new();

    [BindProperty]
    public RejectStep Reject { get; set; } = new();

    [BindProperty]
    public AssignStep Assign { get; set; } = new();

    [BindProperty]
    public ReturnStep Return { get; set; } = new();

    [BindProperty]
    public RequestExtensionStep RequestExtension { get; set; } = new();

    [BindProperty]
    public DecideExtensionStep DecideExtension { get; set; } = new();

    [BindProperty]
    public AddProgressNoteStep AddProgressNote { get; set; } = new();

    [BindProperty]
    public ProvideCoUnitInputStep ProvideCoUnitInput { get; set; } = new();

    [BindProperty]
    public ReplyStep Reply { get; set; } = new();

    [BindProperty]
    public EvaluateStep Evaluate { get; set; } = new();

    [BindProperty]
    public ReportSolvedStep ReportSolved { get; set; } = new();

    public async Task OnGetAsync(Guid id, CancellationToken ct)
    {
        await LoadAsync(id, ct);
        FillFormsNotPosted();
    }

    public Task<IActionResult> OnPostEditDraftAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.EditDraft, EditDraft.ToCommand(id, Version), _ => "草稿已保存。", ct);

    public Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Submit, new SubmitProposal(id) { ExpectedVersion = Version }, _ => "已提交，等待人大办立案。", ct);

    public Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Register, new RegisterProposal(id) { ExpectedVersion = Version }, p => $"已立案，编号 {p.Number}。", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Reject, Reject.ToCommand(id, Version), _ => "已不予立案，理由将告知领衔代表。", ct);

    public Task<IActionResult> OnPostConvertToSuggestionAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.ConvertToSuggestion, new ConvertProposalToSuggestion(id) { ExpectedVersion = Version }, _ => "已转为建议，编号与办理记录保留。", ct);

    public Task<IActionResult> OnPostAssignAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Assign, Assign.ToCommand(id, Version), p => $"已交办{p.LeadUnitName}，办理期限 {p.DueOn:yyyy-MM-dd}。", ct);

    /// <summary>A returned proposal leaves the unit's sight (the secretary reassigns it), so the unit goes back to its list.</summary>
    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Return, Return.ToCommand(id, Version), p => $"已退回“{p.Title}”，由人大办重新交办。", ct, toList: true);

    public Task<IActionResult> OnPostRequestExtensionAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.RequestExtension, RequestExtension.ToCommand(id, Version), _ => "延期申请已提交，等待人大办审批。", ct);

    public Task<IActionResult> OnPostDecideExtensionAsync(Guid id, CancellationToken ct) =>
        TakeAsync(
            id,
            ProposalMove.DecideExtension,
            DecideExtension.ToCommand(id, Version),
            p => DecideExtension.Approve == true ? $"已批准延期，办理期限延至 {p.DueOn:yyyy-MM-dd}。" : "已不批准延期，办理期限不变。",
            ct);

    public Task<IActionResult> OnPostAddProgressNoteAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.AddProgressNote, AddProgressNote.ToCommand(id, Version), _ => "已记录办理进展。", ct);

    public Task<IActionResult> OnPostProvideCoUnitInputAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.ProvideCoUnitInput, ProvideCoUnitInput.ToCommand(id, Version), _ => "协办意见已送主办单位。", ct);

    public Task<IActionResult> OnPostReplyAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Reply, Reply.ToCommand(id, Version), p => $"已答复（{p.LastReplyClass}类），等待代表评价。", ct);

    public Task<IActionResult> OnPostEvaluateAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.Evaluate, Evaluate.ToCommand(id, Version), _ => "评价已提交。", ct);

    public Task<IActionResult> OnPostReportSolvedAsync(Guid id, CancellationToken ct) =>
        TakeAsync(id, ProposalMove.ReportSolved, ReportSolved.ToCommand(id, Version), _ => "已报告解决，建议办结。", ct);

    /// <summary>
    /// The fields a step's form adds when the viewer records it on someone's behalf (补录): null when the viewer takes
    /// it as their own. The date starts at today; after a refusal it is what was typed.
    /// </summary>
    public OnBehalfFields? FieldsToRecordOnBehalf(ProposalMove move)
    {
        var parties = Proposal.OnBehalfMoves.Where(m => m.Move == move).ToList();
        if (parties.Count == 0)
        {
            return null;
        }

        var today = clock.TodayInChina();
        var input = InputOf(move) as RecordableStepInput;
        return new OnBehalfFields(move, parties, (input as UnitStepInput)?.ForUnitId, input?.OccurredOn ?? today, today);
    }

    /// <summary>Whether the form of <paramref name="move"/> is the one refused just now (it opens, with its messages).</summary>
    public bool IsPosted(ProposalMove move) => Posted == move;

    /// <summary>
    /// A step refused because it is no longer on offer (someone else took a step meanwhile): its form is gone, so its
    /// messages stand above the first section of forms.
    /// </summary>
    public bool PostedStepWithdrawn =>
        Posted is { } posted && !Proposal.Moves.Contains(posted) && Proposal.OnBehalfMoves.All(m => m.Move != posted);

    /// <summary>
    /// The field a message stands beside: "committedCompletionOn" from the reply → "Reply.CommittedCompletionOn"; a
    /// message naming no field of the posted step (a stale version, a rule of the state) stands above its form.
    /// </summary>
    public override string FieldFor(string propertyPath)
    {
        var input = Posted is { } move ? InputOf(move) : null;
        var name = propertyPath.Split('.', '[')[0];
        var field = input?.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
        return field is null ? string.Empty : $"{Posted}.{field.Name}";
    }

    /// <summary>After a refused step: the proposal as it stands now (the refused change was rolled back), what was typed kept.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(_id, ct);
        FillFormsNotPosted();
    }

    /// <summary>The bound input of a move's form: the property named after the move ("Reply" → <see cref="Reply"/>).</summary>
    private object? InputOf(ProposalMove move) => GetType().GetProperty(move.ToString())?.GetValue(this);

    private async Task<IActionResult> TakeAsync(
        Guid id, ProposalMove move, ICommand<ProposalDto> command, Func<ProposalDto, string> notice, CancellationToken ct, bool toList = false)
    {
        _id = id;
        Posted = move;
        var proposal = await sender.Send(command, ct);
        TempData.SetNotice(notice(proposal));
        return toList ? Redirect("/proposals") : Redirect($"/proposals/{proposal.Id}");
    }

    /// <summary>The forms that start filled in (the draft's text, the unit head who signs), except the one that keeps what was typed.</summary>
    private void FillFormsNotPosted()
    {
        if (Posted != ProposalMove.EditDraft)
        {
            EditDraft = EditDraftStep.From(Proposal);
        }

        if (Posted != ProposalMove.Reply)
        {
            Reply = new ReplyStep { SignedBy = Choices.LeadUnitHead };
        }
    }

    private async Task LoadAsync(Guid id, CancellationToken ct)
    {
        Proposal = await sender.Send(new GetProposal(id), ct);
        Choices = await ProposalStepChoices.LoadAsync(sender, Proposal, clock.TodayInChina(), ct);
    }
}
