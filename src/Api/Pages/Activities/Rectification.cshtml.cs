using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Activities;
using DeputyPortal.Application.Activities.Get;
using DeputyPortal.Application.Activities.Rectification;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.HandlingUnits.List;
using DeputyPortal.Domain.Activities;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Activities;

/// <summary>The fields of one rectification item's form.</summary>
public sealed record RectificationValues(string? Description, Guid ResponsibleUnitId, DateOnly? DueOn, RectificationStatus Status, DateOnly? CompletedOn, string? Evidence);

/// <summary>
/// 整改事项: the secretary adds an activity's rectification items and moves each one on, up to 已整改 with the date and
/// what was done. Each item has its own form at the activity's version; a refused form is shown again with what was
/// typed and its messages, the other items as they are.
/// </summary>
[PortalPage(typeof(GetActivity), typeof(AddRectificationItem), typeof(ChangeRectificationItem))]
public sealed class RectificationModel(ISender sender) : PortalPageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    /// <summary>The item the form changes; none when it adds one.</summary>
    [BindProperty]
    public Guid? ItemId { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public Guid ResponsibleUnitId { get; set; }

    [BindProperty]
    public DateOnly? DueOn { get; set; }

    [BindProperty]
    public RectificationStatus Status { get; set; } = RectificationStatus.Open;

    [BindProperty]
    public DateOnly? CompletedOn { get; set; }

    [BindProperty]
    public string? Evidence { get; set; }

    public ActivityDto Activity { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, string> Units { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>Whether the form of this item (null: the new one) is the one just refused.</summary>
    public bool WasPosted(Guid? itemId) => Request.HasFormContentType && ItemId == itemId;

    public RectificationValues ValuesFor(RectificationItemDto? item) =>
        WasPosted(item?.Id) || item is null
            ? new(Description, ResponsibleUnitId, DueOn, Status, CompletedOn, Evidence)
            : new(item.Description, item.ResponsibleUnitId, item.DueOn, item.Status, item.CompletedOn, item.Evidence);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (description, due) = (Description ?? string.Empty, DueOn ?? default);
        var evidence = string.IsNullOrWhiteSpace(Evidence) ? null : Evidence;
        ICommand<ActivityDto> command = ItemId is { } itemId
            ? new ChangeRectificationItem(description, ResponsibleUnitId, due, Status, CompletedOn, evidence) { ActivityId = Id, ItemId = itemId, ExpectedVersion = Version }
            : new AddRectificationItem(description, ResponsibleUnitId, due, Status, CompletedOn, evidence) { ActivityId = Id, ExpectedVersion = Version };
        await sender.Send(command, ct);
        TempData.SetNotice(ItemId is null ? "已添加整改事项。" : "已保存整改事项。");
        return Redirect($"/activities/{Id}/rectification");
    }

    public override Task ReloadAfterErrorsAsync(CancellationToken ct) => LoadAsync(ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        Activity = await sender.Send(new GetActivity(Id), ct);
        var units = await sender.Send(new ListHandlingUnits(TownshipId: Activity.TownshipId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        Units = units.Items.ToDictionary(u => u.Id, u => u.Name);
        if (!Request.HasFormContentType)
        {
            Version = Activity.Version;
        }
    }
}
