using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Presidium;

public enum PresidiumPost
{
    [Label("主席")] Chair,
    [Label("副主席")] ViceChair,
    [Label("成员")] Member,
}
