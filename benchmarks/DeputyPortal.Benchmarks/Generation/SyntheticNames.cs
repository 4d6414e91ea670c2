using DeputyPortal.Domain.Deputies;
using DeputyPortal.Infrastructure.DemoData;

namespace DeputyPortal.Benchmarks.Generation;

/// <summary>
/// Deterministic people, places and phone numbers from a seeded generator. Names and phones come from the demo
/// data's <see cref="DemoNames"/>, so both speak with the same voice; villages are numbered for large scales.
/// </summary>
public sealed class SyntheticNames
{
    private static readonly string[] VillageStems =
    [
        "茶亭", "昂素", "芝山", "东坑", "西岭", "南塘", "北坪", "上湾", "下屋", "石桥", "枫林", "竹园", "桃源", "清溪", "黄泥",
        "长岗", "新田", "老屋", "高坪", "水口", "龙潭", "凤岭", "白沙", "青山",
    ];

    private readonly DemoNames _names;

    public SyntheticNames(int seed)
    {
        Random = new Random(seed);
        _names = new DemoNames(Random);
    }

    public Random Random { get; }

    public static string Village(int index) =>
        VillageStems[index % VillageStems.Length] + (index < VillageStems.Length ? "村" : $"{(index / VillageStems.Length) + 1}村");

    public string PersonName(bool female) => _names.Person(female ? Gender.Female : Gender.Male);

    public string Address(string village) => $"{village}{Random.Next(1, 12)}组{Random.Next(1, 80)}号";

    public string MobilePhone() => _names.Mobile();

    public T Pick<T>(IReadOnlyList<T> items) => _names.Pick(items);

    public bool Chance(double probability) => Random.NextDouble() < probability;
}
