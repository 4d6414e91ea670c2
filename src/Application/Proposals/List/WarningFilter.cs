using System.Linq.Expressions;
using DeputyPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore.Query;

namespace DeputyPortal.Application.Proposals.List;

/// <summary>
/// The three-colour warning and the overdue flag as SQL predicates, so a list can filter and count by them. The
/// colour bands are computed here in C# as due-date limits from today and each township's thresholds, then OR-ed over
/// the townships with stored settings, plus the defaults for every other township — the same bands as
/// <see cref="ProposalWarning.For"/>: red ⇔ daysLeft ≤ red, yellow ⇔ red &lt; daysLeft ≤ yellow, green otherwise.
/// </summary>
public sealed class WarningFilter(DateOnly today, IReadOnlyDictionary<Guid, ProposalRules> storedRules)
{
    private static readonly Dictionary<string, WarningColor> ColorsByName =
        Enum.GetValues<WarningColor>().ToDictionary(ProposalMapper.ColorName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Only a proposal awaiting its reply has a colour; the others have none.</summary>
    private static readonly Expression<Func<Proposal, bool>> AwaitsReply = p =>
        (p.Status == ProposalStatus.Assigned || p.Status == ProposalStatus.Rehandling) && p.DueOn != null;

    /// <summary>The colour names a list accepts: green, yellow, red.</summary>
    public static IEnumerable<string> ColorNames => ColorsByName.Keys;

    public static bool TryParseColor(string? name, out WarningColor color) => ColorsByName.TryGetValue(name?.Trim() ?? string.Empty, out color);

    /// <summary>Proposals showing <paramref name="color"/> today, each judged by its own township's thresholds.</summary>
    public Expression<Func<Proposal, bool>> Showing(WarningColor color)
    {
        var storedIds = storedRules.Keys.ToList();
        var anyTownship = storedRules
            .Select(stored => InTownship(stored.Key).And(InBand(color, stored.Value)))
            .Aggregate(
                NotIn(storedIds).And(InBand(color, ProposalRules.Default)),
                (either, next) => either.Or(next));
        return AwaitsReply.And(anyTownship);
    }

    /// <summary>Overdue: awaiting its reply and past the deadline (thresholds play no part).</summary>
    public static Expression<Func<Proposal, bool>> Overdue(DateOnly today, bool overdue)
    {
        Expression<Func<Proposal, bool>> isOverdue = p => p.DueOn < today;
        var predicate = AwaitsReply.And(isOverdue);
        return overdue ? predicate : predicate.Not();
    }

    /// <summary>The due-date band of a colour: red up to today + red days, yellow up to today + yellow days, green beyond.</summary>
    private Expression<Func<Proposal, bool>> InBand(WarningColor color, ProposalRules rules)
    {
        var redUntil = today.AddDays(rules.RedWarningDays);
        var yellowUntil = today.AddDays(rules.YellowWarningDays);
        return color switch
        {
            WarningColor.Red => p => p.DueOn <= redUntil,
            WarningColor.Yellow => p => p.DueOn > redUntil && p.DueOn <= yellowUntil,
            _ => p => p.DueOn > yellowUntil,
        };
    }

    private static Expression<Func<Proposal, bool>> InTownship(Guid townshipId) => p => p.TownshipId == townshipId;

    private static Expression<Func<Proposal, bool>> NotIn(List<Guid> townshipIds) =>
        townshipIds.Count == 0 ? _ => true : p => !townshipIds.Contains(p.TownshipId);
}

/// <summary>Combines predicates over one entity into one lambda EF Core can translate (no Invoke nodes).</summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    public static Expression<Func<T, bool>> Not<T>(this Expression<Func<T, bool>> predicate) =>
        Expression.Lambda<Func<T, bool>>(Expression.Not(predicate.Body), predicate.Parameters);

    private static Expression<Func<T, bool>> Combine<T>(
        Expression<Func<T, bool>> left, Expression<Func<T, bool>> right, Func<Expression, Expression, BinaryExpression> join)
    {
        var parameter = left.Parameters[0];
        var rightBody = ReplacingExpressionVisitor.Replace(right.Parameters[0], parameter, right.Body);
        return Expression.Lambda<Func<T, bool>>(join(left.Body, rightBody), parameter);
    }
}
