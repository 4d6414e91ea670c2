using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Portal;

/// <summary>
/// A page with a form. When the application refuses what it sent (validation or a domain rule),
/// <see cref="PortalPageFilter"/> puts every message into ModelState under the field it names
/// (<see cref="FieldFor"/>), lets the page load again what it shows (<see cref="ReloadAfterErrorsAsync"/>) without
/// touching the bound fields, and shows the page again with what was typed.
/// </summary>
public abstract class PortalPageModel : PageModel
{
    /// <summary>The row-by-row errors of a spreadsheet the application refused as a whole (nothing was written).</summary>
    public IReadOnlyList<DeputyPortal.Application.Common.Exceptions.ImportError> ImportErrors { get; set; } = [];

    /// <summary>Loads the choices and read-only parts of the page after a refused form; the bound fields keep what was typed.</summary>
    public virtual Task ReloadAfterErrorsAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// The ModelState key a request's field is shown under: "heldOn" or "HeldOn" → "HeldOn" when the page binds that
    /// field, "" (the form as a whole) when it does not.
    /// </summary>
    public virtual string FieldFor(string propertyPath)
    {
        var key = string.Join('.', propertyPath.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(s => char.ToUpperInvariant(s[0]) + s[1..]));
        return key.Length > 0 && BindsProperty(key.Split('[', '.')[0]) ? key : string.Empty;
    }

    protected bool BindsProperty(string name)
    {
        var property = GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        return property is not null
            && (property.IsDefined(typeof(BindPropertyAttribute)) || GetType().IsDefined(typeof(BindPropertiesAttribute)));
    }
}
