namespace DeputyPortal.Api.Pages.Proposals.Steps;

/// <summary>
/// A deputy's or unit's step, which the secretary may also record on their behalf (补录) with the date it happened;
/// the fields stay empty when someone takes their own step.
/// </summary>
public abstract class RecordableStepInput
{
    public DateOnly? OccurredOn { get; set; }
}

/// <summary>A unit's step; recorded on behalf, it names which of the proposal's units took it.</summary>
public abstract class UnitStepInput : RecordableStepInput
{
    public Guid? ForUnitId { get; set; }
}
