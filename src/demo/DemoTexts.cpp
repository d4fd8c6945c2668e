// The demo's texts: campaigns, hazard descriptions and rectification notes. (The built-in
// checklists are resources/checklists/*.json.)
#include "DemoData.h"

namespace safeledger::demo {

namespace {
using C = HazardCategory;
using S = Sector;
} // namespace

std::span<const HazardText> hazardTexts()
{
    static const HazardText table[] = {
        // 消防
        {C::Fire, S::None, true, "生产车间", "部分灭火器压力不足，未按规定每月检查",
         "更换失效灭火器，建立月度检查记录"},
        {C::Fire, S::None, true, "安全出口", "安全出口被货物堵塞，疏散通道不畅", "清理堆放物品，保持疏散通道畅通"},
        {C::Fire, S::None, false, "楼梯间", "应急照明灯、疏散指示标志损坏", "维修更换应急照明灯和疏散指示标志"},
        {C::Fire, S::None, true, "仓库", "物品堆放过高，距照明灯具不足0.5米", "降低堆垛高度，与灯具保持安全距离"},
        {C::Fire, S::None, true, "员工宿舍", "宿舍内私拉电线为电动自行车充电", "拆除私拉线路，设置集中充电区域"},
        {C::Fire, S::None, true, "消火栓箱", "室内消火栓箱内水带、水枪缺失", "补齐水带、水枪，定期检查消火栓"},
        {C::Fire, S::None, true, "厂区", "动火作业未办理审批手续，现场无监护人",
         "严格执行动火审批，配备监护人和灭火器材"},
        {C::Fire, S::None, false, "办公楼", "建筑消防设施未定期维护保养，无维保记录",
         "委托有资质单位维保，建立维保记录"},
        {C::Fire, S::Catering, false, "厨房", "燃气软管老化，未安装燃气泄漏报警装置",
         "更换金属波纹管，安装燃气泄漏报警装置"},
        {C::Fire, S::Catering, false, "厨房", "油烟道积油严重，未定期清洗", "委托专业单位清洗油烟道，每季度不少于一次"},
        {C::Fire, S::Catering, false, "液化气瓶间", "液化气钢瓶超期未检，与灶具距离不足",
         "更换合格钢瓶，设置独立气瓶间"},
        {C::Fire, S::Fireworks, true, "销售店面", "烟花爆竹超量存放，超出许可核定储存量",
         "清理超量产品，按核定数量存放"},
        {C::Fire, S::Fireworks, true, "销售柜台", "未设置专柜销售，烟花爆竹与其他商品混放",
         "设置专柜，与其他商品分开存放"},
        {C::Fire, S::Fireworks, false, "店内", "未配备灭火器和消防水桶", "配备2具4kg干粉灭火器和消防水桶"},
        {C::Fire, S::Fireworks, true, "店门口", "未设置“严禁烟火”警示标志，店内有人吸烟", "张贴警示标志，严禁店内吸烟"},
        {C::Fire, S::Accommodation, true, "客房走廊", "防火门处于常开状态，闭门器损坏", "维修闭门器，保持防火门常闭"},
        {C::Fire, S::Accommodation, true, "一楼大厅", "电动自行车在门厅停放充电", "清理门厅车辆，设置室外充电桩"},
        {C::Fire, S::Commerce, true, "卖场", "卖场内货架占用疏散通道", "调整货架布局，疏散通道宽度不小于1.4米"},
        {C::Fire, S::Commerce, false, "店铺后间", "经营、仓储与住宿“三合一”", "实施防火分隔，人员不得在店内住宿"},
        {C::Fire, S::FuelRetail, false, "站房", "站房内设润滑油加注间，不符合安全要求", "将润滑油加注间移出站房"},
        {C::Fire, S::FuelRetail, true, "加油区", "5号加油机旁停放摩托车，现场有人使用手机",
         "立即挪开车辆，加强现场管理"},
        {C::Fire, S::Construction, true, "工人生活区", "工人宿舍使用电炉等大功率电器", "没收违规电器，安装限流装置"},
        {C::Fire, S::Construction, false, "材料堆场", "易燃保温材料堆放区未配备灭火器材", "配备灭火器，设置禁火标志"},
        {C::Fire, S::Education, false, "学生宿舍", "宿舍楼疏散楼梯设置铁栅栏，影响疏散", "拆除铁栅栏或改为内部可开启"},
        // 电气
        {C::Electrical, S::None, true, "配电箱", "配电箱门未上锁，箱内线路凌乱", "整理箱内线路，加锁并指定专人管理"},
        {C::Electrical, S::None, false, "生产车间", "电气线路老化破损，存在漏电风险", "更换老化线路并穿管保护"},
        {C::Electrical, S::None, false, "车间", "设备金属外壳未接地，漏电保护器失效", "设备可靠接地，更换漏电保护器"},
        {C::Electrical, S::None, true, "仓库", "仓库内使用碘钨灯照明", "更换为LED冷光源灯具"},
        {C::Electrical, S::None, true, "办公室", "插线板串接使用，违规使用大功率电器", "拆除串接插线板，规范用电"},
        {C::Electrical, S::None, true, "配电房", "配电房无绝缘垫，堆放杂物", "清理杂物，铺设绝缘垫，配备灭火器"},
        {C::Electrical, S::Construction, false, "施工现场", "未落实三级配电两级保护，一闸多机",
         "按“一机一闸一漏一箱”整改"},
        {C::Electrical, S::Construction, true, "施工现场", "临时用电线路拖地，未架空或埋地敷设",
         "线路架空敷设，过路处穿管保护"},
        {C::Electrical, S::FuelRetail, false, "加油区", "爆炸危险区域内使用非防爆电气设备", "更换为防爆型电气设备"},
        {C::Electrical, S::HazardousChemicals, false, "甲类仓库", "仓库内照明灯具、开关非防爆型", "更换防爆灯具和开关"},
        // 危险化学品
        {C::Chemicals, S::HazardousChemicals, false, "甲类仓库", "危险化学品未分类分区储存，禁忌物料混存",
         "按性质分区储存并设置隔离"},
        {C::Chemicals, S::HazardousChemicals, false, "罐区", "可燃气体泄漏报警装置未定期检定，部分失效",
         "检定维修报警装置并联入控制室"},
        {C::Chemicals, S::HazardousChemicals, false, "罐区", "储罐区防火堤有孔洞未封堵", "用不燃材料封堵防火堤孔洞"},
        {C::Chemicals, S::HazardousChemicals, false, "装卸区", "装卸作业未设置静电接地报警装置",
         "加装静电接地报警装置"},
        {C::Chemicals, S::HazardousChemicals, false, "仓库", "危险化学品出入库台账不全",
         "完善出入库台账，实行双人双锁管理"},
        {C::Chemicals, S::HazardousChemicals, false, "安全管理", "安全现状评价报告超期未更新",
         "委托有资质单位开展安全现状评价"},
        {C::Chemicals, S::FuelRetail, false, "储罐区", "汽油通气管口未安装机械呼吸阀", "加装机械呼吸阀和阻火器"},
        {C::Chemicals, S::FuelRetail, true, "卸油口", "卸油时未连接静电接地夹，卸油口未加锁",
         "规范卸油操作，卸油口加锁"},
        {C::Chemicals, S::FuelRetail, false, "油罐", "液位仪故障，无法实时监测液位", "维修液位仪并定期校验"},
        {C::Chemicals, S::Commerce, true, "店内", "农药与食品、饲料混放", "设置农药专柜，与其他商品分开"},
        {C::Chemicals, S::WaterSupply, false, "加氯间", "氯气泄漏报警装置失效，未配备防毒面具",
         "维修报警装置，配备正压式呼吸器"},
        {C::Chemicals, S::Agriculture, true, "农药仓库", "农药无专人保管，未上锁", "设专人保管，实行上锁管理"},
        {C::Chemicals, S::Manufacturing, true, "喷涂车间", "油漆、稀释剂超量存放在车间",
         "设置危化品暂存间，车间内限量存放"},
        {C::Chemicals, S::Healthcare, true, "供氧室", "医用氧气瓶未固定，无防倾倒措施",
         "加装固定链条，空瓶实瓶分开存放"},
        // 特种设备
        {C::SpecialEquipment, S::None, false, "锅炉房", "锅炉安全阀、压力表超期未校验", "送检校验安全阀和压力表"},
        {C::SpecialEquipment, S::None, false, "车间", "桥式起重机上升限位器失效", "维修限位装置，经检验合格后使用"},
        {C::SpecialEquipment, S::None, false, "仓库", "叉车司机未取得特种设备作业人员证", "停止无证作业，组织培训取证"},
        {C::SpecialEquipment, S::None, false, "空压机房", "储气罐未办理使用登记，超期未检", "办理使用登记并定期检验"},
        {C::SpecialEquipment, S::None, false, "电梯", "电梯超期未检验，维保记录缺失", "联系检验机构检验，补齐维保记录"},
        {C::SpecialEquipment, S::Construction, false, "塔吊", "塔吊力矩限制器失效", "维修力矩限制器，经检测合格后使用"},
        {C::SpecialEquipment, S::Construction, false, "施工升降机", "施工升降机防坠安全器超过标定期限",
         "送检防坠安全器"},
        {C::SpecialEquipment, S::HazardousChemicals, false, "工艺管道", "压力管道未定期检验", "委托检验机构定期检验"},
        // 机械
        {C::Machinery, S::None, false, "机加工车间", "冲床未安装光电保护装置", "加装光电保护装置"},
        {C::Machinery, S::None, false, "车间", "设备传动部位防护罩缺失", "加装传动部位防护罩"},
        {C::Machinery, S::None, true, "车间", "砂轮机无防护挡板，托架间隙过大", "加装挡板，调整托架间隙不大于2毫米"},
        {C::Machinery, S::None, true, "车间", "员工操作旋转设备时戴手套", "加强教育，严禁戴手套操作旋转设备"},
        {C::Machinery, S::Manufacturing, false, "木工车间", "木工圆锯机未设置防护装置", "加装防护罩和分料刀"},
        {C::Machinery, S::Agriculture, false, "农机库", "农用机械传动部位无防护", "加装防护罩，张贴警示标志"},
        // 有限空间
        {C::ConfinedSpace, S::None, false, "污水池", "有限空间作业未执行“先通风、再检测、后作业”",
         "制定作业审批制度，配备检测仪"},
        {C::ConfinedSpace, S::None, true, "污水井", "有限空间未设置安全警示标志", "设置有限空间警示标志和告知牌"},
        {C::ConfinedSpace, S::None, false, "化粪池", "有限空间作业无应急救援装备", "配备三脚架、正压式呼吸器"},
        {C::ConfinedSpace, S::HazardousChemicals, true, "反应釜", "进入反应釜检修未办理受限空间作业票",
         "严格执行作业票证管理"},
        {C::ConfinedSpace, S::WaterSupply, false, "清水池", "清水池检修作业未配备气体检测仪", "配备四合一气体检测仪"},
        {C::ConfinedSpace, S::Agriculture, true, "沼气池", "沼气池未加盖，无警示标志", "加盖并设置警示标志"},
        // 粉尘
        {C::Dust, S::None, false, "砂光车间", "除尘系统未设置锁气卸灰装置", "加装锁气卸灰装置"},
        {C::Dust, S::None, true, "车间", "作业场所积尘未及时清扫", "建立清扫制度，每班清扫"},
        {C::Dust, S::None, false, "除尘器", "除尘器未设置泄爆装置", "加装泄爆片并引至安全区域"},
        {C::Dust, S::None, false, "车间", "粉尘涉爆区域使用非防爆电气设备", "更换为粉尘防爆型电气设备"},
        // 高处作业
        {C::WorkAtHeight, S::None, true, "屋面", "屋面检修人员未系安全带", "配发安全带，设置生命绳"},
        {C::WorkAtHeight, S::None, true, "货架区", "登高作业梯子无防滑措施", "更换合格梯子，加装防滑脚套"},
        {C::WorkAtHeight, S::Construction, false, "楼层临边", "楼层临边未设置防护栏杆", "设置两道防护栏杆和挡脚板"},
        {C::WorkAtHeight, S::Construction, false, "外墙", "吊篮作业未设置独立生命绳",
         "设置独立生命绳，作业人员系挂安全带"},
        {C::WorkAtHeight, S::Construction, false, "电梯井", "电梯井口未设置防护门",
         "安装定型化防护门，井内每两层设安全网"},
        // 职业卫生
        {C::OccupationalHealth, S::None, true, "喷涂车间", "作业人员未佩戴防毒口罩", "配发防毒口罩，监督正确佩戴"},
        {C::OccupationalHealth, S::None, false, "车间", "未开展职业病危害因素检测", "委托有资质机构开展检测"},
        {C::OccupationalHealth, S::None, false, "车间", "未组织接害岗位员工职业健康体检",
         "组织上岗前、在岗期间职业健康体检"},
        {C::OccupationalHealth, S::None, true, "车间", "噪声岗位未配发耳塞", "配发防噪声耳塞"},
        {C::OccupationalHealth, S::None, true, "车间入口", "未设置职业病危害告知卡", "设置职业病危害告知卡"},
        // 道路交通
        {C::RoadTraffic, S::None, false, "厂区", "厂区内无限速标志，车辆行驶速度过快", "设置限速5公里标志和减速带"},
        {C::RoadTraffic, S::None, true, "厂门口", "员工上下班骑电动自行车未佩戴头盔", "开展交通安全教育，督促佩戴头盔"},
        {C::RoadTraffic, S::RoadTransport, false, "运输车辆", "危险货物运输车辆卫星定位装置未在线",
         "维修卫星定位装置，落实动态监控"},
        {C::RoadTraffic, S::RoadTransport, false, "车队", "驾驶员安全教育记录不全", "每月开展驾驶员安全教育并记录"},
        {C::RoadTraffic, S::Education, false, "校门口", "校门口缺少减速带和警示标志",
         "协调交通部门设置减速带和警示标志"},
        // 建筑施工
        {C::Construction, S::Construction, false, "脚手架", "脚手架连墙件缺失，剪刀撑设置不连续",
         "按专项方案补设连墙件和剪刀撑"},
        {C::Construction, S::Construction, true, "基坑", "基坑周边堆土距坑边过近", "清运堆土，距坑边不小于1米"},
        {C::Construction, S::Construction, false, "模板支撑", "高支模未编制专项施工方案", "编制专项方案并组织专家论证"},
        {C::Construction, S::Construction, false, "施工现场", "安全技术交底记录不全", "补充分部分项安全技术交底"},
        {C::Construction, S::None, false, "厂区", "违规搭建彩钢板临时用房", "拆除违章搭建"},
        // 安全管理
        {C::Management, S::None, false, "安全管理", "安全生产责任制未层层签订", "完善全员安全生产责任制并签订责任书"},
        {C::Management, S::None, false, "教育培训", "新员工三级安全教育记录不全", "补充三级安全教育并建立培训档案"},
        {C::Management, S::None, false, "应急管理", "应急预案未备案，未组织演练", "修订应急预案，备案并组织演练"},
        {C::Management, S::None, false, "安全管理", "未建立隐患排查治理台账", "建立隐患排查治理台账"},
        {C::Management, S::None, false, "安全管理", "未按规定配备专职安全管理人员",
         "按从业人员数量配齐专职安全管理人员"},
        {C::Management, S::None, false, "安全管理", "主要负责人安全资格证已过期", "参加复训，重新取得资格证"},
        {C::Management, S::None, false, "安全管理", "安全生产例会记录缺失", "每月召开安全例会并做好记录"},
        {C::Management, S::None, false, "安全管理", "未按规定提取和使用安全生产费用",
         "按规定提取安全生产费用并建立台账"},
        {C::Management, S::Fireworks, false, "经营台账", "未建立烟花爆竹进销存台账", "建立进销存台账"},
        {C::Management, S::FuelRetail, false, "值班室", "无安全检查记录，无值班日志", "建立值班日志和安全检查记录"},
        // 其他
        {C::Other, S::None, false, "厂区", "围墙局部开裂倾斜", "拆除重砌开裂围墙"},
        {C::Other, S::None, false, "店外", "户外广告牌固定不牢", "加固或拆除广告牌"},
        {C::Other, S::None, true, "院内", "排水沟堵塞，汛期存在积水隐患", "疏通排水沟"},
        {C::Other, S::None, true, "办公室", "办公室门锁松动", "更换门锁"},
        {C::Other, S::None, false, "楼顶", "屋面防水层破损漏雨，影响配电设施", "修补屋面防水层"},
    };
    return table;
}

// Category weights in the order of HazardCategory, by the unit's sector.
std::array<int, 13> categoryWeights(OrgKind kind, Sector sector, RiskColour risk)
{
    if (kind == OrgKind::Department || kind == OrgKind::Village || kind == OrgKind::Community ||
        kind == OrgKind::Park) {
        return {45, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 10};
    }
    switch (sector) {
    case Sector::Manufacturing:
        return {18, 18, 3, 8, 14, 3, risk == RiskColour::Orange ? 16 : 3, 3, 7, 2, 1, 15, 2};
    case Sector::HazardousChemicals:
        return {14, 10, 25, 9, 4, 6, 0, 2, 6, 2, 1, 16, 1};
    case Sector::Fireworks:
        return {55, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0, 30, 5};
    case Sector::Construction:
        return {8, 14, 0, 10, 2, 0, 0, 22, 0, 1, 28, 12, 3};
    case Sector::FuelRetail:
        return {28, 14, 26, 2, 0, 0, 0, 0, 0, 2, 0, 26, 2};
    case Sector::SpecialEquipment:
        return {10, 12, 0, 30, 15, 0, 0, 10, 3, 3, 0, 15, 2};
    case Sector::NonCoalMining:
        return {6, 14, 0, 14, 22, 0, 10, 16, 6, 4, 0, 14, 4};
    case Sector::RoadTransport:
        return {12, 8, 0, 8, 4, 0, 0, 0, 0, 45, 0, 20, 3};
    case Sector::Commerce:
        return {50, 25, 4, 2, 0, 0, 0, 2, 0, 0, 0, 12, 5};
    case Sector::Catering:
        return {55, 20, 0, 0, 0, 0, 0, 0, 2, 0, 0, 15, 8};
    case Sector::Accommodation:
        return {50, 22, 0, 4, 0, 0, 0, 0, 0, 0, 0, 18, 6};
    case Sector::Education:
        return {40, 25, 0, 3, 0, 0, 0, 0, 0, 8, 0, 16, 8};
    case Sector::Healthcare:
        return {38, 20, 8, 10, 0, 0, 0, 0, 4, 0, 0, 16, 4};
    case Sector::WaterSupply:
        return {10, 18, 18, 8, 10, 14, 0, 4, 3, 0, 0, 13, 2};
    case Sector::Agriculture:
        return {18, 18, 8, 2, 16, 10, 2, 2, 2, 4, 0, 14, 4};
    default:
        return {45, 28, 0, 4, 0, 0, 0, 2, 2, 3, 0, 12, 4};
    }
}

std::span<const CampaignSpec> campaigns()
{
    static const Sector fireworks[] = {S::Fireworks};
    static const Sector restart[] = {S::Manufacturing, S::HazardousChemicals, S::Construction, S::NonCoalMining,
                                     S::SpecialEquipment};
    static const Sector chemicals[] = {S::HazardousChemicals, S::FuelRetail};
    static const Sector illegal[] = {S::Fireworks,     S::FuelRetail,    S::HazardousChemicals, S::Construction,
                                     S::NonCoalMining, S::Manufacturing, S::Accommodation};
    static const Sector flood[] = {S::Construction, S::NonCoalMining, S::WaterSupply, S::Agriculture,
                                   S::HazardousChemicals};
    static const Sector bigCheck[] = {S::Manufacturing, S::HazardousChemicals, S::SpecialEquipment, S::RoadTransport};
    static const Sector holiday[] = {S::Commerce,   S::Catering,  S::Accommodation,
                                     S::FuelRetail, S::Fireworks, S::RoadTransport};
    static const Sector winter[] = {S::Commerce,   S::Catering,      S::Accommodation,
                                    S::Healthcare, S::Manufacturing, S::Other};
    static const CampaignSpec table[] = {
        {"春节前安全大检查", InspectionKind::Holiday, 1, 6, 2, 10, {}, 30, "", false},
        {"烟花爆竹专项检查", InspectionKind::Special, 1, 3, 2, 10, fireworks, 100, "fireworks", false},
        {"节后复工复产安全检查", InspectionKind::Comprehensive, 2, 12, 3, 15, restart, 60, "", false},
        {"危险化学品安全专项整治", InspectionKind::Special, 3, 1, 3, 31, chemicals, 100, "", false},
        {"打非治违专项行动", InspectionKind::JointEnforcement, 4, 7, 5, 30, illegal, 30, "", false},
        {"安全生产月", InspectionKind::Special, 6, 1, 6, 30, {}, 22, "", true},
        {"汛期安全检查", InspectionKind::Seasonal, 6, 10, 8, 31, flood, 70, "", false},
        {"安全生产大检查", InspectionKind::Comprehensive, 7, 11, 9, 20, bigCheck, 50, "campaign", false},
        {"秋季开学安全检查", InspectionKind::Special, 8, 20, 9, 5, {}, 0, "office", true},
        {"国庆节前安全检查", InspectionKind::Holiday, 9, 15, 9, 30, holiday, 40, "", false},
        {"冬季消防安全检查", InspectionKind::Seasonal, 11, 1, 12, 20, winter, 35, "crowded", true},
        {"烟花爆竹专项检查", InspectionKind::Special, 12, 1, 12, 30, fireworks, 100, "fireworks", false},
    };
    return table;
}

std::span<const char* const> rectificationSteps()
{
    static const char* const table[] = {
        "已制定整改方案，落实整改责任人和资金", "已采购所需设备材料，正在组织施工", "已完成主体整改，正在自查验收",
        "已按整改措施完成整改，提交整改报告",   "已组织相关人员专题培训并完善制度", "已委托专业单位实施整改",
    };
    return table;
}

std::span<const char* const> failNotes()
{
    static const char* const table[] = {
        "整改不彻底，部分问题仍然存在，责令继续整改",
        "整改材料不全，现场与整改报告不符",
        "设备尚未安装到位，继续整改",
    };
    return table;
}

std::span<const char* const> contingencyPlans()
{
    static const char* const table[] = {
        "整改期间设置警示标志，落实专人监护",
        "整改期间停止相关区域作业，配备应急器材",
        "制定临时管控措施，每日巡查",
    };
    return table;
}

std::span<const char* const> specialOperations()
{
    static const char* const table[] = {"低压电工作业",       "焊接与热切割作业", "高处安装、维护、拆除作业",
                                        "危险化学品安全作业", "制冷与空调作业",   "登高架设作业"};
    return table;
}

} // namespace safeledger::demo
