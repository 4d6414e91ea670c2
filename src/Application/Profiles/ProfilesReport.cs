using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Imports;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Mediator;
using MiniExcelLibs.Attributes;

namespace DeputyPortal.Application.Profiles;

/// <summary>履职情况汇总表.xlsx: the township's profiles in a year, by rank, every component beside the score.</summary>
[Authorize(Roles.TownshipSecretary, Roles.PresidiumMember, Roles.CountyStaff, Roles.Admin)]
public sealed record GetProfilesReport(Guid TownshipId, int? Year = null) : IQuery<SpreadsheetFile>;

public sealed class GetProfilesReportValidator : AbstractValidator<GetProfilesReport>
{
    public GetProfilesReportValidator() =>
        RuleFor(q => q.Year).InclusiveBetween(1900, 2100).WithErrorCode("YearInRange").WithMessage("{PropertyName}须在1900至2100之间。").WithName("年度");
}

public sealed class GetProfilesReportHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetProfilesReport, SpreadsheetFile>
{
    public const string FileName = "履职情况汇总表.xlsx";

    public async ValueTask<SpreadsheetFile> Handle(GetProfilesReport query, CancellationToken cancellationToken)
    {
        var profiles = await DutyProfiles.ForTownshipAsync(db, query.TownshipId, query.Year ?? clock.TodayInChina().Year, cancellationToken);
        var rows = profiles.OrderBy(p => p.Rank).ThenBy(p => p.DeputyName, StringComparer.Ordinal).Select(p => new ProfileReportRow
        {
            Rank = p.Rank,
            Name = p.DeputyName,
            District = p.DistrictName,
            Score = p.Score,
            Sessions = p.SessionsAttended,
            Meetings = p.PresidiumMeetingsAttended,
            GroupAttended = p.GroupActivitiesAttended,
            GroupMissed = p.GroupActivitiesMissed,
            GroupOnLeave = p.GroupActivitiesOnLeave,
            Supervision = p.SupervisionActivitiesAttended,
            Led = p.ProposalsLed,
            CoSigned = p.ProposalsCoSigned,
            Replied = p.ProposalsReplied,
            Rated = p.ProposalsRated,
            Contacts = p.ContactsLogged,
            Constituents = p.ConstituentsReached,
            ReceptionDays = p.ReceptionDays,
            Trainings = p.Trainings,
            Review = p.LatestReviewOutcome?.Label() ?? "未评议",
            Satisfaction = p.LatestReviewSatisfactionRate is { } r ? r.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "",
        });
        return await SpreadsheetFile.WriteAsync(FileName, "履职情况", rows, cancellationToken);
    }
}

public sealed class ProfileReportRow
{
    [ExcelColumn(Name = "名次", Width = 6)] public int Rank { get; init; }
    [ExcelColumn(Name = "姓名", Width = 10)] public string Name { get; init; } = "";
    [ExcelColumn(Name = "选区", Width = 14)] public string District { get; init; } = "";
    [ExcelColumn(Name = "履职积分", Width = 8)] public int Score { get; init; }
    [ExcelColumn(Name = "出席代表大会", Width = 8)] public int Sessions { get; init; }
    [ExcelColumn(Name = "出席主席团会议", Width = 8)] public int Meetings { get; init; }
    [ExcelColumn(Name = "参加小组活动", Width = 8)] public int GroupAttended { get; init; }
    [ExcelColumn(Name = "缺席小组活动", Width = 8)] public int GroupMissed { get; init; }
    [ExcelColumn(Name = "请假", Width = 6)] public int GroupOnLeave { get; init; }
    [ExcelColumn(Name = "参加监督活动", Width = 8)] public int Supervision { get; init; }
    [ExcelColumn(Name = "领衔建议", Width = 8)] public int Led { get; init; }
    [ExcelColumn(Name = "附议建议", Width = 8)] public int CoSigned { get; init; }
    [ExcelColumn(Name = "已答复", Width = 6)] public int Replied { get; init; }
    [ExcelColumn(Name = "已测评", Width = 6)] public int Rated { get; init; }
    [ExcelColumn(Name = "联系选民次数", Width = 8)] public int Contacts { get; init; }
    [ExcelColumn(Name = "联系选民人数", Width = 8)] public int Constituents { get; init; }
    [ExcelColumn(Name = "接待日", Width = 6)] public int ReceptionDays { get; init; }
    [ExcelColumn(Name = "学习培训", Width = 6)] public int Trainings { get; init; }
    [ExcelColumn(Name = "述职评议", Width = 8)] public string Review { get; init; } = "";
    [ExcelColumn(Name = "满意率", Width = 8)] public string Satisfaction { get; init; } = "";
}
