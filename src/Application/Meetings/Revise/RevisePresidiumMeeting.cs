using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Meetings;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Meetings.Revise;

/// <summary>
/// Replaces the whole record of a meeting (If-Match). Quorum and the decisions' outcomes are decided again, by the
/// township's compliance rules in force now.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember)]
public sealed record RevisePresidiumMeeting(
    DateTimeOffset HeldAt,
    PresidiumMeetingKind? Kind = null,
    string? Place = null,
    IReadOnlyList<string>? Agenda = null,
    IReadOnlyList<MeetingAttendanceInput>? Attendance = null,
    IReadOnlyList<Guid>? InvitedDeputyIds = null,
    string? Minutes = null,
    IReadOnlyList<MeetingDecisionInput>? Decisions = null) : ICommand<PresidiumMeetingDto>, IVersionedCommand, IPresidiumMeetingFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RevisePresidiumMeetingValidator : AbstractValidator<RevisePresidiumMeeting>
{
    public RevisePresidiumMeetingValidator() => Include(new PresidiumMeetingFieldsValidator());
}

public sealed class RevisePresidiumMeetingHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RevisePresidiumMeeting, PresidiumMeetingDto>
{
    public async ValueTask<PresidiumMeetingDto> Handle(RevisePresidiumMeeting command, CancellationToken cancellationToken)
    {
        var meeting = await db.LoadForChangeAsync<PresidiumMeeting>(command.Id, command.ExpectedVersion, MeetingReading.Resource, cancellationToken);
        var term = await db.Terms.GetAsync(meeting.TermId, "届", cancellationToken);
        var draft = await db.DraftAsync(term, command, cancellationToken);
        var rules = await db.ComplianceRulesForAsync(meeting.TownshipId, cancellationToken);
        meeting.Revise(term, draft, rules, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(meeting, clock, cancellationToken);
    }
}
