using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Contacts;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Contacts;

public static class ContactReading
{
    public const string Resource = "联系选民记录";

    /// <summary>
    /// The names of the constituents of entries the caller may read. Only names, and only of people named in those
    /// entries; the constituent filter is lifted because a constituent reassigned to another deputy since stays part
    /// of the deputy's own record.
    /// </summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesForAsync(
        this IAppDbContext db, IEnumerable<ConstituentContact> contacts, CancellationToken ct)
    {
        var ids = contacts.SelectMany(c => c.Constituents).Select(c => c.ConstituentId).Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        return await db.Constituents.IgnoreQueryFilters().AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, ct);
    }

    public static async Task<ConstituentContactDto> ToDtoAsync(this IAppDbContext db, ConstituentContact contact, CancellationToken ct) =>
        contact.ToDto(await db.NamesForAsync([contact], ct));
}
