using DeputyPortal.Application.Users.Assignment;
using DeputyPortal.Application.Users.Create;
using DeputyPortal.Application.Users.List;
using DeputyPortal.Application.Users.Lockout;
using DeputyPortal.Application.Users.Password;
using Mediator;

namespace DeputyPortal.Api.Endpoints;

public sealed class UsersEndpoints : IEndpointGroup
{
    public void Map(RouteGroupBuilder api)
    {
        var users = api.MapGroup("/admin/users").WithTags("系统管理 Admin");

        users.MapGet("/", async ([AsParameters] ListUserAccounts query, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(query, ct)));

        users.MapPost("/", async (CreateUserAccount command, ISender sender, CancellationToken ct) =>
        {
            var account = await sender.Send(command, ct);
            return TypedResults.Created($"/api/v1/admin/users/{account.Id}", account);
        }).WithIdempotency();

        users.MapPost("/{id:guid}/lock", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SetUserLockout(id, Locked: true), ct)));

        users.MapPost("/{id:guid}/unlock", async (Guid id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new SetUserLockout(id, Locked: false), ct)));

        users.MapPost("/{id:guid}/password", async (Guid id, ResetUserPassword command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Id = id }, ct)));

        users.MapPut("/{id:guid}/assignment", async (Guid id, ChangeUserAssignment command, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(command with { Id = id }, ct)));
    }
}
