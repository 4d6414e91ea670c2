using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Presidium;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Presidium.End;

/// <summary>离任: ends a presidium post on a date; the record stays, so who served when remains known.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record EndPresidiumPost(DateOnly ServesUntil) : ICommand<PresidiumMemberDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class EndPresidiumPostValidator : AbstractValidator<EndPresidiumPost>
{
    public EndPresidiumPostValidator() =>
        RuleFor(c => c.ServesUntil).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("离任日期");
}

public sealed class EndPresidiumPostHandler(IAppDbContext db) : ICommandHandler<EndPresidiumPost, PresidiumMemberDto>
{
    public async ValueTask<PresidiumMemberDto> Handle(EndPresidiumPost command, CancellationToken cancellationToken)
    {
        var member = await db.LoadForChangeAsync<PresidiumMember>(command.Id, command.ExpectedVersion, "主席团成员", cancellationToken);
        member.EndPost(command.ServesUntil);
        await db.SaveChangesAsync(cancellationToken);
        var deputyName = await db.Deputies.Where(d => d.Id == member.DeputyId).Select(d => d.Name).FirstAsync(cancellationToken);
        return member.ToDto(deputyName);
    }
}
