using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Reviews;

/// <summary>评议结果: how the voters' representatives judged the deputy, best first.</summary>
public enum ReviewOutcome
{
    [Label("优秀")]
    Excellent,

    [Label("称职")]
    Competent,

    [Label("基本称职")]
    BasicallyCompetent,

    [Label("不称职")]
    Incompetent,
}
