using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Meetings;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Meetings;

/// <summary>A presidium member's attendance as the caller sends it; a serving member left out was absent.</summary>
public sealed record MeetingAttendanceInput(Guid PresidiumMemberId, Attendance? Attendance = null, string? LeaveReason = null);

/// <summary>A decision and its vote as the caller sends it; whether it passed is decided, not sent.</summary>
public sealed record MeetingDecisionInput(
    string Text,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    DateOnly? FollowUpDueOn = null,
    Guid? FollowUpUnitId = null,
    DateOnly? FollowUpCompletedOn = null);

/// <summary>The whole record of a meeting, sent alike when it is recorded and when it is revised.</summary>
public interface IPresidiumMeetingFields
{
    PresidiumMeetingKind? Kind { get; }

    DateTimeOffset HeldAt { get; }

    string? Place { get; }

    IReadOnlyList<string>? Agenda { get; }

    IReadOnlyList<MeetingAttendanceInput>? Attendance { get; }

    IReadOnlyList<Guid>? InvitedDeputyIds { get; }

    string? Minutes { get; }

    IReadOnlyList<MeetingDecisionInput>? Decisions { get; }
}

/// <summary>
/// The shape of the fields. The counts (agenda 1–30, decisions ≤ 30, invited ≤ 200), the votes and who may attend
/// are the domain's rules, so the answer names the same rule whichever way a record is written.
/// </summary>
public sealed class PresidiumMeetingFieldsValidator : AbstractValidator<IPresidiumMeetingFields>
{
    /// <summary>More rows than any presidium has members; only keeps a malformed request from being worked through.</summary>
    private const int MaxAttendanceRows = 100;

    public PresidiumMeetingFieldsValidator()
    {
        RuleFor(m => m.Kind).Required().WithName("会议类型");
        RuleFor(m => m.HeldAt).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("召开时间");
        RuleFor(m => m.Place).OptionalText(PresidiumMeeting.PlaceMaxLength).WithName("会议地点");
        RuleFor(m => m.Minutes).OptionalText(PresidiumMeeting.MinutesMaxLength).WithName("会议记录");
        RuleForEach(m => m.Agenda).RequiredText(AgendaItem.TitleMaxLength).WithName("议题");
        RuleFor(m => m.Attendance!.Count).LessThanOrEqualTo(MaxAttendanceRows)
            .OverridePropertyName(nameof(IPresidiumMeetingFields.Attendance)).WithName("出席情况")
            .WithErrorCode("AttendanceWithinLimit").WithMessage($"{{PropertyName}}最多{MaxAttendanceRows}行。")
            .When(m => m.Attendance is not null);
        RuleForEach(m => m.Attendance).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("出席情况")
            .ChildRules(a =>
            {
                a.RuleFor(x => x.PresidiumMemberId).RequiredId().WithName("主席团成员");
                a.RuleFor(x => x.Attendance).Required().WithName("出席情况");
            });
        RuleForEach(m => m.InvitedDeputyIds).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("列席代表");
        RuleForEach(m => m.Decisions).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("决定事项")
            .ChildRules(d => d.RuleFor(x => x.Text).RequiredText(MeetingDecision.TextMaxLength).WithName("决定事项"));
    }
}

public static class PresidiumMeetingDrafts
{
    /// <summary>
    /// The draft the domain decides on: the term's presidium members (the domain keeps those serving on the day), and
    /// the invited deputies and follow-up units the caller may see. An id not found is passed on as missing, so the
    /// domain refuses it by its rule (InvitedIsDeputyOfTerm, FollowUpUnitOfTownship) without telling whether it exists.
    /// </summary>
    public static async Task<MeetingDraft> DraftAsync(this IAppDbContext db, Term term, IPresidiumMeetingFields fields, CancellationToken ct)
    {
        var members = await db.PresidiumMembers.Where(m => m.TermId == term.Id && m.TownshipId == term.TownshipId).ToListAsync(ct);

        var invitedIds = fields.InvitedDeputyIds ?? [];
        var found = await db.Deputies.Where(d => invitedIds.Contains(d.Id)).ToListAsync(ct);
        Rule.Require(
            invitedIds.All(id => found.Exists(d => d.Id == id)),
            "InvitedIsDeputyOfTerm",
            "列席人员必须是本乡镇本届的代表。",
            "invitedDeputyIds");
        var invited = invitedIds.Select(id => found.First(d => d.Id == id)).ToList();

        var decisions = fields.Decisions ?? [];
        var unitIds = decisions.Select(d => d.FollowUpUnitId).OfType<Guid>().Distinct().ToList();
        var units = await db.HandlingUnits.Where(u => unitIds.Contains(u.Id)).ToListAsync(ct);

        return new MeetingDraft(
            fields.Kind!.Value,
            fields.HeldAt,
            string.IsNullOrWhiteSpace(fields.Place) ? null : fields.Place.Trim(),
            (fields.Agenda ?? []).Select(a => new AgendaDraft(a.Trim())).ToList(),
            members,
            (fields.Attendance ?? []).Select(a => new MemberAttendanceDraft(a.PresidiumMemberId, a.Attendance!.Value, a.LeaveReason)).ToList(),
            invited,
            string.IsNullOrWhiteSpace(fields.Minutes) ? null : fields.Minutes.Trim(),
            decisions.Select(d => new DecisionDraft(
                d.Text.Trim(), d.VotesFor, d.VotesAgainst, d.Abstentions, d.FollowUpDueOn, d.FollowUpUnitId, d.FollowUpCompletedOn)).ToList(),
            units);
    }
}
