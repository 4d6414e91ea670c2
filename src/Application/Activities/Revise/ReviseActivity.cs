using System.Text.Json.Serialization;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Activities;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Activities.Revise;

/// <summary>Replaces everything recorded for an activity but its rectification items, which change one by one.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ReviseActivity(
    string Title,
    DateOnly StartsOn,
    ActivityKind? Kind = null,
    DateOnly? EndsOn = null,
    string? Place = null,
    string? Findings = null,
    Guid? OrganizingGroupId = null,
    IReadOnlyList<Guid>? SubjectUnitIds = null,
    IReadOnlyList<ParticipantInput>? Participants = null,
    IReadOnlyList<TallyInput>? Tallies = null) : ICommand<ActivityDto>, IVersionedCommand, IActivityFields
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }
}

public sealed class ReviseActivityValidator : AbstractValidator<ReviseActivity>
{
    public ReviseActivityValidator() => Include(new ActivityFieldsValidator());
}

public sealed class ReviseActivityHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ReviseActivity, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(ReviseActivity command, CancellationToken cancellationToken)
    {
        var activity = await db.GetActivityForChangeAsync(command.Id, command.ExpectedVersion, cancellationToken);
        var term = await db.Terms.SingleAsync(t => t.Id == activity.TermId, cancellationToken);
        var today = clock.TodayInChina();
        activity.Revise(term, await db.LoadDraftAsync(command, cancellationToken), today);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(activity, today, cancellationToken);
    }
}
