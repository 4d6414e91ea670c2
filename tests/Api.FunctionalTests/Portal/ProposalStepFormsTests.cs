using System.Net;
using DeputyPortal.Api.FunctionalTests.Proposals;
using DeputyPortal.Api.FunctionalTests.Support;
using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>
/// The proposal page's step forms against the domain's one list of moves: for every account and a spread of states the
/// forms the page renders are exactly the proposal's <c>moves</c> for that account, in the workflow's order, each with
/// the anti-forgery token, followed for the secretary by the steps they may record on someone's behalf (补录); a step the account may not take is refused and changes nothing, as is one posted from a page
/// someone has since changed; a refused step comes back with the messages beside its fields and what was typed kept;
/// and every step can be taken through its form.
/// </summary>
public sealed class ProposalStepFormsTests(PortalFactory portal) : PortalTest(portal), IDisposable
{
    private static readonly string[] Viewers =
        ["admin", "county", "secretary.a", "presidium.a", "deputy.a", "deputy2.a", "unit.a", ProposalFlow.CoUnitOfficer, "secretary.b", "unit.b"];

    private readonly Dictionary<string, HttpClient> _browsers = [];

    private ProposalFlow Flow => new(Portal);

    [Fact]
    public async Task TheFormsOfThePage_AreExactlyTheMovesOfEachViewer_InEveryState()
    {
        var states = await SpreadOfStatesAsync();
        var offered = new HashSet<string>();
        foreach (var (state, proposal) in states)
        {
            foreach (var user in Viewers)
            {
                using var api = await (await As(user)).GetAsync($"/api/v1/proposals/{proposal.Id}");
                var (status, html, forms) = await ProposalStepPage.OpenAsync(await BrowserAsync(user), proposal.Id);
                Assert.True(api.StatusCode == status, $"{state}, {user}: the API answers {(int)api.StatusCode}, the page {(int)status}");
                if (status != HttpStatusCode.OK)
                {
                    Assert.Equal(HttpStatusCode.NotFound, status);
                    continue;
                }

                var json = await api.JsonAsync();
                string[] moves = [.. json.GetProperty("moves").EnumerateArray().Select(m => m.GetString()!)];
                string[] onBehalf = [.. json.GetProperty("onBehalfMoves").EnumerateArray().Select(m => m.GetProperty("move").GetString()!).Distinct()];
                var rendered = forms.Where(f => f.Move is not null).Select(f => f.Move!).ToArray();
                Assert.True(
                    moves.Concat(onBehalf).SequenceEqual(rendered),
                    $"{state}, {user}: moves [{string.Join(", ", moves)}] and on behalf [{string.Join(", ", onBehalf)}] but forms [{string.Join(", ", rendered)}]");
                Assert.All(forms.Where(f => f.Move is not null), f => Assert.True(
                    onBehalf.Contains(f.Move) == f.Body.Contains("代为录入（补录）", StringComparison.Ordinal),
                    $"{state}, {user}: the {f.Move} form {(onBehalf.Contains(f.Move) ? "lacks" : "has")} the on-behalf fields"));
                Assert.All(forms.Where(f => f.Posts), f => Assert.True(f.CarriesAntiforgeryToken, $"{state}, {user}: the {f.Move ?? f.Action} form has no anti-forgery token"));
                Assert.All(forms.Where(f => f.Move is not null), f => Assert.EndsWith($"/proposals/{proposal.Id}?handler={f.Move}", f.Action, StringComparison.Ordinal));
                Assert.Equal(moves.Length == 0, !html.Contains("class=\"card proposal-steps\"", StringComparison.Ordinal));
                offered.UnionWith(rendered);
            }
        }

        // The spread reaches every step of DESIGN §3: each move's form was rendered for someone.
        Assert.Equal(Enum.GetNames<ProposalMove>().Order(), offered.Order());
    }

    [Fact]
    public async Task AStepTheViewerMayNotTake_IsRefused_AndChangesNothing()
    {
        var submitted = await Flow.SubmittedAsync();
        var requested = await Flow.ExtensionRequestedAsync(await Flow.AssignedWithCoUnitOfficerAsync());
        var replied = await Flow.RepliedAsync("A");
        (string User, ProposalHandle Proposal, string Move, Dictionary<string, string> Fields)[] refused =
        [
            ("deputy.a", submitted, "Register", []),
            ("presidium.a", submitted, "Reject", new() { ["Reject.Reason"] = "不属于本级职权范围。" }),
            ("unit.a", submitted, "Assign", new() { ["Assign.LeadUnitId"] = World.A.Units[0].Id.ToString() }),
            ("secretary.b", requested, "Reply", ReplyFields("A")),
            ("presidium.a", requested, "Reply", ReplyFields("A")),
            (ProposalFlow.CoUnitOfficer, requested, "Reply", ReplyFields("A")),
            ("unit.a", requested, "DecideExtension", new() { ["DecideExtension.RequestId"] = ProposalFlow.PendingExtensionId(requested).ToString(), ["DecideExtension.Approve"] = "true" }),
            ("deputy2.a", replied, "Evaluate", new() { ["Evaluate.Rating"] = "Dissatisfied" }),
            ("secretary.b", submitted, "Register", []),
        ];

        foreach (var (user, proposal, move, fields) in refused)
        {
            var before = await Flow.GetAsync(proposal.Id);
            fields["Version"] = before.Json.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var response = await ProposalStepPage.PostAsync(await BrowserAsync(user), proposal.Id, move, fields);

            Assert.True(
                response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
                $"{user} posting {move} on a {before.Status} proposal got {(int)response.StatusCode}");
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var after = await Flow.GetAsync(proposal.Id);
            Assert.Equal(before.Status, after.Status);
            Assert.Equal(before.ETag, after.ETag);
        }
    }

    [Fact]
    public async Task AStepPostedFromAPageSinceChanged_IsRefusedInChinese_AndOverwritesNothing()
    {
        var assigned = await Flow.AssignedAsync();
        var browser = await BrowserAsync("unit.a");
        var (_, _, forms) = await ProposalStepPage.OpenAsync(browser, assigned.Id);
        Assert.Contains(forms, f => f.Move == "Reply");
        await Flow.ActAsync("unit.a", assigned, "progress-notes", new { text = "已现场查看。" }); // someone else, meanwhile

        using var response = await browser.PostAsync($"/proposals/{assigned.Id}?handler=Reply", new FormUrlEncodedContent(
        [
            .. ReplyFields("A"),
            new("Version", assigned.Json.GetProperty("version").GetUInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", TokenOf(forms.First(f => f.Move == "Reply"))),
        ]));

        await response.ShouldBe(HttpStatusCode.OK);
        var reply = ProposalStepPage.FormsIn(await response.Content.ReadAsStringAsync()).Single(f => f.Move == "Reply");
        Assert.Contains("记录已被他人修改，请刷新页面后重新填写。", reply.Body, StringComparison.Ordinal);
        Assert.Contains("经实地查看，镇政府已安排资金修缮机耕道，预计年内完工。", reply.Body, StringComparison.Ordinal); // what was typed is kept
        Assert.Equal("Assigned", (await Flow.GetAsync(assigned.Id)).Status);
    }

    [Fact]
    public async Task ARefusedReply_ShowsEachMessageBesideItsField_AndKeepsWhatWasTyped()
    {
        var assigned = await Flow.AssignedAsync();
        const string text = "已将机耕道修缮列入明年计划。";

        using var response = await ProposalStepPage.TakeAsync(await BrowserAsync("unit.a"), assigned.Id, "Reply",
            [new("Reply.Text", text), new("Reply.SignedBy", ""), new("Reply.Explanation", "资金不足")]);

        await response.ShouldBe(HttpStatusCode.OK);
        var form = ProposalStepPage.FormsIn(await response.Content.ReadAsStringAsync()).Single(f => f.Move == "Reply");
        Assert.Matches("<legend>答复类别</legend>.*<p class=\"error field-error\">答复类别不能为空。</p>\\s*</fieldset>", form.Body.ReplaceLineEndings(" "));
        Assert.Matches("name=\"Reply.SignedBy\"[^>]*/>\\s*<p class=\"error field-error\">签发人不能为空。</p>", form.Body);
        Assert.Contains($">{text}</textarea>", form.Body, StringComparison.Ordinal);
        Assert.Contains(">资金不足</textarea>", form.Body, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", form.Body, StringComparison.Ordinal);
        Assert.Contains("共 2 处", form.Body, StringComparison.Ordinal);
        Assert.Equal("Assigned", (await Flow.GetAsync(assigned.Id)).Status);

        // The address the form posted to, opened again, is the page itself.
        using var reopened = await (await BrowserAsync("unit.a")).GetAsync(form.Action);
        await reopened.ShouldBe(HttpStatusCode.OK);
        Assert.Contains(World.A.Units[0].Name, await reopened.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The class chosen, the rule of the class is the next message, beside the date; what was typed still kept.
        using var again = await ProposalStepPage.TakeAsync(await BrowserAsync("unit.a"), assigned.Id, "Reply",
            [new("Reply.ResultClass", "C"), new("Reply.Text", text), new("Reply.SignedBy", "王主任")]);
        var second = ProposalStepPage.FormsIn(await again.Content.ReadAsStringAsync()).Single(f => f.Move == "Reply");
        Assert.Matches("id=\"Reply_CommittedCompletionOn\"[^>]*/>\\s*<p class=\"error field-error\">B、C类答复必须写明承诺完成日期。</p>", second.Body);
        Assert.Contains("value=\"C\" checked=\"checked\"", second.Body, StringComparison.Ordinal);
        Assert.Contains("value=\"王主任\"", second.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryStep_CanBeTakenThroughItsForm()
    {
        await Flow.CoUnitOfficerAsync();
        var motion = await Flow.DraftAsync(Flow.Motion());
        var id = motion.Id;
        var deputy = await BrowserAsync("deputy.a");
        var secretary = await BrowserAsync("secretary.a");
        var unit = await BrowserAsync("unit.a");
        var coUnit = await BrowserAsync(ProposalFlow.CoUnitOfficer);

        await TakenAsync(deputy, id, "EditDraft", [new("EditDraft.Kind", "Motion"), new("EditDraft.Title", "关于制定茶亭镇村庄清洁办法的议案"), new("EditDraft.Category", "生态环境"), new("EditDraft.Content", "提请审议制定村庄清洁办法。")]);
        var edited = await Flow.GetAsync(id, "deputy.a"); // a draft: private to its signers until submitted
        Assert.Equal("关于制定茶亭镇村庄清洁办法的议案", edited.Json.GetProperty("title").GetString());
        Assert.Equal(4, edited.Json.GetProperty("coSignerDeputyIds").GetArrayLength()); // the co-signers the page showed stay
        await TakenAsync(deputy, id, "Submit", [], "已提交");
        await TakenAsync(secretary, id, "ConvertToSuggestion", [], "已转为建议");
        await TakenAsync(secretary, id, "Register", [], "已立案，编号 18-1-J001。");
        await TakenAsync(secretary, id, "Assign", [new("Assign.LeadUnitId", World.A.Units[0].Id.ToString()), new("Assign.CoUnitIds", World.A.Units[1].Id.ToString()), new("Assign.IsComplex", "true"), new("Assign.SupervisorPresidiumMemberId", World.A.Chair.Id.ToString())], "办理期限 2026-12-15");
        await TakenAsync(coUnit, id, "ProvideCoUnitInput", [new("ProvideCoUnitInput.Input", "建议结合人居环境整治统筹安排。")], "协办意见已送主办单位");
        await TakenAsync(coUnit, id, "AddProgressNote", [new("AddProgressNote.Text", "已配合主办单位现场调研。")], "已记录办理进展");
        await TakenAsync(unit, id, "RequestExtension", [new("RequestExtension.RequestedDueOn", "2027-01-31"), new("RequestExtension.Reason", "需待县级资金下达。")], "延期申请已提交");
        await TakenAsync(secretary, id, "DecideExtension", [new("DecideExtension.Approve", "true"), new("DecideExtension.Comment", "同意。")], "办理期限延至 2027-01-31");
        await TakenAsync(unit, id, "Reply", [new("Reply.ResultClass", "B"), new("Reply.Text", "正在编制整治方案。"), new("Reply.SignedBy", "王主任"), new("Reply.CommittedCompletionOn", ProposalFlow.CommittedCompletionOn)], "已答复（B类）");
        await TakenAsync(deputy, id, "Evaluate", [new("Evaluate.Rating", "Satisfied"), new("Evaluate.Comment", "答复及时。")], "评价已提交");
        await TakenAsync(unit, id, "ReportSolved", [new("ReportSolved.Evidence", "整治方案已印发实施。")], "已报告解决");

        var closed = await Flow.GetAsync(id);
        Assert.Equal("Closed", closed.Status);
        Assert.True(closed.Json.GetProperty("isKey").GetBoolean());
        Assert.True(closed.Json.GetProperty("isExtended").GetBoolean());
        Assert.Equal(
            ["Drafted", "Edited", "Submitted", "ConvertedToSuggestion", "Registered", "Assigned", "CoUnitInputProvided", "ProgressNoted",
             "ExtensionRequested", "ExtensionApproved", "Replied", "Evaluated", "ReportedSolved"],
            ProposalFlow.Actions(closed));

        var submitted = await Flow.SubmittedAsync();
        await TakenAsync(secretary, submitted.Id, "Reject", [new("Reject.Reason", "属于司法程序处理事项。")], "已不予立案");
        Assert.Equal("Rejected", (await Flow.GetAsync(submitted.Id)).Status);

        var assigned = await Flow.AssignedAsync();
        using var returned = await ProposalStepPage.TakeAsync(unit, assigned.Id, "Return", [new("Return.Reason", "不属于本单位职责。")]);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal("/proposals", returned.Headers.Location?.OriginalString); // out of the unit's sight now: back to its list
        Assert.Equal("Registered", (await Flow.GetAsync(assigned.Id)).Status);
        var reassign = await ProposalStepPage.OpenAsync(secretary, assigned.Id);
        Assert.Equal(["Assign"], reassign.Forms.Where(f => f.Move is not null).Select(f => f.Move));
        Assert.Contains("<summary>重新交办</summary>", reassign.Html, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        foreach (var browser in _browsers.Values)
        {
            browser.Dispose();
        }
    }

    /// <summary>Takes the step, follows the redirect back to the page and finds the confirmation there.</summary>
    private static async Task TakenAsync(HttpClient browser, Guid id, string move, IReadOnlyList<KeyValuePair<string, string>> fields, string? notice = null)
    {
        using var response = await ProposalStepPage.TakeAsync(browser, id, move, fields);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            Assert.Fail($"{move} was not taken ({(int)response.StatusCode}): {string.Join(" | ", System.Text.RegularExpressions.Regex.Matches(await response.Content.ReadAsStringAsync(), "<li class=\"error\">([^<]*)</li>").Select(m => m.Groups[1].Value))}");
        }

        Assert.Equal($"/proposals/{id}", response.Headers.Location?.OriginalString);
        var page = await (await browser.GetAsync($"/proposals/{id}")).Content.ReadAsStringAsync();
        Assert.Matches("<p class=\"notice flash\" role=\"status\">[^<]*" + System.Text.RegularExpressions.Regex.Escape(notice ?? string.Empty), page);
    }

    private static Dictionary<string, string> ReplyFields(string resultClass) => new()
    {
        ["Reply.ResultClass"] = resultClass,
        ["Reply.Text"] = "经实地查看，镇政府已安排资金修缮机耕道，预计年内完工。",
        ["Reply.SignedBy"] = "王主任",
    };

    private static string TokenOf(StepForm form) =>
        WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form.Body, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);

    /// <summary>One proposal in each state that offers someone a different set of steps, plus two that offer none.</summary>
    private async Task<List<(string State, ProposalHandle Proposal)>> SpreadOfStatesAsync()
    {
        await Flow.CoUnitOfficerAsync();
        var assigned = await Flow.AssignedWithCoUnitOfficerAsync();
        var followUp = await Flow.EvaluatedAsync(await Flow.RepliedAsync("B"), "Satisfied");
        var rejected = await Flow.ActAsync("secretary.a", await Flow.SubmittedAsync(), "reject", new { reason = "不属于本级职权范围。" });
        var closed = await Flow.ActAsync("unit.a", await Flow.EvaluatedAsync(await Flow.RepliedAsync("B"), "Satisfied"), "report-solved", new { evidence = "已完工。" });
        return
        [
            ("draft", await Flow.DraftAsync()),
            ("submitted", await Flow.SubmittedAsync()),
            ("submitted motion", await Flow.SubmittedAsync(Flow.Motion())),
            ("registered", await Flow.RegisteredAsync()),
            ("assigned with a co-unit", assigned),
            ("extension requested", await Flow.ExtensionRequestedAsync()),
            ("replied", await Flow.RepliedAsync("A")),
            ("follow-up", followUp),
            ("rejected", rejected),
            ("closed", closed),
        ];
    }

    private async Task<HttpClient> BrowserAsync(string user)
    {
        if (!_browsers.TryGetValue(user, out var browser))
        {
            browser = Portal.Browser(followRedirects: false);
            await (await browser.SignInAsync(user, PortalFactory.Password)).ShouldBe(HttpStatusCode.Redirect);
            _browsers[user] = browser;
        }

        return browser;
    }
}
