using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// The messages beside one field: <c>&lt;field-errors for="HeldOn" /&gt;</c> shows each ModelState error of that key
/// and of the keys inside it ("Rows[2]" also shows "Rows[2].LeaveReason") as <c>p.error.field-error</c>.
/// </summary>
[HtmlTargetElement("field-errors", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorsTagHelper(HtmlEncoder encoder) : TagHelper
{
    public string For { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var messages = ViewContext.ModelState
            .Where(e => e.Key == For || e.Key.StartsWith(For + "[", StringComparison.Ordinal) || e.Key.StartsWith(For + ".", StringComparison.Ordinal))
            .SelectMany(e => e.Value?.Errors.Select(error => error.ErrorMessage) ?? [])
            .Distinct();
        output.Content.SetHtmlContent(string.Concat(messages.Select(m => $"<p class=\"error field-error\">{encoder.Encode(m)}</p>")));
    }
}

/// <summary>
/// The form's summary, shown when anything was refused: <c>&lt;form-errors /&gt;</c> announces (role=alert) that
/// nothing was saved and lists every message at once; each also stands beside its field.
/// </summary>
[HtmlTargetElement("form-errors", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FormErrorsTagHelper(HtmlEncoder encoder) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var messages = ViewContext.ModelState.Values.SelectMany(e => e.Errors.Select(error => error.ErrorMessage)).Distinct().ToList();
        if (messages.Count == 0)
        {
            return;
        }

        var items = string.Concat(messages.Select(m => $"<li class=\"error\">{encoder.Encode(m)}</li>"));
        output.Content.SetHtmlContent(
            $"<div class=\"error-summary\" role=\"alert\"><p class=\"error\">未保存，请按提示修改后再提交（共 {messages.Count} 处）：</p><ul>{items}</ul></div>");
    }
}
