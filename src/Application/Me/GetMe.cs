using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Deputies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Me;

/// <summary>The signed-in user's own deputy record, in brief. The phone is their own, so the rule shows it to them in full.</summary>
public sealed record MyDeputyDto(
    Guid Id,
    string Name,
    Guid TermId,
    Guid DistrictId,
    string DistrictName,
    PersonalText? Phone,
    DeputyStatus Status,
    bool IsReelected,
    bool IsCountyDeputy);

/// <summary>The signed-in account: who it is, its role and what it is bound to.</summary>
public sealed record MeDto(
    Guid UserId,
    string UserName,
    string DisplayName,
    string Role,
    Guid? TownshipId,
    string? TownshipName,
    Guid? DeputyId,
    Guid? HandlingUnitId,
    MyDeputyDto? Deputy);

[Authorize]
public sealed record GetMe : IQuery<MeDto>;

public sealed class GetMeHandler(ICurrentUser user, IAccountDirectory accounts, IAppDbContext db) : IQueryHandler<GetMe, MeDto>
{
    public async ValueTask<MeDto> Handle(GetMe query, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new ForbiddenException("请先登录。");
        var account = await accounts.FindAsync(userId, cancellationToken) ?? throw new NotFoundException("账号", userId);

        string? townshipName = null;
        if (user.TownshipId is { } townshipId)
        {
            townshipName = await db.Townships.Where(t => t.Id == townshipId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        }

        MyDeputyDto? deputy = null;
        if (user.DeputyId is { } deputyId)
        {
            deputy = await (
                from d in db.Deputies
                join district in db.ElectoralDistricts on d.DistrictId equals district.Id
                where d.Id == deputyId
                select new MyDeputyDto(d.Id, d.Name, d.TermId, d.DistrictId, district.Name, PersonalText.Phone(d.Phone, d.TownshipId, d.Id), d.Status, d.IsReelected, d.IsCountyDeputy))
                .FirstOrDefaultAsync(cancellationToken);
        }

        return new MeDto(
            userId, account.UserName, account.DisplayName, user.Role!, user.TownshipId, townshipName, user.DeputyId, user.HandlingUnitId, deputy);
    }
}
