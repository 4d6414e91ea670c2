using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// A column header that sorts its list: <c>&lt;th sort-key="heldOn" sort-current="@Model.CurrentSort"&gt;述职日期&lt;/th&gt;</c>.
/// Its link keeps every filter of the URL and goes back to page 1; a click sorts by the column (descending first, or
/// ascending with <c>sort-first="asc"</c>, for names), a second click reverses it; the arrow and aria-sort say which
/// order is in force. On an <c>&lt;a&gt;</c> it does the same for lists that are not tables.
/// </summary>
[HtmlTargetElement("th", Attributes = KeyAttribute)]
[HtmlTargetElement("a", Attributes = KeyAttribute)]
public sealed class SortHeaderTagHelper(HtmlEncoder encoder) : TagHelper
{
    private const string KeyAttribute = "sort-key";

    [HtmlAttributeName(KeyAttribute)]
    public string Key { get; set; } = string.Empty;

    /// <summary>The sort in force ("heldOn" or "-heldOn"), the list's default when the URL names none.</summary>
    [HtmlAttributeName("sort-current")]
    public string? Current { get; set; }

    /// <summary>"asc" for columns read from A to Z (names, numbers of record); dates and counts start descending.</summary>
    [HtmlAttributeName("sort-first")]
    public string First { get; set; } = "desc";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var ascending = Current == Key;
        var descending = Current == "-" + Key;
        var next = ascending ? "-" + Key : descending ? Key : First == "asc" ? Key : "-" + Key;
        var href = encoder.Encode(PortalQuery.Sorted(ViewContext.HttpContext.Request, next));
        var arrow = ascending ? " ▲" : descending ? " ▼" : string.Empty;
        var label = (await output.GetChildContentAsync()).GetContent();
        var link = $"<a href=\"{href}\" data-sort=\"{encoder.Encode(Key)}\">{label}<span class=\"sort-arrow\" aria-hidden=\"true\">{arrow}</span></a>";

        if (output.TagName == "a")
        {
            output.TagName = null;
            output.Content.SetHtmlContent(ascending || descending ? link.Replace("<a ", "<a aria-current=\"true\" ", StringComparison.Ordinal) : link);
            return;
        }

        if (!output.Attributes.ContainsName("scope"))
        {
            output.Attributes.SetAttribute("scope", "col");
        }

        if (ascending || descending)
        {
            output.Attributes.SetAttribute("aria-sort", ascending ? "ascending" : "descending");
        }

        output.Content.SetHtmlContent(link);
    }
}
