using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.AccessTokens;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.AccessTokens.Create;

/// <summary>
/// Makes a personal access token for the OData feed, for the caller's own account, named (e.g. "Excel 月报") and with
/// an expiry at most a year ahead. The answer is the only time the token is shown.
/// </summary>
[Authorize(Roles.CountyStaff, Roles.TownshipSecretary, Roles.PresidiumMember)]
public sealed record CreateAccessToken(string Name, DateOnly ExpiresOn) : ICommand<IssuedAccessTokenDto>;

public sealed class CreateAccessTokenValidator : AbstractValidator<CreateAccessToken>
{
    public CreateAccessTokenValidator()
    {
        RuleFor(c => c.Name).RequiredText(PersonalAccessToken.NameMaxLength).WithName("令牌名称");
        RuleFor(c => c.ExpiresOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("有效期");
    }
}

public sealed class CreateAccessTokenHandler(IAppDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateAccessToken, IssuedAccessTokenDto>
{
    public async ValueTask<IssuedAccessTokenDto> Handle(CreateAccessToken command, CancellationToken cancellationToken)
    {
        var userId = user.UserId ?? throw new ForbiddenException("请先登录。");
        var (record, token) = PersonalAccessToken.Issue(userId, command.Name, command.ExpiresOn, clock.GetUtcNow());
        db.AccessTokens.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedAccessTokenDto(record.Id, record.Name, record.CreatedAt, record.ExpiresOn, token);
    }
}
