using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Proposals;

public enum ProposalKind
{
    [Label("议案")]
    Motion,

    [Label("建议")]
    Suggestion,
}

/// <summary>The states of DESIGN §3; their names are part of the public contract.</summary>
public enum ProposalStatus
{
    [Label("草稿")]
    Draft,

    [Label("已提交")]
    Submitted,

    [Label("已立案")]
    Registered,

    [Label("不予立案")]
    Rejected,

    [Label("已交办")]
    Assigned,

    [Label("已答复")]
    Replied,

    [Label("重新办理")]
    Rehandling,

    [Label("跟踪落实")]
    FollowUp,

    [Label("已办结")]
    Closed,
}

/// <summary>The result class (答复类别) a reply states.</summary>
public enum ReplyClass
{
    [Label("A 已解决或基本解决")]
    A,

    [Label("B 正在解决")]
    B,

    [Label("C 列入计划逐步解决")]
    C,

    [Label("D 因条件限制暂时无法解决")]
    D,
}

/// <summary>The lead deputy's rating of a reply (代表满意度).</summary>
public enum Rating
{
    [Label("满意")]
    Satisfied,

    [Label("基本满意")]
    BasicallySatisfied,

    [Label("不满意")]
    Dissatisfied,
}

public enum ExtensionDecision
{
    [Label("待审批")]
    Pending,

    [Label("已批准")]
    Approved,

    [Label("不予批准")]
    Refused,
}

/// <summary>What happened at one step of a proposal's timeline.</summary>
public enum ProposalAction
{
    [Label("起草")]
    Drafted,

    [Label("修改草稿")]
    Edited,

    [Label("提交")]
    Submitted,

    [Label("立案")]
    Registered,

    [Label("不予立案")]
    Rejected,

    [Label("议案转为建议")]
    ConvertedToSuggestion,

    [Label("交办")]
    Assigned,

    [Label("退回")]
    Returned,

    [Label("申请延期")]
    ExtensionRequested,

    [Label("批准延期")]
    ExtensionApproved,

    [Label("不批准延期")]
    ExtensionRefused,

    [Label("办理进展")]
    ProgressNoted,

    [Label("协办意见")]
    CoUnitInputProvided,

    [Label("答复")]
    Replied,

    [Label("评价")]
    Evaluated,

    [Label("逾期未评价，视为认可")]
    AcceptedWithoutRating,

    [Label("报告已解决")]
    ReportedSolved,
}
