namespace DeputyPortal.Domain.Common;

/// <summary>How a broken rule is answered: the request itself is wrong (422), it conflicts with the current state (409), or the caller is not the one who may take it (403).</summary>
public enum RuleViolationKind
{
    InvalidRequest,
    ConflictsWithState,

    /// <summary>The caller's role may act, but not on this record (e.g. a co-signer evaluating): 403.</summary>
    NotPermitted,
}

/// <summary>Thrown by a domain method that refuses an operation; <see cref="Rule"/> names the rule it enforces.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string rule, string message, RuleViolationKind kind = RuleViolationKind.InvalidRequest, string? field = null)
        : base(message)
    {
        Rule = rule;
        Kind = kind;
        Field = field;
    }

    public string Rule { get; }

    public RuleViolationKind Kind { get; }

    /// <summary>The request field the rule is about, when there is one (camelCase, as clients send it).</summary>
    public string? Field { get; }
}
