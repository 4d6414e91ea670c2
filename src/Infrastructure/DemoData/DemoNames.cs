using System.Globalization;
using DeputyPortal.Domain.Deputies;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// Invents the people of the demo county: Chinese names from common surnames and given-name characters, and phone
/// numbers that have the shape of a mainland mobile number but belong to nobody in particular.
/// All choices come from the one seeded <see cref="Random"/>, so every run invents the same people.
/// </summary>
public sealed class DemoNames(Random random)
{
    // The commonest surnames first and repeated, so 王, 李, 张, 刘, 陈 turn up about as often as they do in a register.
    private static readonly string[] Surnames =
    [
        "王", "王", "王", "李", "李", "李", "张", "张", "张", "刘", "刘", "陈", "陈", "杨", "杨", "黄", "黄", "赵", "吴", "周",
        "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
        "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "魏", "苏", "吕", "丁", "任", "沈", "姚",
        "卢", "钟", "姜", "崔", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "付", "方", "邹", "熊", "孟", "邱", "江",
        "尹", "薛", "段", "雷", "侯", "龙", "黎", "贺", "顾", "毛", "龚", "邵", "万", "钱", "戴", "汤", "樊", "殷", "施", "陶",
        "洪", "颜", "严", "温", "俞", "章", "葛", "聂", "柳", "岳", "梅", "管", "涂", "舒", "詹", "欧阳",
    ];

    private static readonly string[] MaleLeads =
    [
        "建", "国", "志", "文", "明", "海", "永", "春", "德", "金", "光", "立", "家", "晓", "振", "俊", "世", "学", "长", "宏",
        "正", "新", "卫", "红", "小", "成", "子", "庆", "利", "天", "冬", "宇", "昌", "泽",
    ];

    private static readonly string[] MaleTails =
    [
        "华", "明", "军", "平", "林", "强", "东", "生", "辉", "成", "荣", "峰", "刚", "斌", "波", "勇", "杰", "涛", "良", "亮",
        "富", "龙", "清", "祥", "发", "伟", "忠", "兵", "飞", "鹏", "文", "民", "根", "宝", "松", "贵", "权", "浩",
    ];

    private static readonly string[] MaleSingles = ["伟", "军", "勇", "强", "斌", "涛", "磊", "杰", "鹏", "刚", "峰", "超", "平", "锋", "毅", "健"];

    private static readonly string[] FemaleLeads =
    [
        "秀", "桂", "玉", "丽", "美", "春", "红", "小", "晓", "海", "金", "雪", "慧", "静", "文", "翠", "凤", "冬", "月", "爱",
        "素", "佳", "梦", "雅",
    ];

    private static readonly string[] FemaleTails =
    [
        "英", "兰", "芳", "珍", "梅", "华", "莲", "霞", "琴", "燕", "娟", "萍", "丽", "敏", "婷", "红", "玲", "琳", "娥", "云",
        "凤", "香", "菊", "洁", "艳", "颖",
    ];

    private static readonly string[] FemaleSingles = ["芳", "静", "丽", "娟", "敏", "燕", "艳", "霞", "婷", "琳", "红", "英", "萍", "琴"];

    // Mongolian names are written in Chinese transliteration and carry no Han surname; many are compounds (巴图孟和).
    private static readonly string[] MongolianMaleLeads = ["巴图", "宝音", "额尔敦", "那顺", "阿拉坦", "特木尔", "孟和", "朝鲁", "苏和", "达来"];

    private static readonly string[] MongolianMaleTails = ["巴特尔", "孟和", "毕力格", "达来", "吉日嘎拉", "乌力吉"];

    private static readonly string[] MongolianFemaleLeads = ["乌云", "萨仁", "斯琴", "娜仁", "阿拉坦"];

    private static readonly string[] MongolianFemaleTails = ["其其格", "高娃", "图雅", "花", "塔娜"];

    // The She (畲族) keep a handful of their own surnames.
    private static readonly string[] SheSurnames = ["蓝", "蓝", "雷", "雷", "钟", "李"];

    // Mobile prefixes of the three carriers; the eight digits after them are invented.
    private static readonly string[] MobilePrefixes =
    [
        "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178", "182", "183", "187",
        "188", "130", "131", "132", "155", "156", "166", "176", "185", "186", "133", "153", "173", "177", "180", "181", "189",
        "191", "199",
    ];

    public Random Random => random;

    public string Person(Gender gender, string ethnicity = "汉族")
    {
        if (ethnicity == "蒙古族")
        {
            return Mongolian(gender);
        }

        var surname = Pick(ethnicity == "畲族" ? SheSurnames : Surnames);
        var single = random.Next(100) < 25;
        return gender == Gender.Female
            ? surname + (single ? Pick(FemaleSingles) : Pick(FemaleLeads) + Pick(FemaleTails))
            : surname + (single ? Pick(MaleSingles) : Pick(MaleLeads) + Pick(MaleTails));
    }

    private string Mongolian(Gender gender)
    {
        var (leads, tails) = gender == Gender.Female ? (MongolianFemaleLeads, MongolianFemaleTails) : (MongolianMaleLeads, MongolianMaleTails);
        var lead = Pick(leads);
        var tail = Pick(tails);
        return lead == tail ? lead : lead + tail;
    }

    /// <summary>A resident of the township: either gender, of an ethnicity drawn from the township's mix.</summary>
    public string Resident(DemoTownshipPlan plan) => Person(random.Next(2) == 0 ? Gender.Male : Gender.Female, Ethnicity(plan));

    public string Ethnicity(DemoTownshipPlan plan)
    {
        var roll = random.Next(100);
        foreach (var (ethnicity, percent) in plan.Ethnicities)
        {
            if (roll < percent)
            {
                return ethnicity;
            }

            roll -= percent;
        }

        return plan.Ethnicities[0].Ethnicity;
    }

    public string Mobile() =>
        Pick(MobilePrefixes) + random.Next(0, 100_000_000).ToString("D8", CultureInfo.InvariantCulture);

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
