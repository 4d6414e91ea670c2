using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Deputies;

public enum Gender
{
    [Label("男")] Male,
    [Label("女")] Female,
}

/// <summary>政治面貌 as the deputy structure (R10) counts it.</summary>
public enum PartyAffiliation
{
    [Label("中共党员")] CpcMember,
    [Label("民主党派")] DemocraticParty,
    [Label("无党派")] NonPartisan,
    [Label("群众")] Masses,
}

/// <summary>职业类别 as election plans set targets for it.</summary>
public enum OccupationCategory
{
    [Label("工人")] Worker,
    [Label("农民")] Farmer,
    [Label("专业技术人员")] Professional,
    [Label("党政领导干部")] PartyGovernmentLeader,
    [Label("企业负责人")] BusinessManager,
    [Label("其他")] Other,
}

public enum Education
{
    [Label("研究生")] Postgraduate,
    [Label("大学本科")] Bachelor,
    [Label("大学专科")] College,
    [Label("高中及中专")] HighSchool,
    [Label("初中及以下")] MiddleSchoolOrBelow,
}

public enum DeputyStatus
{
    [Label("在任")] Serving,
    [Label("资格终止")] Terminated,
}
