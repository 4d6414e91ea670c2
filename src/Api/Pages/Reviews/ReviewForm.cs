using System.Text.Json;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Districts.List;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Mediator;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// What the record and revise pages share: the choices of deputy and district in a term, and the application's
/// messages sorted by the field they name, so every message stands beside its input.
/// </summary>
public sealed class ReviewFormErrors
{
    /// <summary>The tally's three inputs share one place for their messages.</summary>
    private static readonly string[] TallyFields = ["satisfied", "basicallySatisfied", "dissatisfied"];

    public Dictionary<string, List<string>> ByField { get; } = [];

    public int Count => ByField.Count;

    public IEnumerable<string> For(string field) => ByField.GetValueOrDefault(field) ?? [];

    /// <summary>Messages that name no field shown in the form.</summary>
    public IEnumerable<string> Unplaced(IEnumerable<string> known) => ByField.Where(e => !known.Contains(e.Key)).SelectMany(e => e.Value);

    public void Add(ValidationException validation)
    {
        foreach (var error in validation.Errors)
        {
            Add(error.PropertyName, error.ErrorMessage);
        }
    }

    public void Add(DomainRuleException rule) => Add(rule.Field ?? string.Empty, rule.Message);

    public void Add(string property, string message)
    {
        var field = property.Split('[', '.')[0];
        field = field.Length == 0 ? string.Empty : JsonNamingPolicy.CamelCase.ConvertName(field);
        if (TallyFields.Contains(field))
        {
            field = "tally";
        }

        if (!ByField.TryGetValue(field, out var messages))
        {
            ByField[field] = messages = [];
        }

        if (!messages.Contains(message))
        {
            messages.Add(message);
        }
    }
}

/// <summary>The deputies and districts of one term, read through the caller's scope.</summary>
public sealed record ReviewChoices(IReadOnlyDictionary<Guid, string> Deputies, IReadOnlyDictionary<Guid, string> Districts)
{
    public static async Task<ReviewChoices> LoadAsync(ISender sender, Guid termId, CancellationToken ct)
    {
        var deputies = await sender.Send(new ListDeputies(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        var districts = await sender.Send(new ListDistricts(TermId: termId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        return new ReviewChoices(deputies.Items.ToDictionary(d => d.Id, d => d.Name), districts.Items.ToDictionary(d => d.Id, d => d.Name));
    }
}
