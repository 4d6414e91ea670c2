using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using DeputyPortal.Api.Http;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Application.Deputies.Register;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DeputyPortal.Architecture.Tests;

/// <summary>
/// A request body says what it is, or is refused: no member of a command (or of an input nested in one, or of a
/// body an endpoint reads) can be left out and silently become its default.
/// </summary>
public sealed class InputContractTests
{
    private static readonly Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(ApiJson).Assembly;
    private static readonly NullabilityInfoContext Nullability = new();

    [Fact]
    public void EveryCommandMember_IsRequired_OrNullableWithANullDefault_OrMarked()
    {
        var silent = InputTypes().SelectMany(SilentDefaults).Distinct().Order().ToList();

        Assert.True(silent.Count == 0, "members that default silently when left out:\n" + string.Join('\n', silent));
    }

    [Fact]
    public void TheInputTypesChecked_IncludeCommandsTheirNestedInputsAndTheApisOwnBodies()
    {
        var names = InputTypes().Select(t => t.Name).ToHashSet();

        Assert.Contains("RegisterDeputy", names);
        Assert.Contains("ParticipantInput", names);
        Assert.Contains("MeetingDecisionInput", names);
        Assert.Contains("TokenRequest", names);
    }

    [Fact]
    public void TheApiJsonOptions_RespectRequiredParametersAndNullability()
    {
        var services = new ServiceCollection().AddApiJson().BuildServiceProvider();
        var json = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.True(json.RespectRequiredConstructorParameters);
        Assert.True(json.RespectNullableAnnotations);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<RegisterDeputy>("""{"districtId":"0196f0d4-0000-7000-8000-000000000001","name":"甲"}""", json));
    }

    /// <summary>Every command, every input type its constructor takes (lists included), and the records under Api.Endpoints.</summary>
    private static IEnumerable<Type> InputTypes()
    {
        var commands = Application.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IBaseCommand)));
        var bodies = Api.GetTypes().Where(t => t.Namespace == "DeputyPortal.Api.Endpoints" && t.IsClass && IsRecord(t) && !t.Name.EndsWith("Response", StringComparison.Ordinal));
        var seen = new HashSet<Type>();
        var pending = new Queue<Type>(commands.Concat(bodies));
        while (pending.TryDequeue(out var type))
        {
            if (!seen.Add(type))
            {
                continue;
            }

            yield return type;
            foreach (var parameter in PrimaryConstructor(type)?.GetParameters() ?? [])
            {
                var inner = ElementType(parameter.ParameterType);
                if (inner.Namespace?.StartsWith("DeputyPortal", StringComparison.Ordinal) == true && inner.IsClass && IsRecord(inner))
                {
                    pending.Enqueue(inner);
                }
            }
        }
    }

    private static IEnumerable<string> SilentDefaults(Type type)
    {
        var constructor = PrimaryConstructor(type);
        var parameters = constructor?.GetParameters() ?? [];
        foreach (var parameter in parameters.Where(p => p.HasDefaultValue && !IsMarked(p)))
        {
            if (!IsNullable(Nullability.Create(parameter).WriteState, parameter.ParameterType) || parameter.DefaultValue is not null)
            {
                yield return $"{type.Name}.{parameter.Name} = {parameter.DefaultValue ?? "default"} (required, or nullable with a null default, or [DefaultWhenOmitted])";
            }
        }

        var names = parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && !names.Contains(property.Name)
                && property.GetCustomAttribute<JsonIgnoreAttribute>() is null && property.GetCustomAttribute<DefaultWhenOmittedAttribute>() is null)
            {
                yield return $"{type.Name}.{property.Name} is settable outside the constructor (a route value is [JsonIgnore])";
            }
        }
    }

    private static bool IsMarked(ParameterInfo parameter) => parameter.GetCustomAttribute<DefaultWhenOmittedAttribute>() is not null;

    private static bool IsNullable(NullabilityState state, Type type) =>
        Nullable.GetUnderlyingType(type) is not null || (!type.IsValueType && state == NullabilityState.Nullable);

    private static ConstructorInfo? PrimaryConstructor(Type type) =>
        type.GetConstructors()
            .Where(c => !(c.GetParameters() is [var only] && only.ParameterType == type))
            .MaxBy(c => c.GetParameters().Length);

    private static Type ElementType(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsGenericType && underlying.GetGenericArguments() is [var element] && underlying.IsAssignableTo(typeof(System.Collections.IEnumerable))
            ? element
            : underlying;
    }

    private static bool IsRecord(Type type) => type.GetMethod("<Clone>$") is not null;
}
