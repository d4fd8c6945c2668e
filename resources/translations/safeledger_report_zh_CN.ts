<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Report</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>%1: annual work summary on production safety, %2</source>
        <translation>%1%2年度安全生产工作总结</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Annual work summary on production safety, %1</source>
        <translation>%1年度安全生产工作总结</translation>
    </message>
    <message>
        <source>Period %1 to %2, figures as of %3; last year: %4 to %5, as of %6</source>
        <translation>统计期间：%1至%2，数据截至%3；上年同期：%4至%5，截至%6</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较上年</translation>
    </message>
    <message>
        <source>1. Overall situation</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>In %1, %2 safety inspections were carried out (%3 inspector person-times); %4 hazards were found and %5 rectified, a rectification rate of %6 (last year %7, change %8). On %9, %10 hazards were overdue.</source>
        <translation>%1年，共开展安全检查%2次，检查人员%3人次；查出隐患%4条，已整改%5条，整改率%6（上年同期%7，较上年%8）。截至%9，逾期未整改隐患%10条。</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>查出隐患数（条）</translation>
    </message>
    <message>
        <source>Hazards rectified</source>
        <translation>已整改数（条）</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Overdue hazards</source>
        <translation>逾期未整改数（条）</translation>
    </message>
    <message>
        <source>Major hazards</source>
        <translation>重大隐患数（条）</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查次数（次）</translation>
    </message>
    <message>
        <source>Inspector person-times</source>
        <translation>检查人次</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>生产安全事故（起）</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <source>Injuries</source>
        <translation>受伤人数</translation>
    </message>
    <message>
        <source>of which serious</source>
        <translation>其中重伤人数</translation>
    </message>
    <message>
        <source>Direct economic loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>行政处罚（起）</translation>
    </message>
    <message>
        <source>Fines (yuan)</source>
        <translation>罚款金额（元）</translation>
    </message>
    <message>
        <source>2. Responsibilities</source>
        <translation>二、责任落实</translation>
    </message>
    <message>
        <source>%1 safety responsibility agreements were signed; %2 of the %3 units that need one have signed (coverage %4).</source>
        <translation>全年签订安全生产责任书%1份；应签责任书单位%2家中已签订%3家，签订覆盖率%4。</translation>
    </message>
    <message>
        <source>Agreements signed</source>
        <translation>签订责任书（份）</translation>
    </message>
    <message>
        <source>Units needing an agreement</source>
        <translation>应签责任书单位数（家）</translation>
    </message>
    <message>
        <source>Units with a signed agreement</source>
        <translation>已签责任书单位数（家）</translation>
    </message>
    <message>
        <source>Agreement coverage</source>
        <translation>责任书签订覆盖率</translation>
    </message>
    <message>
        <source>Agreements signed by kind of counterpart (party B)</source>
        <translation>责任书按乙方单位类别</translation>
    </message>
    <message>
        <source>Kind of unit</source>
        <translation>乙方单位类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>3. Hazard inspection and rectification</source>
        <translation>三、隐患排查治理</translation>
    </message>
    <message>
        <source>(1) Inspections</source>
        <translation>（一）安全检查</translation>
    </message>
    <message>
        <source>Units to inspect</source>
        <translation>应检查单位数（家）</translation>
    </message>
    <message>
        <source>Units inspected</source>
        <translation>已检查单位数（家）</translation>
    </message>
    <message>
        <source>Inspection coverage</source>
        <translation>检查覆盖率</translation>
    </message>
    <message>
        <source>Rectified on the spot</source>
        <translation>现场整改数（条）</translation>
    </message>
    <message>
        <source>Rectified within a deadline</source>
        <translation>限期整改完成数（条）</translation>
    </message>
    <message>
        <source>Average rectification time (days)</source>
        <translation>平均整改周期（天）</translation>
    </message>
    <message>
        <source>Major hazards rectified</source>
        <translation>重大隐患已整改数（条）</translation>
    </message>
    <message>
        <source>Listed by the province</source>
        <translation>省级挂牌督办（条）</translation>
    </message>
    <message>
        <source>Listed by the city</source>
        <translation>市（州）级挂牌督办（条）</translation>
    </message>
    <message>
        <source>Listed by the county</source>
        <translation>县级挂牌督办（条）</translation>
    </message>
    <message>
        <source>Listed by the town</source>
        <translation>乡镇级挂牌督办（条）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>隐患类别</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查出</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>重大隐患</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Found last year</source>
        <translation>上年查出</translation>
    </message>
    <message>
        <source>Rate last year</source>
        <translation>上年整改率</translation>
    </message>
    <message>
        <source>This unit has no subordinate units.</source>
        <translation>本单位无下级单位。</translation>
    </message>
    <message>
        <source>Lowest rectification rate first; each unit with everything below it.</source>
        <translation>按整改率由低到高排列；各单位含其全部下级单位。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Found: hazards found in the month. Rectified: hazards closed in the month, whenever they were found.</source>
        <translation>查出：当月查出的隐患；已整改：当月销号的隐患（不论何时查出）。</translation>
    </message>
    <message>
        <source>4. Law enforcement and penalties</source>
        <translation>四、执法与处罚</translation>
    </message>
    <message>
        <source>5. Publicity, training and emergency preparedness</source>
        <translation>五、宣传培训与应急</translation>
    </message>
    <message>
        <source>6. Problems and next year&apos;s work plan</source>
        <translation>六、存在问题和下一步工作计划</translation>
    </message>
    <message>
        <source>(Not written yet: write it on the report page and print again.)</source>
        <translation>（尚未填写：请在年度总结页面填写后重新打印。）</translation>
    </message>
    <message>
        <source>(1) Problems</source>
        <translation>（一）存在问题</translation>
    </message>
    <message>
        <source>(2) Work plan for next year</source>
        <translation>（二）下一步工作计划</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>On inspection, your unit was found to have the hazards listed below. You are required to rectify them by %1, to take the necessary safety measures meanwhile, and to report for re-inspection once they are rectified.</source>
        <translation>经检查，你单位存在下列事故隐患。现责令你单位于%1前整改完毕，整改期间应采取必要的安全防范措施，整改完成后及时报告申请复查。</translation>
    </message>
    <message>
        <source>Your unit has the hazards listed below. Under the Work Safety Law of the People&apos;s Republic of China you are ordered to correct them by %1.</source>
        <translation>你单位存在下列事故隐患。依据《中华人民共和国安全生产法》，责令你单位于%1前改正。</translation>
    </message>
    <message>
        <source>Your unit has the serious hazards listed below. You are ordered to suspend production and business from today and rectify them by %1; work may resume only after a re-inspection finds them rectified.</source>
        <translation>你单位存在下列重大事故隐患。现责令你单位自即日起停产停业整改，于%1前整改完毕；经复查合格后方可恢复生产经营。</translation>
    </message>
    <message>
        <source>The rectification of the hazards listed below was re-inspected; the result for each is given in the table (deadline %1).</source>
        <translation>对你单位下列事故隐患的整改情况进行了复查，复查意见见下表（整改期限%1）。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Rectified, passed on %1</source>
        <translation>已整改，%1复查合格</translation>
    </message>
    <message>
        <source>Not yet rectified (%1)</source>
        <translation>未整改完毕（%1）</translation>
    </message>
    <message>
        <source>Inspectors (signature):</source>
        <translation>检查人员（签名）：</translation>
    </message>
    <message>
        <source>Responsible person of the unit (signature):</source>
        <translation>被检查单位负责人（签名）：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>This document is made in two copies: one for the inspected unit, one for the file.</source>
        <translation>本文书一式两份，一份交被检查单位，一份存档。</translation>
    </message>
    <message>
        <source>Hazards found and rectified per month</source>
        <translation>各月查出和整改隐患数</translation>
    </message>
    <message>
        <source>Quarterly statistics of hazard inspection and rectification, %1 Q%2</source>
        <translation>%1年第%2季度隐患排查治理情况统计表</translation>
    </message>
    <message>
        <source>%1 · %2 Q%3</source>
        <translation>%1 · %2年第%3季度</translation>
    </message>
    <message>
        <source>Unit: %1 — period %2 to %3, figures as of %4</source>
        <translation>填报单位：%1&#x3000;统计期间：%2至%3&#x3000;数据截至%4</translation>
    </message>
    <message>
        <source>Found: hazards found in the quarter. Rectified: of those, closed by the date above. Listed: major hazards under listed supervision. Overdue: hazards past their deadline and not closed on that date, whenever found.</source>
        <translation>查出：本季度查出的隐患；已整改：其中截至上述日期已销号的；挂牌督办：挂牌督办的重大隐患；逾期未整改：截至上述日期超过整改期限仍未销号的隐患（不论何时查出）。</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>填表人：</translation>
    </message>
    <message>
        <source>Reviewed by:</source>
        <translation>审核人：</translation>
    </message>
    <message>
        <source> pp</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <source>Production safety accidents: %1, with %2 deaths and %3 injuries (last year: %4 accidents, %5 deaths, %6 injuries).</source>
        <translation>全年发生生产安全事故%1起，死亡%2人，受伤%3人（上年同期事故%4起，死亡%5人，受伤%6人）。</translation>
    </message>
    <message>
        <source>Administrative penalties decided: %1, with fines of %2 yuan; suspension orders issued: %3.</source>
        <translation>全年实施行政处罚%1起，罚款金额%2元；下达停产停业整改通知书%3份。</translation>
    </message>
    <message>
        <source>Period %1 to %2, figures as of %3; compared with last year to the same day, %4 to %5</source>
        <translation>统计期间 %1 至 %2，数据截至 %3；与上年同期 %4 至 %5 相比</translation>
    </message>
    <message>
        <source>Safety inspection record</source>
        <translation>安全检查记录</translation>
    </message>
    <message>
        <source>This record is voided: %1</source>
        <translation>本记录已作废：%1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inspected unit</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>No checklist was used.</source>
        <translation>本次检查未使用检查表。</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <source>No hazard was found.</source>
        <translation>未发现事故隐患。</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Hazard %1, before rectification</source>
        <translation>隐患 %1 整改前</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>现场照片</translation>
    </message>
    <message>
        <source>Representative of the inspected unit (signature):</source>
        <translation>被检查单位负责人（签名）：</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Hazards found at this inspection</source>
        <translation>查出的事故隐患</translation>
    </message>
    <message>
        <source>Made from the ledger with this audit chain head (check the ledger against it with safeledger-cli check LEDGER --head HEAD):</source>
        <translation>本报告依据以下审计链头的台账生成（可用 safeledger-cli check 台账 --head 链头 核对台账）：</translation>
    </message>
    <message>
        <source>Deadlines extended on request</source>
        <translation>延期整改</translation>
    </message>
    <message>
        <source>Deadlines extended on approved requests (延期) in the quarter: %1.</source>
        <translation>本季度经批准延期整改的隐患：%1 条。</translation>
    </message>
    <message>
        <source>Accidents by type:</source>
        <translation>按事故类别：</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>事故类别</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>增减幅度</translation>
    </message>
    <message>
        <source>On last year, accidents changed by %1 and deaths by %2.</source>
        <translation>与上年相比，事故起数变化%1，死亡人数变化%2。</translation>
    </message>
    <message>
        <source>Of the hazards rectified, %1 were rectified on the spot and %2 within a deadline; %3 rectification notices were issued. %4 major hazards were found, %5 of them rectified and %6 under listed supervision. Of %7 re-inspections, %8 passed (pass rate %9).</source>
        <translation>已整改隐患中，现场整改%1条，限期整改完成%2条；下达限期整改通知书%3份。查出重大隐患%4条，已整改%5条，挂牌督办%6条。复查%7次，合格%8次，复查合格率%9。</translation>
    </message>
    <message>
        <source>Re-inspections</source>
        <translation>复查次数</translation>
    </message>
    <message>
        <source>Re-inspections passed</source>
        <translation>复查合格次数</translation>
    </message>
    <message>
        <source>Re-inspection pass rate</source>
        <translation>复查合格率</translation>
    </message>
    <message>
        <source>%1: participants (person-times)</source>
        <translation>%1参加人次</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>隐患来源</translation>
    </message>
    <message>
        <source>Safety training sessions: %1, with %2 participants (person-times); emergency drills: %3, with %4 participants.</source>
        <translation>全年开展安全培训%1次，参训%2人次；开展应急演练%3次，参演%4人次。</translation>
    </message>
    <message>
        <source>Participants in all (person-times)</source>
        <translation>参加人次合计</translation>
    </message>
    <message>
        <source>(2) Special campaigns</source>
        <translation>（二）专项行动</translation>
    </message>
    <message>
        <source>No special campaign was recorded for the year.</source>
        <translation>本年度未录入专项行动。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>检查单位（家）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>执法文书（份）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>%1 (%2, led by %3)</source>
        <translation>%1（%2，牵头单位：%3）</translation>
    </message>
    <message>
        <source>, launched by %1</source>
        <translation>，依据%1部署</translation>
    </message>
    <message>
        <source>: not begun by %1.</source>
        <translation>：截至%1尚未开始。</translation>
    </message>
    <message>
        <source>: %1 inspections (%2 person-times) of %3 units found %4 hazards, %5 of them rectified (rectification rate %6) and %7 major; %8 enforcement documents were issued and %9 units suspended for rectification.</source>
        <translation>：检查%1次（%3家单位，%2人次），查出隐患%4条，已整改%5条（整改率%6），其中重大隐患%7条；下达执法文书%8份，责令停产停业整改%9家。</translation>
    </message>
    <message>
        <source>(3) Hazards found and rectified</source>
        <translation>（三）隐患排查整改</translation>
    </message>
    <message>
        <source>(4) Hazards by source</source>
        <translation>（四）按隐患来源</translation>
    </message>
    <message>
        <source>(5) Hazards by category</source>
        <translation>（五）按隐患类别</translation>
    </message>
    <message>
        <source>(6) Hazards by subordinate unit</source>
        <translation>（六）按下级单位</translation>
    </message>
    <message>
        <source>(7) Month by month</source>
        <translation>（七）各月情况</translation>
    </message>
</context>
</TS>
