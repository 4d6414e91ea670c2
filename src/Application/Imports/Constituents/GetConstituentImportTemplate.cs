using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Deputies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Imports.Constituents;

/// <summary>选民/联系户导入模板: the header row, one example row (naming a real serving deputy of the current term when there is one) and a sheet of allowed values.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record GetConstituentImportTemplate(Guid TownshipId) : IQuery<SpreadsheetFile>;

public sealed class GetConstituentImportTemplateHandler(IAppDbContext db, TimeProvider clock)
    : IQueryHandler<GetConstituentImportTemplate, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(GetConstituentImportTemplate query, CancellationToken cancellationToken)
    {
        var township = await db.Townships.GetAsync(query.TownshipId, "乡镇", cancellationToken);
        var term = await ImportTerms.CurrentOrDefaultAsync(db, clock, township.Id, cancellationToken);
        var deputy = term is null
            ? null
            : await db.Deputies.Where(d => d.TermId == term.Id && d.Status == DeputyStatus.Serving)
                .OrderBy(d => d.Name).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);

        var example = new Dictionary<string, object?>
        {
            [ConstituentRoster.Name] = "李四",
            [ConstituentRoster.Kind] = ConstituentKind.Voter.Label(),
            [ConstituentRoster.Village] = "示例村",
            [ConstituentRoster.Address] = "示例村一组8号",
            [ConstituentRoster.Phone] = "13900000000",
            [ConstituentRoster.Deputy] = deputy ?? "张三",
        };
        var allowed = new (string Column, IEnumerable<string> Values)[]
        {
            (ConstituentRoster.Kind, EnumLabels.All<ConstituentKind>()),
            (ConstituentRoster.Village, ["所在村（居）委会或社区"]),
            (ConstituentRoster.Address, ["可不填"]),
            (ConstituentRoster.Phone, ["11位手机号码或带区号的固定电话，可不填"]),
            (ConstituentRoster.Deputy, ["本届在任代表的姓名"]),
        };
        return ImportTemplates.Build($"{township.Name}选民联系户导入模板.xlsx", "选民联系户", example, allowed);
    }
}
