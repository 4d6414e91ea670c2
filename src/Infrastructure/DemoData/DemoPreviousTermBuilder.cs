using DeputyPortal.Domain.Common;
using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Districts;
using DeputyPortal.Domain.Terms;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// A demo township's previous term (第十七届), recorded only for its deputies' structure, so R10 compares the current
/// term with it: the current term's re-elected deputies sat in it too (same person, same profile), the others are
/// invented. It deliberately had more women (about 40 %) than the current term, so "women not below the previous
/// term" shows as not met, and one more official (党政领导干部) than the current term, so "officials not above it" is met.
/// It ends the day before the current term starts. No sessions, groups or records: only the roll of deputies.
/// </summary>
public sealed class DemoPreviousTermBuilder(DemoTownship built, DemoRoster roster, Random random)
{
    public const double WomenShare = 0.40;

    public (Term Term, List<ElectoralDistrict> Districts, List<Deputy> Deputies) Build(DemoTownshipPlan plan, DateOnly electedOn)
    {
        var current = built.Term;
        var startsOn = electedOn.AddDays(9);
        var term = Term.Create(built.Township.Id, current.Number - 1, startsOn, current.StartsOn.AddDays(-1), electedOn);
        var size = built.Elected.Count;

        var carried = built.Elected.Where(d => d.IsReelected).Select(d => d.Profile with { IsReelected = false }).ToList();
        var pool = roster.Invent(plan, size * 3).Select(e => e.Profile)
            .Where(p => carried.TrueForAll(c => c.Name != p.Name))
            .ToList();
        var officials = built.Elected.Count(d => d.Occupation == OccupationCategory.PartyGovernmentLeader) + 1
            - carried.Count(p => p.Occupation == OccupationCategory.PartyGovernmentLeader);
        var picked = new List<DeputyProfile>(carried);
        picked.AddRange(pool.Where(p => p.Occupation == OccupationCategory.PartyGovernmentLeader).Take(Math.Max(0, officials)));
        var women = (int)Math.Round(size * WomenShare) - picked.Count(p => p.Gender == Gender.Female);
        var others = pool.Where(p => p.Occupation != OccupationCategory.PartyGovernmentLeader).ToList();
        picked.AddRange(others.Where(p => p.Gender == Gender.Female).Take(Math.Max(0, women)));
        picked.AddRange(others.Where(p => p.Gender == Gender.Male).Take(size - picked.Count));

        // About a third of the previous term had been deputies of the term before it.
        var profiles = picked.Select(p => p with { IsReelected = random.Next(3) == 0 }).ToArray();
        random.Shuffle(profiles);

        var districts = new List<ElectoralDistrict>();
        var deputies = new List<Deputy>(profiles.Length);
        for (var next = 0; next < profiles.Length;)
        {
            var seats = Math.Min(2 + random.Next(2), profiles.Length - next);
            var village = plan.Villages[districts.Count * plan.Villages.Count / ((profiles.Length + 1) / 2)];
            var district = ElectoralDistrict.Create(term, $"第{ChineseNumerals.Of(districts.Count + 1)}选区（{village}）", 1500 + random.Next(2500), seats);
            districts.Add(district);
            deputies.AddRange(profiles.Skip(next).Take(seats).Select(p => Deputy.Elect(district, p)));
            next += seats;
        }

        return (term, districts, deputies);
    }
}
