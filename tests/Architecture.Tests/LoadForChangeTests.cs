using DeputyPortal.Application.Common.Persistence;
using Mediator;

namespace DeputyPortal.Architecture.Tests;

/// <summary>
/// One way to load an aggregate for change: the scoped read, the row lock, the parts, the version check, all in
/// <see cref="IAppDbContext.LoadForChangeAsync{T}"/>. The database interface offers no other way to check a version
/// or lock a row, and every handler of a versioned command (If-Match) reaches it.
/// </summary>
public sealed class LoadForChangeTests
{
    private static readonly System.Reflection.Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;

    [Fact]
    public void EveryVersionedCommandHandler_LoadsThroughLoadForChange()
    {
        var handlers = Application.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false })
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType
                    && (i.GetGenericTypeDefinition() == typeof(ICommandHandler<,>) || i.GetGenericTypeDefinition() == typeof(ICommandHandler<>))
                    && i.GetGenericArguments()[0].IsAssignableTo(typeof(IVersionedCommand)))
                .Select(i => (Handler: t, Handle: t.GetMethod("Handle", [i.GetGenericArguments()[0], typeof(CancellationToken)])!)))
            .ToList();
        Assert.True(handlers.Count >= 30, $"found only {handlers.Count} versioned-command handlers; the scan is broken");

        var bypassing = handlers
            .Where(h => !MethodCalls.Reaches(h.Handle, IsLoadForChange))
            .Select(h => h.Handler.Name)
            .ToList();

        Assert.Empty(bypassing);
    }

    [Fact]
    public void TheScan_SeesAHandlerThatDoesNotLoadForChange()
    {
        var handle = typeof(DeputyPortal.Application.Townships.Create.CreateTownshipHandler).GetMethod("Handle")!;

        Assert.False(MethodCalls.Reaches(handle, IsLoadForChange));
    }

    [Fact]
    public void TheDatabaseInterface_OffersNoOtherWayToCheckAVersionOrLockARow()
    {
        var members = typeof(IAppDbContext).GetMethods().Select(m => m.Name).ToList();

        Assert.DoesNotContain(members, m => m.Contains("Version", StringComparison.Ordinal) || m.Contains("Lock", StringComparison.Ordinal));
    }

    private static bool IsLoadForChange(System.Reflection.MethodBase method) =>
        method.DeclaringType == typeof(IAppDbContext) && method.Name == nameof(IAppDbContext.LoadForChangeAsync);
}
