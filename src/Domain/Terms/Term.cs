using DeputyPortal.Domain.Common;

namespace DeputyPortal.Domain.Terms;

/// <summary>届: one term of a township people's congress, normally five years.</summary>
public sealed class Term : Entity, ITownshipScoped
{
    private Term()
    {
    }

    public Guid TownshipId { get; private set; }

    /// <summary>The ordinal of the term (18 for 第十八届).</summary>
    public int Number { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    /// <summary>Election day of the term's deputies; a new term's first session is due within two months of it (R6).</summary>
    public DateOnly? ElectedOn { get; private set; }

    public string Name => $"第{ChineseNumerals.Of(Number)}届";

    public DateRange Period => new(StartsOn, EndsOn);

    public static Term Create(Guid townshipId, int number, DateOnly startsOn, DateOnly endsOn, DateOnly? electedOn)
    {
        var term = new Term { TownshipId = townshipId, Number = number };
        term.Reschedule(startsOn, endsOn, electedOn);
        return term;
    }

    public void Reschedule(DateOnly startsOn, DateOnly endsOn, DateOnly? electedOn)
    {
        Rule.Require(endsOn > startsOn, "TermEndsAfterItStarts", "届的结束日期必须晚于开始日期。", "endsOn");
        Rule.Require(
            electedOn is null || electedOn <= startsOn.AddMonths(1),
            "TermElectionPrecedesTerm",
            "选举日期不能晚于本届开始日期一个月以上。",
            "electedOn");
        (StartsOn, EndsOn, ElectedOn) = (startsOn, endsOn, electedOn);
    }

    public bool IsCurrentOn(DateOnly date) => Period.Contains(date);
}
