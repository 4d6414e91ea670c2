using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Sessions;
using DeputyPortal.Application.Sessions.Attendance;
using DeputyPortal.Application.Sessions.Get;
using DeputyPortal.Domain.Common;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AttendanceKind = DeputyPortal.Domain.Activities.Attendance;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>
/// 出席情况: who of the term's deputies attended a congress session. The secretary marks each deputy 出席 / 缺席 / 请假
/// (with the reason) and saves them at once through <see cref="RecordSessionAttendance"/>, at the version the page
/// was loaded with; a deputy left unmarked is not recorded. Others who oversee the township read it.
/// </summary>
public sealed class AttendanceModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public List<AttendanceRow> Rows { get; set; } = [];

    public SessionDto Session { get; private set; } = null!;

    public bool CanRecord => SessionPages.MayRecord(User);

    public List<string> Errors { get; } = [];

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
        if (!SessionPages.MayRead(User))
        {
            return Forbid();
        }

        var recorded = await sender.Send(new GetSessionAttendance(Id), ct);
        Version = recorded.Version;
        var byDeputy = recorded.Attendance.ToDictionary(a => a.DeputyId);
        await LoadAsync(ct);
        foreach (var row in Rows)
        {
            if (byDeputy.TryGetValue(row.DeputyId, out var entry))
            {
                (row.Attendance, row.LeaveReason) = (entry.Attendance, entry.LeaveReason);
            }
        }

        Saved = saved;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!CanRecord)
        {
            return Forbid();
        }

        var entries = Rows.Where(r => r.Attendance is not null).Select(r => new SessionAttendanceEntry(r.DeputyId, r.Attendance!.Value, r.LeaveReason)).ToList();
        try
        {
            await sender.Send(new RecordSessionAttendance(entries) { Id = Id, ExpectedVersion = Version }, ct);
            return Redirect($"/sessions/{Id}/attendance?saved=true");
        }
        catch (ValidationException validation)
        {
            Errors.AddRange(validation.Errors.Select(e => e.ErrorMessage).Distinct());
        }
        catch (DomainRuleException rule) when (rule.Kind == RuleViolationKind.InvalidRequest)
        {
            Errors.Add(rule.Message);
        }
        catch (StaleVersionException)
        {
            Errors.Add("出席情况已被他人修改，请刷新页面后重新登记。");
        }

        var typed = Rows.ToDictionary(r => r.DeputyId);
        await LoadAsync(ct);
        foreach (var row in Rows)
        {
            if (typed.TryGetValue(row.DeputyId, out var kept))
            {
                (row.Attendance, row.LeaveReason) = (kept.Attendance, kept.LeaveReason);
            }
        }

        return Page();
    }

    /// <summary>The session and one row per deputy of its term, by name.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        Session = await sender.Send(new GetSession(Id), ct);
        var deputies = await sender.Send(new ListDeputies(TermId: Session.TermId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        Rows = [.. deputies.Items.Select(d => new AttendanceRow { DeputyId = d.Id, Name = d.Name })];
    }

    public sealed class AttendanceRow
    {
        public Guid DeputyId { get; set; }

        public string Name { get; set; } = string.Empty;

        public AttendanceKind? Attendance { get; set; }

        public string? LeaveReason { get; set; }
    }
}
