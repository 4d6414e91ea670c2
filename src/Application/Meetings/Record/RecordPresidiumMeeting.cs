using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Application.Settings;
using DeputyPortal.Domain.Meetings;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Meetings.Record;

/// <summary>
/// Records a presidium meeting held in a term of the caller's township. The township comes from the term (another
/// township's term is not found), so a presidium member may record too, which a township command would refuse.
/// Quorum and the decisions' outcomes are decided by the township's compliance rules in force now.
/// </summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember)]
public sealed record RecordPresidiumMeeting(
    Guid TermId,
    DateTimeOffset HeldAt,
    PresidiumMeetingKind? Kind = null,
    string? Place = null,
    IReadOnlyList<string>? Agenda = null,
    IReadOnlyList<MeetingAttendanceInput>? Attendance = null,
    IReadOnlyList<Guid>? InvitedDeputyIds = null,
    string? Minutes = null,
    IReadOnlyList<MeetingDecisionInput>? Decisions = null) : ICommand<PresidiumMeetingDto>, IPresidiumMeetingFields;

public sealed class RecordPresidiumMeetingValidator : AbstractValidator<RecordPresidiumMeeting>
{
    public RecordPresidiumMeetingValidator()
    {
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new PresidiumMeetingFieldsValidator());
    }
}

public sealed class RecordPresidiumMeetingHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<RecordPresidiumMeeting, PresidiumMeetingDto>
{
    public async ValueTask<PresidiumMeetingDto> Handle(RecordPresidiumMeeting command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        var draft = await db.DraftAsync(term, command, cancellationToken);
        var rules = await db.ComplianceRulesForAsync(term.TownshipId, cancellationToken);
        var meeting = PresidiumMeeting.Record(term, draft, rules, clock.GetUtcNow());
        db.PresidiumMeetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(meeting, clock, cancellationToken);
    }
}
