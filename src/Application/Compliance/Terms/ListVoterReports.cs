using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Compliance;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Compliance.Terms;

/// <summary>
/// 述职情况: every deputy of a township's term with their R5 status in the period (the term, or the year asked when
/// the township's setting is yearly; today's otherwise), filtered by status, sorted and paged. A township has some
/// fifty deputies, so the page is cut from the evaluated list.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record ListVoterReports(
    Guid TownshipId,
    Guid? TermId = null,
    int? Year = null,
    ComplianceStatus? Status = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    string? Sort = null) : IQuery<PagedList<DeputyVoterReportDto>>, IPagedQuery, IVoterReportPeriod;

/// <summary>A request for R5 in a township's term, and optionally one year of it.</summary>
public interface IVoterReportPeriod
{
    int? Year { get; }
}

internal sealed class VoterReportPeriodValidator<T> : AbstractValidator<T>
    where T : IVoterReportPeriod
{
    public VoterReportPeriodValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100).WithErrorCode("Range").WithMessage("{PropertyName}须在2000至2100之间。").WithName("年度");
}

public sealed class ListVoterReportsValidator : AbstractValidator<ListVoterReports>
{
    public ListVoterReportsValidator()
    {
        Include(new PagedQueryValidator(VoterReportSort.Keys.Keys));
        Include(new VoterReportPeriodValidator<ListVoterReports>());
        RuleFor(q => q.Status).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("述职状态");
    }
}

/// <summary>The sort keys of the list: not yet met first (breached, then pending), then by name, unless asked otherwise.</summary>
public static class VoterReportSort
{
    public const string Default = "status";

    internal static readonly Dictionary<string, Func<DeputyVoterReportDto, IComparable?>> Keys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["status"] = r => r.Status switch { ComplianceStatus.Breached => 0, ComplianceStatus.Pending => 1, _ => 2 },
        ["name"] = r => r.Name,
        ["reports"] = r => r.Reports,
        ["lastReportedOn"] = r => r.LastReportedOn,
        ["dueBy"] = r => r.DueBy,
    };

    internal static IEnumerable<DeputyVoterReportDto> Apply(IEnumerable<DeputyVoterReportDto> rows, string? sort)
    {
        var requested = string.IsNullOrWhiteSpace(sort) ? Default : sort;
        var key = Keys[SortMap.KeyOf(requested)];
        var ordered = requested.StartsWith('-') ? rows.OrderByDescending(key) : rows.OrderBy(key);
        return ordered.ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.DeputyId);
    }
}

public sealed class ListVoterReportsHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListVoterReports, PagedList<DeputyVoterReportDto>>
{
    public async ValueTask<PagedList<DeputyVoterReportDto>> Handle(ListVoterReports query, CancellationToken cancellationToken)
    {
        var answer = await TermCompliance.VoterReportsAsync(db, clock, query.TownshipId, query.TermId, query.Year, cancellationToken);
        var rows = answer.Deputies
            .Select(DeputyVoterReportDto.From)
            .Where(r => query.Status is null || r.Status == query.Status)
            .ToList();
        var page = VoterReportSort.Apply(rows, query.Sort).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
        return new PagedList<DeputyVoterReportDto>(page, query.Page, query.PageSize, rows.Count);
    }
}

/// <summary>R5's summary for a township's term (or year): how many deputies have reported, are pending, or breached it.</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetVoterReportSummary(Guid TownshipId, Guid? TermId = null, int? Year = null) : IQuery<VoterReportSummaryDto>, IVoterReportPeriod;

public sealed class GetVoterReportSummaryValidator : AbstractValidator<GetVoterReportSummary>
{
    public GetVoterReportSummaryValidator() => Include(new VoterReportPeriodValidator<GetVoterReportSummary>());
}

public sealed class GetVoterReportSummaryHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetVoterReportSummary, VoterReportSummaryDto>
{
    public async ValueTask<VoterReportSummaryDto> Handle(GetVoterReportSummary query, CancellationToken cancellationToken)
    {
        var a = await TermCompliance.VoterReportsAsync(db, clock, query.TownshipId, query.TermId, query.Year, cancellationToken);
        return new VoterReportSummaryDto(
            a.TownshipId,
            a.TownshipName,
            a.Term.Id,
            a.Term.Name,
            a.Period.Name,
            a.Period.Year,
            a.AsOf,
            a.Deputies.Count(d => d.Status == ComplianceStatus.Met),
            a.Deputies.Count(d => d.Status == ComplianceStatus.Pending),
            a.Deputies.Count(d => d.Status == ComplianceStatus.Breached),
            RuleOutcomeDto.From(a.Township),
            a.Rules);
    }
}
