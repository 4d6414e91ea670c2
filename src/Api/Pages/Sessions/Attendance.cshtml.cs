using System.Text.RegularExpressions;
using DeputyPortal.Api.Portal;
using DeputyPortal.Application.Common.Paging;
using DeputyPortal.Application.Common.Security;
using DeputyPortal.Application.Deputies.List;
using DeputyPortal.Application.Sessions;
using DeputyPortal.Application.Sessions.Attendance;
using DeputyPortal.Application.Sessions.Get;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using AttendanceKind = DeputyPortal.Domain.Activities.Attendance;

namespace DeputyPortal.Api.Pages.Sessions;

/// <summary>
/// 出席情况: who of the term's deputies attended a congress session. The secretary marks each deputy 出席 / 缺席 / 请假
/// (with the reason) and saves them at once through <see cref="RecordSessionAttendance"/>, at the version the page
/// was loaded with; a deputy left unmarked is not recorded. Whoever may read the attendance reads it; a refused save
/// shows each message beside the deputy's row (<see cref="PortalPageFilter"/>), with every choice kept.
/// </summary>
[PortalPage(typeof(GetSessionAttendance))]
public sealed partial class AttendanceModel(ISender sender, IRequestPermissions permissions) : PortalPageModel
{
    /// <summary>The rows sent as the command's entries, in its order, so an entry's message finds its row.</summary>
    private List<int> _sentRows = [];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public List<AttendanceRow> Rows { get; set; } = [];

    public SessionDto Session { get; private set; } = null!;

    public bool CanRecord => permissions.MaySend<RecordSessionAttendance>();

    public bool Saved { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool saved, CancellationToken ct)
    {
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
        _sentRows = [.. Enumerable.Range(0, Rows.Count).Where(i => Rows[i].Attendance is not null)];
        var entries = _sentRows.Select(i => new SessionAttendanceEntry(Rows[i].DeputyId, Rows[i].Attendance!.Value, Rows[i].LeaveReason)).ToList();
        await sender.Send(new RecordSessionAttendance(entries) { Id = Id, ExpectedVersion = Version }, ct);
        return Redirect($"/sessions/{Id}/attendance?saved=true");
    }

    /// <summary>The session and the deputies again, each row keeping the choice and reason that were sent.</summary>
    public override async Task ReloadAfterErrorsAsync(CancellationToken ct)
    {
        var typed = Rows.ToDictionary(r => r.DeputyId);
        await LoadAsync(ct);
        foreach (var row in Rows)
        {
            if (typed.TryGetValue(row.DeputyId, out var kept))
            {
                (row.Attendance, row.LeaveReason) = (kept.Attendance, kept.LeaveReason);
            }
        }
    }

    /// <summary>"Entries[1].LeaveReason" is about the second row sent: shown beside that deputy's row.</summary>
    public override string FieldFor(string propertyPath)
    {
        var entry = EntryPath().Match(propertyPath);
        return entry.Success && int.Parse(entry.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var index && index < _sentRows.Count
            ? $"Rows[{_sentRows[index]}]{entry.Groups[2].Value}"
            : base.FieldFor(propertyPath);
    }

    /// <summary>The session and one row per deputy of its term, by name.</summary>
    private async Task LoadAsync(CancellationToken ct)
    {
        Session = await sender.Send(new GetSession(Id), ct);
        var deputies = await sender.Send(new ListDeputies(TermId: Session.TermId, PageSize: Paging.MaxPageSize, Sort: "name"), ct);
        Rows = [.. deputies.Items.Select(d => new AttendanceRow { DeputyId = d.Id, Name = d.Name })];
    }

    [GeneratedRegex(@"^[Ee]ntries\[(\d+)\](.*)$")]
    private static partial Regex EntryPath();

    public sealed class AttendanceRow
    {
        public Guid DeputyId { get; set; }

        public string Name { get; set; } = string.Empty;

        public AttendanceKind? Attendance { get; set; }

        public string? LeaveReason { get; set; }
    }
}
