using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Proposals;

/// <summary>A proposal as a test holds it: its id, the ETag of the last answer, and that answer.</summary>
public sealed record ProposalHandle(Guid Id, string ETag, JsonElement Json)
{
    public string Status => Json.GetProperty("status").GetString()!;

    public static async Task<ProposalHandle> FromAsync(HttpResponseMessage response)
    {
        var json = await response.JsonAsync();
        return new ProposalHandle(json.GetProperty("id").GetGuid(), response.ETag(), json);
    }
}

/// <summary>
/// Drives proposals through the API the way users do, so a test can start from any state of the workflow.
/// Each step asserts it succeeded; <see cref="TryAsync"/> returns the raw answer for steps a test expects to fail.
/// </summary>
public sealed partial class ProposalFlow(PortalFactory portal)
{
    private TestWorld World => portal.World;

    public Task<HttpClient> As(string userName) => portal.ClientForAsync(userName);

    /// <summary>A suggestion of deputy.a of township A, raised at the term's first session.</summary>
    public object Suggestion(string title = "关于修缮茶亭村机耕道的建议", Guid? sessionId = null, string category = "农业农村") => new
    {
        termId = World.A.Term.Id,
        sessionId = sessionId ?? World.A.Session.Id,
        kind = "Suggestion",
        title,
        content = "茶亭村三组至五组机耕道年久失修，雨季无法通行，建议镇政府安排资金修缮。",
        category,
    };

    /// <summary>
    /// A suggestion of deputy.a that the secretary records from paper: a draft is private to its signers and whoever
    /// wrote it (issue 15 §7), so this is the draft secretary.a may see and act on.
    /// </summary>
    public async Task<ProposalHandle> PaperDraftAsync(string title = "关于增设茶亭街路灯的建议") => await DraftAsync(new
    {
        termId = World.A.Term.Id,
        sessionId = World.A.Session.Id,
        kind = "Suggestion",
        title,
        content = "茶亭街夜间照明不足，建议增设路灯。",
        category = "农业农村",
        leadDeputyId = World.A.Deputy.Id,
    }, user: "secretary.a");

    /// <summary>A motion led by deputy.a with <paramref name="signers"/> deputies in all (lead included).</summary>
    public object Motion(int signers = 5) => new
    {
        termId = World.A.Term.Id,
        sessionId = World.A.Session.Id,
        kind = "Motion",
        title = "关于制定茶亭镇农村人居环境整治办法的议案",
        content = "为巩固农村人居环境整治成果，提请镇人民代表大会审议制定整治办法。",
        category = "生态环境",
        coSignerDeputyIds = World.A.Deputies.Skip(1).Take(signers - 1).Select(d => d.Id).ToArray(),
    };

    public async Task<ProposalHandle> DraftAsync(object? body = null, string user = "deputy.a")
    {
        var client = await As(user);
        var response = await client.PostAsJsonAsync("/api/v1/proposals", body ?? Suggestion());
        await response.ShouldBe(HttpStatusCode.Created);
        return await ProposalHandle.FromAsync(response);
    }

    public async Task<ProposalHandle> SubmittedAsync(object? body = null) => await ActAsync("deputy.a", await DraftAsync(body), "submit");

    public async Task<ProposalHandle> RegisteredAsync(object? body = null) => await ActAsync("secretary.a", await SubmittedAsync(body), "register");

    /// <summary>Assigned today (2026-06-15) to township A's first unit (unit.a's) as lead, optionally with the second as co-unit.</summary>
    public async Task<ProposalHandle> AssignedAsync(object? body = null, bool withCoUnit = false, bool complex = false) =>
        await ActAsync("secretary.a", await RegisteredAsync(body), "assign", new
        {
            leadUnitId = World.A.Units[0].Id,
            coUnitIds = withCoUnit ? new[] { World.A.Units[1].Id } : [],
            isComplex = complex,
        });

    /// <summary>Takes a step that must succeed: POST /proposals/{id}/{action} with the current ETag.</summary>
    public async Task<ProposalHandle> ActAsync(string user, ProposalHandle proposal, string action, object? body = null)
    {
        var response = await TryAsync(user, proposal, action, body);
        await response.ShouldBe(HttpStatusCode.OK);
        return await ProposalHandle.FromAsync(response);
    }

    public async Task<HttpResponseMessage> TryAsync(string user, ProposalHandle proposal, string action, object? body = null)
    {
        var client = await As(user);
        return await client.SendJsonAsync(HttpMethod.Post, $"/api/v1/proposals/{proposal.Id}/{action}", body ?? new { }, proposal.ETag);
    }

    public async Task<ProposalHandle> GetAsync(Guid id, string user = "secretary.a")
    {
        var response = await (await As(user)).GetAsync($"/api/v1/proposals/{id}");
        await response.ShouldBe(HttpStatusCode.OK);
        return await ProposalHandle.FromAsync(response);
    }
}
