using System.Net;
using System.Text.RegularExpressions;
using DeputyPortal.Api.FunctionalTests.Support;

namespace DeputyPortal.Api.FunctionalTests.Portal;

/// <summary>One form of the proposal page as the browser gets it: the move it takes (data-move), where it posts, and its inner HTML.</summary>
public sealed record StepForm(string? Move, string Method, string Action, string Body)
{
    public bool Posts => Method.Equals("post", StringComparison.OrdinalIgnoreCase);

    public bool CarriesAntiforgeryToken => Body.Contains("name=\"__RequestVerificationToken\"", StringComparison.Ordinal);

    /// <summary>Whether the form has a field posted under <paramref name="name"/>.</summary>
    public bool HasField(string name) => Body.Contains($"name=\"{name}\"", StringComparison.Ordinal);
}

/// <summary>The proposal page (/proposals/{id}) read and posted as a browser does, through a signed-in cookie client.</summary>
public static partial class ProposalStepPage
{
    public static async Task<(HttpStatusCode Status, string Html, IReadOnlyList<StepForm> Forms)> OpenAsync(HttpClient browser, Guid id)
    {
        using var response = await browser.GetAsync($"/proposals/{id}");
        var html = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, html, FormsIn(html));
    }

    public static IReadOnlyList<StepForm> FormsIn(string html) =>
        [.. Form().Matches(html).Select(m => new StepForm(
            Attribute(m.Groups["attrs"].Value, "data-move"),
            Attribute(m.Groups["attrs"].Value, "method") ?? "get",
            WebUtility.HtmlDecode(Attribute(m.Groups["attrs"].Value, "action") ?? string.Empty),
            m.Groups["body"].Value))];

    /// <summary>
    /// Posts a step to <c>?handler={move}</c> with the fields given and an anti-forgery token of the signed-in page
    /// (the sign-out form carries one on every page, so a step the page does not offer can be tried too).
    /// </summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient browser, Guid id, string move, IDictionary<string, string> fields)
    {
        var (_, html, _) = await OpenAsync(browser, id);
        var form = new List<KeyValuePair<string, string>>(fields)
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)),
        };
        return await browser.PostAsync($"/proposals/{id}?handler={move}", new FormUrlEncodedContent(form));
    }

    /// <summary>
    /// Takes a step through the form the page offers for it, as a browser submits it: the form's hidden fields (the
    /// version shown, the token, what the form carries along) with the fields given, each of which must be one of the form's.
    /// </summary>
    public static async Task<HttpResponseMessage> TakeAsync(HttpClient browser, Guid id, string move, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        var (status, _, forms) = await OpenAsync(browser, id);
        Assert.Equal(HttpStatusCode.OK, status);
        var form = forms.SingleOrDefault(f => f.Move == move) ?? throw new Xunit.Sdk.XunitException($"the page offers no {move} form; it offers {string.Join(", ", forms.Select(f => f.Move))}");
        foreach (var name in fields.Select(f => f.Key).Distinct())
        {
            Assert.True(form.HasField(name), $"the {move} form has no field {name}");
        }

        var hidden = Hidden().Matches(form.Body)
            .Select(m => new KeyValuePair<string, string>(Attribute(m.Value, "name")!, WebUtility.HtmlDecode(Attribute(m.Value, "value") ?? string.Empty)))
            .Where(h => fields.All(f => f.Key != h.Key));
        return await browser.PostAsync(form.Action, new FormUrlEncodedContent([.. hidden, .. fields]));
    }

    private static string? Attribute(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"\b{Regex.Escape(name)}=""([^""]*)""", RegexOptions.IgnoreCase);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("<form(?<attrs>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Form();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex Hidden();
}
