namespace DeputyPortal.Api.Endpoints;

/// <summary>The routes of one resource under /api/v1; every implementation is found and mapped at start-up.</summary>
public interface IEndpointGroup
{
    void Map(RouteGroupBuilder api);
}

public static class EndpointGroupExtensions
{
    public static RouteGroupBuilder MapEndpointGroups(this RouteGroupBuilder api)
    {
        var groups = typeof(IEndpointGroup).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IEndpointGroup)));
        foreach (var group in groups)
        {
            ((IEndpointGroup)Activator.CreateInstance(group)!).Map(api);
        }

        return api;
    }

    /// <summary>Marks a create endpoint as retry-safe with an Idempotency-Key header.</summary>
    public static RouteHandlerBuilder WithIdempotency(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<Http.IdempotentCreateFilter>();
}
