using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Mediator;

namespace DeputyPortal.Application.Terms.Reschedule;

/// <summary>Corrects a term's dates; the number (and so the name) of a term never changes.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RescheduleTerm(DateOnly StartsOn, DateOnly EndsOn, DateOnly? ElectedOn = null)
    : ICommand<TermDto>, IVersionedCommand, ITermDates
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RescheduleTermValidator : AbstractValidator<RescheduleTerm>
{
    public RescheduleTermValidator() => Include(new TermDatesValidator());
}

public sealed class RescheduleTermHandler(IAppDbContext db) : ICommandHandler<RescheduleTerm, TermDto>
{
    public async ValueTask<TermDto> Handle(RescheduleTerm command, CancellationToken cancellationToken)
    {
        var term = await db.LoadForChangeAsync<Term>(command.Id, command.ExpectedVersion, "届", cancellationToken);
        term.Reschedule(command.StartsOn, command.EndsOn, command.ElectedOn);
        var sessionOutside = await db.CongressSessions.AnyAsync(
            s => s.TermId == term.Id
                && ((s.OpenedOn != null && (s.OpenedOn < term.StartsOn || s.OpenedOn > term.EndsOn))
                    || (s.ClosedOn != null && (s.ClosedOn < term.StartsOn || s.ClosedOn > term.EndsOn))),
            cancellationToken);
        Rule.RequireState(!sessionOutside, "TermCoversItsSessions", "本届已有会议的日期落在新的任期之外，请先更正会议日期。");
        await db.SaveChangesAsync(cancellationToken);
        return term.ToDto();
    }
}
