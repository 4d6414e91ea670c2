using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Common.Validation;
using DeputyPortal.Domain.Activities;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Activities.Record;

/// <summary>Records an activity of the township in one of its terms; a term of another township is not found.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record RecordActivity(
    Guid TownshipId,
    Guid TermId,
    string Title,
    DateOnly StartsOn,
    ActivityKind? Kind = null,
    DateOnly? EndsOn = null,
    string? Place = null,
    string? Findings = null,
    Guid? OrganizingGroupId = null,
    IReadOnlyList<Guid>? SubjectUnitIds = null,
    IReadOnlyList<ParticipantInput>? Participants = null,
    IReadOnlyList<TallyInput>? Tallies = null) : ICommand<ActivityDto>, ITownshipCommand, IActivityFields;

public sealed class RecordActivityValidator : AbstractValidator<RecordActivity>
{
    public RecordActivityValidator()
    {
        RuleFor(c => c.TownshipId).RequiredId().WithName("乡镇");
        RuleFor(c => c.TermId).RequiredId().WithName("届");
        Include(new ActivityFieldsValidator());
    }
}

public sealed class RecordActivityHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<RecordActivity, ActivityDto>
{
    public async ValueTask<ActivityDto> Handle(RecordActivity command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.GetAsync(command.TermId, "届", cancellationToken);
        if (term.TownshipId != command.TownshipId)
        {
            throw new Common.Exceptions.NotFoundException("届", command.TermId);
        }

        var today = clock.TodayInChina();
        var activity = Activity.Record(term, await db.LoadDraftAsync(command, cancellationToken), today);
        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ToDtoAsync(activity, today, cancellationToken);
    }
}
