using DeputyPortal.Domain.Activities;
using DeputyPortal.Domain.Contacts;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// The words of the demo's activities, presidium meetings and constituent contacts, as a township congress office
/// writes them. {v} stands for a village or community, {t} for the township, {u} for a unit, {g} for a group.
/// </summary>
public static class DemoActivityTexts
{
    /// <summary>What a representative group does in a quarter, with where it usually happens.</summary>
    public static readonly IReadOnlyList<(ActivityKind Kind, string Title, string Place, string? Findings)> GroupActivities =
    [
        (ActivityKind.Training, "{g}集中学习《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》", "{t}人大代表之家", null),
        (ActivityKind.Training, "{g}学习新修改的地方组织法和代表履职知识", "{t}人大代表之家", null),
        (ActivityKind.Training, "{g}开展代表履职能力专题培训", "{t}人大代表联络站", null),
        (ActivityKind.ConstituentOutreach, "{g}集中走访{v}选民，听取群众意见建议", "{v}", "群众反映{v}部分路段路灯损坏、雨季排水不畅，希望尽快维修。"),
        (ActivityKind.ConstituentOutreach, "{g}进村入户开展“代表联系群众”活动", "{v}", "收集到农村饮水、医保缴费、农产品销售等方面意见建议，已分类转交镇相关部门。"),
        (ActivityKind.ConstituentOutreach, "{g}召开选民座谈会，听取对镇政府工作的意见", "{v}村（居）委会会议室", "选民对村道硬化、垃圾清运频次提出意见，代表表示将形成建议提交。"),
        (ActivityKind.ReceptionDay, "{g}代表接待日活动", "{t}人大代表联络站", "接待来访群众，记录反映问题，对政策性问题当场解释，其余转交有关单位办理。"),
        (ActivityKind.ReceptionDay, "{g}在{v}代表联络点开展代表接待日活动", "{v}代表联络点", "群众主要反映宅基地审批、低保评定和河道清淤等问题。"),
        (ActivityKind.Other, "{g}参与{v}人居环境整治督导", "{v}", "部分农户房前屋后杂物堆放问题仍较突出。"),
        (ActivityKind.Other, "{g}开展“人大代表进网格”活动", "{v}", null),
    ];

    /// <summary>A group inspection before the spring session (会前视察).</summary>
    public static readonly (string Title, string Findings) PreSessionInspection =
        ("{g}会前视察民生实事项目推进情况", "视察了{v}道路提升和饮水安全工程，建议加快进度、加强质量监管，并提前做好群众解释工作。");

    /// <summary>Supervision by the township congress: kind, title, findings, and what units must put right.</summary>
    public static readonly IReadOnlyList<SupervisionTemplate> Supervision =
    [
        new(ActivityKind.Inspection, "视察{t}农村人居环境整治工作", "农村人居环境整治总体推进有序，但部分村垃圾分类设施不足，生活污水收集管网覆盖率偏低，长效管护机制有待健全。",
            ["增设{v}垃圾分类收集点并落实专人管护", "完成{v}生活污水管网破损段修复", "建立村庄保洁考核办法并按月通报"]),
        new(ActivityKind.Inspection, "视察{t}重点民生实事项目实施情况", "民生实事项目大部分按计划推进，个别项目前期手续办理滞后，资金拨付进度偏慢。",
            ["加快{v}道路提升工程施工进度", "规范项目资金拨付程序，按月公开进度", "完善项目竣工验收资料"]),
        new(ActivityKind.LawEnforcementCheck, "开展《中华人民共和国食品安全法》执法检查", "学校食堂和农村集体聚餐管理总体规范，但部分小餐饮店证照公示不全，从业人员健康证明过期。",
            ["督促辖区小餐饮店规范公示证照", "组织从业人员健康体检并建立台账", "加强农村集体聚餐备案指导"]),
        new(ActivityKind.LawEnforcementCheck, "开展《中华人民共和国道路交通安全法》执法检查", "农村道路交通安全总体平稳，但部分临水临崖路段缺少防护设施，电动车、农用车违法载人现象时有发生。",
            ["在{v}临水路段增设防护栏和警示标志", "开展农用车违法载人专项整治", "加强中小学生交通安全教育"]),
        new(ActivityKind.Research, "专题调研{t}农村养老服务工作", "居家养老服务站点运营经费不足，服务项目单一，农村留守老人助餐需求较大。",
            ["研究制定居家养老服务站点运营补助办法", "在{v}试点开办老年助餐点"]),
        new(ActivityKind.Research, "专题调研{t}义务教育均衡发展情况", "学校硬件条件明显改善，但乡村学校教师结构性缺编，音体美教师不足。",
            ["协调县教育部门补充音体美专任教师", "改善乡村教师周转宿舍条件"]),
        new(ActivityKind.SpecialReportReview, "听取和审议镇人民政府关于财政预算执行情况的专项工作报告", "预算执行总体平稳，但部分专项资金支出进度偏慢，“三公”经费压减还有空间。",
            ["加快专项资金支出进度，按季度向主席团报告", "进一步压减一般性支出"]),
        new(ActivityKind.SpecialReportReview, "听取和审议镇人民政府关于安全生产工作情况的专项工作报告", "安全生产形势总体稳定，但小作坊、出租房消防隐患排查不够彻底。",
            ["开展出租房、小作坊消防安全隐患专项排查", "配齐{v}微型消防站器材"]),
        new(ActivityKind.WorkEvaluation, "对镇政府部分站所开展工作评议", "被评议单位服务意识有所增强，但办事流程公开不够，个别窗口存在推诿现象。",
            ["公开办事流程和承诺时限", "建立首问负责和限时办结制度"]),
        new(ActivityKind.SatisfactionSurvey, "组织人大代表对镇政府职能部门开展满意度测评", "代表总体评价较好，对群众反映问题的回应速度和办理质量提出改进意见。",
            ["对不满意票较多的事项逐项说明整改措施", "代表建议办理结果及时向代表反馈"]),
    ];

    public static readonly string[] CompletionEvidence =
    [
        "已按期完成整改，经镇人大主席团组织代表现场复查确认。",
        "整改工作已完成，相关照片、台账资料已报镇人大办备查。",
        "已完成整改并书面报告镇人大主席团，代表满意。",
        "经回头看，整改措施落实到位，群众反映良好。",
    ];

    /// <summary>Agenda items a regular presidium meeting takes up in each quarter (index 0 = Q1).</summary>
    public static readonly string[][] RegularAgenda =
    [
        ["研究镇第十八届人民代表大会第{n}次会议筹备工作", "审议镇人大主席团年度工作要点", "审议年度监督工作计划", "研究部署一季度代表小组活动"],
        ["听取镇人民政府关于代表建议办理情况的汇报", "研究部署代表小组活动", "审议代表建议重点督办方案", "研究开展代表联系选民活动安排"],
        ["听取镇人民政府关于上半年民生实事项目实施情况的汇报", "研究部署下半年视察和专题调研活动", "研究部署代表小组活动", "研究代表向选民述职工作安排"],
        ["听取代表建议办理情况汇报", "研究部署代表述职评议工作", "研究下一年度人大工作思路", "通报代表履职情况"],
    ];

    public static readonly string[] ExtraordinaryAgenda =
    [
        "研究镇人民代表大会会议召开时间和议程建议",
        "研究接受代表辞去代表职务的请求",
        "研究防汛救灾期间代表履职工作安排",
        "审议专项工作报告审议意见的交办事项",
    ];

    /// <summary>Decisions a meeting puts to the vote; those with a unit carry a follow-up.</summary>
    public static readonly (string Text, bool FollowUp)[] Decisions =
    [
        ("通过年度监督工作计划，由镇人大办印发执行", false),
        ("确定重点督办代表建议，交镇人民政府限期办理并报告结果", true),
        ("同意代表小组活动安排，各代表小组按季度组织开展活动", false),
        ("审议通过视察意见，交镇人民政府研究处理", true),
        ("同意将镇人民代表大会会议议程（草案）提请大会预备会议审议", false),
        ("决定开展农村人居环境整治专题视察，镇人民政府相关办所做好配合", true),
        ("通过代表述职评议工作方案", false),
        ("对代表建议办理“回头看”中发现的问题交办相关单位整改", true),
    ];

    public static readonly string[] LeaveReasons =
    [
        "参加县委党校培训",
        "外出参加县人大常委会会议",
        "因病住院",
        "陪同上级部门检查工作",
        "家中有事",
        "外出务工",
        "企业生产任务紧，无法脱身",
        "在外地出差",
    ];

    /// <summary>What a deputy writes down after meeting constituents, by channel.</summary>
    public static readonly IReadOnlyDictionary<ContactChannel, string[]> Summaries = new Dictionary<ContactChannel, string[]>
    {
        [ContactChannel.Visit] = ["走访{v}联系户，了解家庭生产生活情况。", "入户走访{v}困难群众，宣传惠民政策。", "到{v}走访选民，听取对村务管理的意见。"],
        [ContactChannel.ReceptionDay] = ["在代表联络站接待日接待选民来访。", "代表接待日接待{v}群众，解答政策咨询。"],
        [ContactChannel.Phone] = ["电话回访联系户，告知所反映问题的办理进展。", "选民来电反映{v}生产生活中遇到的问题。"],
        [ContactChannel.WeChat] = ["通过微信与联系户沟通，收集意见建议。", "在{v}代表微信群中收集群众意见。"],
        [ContactChannel.Forum] = ["参加{v}选民座谈会，听取群众对镇村工作的意见。"],
        [ContactChannel.Letter] = ["收到选民来信，反映{v}有关问题，已登记并回复。"],
        [ContactChannel.WalkIn] = ["选民到代表家中来访，反映{v}有关问题。"],
    };

    /// <summary>Concerns constituents raise; about one contact in three has one.</summary>
    public static readonly string[] Concerns =
    [
        "{v}部分路灯损坏，夜间出行不便，希望尽快维修。",
        "{v}生活垃圾清运不及时，希望增加清运频次。",
        "{v}灌溉水渠淤塞，影响农田灌溉。",
        "希望在{v}增设老年人日间照料中心。",
        "{v}村道狭窄，会车困难，建议拓宽。",
        "希望加强{v}周边道路交通安全管理，增设减速带。",
        "农村医保缴费标准逐年提高，部分困难群众缴费有压力。",
        "{v}自来水水压不足，高峰时段经常停水。",
        "希望组织农村劳动力技能培训，帮助就近就业。",
        "{v}河道垃圾较多，希望加强保洁。",
        "农产品销售渠道不畅，希望镇里帮助对接电商平台。",
        "{v}小学门口上下学时段交通拥堵，存在安全隐患。",
    ];
}

/// <summary>A kind of supervision with its title, what it found and the rectification items that follow.</summary>
public sealed record SupervisionTemplate(ActivityKind Kind, string Title, string Findings, IReadOnlyList<string> Rectifications);
