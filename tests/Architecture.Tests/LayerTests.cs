using System.Reflection;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using Mediator;
using NetArchTest.Rules;

namespace DeputyPortal.Architecture.Tests;

public sealed class LayerTests
{
    private static readonly Assembly Domain = typeof(Entity).Assembly;
    private static readonly Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;

    [Fact]
    public void Domain_DependsOnNoFrameworkAndNoOuterLayer()
    {
        var result = Types.InAssembly(Domain).ShouldNot().HaveDependencyOnAny(
            "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Npgsql", "Mediator", "FluentValidation",
            "DeputyPortal.Application", "DeputyPortal.Infrastructure", "DeputyPortal.Api").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Application_DependsOnNeitherInfrastructureNorWeb()
    {
        var result = Types.InAssembly(Application).ShouldNot().HaveDependencyOnAny(
            "Microsoft.AspNetCore", "Npgsql", "Quartz", "DeputyPortal.Infrastructure", "DeputyPortal.Api").GetResult();

        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void EveryRequest_SaysWhoMaySendIt()
    {
        var undeclared = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IMessage)))
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is null)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(undeclared);
    }

    [Fact]
    public void DomainEntities_ExposeNoPublicSetters()
    {
        var settable = Domain.GetTypes()
            .Where(t => t.Namespace?.StartsWith("DeputyPortal.Domain", StringComparison.Ordinal) == true && t.IsClass)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(settable);
    }

    private static string Describe(TestResult result) =>
        "offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
