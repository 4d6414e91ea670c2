using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Sessions;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Sessions.Attendance;

public sealed record SessionAttendanceEntry(Guid DeputyId, Domain.Activities.Attendance Attendance, string? LeaveReason = null);

public sealed record SessionAttendanceDto(Guid SessionId, uint Version, IReadOnlyList<SessionAttendanceEntry> Attendance) : DeputyPortal.Application.Common.IVersioned;

/// <summary>出席情况: replaces who attended a congress session (each deputy of the term 出席 / 缺席 / 请假); it feeds the duty profile.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RecordSessionAttendance(IReadOnlyList<SessionAttendanceEntry> Attendance) : ICommand<SessionAttendanceDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class RecordSessionAttendanceValidator : AbstractValidator<RecordSessionAttendance>
{
    public RecordSessionAttendanceValidator()
    {
        RuleFor(c => c.Attendance).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("出席情况");
        RuleForEach(c => c.Attendance).ChildRules(e =>
            e.RuleFor(x => x.Attendance).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("出席情况"));
    }
}

public sealed class RecordSessionAttendanceHandler(IAppDbContext db) : ICommandHandler<RecordSessionAttendance, SessionAttendanceDto>
{
    public async ValueTask<SessionAttendanceDto> Handle(RecordSessionAttendance command, CancellationToken cancellationToken)
    {
        var session = await db.LoadForChangeAsync<CongressSession>(command.Id, command.ExpectedVersion, "会议", cancellationToken);
        var ids = command.Attendance.Select(a => a.DeputyId).Distinct().ToList();
        var deputies = await db.Deputies.Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        Domain.Common.Rule.Require(ids.TrueForAll(deputies.ContainsKey), "AttendeeIsDeputyOfTerm", "出席人员必须是本届的代表。", "attendance");
        session.RecordAttendance([.. command.Attendance.Select(a => new ParticipantDraft(deputies[a.DeputyId], a.Attendance, a.LeaveReason))]);
        await db.SaveChangesAsync(cancellationToken);
        return session.ToAttendanceDto();
    }
}
