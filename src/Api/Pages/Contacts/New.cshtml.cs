using System.Text.Json;
using DeputyPortal.Api.Security;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Constituents;
using DeputyPortal.Application.Contacts.Log;
using DeputyPortal.Application.Me;
using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Contacts;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DeputyPortal.Api.Pages.Contacts;

/// <summary>
/// 登记联系选民: one screen for a deputy to log a contact from a phone. The page only gathers the form and sends
/// <see cref="LogConstituentContact"/>; the rules and their Chinese messages are the application's, shown next to
/// the field they name.
/// </summary>
public sealed class NewModel(ISender sender, TimeProvider clock) : PageModel
{
    /// <summary>Concern inputs shown; empty ones are left out.</summary>
    public const int ConcernInputs = 3;

    [BindProperty]
    public DateOnly ContactedOn { get; set; }

    [BindProperty]
    public ContactChannel Channel { get; set; } = ContactChannel.Visit;

    [BindProperty]
    public List<Guid> ConstituentIds { get; set; } = [];

    [BindProperty]
    public string? OtherPerson { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public List<string?> Concerns { get; set; } = [];

    /// <summary>The deputy's own active constituents, named with their village only (no phone or address).</summary>
    public IReadOnlyList<ConstituentDto> Constituents { get; private set; } = [];

    /// <summary>Messages by field ("summary", "concerns", …) and those that name no field ("").</summary>
    public Dictionary<string, List<string>> Errors { get; } = [];

    public bool IsDeputy => User.FindFirst(PortalClaims.Role)?.Value == Roles.Deputy;

    public IEnumerable<string> ErrorsFor(string field) => Errors.GetValueOrDefault(field) ?? [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!IsDeputy)
        {
            return Forbid();
        }

        ContactedOn = clock.TodayInChina();
        await LoadConstituentsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!IsDeputy)
        {
            return Forbid();
        }

        var command = new LogConstituentContact(
            ContactedOn,
            Channel,
            Summary ?? string.Empty,
            ConstituentIds,
            OtherPerson,
            Concerns.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!).ToList());
        try
        {
            var contact = await sender.Send(command, ct);
            return RedirectToPage("/Contacts/Index", new { logged = contact.Id });
        }
        catch (ValidationException validation)
        {
            foreach (var error in validation.Errors)
            {
                AddError(error.PropertyName, error.ErrorMessage);
            }
        }
        catch (DomainRuleException rule) when (rule.Kind == RuleViolationKind.InvalidRequest)
        {
            AddError(rule.Field ?? string.Empty, rule.Message);
        }

        await LoadConstituentsAsync(ct);
        return Page();
    }

    private async Task LoadConstituentsAsync(CancellationToken ct)
    {
        var page = await sender.Send(new ListMyConstituents(IsActive: true, PageSize: Paging.MaxPageSize, Sort: "village"), ct);
        Constituents = page.Items;
    }

    /// <summary>"Concerns[1]" and "concerns" both go next to the concern inputs.</summary>
    private void AddError(string property, string message)
    {
        var field = property.Split('[', '.')[0];
        field = field.Length == 0 ? string.Empty : JsonNamingPolicy.CamelCase.ConvertName(field);
        if (!Errors.TryGetValue(field, out var messages))
        {
            Errors[field] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }
}
