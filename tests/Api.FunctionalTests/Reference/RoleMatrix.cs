using System.Net;

namespace DeputyPortal.Api.FunctionalTests.Reference;

/// <summary>The accounts of the baseline world that may read township A's reference data but not write it.</summary>
internal static class RoleMatrix
{
    public static readonly IReadOnlyList<string> AllButSecretary = ["county", "admin", "presidium.a", "deputy.a", "unit.a"];

    public static readonly IReadOnlyList<string> AllButAdmin = ["county", "secretary.a", "presidium.a", "deputy.a", "unit.a"];

    /// <summary>Asserts 403 and says which account and action were let through.</summary>
    public static async Task ShouldBeForbiddenFor(this HttpResponseMessage response, string userName, string action)
    {
        if (response.StatusCode != HttpStatusCode.Forbidden)
        {
            Assert.Fail($"{action} as {userName}: expected 403, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
