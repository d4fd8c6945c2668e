// The demo's town: its places, departments, schools, enterprises and small businesses, and the
// name lists shared with the generator.
#include "DemoData.h"

namespace safeledger::demo {

namespace {
using K = OrgKind;
using S = Sector;
using Z = Scale;
constexpr K E = OrgKind::Enterprise;
constexpr K B = OrgKind::Business;
} // namespace

const char* const kTownName = "青山镇";
const char* const kTownPrincipal = "张立新";
const char* const kTownDeputy = "李春华";
const char* const kParkName = "青山工业园区";
const char* const kParkPrincipal = "周振华";
const char* const kSafetyOfficeName = "青山镇应急管理办公室";
const char* const kDivisionCode = "330522";

std::span<const PlaceSpec> places()
{
    static const PlaceSpec table[] = {
        {"东山村", K::Village, "陈德明", "东山路", "陈小兵"},   {"西河村", K::Village, "王福生", "西河路", "王丽娟"},
        {"桃源村", K::Village, "刘长青", "桃源路", "刘海燕"},   {"柳塘村", K::Village, "张国庆", "柳塘路", "张伟"},
        {"石桥村", K::Village, "赵金山", "石桥街", "赵红梅"},   {"杨家湾村", K::Village, "杨志远", "湾里路", "杨帆"},
        {"新民村", K::Village, "孙建华", "新民路", "孙丽"},     {"青山社区", K::Community, "黄晓梅", "人民路", "黄磊"},
        {"河滨社区", K::Community, "林国栋", "滨河路", "林静"}, {"朝阳社区", K::Community, "郭春生", "朝阳路", "郭敏"},
    };
    return table;
}

std::span<const DepartmentSpec> departments()
{
    static const DepartmentSpec table[] = {
        {"青山镇应急管理办公室", "吴国平", "王建国"}, {"青山派出所", "孙海涛", "林峰"},
        {"青山市场监督管理所", "郑丽", "黄晓东"},     {"青山专职消防站", "何勇", "马骏"},
        {"青山镇规划建设办公室", "冯志强", "宋涛"},   {"青山镇农业农村办公室", "邓丽萍", "韩磊"},
        {"青山镇综合行政执法队", "许文斌", "谢磊"},   {"青山交通管理站", "曹建军", "彭飞"},
    };
    return table;
}

std::span<const char* const> safetyOfficers()
{
    static const char* const table[] = {"王建国", "李卫东", "陈志刚", "刘晓燕", "赵海波", "周明"};
    return table;
}

std::span<const SchoolSpec> schools()
{
    static const SchoolSpec table[] = {
        {"青山镇中心小学", 48},
        {"青山镇初级中学", 56},
        {"青山镇中心幼儿园", 22},
        {"桃源村小学", 12},
    };
    return table;
}

std::span<const UnitSpec> units()
{
    static const UnitSpec table[] = {
        // 青山工业园区
        {"青山华达机械制造有限公司", E, S::Manufacturing, Z::AboveDesignated, 260, kPark},
        {"青山鑫源化工有限公司", E, S::HazardousChemicals, Z::AboveDesignated, 180, kPark},
        {"恒通木业有限公司", E, S::Manufacturing, Z::AboveDesignated, 150, kPark},
        {"金泰五金制品有限公司", E, S::Manufacturing, Z::BelowDesignated, 85, kPark},
        {"瑞丰纺织有限公司", E, S::Manufacturing, Z::AboveDesignated, 320, kPark},
        {"宏发塑料制品有限公司", E, S::Manufacturing, Z::BelowDesignated, 60, kPark},
        {"永盛新材料科技有限公司", E, S::HazardousChemicals, Z::AboveDesignated, 140, kPark},
        {"天成涂料有限公司", E, S::HazardousChemicals, Z::BelowDesignated, 45, kPark},
        {"众诚电子科技有限公司", E, S::Manufacturing, Z::AboveDesignated, 410, kPark},
        {"博远食品有限公司", E, S::Manufacturing, Z::AboveDesignated, 230, kPark},
        {"隆昌包装材料有限公司", E, S::Manufacturing, Z::BelowDesignated, 70, kPark},
        {"明辉家具有限公司", E, S::Manufacturing, Z::BelowDesignated, 95, kPark},
        {"新亚铸造有限公司", E, S::Manufacturing, Z::BelowDesignated, 110, kPark},
        {"青山工业气体有限公司", E, S::HazardousChemicals, Z::BelowDesignated, 30, kPark},
        {"东方精细化工有限公司", E, S::HazardousChemicals, Z::AboveDesignated, 160, kPark},
        {"华源鞋业有限公司", E, S::Manufacturing, Z::AboveDesignated, 380, kPark},
        {"安达物流有限公司", E, S::RoadTransport, Z::BelowDesignated, 55, kPark},
        {"青山起重设备安装有限公司", E, S::SpecialEquipment, Z::BelowDesignated, 40, kPark},
        {"园区标准厂房三期建设项目", E, S::Construction, Z::BelowDesignated, 90, kPark},
        {"青山金属表面处理有限公司", E, S::Manufacturing, Z::BelowDesignated, 50, kPark},
        {"兴隆饲料有限公司", E, S::Manufacturing, Z::BelowDesignated, 65, kPark},
        {"青山新能源电池有限公司", E, S::Manufacturing, Z::AboveDesignated, 210, kPark},
        {"华瑞医药中间体有限公司", E, S::HazardousChemicals, Z::BelowDesignated, 60, kPark},
        // 东山村
        {"东山石料厂", E, S::NonCoalMining, Z::BelowDesignated, 35, 0},
        {"中国石化东山加油站", E, S::FuelRetail, Z::BelowDesignated, 12, 0},
        {"东山李记烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 0},
        {"东山百货超市", B, S::Commerce, Z::Micro, 4, 0},
        {"东山农家乐", B, S::Catering, Z::Micro, 6, 0},
        {"青山东山茶业有限公司", E, S::Manufacturing, Z::BelowDesignated, 40, 0},
        {"东山竹木制品厂", E, S::Manufacturing, Z::Micro, 18, 0},
        {"东山生猪养殖场", E, S::Agriculture, Z::Micro, 8, 0},
        {"东山便利店", B, S::Commerce, Z::Micro, 2, 0},
        {"东山汽车修理厂", B, S::Other, Z::Micro, 5, 0},
        {"东山山居民宿", B, S::Accommodation, Z::Micro, 4, 0},
        {"东山五金店", B, S::Commerce, Z::Micro, 2, 0},
        {"东山村供水站", E, S::WaterSupply, Z::Micro, 3, 0},
        {"东山竹笋加工厂", E, S::Manufacturing, Z::Micro, 12, 0},
        // 西河村
        {"西河砖瓦厂", E, S::Manufacturing, Z::BelowDesignated, 45, 1},
        {"西河王氏烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 1},
        {"西河农资店", B, S::Commerce, Z::Micro, 3, 1},
        {"西河米业有限公司", E, S::Manufacturing, Z::BelowDesignated, 30, 1},
        {"西河鱼庄", B, S::Catering, Z::Micro, 8, 1},
        {"西河便民超市", B, S::Commerce, Z::Micro, 3, 1},
        {"西河渔业专业合作社", E, S::Agriculture, Z::Micro, 10, 1},
        {"西河建材经营部", B, S::Commerce, Z::Micro, 4, 1},
        {"西河废旧物资回收站", B, S::Other, Z::Micro, 4, 1},
        {"西河液化石油气供应站", E, S::FuelRetail, Z::Micro, 6, 1},
        {"西河小吃店", B, S::Catering, Z::Micro, 3, 1},
        {"西河木材加工厂", E, S::Manufacturing, Z::Micro, 15, 1},
        {"西河砂石料堆场", B, S::Other, Z::Micro, 4, 1},
        // 桃源村
        {"桃源农家乐", B, S::Catering, Z::Micro, 10, 2},
        {"桃源山庄", E, S::Accommodation, Z::BelowDesignated, 25, 2},
        {"桃源烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 2},
        {"桃源家庭农场", E, S::Agriculture, Z::Micro, 6, 2},
        {"桃源超市", B, S::Commerce, Z::Micro, 4, 2},
        {"桃源竹艺厂", E, S::Manufacturing, Z::Micro, 20, 2},
        {"桃花源民宿", B, S::Accommodation, Z::Micro, 3, 2},
        {"桃源茶楼", B, S::Catering, Z::Micro, 5, 2},
        {"桃源旅游开发有限公司", E, S::Other, Z::BelowDesignated, 30, 2},
        {"桃源小卖部", B, S::Commerce, Z::Micro, 1, 2},
        {"桃源果蔬专业合作社", E, S::Agriculture, Z::Micro, 12, 2},
        {"桃源露营基地", E, S::Accommodation, Z::Micro, 8, 2},
        // 柳塘村
        {"柳塘纸箱厂", E, S::Manufacturing, Z::Micro, 25, 3},
        {"柳塘张记烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 3},
        {"中国石油柳塘加油站", E, S::FuelRetail, Z::BelowDesignated, 10, 3},
        {"柳塘饭店", B, S::Catering, Z::Micro, 9, 3},
        {"柳塘副食店", B, S::Commerce, Z::Micro, 2, 3},
        {"柳塘服装加工厂", E, S::Manufacturing, Z::BelowDesignated, 60, 3},
        {"柳塘养鸭场", E, S::Agriculture, Z::Micro, 5, 3},
        {"柳塘安置小区二期工程项目部", E, S::Construction, Z::BelowDesignated, 120, 3},
        {"柳塘电动车维修店", B, S::Commerce, Z::Micro, 2, 3},
        {"柳塘宾馆", B, S::Accommodation, Z::Micro, 6, 3},
        {"柳塘大药房", B, S::Commerce, Z::Micro, 3, 3},
        {"柳塘塑料编织厂", E, S::Manufacturing, Z::Micro, 22, 3},
        // 石桥村
        {"石桥水泥制品厂", E, S::Manufacturing, Z::BelowDesignated, 38, 4},
        {"石桥赵记烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 4},
        {"石桥运输有限公司", E, S::RoadTransport, Z::BelowDesignated, 40, 4},
        {"石桥农贸市场", E, S::Commerce, Z::BelowDesignated, 20, 4},
        {"石桥面馆", B, S::Catering, Z::Micro, 4, 4},
        {"石桥五金建材店", B, S::Commerce, Z::Micro, 3, 4},
        {"石桥大桥维修加固工程项目部", E, S::Construction, Z::BelowDesignated, 45, 4},
        {"石桥家具厂", E, S::Manufacturing, Z::Micro, 24, 4},
        {"石桥诊所", B, S::Healthcare, Z::Micro, 3, 4},
        {"石桥超市", B, S::Commerce, Z::Micro, 5, 4},
        {"石桥旅馆", B, S::Accommodation, Z::Micro, 3, 4},
        {"石桥铝合金门窗加工部", B, S::Manufacturing, Z::Micro, 5, 4},
        // 杨家湾村
        {"杨家湾粮油加工厂", E, S::Manufacturing, Z::Micro, 14, 5},
        {"杨家湾杨氏烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 5},
        {"宏文加油站", E, S::FuelRetail, Z::Micro, 8, 5},
        {"杨家湾农家菜馆", B, S::Catering, Z::Micro, 6, 5},
        {"杨家湾小超市", B, S::Commerce, Z::Micro, 2, 5},
        {"杨家湾养殖专业合作社", E, S::Agriculture, Z::Micro, 9, 5},
        {"杨家湾竹编工艺厂", E, S::Manufacturing, Z::Micro, 12, 5},
        {"杨家湾客栈", B, S::Accommodation, Z::Micro, 4, 5},
        {"杨家湾汽修店", B, S::Other, Z::Micro, 3, 5},
        {"杨家湾建材店", B, S::Commerce, Z::Micro, 2, 5},
        {"杨家湾服装店", B, S::Commerce, Z::Micro, 1, 5},
        {"杨家湾石材加工厂", E, S::Manufacturing, Z::Micro, 16, 5},
        // 新民村
        {"新民化工贸易有限公司", E, S::HazardousChemicals, Z::BelowDesignated, 15, 6},
        {"新民烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 6},
        {"新民机械配件厂", E, S::Manufacturing, Z::Micro, 26, 6},
        {"新民超市", B, S::Commerce, Z::Micro, 4, 6},
        {"新民快餐店", B, S::Catering, Z::Micro, 5, 6},
        {"新民纺织厂", E, S::Manufacturing, Z::BelowDesignated, 75, 6},
        {"新民蔬菜种植专业合作社", E, S::Agriculture, Z::Micro, 11, 6},
        {"新民小学教学楼改扩建工程项目部", E, S::Construction, Z::BelowDesignated, 60, 6},
        {"新民农机维修部", B, S::Other, Z::Micro, 3, 6},
        {"新民宾馆", B, S::Accommodation, Z::Micro, 5, 6},
        {"新民烧烤店", B, S::Catering, Z::Micro, 4, 6},
        {"新民日杂店", B, S::Commerce, Z::Micro, 1, 6},
        // 青山社区
        {"青山镇自来水厂", E, S::WaterSupply, Z::BelowDesignated, 28, 7},
        {"青山大酒店", E, S::Accommodation, Z::BelowDesignated, 45, 7},
        {"青山购物中心", E, S::Commerce, Z::AboveDesignated, 80, 7},
        {"青山镇卫生院", E, S::Healthcare, Z::BelowDesignated, 65, 7},
        {"青山公共交通有限公司", E, S::RoadTransport, Z::BelowDesignated, 35, 7},
        {"青山新华书店", B, S::Commerce, Z::Micro, 4, 7},
        {"青山火锅城", B, S::Catering, Z::Micro, 15, 7},
        {"青山快捷酒店", B, S::Accommodation, Z::Micro, 10, 7},
        {"青山网络会所", B, S::Other, Z::Micro, 4, 7},
        {"青山欢乐时光KTV", B, S::Other, Z::Micro, 12, 7},
        {"青山中心菜市场", E, S::Commerce, Z::BelowDesignated, 15, 7},
        {"青山综合楼建设项目", E, S::Construction, Z::BelowDesignated, 80, 7},
        {"青山老陈烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 7},
        {"青山家电商场", B, S::Commerce, Z::Micro, 6, 7},
        {"青山面包房", B, S::Catering, Z::Micro, 4, 7},
        {"青山大药房", B, S::Commerce, Z::Micro, 4, 7},
        // 河滨社区
        {"中国石化河滨加油站", E, S::FuelRetail, Z::BelowDesignated, 14, 8},
        {"河滨酒楼", B, S::Catering, Z::Micro, 18, 8},
        {"河滨超市", B, S::Commerce, Z::Micro, 8, 8},
        {"河滨烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 8},
        {"河滨电动车销售店", B, S::Commerce, Z::Micro, 3, 8},
        {"河滨印刷厂", E, S::Manufacturing, Z::Micro, 20, 8},
        {"河滨宾馆", B, S::Accommodation, Z::Micro, 8, 8},
        {"河滨浴室", B, S::Other, Z::Micro, 6, 8},
        {"河滨小区物业服务中心", E, S::Other, Z::Micro, 10, 8},
        {"河滨奶茶店", B, S::Catering, Z::Micro, 2, 8},
        {"河滨汽车美容店", B, S::Other, Z::Micro, 3, 8},
        {"河滨颐养院", E, S::Healthcare, Z::Micro, 12, 8},
        // 朝阳社区
        {"朝阳钢结构有限公司", E, S::Manufacturing, Z::BelowDesignated, 55, 9},
        {"朝阳烟花爆竹零售点", B, S::Fireworks, Z::Micro, 2, 9},
        {"朝阳饭庄", B, S::Catering, Z::Micro, 10, 9},
        {"朝阳便利店", B, S::Commerce, Z::Micro, 2, 9},
        {"朝阳商住楼工程项目部", E, S::Construction, Z::BelowDesignated, 95, 9},
        {"朝阳汽车修理厂", E, S::Other, Z::Micro, 8, 9},
        {"朝阳旅社", B, S::Accommodation, Z::Micro, 3, 9},
        {"朝阳五金机电城", E, S::Commerce, Z::BelowDesignated, 18, 9},
        {"朝阳烧饼店", B, S::Catering, Z::Micro, 2, 9},
        {"朝阳快递网点", B, S::RoadTransport, Z::Micro, 6, 9},
        {"朝阳服装厂", E, S::Manufacturing, Z::Micro, 28, 9},
        {"朝阳棋牌室", B, S::Other, Z::Micro, 2, 9},
    };
    return table;
}

std::span<const WorkshopSpec> workshops()
{
    static const WorkshopSpec table[] = {
        {"青山华达机械制造有限公司", "华达机械机加工车间", 120},
        {"青山华达机械制造有限公司", "华达机械装配车间", 90},
        {"青山华达机械制造有限公司", "华达机械喷涂车间", 30},
        {"青山鑫源化工有限公司", "鑫源化工合成车间", 60},
        {"青山鑫源化工有限公司", "鑫源化工罐区", 15},
        {"恒通木业有限公司", "恒通木业砂光车间", 50},
        {"瑞丰纺织有限公司", "瑞丰纺织织造车间", 180},
        {"博远食品有限公司", "博远食品冷库", 8},
        {"东方精细化工有限公司", "东方精细化工硝化车间", 40},
        {"青山镇自来水厂", "自来水厂净水车间", 12},
        {"柳塘安置小区二期工程项目部", "柳塘安置小区钢筋班组（劳务分包）", 30},
    };
    return table;
}

std::span<const char* const> surnames()
{
    static const char* const table[] = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何",
        "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "程", "曹", "袁", "邓", "许",
        "傅", "沈", "曾", "彭", "吕", "苏", "卢", "蒋", "蔡", "丁", "魏", "叶", "余", "潘", "杜", "戴", "夏",
        "钟", "汪", "田", "任", "姜", "范", "方", "石", "姚", "谭", "廖", "邹", "熊", "金", "陆", "郝", "孔",
    };
    return table;
}

std::span<const char* const> givenNames()
{
    static const char* const table[] = {
        "建国", "建华", "国强", "志强", "志明", "海波", "海涛", "晓东", "晓燕", "秀英", "桂英", "丽娟",
        "丽华", "玉兰", "春梅", "红梅", "文斌", "文华", "卫东", "卫国", "永刚", "永红", "德胜", "德明",
        "明辉", "金山", "长春", "振华", "新民", "庆丰", "勇",   "伟",   "军",   "强",   "磊",   "涛",
        "斌",   "杰",   "鹏",   "超",   "辉",   "静",   "敏",   "丽",   "燕",   "霞",   "芳",   "娟",
        "平",   "刚",   "浩",   "凯",   "洋",   "宇",   "帆",   "婷",   "亮",
    };
    return table;
}

std::span<const char* const> tradeNames()
{
    static const char* const table[] = {
        "华达", "鑫源", "恒通", "金泰", "宏发", "永盛", "瑞丰", "天成", "兴隆", "众诚", "博远", "隆昌", "明辉",
        "新亚", "东方", "华源", "安达", "宏文", "鸿达", "惠民", "佳禾", "盛世", "振兴", "富民", "长丰", "顺发",
        "广信", "合力", "旺达", "正泰", "开元", "利民", "金鼎", "银河", "百川", "汇丰", "同创", "嘉盛", "和美",
        "润泽", "德顺", "福源", "祥云", "昌盛", "泰和", "万通", "金诚", "海天", "宏远", "鼎盛",
    };
    return table;
}

std::span<const char* const> placeSyllables()
{
    static const char* const table[] = {
        "青", "白", "石", "桃", "柳", "杨", "新", "东", "西", "南", "北", "河", "山", "湾", "塘", "桥", "林",
        "花", "溪", "岭", "坪", "龙", "凤", "安", "平", "兴", "和", "丰", "金", "水", "云", "竹", "梅", "松",
    };
    return table;
}

const char* companySuffix(Sector sector, uint64_t v)
{
    static const char* const manufacturing[] = {
        "机械制造有限公司", "五金制品有限公司", "纺织有限公司", "塑料制品有限公司", "家具有限公司", "食品有限公司",
        "包装材料有限公司", "电子科技有限公司", "建材有限公司", "木业有限公司",     "铸造有限公司", "服饰有限公司"};
    static const char* const chemicals[] = {"化工有限公司", "涂料有限公司", "新材料科技有限公司", "化工贸易有限公司"};
    static const char* const construction[] = {"建设工程项目部", "安置小区工程项目部", "厂房建设项目部"};
    static const char* const fuel[] = {"加油站", "石油有限公司加油站", "液化石油气供应站"};
    static const char* const generic[] = {"商贸有限公司", "实业有限公司", "发展有限公司"};
    switch (sector) {
    case Sector::Manufacturing:
        return manufacturing[v % std::size(manufacturing)];
    case Sector::HazardousChemicals:
        return chemicals[v % std::size(chemicals)];
    case Sector::Construction:
        return construction[v % std::size(construction)];
    case Sector::FuelRetail:
        return fuel[v % std::size(fuel)];
    case Sector::RoadTransport:
        return "运输有限公司";
    case Sector::NonCoalMining:
        return "石料有限公司";
    case Sector::WaterSupply:
        return "供水有限公司";
    case Sector::Accommodation:
        return "酒店管理有限公司";
    case Sector::Agriculture:
        return "农业专业合作社";
    case Sector::SpecialEquipment:
        return "设备安装有限公司";
    case Sector::Healthcare:
        return "医院";
    default:
        return generic[v % std::size(generic)];
    }
}

const char* businessSuffix(Sector sector, uint64_t v)
{
    static const char* const commerce[] = {"超市", "便利店", "五金店", "建材店", "副食店", "农资店", "日杂店"};
    static const char* const catering[] = {"饭店", "小吃店", "农家乐", "面馆", "快餐店", "烧烤店"};
    static const char* const lodging[] = {"宾馆", "旅社", "民宿", "客栈"};
    static const char* const other[] = {"汽修店", "理发店", "棋牌室", "废品回收站", "洗车店"};
    switch (sector) {
    case Sector::Fireworks:
        return "烟花爆竹零售点";
    case Sector::Catering:
        return catering[v % std::size(catering)];
    case Sector::Accommodation:
        return lodging[v % std::size(lodging)];
    case Sector::Commerce:
        return commerce[v % std::size(commerce)];
    case Sector::Manufacturing:
        return "加工作坊";
    case Sector::RoadTransport:
        return "快递网点";
    case Sector::Healthcare:
        return "诊所";
    default:
        return other[v % std::size(other)];
    }
}

} // namespace safeledger::demo
