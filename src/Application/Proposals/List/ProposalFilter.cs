using System.Linq.Expressions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Proposals;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Proposals.List;

/// <summary>The filters every proposal list shares (the list, the caller's own proposals, the ledger); all optional.</summary>
public interface IProposalFilter
{
    Guid? TownshipId { get; }

    Guid? TermId { get; }

    Guid? SessionId { get; }

    ProposalKind? Kind { get; }

    ProposalStatus? Status { get; }

    string? Category { get; }

    Guid? LeadUnitId { get; }

    /// <summary>Proposals this deputy leads or co-signed.</summary>
    Guid? DeputyId { get; }

    bool? IsKey { get; }

    /// <summary>green, yellow or red: the warning shown today under each proposal's township thresholds.</summary>
    string? Color { get; }

    bool? Overdue { get; }

    DateOnly? SubmittedFrom { get; }

    DateOnly? SubmittedTo { get; }

    DateOnly? AssignedFrom { get; }

    DateOnly? AssignedTo { get; }

    DateOnly? DueFrom { get; }

    DateOnly? DueTo { get; }

    /// <summary>Part of the title or of the number.</summary>
    string? Search { get; }

    /// <summary>true: a unit's extension request awaits the secretary's decision (延期待审批); false: none does.</summary>
    bool? ExtensionPending { get; }

    /// <summary>
    /// true: returned by its lead unit and waiting to be assigned again (退回待重新交办): registered, with a return in its
    /// timeline (a proposal is registered again only by its lead unit's return); false: every other proposal.
    /// </summary>
    bool? AwaitingReassignment { get; }
}

public static class ProposalFilter
{
    /// <summary>An extension request still awaiting the secretary's decision (延期待审批): the one definition lists, counts and rows share.</summary>
    public static readonly Expression<Func<ExtensionRequest, bool>> PendingExtension =
        e => e.Decision == ExtensionDecision.Pending;

    public const int SearchMaxLength = 50;

    /// <summary>
    /// Narrows the proposals the caller may see (the query filters scope them) to those the filter asks for; all in
    /// SQL. Colours are judged by each township's own thresholds from <paramref name="rules"/>.
    /// </summary>
    public static IQueryable<Proposal> Apply(IQueryable<Proposal> proposals, IProposalFilter filter, DateOnly today, ProposalRuleBook rules)
    {
        proposals = proposals
            .WhereIf(filter.TownshipId is not null, p => p.TownshipId == filter.TownshipId)
            .WhereIf(filter.TermId is not null, p => p.TermId == filter.TermId)
            .WhereIf(filter.SessionId is not null, p => p.SessionId == filter.SessionId)
            .WhereIf(filter.Kind is not null, p => p.Kind == filter.Kind)
            .WhereIf(filter.Status is not null, p => p.Status == filter.Status)
            .WhereIf(filter.LeadUnitId is not null, p => p.LeadUnitId == filter.LeadUnitId)
            .WhereIf(filter.DeputyId is not null, p => p.LeadDeputyId == filter.DeputyId || p.CoSigners.Any(s => s.DeputyId == filter.DeputyId))
            .WhereIf(filter.IsKey is not null, p => p.IsKey == filter.IsKey)
            .WhereIf(filter.SubmittedFrom is not null, p => p.SubmittedOn >= filter.SubmittedFrom)
            .WhereIf(filter.SubmittedTo is not null, p => p.SubmittedOn <= filter.SubmittedTo)
            .WhereIf(filter.AssignedFrom is not null, p => p.AssignedOn >= filter.AssignedFrom)
            .WhereIf(filter.AssignedTo is not null, p => p.AssignedOn <= filter.AssignedTo)
            .WhereIf(filter.DueFrom is not null, p => p.DueOn >= filter.DueFrom)
            .WhereIf(filter.DueTo is not null, p => p.DueOn <= filter.DueTo);

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            var category = filter.Category.Trim();
            proposals = proposals.Where(p => p.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var search = filter.Search.Trim();
            proposals = proposals.Where(p => p.Title.Contains(search) || (p.Number != null && p.Number.Contains(search)));
        }

        if (WarningFilter.TryParseColor(filter.Color, out var color))
        {
            proposals = proposals.Where(new WarningFilter(today, rules.Stored).Showing(color));
        }

        if (filter.Overdue is { } overdue)
        {
            proposals = proposals.Where(WarningFilter.Overdue(today, overdue));
        }

        if (filter.ExtensionPending is { } pending)
        {
            proposals = proposals.Where(p => p.Extensions.AsQueryable().Any(PendingExtension) == pending);
        }

        if (filter.AwaitingReassignment is { } returned)
        {
            proposals = proposals.Where(p =>
                (p.Status == ProposalStatus.Registered && p.Timeline.Any(e => e.Action == ProposalAction.Returned)) == returned);
        }

        return proposals;
    }
}

public sealed class ProposalFilterValidator : AbstractValidator<IProposalFilter>
{
    public ProposalFilterValidator()
    {
        RuleFor(q => q.Kind).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("类型");
        RuleFor(q => q.Status).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("状态");
        RuleFor(q => q.Category).MaximumLength(Proposal.CategoryMaxLength).WithName("类别");
        RuleFor(q => q.Search).MaximumLength(ProposalFilter.SearchMaxLength).WithName("搜索词");
        RuleFor(q => q.Color)
            .Must(c => string.IsNullOrEmpty(c) || WarningFilter.TryParseColor(c, out _))
            .WithErrorCode("KnownValue")
            .WithMessage($"{{PropertyName}}只能是：{string.Join(", ", WarningFilter.ColorNames)}。")
            .WithName("预警颜色");
        DateRange(q => q.SubmittedFrom, q => q.SubmittedTo, "提交日期");
        DateRange(q => q.AssignedFrom, q => q.AssignedTo, "交办日期");
        DateRange(q => q.DueFrom, q => q.DueTo, "办理期限");
    }

    private void DateRange(
        Expression<Func<IProposalFilter, DateOnly?>> from,
        Expression<Func<IProposalFilter, DateOnly?>> to,
        string name)
    {
        var start = from.Compile();
        RuleFor(to)
            .Must((q, end) => end is null || start(q) is null || end >= start(q))
            .WithErrorCode("DateRangeInOrder")
            .WithMessage($"{name}的截止日不能早于起始日。")
            .WithName(name);
    }
}

/// <summary>The sort keys of proposal lists; newest submission first unless asked otherwise.</summary>
public static class ProposalSort
{
    public const string Default = "-submittedOn";

    internal static readonly SortMap<Proposal> Keys = new SortMap<Proposal>(p => p.Id)
        .Add("number", p => p.Number)
        .Add("submittedOn", p => p.SubmittedOn)
        .Add("assignedOn", p => p.AssignedOn)
        .Add("dueOn", p => p.DueOn)
        .Add("title", p => p.Title)
        .Add("status", WorkflowOrder());

    /// <summary>
    /// Statuses are stored by name, so ordering by the column would be alphabetical; this orders them as the workflow
    /// runs (the enum's declared order) with a CASE in SQL: p.Status == Draft ? 0 : p.Status == Submitted ? 1 : ….
    /// </summary>
    private static Expression<Func<Proposal, int>> WorkflowOrder()
    {
        var proposal = Expression.Parameter(typeof(Proposal), "p");
        var status = Expression.Property(proposal, nameof(Proposal.Status));
        var statuses = Enum.GetValues<ProposalStatus>();
        var order = statuses
            .Select((value, position) => (value, position))
            .Reverse()
            .Aggregate(
                (Expression)Expression.Constant(statuses.Length),
                (otherwise, s) => Expression.Condition(
                    Expression.Equal(status, Expression.Constant(s.value)), Expression.Constant(s.position), otherwise));
        return Expression.Lambda<Func<Proposal, int>>(order, proposal);
    }
}
