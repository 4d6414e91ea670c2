namespace DeputyPortal.Domain.Proposals;

/// <summary>
/// The numbers of DESIGN §3 that provinces set differently. Every deadline and threshold of the workflow reads
/// them from here; a township's settings override the defaults.
/// </summary>
public sealed record ProposalRules(
    int MotionMinimumSigners,
    int HandlingMonths,
    int ComplexHandlingMonths,
    int SessionAssignmentMonths,
    int CoUnitInputMonths,
    int ReturnWindowDays,
    int EvaluationWorkingDays,
    int RehandlingMonths,
    int YellowWarningDays,
    int RedWarningDays,
    IReadOnlyList<string> Categories)
{
    public static readonly IReadOnlyList<string> DefaultCategories =
        ["经济发展", "城乡建设", "农业农村", "教育", "医疗卫生", "社会保障", "生态环境", "社会治理", "其他"];

    public static ProposalRules Default { get; } = new(
        MotionMinimumSigners: 5,
        HandlingMonths: 3,
        ComplexHandlingMonths: 6,
        SessionAssignmentMonths: 1,
        CoUnitInputMonths: 1,
        ReturnWindowDays: 10,
        EvaluationWorkingDays: 20,
        RehandlingMonths: 1,
        YellowWarningDays: 30,
        RedWarningDays: 7,
        Categories: DefaultCategories);
}
