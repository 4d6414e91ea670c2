using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Groups;
using DeputyPortal.Domain.HandlingUnits;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Activities;

/// <summary>A participant as the secretary enters it: the deputy, 出席 / 缺席 / 请假 and, for a leave, why.</summary>
public sealed record ParticipantInput(Guid DeputyId, Attendance? Attendance = null, string? LeaveReason = null);

/// <summary>满意 / 基本满意 / 不满意 votes on one evaluated unit.</summary>
public sealed record TallyInput(Guid HandlingUnitId, int Satisfied, int BasicallySatisfied, int Dissatisfied);

/// <summary>What a secretary enters for an activity, alike when recording and revising it.</summary>
public interface IActivityFields
{
    ActivityKind? Kind { get; }

    string Title { get; }

    DateOnly StartsOn { get; }

    /// <summary>The last day; the first day when not given (a one-day activity).</summary>
    DateOnly? EndsOn { get; }

    string? Place { get; }

    string? Findings { get; }

    Guid? OrganizingGroupId { get; }

    IReadOnlyList<Guid>? SubjectUnitIds { get; }

    IReadOnlyList<ParticipantInput>? Participants { get; }

    IReadOnlyList<TallyInput>? Tallies { get; }
}

public sealed class ActivityFieldsValidator : AbstractValidator<IActivityFields>
{
    public ActivityFieldsValidator()
    {
        RuleFor(a => a.Kind).Required().WithName("活动类别");
        RuleFor(a => a.Title).RequiredText(Activity.TitleMaxLength).WithName("活动名称");
        RuleFor(a => a.StartsOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("开始日期");
        RuleFor(a => a.Place).OptionalText(Activity.PlaceMaxLength).WithName("地点");
        RuleFor(a => a.Findings).OptionalText(Activity.FindingsMaxLength).WithName("发现问题");
        RuleFor(a => a.SubjectUnitIds!.Count).LessThanOrEqualTo(Activity.MaxUnits)
            .OverridePropertyName(nameof(IActivityFields.SubjectUnitIds)).WithName("对象单位")
            .WithErrorCode("SubjectUnitsWithinLimit").WithMessage($"{{PropertyName}}最多{Activity.MaxUnits}个。")
            .When(a => a.SubjectUnitIds is not null);
        RuleForEach(a => a.SubjectUnitIds).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("对象单位");
        RuleFor(a => a.Participants!.Count).LessThanOrEqualTo(Activity.MaxParticipants)
            .OverridePropertyName(nameof(IActivityFields.Participants)).WithName("参加人员")
            .WithErrorCode("ParticipantsWithinLimit").WithMessage($"{{PropertyName}}最多{Activity.MaxParticipants}人。")
            .When(a => a.Participants is not null);
        RuleForEach(a => a.Participants).ChildRules(p =>
        {
            p.RuleFor(x => x.DeputyId).RequiredId().WithName("参加代表");
            p.RuleFor(x => x.Attendance).Required().WithName("出席情况");
            p.RuleFor(x => x.LeaveReason).OptionalText(ActivityParticipation.ReasonMaxLength).WithName("请假原因");
        });
        RuleFor(a => a.Tallies!.Count).LessThanOrEqualTo(Activity.MaxUnits)
            .OverridePropertyName(nameof(IActivityFields.Tallies)).WithName("测评票数")
            .WithErrorCode("TalliesWithinLimit").WithMessage($"{{PropertyName}}最多{Activity.MaxUnits}个单位。")
            .When(a => a.Tallies is not null);
        RuleForEach(a => a.Tallies).ChildRules(t =>
        {
            t.RuleFor(x => x.HandlingUnitId).RequiredId().WithName("测评单位");
            t.RuleFor(x => x.Satisfied).GreaterThanOrEqualTo(0).WithErrorCode("TallyNotNegative").WithMessage("{PropertyName}不能为负数。").WithName("满意票数");
            t.RuleFor(x => x.BasicallySatisfied).GreaterThanOrEqualTo(0).WithErrorCode("TallyNotNegative").WithMessage("{PropertyName}不能为负数。").WithName("基本满意票数");
            t.RuleFor(x => x.Dissatisfied).GreaterThanOrEqualTo(0).WithErrorCode("TallyNotNegative").WithMessage("{PropertyName}不能为负数。").WithName("不满意票数");
        });
    }
}

/// <summary>What a rectification item's fields are, alike when adding and changing one.</summary>
public interface IRectificationFields
{
    string Description { get; }

    Guid ResponsibleUnitId { get; }

    DateOnly DueOn { get; }

    RectificationStatus? Status { get; }

    DateOnly? CompletedOn { get; }

    string? Evidence { get; }
}

public sealed class RectificationFieldsValidator : AbstractValidator<IRectificationFields>
{
    public RectificationFieldsValidator()
    {
        RuleFor(r => r.Description).RequiredText(RectificationItem.TextMaxLength).WithName("整改事项");
        RuleFor(r => r.ResponsibleUnitId).RequiredId().WithName("责任单位");
        RuleFor(r => r.DueOn).NotEmpty().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("整改期限");
        RuleFor(r => r.Status).IsInEnum().WithErrorCode("KnownValue").WithMessage("{PropertyName}的取值无效。").WithName("整改状态");
        RuleFor(r => r.Evidence).OptionalText(RectificationItem.TextMaxLength).WithName("整改情况");
    }
}

/// <summary>Loads what an activity's fields name, through the caller's scope, for the domain to check.</summary>
public static class ActivityDraftLoader
{
    /// <summary>
    /// A deputy, unit or group the caller cannot see (another township's, or none at all) breaks the same rule as one
    /// of another term or township, so nothing reveals whether the id exists elsewhere.
    /// </summary>
    public static async Task<ActivityDraft> LoadDraftAsync(this IAppDbContext db, IActivityFields fields, CancellationToken ct)
    {
        RepresentativeGroup? group = null;
        if (fields.OrganizingGroupId is { } groupId)
        {
            group = await db.RepresentativeGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
            Rule.Require(group is not null, "OrganizingGroupOfTerm", "组织活动的代表小组必须是本乡镇本届的小组。", "organizingGroupId");
        }

        var unitIds = fields.SubjectUnitIds ?? [];
        var units = await db.HandlingUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        Rule.Require(unitIds.All(units.ContainsKey), "SubjectUnitOfTownship", "活动对象单位必须是本乡镇的承办单位。", "subjectUnitIds");

        var participants = fields.Participants ?? [];
        var deputyIds = participants.Select(p => p.DeputyId).Distinct().ToList();
        var deputies = await db.Deputies.Where(d => deputyIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, ct);
        Rule.Require(deputyIds.TrueForAll(deputies.ContainsKey), "ParticipantIsDeputyOfTerm", "参加人员必须是本乡镇本届的代表。", "participants");

        return new ActivityDraft(
            fields.Kind!.Value,
            fields.Title.Trim(),
            fields.StartsOn,
            fields.EndsOn ?? fields.StartsOn,
            Blank(fields.Place),
            Blank(fields.Findings),
            group,
            unitIds.Select(id => units[id]).ToList(),
            participants.Select(p => new ParticipantDraft(deputies[p.DeputyId], p.Attendance!.Value, Blank(p.LeaveReason))).ToList(),
            (fields.Tallies ?? []).Select(t => new TallyDraft(t.HandlingUnitId, t.Satisfied, t.BasicallySatisfied, t.Dissatisfied)).ToList());
    }

    /// <summary>The unit a rectification item names, or 422 by the domain's rule when the caller cannot see it.</summary>
    public static async Task<HandlingUnit> LoadResponsibleUnitAsync(this IAppDbContext db, Guid unitId, CancellationToken ct)
    {
        var unit = await db.HandlingUnits.FirstOrDefaultAsync(u => u.Id == unitId, ct);
        Rule.Require(unit is not null, "ResponsibleUnitOfTownship", "责任单位必须是本乡镇的承办单位。", "responsibleUnitId");
        return unit!;
    }

    public static RectificationDraft ToDraft(this IRectificationFields fields) => new(
        fields.Description.Trim(),
        fields.ResponsibleUnitId,
        fields.DueOn,
        fields.Status ?? RectificationStatus.Open,
        fields.CompletedOn,
        fields.Evidence);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
