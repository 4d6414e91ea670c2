using DeputyPortal.Domain.Proposals;

namespace DeputyPortal.Infrastructure.DemoData;

/// <summary>
/// One kind of proposal a township deputy writes: the category, a title with the place left open ({v} a village,
/// {t} the township), the situation as constituents describe it, what the deputy suggests, and the handling unit it
/// usually goes to, as an index into the township's units (0 党政办, 1 农业农村办, 2 村镇建设办, 3 社会事务办,
/// 4 财政所, 5 派出所, 6 卫生院, 7 中心小学). A rural one (fields, village roads, hill ponds) is about a village, never
/// a community.
/// </summary>
public sealed record ProposalTemplate(string Category, string Title, string Situation, string Suggestion, int UnitIndex, bool Rural = false)
{
    public ProposalText Write(string village, string township)
    {
        var title = Fill(Title, village, township);
        var content = $"{Fill(Situation, village, township)}。群众多次向代表反映，希望尽快解决。\n\n建议：{Fill(Suggestion, village, township)}。";
        return new ProposalText(title, content, Category);
    }

    /// <summary>The concern as a constituent raises it in a contact with the deputy.</summary>
    public string Concern(string village, string township) => Fill(Situation, village, township) + "。";

    private static string Fill(string text, string village, string township) =>
        text.Replace("{v}", village, StringComparison.Ordinal).Replace("{t}", township, StringComparison.Ordinal);
}

/// <summary>What deputies of the demo and synthetic townships write about, and how units and secretaries answer.</summary>
public static class DemoProposalTexts
{
    public static readonly IReadOnlyList<ProposalTemplate> Templates =
    [
        new("经济发展", "关于扶持{v}茶叶专业合作社做大做强的建议", "{v}现有茶园一千余亩，合作社加工设备陈旧，品牌影响力弱，茶农增收渠道有限", "协调涉农资金更新加工设备，帮助合作社申报地理标志产品，组织参加县级以上展销活动", 1, Rural: true),
        new("经济发展", "关于在{t}集镇规划建设农贸市场的建议", "{t}集镇农产品交易沿街摆卖，占道经营现象突出，逢圩日交通拥堵", "选址新建标准化农贸市场，配套停车位和公厕，引导商户入场经营", 2),
        new("经济发展", "关于加大{v}电商服务站扶持力度的建议", "{v}电商服务站网络信号差、物流成本高，土特产品外销困难", "协调通信公司改善网络覆盖，整合快递资源建设村级共配点，对电商站点给予运营补贴", 0, Rural: true),
        new("经济发展", "关于发展{v}乡村旅游的建议", "{v}古樟树群和传统村落保存完好，但缺少游步道、停车场等配套设施，游客来了留不住", "将{v}纳入全镇旅游规划，争取项目资金完善配套设施，鼓励村民发展农家乐和民宿", 0, Rural: true),
        new("城乡建设", "关于修缮{v}机耕道的建议", "{v}通往主要田块的机耕道年久失修，路面坑洼，雨天泥泞，农机无法下田", "将{v}机耕道修缮列入今年的农村基础设施项目，对损毁路段进行硬化，并完善排水沟", 2, Rural: true),
        new("城乡建设", "关于硬化{v}至集镇道路的建议", "{v}至集镇的道路仍为砂石路，全长约三公里，晴天扬尘、雨天泥泞，学生上学和群众出行不便", "争取县交通运输部门支持，将该路段纳入农村公路提升工程，尽快实施硬化", 2, Rural: true),
        new("城乡建设", "关于在{v}主干道增设路灯的建议", "{v}主干道夜间没有照明，群众晚上出行存在安全隐患，去年已发生两起摩托车摔伤事故", "在主干道和人员密集路段安装太阳能路灯，并明确后期维护责任", 2),
        new("城乡建设", "关于改造{t}集镇老旧供水管网的建议", "{t}集镇供水管网铺设于上世纪九十年代，管道老化，经常爆管停水，水质时有浑浊", "对老旧管网分期进行改造，更换入户水表，建立停水提前告知制度", 2),
        new("农业农村", "关于加快{v}高标准农田建设的建议", "{v}部分农田灌溉渠道淤塞、田块零散，抗旱排涝能力弱，撂荒现象有所抬头", "将{v}纳入高标准农田建设项目，统一整治渠系和田块，引导土地流转连片经营", 1, Rural: true),
        new("农业农村", "关于修复{v}山塘灌溉渠的建议", "{v}山塘灌溉渠多处渗漏垮塌，下游近三百亩稻田灌溉用水得不到保障", "安排水利资金对渠道进行防渗改造，汛期前完成塌方段修复", 1, Rural: true),
        new("农业农村", "关于加强{v}农技服务的建议", "{v}种植户反映病虫害防治缺少技术指导，农药使用不规范，产量和品质不稳定", "组织农技人员定期下村开展培训和田间指导，建立种植户技术服务群", 1, Rural: true),
        new("农业农村", "关于解决{v}农产品销售难的建议", "{v}今年脐橙、蜜柚丰产，但收购商压价，部分果农的果子烂在地里", "牵线超市、食堂和电商平台开展产销对接，建设村级冷藏保鲜库", 1, Rural: true),
        new("教育", "关于改善{t}中心小学食堂就餐条件的建议", "{t}中心小学食堂面积小，学生分三批就餐，部分学生只能站着吃饭，厨房设备老化", "扩建食堂就餐区，更新厨房设备，落实食品安全管理制度", 7),
        new("教育", "关于解决{v}学生上学交通安全问题的建议", "{v}学生上学需步行四公里，途经国道，部分家长使用无牌摩托车接送，安全隐患大", "开通校车或定制公交线路，在学校周边路口设置减速带和警示标志", 7, Rural: true),
        new("教育", "关于加强{v}留守儿童关爱工作的建议", "{v}留守儿童较多，课后无人看管，沉迷手机游戏的情况比较普遍", "依托村综合服务中心开设课后托管和假期看护，组织志愿者结对帮扶", 3),
        new("教育", "关于为{t}中心小学配齐音体美教师的建议", "{t}中心小学没有专职音乐、美术教师，相关课程由其他学科教师兼任，开课不足", "向县教育部门申请增加音体美教师编制，开展城乡学校走教和送教下乡", 7),
        new("医疗卫生", "关于在{v}设立村卫生室的建议", "{v}距离卫生院较远，村里没有卫生室，老人看小病、量血压都要跑到集镇", "按标准建设村卫生室，配备乡村医生和常用药品，纳入医保定点", 6, Rural: true),
        new("医疗卫生", "关于延长{t}卫生院夜间门诊时间的建议", "{t}卫生院晚上只有急诊值班，群众夜间看病只能去县城，路远费用高", "增加夜间门诊医生，延长门诊时间至晚上九点，公布值班电话", 6),
        new("医疗卫生", "关于为{v}老年人开展上门健康体检的建议", "{v}独居和行动不便的老人较多，很多人没有参加过免费健康体检", "组织家庭医生团队定期上门体检，建立健康档案并跟踪慢性病管理", 6),
        new("医疗卫生", "关于改善{t}卫生院就医环境的建议", "{t}卫生院门诊楼狭小，候诊区座位不足，没有电梯，老人上二楼看病很吃力", "争取项目资金改造门诊楼，加装电梯，增设候诊座椅和无障碍设施", 6),
        new("社会保障", "关于提高{v}低保评审透明度的建议", "{v}部分群众对低保户的评定有意见，认为评审过程不够公开", "严格执行民主评议和公示制度，公布评审结果和举报电话，定期开展复核", 3),
        new("社会保障", "关于在{v}建设居家养老服务站的建议", "{v}六十岁以上老人占全村人口四分之一，子女多在外务工，老人吃饭、照料困难", "利用闲置村小学校舍建设居家养老服务站，提供助餐和日间照料服务", 3),
        new("社会保障", "关于优化城乡居民医保缴费服务的建议", "{v}不少老人不会使用手机缴纳医保费，每年缴费期都要托人代缴，容易漏缴", "在村便民服务点设立代缴窗口，缴费期间安排工作人员上门服务", 4),
        new("社会保障", "关于加强{v}困难残疾人帮扶的建议", "{v}有重度残疾人十余名，家庭收入低，护理负担重", "落实两项补贴政策，为符合条件的残疾人家庭提供居家无障碍改造和就业帮扶", 3),
        new("生态环境", "关于整治{v}河道垃圾的建议", "{v}河道两岸堆放生活垃圾和建筑垃圾，汛期垃圾冲入河道，影响水质", "清理河道垃圾，增设垃圾收集点，落实河长巡河和保洁责任", 2),
        new("生态环境", "关于规范{v}生活污水处理的建议", "{v}部分农户生活污水直排沟渠，夏季气味难闻，蚊蝇滋生", "建设村级污水处理设施，推进农户改厕和管网接入", 2),
        new("生态环境", "关于治理{v}养殖场异味扰民问题的建议", "{v}附近养殖场粪污处理不到位，周边农户长期受异味困扰", "督促养殖场配套粪污处理设施，对不达标的限期整改", 1, Rural: true),
        new("生态环境", "关于加强{v}森林防火工作的建议", "{v}山林面积大，清明、冬季祭扫和烧荒用火多，防火力量薄弱", "增设防火宣传牌和检查卡点，组建村级半专业扑火队并配齐装备", 0, Rural: true),
        new("社会治理", "关于在{v}主要路口安装监控探头的建议", "{v}近来发生多起农用物资和电动车被盗案件，主要路口没有监控", "在出入村主要路口和人员密集场所安装监控，接入综治中心平台", 5),
        new("社会治理", "关于整治{t}集镇交通秩序的建议", "{t}集镇车辆乱停乱放，学生放学时段交通拥堵，存在安全隐患", "施划停车位，在学校路段安排交警和志愿者疏导，加强违停查处", 5),
        new("社会治理", "关于加强{v}防范电信诈骗宣传的建议", "{v}今年有多名老人接到冒充公检法的诈骗电话，已有群众被骗", "组织民警进村入户宣传，利用村广播和微信群定期发布防骗提示", 5),
        new("社会治理", "关于化解{v}山林权属纠纷的建议", "{v}与邻村之间存在山林权属纠纷多年，群众多次发生口角，影响和谐", "由镇综治中心牵头组织调处，依据林权档案明确界址，防止矛盾激化", 0, Rural: true),
        new("其他", "关于规范{t}公共体育设施管理的建议", "{t}集镇健身广场器材损坏较多，长期无人维修，存在安全隐患", "明确健身设施管护单位，定期检修更换，建立群众报修渠道", 3),
        new("其他", "关于在{v}建设文化活动广场的建议", "{v}群众文化生活单调，没有开展广场舞和文艺活动的场地", "利用村部旁闲置地块建设文化活动广场，配套灯光和音响设施", 3),
        new("其他", "关于加强{v}红色资源保护利用的建议", "{v}有一处革命旧址年久失修，部分墙体开裂，缺少介绍和标识", "对革命旧址进行抢救性修缮，设立展陈和标识，纳入党史学习教育基地", 0),
        new("其他", "关于提高{t}便民服务中心办事效率的建议", "{t}便民服务中心窗口设置不合理，群众办事来回跑，等候时间长", "推行一窗受理、集成服务，公布办事指南和时限，开通预约和代办服务", 0),
    ];

    public static readonly string[] RejectionReasons =
    [
        "所提事项属于个人诉求，不属于代表建议的范围，已转有关部门按信访程序办理。",
        "所提内容与已立案的建议重复，已并入该建议办理。",
        "所提事项已在办理中，且有明确的完成时间，不再另行立案。",
    ];

    public static readonly string[] ReturnReasons =
    [
        "该事项不属于本单位职责范围，建议改由相关单位主办。",
        "所涉项目由县级部门审批实施，本单位无权处理，请重新交办。",
    ];

    public static readonly string[] ExtensionReasons =
    [
        "项目需报县级部门审批，资金尚未下达，申请延期办理。",
        "工程受雨季影响无法施工，需待旱季实施，申请延期办理。",
        "涉及多个村组协调，群众意见尚未统一，申请延期办理。",
    ];

    public static readonly string[] ProgressNotes =
    [
        "已组织人员实地查看，正在制定工作方案。",
        "已与代表面商，就办理思路达成一致。",
        "项目已完成招投标，计划下月开工。",
        "已完成工程量的一半，预计按期完成。",
        "已向县级主管部门报送项目申请，正在等待批复。",
    ];

    public static readonly string[] CoUnitInputs =
    [
        "我单位同意主办单位的处理意见，将在资金安排上予以配合。",
        "我单位已安排专人对接，负责做好群众的宣传解释工作。",
        "建议结合今年的项目计划统筹实施，我单位将配合做好前期工作。",
    ];

    public static readonly string[] SatisfiedComments = ["办理认真，问题已经解决，群众满意。", "办理及时，沟通充分。"];

    public static readonly string[] DissatisfiedComments = ["答复内容空泛，问题没有实质解决，请重新办理。", "办理前未与代表沟通，答复与实际情况不符。"];

    public static readonly string[] DeclineExplanations =
    [
        "受资金和用地指标限制，目前暂不具备实施条件，我们将积极向上争取项目支持。",
        "该事项涉及跨区域规划调整，需待县级规划修编后统筹考虑。",
    ];

    public static string ReplyText(ReplyClass resultClass, string title, string unit, DateOnly? committed) => resultClass switch
    {
        ReplyClass.A => $"您提出的《{title}》收悉。{unit}高度重视，组织人员实地调研，已落实相关措施，所提问题已基本解决。感谢您对我们工作的关心和支持。",
        ReplyClass.B => $"您提出的《{title}》收悉。{unit}已制定实施方案，目前正在推进，预计于{committed:yyyy年M月d日}前完成。我们将及时向您通报进展。",
        ReplyClass.C => $"您提出的《{title}》收悉。经研究，该事项已列入下一年度工作计划，将于{committed:yyyy年M月d日}前逐步解决。",
        _ => $"您提出的《{title}》收悉。{unit}经认真研究，因条件限制，该事项暂时无法解决，具体原因说明如下。",
    };
}
