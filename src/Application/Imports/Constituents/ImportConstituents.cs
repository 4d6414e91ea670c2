using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Imports.Constituents;

/// <summary>
/// 导入选民/联系户: every row is checked first (cells, the deputy named in 联系代表 among the term's deputies, the domain's
/// rules); one bad row refuses the whole file with every error listed and nothing written. A constituent is known by
/// township, village, name and phone: a known one is updated (kind, address, deputy), so a re-import changes nothing.
/// </summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record ImportConstituents(Guid TownshipId, Guid? TermId, SpreadsheetUpload? File)
    : ICommand<ImportSummary>, ITownshipCommand, IImportCommand;

public sealed class ImportConstituentsValidator : AbstractValidator<ImportConstituents>
{
    public ImportConstituentsValidator() => Include(new ImportCommandValidator());
}

public sealed class ImportConstituentsHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<ImportConstituents, ImportSummary>
{
    private static readonly ConstituentRosterRowValidator RowValidator = new();

    public async ValueTask<ImportSummary> Handle(ImportConstituents command, CancellationToken cancellationToken)
    {
        var term = await ImportTerms.ResolveAsync(db, clock, command.TownshipId, command.TermId, cancellationToken);
        var rows = await ImportSheet.ReadAsync(command.File!, ConstituentRoster.Columns, cancellationToken);

        var deputiesByName = (await db.Deputies.Where(d => d.TermId == term.Id).ToListAsync(cancellationToken)).ToLookup(d => d.Name);
        var existing = (await db.Constituents.Where(c => c.TownshipId == command.TownshipId).ToListAsync(cancellationToken))
            .ToDictionary(c => new NaturalKey(c.Village, c.Name, c.Phone));

        var plan = Validate(rows, deputiesByName, existing);
        var summary = Apply(plan);
        await db.SaveChangesAsync(cancellationToken);
        return summary with { TermId = term.Id };
    }

    private static List<PlannedRow> Validate(
        IReadOnlyList<ImportRow> rows, ILookup<string, Deputy> deputiesByName, Dictionary<NaturalKey, Constituent> existing)
    {
        var errors = new List<ImportError>();
        var plan = new List<PlannedRow>();
        var firstRowOf = new Dictionary<NaturalKey, int>();
        foreach (var row in rows)
        {
            var text = ConstituentRosterRow.From(row);
            var rowErrors = RowValidator.ErrorsOf(text, row.Number).ToList();
            Deputy? deputy = null;
            if (text.Deputy is not null)
            {
                var named = deputiesByName[text.Deputy].ToList();
                deputy = named.Count == 1 ? named[0] : null;
                if (named.Count != 1)
                {
                    rowErrors.Add(new ImportError(
                        row.Number,
                        ConstituentRoster.Deputy,
                        named.Count == 0 ? $"本届没有名为“{text.Deputy}”的代表。" : $"本届有{named.Count}名代表名为“{text.Deputy}”，无法确定联系代表，请逐条指定。"));
                }
            }

            if (rowErrors.Count > 0)
            {
                errors.AddRange(rowErrors);
                continue;
            }

            var kind = EnumLabels.TryParse<ConstituentKind>(text.Kind, out var parsed) ? parsed : throw new InvalidOperationException("类别 was validated above.");
            var key = new NaturalKey(text.Village!, text.Name!, text.Phone);
            if (!firstRowOf.TryAdd(key, row.Number))
            {
                errors.Add(new ImportError(row.Number, ConstituentRoster.Name, $"与第{firstRowOf[key]}行是同一人（村（社区）、姓名和手机号码相同）。"));
                continue;
            }

            // The domain's own rules decide too: assigning this person to the deputy must be allowed (e.g. a serving deputy).
            Constituent? assigned = null;
            if (ImportRowValidation.TryDomain(
                () => assigned = Constituent.AssignTo(deputy!, text.Name!, kind, text.Village!, text.Address, text.Phone),
                row.Number,
                ConstituentRoster.ColumnOf,
                errors))
            {
                plan.Add(new PlannedRow(assigned!, deputy!, existing.GetValueOrDefault(key)));
            }
        }

        return errors.Count > 0 ? throw new ImportRejectedException([.. errors.OrderBy(e => e.Row)]) : plan;
    }

    private ImportSummary Apply(List<PlannedRow> plan)
    {
        var (created, updated, unchanged) = (0, 0, 0);
        foreach (var (row, deputy, existing) in plan)
        {
            if (existing is null)
            {
                db.Constituents.Add(row);
                created++;
            }
            else if (existing.Kind == row.Kind && existing.Address == row.Address && existing.DeputyId == deputy.Id)
            {
                unchanged++;
            }
            else
            {
                existing.Update(row.Name, row.Kind, row.Village, row.Address, row.Phone);
                if (existing.DeputyId != deputy.Id)
                {
                    existing.Reassign(deputy);
                }

                updated++;
            }
        }

        return new ImportSummary(Guid.Empty, created, updated, unchanged);
    }

    private sealed record NaturalKey(string Village, string Name, string? Phone);

    private sealed record PlannedRow(Constituent Row, Deputy Deputy, Constituent? Existing);
}
