using System.Globalization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Application.Proposals.List;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace DeputyPortal.Application.Proposals.Ledger;

/// <summary>
/// 建议办理台账: every proposal the filters select (the filters of <see cref="ListProposals"/>, no paging), one row each,
/// as an .xlsx workbook. Drafts are the deputies' own until submitted, so they appear only when asked for by status.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff)]
public sealed record GetProposalLedger(
    Guid? TownshipId = null,
    Guid? TermId = null,
    Guid? SessionId = null,
    ProposalKind? Kind = null,
    ProposalStatus? Status = null,
    string? Category = null,
    Guid? LeadUnitId = null,
    Guid? DeputyId = null,
    bool? IsKey = null,
    string? Color = null,
    bool? Overdue = null,
    DateOnly? SubmittedFrom = null,
    DateOnly? SubmittedTo = null,
    DateOnly? AssignedFrom = null,
    DateOnly? AssignedTo = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Search = null,
    string? Sort = null,
    bool? ExtensionPending = null,
    bool? AwaitingReassignment = null) : IQuery<SpreadsheetFile>, IProposalFilter
{
    public const string FileName = "建议办理台账.xlsx";
    public const string DefaultSort = "number";
}

public sealed class GetProposalLedgerValidator : AbstractValidator<GetProposalLedger>
{
    public GetProposalLedgerValidator()
    {
        Include(new ProposalFilterValidator());
        RuleFor(q => q.Sort).KnownSortKey(ProposalSort.Keys.Keys);
    }
}

public sealed class GetProposalLedgerHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetProposalLedger, SpreadsheetFile>
{
    private const string SheetName = "建议办理台账";

    /// <summary>The reply counted as accepted because the lead deputy did not rate it within the window.</summary>
    private const string AcceptedWithoutRating = "视为认可";

    public async ValueTask<SpreadsheetFile> Handle(GetProposalLedger query, CancellationToken cancellationToken)
    {
        var today = clock.TodayInChina();
        var rules = await db.ProposalRuleBookAsync(cancellationToken);
        var proposals = ProposalFilter.Apply(db.Proposals, query, today, rules);
        proposals = proposals.WhereIf(query.Status is null, p => p.Status != ProposalStatus.Draft);

        var count = await proposals.CountAsync(cancellationToken);
        SpreadsheetFile.RequireLedgerWithinLimit(count, "建议", "件", "按届次、会议或日期");

        var sources = await ProposalSort.Keys.Apply(proposals, query.Sort, GetProposalLedger.DefaultSort)
            .Select(p => new LedgerSource(
                p.TownshipId,
                p.Number,
                p.Kind,
                p.Title,
                p.Category,
                p.LeadDeputyId,
                p.CoSigners.Select(s => s.DeputyId).ToList(),
                p.SessionId,
                p.Status,
                p.LeadUnitId,
                p.CoUnits.Select(u => u.HandlingUnitId).ToList(),
                p.AssignedOn,
                p.DueOn,
                p.IsExtended,
                p.IsKey,
                p.SupervisorPresidiumMemberId,
                p.LastRepliedOn,
                p.LastReplyClass,
                p.Replies.OrderByDescending(r => r.Round).Select(r => (bool?)r.OnTime).FirstOrDefault(),
                p.LastRating,
                p.Evaluations.Any(),
                p.ClosedOn))
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        var names = await ProposalNames.LoadAsync(
            db,
            sources.SelectMany(s => s.CoSignerIds.Append(s.LeadDeputyId)),
            sources.SelectMany(s => s.CoUnitIds.Select(id => (Guid?)id)).Concat(sources.Select(s => s.LeadUnitId)),
            sources.Select(s => s.SessionId),
            sources.Select(s => s.SupervisorId),
            cancellationToken);
        var rows = sources.Select((s, i) => ToRow(i + 1, s, names, ProposalWarning.For(s.Status, s.DueOn, today, rules.For(s.TownshipId)))).ToList();

        return await SpreadsheetFile.WriteAsync(GetProposalLedger.FileName, SheetName, rows, cancellationToken);
    }

    private static ProposalLedgerRow ToRow(int rowNumber, LedgerSource s, ProposalNames names, ProposalWarning? warning) => new()
    {
        RowNumber = rowNumber,
        Number = s.Number,
        Kind = s.Kind.Label(),
        Title = s.Title,
        Category = s.Category,
        LeadDeputy = names.Deputy(s.LeadDeputyId),
        CoSigners = string.Join("、", s.CoSignerIds.Select(names.Deputy)),
        Session = names.Session(s.SessionId),
        Status = s.Status.Label(),
        LeadUnit = names.Unit(s.LeadUnitId),
        CoUnits = string.Join("、", s.CoUnitIds.Select(id => names.Unit(id))),
        AssignedOn = Format(s.AssignedOn),
        DueOn = Format(s.DueOn),
        Extended = s.AssignedOn is null ? null : YesNo(s.IsExtended),
        Key = YesNo(s.IsKey),
        Supervisor = names.Supervisor(s.SupervisorId),
        RepliedOn = Format(s.LastRepliedOn),
        ReplyClass = s.LastReplyClass?.Label(),
        RepliedOnTime = s.LastReplyOnTime is { } onTime ? YesNo(onTime) : null,
        Evaluation = s.LastRating?.Label() ?? (s.Evaluated ? AcceptedWithoutRating : null),
        ClosedOn = Format(s.ClosedOn),
        Warning = warning?.Color.Label(),
        DaysOverdue = warning is { IsOverdue: true } ? warning.DaysOverdue : null,
    };

    private static string YesNo(bool value) => value ? "是" : "否";

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>What the ledger reads of one proposal, in one SQL projection (the parts in split queries).</summary>
internal sealed record LedgerSource(
    Guid TownshipId,
    string? Number,
    ProposalKind Kind,
    string Title,
    string Category,
    Guid LeadDeputyId,
    List<Guid> CoSignerIds,
    Guid? SessionId,
    ProposalStatus Status,
    Guid? LeadUnitId,
    List<Guid> CoUnitIds,
    DateOnly? AssignedOn,
    DateOnly? DueOn,
    bool IsExtended,
    bool IsKey,
    Guid? SupervisorId,
    DateOnly? LastRepliedOn,
    ReplyClass? LastReplyClass,
    bool? LastReplyOnTime,
    Rating? LastRating,
    bool Evaluated,
    DateOnly? ClosedOn);
