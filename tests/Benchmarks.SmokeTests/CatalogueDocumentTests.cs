using DeputyPortal.Benchmarks.Catalogue;

namespace DeputyPortal.Benchmarks.SmokeTests;

/// <summary>The catalogue run reads docs/odata.md's ready queries; it must find all of them, with SQL for the record sets.</summary>
public sealed class CatalogueDocumentTests
{
    [Fact]
    public void Catalogue_ReadsEveryReadyQueryOfTheDocs_AndHasSqlForTheRecordSets()
    {
        var queries = CatalogueDocument.Read(CatalogueDocument.Locate());

        Assert.Equal(Enumerable.Range(1, 17).Select(i => $"Q{i}"), queries.Select(q => q.Id));
        Assert.All(queries, q => Assert.StartsWith("/odata/", q.Url, StringComparison.Ordinal));
        Assert.All(Enumerable.Range(1, 12), i => Assert.True(CatalogueSql.Queries.ContainsKey($"Q{i}"), $"Q{i} has no SQL"));
    }
}
