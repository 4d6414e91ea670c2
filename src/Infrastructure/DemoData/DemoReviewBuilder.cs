using DeputyPortal.Domain.Deputies;
using DeputyPortal.Domain.Reviews;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The performance reviews (述职评议) of a demo township, recorded through <see cref="PerformanceReview.Record"/>:
/// about half of the serving deputies (the demo deputy account always among them) reported to their district's voters
/// between March of <see cref="DemoRecordPeriod.FirstYear"/> and today; the others are not yet reviewed as the term
/// nears its end. Most tallies clear 90 % or 70 %, some fall below 70 % and 50 %, so every outcome shows up; most
/// outcomes are confirmed as proposed, a few await the secretary.
/// </summary>
public sealed class DemoReviewBuilder(DemoTownship built, Random random, DateOnly today)
{
    private static readonly string[] Reports =
    [
        "本人自当选以来，认真学习法律法规，积极参加人代会和代表小组活动，走访{v}选民，反映道路硬化、饮水安全等问题，推动解决了一批群众关心的实事。",
        "一年来，本人参加视察、调研等活动，围绕{v}产业发展提出建议，联系选民，协调解决灌溉水渠维修问题。今后将进一步密切联系群众。",
        "本人按照代表履职要求，参加代表接待日，收集{v}群众意见，领衔提出关于农村垃圾治理的建议，并跟踪办理情况。履职中仍有联系不够经常的不足。",
        "述职期间，本人汇报了参加人代会、闭会期间活动和联系选民的情况，重点反映{v}留守老人照料、学校周边交通安全等问题。",
    ];

    public List<PerformanceReview> Build()
    {
        var deputies = built.Serving.Where(s => s.Deputy.Id != built.AccountDeputy.Id).ToArray();
        random.Shuffle(deputies);
        var reviewed = deputies.Take((built.Serving.Count / 2) - 1)
            .Prepend(built.Serving.First(s => s.Deputy.Id == built.AccountDeputy.Id))
            .ToList();
        var districts = built.Districts.ToDictionary(d => d.Id);
        var first = new DateOnly(DemoRecordPeriod.FirstYear, 3, 1);
        var last = today < built.Term.EndsOn ? today : built.Term.EndsOn;
        var days = last.DayNumber - first.DayNumber;

        var reviews = new List<PerformanceReview>();
        foreach (var (deputy, village) in reviewed)
        {
            var heldOn = DemoRecordPeriod.Workday(first.AddDays(random.Next(days)));
            if (heldOn > last)
            {
                continue;
            }

            var present = 20 + random.Next(26);
            var tally = Tally(present - random.Next(4));
            var proposed = ReviewRules.Default.Propose(tally);
            var draft = new ReviewDraft(
                heldOn,
                $"{village}村委会会议室",
                random.Next(100) < 70 ? ReviewForm.Oral : ReviewForm.Written,
                DemoRecordPeriod.Pick(random, Reports).Replace("{v}", village, StringComparison.Ordinal),
                present,
                tally,
                random.Next(100) < 80 ? proposed : null);
            reviews.Add(PerformanceReview.Record(built.Term, deputy, districts[deputy.DistrictId], draft, ReviewRules.Default, today));
        }

        return reviews;
    }

    /// <summary>Votes cast split by a drawn approval: mostly high, now and then below 70 % or 50 %.</summary>
    private ReviewTally Tally(int cast)
    {
        var band = random.Next(100);
        var percent = band < 50 ? 90 + random.Next(11)
            : band < 80 ? 70 + random.Next(20)
            : band < 93 ? 50 + random.Next(20)
            : 30 + random.Next(20);
        var approving = cast * percent / 100;
        var satisfied = approving * (60 + random.Next(31)) / 100;
        return new ReviewTally(satisfied, approving - satisfied, cast - approving);
    }
}
