namespace DeputyPortal.Domain.Common;

/// <summary>Guards used by domain methods; each failure carries the name of the rule it enforces.</summary>
public static class Rule
{
    public static void Require(bool condition, string rule, string message, string? field = null) =>
        _ = condition ? 0 : throw new DomainRuleException(rule, message, RuleViolationKind.InvalidRequest, field);

    public static void RequireState(bool condition, string rule, string message) =>
        _ = condition ? 0 : throw new DomainRuleException(rule, message, RuleViolationKind.ConflictsWithState);

    public static void RequireActor(bool condition, string rule, string message) =>
        _ = condition ? 0 : throw new DomainRuleException(rule, message, RuleViolationKind.NotPermitted);
}
