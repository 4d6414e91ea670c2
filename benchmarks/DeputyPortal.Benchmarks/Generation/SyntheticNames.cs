namespace DeputyPortal.Benchmarks.Generation;

/// <summary>Deterministic, realistic-looking Chinese names, places and phone numbers from a seeded generator.</summary>
public sealed class SyntheticNames(int seed)
{
    private static readonly string[] Surnames =
    [
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
        "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
        "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    ];

    private static readonly string[] GivenMale =
    [
        "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "平", "辉", "鹏", "华", "飞", "斌", "波", "建国",
        "志强", "建华", "国平", "海波", "文辉", "德明", "永红", "春生", "学军", "宏伟", "俊杰", "小龙", "家豪",
    ];

    private static readonly string[] GivenFemale =
    [
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "桂英", "秀英", "丽华", "红梅", "晓燕", "雪梅", "春兰",
        "玉兰", "美玲", "海燕", "慧敏", "淑珍", "婷婷", "欣怡",
    ];

    private static readonly string[] VillageStems =
    [
        "茶亭", "昂素", "芝山", "东坑", "西岭", "南塘", "北坪", "上湾", "下屋", "石桥", "枫林", "竹园", "桃源", "清溪", "黄泥",
        "长岗", "新田", "老屋", "高坪", "水口", "龙潭", "凤岭", "白沙", "青山",
    ];

    private readonly Random _random = new(seed);

    public Random Random => _random;

    public string PersonName(bool female) =>
        Pick(Surnames) + Pick(female ? GivenFemale : GivenMale);

    public static string Village(int index) => VillageStems[index % VillageStems.Length] + (index < VillageStems.Length ? "村" : $"{index / VillageStems.Length + 1}村");

    public string Address(string village) => $"{village}{_random.Next(1, 12)}组{_random.Next(1, 80)}号";

    public string MobilePhone() => $"1{_random.Next(3, 10)}{_random.Next(0, 10)}{_random.Next(0, 100_000_000):D8}";

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public bool Chance(double probability) => _random.NextDouble() < probability;
}
