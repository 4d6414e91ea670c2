using System.Text.Json.Serialization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Activities.Rectification;

/// <summary>Adds a rectification item (整改事项) to an activity; answers with the whole activity and its new ETag.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record AddRectificationItem(
    string Description,
    Guid ResponsibleUnitId,
    DateOnly DueOn,
    RectificationStatus? Status = null,
    DateOnly? CompletedOn = null,
    string? Evidence = null) : ICommand<ActivityDto>, IVersionedCommand, IRectificationFields
{
    [JsonIgnore]
    public Guid ActivityId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class AddRectificationItemValidator : AbstractValidator<AddRectificationItem>
{
    public AddRectificationItemValidator() => Include(new RectificationFieldsValidator());
}

public sealed class AddRectificationItemHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<AddRectificationItem, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(AddRectificationItem command, CancellationToken cancellationToken)
    {
        var activity = await db.GetActivityForChangeAsync(command.ActivityId, command.ExpectedVersion, cancellationToken);
        var unit = await db.LoadResponsibleUnitAsync(command.ResponsibleUnitId, cancellationToken);
        var today = clock.TodayInChina();
        activity.AddRectificationItem(command.ToDraft(), unit, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(activity, today, cancellationToken);
    }
}
