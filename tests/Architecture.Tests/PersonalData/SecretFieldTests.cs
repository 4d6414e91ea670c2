using System.Reflection;
using System.Text.RegularExpressions;
using DeputyPortal.Application.Common.Security;
using Mediator;

namespace DeputyPortal.Architecture.Tests.PersonalData;

/// <summary>Every request field that holds a secret says so, so the idempotency store leaves it out of what it keeps.</summary>
public sealed partial class SecretFieldTests
{
    private static readonly Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;

    [Fact]
    public void EveryRequestField_NamedLikeASecret_IsMarkedSecret()
    {
        var unmarked = Application.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && t.IsAssignableTo(typeof(IMessage)))
            .SelectMany(t => ResponseTypes.ReachableFrom([t]))
            .Distinct()
            .SelectMany(t => ResponseTypes.PublicProperties(t).Select(p => (t, p)))
            .Where(x => SecretName().IsMatch(x.p.Name) && x.p.GetCustomAttribute<SecretAttribute>() is null)
            .Select(x => $"{x.t.FullName}.{x.p.Name}")
            .ToList();

        Assert.Empty(unmarked);
    }

    [Fact]
    public void CreatingAnAccount_MarksItsPasswordSecret() =>
        Assert.NotNull(typeof(DeputyPortal.Application.Users.Create.CreateUserAccount).GetProperty("Password")!.GetCustomAttribute<SecretAttribute>());

    [GeneratedRegex("Password|Secret|Token|ApiKey|Pin$", RegexOptions.IgnoreCase)]
    private static partial Regex SecretName();
}
