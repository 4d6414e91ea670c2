using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.UnitTests;

internal static class RuleAssert
{
    /// <summary>Asserts the action is refused by the named rule, as the kind of violation the API answers with.</summary>
    public static DomainRuleException Breaks(string rule, Action action, RuleViolationKind kind = RuleViolationKind.InvalidRequest)
    {
        var violation = Assert.Throws<DomainRuleException>(action);
        Assert.Equal(rule, violation.Rule);
        Assert.Equal(kind, violation.Kind);
        return violation;
    }
}
