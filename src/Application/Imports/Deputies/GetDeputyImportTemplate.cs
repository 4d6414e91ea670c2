using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Imports.Deputies;

/// <summary>代表名册导入模板: the header row, one example row (with a real district of the current term when there is one) and a sheet of allowed values.</summary>
[Authorize(Roles.TownshipSecretary)]
public sealed record GetDeputyImportTemplate(Guid TownshipId) : IQuery<SpreadsheetFile>;

public sealed class GetDeputyImportTemplateHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<GetDeputyImportTemplate, SpreadsheetFile>
{
    public async ValueTask<SpreadsheetFile> Handle(GetDeputyImportTemplate query, CancellationToken cancellationToken)
    {
        var township = await db.Townships.GetAsync(query.TownshipId, "乡镇", cancellationToken);
        var term = await ImportTerms.CurrentOrDefaultAsync(db, clock, township.Id, cancellationToken);
        var district = term is null
            ? null
            : await db.ElectoralDistricts.Where(d => d.TermId == term.Id).OrderBy(d => d.Name).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken);

        var example = new Dictionary<string, object?>
        {
            [DeputyRoster.Name] = "张三",
            [DeputyRoster.Gender] = Gender.Male.Label(),
            [DeputyRoster.BirthDate] = "1975-03-01",
            [DeputyRoster.Ethnicity] = "汉族",
            [DeputyRoster.Party] = PartyAffiliation.CpcMember.Label(),
            [DeputyRoster.Occupation] = OccupationCategory.Farmer.Label(),
            [DeputyRoster.Education] = Education.HighSchool.Label(),
            [DeputyRoster.District] = district ?? "第一选区",
            [DeputyRoster.Phone] = "13800000000",
            [DeputyRoster.Reelected] = "否",
            [DeputyRoster.CountyDeputy] = "否",
        };
        var allowed = new (string Column, IEnumerable<string> Values)[]
        {
            (DeputyRoster.Gender, EnumLabels.All<Gender>()),
            (DeputyRoster.BirthDate, ["yyyy-MM-dd，或 Excel 日期"]),
            (DeputyRoster.Party, EnumLabels.All<PartyAffiliation>()),
            (DeputyRoster.Occupation, EnumLabels.All<OccupationCategory>()),
            (DeputyRoster.Education, EnumLabels.All<Education>()),
            (DeputyRoster.District, ["本届已登记的选区名称"]),
            (DeputyRoster.Phone, ["11位手机号码或带区号的固定电话，可不填"]),
            (DeputyRoster.Reelected, ["是、否"]),
            (DeputyRoster.CountyDeputy, ["是、否"]),
        };
        return ImportTemplates.Build($"{township.Name}代表名册导入模板.xlsx", "代表名册", example, allowed);
    }
}
