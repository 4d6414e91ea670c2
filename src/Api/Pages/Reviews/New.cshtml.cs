using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Me;
using DeputyPortal.Application.Reviews.Record;
using DeputyPortal.Application.Terms.List;
using DeputyPortal.Infrastructure.Persistence;
using DeputyPortal.Infrastructure.Persistence.Idempotency;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace DeputyPortal.Api.Pages.Reviews;

/// <summary>
/// 登记述职评议: the secretary records a deputy's report to the voters in the township's current term. The page
/// gathers the form and sends <see cref="RecordReview"/>; the rules and their messages are the application's. The
/// form carries an idempotency key, claimed in the create's own transaction as the API's Idempotency-Key is, so a
/// second submit of the same form goes to the review the first one created instead of recording it twice.
/// </summary>
[PortalPage(typeof(RecordReview))]
public sealed class NewModel(ISender sender, TimeProvider clock, AppDbContext db, IdempotencyStore idempotency, ICurrentUser user) : ReviewFormPageModel
{
    private const string KeyPrefix = "portal:reviews/new:";

    [BindProperty]
    public Guid IdempotencyKey { get; set; }

    public string? TermName { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        HeldOn = clock.TodayInChina();
        IdempotencyKey = Guid.NewGuid();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (townshipId, term) = await CurrentTermAsync(ct);
        if (term is null)
        {
            ModelState.AddModelError(string.Empty, "本乡镇尚未设立届次，不能登记述职评议。");
            return Page();
        }

        if (IdempotencyKey == Guid.Empty)
        {
            IdempotencyKey = Guid.NewGuid();
        }

        var command = new RecordReview(
            townshipId!.Value,
            term.Id,
            DeputyId,
            HeldOn,
            ReportText ?? string.Empty,
            VotersPresent ?? 0,
            Satisfied ?? 0,
            BasicallySatisfied ?? 0,
            Dissatisfied ?? 0,
            Form,
            DistrictId,
            Venue,
            Outcome);
        var userId = user.UserId ?? throw new InvalidOperationException("A signed-in page has a user.");
        var key = KeyPrefix + IdempotencyKey.ToString("N");
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var earlier = await idempotency.ClaimAsync(userId, key, KeyPrefix, ct);
        if (earlier is not null)
        {
            return Redirect(earlier.Location ?? "/reviews");
        }

        var review = await sender.Send(command, ct);
        var location = $"/reviews/{review.Id}";
        await idempotency.CompleteAsync(userId, key, StatusCodes.Status303SeeOther, null, location, null, ct);
        await transaction.CommitAsync(ct);
        return Redirect(location);
    }

    /// <summary>After a refused form: the claimed key was rolled back with the transaction; the choices again.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await LoadAsync(ct);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (_, term) = await CurrentTermAsync(ct);
        if (term is not null)
        {
            TermName = term.Name;
            Choices = await ReviewChoices.LoadAsync(sender, term.Id, ct);
        }
    }

    /// <summary>The term in force today, else the latest one of the secretary's township.</summary>
    private async Task<(Guid? TownshipId, Application.Terms.TermDto? Term)> CurrentTermAsync(CancellationToken ct)
    {
        var me = await sender.Send(new GetMe(), ct);
        var terms = await sender.Send(new ListTerms(TownshipId: me.TownshipId, PageSize: Paging.MaxPageSize, Sort: "-startsOn"), ct);
        var today = clock.TodayInChina();
        var term = terms.Items.FirstOrDefault(t => t.StartsOn <= today && today <= t.EndsOn) ?? (terms.Items.Count > 0 ? terms.Items[0] : null);
        return (me.TownshipId, term);
    }
}
