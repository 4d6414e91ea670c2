using System.Text.Json.Serialization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Activities.Rectification;

/// <summary>Changes a rectification item: its text, unit, due date, or its progress up to 已整改 (with date and evidence).</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ChangeRectificationItem(
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
    public Guid ItemId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ChangeRectificationItemValidator : AbstractValidator<ChangeRectificationItem>
{
    public ChangeRectificationItemValidator() => Include(new RectificationFieldsValidator());
}

public sealed class ChangeRectificationItemHandler(IAppDbContext db, TimeProvider clock)
    : ICommandHandler<ChangeRectificationItem, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(ChangeRectificationItem command, CancellationToken cancellationToken)
    {
        var activity = await db.GetActivityForChangeAsync(command.ActivityId, command.ExpectedVersion, cancellationToken);
        if (activity.RectificationItems.All(r => r.Id != command.ItemId))
        {
            throw new NotFoundException("整改事项", command.ItemId);
        }

        var unit = await db.LoadResponsibleUnitAsync(command.ResponsibleUnitId, cancellationToken);
        var today = clock.TodayInChina();
        activity.ChangeRectificationItem(command.ItemId, command.ToDraft(), unit, today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(activity, today, cancellationToken);
    }
}
