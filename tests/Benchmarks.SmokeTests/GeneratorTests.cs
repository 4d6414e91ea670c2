using DeputyPortal.Benchmarks.Generation;
using DeputyPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Benchmarks.SmokeTests;

public sealed class GeneratorTests(TownScaleDatabase database) : IClassFixture<TownScaleDatabase>
{
    [Fact]
    public async Task TownScale_SatisfiesEveryDomainRule()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        var violations = await new GeneratedDataValidator(db).ValidateAsync(CancellationToken.None);

        Assert.Empty(violations);
    }

    [Fact]
    public async Task TownScale_HasTheDocumentedShape()
    {
        await using var db = BenchmarkDatabase.CreateContext(database.ConnectionString, SystemUser.Instance);

        Assert.Equal(1, await db.Townships.CountAsync());
        Assert.Equal(Scale.TermsPerTownship, await db.Terms.CountAsync());
        Assert.Equal(Scale.Town.Deputies, await db.Deputies.CountAsync());
        Assert.Equal(Scale.Town.Constituents, await db.Constituents.CountAsync());
        Assert.Equal(Scale.TermsPerTownship * Scale.PresidiumSize, await db.PresidiumMembers.CountAsync());
        Assert.Equal(Scale.TermsPerTownship * Scale.GroupsPerTerm, await db.RepresentativeGroups.CountAsync());
        Assert.Equal(Scale.HandlingUnitsPerTownship, await db.HandlingUnits.CountAsync());
        Assert.All(await db.ElectoralDistricts.GroupBy(d => d.TermId).Select(g => g.Sum(d => d.Seats)).ToListAsync(),
            seats => Assert.Equal(Scale.DeputiesPerTerm, seats));
    }

    [Fact]
    public void Generator_IsDeterministic()
    {
        var first = new CountyGenerator().GenerateTownship(3);
        var second = new CountyGenerator().GenerateTownship(3);

        Assert.Equal(first.Deputies.Select(d => (d.Name, d.BirthDate, d.Party)), second.Deputies.Select(d => (d.Name, d.BirthDate, d.Party)));
        Assert.Equal(first.Constituents.Select(c => c.Phone), second.Constituents.Select(c => c.Phone));
    }
}
