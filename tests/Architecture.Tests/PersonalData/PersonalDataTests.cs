using System.Reflection;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Domain.Auditing;

namespace DeputyPortal.Architecture.Tests.PersonalData;

/// <summary>Personal data leaves the application only as <see cref="PersonalText"/>, so the one rule always applies.</summary>
public sealed class PersonalDataTests
{
    private static readonly Assembly Application = typeof(DeputyPortal.Application.DependencyInjection).Assembly;
    private static readonly Assembly Api = typeof(Program).Assembly;

    /// <summary>
    /// Where answers come from. A new source of answers is one more line, named by assembly and namespace; the OData
    /// entity sets, for instance: <c>["OData", ResponseTypes.InNamespace(Api, "DeputyPortal.Api.OData")]</c>.
    /// </summary>
    public static TheoryData<string, Type[]> AnswerSources => new()
    {
        { "handler answers", ResponseTypes.AnsweredByHandlersIn(Application).ToArray() },
        { "OData", ResponseTypes.InNamespace(Application, "DeputyPortal.Application.OData").ToArray() },
        { "OData sets", FeedSetRows() },
        { "endpoint answers", ResponseTypes.InNamespace(Api, "DeputyPortal.Api.Endpoints").Concat(ResponseTypes.InNamespace(Api, "DeputyPortal.Api.Http")).ToArray() },
    };

    /// <summary>The row type of every set the feed answers (each action's <c>ODataQueryOptions&lt;TRow&gt;</c>), wherever it is declared.</summary>
    private static Type[] FeedSetRows() =>
        typeof(DeputyPortal.Api.OData.FeedController).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => m.GetParameters()[0].ParameterType.GetGenericArguments()[0])
            .ToArray();

    [Fact]
    public void FeedSetRows_IncludeTheComputedSets() =>
        Assert.Contains(typeof(DeputyPortal.Application.Proposals.Statistics.ProposalYearStatistics), FeedSetRows());

    [Theory]
    [MemberData(nameof(AnswerSources))]
    public void EveryPersonalDataProperty_OfAnAnswer_IsPersonalText(string source, Type[] roots)
    {
        Assert.NotEmpty(roots);

        var violations = PersonalDataContract.PlainStringViolations(roots);

        Assert.True(violations.Count == 0, $"{source}: personal data as plain strings (use PersonalText): {string.Join(", ", violations)}");
    }

    [Fact]
    public void HandlerAnswers_IncludeTheRecordsThatCarryPersonalData()
    {
        var reachable = ResponseTypes.ReachableFrom(ResponseTypes.AnsweredByHandlersIn(Application));

        Assert.Contains(typeof(DeputyPortal.Application.Deputies.DeputyDto), reachable);
        Assert.Contains(typeof(DeputyPortal.Application.Constituents.ConstituentDto), reachable);
        Assert.Contains(typeof(DeputyPortal.Application.Me.MyDeputyDto), reachable);
    }

    /// <summary>The computed compliance sets of the feed are among the OData roots the check above reads.</summary>
    [Fact]
    public void ODataRoots_IncludeTheComplianceSets()
    {
        var roots = ResponseTypes.InNamespace(Application, "DeputyPortal.Application.OData").ToList();

        Assert.Contains(typeof(DeputyPortal.Application.OData.QuarterlyComplianceItem), roots);
        Assert.Contains(typeof(DeputyPortal.Application.OData.DeputyComplianceItem), roots);
        Assert.Contains(typeof(DeputyPortal.Application.OData.TermStructureItem), roots);
        Assert.DoesNotContain(
            typeof(DeputyPortal.Application.OData.TermStructureItem).GetProperties(),
            p => p.Name.Contains("Birth", StringComparison.Ordinal) || PersonalDataContract.IsPersonalDataName(p.Name));
    }

    [Fact]
    public void TheCheck_FindsAPlainStringPhone_NestedInAPagedAnswer()
    {
        var violations = PersonalDataContract.PlainStringViolations([typeof(LeakyPage)]);

        Assert.Equal(
            [$"{typeof(LeakyRow).FullName}.HomeAddress", $"{typeof(LeakyRow).FullName}.MobilePhones", $"{typeof(LeakyRow).FullName}.Phone"],
            violations);
    }

    [Theory]
    [InlineData("Phone", true)]
    [InlineData("ContactTel", true)]
    [InlineData("IdNumber", true)]
    [InlineData("IdCardNumber", true)]
    [InlineData("Address", true)]
    [InlineData("EmailAddress", false)]
    [InlineData("IpAddress", false)]
    [InlineData("Title", false)]
    [InlineData("Telling", false)]
    [InlineData("BirthDate", false)]
    public void PersonalDataNames(string name, bool personal) =>
        Assert.Equal(personal, PersonalDataContract.IsPersonalDataName(name));

    [Fact]
    public void PersonalText_GivesItsValueOnlyThroughTheRule()
    {
        var type = typeof(PersonalText);
        var stringProperties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string));
        var stringMethods = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => m.ReturnType == typeof(string))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

        Assert.Empty(stringProperties);
        Assert.Equal([nameof(PersonalText.Masked), nameof(PersonalText.ShownTo), nameof(ToString)], stringMethods);
    }

    /// <summary>The audit's before/after values are kept for accountability and are not answered to anyone.</summary>
    [Fact]
    public void NoAnswer_CarriesAuditEntries()
    {
        var reachable = ResponseTypes.ReachableFrom(ResponseTypes.AnsweredByHandlersIn(Application));

        Assert.DoesNotContain(typeof(AuditEntry), reachable);
    }

    private sealed record LeakyPage(IReadOnlyList<LeakyRow> Items, int Page);

    private sealed record LeakyRow(string Name, string? Phone, string HomeAddress, IReadOnlyList<string> MobilePhones, PersonalText? Mobile, string EmailAddress);
}
