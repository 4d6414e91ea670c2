using DeputyPortal.Domain.Calendar;
using DeputyPortal.Domain.Contacts;
using DeputyPortal.Domain.Proposals;
using DeputyPortal.Infrastructure.Calendar;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The proposals of a demo township: every status and path of DESIGN §3 at least once (so the secretary's 工作台 has
/// something under every count, a proposal returned by its unit and waiting to be assigned again among them), a few more drawn at random,
/// and what the demo accounts need to see (the unit officer's unit leads some awaiting reply, one with a pending
/// extension request, and co-handles one; the deputy leads a draft, a reply awaiting evaluation and others, and
/// co-signs a motion; the chair supervises the key proposal). The deputy's contacts with constituents come too, one
/// concern already drafted into a proposal.
/// </summary>
public sealed class DemoTownshipProposals(DemoNames names, DateTimeOffset now, Func<ProposalSeries, CancellationToken, Task<int>> nextNumber)
{
    private static readonly WorkingDayCalendar Calendar = new(OfficialHolidaySchedules.ByYear.Values.SelectMany(days => days));

    private Random Random => names.Random;

    public async Task<(List<Proposal> Proposals, List<ConstituentContact> Contacts)> BuildAsync(DemoTownship built, CancellationToken ct)
    {
        var setting = new ProposalSetting(
            built.Term,
            built.Sessions,
            built.Serving.Select(s => s.Deputy).ToList(),
            built.Serving.ToDictionary(s => s.Deputy.Id, s => s.Village),
            built.Presidium,
            built.Units,
            built.Township.Name,
            Calendar,
            now,
            MaxShiftDays: 240);
        var builder = new DemoProposalBuilder(setting, Random, nextNumber);
        var contacts = Contacts(built, setting, out var draftedConcern);
        var orders = Orders(built);
        orders.Add(new ProposalOrder(ProposalScenario.Draft)
        {
            Lead = built.AccountDeputy,
            Template = draftedConcern.Template,
            Village = draftedConcern.Village,
            SourceConcernId = draftedConcern.Concern.Id,
            AtSession = false,
        });
        orders.AddRange(builder.DrawOrders(Random.Next(2, 7)));

        var proposals = await builder.BuildAsync(orders, ct);
        var fromConcern = proposals.Single(p => p.SourceConcernId == draftedConcern.Concern.Id);
        draftedConcern.Contact.LinkConcernToProposal(draftedConcern.Concern.Id, fromConcern.Id);
        return (proposals, contacts);
    }

    private List<ProposalOrder> Orders(DemoTownship built)
    {
        var deputy = built.AccountDeputy;
        var unit = built.AccountUnit;
        var construction = built.Units[2];
        var finance = built.Units[4];
        var chair = built.Presidium.Single(p => p.DeputyId == built.Chair.Id);
        const string unitCategory = "农业农村"; // the account unit is the 农业农村办

        var others = built.Serving.Select(s => s.Deputy).Where(d => d.Id != deputy.Id).ToArray();
        Random.Shuffle(others);
        var motionLead = others[0];
        var motionSigners = new[] { deputy }.Concat(others.Skip(1).Take(3 + Random.Next(2))).ToList();

        return
        [
            new(ProposalScenario.Draft) { Lead = deputy },
            new(ProposalScenario.Draft),
            new(ProposalScenario.Submitted),
            new(ProposalScenario.Submitted) { Lead = deputy },
            new(ProposalScenario.Registered),
            new(ProposalScenario.Registered) { ReturnedByUnit = true },
            new(ProposalScenario.Rejected),
            new(ProposalScenario.AssignedGreen) { LeadUnit = unit, Category = unitCategory, CoUnits = [] },
            new(ProposalScenario.AssignedGreen) { LeadUnit = construction, Category = "城乡建设", CoUnits = [unit], CoUnitsGiveInput = false },
            new(ProposalScenario.AssignedYellow) { LeadUnit = unit, Category = unitCategory, CoUnits = [finance], CoUnitsGiveInput = true },
            new(ProposalScenario.AssignedRed),
            new(ProposalScenario.AssignedOverdue),
            new(ProposalScenario.AssignedOverdue) { LeadUnit = unit, Category = unitCategory },
            new(ProposalScenario.AssignedComplex),
            new(ProposalScenario.AssignedKey) { Supervisor = chair },
            new(ProposalScenario.ReturnedAndReassigned),
            new(ProposalScenario.ExtensionApproved),
            new(ProposalScenario.ExtensionRefused),
            new(ProposalScenario.ExtensionPending) { LeadUnit = unit, Category = unitCategory, CoUnits = [] },
            new(ProposalScenario.Replied) { Lead = deputy },
            new(ProposalScenario.Replied) { LeadUnit = unit, Category = unitCategory },
            new(ProposalScenario.AcceptedWithoutRating),
            new(ProposalScenario.Rehandling),
            new(ProposalScenario.FollowUpB) { Lead = deputy },
            new(ProposalScenario.FollowUpC),
            new(ProposalScenario.ClosedA) { Lead = deputy, AtSession = true },
            new(ProposalScenario.ClosedA) { AtSession = true },
            new(ProposalScenario.ClosedD),
            new(ProposalScenario.ClosedSolved),
            new(ProposalScenario.ClosedSecondRound),
            new(ProposalScenario.AssignedGreen) { IsMotion = true, Lead = motionLead, CoSigners = motionSigners },
            new(ProposalScenario.ClosedA) { IsMotion = true, AtSession = true },
            new(ProposalScenario.MotionConverted) { IsMotion = true },
        ];
    }

    /// <summary>Three contacts of the account deputy with their constituents; the newest concern became a draft proposal.</summary>
    private List<ConstituentContact> Contacts(DemoTownship built, ProposalSetting setting, out DraftedConcern drafted)
    {
        var deputy = built.AccountDeputy;
        var village = built.Serving.Single(s => s.Deputy.Id == deputy.Id).Village;
        var township = built.Township.Name;
        var today = setting.Today;
        var own = built.Constituents.Where(c => c.DeputyId == deputy.Id).ToArray();
        Random.Shuffle(own);
        var templates = DemoProposalTexts.Templates.ToArray();
        Random.Shuffle(templates);
        var roads = DemoProposalTexts.Templates.First(t => t.Title.Contains("机耕道", StringComparison.Ordinal));
        var concerns = templates.Where(t => t != roads && !t.Rural).Take(3).ToList();

        var visit = ConstituentContact.Log(
            deputy, own.Take(2).ToList(), null, Workday(today.AddDays(-Random.Next(55, 70))), ContactChannel.Visit,
            $"走访{village}群众，了解春耕生产和群众生活情况。",
            [concerns[0].Concern(village, township), concerns[1].Concern(village, township)], today);
        var reception = ConstituentContact.Log(
            deputy, [own[2]], names.Person(Domain.Deputies.Gender.Female), Workday(today.AddDays(-Random.Next(38, 48))), ContactChannel.ReceptionDay,
            "代表接待日在镇人大代表联络站接待来访群众。", [concerns[2].Concern(village, township)], today);
        // The road is in the deputy's village, or in a village nearby when the deputy lives in a community.
        var fields = DemoTownshipPlan.IsCommunity(village)
            ? built.Serving.Select(s => s.Village).First(v => !DemoTownshipPlan.IsCommunity(v))
            : village;
        var phone = ConstituentContact.Log(
            deputy, [own[3]], null, Workday(today.AddDays(-Random.Next(24, 30))), ContactChannel.Phone,
            $"选民来电反映{fields}机耕道损毁问题，代表随后到现场查看。", [roads.Concern(fields, township)], today);
        drafted = new DraftedConcern(phone, phone.Concerns.Single(), roads, fields);
        return [visit, reception, phone];
    }

    private static DateOnly Workday(DateOnly date)
    {
        while (!Calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private sealed record DraftedConcern(ConstituentContact Contact, ContactConcern Concern, ProposalTemplate Template, string Village);
}
