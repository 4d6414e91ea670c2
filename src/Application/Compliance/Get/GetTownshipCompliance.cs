using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Compliance.Get;

/// <summary>
/// 达标情况: a township's compliance with R1, R2, R3, R4 and R7 in a quarter and with R6 in its year, each met, breached
/// or pending with the counts behind it and its offenders. Those who oversee the township read it; deputies and
/// handling units do not.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetTownshipCompliance(Guid TownshipId, int? Year = null, int? Quarter = null) : IQuery<TownshipComplianceDto>, ICompliancePeriod;

public sealed class GetTownshipComplianceValidator : AbstractValidator<GetTownshipCompliance>
{
    public GetTownshipComplianceValidator() => Include(new QuarterValidator<GetTownshipCompliance>());
}

public sealed class GetTownshipComplianceHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetTownshipCompliance, TownshipComplianceDto>
{
    public async ValueTask<TownshipComplianceDto> Handle(GetTownshipCompliance query, CancellationToken cancellationToken) =>
        await TownshipCompliance.EvaluateAsync(db, clock, query.TownshipId, query.Year, query.Quarter, cancellationToken);
}
