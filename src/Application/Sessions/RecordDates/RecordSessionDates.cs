using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Sessions;
using Mediator;

namespace DeputyPortal.Application.Sessions.RecordDates;

/// <summary>Records when a session opened and closed; the order of the dates and the term's period are domain rules.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RecordSessionDates(DateOnly? OpenedOn = null, DateOnly? ClosedOn = null) : ICommand<SessionDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RecordSessionDatesHandler(IAppDbContext db) : ICommandHandler<RecordSessionDates, SessionDto>
{
    public async ValueTask<SessionDto> Handle(RecordSessionDates command, CancellationToken cancellationToken)
    {
        var session = await db.LoadForChangeAsync<CongressSession>(command.Id, command.ExpectedVersion, "会议", cancellationToken);
        var term = await db.Terms.GetAsync(session.TermId, "届", cancellationToken);
        session.RecordDates(term, command.OpenedOn, command.ClosedOn);
        await db.SaveChangesAsync(cancellationToken);
        return session.ToDto();
    }
}
