using DeputyPortal.Application.Common;
using DeputyPortal.Application.Common.Exceptions;
using DeputyPortal.Application.Common.Persistence;
using DeputyPortal.Domain.Terms;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace DeputyPortal.Application.Imports;

/// <summary>The term an import goes into: the one named, or the township's term current today (Asia/Shanghai).</summary>
public static class ImportTerms
{
    public static async Task<Term> ResolveAsync(IAppDbContext db, TimeProvider clock, Guid townshipId, Guid? termId, CancellationToken ct)
    {
        if (termId is { } id)
        {
            var term = await db.Terms.GetAsync(id, "届", ct);
            return term.TownshipId == townshipId ? term : throw new NotFoundException("届", id);
        }

        var today = clock.TodayInChina();
        return await db.Terms
            .Where(t => t.TownshipId == townshipId && t.StartsOn <= today && t.EndsOn >= today)
            .OrderByDescending(t => t.StartsOn)
            .FirstOrDefaultAsync(ct)
            ?? throw new ValidationException([new ValidationFailure("termId", "该乡镇今天没有在任的届，请用 termId 指定导入到哪一届。") { ErrorCode = "CurrentTermExists" }]);
    }

    /// <summary>The current term if there is one (for template examples), without failing.</summary>
    public static Task<Term?> CurrentOrDefaultAsync(IAppDbContext db, TimeProvider clock, Guid townshipId, CancellationToken ct)
    {
        var today = clock.TodayInChina();
        return db.Terms
            .Where(t => t.TownshipId == townshipId && t.StartsOn <= today && t.EndsOn >= today)
            .OrderByDescending(t => t.StartsOn)
            .FirstOrDefaultAsync(ct);
    }
}
