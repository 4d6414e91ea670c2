using System.Reflection;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Architecture.Tests;

/// <summary>A request is either the system's alone or the accounts' alone: the authorization behaviour relies on it.</summary>
public sealed class SystemRequestTests
{
    private static readonly Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;

    [Fact]
    public void SystemRequests_NameNoOtherRole()
    {
        var mixed = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IMessage)))
            .Where(t => t.GetCustomAttribute<AuthorizeAttribute>() is { } authorize
                && authorize.Roles.Contains(Roles.SystemOnly) && authorize.Roles.Count > 1)
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(mixed);
    }
}
