using DeputyPortal.Domain.Compliance;
using DeputyPortal.Domain.Constituents;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The contacts of a demo township's serving deputies with their assigned constituents, quarter by quarter from
/// <see cref="DemoRecordPeriod.FirstYear"/> to the clock's today, logged through <see cref="ConstituentContact.Log"/>:
/// most deputies one to three a quarter over varied channels, a few of them lax and missing quarters (R7 offenders).
/// The account deputy never misses, and the quarters their proposal demo already covers get nothing more.
/// </summary>
public sealed class DemoContactBuilder(DemoTownshipPlan plan, DemoTownship built, DemoNames names, DateOnly today)
{
    private static readonly (ContactChannel Channel, int Weight)[] Channels =
    [
        (ContactChannel.Visit, 34), (ContactChannel.Phone, 20), (ContactChannel.WeChat, 16), (ContactChannel.ReceptionDay, 12),
        (ContactChannel.Forum, 8), (ContactChannel.WalkIn, 6), (ContactChannel.Letter, 4),
    ];

    private Random Random => names.Random;

    public List<ConstituentContact> Build(IReadOnlyCollection<ConstituentContact> existing)
    {
        var constituents = built.Constituents.GroupBy(c => c.DeputyId).ToDictionary(g => g.Key, g => g.ToArray());
        var lax = built.Serving.Select(s => s.Deputy).Where(d => d.Id != built.AccountDeputy.Id).ToArray();
        Random.Shuffle(lax);
        var laxIds = lax.Take(2 + Random.Next(3)).Select(d => d.Id).ToHashSet();

        var contacts = new List<ConstituentContact>();
        foreach (var (deputy, village) in built.Serving)
        {
            var isAccount = deputy.Id == built.AccountDeputy.Id;
            foreach (var quarter in DemoRecordPeriod.Quarters(today))
            {
                var covered = existing.Any(c => c.DeputyId == deputy.Id && quarter.Contains(c.ContactedOn));
                var missed = !isAccount && Random.Next(100) < (laxIds.Contains(deputy.Id) ? 45 : 5);
                if (covered || missed)
                {
                    continue;
                }

                var count = 1 + (Random.Next(100) < 35 ? 1 : 0) + (Random.Next(100) < 10 ? 1 : 0);
                for (var i = 0; i < count; i++)
                {
                    var last = today < quarter.End ? today : quarter.End;
                    var on = quarter.Start.AddDays(Random.Next(last.DayNumber - quarter.Start.DayNumber + 1));
                    contacts.Add(Contact(deputy, village, constituents[deputy.Id], on));
                }
            }
        }

        return contacts;
    }

    private ConstituentContact Contact(Deputy deputy, string village, Constituent[] own, DateOnly on)
    {
        var channel = Channel();
        var stranger = channel is ContactChannel.ReceptionDay or ContactChannel.WalkIn or ContactChannel.Letter && Random.Next(100) < 40;
        var contacted = stranger ? [] : Enumerable.Range(0, 1 + (Random.Next(100) < 30 ? 1 : 0))
            .Select(_ => DemoRecordPeriod.Pick(Random, own))
            .DistinctBy(c => c.Id)
            .ToList();
        var roll = Random.Next(100);
        var concernCount = roll < 8 ? 2 : roll < 38 ? 1 : 0;
        var concerns = Enumerable.Range(0, concernCount)
            .Select(_ => DemoRecordPeriod.Pick(Random, DemoActivityTexts.Concerns))
            .Distinct()
            .Select(c => Fill(c, village))
            .ToList();
        var summary = Fill(DemoRecordPeriod.Pick(Random, DemoActivityTexts.Summaries[channel]), village);
        return ConstituentContact.Log(deputy, contacted, stranger ? names.Resident(plan) : null, on, channel, summary, concerns, today);
    }

    private ContactChannel Channel()
    {
        var roll = Random.Next(Channels.Sum(c => c.Weight));
        foreach (var (channel, weight) in Channels)
        {
            if (roll < weight)
            {
                return channel;
            }

            roll -= weight;
        }

        return ContactChannel.Visit;
    }

    private static string Fill(string text, string village) => text.Replace("{v}", village, StringComparison.Ordinal);
}
