using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>A contact ledger entry as a test holds it: its id, the ETag of the last answer, and that answer.</summary>
public sealed record ContactHandle(Guid Id, string ETag, JsonElement Json)
{
    /// <summary>The id of the concern with the given text (concerns have no order of their own).</summary>
    public Guid ConcernId(string text) =>
        Json.GetProperty("concerns").EnumerateArray().Single(c => c.GetProperty("text").GetString() == text).GetProperty("id").GetGuid();

    public static async Task<ContactHandle> FromAsync(HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return new ContactHandle(json.GetProperty("id").GetGuid(), response.ETag(), json);
    }
}

/// <summary>Contacts with constituents (联系选民记录) and the concerns raised there, which may become proposals.</summary>
public sealed partial class ProposalFlow
{
    public const string RoadConcern = "茶亭村三组机耕道雨季无法通行";

    public const string LampConcern = "村口路灯损坏多日无人维修";

    /// <summary>A visit by deputy.a to two of their own constituents on 2026-06-10, raising two concerns.</summary>
    public object Contact(string contactedOn = "2026-06-10", string channel = "Visit", Guid? deputyId = null, IEnumerable<Guid>? constituentIds = null) => new
    {
        contactedOn,
        channel,
        constituentIds = (constituentIds ?? World.A.ConstituentsOf(World.A.Deputy).Take(2).Select(c => c.Id)).ToArray(),
        summary = "走访茶亭村三组，听取群众对村组道路和公共设施的意见。",
        concerns = new[] { RoadConcern, LampConcern },
        deputyId,
    };

    public async Task<ContactHandle> LogContactAsync(object? body = null, string user = "deputy.a")
    {
        var response = await (await As(user)).PostAsJsonAsync("/api/v1/constituent-contacts", body ?? Contact());
        await response.ShouldBe(HttpStatusCode.Created);
        return await ContactHandle.FromAsync(response);
    }

    public async Task<ContactHandle> GetContactAsync(Guid id, string user = "secretary.a")
    {
        var response = await (await As(user)).GetAsync($"/api/v1/constituent-contacts/{id}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await ContactHandle.FromAsync(response);
    }

    /// <summary>POST …/concerns/{concernId}/proposal: the raw answer, for tests that expect a refusal.</summary>
    public async Task<HttpResponseMessage> TryConcernToProposalAsync(
        ContactHandle contact, Guid concernId, object? body = null, string user = "deputy.a") =>
        await (await As(user)).PostAsJsonAsync(
            $"/api/v1/constituent-contacts/{contact.Id}/concerns/{concernId}/proposal",
            body ?? new { title = "关于修缮茶亭村三组机耕道的建议", category = "农业农村" });

    public async Task<ProposalHandle> ConcernToProposalAsync(ContactHandle contact, Guid concernId, object? body = null, string user = "deputy.a")
    {
        var response = await TryConcernToProposalAsync(contact, concernId, body, user);
        await response.ShouldBe(HttpStatusCode.Created);
        return await ProposalHandle.FromAsync(response);
    }
}
