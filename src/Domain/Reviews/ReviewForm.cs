using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Reviews;

/// <summary>How the deputy reported to the voters (述职形式).</summary>
public enum ReviewForm
{
    [Label("书面")]
    Written,

    [Label("口头")]
    Oral,
}
