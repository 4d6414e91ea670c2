using System.Text.Json.Serialization;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Profiles;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Domain.Reviews;
using DeputyPortal.Domain.Settings;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Application.Settings.Change;

/// <summary>
/// An administrator sets a township's numbers (DESIGN §3: every deadline is a setting, overridable per township).
/// The whole set is sent each time. While the township uses the defaults its version is 0: If-Match "0" creates its
/// row. The ranges and their relations are the domain's rules (SettingInRange, YellowBeforeRed, CategoriesAreDistinct).
/// Each settings group after the proposal numbers (compliance, reviews, voterReports, termStructure, dutyScore) may
/// be left out, which keeps the township's current group.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record ChangeTownshipSettings(
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
    IReadOnlyList<string>? ProposalCategories = null,
    ComplianceRules? Compliance = null,
    ReviewRules? Reviews = null,
    VoterReportRules? VoterReports = null,
    TermStructureTargets? TermStructure = null,
    DutyScoreWeights? DutyScore = null) : ICommand<TownshipSettingsDto>, IVersionedCommand
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }

    [JsonIgnore]
    public uint ExpectedVersion { get; init; }

    public ProposalRules ToRules() => new(
        MotionMinimumSigners, HandlingMonths, ComplexHandlingMonths, SessionAssignmentMonths, CoUnitInputMonths,
        ReturnWindowDays, EvaluationWorkingDays, RehandlingMonths, YellowWarningDays, RedWarningDays,
        (ProposalCategories ?? []).Select(c => c?.Trim() ?? string.Empty).ToList());
}

public sealed class ChangeTownshipSettingsValidator : AbstractValidator<ChangeTownshipSettings>
{
    public ChangeTownshipSettingsValidator() =>
        RuleFor(c => c.ProposalCategories).NotNull().WithErrorCode("Required").WithMessage("{PropertyName}不能为空。").WithName("建议类别");
}

public sealed class ChangeTownshipSettingsHandler(IAppDbContext db) : ICommandHandler<ChangeTownshipSettings, TownshipSettingsDto>
{
    public async ValueTask<TownshipSettingsDto> Handle(ChangeTownshipSettings command, CancellationToken cancellationToken)
    {
        var township = await db.Townships.GetAsync(command.TownshipId, "乡镇", cancellationToken);
        TownshipSettings settings;
        if (await db.StoredSettingsIdAsync(township.Id, cancellationToken) is { } id)
        {
            settings = await db.LoadForChangeAsync<TownshipSettings>(id, command.ExpectedVersion, TownshipSettingsLookup.Resource, cancellationToken);
        }
        else
        {
            // The caller saw the defaults (ETag "0"); anything else is a copy of a row that no longer exists.
            if (command.ExpectedVersion != 0)
            {
                throw new StaleVersionException(TownshipSettingsLookup.Resource);
            }

            settings = TownshipSettings.DefaultsFor(township.Id);
            db.TownshipSettings.Add(settings);
        }

        settings.Change(command.ToRules());
        if (command.Compliance is not null)
        {
            settings.ChangeCompliance(command.Compliance);
        }

        if (command.Reviews is not null)
        {
            settings.ChangeReviews(command.Reviews);
        }

        if (command.VoterReports is not null)
        {
            settings.ChangeVoterReports(command.VoterReports);
        }

        if (command.TermStructure is not null)
        {
            settings.ChangeTermStructure(command.TermStructure);
        }

        if (command.DutyScore is not null)
        {
            settings.ChangeDutyScore(command.DutyScore);
        }

        await db.SaveChangesAsync(cancellationToken);
        return settings.ToDto();
    }
}
