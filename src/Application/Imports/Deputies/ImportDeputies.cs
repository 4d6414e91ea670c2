using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Imports.Deputies;

/// <summary>
/// 导入代表名册: every row is checked first (cells, district, the domain's own rules); one bad row refuses the whole file
/// with every error listed and nothing written. A deputy is known by term, name and birth date: a known one has their
/// profile (and district) brought up to date, so importing the same file again changes nothing.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ImportDeputies(Guid TownshipId, Guid? TermId, SpreadsheetUpload? File)
    : ICommand<ImportSummary>, ITownshipCommand, IImportCommand;

public sealed class ImportDeputiesValidator : AbstractValidator<ImportDeputies>
{
    public ImportDeputiesValidator() => Include(new ImportCommandValidator());
}

public sealed class ImportDeputiesHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ImportDeputies, ImportSummary>
{
    private static readonly DeputyRosterRowValidator RowValidator = new();

    public async ValueTask<ImportSummary> Handle(ImportDeputies command, CancellationToken cancellationToken)
    {
        var term = await ImportTerms.ResolveAsync(db, clock, command.TownshipId, command.TermId, cancellationToken);
        var rows = await ImportSheet.ReadAsync(command.File!, DeputyRoster.Columns, cancellationToken);

        var districts = (await db.ElectoralDistricts.Where(d => d.TermId == term.Id).ToListAsync(cancellationToken))
            .ToDictionary(d => d.Name);
        var existing = (await db.Deputies.Where(d => d.TermId == term.Id).ToListAsync(cancellationToken))
            .ToDictionary(d => (d.Name, d.BirthDate));

        var plan = Validate(rows, districts, existing);
        var summary = Apply(plan);
        await db.SaveChangesAsync(cancellationToken);
        return summary with { TermId = term.Id };
    }

    private static List<PlannedRow> Validate(
        IReadOnlyList<ImportRow> rows, Dictionary<string, ElectoralDistrict> districts, Dictionary<(string, DateOnly), Deputy> existing)
    {
        var errors = new List<ImportError>();
        var plan = new List<PlannedRow>();
        var firstRowOf = new Dictionary<(string, DateOnly), int>();
        foreach (var row in rows)
        {
            var text = DeputyRosterRow.From(row);
            var rowErrors = RowValidator.ErrorsOf(text, row.Number).ToList();
            ElectoralDistrict? district = null;
            if (text.District is not null && !districts.TryGetValue(text.District, out district))
            {
                rowErrors.Add(new ImportError(row.Number, DeputyRoster.District, $"本届没有名为“{text.District}”的选区。"));
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var profile = text.ToProfile();
            var key = (profile.Name, profile.BirthDate);
            if (!firstRowOf.TryAdd(key, row.Number))
            {
                errors.Add(new ImportError(row.Number, DeputyRoster.Name, $"与第{firstRowOf[key]}行是同一名代表（姓名和出生日期相同）。"));
                continue;
            }

            // The domain's own rules decide too: electing the deputy from this row must be allowed.
            Deputy? elected = null;
            if (ImportRowValidation.TryDomain(() => elected = Deputy.Elect(district!, profile), row.Number, DeputyRoster.ColumnOf, errors))
            {
                plan.Add(new PlannedRow(profile, district!, existing.GetValueOrDefault(key), elected!));
            }
        }

        return errors.Count > 0 ? throw new ImportRejectedException([.. errors.OrderBy(e => e.Row)]) : plan;
    }

    private ImportSummary Apply(List<PlannedRow> plan)
    {
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var row in plan)
        {
            if (row.Existing is not { } deputy)
            {
                db.Deputies.Add(row.Elected);
                created++;
            }
            else if (deputy.Profile == row.Profile && deputy.DistrictId == row.District.Id)
            {
                unchanged++;
            }
            else
            {
                deputy.UpdateProfile(row.Profile);
                if (deputy.DistrictId != row.District.Id)
                {
                    deputy.MoveTo(row.District);
                }

                updated++;
            }
        }

        return new ImportSummary(Guid.Empty, created, updated, unchanged);
    }

    private sealed record PlannedRow(DeputyProfile Profile, ElectoralDistrict District, Deputy? Existing, Deputy Elected);
}
