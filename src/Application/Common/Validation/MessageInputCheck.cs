using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using FluentValidation.Results;

namespace DeputyPortal.Application.Common.Validation;

/// <summary>
/// Applies <see cref="InputRules"/> to a whole request, nested inputs and lists included, so no command or query
/// has to remember them: every text, date and enum in it, each failure named by its path ("Participants[0].LeaveReason").
/// The validation behaviour runs it beside the request's own validators.
/// </summary>
public static class MessageInputCheck
{
    private const int MaxDepth = 6;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static IReadOnlyList<ValidationFailure> Check(object message)
    {
        var failures = new List<ValidationFailure>();
        Walk(message, path: string.Empty, depth: 0, failures);
        return failures;
    }

    private static void Walk(object value, string path, int depth, List<ValidationFailure> failures)
    {
        switch (value)
        {
            case string text:
                if (InputRules.HasControlCharacter(text))
                {
                    failures.Add(Failure(path, InputRules.NoControlCharactersRule, InputRules.NoControlCharactersMessage));
                }

                return;
            case DateOnly date:
                CheckDate(InputRules.IsInWindow(date), path, failures);
                return;
            case DateTime instant:
                CheckDate(InputRules.IsInWindow(instant), path, failures);
                return;
            case DateTimeOffset instant:
                CheckDate(InputRules.IsInWindow(instant), path, failures);
                return;
            case Enum member:
                if (!Enum.IsDefined(member.GetType(), member))
                {
                    failures.Add(Failure(path, InputRules.KnownValueRule, InputRules.KnownValueMessage));
                }

                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items)
            {
                if (item is not null)
                {
                    Walk(item, $"{path}[{index}]", depth + 1, failures);
                }

                index++;
            }

            return;
        }

        if (!IsOurs(value.GetType()))
        {
            return;
        }

        foreach (var property in Properties.GetOrAdd(value.GetType(), InputProperties))
        {
            if (property.GetValue(value) is { } member)
            {
                Walk(member, path.Length == 0 ? property.Name : $"{path}.{property.Name}", depth + 1, failures);
            }
        }
    }

    private static void CheckDate(bool inWindow, string path, List<ValidationFailure> failures)
    {
        if (!inWindow)
        {
            failures.Add(Failure(path, InputRules.DateInWindowRule, InputRules.DateInWindowMessage));
        }
    }

    private static ValidationFailure Failure(string path, string rule, string message) =>
        new(path, message) { ErrorCode = rule };

    /// <summary>Our own records (requests and their nested inputs); framework types such as a Stream are not inputs.</summary>
    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("DeputyPortal", StringComparison.Ordinal) == true;

    private static PropertyInfo[] InputProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true })
            .Where(p => p.PropertyType != typeof(Type) && p.Name != "EqualityContract")
            .ToArray();
}
