using DeputyPortal.Application.OData;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

namespace DeputyPortal.Api.OData;

/// <summary>
/// Reads from a query on a computed set the restrictions of its dimensions, so that only what they admit is counted
/// in SQL: comparisons of TownshipId, TownshipCode, TownshipName, Year, Quarter, TermId or TermNumber with a literal
/// (eq, ge, gt, le, lt, and `in` a list), joined by `and` at the top of $filter or of the filters that open $apply.
/// Anything else (an `or`, a function, a status) is left to the $filter itself, which applies to the evaluated rows:
/// the slice never admits fewer rows than the query asks for.
/// </summary>
public static class FeedSlices
{
    public static ComplianceSlice Of<T>(ODataQueryOptions<T> query)
    {
        var slice = ComplianceSlice.All;

        // With $apply, $filter applies to what $apply answers (its names may be aliases), so only $apply's own filters are read.
        if (query.Apply is null && query.Filter?.FilterClause.Expression is { } filter)
        {
            slice = Read(filter, slice);
        }

        foreach (var transformation in query.Apply?.ApplyClause.Transformations ?? [])
        {
            if (transformation is not FilterTransformationNode f)
            {
                break;
            }

            slice = Read(f.FilterClause.Expression, slice);
        }

        return slice;
    }

    private static ComplianceSlice Read(SingleValueNode node, ComplianceSlice slice)
    {
        switch (Unwrap(node))
        {
            case BinaryOperatorNode { OperatorKind: BinaryOperatorKind.And } and:
                return Read(and.Right, Read(and.Left, slice));
            case BinaryOperatorNode b when Property(b.Left) is { } name && Constant(b.Right) is { } value:
                return Restrict(slice, name, b.OperatorKind, value);
            case BinaryOperatorNode b when Property(b.Right) is { } name && Constant(b.Left) is { } value:
                return Restrict(slice, name, Flip(b.OperatorKind), value);
            case InNode { Left: var left, Right: CollectionConstantNode list } when Property(left) is { } name:
                return RestrictTo(slice, name, [.. list.Collection.Select(c => c.Value)]);
            default:
                return slice;
        }
    }

    private static ComplianceSlice Restrict(ComplianceSlice slice, string name, BinaryOperatorKind op, object value)
    {
        if (op == BinaryOperatorKind.Equal)
        {
            return RestrictTo(slice, name, [value]);
        }

        if (value is not int number || op is not (BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual
            or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual))
        {
            return slice;
        }

        var (from, to) = op switch
        {
            BinaryOperatorKind.GreaterThan => ((int?)number + 1, (int?)null),
            BinaryOperatorKind.GreaterThanOrEqual => (number, null),
            BinaryOperatorKind.LessThan => (null, number - 1),
            _ => (null, (int?)number),
        };
        return Range(slice, name, from, to);
    }

    private static ComplianceSlice RestrictTo(ComplianceSlice slice, string name, IReadOnlyList<object?> values) => name switch
    {
        "TownshipId" => slice with { TownshipIds = Intersect(slice.TownshipIds, values.OfType<Guid>()) },
        "TownshipCode" => slice with { TownshipCodes = Intersect(slice.TownshipCodes, values.OfType<string>()) },
        "TownshipName" => slice with { TownshipNames = Intersect(slice.TownshipNames, values.OfType<string>()) },
        "TermId" => slice with { TermIds = Intersect(slice.TermIds, values.OfType<Guid>()) },
        "Year" or "Quarter" or "TermNumber" when values.Count > 0 && values.All(v => v is int) =>
            Range(slice, name, values.Cast<int>().Min(), values.Cast<int>().Max()),
        _ => slice,
    };

    private static ComplianceSlice Range(ComplianceSlice slice, string name, int? from, int? to) => name switch
    {
        "Year" => slice with { FromYear = Max(slice.FromYear, from), ToYear = Min(slice.ToYear, to) },
        "Quarter" => slice with { FromQuarter = Max(slice.FromQuarter, from), ToQuarter = Min(slice.ToQuarter, to) },
        "TermNumber" => slice with { FromTermNumber = Max(slice.FromTermNumber, from), ToTermNumber = Min(slice.ToTermNumber, to) },
        _ => slice,
    };

    private static HashSet<T> Intersect<T>(IReadOnlySet<T>? current, IEnumerable<T> values)
    {
        var set = values.ToHashSet();
        if (current is not null)
        {
            set.IntersectWith(current);
        }

        return set;
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static string? Property(SingleValueNode node) =>
        Unwrap(node) is SingleValuePropertyAccessNode { Source: ResourceRangeVariableReferenceNode } p ? p.Property.Name : null;

    private static object? Constant(SingleValueNode node) => Unwrap(node) is ConstantNode { Value: { } value } ? value : null;

    private static SingleValueNode Unwrap(SingleValueNode node) => node is ConvertNode convert ? Unwrap(convert.Source) : node;

    private static BinaryOperatorKind Flip(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        _ => op,
    };
}
