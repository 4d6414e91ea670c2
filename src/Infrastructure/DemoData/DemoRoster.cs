using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Presidium;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>One invented deputy, and the presidium post they will hold, if any.</summary>
public sealed record RosterEntry(DeputyProfile Profile, PresidiumPost? Post);

/// <summary>
/// Invents a township's deputies with the structure an election plan aims for (R10): about 30 % women, a little over
/// 60 % 中共党员 so that non-CPC deputies stay at or above 35 %, farmers and workers the largest groups, officials
/// about a sixth, a third re-elected, and a few who also sit in the county congress. Shares are drawn as quotas, not
/// per person, so every township lands inside the targets.
/// </summary>
public sealed class DemoRoster(DemoNames names)
{
    public const int PresidiumSize = 7;

    private Random Random => names.Random;

    public IReadOnlyList<RosterEntry> Invent(DemoTownshipPlan plan, int size)
    {
        var posts = PresidiumPosts();
        var occupations = Occupations(size, posts);
        var party = Parties(occupations, posts);
        var genders = Genders(size);
        var reelected = Reelected(size);
        var countyDeputies = CountyDeputies(occupations, posts);

        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<RosterEntry>(size);
        for (var i = 0; i < size; i++)
        {
            var ethnicity = names.Ethnicity(plan);
            string name;
            do
            {
                name = names.Person(genders[i], ethnicity);
            }
            while (!usedNames.Add(name));

            var profile = new DeputyProfile(
                name,
                genders[i],
                BirthDate(occupations[i]),
                ethnicity,
                party[i],
                occupations[i],
                EducationFor(occupations[i]),
                names.Mobile(),
                reelected[i],
                countyDeputies[i]);
            entries.Add(new RosterEntry(profile, i < posts.Count ? posts[i].Post : null));
        }

        var shuffled = entries.ToArray();
        Random.Shuffle(shuffled);
        return shuffled;
    }

    /// <summary>
    /// The chair and the full-time vice-chair are township officials; one or two village party secretaries, an
    /// entrepreneur, a teacher or doctor and a worker fill the rest, as presidium lists usually read.
    /// </summary>
    private List<(PresidiumPost Post, OccupationCategory Occupation)> PresidiumPosts()
    {
        var posts = new List<(PresidiumPost, OccupationCategory)>
        {
            (PresidiumPost.Chair, OccupationCategory.PartyGovernmentLeader),
            (PresidiumPost.ViceChair, OccupationCategory.PartyGovernmentLeader),
        };
        if (Random.Next(2) == 0)
        {
            posts.Add((PresidiumPost.ViceChair, OccupationCategory.Farmer));
        }

        OccupationCategory[] members =
            [OccupationCategory.Farmer, OccupationCategory.BusinessManager, OccupationCategory.Professional, OccupationCategory.Worker, OccupationCategory.Farmer];
        posts.AddRange(members.Take(PresidiumSize - posts.Count).Select(o => (PresidiumPost.Member, o)));
        return posts;
    }

    /// <summary>Occupations by quota; the presidium's are fixed first and the rest are shuffled behind them.</summary>
    private OccupationCategory[] Occupations(int size, List<(PresidiumPost Post, OccupationCategory Occupation)> posts)
    {
        var quota = new Dictionary<OccupationCategory, int>
        {
            [OccupationCategory.PartyGovernmentLeader] = (int)Math.Round(size * 0.17),
            [OccupationCategory.Worker] = (int)Math.Round(size * 0.20),
            [OccupationCategory.Professional] = (int)Math.Round(size * 0.14),
            [OccupationCategory.BusinessManager] = (int)Math.Round(size * 0.08),
            [OccupationCategory.Other] = 2 + Random.Next(2),
        };
        quota[OccupationCategory.Farmer] = size - quota.Values.Sum();
        foreach (var (_, occupation) in posts)
        {
            quota[occupation]--;
        }

        var rest = quota.SelectMany(q => Enumerable.Repeat(q.Key, q.Value)).ToArray();
        Random.Shuffle(rest);
        return [.. posts.Select(p => p.Occupation), .. rest];
    }

    /// <summary>
    /// Officials and village party secretaries in the presidium are party members; the other party members are drawn
    /// so that the CPC share is 60–65 %. Of the rest, professionals lean to the democratic parties and non-partisans.
    /// </summary>
    private PartyAffiliation[] Parties(OccupationCategory[] occupations, List<(PresidiumPost Post, OccupationCategory Occupation)> posts)
    {
        var size = occupations.Length;
        var party = new PartyAffiliation?[size];
        for (var i = 0; i < size; i++)
        {
            var presidiumCpc = i < posts.Count && occupations[i] is OccupationCategory.Farmer or OccupationCategory.Worker;
            if (occupations[i] == OccupationCategory.PartyGovernmentLeader || presidiumCpc)
            {
                party[i] = PartyAffiliation.CpcMember;
            }
        }

        var cpcTarget = Math.Min((int)Math.Floor(size * (0.60 + (Random.NextDouble() * 0.05))), (int)Math.Floor(size * 0.65));
        var open = Enumerable.Range(posts.Count, size - posts.Count).Where(i => party[i] is null).ToArray();
        Random.Shuffle(open);
        foreach (var i in open.Take(cpcTarget - party.Count(p => p is not null)))
        {
            party[i] = PartyAffiliation.CpcMember;
        }

        var nonCpc = Enumerable.Range(0, size).Where(i => party[i] is null)
            .OrderBy(i => occupations[i] == OccupationCategory.Professional ? 0 : occupations[i] == OccupationCategory.BusinessManager ? 1 : 2)
            .ThenBy(i => i)
            .ToList();
        var democratic = 2;
        var nonPartisan = 1 + Random.Next(2);
        foreach (var i in nonCpc)
        {
            party[i] = democratic-- > 0 ? PartyAffiliation.DemocraticParty
                : nonPartisan-- > 0 ? PartyAffiliation.NonPartisan
                : PartyAffiliation.Masses;
        }

        return [.. party.Select(p => p!.Value)];
    }

    private Gender[] Genders(int size)
    {
        var women = (int)Math.Round(size * (0.27 + (Random.NextDouble() * 0.06)));
        var order = Enumerable.Range(0, size).ToArray();
        Random.Shuffle(order);
        var genders = Enumerable.Repeat(Gender.Male, size).ToArray();
        foreach (var i in order.Take(women))
        {
            genders[i] = Gender.Female;
        }

        return genders;
    }

    /// <summary>About a third were deputies of the previous term too, the chair and the first vice-chair among them.</summary>
    private bool[] Reelected(int size)
    {
        var reelected = new bool[size];
        reelected[0] = reelected[1] = true;
        var others = Enumerable.Range(2, size - 2).ToArray();
        Random.Shuffle(others);
        foreach (var i in others.Take((int)Math.Round(size / 3.0) - 2 + Random.Next(-1, 2)))
        {
            reelected[i] = true;
        }

        return reelected;
    }

    /// <summary>The chair is nominated for the county congress as a rule; one or two other deputies sit there too.</summary>
    private bool[] CountyDeputies(OccupationCategory[] occupations, List<(PresidiumPost Post, OccupationCategory Occupation)> posts)
    {
        var county = new bool[occupations.Length];
        county[0] = true;
        var candidates = Enumerable.Range(posts.Count, occupations.Length - posts.Count)
            .Where(i => occupations[i] is OccupationCategory.Farmer or OccupationCategory.Worker or OccupationCategory.BusinessManager)
            .ToArray();
        Random.Shuffle(candidates);
        foreach (var i in candidates.Take(1 + Random.Next(2)))
        {
            county[i] = true;
        }

        return county;
    }

    private DateOnly BirthDate(OccupationCategory occupation)
    {
        var (from, to) = occupation switch
        {
            OccupationCategory.PartyGovernmentLeader => (1968, 1988),
            OccupationCategory.Farmer => (1960, 1986),
            OccupationCategory.Worker => (1968, 1995),
            OccupationCategory.Professional => (1970, 1994),
            OccupationCategory.BusinessManager => (1965, 1986),
            _ => (1965, 1992),
        };
        return new DateOnly(Random.Next(from, to + 1), 1, 1).AddDays(Random.Next(365));
    }

    private Education EducationFor(OccupationCategory occupation)
    {
        var roll = Random.Next(100);
        return occupation switch
        {
            OccupationCategory.PartyGovernmentLeader => roll < 12 ? Education.Postgraduate : roll < 75 ? Education.Bachelor : Education.College,
            OccupationCategory.Professional => roll < 55 ? Education.Bachelor : Education.College,
            OccupationCategory.BusinessManager => roll < 25 ? Education.Bachelor : roll < 60 ? Education.College : Education.HighSchool,
            OccupationCategory.Worker => roll < 15 ? Education.College : roll < 65 ? Education.HighSchool : Education.MiddleSchoolOrBelow,
            OccupationCategory.Farmer => roll < 8 ? Education.College : roll < 50 ? Education.HighSchool : Education.MiddleSchoolOrBelow,
            _ => roll < 40 ? Education.College : Education.HighSchool,
        };
    }
}
