using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace DeputyPortal.Architecture.Tests;

/// <summary>
/// The methods a method calls, read from its IL (async bodies and lambdas included), followed through the callees
/// declared in the same assembly: enough to ask "does this handler ever reach that method?".
/// </summary>
internal static class MethodCalls
{
    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static bool Reaches(MethodBase start, Func<MethodBase, bool> target)
    {
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>([start]);
        while (pending.TryPop(out var method))
        {
            if (!seen.Add(method))
            {
                continue;
            }

            foreach (var callee in CalleesOf(method))
            {
                if (target(callee))
                {
                    return true;
                }

                if (callee.Module.Assembly == start.Module.Assembly)
                {
                    pending.Push(callee);
                }
            }
        }

        return false;
    }

    private static IEnumerable<MethodBase> CalleesOf(MethodBase method)
    {
        // An async method's body is its state machine's MoveNext.
        if (method.GetCustomAttribute<AsyncStateMachineAttribute>() is { } async
            && async.StateMachineType.GetMethod("MoveNext", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is { } moveNext)
        {
            yield return moveNext;
        }

        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var position = 0;
        while (position < il.Length)
        {
            var value = (short)il[position++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[position++]));
            }

            var opCode = OpCodesByValue[value];
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                MethodBase? callee = null;
                try
                {
                    callee = method.Module.ResolveMethod(token, typeArguments, methodArguments);
                }
                catch (ArgumentException)
                {
                }

                if (callee is not null)
                {
                    yield return callee;
                }
            }

            position += OperandSize(opCode, il, position);
        }
    }

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
