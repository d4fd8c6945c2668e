<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AuditText</name>
    <message>
        <source>Registered</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>作废</translation>
    </message>
    <message>
        <source>Progress recorded</source>
        <translation>记录整改进展</translation>
    </message>
    <message>
        <source>Submitted for verification</source>
        <translation>提交复查</translation>
    </message>
    <message>
        <source>Verification passed, closed</source>
        <translation>复查合格，销号</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <source>Imported from a package</source>
        <translation>从数据包导入</translation>
    </message>
    <message>
        <source>Imported from a ledger</source>
        <translation>从台账导入</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>批量生成</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>角色变更</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>密码变更</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Signature image changed</source>
        <translation>更换签名图片</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Package accepted without a trusted signature</source>
        <translation>接受未经可信签名的数据包</translation>
    </message>
    <message>
        <source>Extension approved</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Extension refused</source>
        <translation>不予延期</translation>
    </message>
    <message>
        <source>Extension request withdrawn</source>
        <translation>撤回延期申请</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>整改时限延期</translation>
    </message>
    <message>
        <source>Verification withdrawn, awaiting verification again</source>
        <translation>撤销复查结论，重新待复查</translation>
    </message>
    <message>
        <source>Progress entries voided, registered again</source>
        <translation>整改进展均已作废，退回已登记</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--screenshot needs a database to show.</source>
        <translation>--screenshot 需要指定要显示的数据库。</translation>
    </message>
    <message>
        <source>Could not write the screenshot %1.</source>
        <translation>无法写入截图 %1。</translation>
    </message>
    <message>
        <source>Production-safety inspection and hazard ledger.</source>
        <translation>安全生产检查与隐患排查治理台账。</translation>
    </message>
    <message>
        <source>User-interface language: zh_CN (Chinese) or en (English).</source>
        <translation>界面语言：zh_CN（中文）或 en（英文）。</translation>
    </message>
    <message>
        <source>Print the path of the default database and exit.</source>
        <translation>显示默认数据库的路径后退出。</translation>
    </message>
    <message>
        <source>The database to open (default: the last one opened).</source>
        <translation>要打开的数据库（默认：上次打开的数据库）。</translation>
    </message>
    <message>
        <source>Give at most one database.</source>
        <translation>最多只能指定一个数据库。</translation>
    </message>
    <message>
        <source>There is no page %1.</source>
        <translation>没有页面 %1。</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD).</source>
        <translation>%1 不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>the unit&apos;s name is required</source>
        <translation>必须填写单位名称</translation>
    </message>
    <message>
        <source>the person&apos;s name is required</source>
        <translation>必须填写人员姓名</translation>
    </message>
    <message>
        <source>the certificate number is required</source>
        <translation>必须填写证书编号</translation>
    </message>
    <message>
        <source>the checklist&apos;s name is required</source>
        <translation>必须填写检查表名称</translation>
    </message>
    <message>
        <source>the item&apos;s text is required</source>
        <translation>必须填写检查项目内容</translation>
    </message>
    <message>
        <source>every inspector&apos;s name is required</source>
        <translation>每位检查人员都必须填写姓名</translation>
    </message>
    <message>
        <source>the checklist item&apos;s text is required</source>
        <translation>必须填写检查项目内容</translation>
    </message>
    <message>
        <source>the document number is required</source>
        <translation>必须填写文书编号</translation>
    </message>
    <message>
        <source>the decision number is required</source>
        <translation>必须填写处罚决定书文号</translation>
    </message>
    <message>
        <source>the activity&apos;s title is required</source>
        <translation>必须填写活动名称</translation>
    </message>
    <message>
        <source>the file name is required</source>
        <translation>必须填写文件名</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>%1 is after today (%2)</source>
        <translation>%1 晚于今天（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be negative (-1 means hazards * 3 / 10)</source>
        <translation>%1 不能为负数（-1 表示按隐患数 × 3 / 10 计）</translation>
    </message>
    <message>
        <source>%1 cannot be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>单位不能以自身为上级单位</translation>
    </message>
    <message>
        <source>a person must belong to a unit</source>
        <translation>人员必须属于某个单位</translation>
    </message>
    <message>
        <source>%1 is before the issue date %2</source>
        <translation>%1 早于签发日期 %2</translation>
    </message>
    <message>
        <source>%1 is not a plausible agreement year</source>
        <translation>%1 不是有效的责任书年度</translation>
    </message>
    <message>
        <source>an agreement needs both parties (甲方 and 乙方)</source>
        <translation>责任书须有甲方和乙方</translation>
    </message>
    <message>
        <source>a unit cannot sign an agreement with itself</source>
        <translation>单位不能与自身签订责任书</translation>
    </message>
    <message>
        <source>a signed agreement needs its signing date</source>
        <translation>已签订的责任书须填写签订日期</translation>
    </message>
    <message>
        <source>%1 is before valid_from %2</source>
        <translation>%1 早于有效期起始日 %2</translation>
    </message>
    <message>
        <source>an assessed agreement needs its assessment date</source>
        <translation>已考核的责任书须填写考核日期</translation>
    </message>
    <message>
        <source>%1 is before signing on %2</source>
        <translation>%1 早于签订日期 %2</translation>
    </message>
    <message>
        <source>%1 is not between 0 and 100</source>
        <translation>%1 不在 0 到 100 之间</translation>
    </message>
    <message>
        <source>an inspection needs the unit inspected</source>
        <translation>检查记录须填写被检查单位</translation>
    </message>
    <message>
        <source>name at least one inspector</source>
        <translation>请至少填写一名检查人员</translation>
    </message>
    <message>
        <source>a document must be addressed to a unit</source>
        <translation>执法文书须指明送达单位</translation>
    </message>
    <message>
        <source>a penalty must name the unit</source>
        <translation>行政处罚须指明被处罚单位</translation>
    </message>
    <message>
        <source>an accident must name the unit</source>
        <translation>事故须指明发生单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>“%1”不是有效的日期和时间</translation>
    </message>
    <message>
        <source>%1 is before the accident (%2)</source>
        <translation>%1 早于事故发生日期（%2）</translation>
    </message>
    <message>
        <source>an activity must name the unit</source>
        <translation>活动须指明所属单位</translation>
    </message>
    <message>
        <source>an attachment must belong to a record</source>
        <translation>附件必须属于某条记录</translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; has %2 characters, expected 18</source>
        <translation>统一社会信用代码“%1”为 %2 位，应为 18 位</translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; contains &apos;%2&apos; at position %3, which GB 32100 does not allow (I, O, S, V, Z and lower case are not used)</source>
        <translation>统一社会信用代码“%1”第 %3 位的“%2”不符合 GB 32100（不使用 I、O、S、V、Z 和小写字母）</translation>
    </message>
    <message>
        <source>credit code &quot;%1&quot; has check character &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>统一社会信用代码“%1”的校验码为“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>“%1”不是有效的日期（应为“年-月-日”格式，如 2026-03-15）</translation>
    </message>
    <message>
        <source>%1 is not a valid date</source>
        <translation>%1 不是有效的日期</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 4</source>
        <translation>%1 不在 1 到 4 之间</translation>
    </message>
    <message>
        <source>cannot record rectification progress a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能登记整改进展</translation>
    </message>
    <message>
        <source>cannot submit for verification a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能提交复查</translation>
    </message>
    <message>
        <source>cannot pass verification and close a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能复查通过并销号</translation>
    </message>
    <message>
        <source>cannot fail verification a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能判定复查不通过</translation>
    </message>
    <message>
        <source>cannot void a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能作废</translation>
    </message>
    <message>
        <source>a hazard must belong to a unit</source>
        <translation>隐患必须属于某个单位</translation>
    </message>
    <message>
        <source>a hazard needs a description</source>
        <translation>请填写隐患描述</translation>
    </message>
    <message>
        <source>the date the hazard was found is required</source>
        <translation>必须填写隐患的发现日期</translation>
    </message>
    <message>
        <source>a hazard rectified %1 (%2) needs a deadline</source>
        <translation>%2的隐患须填写整改期限</translation>
    </message>
    <message>
        <source>%1 is before the found date %2</source>
        <translation>%1 早于发现日期 %2</translation>
    </message>
    <message>
        <source>%1 yuan cannot be negative</source>
        <translation>%1 元不能为负数</translation>
    </message>
    <message>
        <source>only a major hazard (重大隐患) can be under listed supervision</source>
        <translation>只有重大隐患才能挂牌督办</translation>
    </message>
    <message>
        <source>the date of the rectification progress is required</source>
        <translation>必须填写整改进展的日期</translation>
    </message>
    <message>
        <source>progress on %1 is before the hazard was found (%2)</source>
        <translation>整改日期 %1 早于隐患发现日期（%2）</translation>
    </message>
    <message>
        <source>say what was done</source>
        <translation>请填写整改内容</translation>
    </message>
    <message>
        <source>a cost cannot be negative</source>
        <translation>费用不能为负数</translation>
    </message>
    <message>
        <source>the verification date is required</source>
        <translation>必须填写复查日期</translation>
    </message>
    <message>
        <source>verification on %1 is before the hazard was found (%2)</source>
        <translation>复查日期 %1 早于隐患发现日期（%2）</translation>
    </message>
    <message>
        <source>a verification needs the name of who verified it</source>
        <translation>复查须填写复查人姓名</translation>
    </message>
    <message>
        <source>cannot write the backup %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot start the backup: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>the backup failed: %1 (the disk is full)</source>
        <translation>备份失败：%1（磁盘已满）</translation>
    </message>
    <message>
        <source>the backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name</source>
        <translation>%1 已存在，请另选名称</translation>
    </message>
    <message>
        <source>cannot finish the backup: %1</source>
        <translation>无法完成备份：%1</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1: %2</source>
        <translation>无法创建备份文件夹 %1：%2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored</source>
        <translation>%1 已损坏，无法恢复</translation>
    </message>
    <message>
        <source>%1 is being written by %2; close it before restoring</source>
        <translation>%1 正由 %2 写入，请先在那里关闭后再恢复</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>无法替换 %1：%2</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name</source>
        <translation>%1 已存在，请另选文件名</translation>
    </message>
    <message>
        <source>%1 is being written by %2; close it there, or open it read-only</source>
        <translation>%1 正由 %2 写入，请先在那里关闭，或以只读方式打开</translation>
    </message>
    <message>
        <source>%1 is being written by %2</source>
        <translation>%1 正由 %2 写入</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SafeLedger database</source>
        <translation>%1 是文件夹，不是安全生产台账数据库</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database (%2)</source>
        <translation>%1 不是安全生产台账数据库（%2）</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database</source>
        <translation>%1 不是安全生产台账数据库</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was written by a newer SafeLedger (schema version %2; this program understands up to %3); please upgrade</source>
        <translation>%1 由更新版本的安全生产台账写入（数据结构版本 %2，本程序最高支持 %3），请升级本软件</translation>
    </message>
    <message>
        <source>%1 needs an upgrade of its schema, which a read-only open cannot do</source>
        <translation>%1 的数据结构需要升级，以只读方式打开时无法升级</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was saved</source>
        <translation>%1 以只读方式打开，未保存任何内容</translation>
    </message>
    <message>
        <source>demo: no unit named %1</source>
        <translation>演示数据：没有名为“%1”的单位</translation>
    </message>
    <message>
        <source>demo: no unit with id %1</source>
        <translation>演示数据：找不到编号为 %1 的单位</translation>
    </message>
    <message>
        <source>the demo can only fill an empty database; %1 already holds units</source>
        <translation>演示数据只能填入空数据库，%1 中已有单位</translation>
    </message>
    <message>
        <source>the demo runs to %1; open the database with a clock at that day (FixedClock::at(demoToday()))</source>
        <translation>演示数据截至 %1，请以该日为当天打开数据库</translation>
    </message>
    <message>
        <source>at least 2 units are needed (a county and a town), not %1</source>
        <translation>至少需要 2 个单位（一个县和一个镇），不能是 %1 个</translation>
    </message>
    <message>
        <source>%1 is not between 1 and 50</source>
        <translation>%1 不在 1 到 50 之间</translation>
    </message>
    <message>
        <source>%1 is open read-only; nothing was generated</source>
        <translation>%1 以只读方式打开，未生成任何数据</translation>
    </message>
    <message>
        <source>generate fills an empty database; %1 already holds units</source>
        <translation>生成数据只能填入空数据库，%1 中已有单位</translation>
    </message>
    <message>
        <source>%1 is before %2</source>
        <translation>截止日期 %1 早于起始日期 %2</translation>
    </message>
    <message>
        <source>both the first and the last day are required</source>
        <translation>必须填写起止日期</translation>
    </message>
    <message>
        <source>the date the figures are taken on is required</source>
        <translation>必须填写统计截止日期</translation>
    </message>
    <message>
        <source>this hazard was changed at %1 after you opened it; reload it and try again</source>
        <translation>此隐患在您打开后已于 %1 被修改，请重新加载后再试</translation>
    </message>
    <message>
        <source>no %1 with id %2</source>
        <translation>找不到编号为 %2 的%1</translation>
    </message>
    <message>
        <source>%1 is voided and cannot take new units</source>
        <translation>%1已作废，不能再添加下级单位</translation>
    </message>
    <message>
        <source>%1 is voided</source>
        <translation>%1已作废</translation>
    </message>
    <message>
        <source>a voided hazard cannot be edited</source>
        <translation>已作废的隐患不能修改</translation>
    </message>
    <message>
        <source>%1 lies below %2; a unit cannot be moved under itself</source>
        <translation>%1是%2的下级单位，单位不能移到自身之下</translation>
    </message>
    <message>
        <source>%1 already belongs to %2</source>
        <translation>%1 已属于%2</translation>
    </message>
    <message>
        <source>%1 still has %2 units below it; move or void them first</source>
        <translation>%1下还有 %2 个下级单位，请先移走或作废它们</translation>
    </message>
    <message>
        <source>hazard %1 belongs to another unit than the document</source>
        <translation>隐患 %1 与文书不属于同一单位</translation>
    </message>
    <message>
        <source>attachments cannot belong to &quot;%1&quot;</source>
        <translation>附件不能属于“%1”</translation>
    </message>
    <message>
        <source>must be from 1990 to 2999, not %1</source>
        <translation>应在 1990 到 2999 之间，不能是 %1</translation>
    </message>
    <message>
        <source>this report text was removed after you opened it; reload it and write it again</source>
        <translation>此报告文字在您打开后已被删除，请重新加载后再填写</translation>
    </message>
    <message>
        <source>this report text was changed at %1 by someone else after you opened it (version %2, yours %3); reload it and apply your change again</source>
        <translation>此报告文字在您打开后已于 %1 被他人修改（当前版本 %2，您的版本 %3），请重新加载后再修改</translation>
    </message>
    <message>
        <source>the database holds an unknown code &quot;%1&quot;</source>
        <translation>数据库中有无法识别的代码“%1”</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>无法识别的取值“%1”</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 Base64 编码</translation>
    </message>
    <message>
        <source>this %1 record was changed at %2 after you opened it (version %3, yours %4); reload it and apply your change again</source>
        <translation>此%1记录在您打开后已于 %2 被修改（当前版本 %3，您的版本 %4），请重新加载后再修改</translation>
    </message>
    <message>
        <source>say why the record is voided</source>
        <translation>请填写作废原因</translation>
    </message>
    <message>
        <source>this %1 record is already voided</source>
        <translation>此%1记录已作废</translation>
    </message>
    <message>
        <source>no %1 record with id %2</source>
        <translation>找不到编号为 %2 的%1记录</translation>
    </message>
    <message>
        <source>%1 (the disk is full; nothing was saved)</source>
        <translation>%1（磁盘已满，未保存任何内容）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>database error: %1</source>
        <translation>数据库错误：%1</translation>
    </message>
    <message>
        <source>cannot prepare statement: %1</source>
        <translation>无法准备数据库语句：%1</translation>
    </message>
    <message>
        <source>cannot bind value: %1</source>
        <translation>无法绑定数据库参数：%1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>数据库或磁盘已满</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>数据库已被锁定</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>磁盘读写错误</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>试图写入只读数据库</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>无法打开数据库文件</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>数据库文件已损坏</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>没有访问权限</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>磁盘空间不足</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>文件系统为只读</translation>
    </message>
    <message>
        <source>org</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>credit_code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>expires_on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>party</source>
        <translation>甲乙双方</translation>
    </message>
    <message>
        <source>party_a</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>party_b</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>signed_on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>valid_to</source>
        <translation>有效期止</translation>
    </message>
    <message>
        <source>assessed_on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>assessment_score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>issued_on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>decision_number</source>
        <translation>处罚决定书文号</translation>
    </message>
    <message>
        <source>decided_on</source>
        <translation>处罚决定日期</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <source>occurred_on</source>
        <translation>事故发生日期</translation>
    </message>
    <message>
        <source>deaths</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <source>serious_injuries</source>
        <translation>重伤人数</translation>
    </message>
    <message>
        <source>minor_injuries</source>
        <translation>轻伤人数</translation>
    </message>
    <message>
        <source>direct_loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <source>reported_at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>file_name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>所属记录</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>found_on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>closed_on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>template</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>检查记录</translation>
    </message>
    <message>
        <source>hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>void_reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>orgs</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年数</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>found</source>
        <translation>发现日期范围</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>销号日期范围</translation>
    </message>
    <message>
        <source>period</source>
        <translation>统计期间</translation>
    </message>
    <message>
        <source>as_of</source>
        <translation>统计截止日期</translation>
    </message>
    <message>
        <source>stored date</source>
        <translation>已存日期</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>inspection_item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>verification</source>
        <translation>复查</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>checklist_template</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>template_item</source>
        <translation>检查表项目</translation>
    </message>
    <message>
        <source>enforcement_document</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>accident</source>
        <translation>事故</translation>
    </message>
    <message>
        <source>activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>report_note</source>
        <translation>报告文字</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s name, then the core&apos;s message about it</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a failed verification needs the reason: what is still not rectified</source>
        <translation>复查不合格须写明原因：哪些问题仍未整改到位</translation>
    </message>
    <message>
        <source>a passed verification closes the hazard and takes no new deadline</source>
        <translation>复查合格即销号，不再设置新的整改期限</translation>
    </message>
    <message>
        <source>the new deadline %1 is before the verification on %2</source>
        <translation>新的整改期限 %1 早于复查日期 %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>复查意见</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>a second column for %1 (the first is column %2)</source>
        <translation>又一个“%1”列（第一个在第 %2 列）</translation>
    </message>
    <message>
        <source>not a ledger column; ignored</source>
        <translation>不是台账的列，已忽略</translation>
    </message>
    <message>
        <source>the ledger has no column for the date found (排查日期)</source>
        <translation>台账缺少“排查日期”列</translation>
    </message>
    <message>
        <source>the ledger has no column for the unit (单位名称 or 统一社会信用代码)</source>
        <translation>台账缺少单位列（单位名称或统一社会信用代码）</translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a ledger needs columns titled 隐患描述, 排查日期 and 单位名称 (or 统一社会信用代码); see docs/ledger.md</source>
        <translation>前 30 行中没有表头：台账须有“隐患描述”“排查日期”和“单位名称”（或“统一社会信用代码”）列</translation>
    </message>
    <message>
        <source>already in the database; skipped</source>
        <translation>数据库中已有此隐患，已跳过</translation>
    </message>
    <message>
        <source>the ledger has no hazard rows below its header (row %1)</source>
        <translation>台账表头（第 %1 行）下没有隐患记录</translation>
    </message>
    <message>
        <source>the credit code belongs to %1; the hazard goes there</source>
        <translation>该信用代码属于 %1，隐患记入该单位</translation>
    </message>
    <message>
        <source>%1 units are named %2; give the credit code (统一社会信用代码) to choose one</source>
        <translation>有 %1 个单位名为 %2：请填写统一社会信用代码以确定是哪一个</translation>
    </message>
    <message>
        <source>%1 has the credit code %2, not %3</source>
        <translation>%1 的信用代码是 %2，而不是 %3</translation>
    </message>
    <message>
        <source>no unit named %1 in the database; add it first, or let the import create the missing units</source>
        <translation>数据库中没有名为 %1 的单位：请先添加，或让导入时新建缺少的单位</translation>
    </message>
    <message>
        <source>no unit with the credit code %1 in the database; add it first, or let the import create the missing units</source>
        <translation>数据库中没有信用代码为 %1 的单位：请先添加，或让导入时新建缺少的单位</translation>
    </message>
    <message>
        <source>the unit with the credit code %1 is not in the database, and a new unit needs its name</source>
        <translation>数据库中没有信用代码为 %1 的单位，新建单位需要填写单位名称</translation>
    </message>
    <message>
        <source>%1 new units named %2 have different credit codes; give this row&apos;s code (统一社会信用代码)</source>
        <translation>有 %1 个名为 %2 的新单位信用代码各不相同：请填写本行的统一社会信用代码</translation>
    </message>
    <message>
        <source>the ledger has %1 error(s); nothing was imported</source>
        <translation>台账有 %1 处错误，未导入任何内容</translation>
    </message>
    <message>
        <source>skipped: no hazard, unit or date in this row (&quot;%1&quot;)</source>
        <translation>已跳过：本行没有隐患、单位或日期（“%1”）</translation>
    </message>
    <message>
        <source>the unit is missing: give its name (单位名称) or credit code (统一社会信用代码)</source>
        <translation>缺少单位：请填写单位名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>the hazard&apos;s description (隐患描述) is empty</source>
        <translation>隐患描述为空</translation>
    </message>
    <message>
        <source>the date found (排查日期) is empty</source>
        <translation>排查日期为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known category; recorded as 其他 (other)</source>
        <translation>“%1”不是已知的隐患类别，记为“其他”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a grade: write 一般 (general) or 重大 (major)</source>
        <translation>“%1”不是隐患等级：请填写“一般”或“重大”</translation>
    </message>
    <message>
        <source>%1, nor 立即 or a number of days such as 7天</source>
        <translation>%1，也不是“立即”或“7天”这样的天数</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a completion date nor a word such as 已完成 or 未完成</source>
        <translation>“%1”既不是完成日期，也不是“已完成”“未完成”这样的字样</translation>
    </message>
    <message>
        <source>the row says the hazard is not completed, but gives a completion or acceptance date</source>
        <translation>本行写明隐患未完成整改，却填写了完成日期或验收日期</translation>
    </message>
    <message>
        <source>the acceptance has no name (验收人); recorded as %1</source>
        <translation>验收人为空，记为 %1</translation>
    </message>
    <message>
        <source>a hazard not yet completed needs its deadline (整改期限), or 立即 when it was fixed on the spot</source>
        <translation>未完成整改的隐患须填写整改期限；现场整改的填“立即”</translation>
    </message>
    <message>
        <source>ignored: the hazard is not completed</source>
        <translation>已忽略：隐患尚未完成整改</translation>
    </message>
    <message>
        <source>the deadline (整改期限) is empty; the completion date is taken</source>
        <translation>整改期限为空，取完成日期</translation>
    </message>
    <message>
        <source>the acceptance date (验收日期) is empty; the completion date is taken</source>
        <translation>验收日期为空，取完成日期</translation>
    </message>
    <message>
        <source>no acceptance date (验收日期): the hazard awaits verification</source>
        <translation>没有验收日期：隐患记为待复查</translation>
    </message>
    <message>
        <source>the acceptance date %1 is before the completion date %2</source>
        <translation>验收日期 %1 早于完成日期 %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date</source>
        <translation>“%1”不是真实存在的日期</translation>
    </message>
    <message>
        <source>the number %1 is not a date</source>
        <translation>数字 %1 不是日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (write 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日)</source>
        <translation>“%1”不是日期（请写作 2024-03-05、2024/3/5、2024.3.5 或 2024年3月5日）</translation>
    </message>
    <message>
        <source>the amount %1 cannot be negative</source>
        <translation>金额 %1 不能为负数</translation>
    </message>
    <message>
        <source>the amount %1 is not a sum of yuan and fen</source>
        <translation>金额 %1 不是以元、分计的数额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money (write 1200, 1,200.50 or 1200元)</source>
        <translation>“%1”不是金额（请写作 1200、1,200.50 或 1200元）</translation>
    </message>
    <message>
        <source>the amount %1 has more than two decimal places of yuan</source>
        <translation>金额 %1 的小数超过两位（元以下只到分）</translation>
    </message>
    <message>
        <source>the file is not UTF-8; it was read as GB18030 (GBK)</source>
        <translation>文件不是 UTF-8 编码，已按 GB18030（GBK）读取</translation>
    </message>
    <message>
        <source>cells beyond column IV (256) were ignored</source>
        <translation>第 256 列（IV 列）以后的单元格已忽略</translation>
    </message>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1：无法打开该文件</translation>
    </message>
    <message>
        <source>%1: cannot write here</source>
        <translation>%1：无法在此处写入</translation>
    </message>
    <message>
        <source>the database changed after the ledger was checked; check it again</source>
        <translation>检查台账之后数据库已有变化，请重新检查</translation>
    </message>
    <message>
        <source>%1: the ledger could not be written (disk full?)</source>
        <translation>%1：无法写入台账（磁盘已满？）</translation>
    </message>
    <message>
        <source>%1: the workbook could not be written (%2)</source>
        <translation>%1：无法写入工作簿（%2）</translation>
    </message>
    <message>
        <source>%1: a ledger is written as .xlsx or .csv</source>
        <translation>%1：台账应保存为 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>the CSV file cannot be read: %1</source>
        <translation>无法读取该 CSV 文件：%1</translation>
    </message>
    <message>
        <source>it is not UTF-8, and GB18030 cannot be decoded on this system</source>
        <translation>文件不是 UTF-8 编码，且本机无法按 GB18030 解码</translation>
    </message>
    <message>
        <source>it is neither UTF-8 nor GB18030 text (byte %1)</source>
        <translation>文件既不是 UTF-8 也不是 GB18030 文本（第 %1 字节）</translation>
    </message>
    <message>
        <source>it is larger than 1 GiB</source>
        <translation>文件大于 1 GiB</translation>
    </message>
    <message>
        <source>row %1 has more than 1000 columns</source>
        <translation>第 %1 行超过 1000 列</translation>
    </message>
    <message>
        <source>it has more than 2,000,000 rows</source>
        <translation>文件超过 2,000,000 行</translation>
    </message>
    <message>
        <source>a field of row %1 is longer than 1 MiB</source>
        <translation>第 %1 行有一个字段长于 1 MiB</translation>
    </message>
    <message>
        <source>a quoted field that starts in row %1 is never closed</source>
        <translation>从第 %1 行开始的带引号字段没有结束</translation>
    </message>
    <message>
        <source>%1 is larger than 1 GiB</source>
        <translation>%1 大于 1 GiB</translation>
    </message>
    <message>
        <source>%1 is an old Excel .xls file; save it as .xlsx (Excel 2007 or later) or .csv first</source>
        <translation>%1 是旧版 Excel .xls 文件，请先另存为 .xlsx（Excel 2007 或更高版本）或 .csv</translation>
    </message>
    <message>
        <source>the workbook cannot be read: %1</source>
        <translation>无法读取该工作簿：%1</translation>
    </message>
    <message>
        <source>it has more than 10,000,000 shared strings</source>
        <translation>共享字符串超过 10,000,000 个</translation>
    </message>
    <message>
        <source>a row has the number &quot;%1&quot;</source>
        <translation>有一行的行号为“%1”</translation>
    </message>
    <message>
        <source>a row number is beyond 1,048,576</source>
        <translation>有行号超过 1,048,576</translation>
    </message>
    <message>
        <source>row %1 appears twice</source>
        <translation>第 %1 行出现了两次</translation>
    </message>
    <message>
        <source>a cell lies outside any row</source>
        <translation>有单元格不在任何行内</translation>
    </message>
    <message>
        <source>a cell of row %1 has the reference &quot;%2&quot;</source>
        <translation>第 %1 行有单元格的引用为“%2”</translation>
    </message>
    <message>
        <source>a cell lies beyond column XFD</source>
        <translation>有单元格超出了 XFD 列</translation>
    </message>
    <message>
        <source>the merged range &quot;%1&quot; is not a range</source>
        <translation>合并区域“%1”不是有效区域</translation>
    </message>
    <message>
        <source>a cell of row %1 refers to a missing shared text</source>
        <translation>第 %1 行有单元格引用了不存在的共享文本</translation>
    </message>
    <message>
        <source>its merged cells cover more than 2,000,000 cells</source>
        <translation>合并单元格覆盖超过 2,000,000 个单元格</translation>
    </message>
    <message>
        <source>the file is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)</source>
        <translation>该文件是 ZIP 压缩包，但不是 .xlsx 工作簿（缺少 xl/workbook.xml）</translation>
    </message>
    <message>
        <source>the file is not a readable .xlsx workbook: %1</source>
        <translation>该文件不是可读取的 .xlsx 工作簿：%1</translation>
    </message>
    <message>
        <source>it is too short to be a ZIP archive</source>
        <translation>文件太短，不可能是 ZIP 压缩包</translation>
    </message>
    <message>
        <source>no ZIP directory found (is it an old .xls, or truncated?)</source>
        <translation>找不到 ZIP 目录（是旧版 .xls 文件，还是文件不完整？）</translation>
    </message>
    <message>
        <source>multi-part archives are not supported</source>
        <translation>不支持分卷压缩包</translation>
    </message>
    <message>
        <source>ZIP64 archives are not supported</source>
        <translation>不支持 ZIP64 压缩包</translation>
    </message>
    <message>
        <source>it has %1 entries</source>
        <translation>压缩包有 %1 个条目</translation>
    </message>
    <message>
        <source>its directory lies outside the file</source>
        <translation>目录位于文件之外</translation>
    </message>
    <message>
        <source>its directory is damaged</source>
        <translation>目录已损坏</translation>
    </message>
    <message>
        <source>the entry %1 appears twice</source>
        <translation>条目 %1 出现了两次</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted</source>
        <translation>条目 %1 已加密</translation>
    </message>
    <message>
        <source>the entry %1 uses an unsupported compression method (%2)</source>
        <translation>条目 %1 使用了不支持的压缩方式（%2）</translation>
    </message>
    <message>
        <source>the entry %1 is larger than %2 MiB</source>
        <translation>条目 %1 大于 %2 MiB</translation>
    </message>
    <message>
        <source>the entry %1 would expand more than %2-fold (a ZIP bomb?)</source>
        <translation>条目 %1 解压后将膨胀 %2 倍以上（疑似压缩炸弹）</translation>
    </message>
    <message>
        <source>the entry %1 is damaged</source>
        <translation>条目 %1 已损坏</translation>
    </message>
    <message>
        <source>the entry %1 is cut short</source>
        <translation>条目 %1 不完整</translation>
    </message>
    <message>
        <source>the entry %1 has inconsistent sizes</source>
        <translation>条目 %1 的大小信息前后不一致</translation>
    </message>
    <message>
        <source>the entry %1 does not decompress to its stated size</source>
        <translation>条目 %1 解压后与标明的大小不符</translation>
    </message>
    <message>
        <source>the entry %1 is damaged (checksum mismatch)</source>
        <translation>条目 %1 已损坏（校验和不符）</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>无法启动解压组件</translation>
    </message>
    <message>
        <source>the workbook part %1 is not valid XML near byte %2: %3</source>
        <translation>工作簿部件 %1 在第 %2 字节附近不是有效的 XML：%3</translation>
    </message>
    <message>
        <source>an unterminated comment</source>
        <translation>注释没有结束</translation>
    </message>
    <message>
        <source>an unterminated CDATA section</source>
        <translation>CDATA 段没有结束</translation>
    </message>
    <message>
        <source>an unterminated processing instruction</source>
        <translation>处理指令没有结束</translation>
    </message>
    <message>
        <source>a name was expected</source>
        <translation>此处应为名称</translation>
    </message>
    <message>
        <source>a name is longer than 256 characters</source>
        <translation>名称长于 256 个字符</translation>
    </message>
    <message>
        <source>a &apos;&lt;&apos; inside a value</source>
        <translation>取值中出现了“&lt;”</translation>
    </message>
    <message>
        <source>a broken entity reference</source>
        <translation>实体引用有误</translation>
    </message>
    <message>
        <source>an empty character reference</source>
        <translation>字符引用为空</translation>
    </message>
    <message>
        <source>a broken character reference</source>
        <translation>字符引用有误</translation>
    </message>
    <message>
        <source>a character reference beyond Unicode</source>
        <translation>字符引用超出 Unicode 范围</translation>
    </message>
    <message>
        <source>a character reference to an invalid character</source>
        <translation>字符引用指向无效字符</translation>
    </message>
    <message>
        <source>the unknown entity &amp;%1;</source>
        <translation>无法识别的实体 &amp;%1;</translation>
    </message>
    <message>
        <source>an unterminated tag</source>
        <translation>标签没有结束</translation>
    </message>
    <message>
        <source>an attribute without a value</source>
        <translation>属性缺少取值</translation>
    </message>
    <message>
        <source>an attribute value must be quoted</source>
        <translation>属性值必须加引号</translation>
    </message>
    <message>
        <source>an unterminated attribute value</source>
        <translation>属性值没有结束</translation>
    </message>
    <message>
        <source>more than 64 attributes on one element</source>
        <translation>一个元素上有超过 64 个属性</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>出现了第二个根元素</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a broken end tag</source>
        <translation>结束标签有误</translation>
    </message>
    <message>
        <source>the end tag &lt;/%1&gt; does not match</source>
        <translation>结束标签 &lt;/%1&gt; 不匹配</translation>
    </message>
    <message>
        <source>text outside the root element</source>
        <translation>根元素之外有文本</translation>
    </message>
    <message>
        <source>character data outside the root element</source>
        <translation>根元素之外有字符数据</translation>
    </message>
    <message>
        <source>document type declarations are not allowed</source>
        <translation>不允许文档类型声明</translation>
    </message>
    <message>
        <source>the document ends inside &lt;%1&gt;</source>
        <translation>文档在 &lt;%1&gt; 内意外结束</translation>
    </message>
    <message>
        <source>there is no root element</source>
        <translation>没有根元素</translation>
    </message>
    <message>
        <source>a text of %1 bytes is longer than the limit of %2 bytes</source>
        <translation>%1 字节的文本超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>binary values are not JSON</source>
        <translation>二进制值不是 JSON</translation>
    </message>
    <message>
        <source>the document is nested more than %1 levels deep</source>
        <translation>文档嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a key of %1 bytes is longer than the limit of %2 bytes</source>
        <translation>%1 字节的键名超过了 %2 字节的上限</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object</source>
        <translation>同一对象中键“%1”出现了两次</translation>
    </message>
    <message>
        <source>the JSON is broken near byte %1: %2</source>
        <translation>JSON 在第 %1 字节附近有误：%2</translation>
    </message>
    <message>
        <source>null</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>真/假值</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a %1 record must be an object, not %2</source>
        <translation>%1 记录必须是对象，而不是%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>%1 must be a text, not %2</source>
        <translation>%1 必须是文本，而不是%2</translation>
    </message>
    <message>
        <source>%1 is longer than %2 bytes</source>
        <translation>%1 长于 %2 字节</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <translation>%1 必须是真或假，而不是%2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 太大</translation>
    </message>
    <message>
        <source>%1 must be a whole number, not %2</source>
        <translation>%1 必须是整数，而不是%2</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 超出范围</translation>
    </message>
    <message>
        <source>%1 must be a number, not %2</source>
        <translation>%1 必须是数字，而不是%2</translation>
    </message>
    <message>
        <source>%1 must be a finite number</source>
        <translation>%1 必须是有限的数字</translation>
    </message>
    <message>
        <source>%1 must be a date text (YYYY-MM-DD), not %2</source>
        <translation>%1 必须是日期文本（YYYY-MM-DD），而不是%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid date (expected YYYY-MM-DD)</source>
        <translation>%1“%2”不是有效日期（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>%1 must be a code text, not %2</source>
        <translation>%1 必须是代码文本，而不是%2</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of the known codes</source>
        <translation>%1“%2”不是已知代码</translation>
    </message>
    <message>
        <source>%1 must be a list of texts, not %2</source>
        <translation>%1 必须是文本列表，而不是%2</translation>
    </message>
    <message>
        <source>%1 has more than %2 entries</source>
        <translation>%1 超过 %2 项</translation>
    </message>
    <message>
        <source>%1 must hold only texts</source>
        <translation>%1 只能包含文本</translation>
    </message>
    <message>
        <source>%1 must be base64 text, not %2</source>
        <translation>%1 必须是 base64 文本，而不是%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB</source>
        <translation>%1 大于 %2 MiB</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 不是有效的 base64</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1：“%2”不是 UUID</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time like 2025-03-04T08:30:00Z</source>
        <translation>%1：“%2”不是形如 2025-03-04T08:30:00Z 的时间</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time</source>
        <translation>%1：“%2”不是时间</translation>
    </message>
    <message>
        <source>version must be 1 or more</source>
        <translation>版本号必须不小于 1</translation>
    </message>
    <message>
        <source>a voided record must say why (void_reason)</source>
        <translation>作废的记录必须说明原因（void_reason）</translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record, not &quot;%2&quot;</source>
        <translation>%1 必须是某条记录的 UUID，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record, not %2</source>
        <translation>%1 必须是某条记录的 UUID，而不是%2</translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record or null, not &quot;%2&quot;</source>
        <translation>%1 必须是某条记录的 UUID 或空值，而不是“%2”</translation>
    </message>
    <message>
        <source>%1 must be the UUID of a record or null, not %2</source>
        <translation>%1 必须是某条记录的 UUID 或空值，而不是%2</translation>
    </message>
    <message>
        <source>ancestors must be a list of at most %1 fingerprints</source>
        <translation>ancestors 必须是至多 %1 个指纹的列表</translation>
    </message>
    <message>
        <source>a fingerprint is 32 lower-case hexadecimal digits</source>
        <translation>指纹是 32 位小写十六进制数字</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of a %2 record</source>
        <translation>“%1”不是 %2 记录的字段</translation>
    </message>
    <message>
        <source>the uuid %1 is already used at %2</source>
        <translation>UUID %1 已在 %2 处使用</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record</source>
        <translation>“%1”不是记录类型</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a kind of record</source>
        <translation>%1：“%2”不是记录类型</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of link</source>
        <translation>“%1”不是关联类型</translation>
    </message>
    <message>
        <source>a document_hazard link is {&quot;document&quot;: UUID, &quot;hazard&quot;: UUID}</source>
        <translation>document_hazard 关联的格式为 {&quot;document&quot;: UUID, &quot;hazard&quot;: UUID}</translation>
    </message>
    <message>
        <source>%1 must be a text of at most 1 MiB</source>
        <translation>%1 必须是不超过 1 MiB 的文本</translation>
    </message>
    <message>
        <source>action must be a short code such as create or update</source>
        <translation>action 必须是简短代码，如 create 或 update</translation>
    </message>
    <message>
        <source>an exchange package is a JSON object</source>
        <translation>交换数据包必须是 JSON 对象</translation>
    </message>
    <message>
        <source>this is not a SafeLedger exchange package (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>这不是安全生产台账的交换数据包（“format”必须为“%1”）</translation>
    </message>
    <message>
        <source>format_version must be a whole number from 1</source>
        <translation>format_version 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <source>this package was written by a newer SafeLedger (format version %1; this program reads %2); please upgrade</source>
        <translation>该数据包由更新版本的安全生产台账生成（格式版本 %1；本程序可读取到 %2），请升级</translation>
    </message>
    <message>
        <source>package_id must be a UUID</source>
        <translation>package_id 必须是 UUID</translation>
    </message>
    <message>
        <source>created_at must be a time like 2025-03-04T08:30:00Z</source>
        <translation>created_at 必须是形如 2025-03-04T08:30:00Z 的时间</translation>
    </message>
    <message>
        <source>source must be an object naming the exporting database</source>
        <translation>source 必须是说明导出数据库的对象</translation>
    </message>
    <message>
        <source>records must be an object of lists, one per kind of record</source>
        <translation>records 必须是由列表组成的对象，每类记录一个列表</translation>
    </message>
    <message>
        <source>the %1 records must be a list</source>
        <translation>%1 记录必须是列表</translation>
    </message>
    <message>
        <source>links must be an object of lists</source>
        <translation>links 必须是由列表组成的对象</translation>
    </message>
    <message>
        <source>audit must be a list of history entries</source>
        <translation>audit 必须是历史条目的列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of an exchange package</source>
        <translation>“%1”不属于交换数据包</translation>
    </message>
    <message>
        <source>refers to %1, which is a %2 record (at %3), not a %4 record</source>
        <translation>引用了 %1，它是 %2 记录（位于 %3），而不是 %4 记录</translation>
    </message>
    <message>
        <source>refers to the %1 record %2, which is neither in the package nor in this database</source>
        <translation>引用的 %1 记录 %2 既不在数据包中，也不在本数据库中</translation>
    </message>
    <message>
        <source>a hazard is voided exactly when it has a void mark (voided_at)</source>
        <translation>隐患有作废标记（voided_at）时才是已作废状态，反之亦然</translation>
    </message>
    <message>
        <source>a closed hazard needs its closure date, and only a closed one has it</source>
        <translation>已销号的隐患须有销号日期，且只有已销号的隐患才有</translation>
    </message>
    <message>
        <source>the attachment&apos;s content does not match its hash</source>
        <translation>附件内容与其哈希值不符</translation>
    </message>
    <message>
        <source>%1 would end up below itself in the unit tree</source>
        <translation>%1 在单位树中将位于它自己之下</translation>
    </message>
    <message>
        <source>a closed hazard needs a passed verification on its closure date %1, in the package or in this database</source>
        <translation>已销号的隐患须在销号日期 %1 有一次合格的复查，在数据包中或本数据库中</translation>
    </message>
    <message>
        <source>the history entry is about the %1 record %2, which is not in the package</source>
        <translation>该历史条目涉及的 %1 记录 %2 不在数据包中</translation>
    </message>
    <message>
        <source>the %1 record %2 was not written before it was needed</source>
        <translation>%1 记录 %2 在需要之前尚未写入</translation>
    </message>
    <message>
        <source>%1 would end up below itself in the unit tree; nothing was imported</source>
        <translation>%1 在单位树中将位于它自己之下；未导入任何内容</translation>
    </message>
    <message>
        <source>the package has %1 problem(s); nothing was imported</source>
        <translation>数据包有 %1 个问题；未导入任何内容</translation>
    </message>
    <message>
        <source>the database changed after the package was checked; check the package again</source>
        <translation>检查数据包之后数据库已有变化，请重新检查数据包</translation>
    </message>
    <message>
        <source>no undecided conflict with the number %1</source>
        <translation>没有编号为 %1 的待决冲突</translation>
    </message>
    <message>
        <source>the kept version can no longer be taken: %1</source>
        <translation>无法再采用保留的版本：%1</translation>
    </message>
    <message>
        <source>%1 is before from %2</source>
        <translation>%1 早于起始日期 %2</translation>
    </message>
    <message>
        <source>the package could not be written (disk full?)</source>
        <translation>无法写入数据包（磁盘已满？）</translation>
    </message>
    <message>
        <source>%1: the package could not be written (disk full?)</source>
        <translation>%1：无法写入数据包（磁盘已满？）</translation>
    </message>
    <message>
        <source>the file is larger than 16 MiB</source>
        <translation>文件大于 16 MiB</translation>
    </message>
    <message>
        <source>this is not a checklist file (&quot;format&quot; must be &quot;%1&quot;)</source>
        <translation>这不是检查表文件（“format”必须为“%1”）</translation>
    </message>
    <message>
        <source>format_version must be 1 (a newer file needs a newer SafeLedger)</source>
        <translation>format_version 必须为 1（更新的文件需要更新版本的安全生产台账）</translation>
    </message>
    <message>
        <source>templates must be a list of at most 1000 checklists</source>
        <translation>templates 必须是至多 1000 个检查表的列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a checklist file</source>
        <translation>“%1”不属于检查表文件</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>%1 must be a text of at most %2 bytes</source>
        <translation>%1 必须是不超过 %2 字节的文本</translation>
    </message>
    <message>
        <source>%1 cannot be empty</source>
        <translation>%1 不能为空</translation>
    </message>
    <message>
        <source>uuid must be a UUID such as 0c6f3b0e-8d5a-4b7e-9a41-2f6d1c9e5b70</source>
        <translation>uuid 必须是形如 0c6f3b0e-8d5a-4b7e-9a41-2f6d1c9e5b70 的 UUID</translation>
    </message>
    <message>
        <source>the uuid %1 appears twice in the file</source>
        <translation>文件中 UUID %1 出现了两次</translation>
    </message>
    <message>
        <source>a checklist must be an object</source>
        <translation>检查表必须是对象</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a known sector</source>
        <translation>%1：“%2”不是已知行业</translation>
    </message>
    <message>
        <source>items must be a list of at most 1000 items</source>
        <translation>items 必须是至多 1000 项的列表</translation>
    </message>
    <message>
        <source>an item must be an object with a text</source>
        <translation>检查项必须是含有文本的对象</translation>
    </message>
    <message>
        <source>the item uuid %1 already belongs to another checklist</source>
        <translation>检查项 UUID %1 已属于另一张检查表</translation>
    </message>
    <message>
        <source>name at least one hazard for the document</source>
        <translation>请为文书至少指定一条隐患</translation>
    </message>
    <message>
        <source>hazard %1 belongs to another unit than %2</source>
        <translation>隐患 %1 属于 %2 以外的单位</translation>
    </message>
    <message>
        <source>hazard %1 is voided</source>
        <translation>隐患 %1 已作废</translation>
    </message>
    <message>
        <source>must be from 1 to 4, not %1</source>
        <translation>必须在 1 到 4 之间，而不是 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>无法绘制 PDF</translation>
    </message>
    <message>
        <source>the ODF writer failed</source>
        <translation>ODF 写入失败</translation>
    </message>
    <message>
        <source>cannot write %1: the file name must end in .pdf, .odt or .html</source>
        <translation>无法写入 %1：文件名须以 .pdf、.odt 或 .html 结尾</translation>
    </message>
    <message>
        <source>no unit with the uuid, credit code or name &quot;%1&quot; in %2</source>
        <translation>%2 中没有 UUID、统一社会信用代码或名称为“%1”的单位</translation>
    </message>
    <message>
        <source>no enforcement document with the uuid &quot;%1&quot; in %2</source>
        <translation>%2 中没有 UUID 为“%1”的执法文书</translation>
    </message>
    <message>
        <source>no hazard with the uuid &quot;%1&quot; in %2</source>
        <translation>%2 中没有 UUID 为“%1”的隐患</translation>
    </message>
    <message>
        <source>%1 was refused: %2 problem(s); nothing was imported</source>
        <translation>%1 被拒绝：%2 个问题；未导入任何内容</translation>
    </message>
    <message>
        <source>%1 was refused: %2 error(s); nothing was imported</source>
        <translation>%1 被拒绝：%2 个错误；未导入任何内容</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record table</source>
        <translation>“%1”不是记录表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known hazard category</source>
        <translation>“%1”不是已知的隐患类别</translation>
    </message>
    <message>
        <source>this inspection still has %1 hazard(s) on the ledger; void them first</source>
        <translation>这次检查查出的隐患中仍有 %1 条在台账上，请先作废这些隐患</translation>
    </message>
    <message>
        <source>no record with UUID %1 in %2</source>
        <translation>%2 中没有 UUID 为 %1 的记录</translation>
    </message>
    <message>
        <source>a %1 record is part of another record and cannot be voided on its own</source>
        <translation>%1 记录属于另一条记录的一部分，不能单独作废</translation>
    </message>
    <message>
        <source>a document number pattern needs {n} where the running number goes, e.g. %1</source>
        <translation>文书编号格式须含 {n}（流水号的位置），例如 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in a document number pattern is not known; use {kind}, {year}, {n} or {n:3}</source>
        <translation>文书编号格式中的“%1”无法识别；可用 {kind}、{year}、{n} 或 {n:3}</translation>
    </message>
    <message>
        <source>%1 is already the number of a document issued on %2; a number is never used twice</source>
        <translation>%1 已是 %2 下达的文书的编号；文书编号不得重复使用</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>display_name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>编号格式</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查阅人员</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>安全员</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>change the ledger</source>
        <translation>修改台账</translation>
    </message>
    <message>
        <source>change a password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>keep unit archives</source>
        <translation>维护单位档案</translation>
    </message>
    <message>
        <source>record agreements</source>
        <translation>登记责任书</translation>
    </message>
    <message>
        <source>record inspections</source>
        <translation>登记检查</translation>
    </message>
    <message>
        <source>register hazards</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <source>record rectification progress</source>
        <translation>登记整改进展</translation>
    </message>
    <message>
        <source>write report texts</source>
        <translation>撰写报告文字</translation>
    </message>
    <message>
        <source>verify and close hazards</source>
        <translation>复查销号</translation>
    </message>
    <message>
        <source>void records</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>assess agreements</source>
        <translation>考核责任书</translation>
    </message>
    <message>
        <source>issue documents</source>
        <translation>签发文书</translation>
    </message>
    <message>
        <source>manage checklists</source>
        <translation>管理检查表</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账号</translation>
    </message>
    <message>
        <source>change ledger settings</source>
        <translation>修改台账设置</translation>
    </message>
    <message>
        <source>restore backups</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>a history entry is an object with exactly the keys at, operator, entity, entity_uuid, action, before and after (and optionally account)</source>
        <translation>历史记录须为对象，且恰好包含 at、operator、entity、entity_uuid、action、before、after 这些键（account 可选）</translation>
    </message>
    <message>
        <source>%1 keeps accounts: say who you are with --user NAME</source>
        <translation>%1 设有账号：请用 --user 账号名 说明身份</translation>
    </message>
    <message>
        <source>no password: set SAFELEDGER_PASSWORD or run the command in a terminal</source>
        <translation>没有密码：请设置 SAFELEDGER_PASSWORD，或在终端中运行该命令</translation>
    </message>
    <message>
        <source>the two passwords differ; nothing was changed</source>
        <translation>两次输入的密码不一致，未作任何修改</translation>
    </message>
    <message>
        <source>sign in to %1: this database keeps accounts</source>
        <translation>请先登录才能%1：此台账设有账号</translation>
    </message>
    <message>
        <source>wrong account name or password</source>
        <translation>账号或密码错误</translation>
    </message>
    <message>
        <source>the account %1 is disabled; an administrator can enable it again</source>
        <translation>账号 %1 已停用，可请管理员重新启用</translation>
    </message>
    <message>
        <source>there is already an account named %1</source>
        <translation>已有名为 %1 的账号</translation>
    </message>
    <message>
        <source>an account name has 1 to 32 characters and no spaces or control characters</source>
        <translation>账号名为 1 至 32 个字符，不能含空格或控制字符</translation>
    </message>
    <message>
        <source>say whose account it is: the name printed on what it signs</source>
        <translation>请填写账号使用人的姓名：签署的文书上印此姓名</translation>
    </message>
    <message>
        <source>a password needs at least %1 characters</source>
        <translation>密码至少需要 %1 个字符</translation>
    </message>
    <message>
        <source>no account named %1</source>
        <translation>没有名为 %1 的账号</translation>
    </message>
    <message>
        <source>%1 is the last enabled administrator; make another account an administrator first</source>
        <translation>%1 是最后一个在用的管理员账号；请先把另一个账号设为管理员</translation>
    </message>
    <message>
        <source>the password could not be protected (not enough memory); nothing was saved</source>
        <translation>无法加密保存密码（内存不足），未保存任何内容</translation>
    </message>
    <message>
        <source>this database already has accounts; an administrator adds new ones</source>
        <translation>此台账已设有账号，新账号由管理员添加</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chain head: write it as the row number, a colon and the 64-character hash</source>
        <translation>“%1”不是审计链头：应写作行号、冒号和 64 位哈希值</translation>
    </message>
    <message>
        <source>location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>contingency</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>closed_by</source>
        <translation>销号人</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>modified_at</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>唯一编号</translation>
    </message>
    <message>
        <source>reported_by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>inspection_id</source>
        <translation>所属检查</translation>
    </message>
    <message>
        <source>org_id</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>voided_at</source>
        <translation>作废时间</translation>
    </message>
    <message>
        <source>funds_fen</source>
        <translation>整改资金（分）</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>this database has no accounts yet: its first account is its administrator</source>
        <translation>此台账尚未设有账号：第一个账号须为管理员</translation>
    </message>
    <message>
        <source>ledger_key</source>
        <translation>台账密钥</translation>
    </message>
    <message>
        <source>trusted_key</source>
        <translation>受信任密钥</translation>
    </message>
    <message>
        <source>package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>trust other ledgers&apos; keys</source>
        <translation>信任其他台账的密钥</translation>
    </message>
    <message>
        <source>the package is not signed, so nobody can tell where it came from; nothing was imported (an administrator who has checked its origin may accept it explicitly)</source>
        <translation>数据包没有签名，无法判断来源；未导入任何数据（管理员核实来源后可明确接受）</translation>
    </message>
    <message>
        <source>the package is signed with the key %1, which this ledger does not trust; nothing was imported (an administrator trusts the key first, or accepts this package explicitly)</source>
        <translation>数据包由密钥 %1 签名，本台账不信任该密钥；未导入任何数据（请管理员先信任该密钥，或明确接受此数据包）</translation>
    </message>
    <message>
        <source>the package was changed after it was signed with the key %1; nothing was imported (an administrator may accept it explicitly)</source>
        <translation>数据包在以密钥 %1 签名后被改动过；未导入任何数据（管理员可明确接受）</translation>
    </message>
    <message>
        <source>the signature must be an object with algorithm &quot;%1&quot;, public_key and value, at the end of the package</source>
        <translation>签名须位于数据包末尾，是含 algorithm（&quot;%1&quot;）、public_key 和 value 的对象</translation>
    </message>
    <message>
        <source>%1 (%2) may not %3: that needs the role %4 or above</source>
        <translation>%1（%2）无权%3：需要%4或以上角色</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a public key: a key is 44 characters of base64, as `safeledger-cli key` prints it</source>
        <translation>“%1”不是公钥：公钥是 44 个字符的 base64 文本，即 `safeledger-cli key` 显示的内容</translation>
    </message>
    <message>
        <source>say whose key it is, e.g. the officer and the laptop</source>
        <translation>请说明这是谁的密钥，例如哪位安全员的哪台笔记本</translation>
    </message>
    <message>
        <source>the key %1 is already trusted, as &quot;%2&quot;</source>
        <translation>密钥 %1 已受信任，名称为“%2”</translation>
    </message>
    <message>
        <source>the key %1 is not one of the keys this ledger trusts</source>
        <translation>密钥 %1 不在本台账的受信任密钥中</translation>
    </message>
    <message>
        <source>%1 is this ledger&apos;s own key; its packages are always recognised</source>
        <translation>%1 是本台账自己的密钥，其数据包总能被识别</translation>
    </message>
    <message>
        <source>this ledger has no signing key yet and is open read-only; open it for writing once to make one</source>
        <translation>本台账还没有签名密钥，且以只读方式打开；请以可写方式打开一次以生成密钥</translation>
    </message>
    <message>
        <source>the system&apos;s cryptography (libsodium) could not be started; nothing was saved</source>
        <translation>系统的加密组件（libsodium）无法启动；未保存任何内容</translation>
    </message>
    <message>
        <source>a signature image is a PNG or JPEG file of at most %1 KiB</source>
        <translation>签名图片须为不超过 %1 KiB 的 PNG 或 JPEG 文件</translation>
    </message>
    <message>
        <source>extension_request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>calendar_year</source>
        <translation>节假日安排</translation>
    </message>
    <message>
        <source>calendar_day</source>
        <translation>本单位工作日调整</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>ledger_setting</source>
        <translation>台账设置</translation>
    </message>
    <message>
        <source>requested_on</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>requested_deadline</source>
        <translation>申请延至</translation>
    </message>
    <message>
        <source>previous_deadline</source>
        <translation>原整改时限</translation>
    </message>
    <message>
        <source>requested_by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>decided_by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>decision_note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>escalation_general_days</source>
        <translation>升级督办天数</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>request deadline extensions</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source>decide extension requests</source>
        <translation>审批延期申请</translation>
    </message>
    <message>
        <source>line %1: expected &quot;holiday FROM [TO] NAME&quot;, &quot;workday DATE NAME&quot;, &quot;year YYYY&quot; or &quot;source TEXT&quot;, found &quot;%2&quot;</source>
        <translation>第 %1 行：应为“holiday 起始日 [截止日] 名称”“workday 日期 名称”“year 年份”或“source 依据”，实为“%2”</translation>
    </message>
    <message>
        <source>line %1: %2 is not in %3, the year the file is for</source>
        <translation>第 %1 行：%2 不在本文件所属的 %3 年</translation>
    </message>
    <message>
        <source>line %1: %2 is given twice</source>
        <translation>第 %1 行：%2 重复出现</translation>
    </message>
    <message>
        <source>line %1: %2 is a weekday; a make-up working day (调休上班) is a Saturday or Sunday</source>
        <translation>第 %1 行：%2 是工作日；调休上班日应为周六或周日</translation>
    </message>
    <message>
        <source>line %1: the days off end on %2, before they begin on %3</source>
        <translation>第 %1 行：放假截止日 %2 早于起始日 %3</translation>
    </message>
    <message>
        <source>the calendar file does not say its year (a line &quot;year YYYY&quot; before the days)</source>
        <translation>日历文件未写明年份（应在日期之前写一行“year 年份”）</translation>
    </message>
    <message>
        <source>the calendar file does not say what it follows (a line &quot;source&quot; naming the notice)</source>
        <translation>日历文件未写明依据（应有一行“source”写明所依据的通知）</translation>
    </message>
    <message>
        <source>a day of the calendar needs a name that says why it is a day off or worked</source>
        <translation>请写明该日放假或上班的原因</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a date (YYYY-MM-DD) nor a time limit such as &quot;10个工作日&quot; or &quot;7天&quot;</source>
        <translation>“%1”既不是日期（YYYY-MM-DD），也不是“10个工作日”“7天”这样的时限</translation>
    </message>
    <message>
        <source>say why the deadline cannot be met</source>
        <translation>请说明不能按期完成整改的原因</translation>
    </message>
    <message>
        <source>the requested deadline %1 is not after the deadline in force, %2</source>
        <translation>申请延至的 %1 不晚于现行整改时限 %2</translation>
    </message>
    <message>
        <source>the hazard is %1 (%2): only an open hazard&apos;s deadline can be extended</source>
        <translation>该隐患%2：只有未销号的隐患可以申请延期</translation>
    </message>
    <message>
        <source>the hazard has no deadline to extend</source>
        <translation>该隐患没有整改时限，无需延期</translation>
    </message>
    <message>
        <source>the hazard already has an extension request of %1 awaiting a decision</source>
        <translation>该隐患已有 %1 提出的延期申请待审批</translation>
    </message>
    <message>
        <source>the extension request was %1 (%2) on %3 and cannot change</source>
        <translation>该延期申请已于 %3 %2，不能再更改</translation>
    </message>
    <message>
        <source>the decision on %1 is before the request of %2</source>
        <translation>审批日期 %1 早于申请日期 %2</translation>
    </message>
    <message>
        <source>the new deadline %1 is before the decision on %2</source>
        <translation>新的整改时限 %1 早于审批日期 %2</translation>
    </message>
    <message>
        <source>the deadline %1 is set: it changes only through an approved extension request (延期申请), or on the day the hazard was registered</source>
        <translation>整改时限 %1 已确定：只能经批准的延期申请变更，或在登记当天更正</translation>
    </message>
    <message>
        <source>escalation after %1 days overdue: give 0 (never) to 365 days</source>
        <translation>逾期 %1 天后升级督办：请填 0（不升级）到 365 天</translation>
    </message>
    <message>
        <source>no ledger header in the first 30 rows of this sheet; it is not imported</source>
        <translation>此工作表前30行中没有台账表头，不导入</translation>
    </message>
    <message>
        <source>this sheet&apos;s columns differ from those of sheet %1; it is imported only when chosen</source>
        <translation>此工作表的列与工作表 %1 不同；仅在勾选时导入</translation>
    </message>
    <message>
        <source>the workbook has no sheet named %1; its sheets are %2</source>
        <translation>工作簿中没有名为 %1 的工作表；其工作表为 %2</translation>
    </message>
    <message>
        <source>no sheet with a ledger header is chosen; choose at least one</source>
        <translation>未选择含台账表头的工作表；请至少选择一个</translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a hazard</source>
        <translation>已跳过：合计行（“%1”），不是隐患</translation>
    </message>
    <message>
        <source>%1 still has %2 open hazards; close or void them first (its history stays on record)</source>
        <translation>%1 仍有 %2 条未销号隐患；请先销号或作废（其历史记录予以保留）</translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a roster needs a column titled 单位名称 (or 企业名称); see docs/roster.md</source>
        <translation>前30行中没有表头：名册需要一列标题为“单位名称”（或“企业名称”）；见 docs/roster.md</translation>
    </message>
    <message>
        <source>no roster header in the first 30 rows of this sheet; it is not imported</source>
        <translation>此工作表前30行中没有名册表头，不导入</translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a unit</source>
        <translation>已跳过：合计行（“%1”），不是单位</translation>
    </message>
    <message>
        <source>the roster has no unit rows below its header (row %1)</source>
        <translation>名册表头（第 %1 行）下没有单位行</translation>
    </message>
    <message>
        <source>the unit&apos;s name (单位名称) is empty</source>
        <translation>单位名称为空</translation>
    </message>
    <message>
        <source>the same unit as %1; give each unit once</source>
        <translation>与 %1 是同一单位；每个单位只填一次</translation>
    </message>
    <message>
        <source>no unit named %1 in the roster or the database to place this unit under</source>
        <translation>名册和数据库中都没有名为 %1 的单位，无法确定本单位的上级</translation>
    </message>
    <message>
        <source>the units of %1 are each other&apos;s parent unit</source>
        <translation>%1 的单位互为上级单位</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不在可选值之列：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of people</source>
        <translation>“%1”不是人数</translation>
    </message>
    <message>
        <source>already in the database as %1; skipped</source>
        <translation>数据库中已有（%1）；已跳过</translation>
    </message>
    <message>
        <source>the file %1 changed after it was checked; check it again</source>
        <translation>文件 %1 在检查之后已被修改，请重新检查</translation>
    </message>
    <message>
        <source>row %1 comes after row %2 (rows must be in order)</source>
        <translation>第 %1 行出现在第 %2 行之后（各行须按顺序排列）</translation>
    </message>
    <message>
        <source>a cell of row %1 holds more than 1 MiB of text</source>
        <translation>第 %1 行有单元格的文字超过 1 MiB</translation>
    </message>
    <message>
        <source>a text longer than 16 MiB</source>
        <translation>有一段文字超过 16 MiB</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has %2 characters, expected 18</source>
        <translation>身份证号“%1”有 %2 位，应为 18 位</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has &apos;%2&apos; at position %3; the first 17 characters are digits</source>
        <translation>身份证号“%1”第 %3 位是“%2”；前 17 位应为数字</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; gives %2 as the date of birth, which is no date</source>
        <translation>身份证号“%1”中的出生日期 %2 不是有效日期</translation>
    </message>
    <message>
        <source>ID number &quot;%1&quot; has check character &apos;%2&apos;, expected &apos;%3&apos;</source>
        <translation>身份证号“%1”的校验码为“%2”，应为“%3”</translation>
    </message>
    <message>
        <source>no header row in the first 30 rows: a register of people needs a column titled 姓名 and one more (身份证号, 单位, 证书编号…); see docs/people.md</source>
        <translation>前 30 行中没有表头：人员台账需要“姓名”列及至少一个其他列（身份证号、单位、证书编号等）；见 docs/people.md</translation>
    </message>
    <message>
        <source>no register header in the first 30 rows of this sheet; it is not imported</source>
        <translation>此工作表前 30 行中没有台账表头，不导入</translation>
    </message>
    <message>
        <source>skipped: a summary row (&quot;%1&quot;), not a person</source>
        <translation>已跳过：合计行（“%1”），不是人员</translation>
    </message>
    <message>
        <source>the register has no rows of people below its header (row %1)</source>
        <translation>台账表头（第 %1 行）下没有人员行</translation>
    </message>
    <message>
        <source>the person&apos;s name (姓名) is empty</source>
        <translation>姓名为空</translation>
    </message>
    <message>
        <source>the ID number was stored as a number (%1) and has lost its last digits; format the column as text and type it again</source>
        <translation>身份证号以数字形式保存（%1），末几位已丢失；请将该列设为文本格式后重新输入</translation>
    </message>
    <message>
        <source>no certificate kind (证书类别) or operation (作业类别); recorded as %1</source>
        <translation>未填写证书类别或作业类别，记为%1</translation>
    </message>
    <message>
        <source>the certificate number is empty; the ID number is taken, as special-operation certificates are numbered by it</source>
        <translation>证书编号为空；特种作业操作证以身份证号为编号，已取身份证号</translation>
    </message>
    <message>
        <source>the certificate number (证书编号) is empty</source>
        <translation>证书编号为空</translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>证书已于 %1 过期</translation>
    </message>
    <message>
        <source>the unit is missing: give its name (单位) or credit code, or choose the unit the register belongs to</source>
        <translation>缺少单位：请填写单位名称或统一社会信用代码，或选择台账所属单位</translation>
    </message>
    <message>
        <source>no unit named %1 in the database; import the roster of units first</source>
        <translation>数据库中没有名为 %1 的单位；请先导入企业名册</translation>
    </message>
    <message>
        <source>no unit with the credit code %1 in the database; import the roster of units first</source>
        <translation>数据库中没有统一社会信用代码为 %1 的单位；请先导入企业名册</translation>
    </message>
    <message>
        <source>the credit code belongs to %1; the person is registered there</source>
        <translation>该信用代码属于 %1，人员登记在该单位</translation>
    </message>
    <message>
        <source>the ID number is also given to %1 at %2</source>
        <translation>该身份证号也填给了 %2 的 %1</translation>
    </message>
    <message>
        <source>the ID number belongs to %1 of the same unit in the database</source>
        <translation>该身份证号在数据库中属于本单位的 %1</translation>
    </message>
    <message>
        <source>%1 people named %2 in %3; give the ID number (身份证号) to choose one</source>
        <translation>%3 有 %1 人名为 %2；请填写身份证号以区分</translation>
    </message>
    <message>
        <source>the same certificate as %1; give each certificate once</source>
        <translation>与 %1 是同一证书；每个证书只填一次</translation>
    </message>
    <message>
        <source>the certificate %1 is already in the database, held by %2</source>
        <translation>证书 %1 已在数据库中，持证人为 %2</translation>
    </message>
    <message>
        <source>the same person as %1, with no certificate of their own; nothing to add</source>
        <translation>与 %1 是同一人，且本行没有证书，无需添加</translation>
    </message>
    <message>
        <source>the package changed while it was being read; check it again</source>
        <translation>数据包在读取过程中发生了变化，请重新检查</translation>
    </message>
    <message>
        <source>cannot withdraw a verification of a hazard whose status is %1 (%2)</source>
        <translation>隐患状态为“%2”，不能撤销复查结论</translation>
    </message>
    <message>
        <source>only a hazard&apos;s latest verification can be withdrawn: a later one was recorded on %1</source>
        <translation>只能撤销隐患最近一次复查：其后 %1 还有一次复查</translation>
    </message>
    <message>
        <source>plan campaigns</source>
        <translation>安排专项行动</translation>
    </message>
    <message>
        <source>the campaign&apos;s name is required</source>
        <translation>专项行动的名称必须填写</translation>
    </message>
    <message>
        <source>every phase of the campaign needs its name</source>
        <translation>专项行动的每个阶段都须填写名称</translation>
    </message>
    <message>
        <source>a campaign needs the unit that leads it</source>
        <translation>专项行动须指定牵头单位</translation>
    </message>
    <message>
        <source>the campaign ends on %1, before it starts on %2</source>
        <translation>专项行动的结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; ends on %2, before it starts on %3</source>
        <translation>阶段“%1”的结束日期 %2 早于其开始日期 %3</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; (%2 to %3) is not within the campaign&apos;s days</source>
        <translation>阶段“%1”（%2 至 %3）不在专项行动的起止日期之内</translation>
    </message>
    <message>
        <source>phase &quot;%1&quot; starts before the phase listed before it</source>
        <translation>阶段“%1”的开始日期早于排在它前面的阶段</translation>
    </message>
    <message>
        <source>%1 must be a list of phases, each with its name, starts_on and ends_on</source>
        <translation>%1 必须是阶段列表，每个阶段含名称（name）、开始日期（starts_on）和结束日期（ends_on）</translation>
    </message>
    <message>
        <source>a campaign named &quot;%1&quot; already runs from %2 to %3; one name cannot run twice on the same day</source>
        <translation>名为“%1”的专项行动已在 %2 至 %3 开展；同一名称的专项行动日期不能重叠</translation>
    </message>
    <message>
        <source>%1 inspections carry the campaign name &quot;%2&quot;; correct them first, or keep the name</source>
        <translation>已有 %1 次检查记为专项行动“%2”；请先更正这些检查，或保留原名称</translation>
    </message>
    <message>
        <source>plan inspections and grids</source>
        <translation>安排检查计划和网格</translation>
    </message>
    <message>
        <source>the grid&apos;s name is required</source>
        <translation>网格名称不能为空</translation>
    </message>
    <message>
        <source>a grid belongs to a unit (a town, a park)</source>
        <translation>网格须属于一个单位（乡镇、园区）</translation>
    </message>
    <message>
        <source>say which grid</source>
        <translation>请指明网格</translation>
    </message>
    <message>
        <source>a grid&apos;s member is either a unit or an officer</source>
        <translation>网格成员须是一个单位或一名网格员，二者取其一</translation>
    </message>
    <message>
        <source>the assignment ends on %1, before it starts on %2</source>
        <translation>划入截止于%1，早于起始日%2</translation>
    </message>
    <message>
        <source>%1 is in grid &quot;%2&quot; from %3; a unit is in one grid at a time</source>
        <translation>%1自%3起已在网格“%2”；一个单位同一时间只属于一个网格</translation>
    </message>
    <message>
        <source>%1 already serves in grid &quot;%2&quot; from %3</source>
        <translation>%1自%3起已在网格“%2”任职</translation>
    </message>
    <message>
        <source>grid &quot;%1&quot; is voided</source>
        <translation>网格“%1”已作废</translation>
    </message>
    <message>
        <source>%1 joined grid &quot;%2&quot; on %3; a move must be dated after that</source>
        <translation>%1于%3划入网格“%2”；调整日期须晚于该日</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>starts_on</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>ends_on</source>
        <translation>终止日期</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>monthly_inspections</source>
        <translation>每月检查家次</translation>
    </message>
    <message>
        <source>monthly_units</source>
        <translation>每月检查单位数</translation>
    </message>
    <message>
        <source>every_red</source>
        <translation>红色单位检查频次</translation>
    </message>
    <message>
        <source>every_orange</source>
        <translation>橙色单位检查频次</translation>
    </message>
    <message>
        <source>every_yellow</source>
        <translation>黄色单位检查频次</translation>
    </message>
    <message>
        <source>every_blue</source>
        <translation>蓝色单位检查频次</translation>
    </message>
    <message>
        <source>every_other</source>
        <translation>其他单位检查频次</translation>
    </message>
    <message>
        <source>%1 is not a plausible plan year</source>
        <translation>%1 不是合理的计划年度</translation>
    </message>
    <message>
        <source>a plan is for one grid or for one officer</source>
        <translation>一个计划只能针对一个网格或一名网格员</translation>
    </message>
    <message>
        <source>%1 is not a month (1 to 12)</source>
        <translation>%1 不是有效的月份（1 至 12）</translation>
    </message>
    <message>
        <source>every %1 months does not divide the year; use 1, 2, 3, 4, 6 or 12 months</source>
        <translation>每 %1 个月无法整分全年；请用 1、2、3、4、6 或 12 个月</translation>
    </message>
    <message>
        <source>a month&apos;s plan holds quotas only; how often each risk colour is inspected is planned for the year</source>
        <translation>月度计划只设每月指标；各风险等级单位的检查频次在年度计划中设定</translation>
    </message>
    <message>
        <source>the plan asks for nothing: give a monthly quota or how often units are inspected</source>
        <translation>计划未提出任何要求：请填写每月指标或单位的检查频次</translation>
    </message>
    <message>
        <source>%1 already has a plan for %2; correct that plan instead</source>
        <translation>%1 已有 %2 的计划；请修改该计划</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>A unit and everything below it; leave empty for every unit</source>
        <translation>一个单位及其全部下级单位；留空表示全部单位</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a SafeLedger database.</source>
        <translation>%1 不是安全生产台账数据库。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of SafeLedger. Please update SafeLedger to open it.</source>
        <translation>%1 由更新版本的安全生产台账保存，请升级本软件后再打开。</translation>
    </message>
    <message>
        <source>%1 can only be read, not changed.</source>
        <translation>%1 只能读取，不能修改。</translation>
    </message>
    <message>
        <source>%1 is being changed by another program. Close it there and try again.</source>
        <translation>%1 正被其他程序修改。请先在该程序中关闭后再试。</translation>
    </message>
    <message>
        <source>SafeLedger could not read or write %1.</source>
        <translation>无法读写 %1。</translation>
    </message>
    <message>
        <source>The request for %1 was refused.</source>
        <translation>对 %1 的操作被拒绝。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>SafeLedger could not open %1.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another file name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <source>SafeLedger could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>%1 could not be opened with this account.</source>
        <translation>无法以此账号打开 %1。</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>County</source>
        <comment>E</comment>
        <translation>县（区）</translation>
    </message>
    <message>
        <source>Town</source>
        <comment>E</comment>
        <translation>镇（街道）</translation>
    </message>
    <message>
        <source>Village</source>
        <comment>E</comment>
        <translation>村</translation>
    </message>
    <message>
        <source>Community</source>
        <comment>E</comment>
        <translation>社区</translation>
    </message>
    <message>
        <source>Industrial park</source>
        <comment>E</comment>
        <translation>园区</translation>
    </message>
    <message>
        <source>Department</source>
        <comment>E</comment>
        <translation>职能部门</translation>
    </message>
    <message>
        <source>School</source>
        <comment>E</comment>
        <translation>学校</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <comment>E</comment>
        <translation>企业</translation>
    </message>
    <message>
        <source>Small business</source>
        <comment>E</comment>
        <translation>个体工商户</translation>
    </message>
    <message>
        <source>Workshop</source>
        <comment>E</comment>
        <translation>车间/班组</translation>
    </message>
    <message>
        <source>Industry and trade</source>
        <comment>Sector</comment>
        <translation>工贸</translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <comment>Sector</comment>
        <translation>危险化学品</translation>
    </message>
    <message>
        <source>Fireworks</source>
        <comment>Sector</comment>
        <translation>烟花爆竹</translation>
    </message>
    <message>
        <source>Construction</source>
        <comment>Sector</comment>
        <translation>建筑施工</translation>
    </message>
    <message>
        <source>Road transport</source>
        <comment>Sector</comment>
        <translation>道路运输</translation>
    </message>
    <message>
        <source>Fuel retail</source>
        <comment>Sector</comment>
        <translation>成品油经营</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <comment>Sector</comment>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Non-coal mining</source>
        <comment>Sector</comment>
        <translation>非煤矿山</translation>
    </message>
    <message>
        <source>Commerce</source>
        <comment>Sector</comment>
        <translation>商贸</translation>
    </message>
    <message>
        <source>Catering</source>
        <comment>Sector</comment>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <comment>Sector</comment>
        <translation>住宿</translation>
    </message>
    <message>
        <source>Education</source>
        <comment>Sector</comment>
        <translation>教育</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <comment>Sector</comment>
        <translation>医疗卫生</translation>
    </message>
    <message>
        <source>Water supply</source>
        <comment>Sector</comment>
        <translation>供水</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <comment>Sector</comment>
        <translation>农业</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>Sector</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>Above designated size</source>
        <comment>Scale</comment>
        <translation>规上</translation>
    </message>
    <message>
        <source>Below designated size</source>
        <comment>Scale</comment>
        <translation>规下</translation>
    </message>
    <message>
        <source>Small and micro</source>
        <comment>Scale</comment>
        <translation>小微</translation>
    </message>
    <message>
        <source>Red</source>
        <comment>RiskColour</comment>
        <translation>红</translation>
    </message>
    <message>
        <source>Orange</source>
        <comment>RiskColour</comment>
        <translation>橙</translation>
    </message>
    <message>
        <source>Yellow</source>
        <comment>RiskColour</comment>
        <translation>黄</translation>
    </message>
    <message>
        <source>Blue</source>
        <comment>RiskColour</comment>
        <translation>蓝</translation>
    </message>
    <message>
        <source>Level 1</source>
        <comment>StandardGrade</comment>
        <translation>一级</translation>
    </message>
    <message>
        <source>Level 2</source>
        <comment>StandardGrade</comment>
        <translation>二级</translation>
    </message>
    <message>
        <source>Level 3</source>
        <comment>StandardGrade</comment>
        <translation>三级</translation>
    </message>
    <message>
        <source>Small-business compliant</source>
        <comment>StandardGrade</comment>
        <translation>小微达标</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <comment>StandardGrade</comment>
        <translation>未达标</translation>
    </message>
    <message>
        <source>Principal&apos;s safety certificate</source>
        <comment>CertificateKind</comment>
        <translation>主要负责人安全资格证</translation>
    </message>
    <message>
        <source>Safety manager certificate</source>
        <comment>CertificateKind</comment>
        <translation>安全管理人员资格证</translation>
    </message>
    <message>
        <source>Special operation certificate</source>
        <comment>CertificateKind</comment>
        <translation>特种作业操作证</translation>
    </message>
    <message>
        <source>Other certificate</source>
        <comment>CertificateKind</comment>
        <translation>其他证书</translation>
    </message>
    <message>
        <source>Responsibility agreement</source>
        <comment>AgreementKind</comment>
        <translation>安全生产目标责任书</translation>
    </message>
    <message>
        <source>Responsibility pledge</source>
        <comment>AgreementKind</comment>
        <translation>安全生产责任状</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <comment>AgreementKind</comment>
        <translation>安全告知书</translation>
    </message>
    <message>
        <source>Safety contract</source>
        <comment>AgreementKind</comment>
        <translation>安全协议</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>AgreementStatus</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <comment>AgreementStatus</comment>
        <translation>已签订</translation>
    </message>
    <message>
        <source>Assessed</source>
        <comment>AgreementStatus</comment>
        <translation>已考核</translation>
    </message>
    <message>
        <source>Routine</source>
        <comment>InspectionKind</comment>
        <translation>日常检查</translation>
    </message>
    <message>
        <source>Special</source>
        <comment>InspectionKind</comment>
        <translation>专项检查</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <comment>InspectionKind</comment>
        <translation>季节性检查</translation>
    </message>
    <message>
        <source>Holiday</source>
        <comment>InspectionKind</comment>
        <translation>节假日检查</translation>
    </message>
    <message>
        <source>Comprehensive</source>
        <comment>InspectionKind</comment>
        <translation>综合检查</translation>
    </message>
    <message>
        <source>Joint enforcement</source>
        <comment>InspectionKind</comment>
        <translation>联合执法检查</translation>
    </message>
    <message>
        <source>Self-check</source>
        <comment>InspectionKind</comment>
        <translation>企业自查</translation>
    </message>
    <message>
        <source>Supervision</source>
        <comment>InspectionKind</comment>
        <translation>督查</translation>
    </message>
    <message>
        <source>Re-inspection</source>
        <comment>InspectionKind</comment>
        <translation>复查</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <comment>InspectionKind</comment>
        <translation>暗访（四不两直）</translation>
    </message>
    <message>
        <source>Pass</source>
        <comment>ItemResult</comment>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail</source>
        <comment>ItemResult</comment>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <comment>ItemResult</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>HazardCategory</comment>
        <translation>消防</translation>
    </message>
    <message>
        <source>Electrical</source>
        <comment>HazardCategory</comment>
        <translation>电气</translation>
    </message>
    <message>
        <source>Hazardous chemicals</source>
        <comment>HazardCategory</comment>
        <translation>危险化学品</translation>
    </message>
    <message>
        <source>Special equipment</source>
        <comment>HazardCategory</comment>
        <translation>特种设备</translation>
    </message>
    <message>
        <source>Machinery</source>
        <comment>HazardCategory</comment>
        <translation>机械</translation>
    </message>
    <message>
        <source>Confined space</source>
        <comment>HazardCategory</comment>
        <translation>有限空间</translation>
    </message>
    <message>
        <source>Dust</source>
        <comment>HazardCategory</comment>
        <translation>粉尘</translation>
    </message>
    <message>
        <source>Work at height</source>
        <comment>HazardCategory</comment>
        <translation>高处作业</translation>
    </message>
    <message>
        <source>Occupational health</source>
        <comment>HazardCategory</comment>
        <translation>职业卫生</translation>
    </message>
    <message>
        <source>Road traffic</source>
        <comment>HazardCategory</comment>
        <translation>道路交通</translation>
    </message>
    <message>
        <source>Construction</source>
        <comment>HazardCategory</comment>
        <translation>建筑施工</translation>
    </message>
    <message>
        <source>Safety management</source>
        <comment>HazardCategory</comment>
        <translation>安全管理</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>HazardCategory</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>General</source>
        <comment>HazardGrade</comment>
        <translation>一般隐患</translation>
    </message>
    <message>
        <source>Major</source>
        <comment>HazardGrade</comment>
        <translation>重大隐患</translation>
    </message>
    <message>
        <source>Inspection</source>
        <comment>HazardSource</comment>
        <translation>检查发现</translation>
    </message>
    <message>
        <source>Self-check</source>
        <comment>HazardSource</comment>
        <translation>企业自查</translation>
    </message>
    <message>
        <source>Public report</source>
        <comment>HazardSource</comment>
        <translation>群众举报</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <comment>HazardSource</comment>
        <translation>随手拍</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>HazardSource</comment>
        <translation>其他</translation>
    </message>
    <message>
        <source>On the spot</source>
        <comment>RectificationMode</comment>
        <translation>现场整改</translation>
    </message>
    <message>
        <source>With a deadline</source>
        <comment>RectificationMode</comment>
        <translation>限期整改</translation>
    </message>
    <message>
        <source>Suspension</source>
        <comment>RectificationMode</comment>
        <translation>停产停业整改</translation>
    </message>
    <message>
        <source>Province</source>
        <comment>SupervisionLevel</comment>
        <translation>省级挂牌督办</translation>
    </message>
    <message>
        <source>City</source>
        <comment>SupervisionLevel</comment>
        <translation>市（州）级挂牌督办</translation>
    </message>
    <message>
        <source>County</source>
        <comment>SupervisionLevel</comment>
        <translation>县级挂牌督办</translation>
    </message>
    <message>
        <source>Town</source>
        <comment>SupervisionLevel</comment>
        <translation>乡镇级挂牌督办</translation>
    </message>
    <message>
        <source>Registered</source>
        <comment>HazardStatus</comment>
        <translation>已登记</translation>
    </message>
    <message>
        <source>Rectifying</source>
        <comment>HazardStatus</comment>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <comment>HazardStatus</comment>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>HazardStatus</comment>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Voided</source>
        <comment>HazardStatus</comment>
        <translation>已作废</translation>
    </message>
    <message>
        <source>Rectification notice</source>
        <comment>DocumentKind</comment>
        <translation>限期整改通知书</translation>
    </message>
    <message>
        <source>Rectification order</source>
        <comment>DocumentKind</comment>
        <translation>责令整改指令书</translation>
    </message>
    <message>
        <source>Suspension notice</source>
        <comment>DocumentKind</comment>
        <translation>停产停业整改通知书</translation>
    </message>
    <message>
        <source>Review opinion</source>
        <comment>DocumentKind</comment>
        <translation>整改复查意见书</translation>
    </message>
    <message>
        <source>Struck by object</source>
        <comment>AccidentType</comment>
        <translation>物体打击</translation>
    </message>
    <message>
        <source>Vehicle injury</source>
        <comment>AccidentType</comment>
        <translation>车辆伤害</translation>
    </message>
    <message>
        <source>Machinery injury</source>
        <comment>AccidentType</comment>
        <translation>机械伤害</translation>
    </message>
    <message>
        <source>Lifting injury</source>
        <comment>AccidentType</comment>
        <translation>起重伤害</translation>
    </message>
    <message>
        <source>Electrocution</source>
        <comment>AccidentType</comment>
        <translation>触电</translation>
    </message>
    <message>
        <source>Drowning</source>
        <comment>AccidentType</comment>
        <translation>淹溺</translation>
    </message>
    <message>
        <source>Burn</source>
        <comment>AccidentType</comment>
        <translation>灼烫</translation>
    </message>
    <message>
        <source>Fire</source>
        <comment>AccidentType</comment>
        <translation>火灾</translation>
    </message>
    <message>
        <source>Fall from height</source>
        <comment>AccidentType</comment>
        <translation>高处坠落</translation>
    </message>
    <message>
        <source>Collapse</source>
        <comment>AccidentType</comment>
        <translation>坍塌</translation>
    </message>
    <message>
        <source>Roof fall</source>
        <comment>AccidentType</comment>
        <translation>冒顶片帮</translation>
    </message>
    <message>
        <source>Water inrush</source>
        <comment>AccidentType</comment>
        <translation>透水</translation>
    </message>
    <message>
        <source>Blasting</source>
        <comment>AccidentType</comment>
        <translation>放炮</translation>
    </message>
    <message>
        <source>Explosive detonation</source>
        <comment>AccidentType</comment>
        <translation>火药爆炸</translation>
    </message>
    <message>
        <source>Gas explosion</source>
        <comment>AccidentType</comment>
        <translation>瓦斯爆炸</translation>
    </message>
    <message>
        <source>Boiler explosion</source>
        <comment>AccidentType</comment>
        <translation>锅炉爆炸</translation>
    </message>
    <message>
        <source>Pressure vessel explosion</source>
        <comment>AccidentType</comment>
        <translation>容器爆炸</translation>
    </message>
    <message>
        <source>Other explosion</source>
        <comment>AccidentType</comment>
        <translation>其它爆炸</translation>
    </message>
    <message>
        <source>Poisoning and asphyxiation</source>
        <comment>AccidentType</comment>
        <translation>中毒和窒息</translation>
    </message>
    <message>
        <source>Other injury</source>
        <comment>AccidentType</comment>
        <translation>其它伤害</translation>
    </message>
    <message>
        <source>Training</source>
        <comment>ActivityKind</comment>
        <translation>安全培训</translation>
    </message>
    <message>
        <source>Emergency drill</source>
        <comment>ActivityKind</comment>
        <translation>应急演练</translation>
    </message>
    <message>
        <source>Publicity</source>
        <comment>ActivityKind</comment>
        <translation>宣传教育</translation>
    </message>
    <message>
        <source>Safety meeting</source>
        <comment>ActivityKind</comment>
        <translation>安全会议</translation>
    </message>
    <message>
        <source>Before</source>
        <comment>AttachmentRole</comment>
        <translation>整改前</translation>
    </message>
    <message>
        <source>After</source>
        <comment>AttachmentRole</comment>
        <translation>整改后</translation>
    </message>
    <message>
        <source>Evidence</source>
        <comment>AttachmentRole</comment>
        <translation>佐证</translation>
    </message>
    <message>
        <source>Document</source>
        <comment>AttachmentRole</comment>
        <translation>文书</translation>
    </message>
    <message>
        <source>Not checked</source>
        <comment>ItemResult</comment>
        <translation>未检查</translation>
    </message>
    <message>
        <source>Supervision visit</source>
        <comment>HazardSource</comment>
        <translation>上级督查</translation>
    </message>
    <message>
        <source>Viewer</source>
        <comment>Role</comment>
        <translation>查阅人员</translation>
    </message>
    <message>
        <source>Safety officer</source>
        <comment>Role</comment>
        <translation>安全员</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>Role</comment>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <comment>Role</comment>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>ExtensionDecision</comment>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>ExtensionDecision</comment>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Refused</source>
        <comment>ExtensionDecision</comment>
        <translation>不予批准</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>ExtensionDecision</comment>
        <translation>已撤回</translation>
    </message>
</context>
<context>
    <name>ExchangeText</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>安全检查表</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>检查表条目</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Inspection items</source>
        <translation>检查条目</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Rectification progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>复查记录</translation>
    </message>
    <message>
        <source>Enforcement documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>生产安全事故</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>培训演练宣传</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Document–hazard links</source>
        <translation>文书与隐患关联</translation>
    </message>
    <message>
        <source>History entries</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>the package as a whole</source>
        <translation>整个数据包</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>位置 %1</translation>
    </message>
    <message>
        <source>%1, entry %2</source>
        <translation>%1，第 %2 条</translation>
    </message>
    <message>
        <source>%1, field “%2”</source>
        <translation>%1，字段“%2”</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>导出内容</translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation>全部单位(&amp;A)</translation>
    </message>
    <message>
        <source>One &amp;unit and the units below it:</source>
        <translation>一个单位及其下级单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Only records &amp;dated from</source>
        <translation>仅导出日期自(&amp;D)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Include the audit trail of the exported records</source>
        <translation>包含所导出记录的操作留痕</translation>
    </message>
    <message>
        <source>Column &amp;titles</source>
        <translation>列标题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>%1 is not valid: %2</source>
        <translation>%1填写有误：%2</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>HazardDetailPage</name>
    <message>
        <source>← Hazard list</source>
        <translation>← 隐患列表</translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation>登记整改进展(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Submit for verification</source>
        <translation>申请复查(&amp;S)</translation>
    </message>
    <message>
        <source>Verification &amp;passed → close…</source>
        <translation>复查合格并销号(&amp;P)…</translation>
    </message>
    <message>
        <source>Verification &amp;failed…</source>
        <translation>复查不合格(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Rectification progress</source>
        <translation>整改进展</translation>
    </message>
    <message>
        <source>Verifications</source>
        <translation>复查记录</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>处理过程</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Before rectification</source>
        <translation>整改前</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>After rectification</source>
        <translation>整改后</translation>
    </message>
    <message>
        <source>Issue &amp;notice…</source>
        <translation>下达文书(&amp;N)…</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>The enforcement documents that list this hazard; double-click one to see it as issued</source>
        <translation>列有此隐患的执法文书；双击可查看下达时的文书</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>变更记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Every change to this hazard: who, when, before and after</source>
        <translation>此隐患的每次变更：何人、何时、改前与改后</translation>
    </message>
    <message>
        <source>Withdraw the latest verification…</source>
        <translation>撤销最近一次复查…</translation>
    </message>
    <message>
        <source>A verification recorded in error is withdrawn with a reason: it stays listed as withdrawn, and the hazard awaits verification again</source>
        <translation>录错的复查结论须注明原因后撤销：该复查仍保留在列表中并标明已撤销，隐患重新待复查</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Correct the chosen progress entry as it should have been typed</source>
        <translation>按应录入的内容更正所选整改进展</translation>
    </message>
    <message>
        <source>Void entry…</source>
        <translation>作废此条…</translation>
    </message>
    <message>
        <source>Void the chosen progress entry, entered in error, with a reason: it stays listed as voided</source>
        <translation>注明原因作废录错的整改进展：该条仍保留在列表中并标明已作废</translation>
    </message>
</context>
<context>
    <name>HazardEditor</name>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>The five implementations (五落实): measures, responsibility, funds, time limit and contingency plan.</source>
        <translation>五落实：整改措施、责任、资金、时限和预案。</translation>
    </message>
    <message>
        <source>Location (部位)</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级颜色</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>隐患来源</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>整改责任人</translation>
    </message>
    <message>
        <source>Funds (yuan)</source>
        <translation>整改资金（元）</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type a unit&apos;s name or credit code</source>
        <translation>输入单位名称或统一社会信用代码</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Name and phone of whoever reported it (may stay empty)</source>
        <translation>举报人姓名及联系电话（可不填）</translation>
    </message>
    <message>
        <source>or within</source>
        <translation>或限</translation>
    </message>
    <message>
        <source>The deadline as working days after the found date, on the working calendar (holidays and make-up working days counted)</source>
        <translation>按工作日历从发现之日起计算的工作日数（已计入法定节假日和调休上班日）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日内</translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <source>Unit and everything below it</source>
        <translation>单位（含下级单位）</translation>
    </message>
    <message>
        <source>Found between</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Listed supervision only</source>
        <translation>仅挂牌督办</translation>
    </message>
    <message>
        <source>Search description and location (e.g. 消防通道)</source>
        <translation>搜索隐患描述和部位（如：消防通道）</translation>
    </message>
    <message>
        <source>Sort by number, found date or deadline. Overdue hazards are red, major ones bold. Double-click a hazard to open it.</source>
        <translation>可按编号、发现日期或整改期限排序。逾期隐患显示为红色，重大隐患为粗体。双击打开隐患。</translation>
    </message>
    <message>
        <source>Register hazard…</source>
        <translation>登记隐患…</translation>
    </message>
    <message>
        <source>A hazard no inspection found: a public report, a photo sent in, a self-check or a supervision visit</source>
        <translation>登记不是检查发现的隐患：群众举报、随手拍、企业自查或上级督查</translation>
    </message>
</context>
<context>
    <name>ImportTables</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>工作表 %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>InspectionPage</name>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign</source>
        <translation>专项行动(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>检查人员(&amp;I)</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>检查表(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>New chec&amp;klist…</source>
        <translation>新建检查表(&amp;K)…</translation>
    </message>
    <message>
        <source>Checklist results</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Every item not yet checked becomes 合格; items already judged keep their result.</source>
        <translation>尚未检查的项目全部记为合格；已判定的项目保持原结果。</translation>
    </message>
    <message>
        <source>Mark the rest as pass</source>
        <translation>其余全部合格</translation>
    </message>
    <message>
        <source>Hazards found (a failed item offers one, prefilled)</source>
        <translation>发现的隐患（不合格项自动生成隐患，可修改）</translation>
    </message>
    <message>
        <source>&amp;Add hazard…</source>
        <translation>添加隐患(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit hazard…</source>
        <translation>编辑隐患(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove hazard</source>
        <translation>删除隐患(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>重新填写(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save inspection</source>
        <translation>保存检查(&amp;S)</translation>
    </message>
    <message>
        <source>Issue &amp;notice for the saved inspection…</source>
        <translation>为已保存的检查下达文书(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>LedgerImportDialog</name>
    <message>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Create the units this database does not have yet</source>
        <translation>新建本数据库中尚没有的单位(&amp;C)</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Missing units</source>
        <translation>缺少的单位</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>工作表</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty ledger database</source>
        <translation>新建一个空的台账数据库</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an existing ledger database</source>
        <translation>打开已有的台账数据库</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>打开演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Open the demo database, creating it first if needed</source>
        <translation>打开演示数据库，如尚未创建则先创建</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SafeLedger</source>
        <translation>关于安全生产台账(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Operator name, default inspectors and language</source>
        <translation>操作员姓名、默认检查人员和界面语言</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>导入数据包(&amp;I)…</translation>
    </message>
    <message>
        <source>Merge a JSON exchange package from another SafeLedger database</source>
        <translation>合并来自另一个安全生产台账数据库的 JSON 交换数据包</translation>
    </message>
    <message>
        <source>&amp;Export package…</source>
        <translation>导出数据包(&amp;E)…</translation>
    </message>
    <message>
        <source>Write a unit&apos;s records of a period to a JSON exchange package</source>
        <translation>将一个单位某期间的记录写入 JSON 交换数据包</translation>
    </message>
    <message>
        <source>Import &amp;ledger (Excel/CSV)…</source>
        <translation>导入台账（Excel/CSV）(&amp;L)…</translation>
    </message>
    <message>
        <source>Import a hazard ledger (台账) from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入隐患台账</translation>
    </message>
    <message>
        <source>Export le&amp;dger…</source>
        <translation>导出台账(&amp;D)…</translation>
    </message>
    <message>
        <source>Write the hazards of a unit and period as an .xlsx or .csv ledger</source>
        <translation>将一个单位某期间的隐患导出为 .xlsx 或 .csv 台账</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账号(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>登录(&amp;S)…</translation>
    </message>
    <message>
        <source>Sign in to the open ledger, or as another account</source>
        <translation>登录当前台账，或换用其他账号</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>审计记录(&amp;T)…</translation>
    </message>
    <message>
        <source>Who changed what and when, with every change&apos;s before and after</source>
        <translation>何人何时修改了什么，每次修改的改前与改后</translation>
    </message>
    <message>
        <source>&amp;Accounts and roles…</source>
        <translation>账号与角色(&amp;A)…</translation>
    </message>
    <message>
        <source>Who may work on this ledger, and what each may do (administrators)</source>
        <translation>谁可以使用此台账、各自能做什么（管理员）</translation>
    </message>
    <message>
        <source>Ledger &amp;keys…</source>
        <translation>台账密钥(&amp;K)…</translation>
    </message>
    <message>
        <source>The key that signs this ledger&apos;s packages, and the ledgers whose packages it trusts</source>
        <translation>为本台账数据包签名的密钥，以及本台账信任其数据包的其他台账</translation>
    </message>
    <message>
        <source>&amp;Working calendar…</source>
        <translation>工作日历(&amp;W)…</translation>
    </message>
    <message>
        <source>Holidays and make-up working days that deadlines count on, the unit&apos;s own days, and the escalation rules</source>
        <translation>整改时限所依据的节假日和调休安排、本单位自定的日期，以及逾期升级督办规则</translation>
    </message>
    <message>
        <source>&amp;Document numbers…</source>
        <translation>文书编号(&amp;D)…</translation>
    </message>
    <message>
        <source>The pattern enforcement documents are numbered with, kept in the ledger</source>
        <translation>执法文书的编号规则，保存在台账中</translation>
    </message>
    <message>
        <source>Import &amp;roster (Excel/CSV)…</source>
        <translation>导入单位名册（Excel/CSV）(&amp;R)…</translation>
    </message>
    <message>
        <source>Import a roster of units (企业名册) from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入单位名册（企业名册）</translation>
    </message>
    <message>
        <source>Export r&amp;oster…</source>
        <translation>导出单位名册(&amp;O)…</translation>
    </message>
    <message>
        <source>Write the units with their parents, credit codes and contacts as an .xlsx or .csv roster</source>
        <translation>将单位连同上级单位、统一社会信用代码和联系方式写成 .xlsx 或 .csv 名册</translation>
    </message>
    <message>
        <source>Import &amp;people and certificates (Excel/CSV)…</source>
        <translation>导入人员和证书（Excel/CSV）(&amp;P)…</translation>
    </message>
    <message>
        <source>Import a register of people and their certificates (特种作业人员台账) from an .xlsx or .csv file</source>
        <translation>从 .xlsx 或 .csv 文件导入人员及证书台账（特种作业人员台账）</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Document:</source>
        <translation>文书：</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>文号：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>发文机关：</translation>
    </message>
    <message>
        <source>e.g. 青山镇安全生产委员会办公室</source>
        <translation>例如 青山镇安全生产委员会办公室</translation>
    </message>
    <message>
        <source>Issue an enforcement document</source>
        <translation>下达执法文书</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动编号</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>Units in the organisation tree (voided units not counted)</source>
        <translation>组织架构中的单位数（不含已作废的单位）</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Safety inspections recorded (voided ones not counted)</source>
        <translation>已记录的安全检查次数（不含已作废的记录）</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Hazards recorded (voided ones not counted)</source>
        <translation>已登记的隐患数（不含已作废的记录）</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Hazards not yet closed: registered, rectifying or awaiting verification</source>
        <translation>尚未销号的隐患：已登记、整改中或待复查</translation>
    </message>
    <message>
        <source>Open hazards</source>
        <translation>未销号隐患</translation>
    </message>
    <message>
        <source>Open hazards whose rectification deadline has passed</source>
        <translation>已过整改期限仍未销号的隐患</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期隐患</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>These records were changed here and in the package since the two databases last exchanged them. Choose which version to keep; the other one is remembered as older. &quot;Decide later&quot; keeps yours in force and the package&apos;s version beside it.</source>
        <translation>自两个数据库上次交换以来，这些记录在本机和数据包中都被修改过。请选择保留哪个版本，另一个版本将作为旧版本保存。“稍后决定”会保留本机版本生效，并把数据包中的版本保存在旁。</translation>
    </message>
    <message>
        <source>For all:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留本机(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>采用对方(&amp;T)</translation>
    </message>
    <message>
        <source>Decide &amp;later</source>
        <translation>稍后决定(&amp;L)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>I have checked where this package came from: import it all the same (this is recorded in the audit trail)</source>
        <translation>我已核实此数据包的来源，仍然导入（此操作将记入审计记录）</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>SafeLedger</source>
        <translation>安全生产台账</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>报告未能打印。</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文本 (*.odt)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export ODT</source>
        <translation>导出 ODT</translation>
    </message>
    <message>
        <source>The report could not be written to %1.</source>
        <translation>报告未能写入 %1。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Operator (recorded in the audit trail)</source>
        <translation>操作员（记入操作日志）(&amp;O)</translation>
    </message>
    <message>
        <source>Default &amp;inspectors</source>
        <translation>默认检查人员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep</source>
        <translation>保留每日备份数(&amp;B)</translation>
    </message>
    <message>
        <source>A new language takes effect at once: the window is built again in it, with the same database and page.</source>
        <translation>新的界面语言立即生效：窗口会以新语言重新打开，数据库和当前页面保持不变。</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>New &amp;sub-unit</source>
        <translation>新建下级单位(&amp;S)</translation>
    </message>
    <message>
        <source>New &amp;top unit</source>
        <translation>新建顶级单位(&amp;T)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>从业人员数</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Supervising officer</source>
        <translation>监管责任人</translation>
    </message>
    <message>
        <source>Main responsible person</source>
        <translation>主要负责人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级颜色</translation>
    </message>
    <message>
        <source>Standardisation grade</source>
        <translation>安全生产标准化等级</translation>
    </message>
    <message>
        <source>Moves the unit and every unit below it to another parent unit</source>
        <translation>将本单位及其全部下级单位调整到其他上级单位</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>调整上级单位(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Void unit…</source>
        <translation>作废单位(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Save unit</source>
        <translation>保存单位(&amp;S)</translation>
    </message>
</context>
<context>
    <name>safeledger::AccountFormDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>This ledger has no accounts yet: whoever opens it may change or void anything, and the audit trail records only a typed name. Create its administrator now. The administrator then adds an account for each officer and manager, and every entry is recorded under the account that made it.</source>
        <translation>此台账尚未设置账号：任何打开它的人都能修改或作废任何记录，审计记录中只有手填的姓名。请现在创建管理员账号，再由管理员为每位安全员和负责人添加账号，此后每条记录都记在录入它的账号名下。</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>新建账号</translation>
    </message>
    <message>
        <source>Officers register inspections and hazards and record rectification; managers also verify, close, void and issue documents; administrators also manage accounts, settings, backups and imports. Viewers read and print only.</source>
        <translation>安全员登记检查、隐患和整改；负责人还可复查销号、作废记录和签发文书；管理员还可管理账号、设置、备份和导入。查阅人员只能查看和打印。</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账号</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>The new password is needed the next time you sign in to this ledger.</source>
        <translation>下次登录此台账时需使用新密码。</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Set a new password for %1</source>
        <translation>为 %1 设置新密码</translation>
    </message>
    <message>
        <source>Give the new password to %1 in person; they can change it after signing in.</source>
        <translation>请当面把新密码交给 %1，登录后可自行修改。</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>e.g. wangan (used to sign in)</source>
        <translation>如 wangan（登录用）</translation>
    </message>
    <message>
        <source>e.g. 王安 (printed on what the account signs)</source>
        <translation>如 王安（签署文书上印此姓名）</translation>
    </message>
    <message>
        <source>&amp;Account name:</source>
        <translation>账号名(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>姓名(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation>
            <numerusform>至少 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>再次输入(&amp;P)：</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不设置</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The two passwords differ; type the new password again in both fields.</source>
        <translation>两次输入的密码不一致，请在两栏中重新输入新密码。</translation>
    </message>
</context>
<context>
    <name>safeledger::AccountsDialog</name>
    <message>
        <source>Accounts and roles</source>
        <translation>账号与角色</translation>
    </message>
    <message>
        <source>Each person who works on this ledger signs in with an account of their own. Its role decides what it may do; every entry is recorded under it in the audit trail.</source>
        <translation>每位使用此台账的人员用自己的账号登录。账号的角色决定能做什么；每条记录都以该账号记入审计记录。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>新建账号(&amp;N)…</translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation>更改角色(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>Set new &amp;password…</source>
        <translation>设置新密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>%1 的角色</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Signature image</source>
        <translation>签名图片</translation>
    </message>
    <message>
        <source>Si&amp;gnature image…</source>
        <translation>签名图片(&amp;G)…</translation>
    </message>
    <message>
        <source>A picture of the handwritten signature (PNG or JPEG), printed on the documents the account issues</source>
        <translation>手写签名的图片（PNG 或 JPEG），打印在该账号签发的文书上</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>已存</translation>
    </message>
    <message>
        <source>%1 has a signature image. Replace it with another picture, or remove it?</source>
        <translation>%1 已有签名图片。要换成另一张图片，还是移除？</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>更换(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Signature image of %1</source>
        <translation>%1 的签名图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>safeledger::AgreementBatchDialog</name>
    <message>
        <source>New agreements</source>
        <translation>新建责任书</translation>
    </message>
    <message>
        <source>Party &amp;A (甲方)</source>
        <translation>甲方(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Signatory of party A</source>
        <translation>甲方签字人(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Targets (one per line)</source>
        <translation>目标条款（每行一条）(&amp;T)</translation>
    </message>
    <message>
        <source>Party B (乙方): the units below party A</source>
        <translation>乙方：甲方的下级单位</translation>
    </message>
    <message>
        <source>Check all of a kind…</source>
        <translation>按类型全选…</translation>
    </message>
    <message>
        <source>Create drafts</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>check at least one unit to sign with</source>
        <translation>请至少勾选一个签订单位</translation>
    </message>
</context>
<context>
    <name>safeledger::AgreementsPage</name>
    <message>
        <source>Year-end assessment</source>
        <translation>年终考核</translation>
    </message>
    <message>
        <source>Record signing</source>
        <translation>登记签订</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>考核日期</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>签订日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>考核得分</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Signatory of party B</source>
        <translation>乙方签字人</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标条款</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>Party (either side); for coverage: party A</source>
        <translation>签订单位（甲方或乙方）；查看覆盖情况时为甲方</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>&amp;New agreements…</source>
        <translation>新建责任书(&amp;N)…</translation>
    </message>
    <message>
        <source>Record &amp;signing…</source>
        <translation>登记签订(&amp;S)…</translation>
    </message>
    <message>
        <source>Record &amp;assessment…</source>
        <translation>登记考核(&amp;A)…</translation>
    </message>
    <message>
        <source>Coverage: units still without a signed agreement</source>
        <translation>签订覆盖：尚未签订责任书的单位</translation>
    </message>
    <message>
        <source>Create drafts for these units…</source>
        <translation>为这些单位创建责任书草稿…</translation>
    </message>
    <message>
        <source>Choose party A above to see which of its units lack a signed agreement.</source>
        <translation>在上方选择甲方，即可查看其下级单位中尚未签订责任书的单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) below %1 have no signed agreement for %2.</source>
        <translation>
            <numerusform>%1 的下级单位中有 %n 家尚未签订 %2 年度责任书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) created as drafts.</source>
        <translation>
            <numerusform>已创建 %n 份责任书草稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an agreement in the list first.</source>
        <translation>请先在列表中选择一份责任书。</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Void the chosen agreement with a reason; it leaves the coverage and every figure</source>
        <translation>作废所选责任书并说明原因；作废后不再计入覆盖率和任何统计</translation>
    </message>
    <message>
        <source>Void agreement</source>
        <translation>作废责任书</translation>
    </message>
    <message>
        <source>Void the agreement between %1 and %2?</source>
        <translation>作废 %1 与 %2 之间的责任书？</translation>
    </message>
    <message>
        <source>Agreement voided.</source>
        <translation>责任书已作废。</translation>
    </message>
</context>
<context>
    <name>safeledger::AuditDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的变更记录</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账号</translation>
    </message>
    <message>
        <source>(no account)</source>
        <translation>（无账号）</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>改后</translation>
    </message>
    <message numerus="yes">
        <source>Show %n more</source>
        <translation>
            <numerusform>再显示 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) match; the newest first.</source>
        <translation>
            <numerusform>共 %n 条变更，最新的在前。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the changed fields</source>
        <translation>只显示改动的字段</translation>
    </message>
</context>
<context>
    <name>safeledger::CalendarDialog</name>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Statutory holidays and make-up working days, by year</source>
        <translation>各年度法定节假日和调休上班日</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>工作日数</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Follows</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>A year without a notice counts Monday to Friday as working days. When the State Council publishes next year&apos;s holidays, import them as a text file (format in docs/calendar.md).</source>
        <translation>没有放假通知的年份按周一至周五为工作日计算。国务院办公厅公布下一年度节假日安排后，请以文本文件导入（格式见 docs/calendar.md）。</translation>
    </message>
    <message>
        <source>Import a year…</source>
        <translation>导入年度安排…</translation>
    </message>
    <message>
        <source>Remove the imported year</source>
        <translation>删除导入的年度</translation>
    </message>
    <message>
        <source>This unit&apos;s own days</source>
        <translation>本单位自定日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Why: a local holiday, a day worked for flood duty…</source>
        <translation>原因：地方节日、防汛值守上班…</translation>
    </message>
    <message>
        <source>Worked</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Escalation of overdue hazards (逾期升级督办)</source>
        <translation>逾期升级督办</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不升级</translation>
    </message>
    <message>
        <source> days overdue</source>
        <translation> 天后</translation>
    </message>
    <message>
        <source>An overdue major hazard is raised one listed-supervision level</source>
        <translation>重大隐患逾期即提高一级挂牌督办</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>A general hazard goes to its unit&apos;s parent unit after</source>
        <translation>一般隐患逾期超过以下天数即升级至上级单位督办</translation>
    </message>
    <message>
        <source>Import a year&apos;s holidays</source>
        <translation>导入年度节假日安排</translation>
    </message>
    <message>
        <source>Calendar files (*.txt);;All files (*)</source>
        <translation>日历文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <source>%1 was shipped with SafeLedger; only an imported year can be removed.</source>
        <translation>%1 年为软件内置，只能删除导入的年度。</translation>
    </message>
</context>
<context>
    <name>safeledger::CampaignDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>As inspections name it, e.g. 燃气安全专项整治</source>
        <translation>与检查记录中的专项行动名称一致，如 燃气安全专项整治</translation>
    </message>
    <message>
        <source>Launching &amp;document</source>
        <translation>部署文件(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. 青安委〔2026〕5号</source>
        <translation>如 青安委〔2026〕5号</translation>
    </message>
    <message>
        <source>Type to choose the unit that leads it</source>
        <translation>输入以选择牵头单位</translation>
    </message>
    <message>
        <source>&amp;Lead unit</source>
        <translation>牵头单位(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>开始日期(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>结束日期(&amp;T)</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Add &amp;phase</source>
        <translation>添加阶段(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Remove phase</source>
        <translation>删除阶段(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation>工作阶段(&amp;H)</translation>
    </message>
    <message>
        <source>None ticked: every sector</source>
        <translation>不勾选即为全部行业领域</translation>
    </message>
    <message>
        <source>Target &amp;sectors</source>
        <translation>重点行业领域(&amp;S)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>The campaign was not saved: %1</source>
        <translation>专项行动未保存：%1</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建专项行动</translation>
    </message>
    <message>
        <source>Correct campaign</source>
        <translation>更正专项行动</translation>
    </message>
    <message>
        <source>phase %1: &quot;%2&quot; is not a date such as 2026-05-01</source>
        <translation>第%1个阶段：“%2”不是日期，应如 2026-05-01</translation>
    </message>
</context>
<context>
    <name>safeledger::CampaignsPage</name>
    <message>
        <source>Campaign</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <source>Phase now</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>检查单位</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查出隐患</translation>
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
        <source>Documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>Special campaigns</source>
        <translation>专项行动</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建专项行动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Reading the campaigns…</source>
        <translation>正在读取专项行动…</translation>
    </message>
    <message>
        <source>not begun</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) in %1, figures as of %2. An inspection counts in a campaign when it carries the campaign&apos;s name, falls within its days and is of a unit under its lead unit.</source>
        <translation>
            <numerusform>%1年共有专项行动%n项，数据截至%2。检查记录的专项行动名称与之一致、日期在其起止日期内、且受检单位属牵头单位管辖的，计入该专项行动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Campaign saved.</source>
        <translation>专项行动已保存。</translation>
    </message>
    <message>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一项专项行动。</translation>
    </message>
    <message>
        <source>Void campaign</source>
        <translation>作废专项行动</translation>
    </message>
    <message>
        <source>Void the campaign %1?</source>
        <translation>作废专项行动“%1”？</translation>
    </message>
    <message>
        <source>Campaign voided: its inspections stay, counted in no campaign record.</source>
        <translation>专项行动已作废：其检查记录保留，不再计入任何专项行动。</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项行动</translation>
    </message>
</context>
<context>
    <name>safeledger::CertificateDialog</name>
    <message>
        <source>&amp;Person</source>
        <translation>持证人员(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>证书类型(&amp;K)</translation>
    </message>
    <message>
        <source>Certificate &amp;number</source>
        <translation>证书编号(&amp;N)</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Add certificate</source>
        <translation>添加证书</translation>
    </message>
    <message>
        <source>Edit certificate</source>
        <translation>编辑证书</translation>
    </message>
    <message>
        <source>known</source>
        <translation>已知</translation>
    </message>
    <message>
        <source>The certificate was not saved: %1</source>
        <translation>证书未保存：%1</translation>
    </message>
</context>
<context>
    <name>safeledger::ChecklistDialog</name>
    <message>
        <source>New checklist</source>
        <translation>新建检查表</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>专项行动(&amp;C)</translation>
    </message>
    <message>
        <source>One item per line, optionally led by its category:
消防：灭火器在有效期内
电气：配电箱上锁</source>
        <translation>每行一个检查项目，可在前面写类别：
消防：灭火器在有效期内
电气：配电箱上锁</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>检查项目(&amp;I)</translation>
    </message>
    <message>
        <source>a checklist needs at least one item</source>
        <translation>检查表至少需要一个检查项</translation>
    </message>
</context>
<context>
    <name>safeledger::ChecklistModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pass %1 · Fail %2 · Not applicable %3 · Not checked %4</source>
        <translation>合格 %1 · 不合格 %2 · 不适用 %3 · 未检查 %4</translation>
    </message>
</context>
<context>
    <name>safeledger::DashboardCharts</name>
    <message>
        <source>Found and rectified per month</source>
        <translation>每月查出与整改隐患数</translation>
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
        <source>Hazards found by category</source>
        <translation>按类别查出隐患数</translation>
    </message>
    <message>
        <source>Rectification rate by sub-unit: no sub-unit found hazards</source>
        <translation>各下级单位整改率：下级单位均未查出隐患</translation>
    </message>
    <message>
        <source>Rectification rate by sub-unit, worst first</source>
        <translation>各下级单位整改率（由低到高）</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Hazards found by category, the %1 largest</source>
        <translation>按类别查出隐患数（前 %1 类）</translation>
    </message>
</context>
<context>
    <name>safeledger::DashboardPage</name>
    <message>
        <source>All units (type a unit&apos;s name)</source>
        <translation>全部单位（输入单位名称可选择）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Hazards found</source>
        <translation>查出隐患</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Major hazards</source>
        <translation>重大隐患</translation>
    </message>
    <message>
        <source>Under listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Responsibility agreements signed</source>
        <translation>签订责任书</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>生产安全事故</translation>
    </message>
    <message>
        <source>Administrative penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>No database is open. Use the File menu to create a new database, open one, or open the demo.</source>
        <translation>未打开数据库。请通过“文件”菜单新建数据库、打开已有数据库或打开演示数据。</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>统计期间的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取统计数据…</translation>
    </message>
    <message>
        <source>The figures could not be read from the database.</source>
        <translation>无法从数据库读取统计数据。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Overdue hazards, longest overdue first: %1 (the first %2 shown)</source>
        <translation>逾期隐患（逾期最久的在前）：共 %1 条（显示前 %2 条）</translation>
    </message>
    <message>
        <source>Overdue hazards, longest overdue first: %1</source>
        <translation>逾期隐患（逾期最久的在前）：共 %1 条</translation>
    </message>
    <message>
        <source>Last year: %1</source>
        <translation>上年同期：%1</translation>
    </message>
    <message>
        <source>On the spot %1 · with deadline %2</source>
        <translation>现场整改 %1 · 限期整改 %2</translation>
    </message>
    <message>
        <source>%1 percentage points on last year (%2)</source>
        <translation>较上年 %1 个百分点（上年 %2）</translation>
    </message>
    <message>
        <source>Click to list the hazards found and not yet rectified</source>
        <translation>点击列出已查出但尚未整改的隐患</translation>
    </message>
    <message>
        <source>As of %1; last year %2</source>
        <translation>截至 %1；上年同期 %2</translation>
    </message>
    <message>
        <source>Rectified %1 · last year %2</source>
        <translation>已整改 %1 · 上年同期 %2</translation>
    </message>
    <message>
        <source>Province %1 · city %2 · county %3 · town %4</source>
        <translation>省级 %1 · 市级 %2 · 县级 %3 · 乡镇级 %4</translation>
    </message>
    <message>
        <source>%1 person-times · units covered %2 of %3 (%4)</source>
        <translation>检查 %1 人次 · 覆盖 %2/%3 家（%4）</translation>
    </message>
    <message>
        <source>Units signed %1 of %2 needing one (%3)</source>
        <translation>应签单位 %2 家，已签 %1 家（%3）</translation>
    </message>
    <message>
        <source>Deaths %1, injured %2; last year %3, %4, %5</source>
        <translation>死亡 %1 人，受伤 %2 人；上年同期 %3 起、死亡 %4 人、受伤 %5 人</translation>
    </message>
    <message>
        <source>Fines %1 yuan; last year %2 cases</source>
        <translation>罚款 %1 元；上年同期 %2 起</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1，截至 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rectified in %1</source>
        <translation>%1 整改销号</translation>
    </message>
    <message>
        <source>Found in %1</source>
        <translation>%1 查出</translation>
    </message>
    <message>
        <source>Hazards found in %1, %2 – %3</source>
        <translation>%1 查出的隐患，%2 至 %3</translation>
    </message>
    <message>
        <source>as of %1; compared with last year to the same day, %2 to %3</source>
        <translation>截至 %1；与上年同期（%2 至 %3）相比</translation>
    </message>
    <message>
        <source>as of %1; compared with last year %2 to %3, as of %4</source>
        <translation>截至 %1；与上年 %2 至 %3（截至 %4）相比</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>整改看板</translation>
    </message>
    <message>
        <source>Re-inspection pass rate</source>
        <translation>复查合格率</translation>
    </message>
    <message>
        <source>Training and drills</source>
        <translation>培训与演练</translation>
    </message>
    <message>
        <source>By source:</source>
        <translation>按隐患来源：</translation>
    </message>
    <message>
        <source>By type:</source>
        <translation>按事故类别：</translation>
    </message>
    <message>
        <source>%1 of %2 re-inspections passed; last year %3</source>
        <translation>复查%2次，合格%1次；上年%3</translation>
    </message>
    <message>
        <source>Verifications of hazards rectified within a deadline; on-the-spot rectifications are not re-inspected</source>
        <translation>限期整改隐患的复查验收；现场整改的隐患不计复查</translation>
    </message>
    <message>
        <source>Training %1 (%2 person-times) · drills %3 (%4); last year %5</source>
        <translation>培训%1次（%2人次）· 演练%3次（%4人次）；上年%5次</translation>
    </message>
    <message>
        <source>Units to inspect with no inspection in %1, the riskiest and the longest unseen first.</source>
        <translation>%1未检查的应检查单位，风险高、久未检查的在前。</translation>
    </message>
    <message>
        <source>Click to list the units not yet inspected in the period</source>
        <translation>点击列出本期尚未检查的单位</translation>
    </message>
</context>
<context>
    <name>safeledger::DemoJob</name>
    <message>
        <source>Creating the demo database…</source>
        <translation>正在创建演示数据库…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>演示数据库</translation>
    </message>
</context>
<context>
    <name>safeledger::DocumentHazardList</name>
    <message>
        <source>Found</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Choose the unit to list its open hazards.</source>
        <translation>选择单位后，此处列出其未销号的隐患。</translation>
    </message>
    <message>
        <source>This unit has no open hazards.</source>
        <translation>该单位没有未销号的隐患。</translation>
    </message>
    <message>
        <source>The hazards could not be read: %1</source>
        <translation>无法读取隐患：%1</translation>
    </message>
    <message>
        <source>This document lists no hazards.</source>
        <translation>该文书未列明隐患。</translation>
    </message>
</context>
<context>
    <name>safeledger::DocumentNumbersDialog</name>
    <message>
        <source>Document numbers</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Enforcement documents are numbered from this pattern when they are issued: {kind} is the kind&apos;s short name (限改, 责改, 停整, 复查), {year} the year of issue, {n} the running number of the issuing office, kind and year, {n:3} the same with three digits at least. A number once given is never given again.</source>
        <translation>执法文书下达时按此规则编号：{kind} 为文书简称（限改、责改、停整、复查），{year} 为下达年份，{n} 为同一下达单位、同类文书、同一年度的流水号，{n:3} 为至少三位的流水号。已使用的编号不会再次使用。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>编号规则</translation>
    </message>
    <message>
        <source>The 15th of this year</source>
        <translation>本年度第 15 份示例</translation>
    </message>
</context>
<context>
    <name>safeledger::ExchangeJob</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>请稍候</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>The import failed. Nothing was written.</source>
        <translation>导入失败，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>safeledger::ExportDialog</name>
    <message>
        <source>Export package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Writes the records to one JSON exchange package that another SafeLedger database can import: units, people, inspections, hazards with their progress, documents and the rest.</source>
        <translation>将记录写入一个 JSON 交换数据包，供另一个安全生产台账数据库导入：单位、人员、安全检查、隐患及其整改进展、执法文书等。</translation>
    </message>
    <message>
        <source>Writes the hazards as a ledger (隐患排查治理台账) that Excel and WPS open: an .xlsx workbook or a .csv file, by the file name you choose.</source>
        <translation>将隐患导出为 Excel 和 WPS 可打开的隐患排查治理台账：按所选文件名保存为 .xlsx 工作簿或 .csv 文件。</translation>
    </message>
    <message>
        <source>Only records &amp;dated from</source>
        <translation>仅导出日期自(&amp;D)</translation>
    </message>
    <message>
        <source>Only hazards &amp;found from</source>
        <translation>仅导出发现日期自(&amp;F)</translation>
    </message>
    <message>
        <source>Chinese (序号, 单位名称, …)</source>
        <translation>中文（序号、单位名称……）</translation>
    </message>
    <message>
        <source>English (No., Unit, …)</source>
        <translation>英文（No., Unit, …）</translation>
    </message>
    <message>
        <source>package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Exchange packages (*.json)</source>
        <translation>交换数据包 (*.json)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The period must not end before it begins.</source>
        <translation>期间的结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <source>Exported %1 records (%2 hazards) and %3 history entries.</source>
        <translation>已导出 %1 条记录（其中隐患 %2 条）和 %3 条历史记录。</translation>
    </message>
    <message>
        <source>The database is open read-only, so it could not remember what it sent: a later import may report conflicts that are not.</source>
        <translation>数据库以只读方式打开，无法记录本次导出的内容：之后导入时可能报告实际并不存在的冲突。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n hazard(s).</source>
        <translation>
            <numerusform>已导出 %n 条隐患。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed; no file was written.</source>
        <translation>导出失败，未写入任何文件。</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
</context>
<context>
    <name>safeledger::ExtensionSection</name>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>审批结果</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>审批意见</translation>
    </message>
    <message>
        <source>Request a later deadline…</source>
        <translation>申请延期…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>批准…</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>不予批准…</translation>
    </message>
    <message>
        <source>Withdraw the request</source>
        <translation>撤回申请</translation>
    </message>
    <message>
        <source>(signed off by %1, account %2)</source>
        <translation>（%1 签发，账户 %2）</translation>
    </message>
    <message>
        <source>Deadline in force: %1</source>
        <translation>现行整改时限：%1</translation>
    </message>
    <message>
        <source>not a working day (%1)</source>
        <translation>非工作日（%1）</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>escalated to the parent unit (general hazard overdue more than %1 days)</source>
        <translation>升级至上级单位督办（一般隐患逾期超过 %1 天）</translation>
    </message>
    <message>
        <source>raised to %1 (major hazard overdue)</source>
        <translation>提升为%1（重大隐患逾期）</translation>
    </message>
    <message>
        <source>On %1, %2: the deadline %3 was missed.</source>
        <translation>%1 %2：未按 %3 的时限完成整改。</translation>
    </message>
    <message>
        <source>Rectified on the spot: no deadline.</source>
        <translation>现场整改：无整改时限。</translation>
    </message>
    <message>
        <source>Request a later deadline</source>
        <translation>申请延期</translation>
    </message>
    <message>
        <source> working days later</source>
        <translation> 个工作日后</translation>
    </message>
    <message>
        <source>Why the deadline cannot be met: equipment on order, a shutdown needed…</source>
        <translation>不能按期完成的原因：设备订购中、需停产施工…</translation>
    </message>
    <message>
        <source>Deadline in force</source>
        <translation>现行整改时限</translation>
    </message>
    <message>
        <source>Extend by</source>
        <translation>延长</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>新的整改时限</translation>
    </message>
    <message>
        <source>Approve the extension</source>
        <translation>批准延期</translation>
    </message>
    <message>
        <source>Refuse the extension</source>
        <translation>不予批准延期</translation>
    </message>
    <message>
        <source>%1 → %2, by %3: %4</source>
        <translation>%1 → %2，申请人 %3：%4</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Extension request</source>
        <translation>延期申请</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>The written request, a supplier&apos;s letter, an expert&apos;s opinion: kept with the request</source>
        <translation>书面申请、供货方函件、专家意见等，随延期申请保存</translation>
    </message>
    <message>
        <source>Attach files to the extension request</source>
        <translation>为延期申请添加附件</translation>
    </message>
    <message>
        <source>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;All files (*)</source>
        <translation>文档和照片 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.ofd);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>safeledger::GridDialog</name>
    <message>
        <source>e.g. 第一网格（东山村）</source>
        <translation>例如：第一网格（东山村）</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>Type to choose the town or park that keeps it</source>
        <translation>输入以选择所属乡镇或园区</translation>
    </message>
    <message>
        <source>&amp;Kept by</source>
        <translation>所属单位(&amp;K)</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <source>The grid was not saved: %1</source>
        <translation>网格未保存：%1</translation>
    </message>
    <message>
        <source>New grid</source>
        <translation>新建网格</translation>
    </message>
    <message>
        <source>Correct grid</source>
        <translation>更正网格</translation>
    </message>
</context>
<context>
    <name>safeledger::GridMemberDialog</name>
    <message>
        <source>Type to choose the unit</source>
        <translation>输入以选择单位</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Officer</source>
        <translation>网格员(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>起始日期(&amp;F)</translation>
    </message>
    <message>
        <source>Move a unit into %1</source>
        <translation>将单位划入%1</translation>
    </message>
    <message>
        <source>The unit was not moved: %1</source>
        <translation>单位未划入：%1</translation>
    </message>
    <message>
        <source>An officer of %1</source>
        <translation>%1的网格员</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>网格员未添加：%1</translation>
    </message>
    <message>
        <source>Choose the unit to move into the grid.</source>
        <translation>请选择要划入网格的单位。</translation>
    </message>
    <message>
        <source>Choose the officer: the list holds the persons of the unit keeping the grid and of the units below it.</source>
        <translation>请选择网格员：列表中是网格所属单位及其下属单位的人员。</translation>
    </message>
</context>
<context>
    <name>safeledger::GridsPage</name>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Kept by</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>网格员</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>应检查单位</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>检查次数</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>查出隐患</translation>
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
        <source>Grids and their coverage</source>
        <translation>网格与检查覆盖</translation>
    </message>
    <message>
        <source>&amp;New grid…</source>
        <translation>新建网格(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Move a unit in…</source>
        <translation>划入单位(&amp;M)…</translation>
    </message>
    <message>
        <source>Add &amp;officer…</source>
        <translation>添加网格员(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Reading the grids…</source>
        <translation>正在读取网格…</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n grid(s); units and officers as of %1, figures of %2. Units to inspect in no grid: %3. An inspection or a hazard counts in the grid its unit was in on its date.</source>
        <translation>
            <numerusform>%n 个网格；单位和网格员截至%1，数据为%2年。未划入网格的应检查单位：%3 家。检查和隐患按其日期当天单位所在的网格计入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grid saved.</source>
        <translation>网格已保存。</translation>
    </message>
    <message>
        <source>Choose a grid in the list first.</source>
        <translation>请先在列表中选择一个网格。</translation>
    </message>
    <message>
        <source>Officer added.</source>
        <translation>网格员已添加。</translation>
    </message>
    <message>
        <source>Unit moved; the grid it was in ends the day before.</source>
        <translation>单位已划入；其原网格截至前一日。</translation>
    </message>
    <message>
        <source>Void grid</source>
        <translation>作废网格</translation>
    </message>
    <message>
        <source>Void the grid %1?</source>
        <translation>作废网格%1？</translation>
    </message>
    <message>
        <source>Grid voided: its units count in no grid until they are moved into another.</source>
        <translation>网格已作废：其单位在划入其他网格前不属于任何网格。</translation>
    </message>
    <message>
        <source>Grids</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>网格员履职</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>网格员</translation>
    </message>
</context>
<context>
    <name>safeledger::HazardActionDialog</name>
    <message>
        <source>Record rectification progress</source>
        <translation>登记整改进展</translation>
    </message>
    <message>
        <source>Verification passed: close the hazard</source>
        <translation>复查合格：销号</translation>
    </message>
    <message>
        <source>Verification failed: back to rectification</source>
        <translation>复查不合格：退回整改</translation>
    </message>
    <message>
        <source>Void the hazard</source>
        <translation>作废隐患</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>Done &amp;by</source>
        <translation>整改人(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Inspector</source>
        <translation>复查人(&amp;I)</translation>
    </message>
    <message>
        <source>What was &amp;done</source>
        <translation>整改内容(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Cost</source>
        <translation>费用(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>佐证材料(&amp;E)</translation>
    </message>
    <message>
        <source>Add &amp;photos (after rectification)…</source>
        <translation>添加整改后照片(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reason: what is still wrong</source>
        <translation>不合格原因(&amp;R)：仍存在的问题</translation>
    </message>
    <message>
        <source>Give a &amp;new deadline</source>
        <translation>重新确定整改期限(&amp;N)</translation>
    </message>
    <message>
        <source>a voided hazard needs the reason</source>
        <translation>作废隐患须写明原因</translation>
    </message>
    <message>
        <source>Issue the review opinion (整改复查意见书) after saving</source>
        <translation>保存后下达整改复查意见书</translation>
    </message>
    <message>
        <source>The document that tells the unit the result of the re-inspection: recorded with its number and printed, as from Issue notice…</source>
        <translation>告知被检查单位复查结果的文书：与“下达文书…”一样编号登记并打印</translation>
    </message>
    <message>
        <source>Correct the progress entry</source>
        <translation>更正整改进展</translation>
    </message>
</context>
<context>
    <name>safeledger::HazardDetailPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>整改内容</translation>
    </message>
    <message>
        <source>Cost (yuan)</source>
        <translation>费用（元）</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>整改人</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>复查人</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Risk colour</source>
        <translation>风险等级颜色</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>隐患来源</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>作废原因</translation>
    </message>
    <message>
        <source>Five implementations (五落实)</source>
        <translation>五落实</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>责任</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>时限</translation>
    </message>
    <message>
        <source>on the spot</source>
        <translation>现场整改</translation>
    </message>
    <message>
        <source>Contingency plan</source>
        <translation>应急预案</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Hazard saved.</source>
        <translation>隐患已保存。</translation>
    </message>
    <message>
        <source>Submit for verification</source>
        <translation>申请复查</translation>
    </message>
    <message>
        <source>Submitted for verification.</source>
        <translation>已申请复查。</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>举报人</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发单位</translation>
    </message>
    <message>
        <source>%1 (voided: %2)</source>
        <translation>%1（已作废：%2）</translation>
    </message>
    <message>
        <source>%1 (signed off by %2, account %3)</source>
        <translation>%1（%2 签认，账号 %3）</translation>
    </message>
    <message>
        <source>Deadline and extensions</source>
        <translation>整改时限与延期</translation>
    </message>
    <message>
        <source>%1, withdrawn: %2</source>
        <translation>%1，已撤销：%2</translation>
    </message>
    <message>
        <source>Withdraw verification</source>
        <translation>撤销复查</translation>
    </message>
    <message>
        <source>Withdraw the verification of %1? The hazard is reopened and awaits verification again.</source>
        <translation>撤销 %1 的复查？该隐患将取消销号，重新待复查。</translation>
    </message>
    <message>
        <source>Withdraw the verification of %1? The hazard awaits verification again.</source>
        <translation>撤销 %1 的复查？该隐患将重新待复查。</translation>
    </message>
    <message>
        <source>Verification withdrawn.</source>
        <translation>已撤销复查。</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤销(&amp;W)</translation>
    </message>
    <message>
        <source>Progress entry corrected.</source>
        <translation>已更正整改进展。</translation>
    </message>
    <message>
        <source>Void progress entry</source>
        <translation>作废整改进展</translation>
    </message>
    <message>
        <source>Void the progress entry of %1, &quot;%2&quot;?</source>
        <translation>作废 %1 的整改进展“%2”？</translation>
    </message>
    <message>
        <source>Progress entry voided.</source>
        <translation>已作废整改进展。</translation>
    </message>
</context>
<context>
    <name>safeledger::HazardEditor</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>(not listed)</source>
        <translation>（未挂牌）</translation>
    </message>
    <message>
        <source>Register a hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <source>A hazard that no inspection found: a public report (群众举报), a photo sent in (随手拍), an enterprise&apos;s self-check or a supervision visit. No inspection is recorded, so the inspection figures do not change.</source>
        <translation>登记不是检查发现的隐患：群众举报、随手拍、企业自查或上级督查。不会生成检查记录，检查次数等检查统计不变。</translation>
    </message>
    <message>
        <source>Set: it moves only through an extension request on the hazard&apos;s page</source>
        <translation>已确定：只能在隐患页面申请延期变更</translation>
    </message>
    <message>
        <source>Not a working day: %1</source>
        <translation>非工作日：%1</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday assumed</source>
        <translation>没有 %1 年的节假日安排：按周一至周五为工作日计算</translation>
    </message>
</context>
<context>
    <name>safeledger::HazardTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Listed supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
</context>
<context>
    <name>safeledger::HazardsPage</name>
    <message>
        <source>Open (not closed)</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>All but voided</source>
        <translation>全部（不含作废）</translation>
    </message>
    <message>
        <source>Any grade</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>全部行业</translation>
    </message>
    <message numerus="yes">
        <source>%n hazard(s)</source>
        <translation>
            <numerusform>共 %n 条隐患</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing: %1. Change a filter to leave this list.</source>
        <translation>当前显示：%1。修改任一筛选条件即离开此列表。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Hazard %1 registered.</source>
        <translation>隐患 %1 已登记。</translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionEditDialog</name>
    <message>
        <source>Correct inspection</source>
        <translation>更正检查记录</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>检查日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>检查类型(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>专项行动(&amp;C)</translation>
    </message>
    <message>
        <source>Names separated by 、 or commas</source>
        <translation>姓名之间用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>&amp;Inspectors</source>
        <translation>检查人员(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>The inspection was not corrected: %1</source>
        <translation>检查记录未更正：%1</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the inspection again as it is saved now; your changes here are dropped</source>
        <translation>按现在保存的内容重新读取这次检查；此处的修改将放弃</translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionPage</name>
    <message>
        <source>Start over</source>
        <translation>重新填写</translation>
    </message>
    <message>
        <source>Discard this inspection&apos;s entries?</source>
        <translation>放弃本次检查已填写的内容？</translation>
    </message>
    <message>
        <source>(no checklist)</source>
        <translation>（不使用检查表）</translation>
    </message>
    <message>
        <source>Change checklist</source>
        <translation>更换检查表</translation>
    </message>
    <message>
        <source>Changing the checklist withdraws the hazards offered by failed items. Continue?</source>
        <translation>更换检查表将撤销由不合格项生成的隐患。是否继续？</translation>
    </message>
    <message>
        <source>Hazard %1: %2</source>
        <translation>隐患 %1：%2</translation>
    </message>
    <message>
        <source>The inspection was not saved: %1</source>
        <translation>检查未保存：%1</translation>
    </message>
    <message numerus="yes">
        <source>Inspection saved with %n hazard(s).</source>
        <translation>
            <numerusform>检查已保存，登记隐患 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not met: %1</source>
        <translation>不符合要求：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) recorded as not checked.</source>
        <translation>
            <numerusform>%n 项记为未检查。</numerusform>
        </translation>
    </message>
    <message>
        <source>choose the unit inspected</source>
        <translation>请选择被检查单位</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>The inspection being entered is not saved yet: save or clear it, then start the next.</source>
        <translation>正在录入的检查尚未保存：请先保存或清空，再开始下一次检查。</translation>
    </message>
    <message>
        <source>A recorded campaign, %1 to %2</source>
        <translation>已录入的专项行动，%1 至 %2</translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionPhotos</name>
    <message>
        <source>Photos of the inspection (drop image files here)</source>
        <translation>检查照片（可将图片拖放到此处）</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>添加照片(&amp;P)…</translation>
    </message>
    <message>
        <source>Add p&amp;hotos…</source>
        <translation>添加照片(&amp;H)…</translation>
    </message>
    <message>
        <source>Photos of a hazard before rectification: choose the hazard above</source>
        <translation>隐患整改前照片：请先在上方选择隐患</translation>
    </message>
    <message>
        <source>Hazard %1 before rectification: %2</source>
        <translation>隐患 %1 整改前照片：%2</translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionRecordDialog</name>
    <message>
        <source>Inspection record</source>
        <translation>安全检查记录</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>签发日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;检查项目&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hazards found&lt;/b&gt; (double-click to open)</source>
        <translation>&lt;b&gt;查出隐患&lt;/b&gt;（双击打开）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents issued&lt;/b&gt;</source>
        <translation>&lt;b&gt;下达文书&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
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
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1（已作废）</translation>
    </message>
    <message>
        <source>Void inspection</source>
        <translation>作废检查记录</translation>
    </message>
    <message>
        <source>Void this inspection? It leaves the inspection figures (检查次数, 人次, coverage) and every list; the hazards it found must be voided first.</source>
        <translation>作废这次检查？作废后它不再计入检查次数、检查人次和检查覆盖率，也不再出现在任何列表中；须先作废这次检查查出的隐患。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The inspection record (安全检查记录) with signature lines, in a print preview</source>
        <translation>以打印预览查看带签字栏的安全检查记录</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>safeledger::InspectionsPage</name>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s), %1 inspector person-time(s).</source>
        <translation>
            <numerusform>共 %n 次检查，检查人次 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>被检查单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>检查类型</translation>
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
        <source>Hazards found</source>
        <translation>查出隐患</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>All units (type to choose one and everything below it)</source>
        <translation>全部单位（输入名称可选一个单位及其下属单位）</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Campaign or inspector</source>
        <translation>专项行动或检查人员</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>Double-click an inspection to see its checklist, hazards and documents, or to void it. New inspections are entered on the Inspection page.</source>
        <translation>双击一次检查可查看其检查项目、查出的隐患和文书，或将其作废。新的检查请在“新建检查”页录入。</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation>检查记录已作废。</translation>
    </message>
    <message>
        <source>Inspection corrected.</source>
        <translation>检查记录已更正。</translation>
    </message>
    <message>
        <source>The newest %1 are listed.</source>
        <translation>已列出最近的%1条。</translation>
    </message>
    <message>
        <source>Show the next %1</source>
        <translation>再显示%1条</translation>
    </message>
</context>
<context>
    <name>safeledger::LedgerImportDialog</name>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>台账 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the ledger…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Reading the ledger was cancelled. Nothing was imported.</source>
        <translation>已取消读取台账，未导入任何内容。</translation>
    </message>
    <message>
        <source>The ledger could not be read. Nothing was imported.</source>
        <translation>无法读取台账，未导入任何内容。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Missing units</source>
        <translation>缺少的单位</translation>
    </message>
    <message>
        <source>Import (new unit)</source>
        <translation>导入（新建单位）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Missing units (%1)</source>
        <translation>缺少的单位（%1）</translation>
    </message>
    <message>
        <source>%1 file, header in row %2, %3 columns recognised.</source>
        <translation>%1 文件，表头在第 %2 行，识别出 %3 列。</translation>
    </message>
    <message>
        <source>%1 hazard rows: %2 to import, %3 already in the database, %4 with errors.</source>
        <translation>隐患 %1 行：待导入 %2 行，数据库中已有 %3 行，有错误 %4 行。</translation>
    </message>
    <message numerus="yes">
        <source>The ledger cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>台账无法导入：%n 个错误。未写入任何内容；请修改文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Units the database does not have can also be created by the import (the box above).</source>
        <translation>数据库中没有的单位也可以在导入时新建（见上方选项）。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported %1 hazards; %2 units created, %3 rows already in the database.</source>
        <translation>已导入隐患 %1 条；新建单位 %2 个，数据库中已有 %3 行。</translation>
    </message>
    <message>
        <source>%1 … (%2 rows)</source>
        <translation>%1 …（共 %2 行）</translation>
    </message>
    <message>
        <source>A hazard ledger does not say whether a hazard is under listed supervision (挂牌督办): the imported hazards have none.</source>
        <translation>隐患台账不记载隐患是否挂牌督办：导入的隐患均不带挂牌督办信息。</translation>
    </message>
    <message numerus="yes">
        <source>The %n unit(s) created from it are placed at the top of the unit tree and typed 企业 (enterprise), villages and communities too: move them under their town and correct their kind in Units afterwards.</source>
        <translation>
            <numerusform>据此新建的 %n 个单位都放在单位树的最上层，类型均为“企业”（村、社区也是如此）：导入后请在“单位”页把它们移到所属乡镇之下并改正类型。</numerusform>
        </translation>
    </message>
    <message>
        <source>To move a whole ledger between SafeLedger databases, with its units, supervision and history, use a package instead (File ▸ Export package).</source>
        <translation>若要在 SafeLedger 数据库之间整体迁移台账（连同单位层级、挂牌督办和处理过程），请改用数据包（文件 ▸ 导出数据包）。</translation>
    </message>
    <message>
        <source>%1 workbook of %2 sheets, %3 of them chosen (the Sheets tab); the first chosen has its header in row %4, %5 columns recognised.</source>
        <translation>%1 工作簿共 %2 个工作表，已选 %3 个（见“工作表”页）；第一个所选工作表的表头在第 %4 行，识别出 %5 列。</translation>
    </message>
    <message>
        <source>%1 — no ledger header</source>
        <translation>%1 — 无台账表头</translation>
    </message>
    <message numerus="yes">
        <source>%1 — header in row %2, %n hazard row(s)</source>
        <translation>
            <numerusform>%1 — 表头在第 %2 行，%n 条隐患</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — header in row %2, not chosen</source>
        <translation>%1 — 表头在第 %2 行，未选</translation>
    </message>
    <message>
        <source>The Rows tab lists the first %1 of the %2 rows; every row has been checked.</source>
        <translation>“行”页列出 %2 行中的前 %1 行；每一行都已检查。</translation>
    </message>
    <message>
        <source>The Problems tab lists the first %1 of the %2 problems.</source>
        <translation>“问题”页列出 %2 个问题中的前 %1 个。</translation>
    </message>
</context>
<context>
    <name>safeledger::LedgerKeysDialog</name>
    <message>
        <source>Trust a ledger&apos;s key</source>
        <translation>信任台账密钥</translation>
    </message>
    <message>
        <source>Paste the key the other ledger shows under Account ▸ Ledger keys (or that safeledger-cli key prints), and say whose it is.</source>
        <translation>粘贴对方台账在“账号 ▸ 台账密钥”中显示的密钥（或 safeledger-cli key 显示的密钥），并说明是谁的。</translation>
    </message>
    <message>
        <source>e.g. Li Ming, Chengguan office laptop</source>
        <translation>例如：李明，城关所笔记本</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Whose:</source>
        <translation>所属(&amp;W)：</translation>
    </message>
    <message>
        <source>Ledger keys</source>
        <translation>台账密钥</translation>
    </message>
    <message>
        <source>This ledger signs every package it exports with its own key. Give this key to the office, so that it can tell your packages from any other file.</source>
        <translation>本台账导出的每个数据包都用自己的密钥签名。请把这个密钥交给上级办公室，以便其辨别您的数据包。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Packages signed with these keys are imported without asking. A package that is not signed, signed with another key, or changed after signing is refused unless an administrator accepts it.</source>
        <translation>由以下密钥签名的数据包直接导入。未签名、由其他密钥签名或签名后被改动的数据包将被拒绝，除非管理员明确接受。</translation>
    </message>
    <message>
        <source>Whose</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Trusted since</source>
        <translation>信任时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>&amp;Trust a key…</source>
        <translation>信任密钥(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>No key yet: it is made when the ledger first exports a package.</source>
        <translation>尚无密钥：台账首次导出数据包时生成。</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1? Its packages will then be refused unless an administrator accepts them.</source>
        <translation>不再信任%1的密钥？此后其数据包将被拒绝，除非管理员明确接受。</translation>
    </message>
</context>
<context>
    <name>safeledger::LoginDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>This ledger keeps accounts: what you enter is recorded under your name. Sign in with your account.</source>
        <translation>此台账设有账号：您录入的内容将记在您的名下。请用您的账号登录。</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <source>Read and print without signing in; nothing can be changed</source>
        <translation>不登录，只能查看和打印，不能修改</translation>
    </message>
</context>
<context>
    <name>safeledger::MainWindow</name>
    <message>
        <source>Operator: %1</source>
        <translation>操作员：%1</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>只读：修改无法保存</translation>
    </message>
    <message>
        <source>Read-only: %1 is changing this database</source>
        <translation>只读：%1 正在修改此数据库</translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled.</source>
        <translation>已取消创建演示数据库。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <source>SafeLedger databases (*.db);;All files (*)</source>
        <translation>安全生产台账数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>About SafeLedger</source>
        <translation>关于安全生产台账</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;Ledgers for production-safety inspections, hazards and their rectification, with the figures for the annual safety summary.&lt;/p&gt;&lt;p&gt;The data stays on this computer, in the SQLite database you open.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;记录安全生产检查、事故隐患及其整改的台账，并提供年度安全生产工作总结所需的各项数据。&lt;/p&gt;&lt;p&gt;数据只保存在本机您所打开的 SQLite 数据库中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SafeLedger</source>
        <translation>安全生产台账</translation>
    </message>
    <message>
        <source>Unsaved edits</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Open another database and lose them?</source>
        <translation>以下页面有尚未保存的修改：%1。打开其他数据库将丢失这些修改，是否继续？</translation>
    </message>
    <message>
        <source>The automatic backup failed (the database itself is unharmed): %1</source>
        <translation>自动备份失败（数据库本身未受影响）：%1</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Import ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation>交换数据包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Ledgers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>台账 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Open the database to restore first: its backups are listed with it.</source>
        <translation>请先打开要恢复的数据库：其备份会随之列出。</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Replace the open database with the backup %1? Everything entered since that backup was taken will no longer be shown; the database as it is now is kept beside it.</source>
        <translation>用备份 %1 替换当前打开的数据库？该备份之后录入的内容将不再显示；当前数据库会保存在其旁边。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>备份未恢复：%1</translation>
    </message>
    <message>
        <source>Restored from %1. The replaced database is kept as %2.</source>
        <translation>已从 %1 恢复。被替换的数据库保存为 %2。</translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Change the language now and lose them?</source>
        <translation>以下页面有尚未保存的修改：%1。现在切换语言将丢失这些修改，是否继续？</translation>
    </message>
    <message>
        <source>The new language is used when SafeLedger is started again.</source>
        <translation>新的界面语言将在下次启动安全生产台账时生效。</translation>
    </message>
    <message>
        <source>These pages have edits that are not saved: %1. Save them before closing?</source>
        <translation>以下页面有尚未保存的修改：%1。关闭前是否保存？</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <source>Not closed: the edits on %1 could not be saved.</source>
        <translation>未关闭：“%1”页面的修改未能保存。</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>打开以便编辑</translation>
    </message>
    <message>
        <source>This database is open read-only: it can be read, but nothing can be saved to it.</source>
        <translation>此数据库以只读方式打开：可以查看，但不能保存任何修改。</translation>
    </message>
    <message>
        <source>This database is open read-only because %1 is changing it. You can read everything here; entering and saving are off until that copy closes the database.</source>
        <translation>此数据库以只读方式打开，因为 %1 正在修改它。您可以查看全部内容；在对方关闭该数据库之前，不能录入和保存。</translation>
    </message>
    <message>
        <source>The other copy has closed this database. Open it for editing to enter and save.</source>
        <translation>另一个程序已关闭此数据库。打开以便编辑后即可录入和保存。</translation>
    </message>
    <message>
        <source>The database is open for editing.</source>
        <translation>数据库已可编辑。</translation>
    </message>
    <message>
        <source>%1 was not opened: nobody signed in.</source>
        <translation>未打开 %1：没有登录。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <source>&amp;Sign in as another account…</source>
        <translation>换用其他账号登录(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Create the administrator…</source>
        <translation>创建管理员(&amp;C)…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <extracomment>The status bar: the signed-in account&apos;s full name and role (安全员, 负责人…)</extracomment>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Not signed in: read only</source>
        <translation>未登录：只读</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
    <message>
        <source>Register hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Export package</source>
        <translation>导出数据包</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Import roster</source>
        <translation>导入单位名册</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export roster</source>
        <translation>导出单位名册</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>单位名册</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing the roster to %1…</source>
        <translation>正在将名册写入 %1…</translation>
    </message>
    <message>
        <source>Wrote %1 units to %2.</source>
        <translation>已将 %1 个单位写入 %2。</translation>
    </message>
    <message>
        <source>The roster was not written: %1</source>
        <translation>名册未写出：%1</translation>
    </message>
    <message>
        <source>Import people and certificates</source>
        <translation>导入人员和证书</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>台账 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>safeledger::MoveUnitDialog</name>
    <message>
        <source>Move unit</source>
        <translation>调整上级单位</translation>
    </message>
    <message>
        <source>Current parent unit</source>
        <translation>当前上级单位</translation>
    </message>
    <message>
        <source>&amp;Under the unit</source>
        <translation>调整到单位下(&amp;U)</translation>
    </message>
    <message>
        <source>Type part of the name or the credit code</source>
        <translation>输入单位名称的一部分或统一社会信用代码</translation>
    </message>
    <message>
        <source>At the &amp;top level (no parent unit)</source>
        <translation>设为顶级单位（无上级单位）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>调整(&amp;M)</translation>
    </message>
    <message>
        <source>Move %1 and every unit below it to:</source>
        <translation>将“%1”及其全部下级单位调整到：</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
    <message>
        <source>choose the new parent unit</source>
        <translation>请选择新的上级单位</translation>
    </message>
    <message>
        <source>The unit was not moved: %1</source>
        <translation>单位未调整：%1</translation>
    </message>
</context>
<context>
    <name>safeledger::NewHazardsModel</name>
    <message>
        <source>added</source>
        <translation>补充</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改方式</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>safeledger::NoticeDialog</name>
    <message numerus="yes">
        <source>It lists %n hazard(s) of the unit.</source>
        <translation>
            <numerusform>列出该单位的 %n 条隐患。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>导出 ODT…</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>文书未能生成：%1</translation>
    </message>
    <message>
        <source>Issue and print…</source>
        <translation>下达并打印…</translation>
    </message>
    <message>
        <source>Issue and export PDF…</source>
        <translation>下达并导出 PDF…</translation>
    </message>
    <message>
        <source>Issue and export ODT…</source>
        <translation>下达并导出 ODT…</translation>
    </message>
    <message>
        <source>The ledger is open read-only: a document can be previewed, not issued</source>
        <translation>台账以只读方式打开：只能预览文书，不能下达</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自动编号：%1</translation>
    </message>
    <message>
        <source>Print again…</source>
        <translation>再次打印…</translation>
    </message>
    <message>
        <source>Issued as %1 and recorded: it is listed on the Documents page and on each hazard&apos;s page.</source>
        <translation>已下达并登记为 %1：可在“执法文书”页和各隐患页面查到。</translation>
    </message>
    <message>
        <source>Documents are issued by a manager&apos;s account: this one can preview them</source>
        <translation>文书由负责人账号签发；此账号只能预览</translation>
    </message>
</context>
<context>
    <name>safeledger::OverdueModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
</context>
<context>
    <name>safeledger::OverviewPage</name>
    <message>
        <source>No database is open. Use the File menu to create a new database, open one, or open the demo.</source>
        <translation>未打开数据库。请通过“文件”菜单新建数据库、打开已有数据库或打开演示数据。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>The figures could not be read from the database.</source>
        <translation>无法从数据库读取统计数据。</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取统计数据…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
</context>
<context>
    <name>safeledger::PackageImportDialog</name>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Newer here</source>
        <translation>本机较新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>双方均有修改</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import package</source>
        <translation>导入数据包</translation>
    </message>
    <message>
        <source>Exchange packages (*.json);;All files (*)</source>
        <translation>交换数据包 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Reading the package…</source>
        <translation>正在读取数据包…</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Reading the package was cancelled. Nothing was imported.</source>
        <translation>已取消读取数据包，未导入任何内容。</translation>
    </message>
    <message>
        <source>The package could not be read. Nothing was imported.</source>
        <translation>无法读取数据包，未导入任何内容。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Package of %1 by %2 (%3).</source>
        <translation>%1 的数据包，由 %2 导出（%3）。</translation>
    </message>
    <message>
        <source>It was imported here before, on %1: importing it again changes nothing that has not changed since.</source>
        <translation>该数据包已于 %1 在本机导入过：再次导入不会改动此后未变化的内容。</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>%1: mine “%2”, theirs “%3”</source>
        <translation>%1：本机“%2”，对方“%3”</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>… and %1 more problems.</source>
        <translation>……另有 %1 个问题。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message numerus="yes">
        <source>This package cannot be imported: %n problem(s) were found. Nothing has been written.</source>
        <translation>
            <numerusform>该数据包无法导入：发现 %n 个问题。未写入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to import: %1 new and %2 updated records, %3 new history entries, %4 new links.</source>
        <translation>可以导入：新增记录 %1 条、更新 %2 条，新增历史记录 %3 条、关联 %4 条。</translation>
    </message>
    <message>
        <source>Choose for each conflict which version to keep, or decide later.</source>
        <translation>请为每个冲突选择保留的版本，或稍后决定。</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Imported: %1 new, %2 updated, %3 unchanged records; %4 history entries, %5 links.</source>
        <translation>已导入：新增 %1 条、更新 %2 条、未变 %3 条记录；历史记录 %4 条，关联 %5 条。</translation>
    </message>
    <message>
        <source>Conflicts: %1 kept mine, %2 took theirs, %3 left to decide later.</source>
        <translation>冲突：保留本机 %1 个，采用对方 %2 个，稍后决定 %3 个。</translation>
    </message>
    <message>
        <source>Signed by this ledger itself.</source>
        <translation>由本台账自己签名。</translation>
    </message>
    <message>
        <source>Signed by %1 (a trusted key).</source>
        <translation>由%1签名（受信任的密钥）。</translation>
    </message>
    <message>
        <source>Signed with a key this ledger does not trust: %1. An administrator can trust it under Account ▸ Ledger keys.</source>
        <translation>由本台账不信任的密钥签名：%1。管理员可在“账号 ▸ 台账密钥”中信任它。</translation>
    </message>
    <message>
        <source>Changed after it was signed with the key %1: this is not what its ledger exported.</source>
        <translation>以密钥 %1 签名后被改动过：这不是其台账导出的原样内容。</translation>
    </message>
    <message>
        <source>Not signed: nothing shows which ledger made it.</source>
        <translation>未签名：无法看出由哪个台账导出。</translation>
    </message>
</context>
<context>
    <name>safeledger::PeopleImportDialog</name>
    <message>
        <source>Import people and certificates</source>
        <translation>导入人员和证书</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>台账文件</translation>
    </message>
    <message>
        <source>Rows that name no unit belong to</source>
        <translation>未填单位的行归属</translation>
    </message>
    <message>
        <source>no unit: each row names its own</source>
        <translation>不指定：每行填写自己的单位</translation>
    </message>
    <message>
        <source>Registers (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>台账 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Reading the register…</source>
        <translation>正在读取台账…</translation>
    </message>
    <message>
        <source>Reading the register was cancelled. Nothing was imported.</source>
        <translation>已取消读取台账，未导入任何内容。</translation>
    </message>
    <message>
        <source>The register could not be read. Nothing was imported.</source>
        <translation>无法读取台账，未导入任何内容。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>New person and certificate</source>
        <translation>新增人员及证书</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新增人员</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新增证书</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>%1 file. A person already in the unit (the same ID number, or the same name with no other phone) is not added again; a certificate already there (the same kind and number) neither.</source>
        <translation>%1 文件。单位中已有的人员（身份证号相同，或姓名相同且电话不矛盾）不再重复添加；已有的证书（类别和编号相同）也不重复添加。</translation>
    </message>
    <message>
        <source>%1 rows. New people: %2; new certificates of people already there: %3; already in the database: %4; with errors: %5.</source>
        <translation>共 %1 行。新增人员：%2；已有人员的新增证书：%3；数据库中已有：%4；有错误：%5。</translation>
    </message>
    <message numerus="yes">
        <source>The register cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>台账无法导入：%n 处错误。未写入任何内容；请修改文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>People added: %1. Certificates added: %2. Rows already in the database: %3.</source>
        <translation>新增人员：%1。新增证书：%2。数据库中已有的行：%3。</translation>
    </message>
</context>
<context>
    <name>safeledger::PersonDialog</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>职务(&amp;R)</translation>
    </message>
    <message>
        <source>e.g. main responsible person, safety manager, grid officer</source>
        <translation>如：主要负责人、安全管理人员、网格员</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>联系电话(&amp;P)</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>编辑人员</translation>
    </message>
    <message>
        <source>The person was not saved: %1</source>
        <translation>人员未保存：%1</translation>
    </message>
    <message>
        <source>&amp;ID number</source>
        <translation>身份证号(&amp;I)</translation>
    </message>
    <message>
        <source>18 characters (公民身份号码); optional</source>
        <translation>18 位公民身份号码；可不填</translation>
    </message>
</context>
<context>
    <name>safeledger::PhotoStrip</name>
    <message>
        <source>Drop photos here, or use &quot;Add photos…&quot;</source>
        <translation>将照片拖放到此处，或点击“添加照片…”</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.bmp *.gif *.webp);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>safeledger::PlanDialog</name>
    <message>
        <source>%1 (grid)</source>
        <translation>%1（网格）</translation>
    </message>
    <message>
        <source>%1 (officer)</source>
        <translation>%1（网格员）</translation>
    </message>
    <message>
        <source>Plan &amp;for</source>
        <translation>计划对象(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>全年</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>月份(&amp;M)</translation>
    </message>
    <message>
        <source>no quota</source>
        <translation>不设指标</translation>
    </message>
    <message>
        <source>&amp;Inspections a month (家次)</source>
        <translation>每月检查家次(&amp;I)</translation>
    </message>
    <message>
        <source>Different &amp;units a month</source>
        <translation>每月检查单位数(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Red units</source>
        <translation>红色单位(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Orange units</source>
        <translation>橙色单位(&amp;O)</translation>
    </message>
    <message>
        <source>Y&amp;ellow units</source>
        <translation>黄色单位(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Blue units</source>
        <translation>蓝色单位(&amp;B)</translation>
    </message>
    <message>
        <source>O&amp;ther units</source>
        <translation>其他单位(&amp;T)</translation>
    </message>
    <message>
        <source>no rule</source>
        <translation>不设频次</translation>
    </message>
    <message>
        <source>as the other units</source>
        <translation>同其他单位</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <source>every two months</source>
        <translation>每两个月一次</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季度一次</translation>
    </message>
    <message>
        <source>every four months</source>
        <translation>每四个月一次</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>每半年一次</translation>
    </message>
    <message>
        <source>once a year</source>
        <translation>每年一次</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <source>The plan was not saved: %1</source>
        <translation>计划未保存：%1</translation>
    </message>
    <message>
        <source>New inspection plan</source>
        <translation>新建检查计划</translation>
    </message>
    <message>
        <source>Correct inspection plan</source>
        <translation>更正检查计划</translation>
    </message>
    <message>
        <source>Choose the grid or the officer the plan is for; record a grid and its officers on the Grids page first.</source>
        <translation>请选择计划对应的网格或网格员；请先在“网格”页登记网格及其网格员。</translation>
    </message>
</context>
<context>
    <name>safeledger::PlansPage</name>
    <message>
        <source>every month</source>
        <translation>每月一次</translation>
    </message>
    <message>
        <source>every quarter</source>
        <translation>每季度一次</translation>
    </message>
    <message>
        <source>every half year</source>
        <translation>每半年一次</translation>
    </message>
    <message>
        <source>once a year</source>
        <translation>每年一次</translation>
    </message>
    <message numerus="yes">
        <source>every %n month(s)</source>
        <translation>
            <numerusform>每 %n 个月一次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s) a month</source>
        <translation>
            <numerusform>每月 %n 家次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) a month</source>
        <translation>
            <numerusform>每月 %n 家单位</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>others %1</source>
        <translation>其他：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期未检</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已检</translation>
    </message>
    <message>
        <source>Inspection plans and their progress</source>
        <translation>检查计划与完成情况</translation>
    </message>
    <message>
        <source>Plan for</source>
        <translation>计划对象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Months met</source>
        <translation>达标月数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待检</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>计划完成率</translation>
    </message>
    <message>
        <source>Reading the plans…</source>
        <translation>正在读取检查计划…</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Inspect unit</source>
        <translation>检查该单位(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>检查频次</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Periods missed</source>
        <translation>漏检期数</translation>
    </message>
    <message>
        <source>The units of the chosen plan: overdue first, then due</source>
        <translation>所选计划的单位：逾期未检在前，其次待检</translation>
    </message>
    <message>
        <source>%1 (officer)</source>
        <translation>%1（网格员）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) as of %1. Units overdue: %2. A month is met when both quotas are reached; a unit is due once in each period of its rule (a quarter: January to March, …).</source>
        <translation>
            <numerusform>共 %n 个计划，截至 %1。逾期未检单位：%2。两项指标均达到即为当月达标；单位在其频次的每一期内须检查一次（如每季度：1 至 3 月，……）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan saved.</source>
        <translation>计划已保存。</translation>
    </message>
    <message>
        <source>Choose a plan, then a unit of it, first.</source>
        <translation>请先选择计划，再选择其中的单位。</translation>
    </message>
    <message>
        <source>Choose a plan in the list first.</source>
        <translation>请先在列表中选择计划。</translation>
    </message>
    <message>
        <source>Void plan</source>
        <translation>作废计划</translation>
    </message>
    <message>
        <source>Void the plan for %1, %2?</source>
        <translation>作废 %1 的 %2 计划？</translation>
    </message>
    <message>
        <source>Plan voided.</source>
        <translation>计划已作废。</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>检查计划</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>column: the (unit, period) pairs due</comment>
        <translation>应检</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>a unit&apos;s status: not yet inspected in a running period</comment>
        <translation>待检</translation>
    </message>
</context>
<context>
    <name>safeledger::RecentFiles</name>
    <message>
        <source>No recent files</source>
        <translation>无最近打开的文件</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>清空列表</translation>
    </message>
</context>
<context>
    <name>safeledger::RecordFormDialog</name>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time (HH:MM)</source>
        <translation>时间（时:分）</translation>
    </message>
    <message>
        <source>Type (GB 6441)</source>
        <translation>事故类别（GB 6441）</translation>
    </message>
    <message>
        <source>Deaths</source>
        <translation>死亡人数</translation>
    </message>
    <message>
        <source>Serious injuries</source>
        <translation>重伤人数</translation>
    </message>
    <message>
        <source>Minor injuries</source>
        <translation>轻伤人数</translation>
    </message>
    <message>
        <source>Direct loss</source>
        <translation>直接经济损失</translation>
    </message>
    <message>
        <source>Reported at (YYYY-MM-DD HH:MM)</source>
        <translation>报告时间（年-月-日 时:分）</translation>
    </message>
    <message>
        <source>Investigation closed</source>
        <translation>调查处理已结案</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>罚款金额</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>下达人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Description / note</source>
        <translation>说明/备注</translation>
    </message>
    <message>
        <source>&amp;Hazards listed</source>
        <translation>所列隐患(&amp;H)</translation>
    </message>
    <message>
        <source>choose the unit</source>
        <translation>请选择单位</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <source>Void record</source>
        <translation>作废记录</translation>
    </message>
    <message>
        <source>Void this record? It leaves every figure, list and report; it stays visible with &quot;Show voided&quot; and its reason.</source>
        <translation>作废这条记录？作废后它不再计入任何统计、列表和报告；勾选“显示已作废”仍可看到它和作废原因。</translation>
    </message>
    <message>
        <source>Automatic when left empty</source>
        <translation>留空则自动编号</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>The document as it was issued, in a print preview</source>
        <translation>以打印预览查看下达时的文书</translation>
    </message>
    <message>
        <source>Voided %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>safeledger::RecordsPage</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
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
        <source>Direct loss (yuan)</source>
        <translation>直接经济损失（元）</translation>
    </message>
    <message>
        <source>Reported at</source>
        <translation>报告时间</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>下达人</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>生产安全事故</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Enforcement documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>Activities: training, drills, publicity, meetings</source>
        <translation>培训、演练、宣传与会议</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
    <message>
        <source>All units (type to choose one)</source>
        <translation>全部单位（输入名称可选择单位）</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <source>%n accident(s), %1 death(s).</source>
        <translation>
            <numerusform>共 %n 起事故，死亡 %1 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n penalty(ies), %1 yuan in total.</source>
        <translation>
            <numerusform>共 %n 起行政处罚，罚款合计 %1 元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s).</source>
        <translation>
            <numerusform>共 %n 份文书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activity(ies).</source>
        <translation>
            <numerusform>共 %n 次活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取列表…</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>accident</comment>
        <translation>事故概况</translation>
    </message>
    <message>
        <source>Only the newest %1 of them are listed; choose a unit to narrow the list.</source>
        <translation>这里只列出最新的 %1 条；选择单位可缩小范围。</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>培训演练宣传</translation>
    </message>
    <message>
        <source>Show voided</source>
        <translation>显示已作废</translation>
    </message>
    <message>
        <source>List voided records too, greyed, with why they were voided; they never count</source>
        <translation>同时列出已作废的记录（灰色，附作废原因）；它们不计入任何统计</translation>
    </message>
    <message>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
</context>
<context>
    <name>safeledger::ReportsPage</name>
    <message>
        <source>Annual safety summary</source>
        <translation>年度安全生产工作总结</translation>
    </message>
    <message>
        <source>Quarterly hazard form</source>
        <translation>季度隐患排查治理情况统计表</translation>
    </message>
    <message>
        <source>All units (type a unit&apos;s name)</source>
        <translation>全部单位（输入单位名称可选择）</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Export ODT…</source>
        <translation>导出 ODT…</translation>
    </message>
    <message>
        <source>Problems (存在问题), written by you, kept with the unit and year:</source>
        <translation>存在问题（由您撰写，随单位和年度保存）：</translation>
    </message>
    <message>
        <source>Plan for next year (下一步工作计划):</source>
        <translation>下一步工作计划：</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>保存文字</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>The report&apos;s text could not be read: %1</source>
        <translation>无法读取报告文字：%1</translation>
    </message>
    <message>
        <source>Save or discard the text first</source>
        <translation>请先保存或放弃对文字的修改</translation>
    </message>
    <message>
        <source>The text was not saved: %1</source>
        <translation>文字未保存：%1</translation>
    </message>
    <message>
        <source>The text was saved.</source>
        <translation>文字已保存。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>The report could not be made: %1</source>
        <translation>报告未能生成：%1</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>The report type, unit and year stay as they are while the text below is not saved: save or discard it to change them.</source>
        <translation>下方文字尚未保存，报告类型、单位和年度暂不能更改：请先保存或放弃修改。</translation>
    </message>
    <message>
        <source>Unsaved text</source>
        <translation>文字尚未保存</translation>
    </message>
    <message>
        <source>The text typed under Problems or Plan is not saved, so the report does not show it yet. Save it and put it in the report?</source>
        <translation>“存在问题”或“工作计划”中输入的文字尚未保存，报告中还没有这些内容。是否先保存并写入报告？</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>保存并继续</translation>
    </message>
    <message>
        <source>Continue without it</source>
        <translation>不含这些文字继续</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>safeledger::RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>The backups cannot be listed: %1</source>
        <translation>无法列出备份：%1</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet. SafeLedger takes one a day while the database is open and when it closes.</source>
        <translation>%1 还没有备份。数据库打开期间及关闭时，安全生产台账每天备份一次。</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The database as it is now is kept beside it, so nothing is lost if you change your mind.</source>
        <translation>请选择要恢复到的备份。当前数据库会保存在其旁边，改变主意也不会丢失任何内容。</translation>
    </message>
</context>
<context>
    <name>safeledger::RosterImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>导入单位名册</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>名册文件</translation>
    </message>
    <message>
        <source>the top of the unit tree</source>
        <translation>单位树的最顶层</translation>
    </message>
    <message>
        <source>Units without a parent unit go &amp;under</source>
        <translation>未填上级单位的单位归入(&amp;U)</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>单位类型</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>名册 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Reading the roster…</source>
        <translation>正在读取名册…</translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <source>Reading the roster was cancelled. Nothing was imported.</source>
        <translation>已取消读取名册，未导入任何内容。</translation>
    </message>
    <message>
        <source>The roster could not be read. Nothing was imported.</source>
        <translation>无法读取名册，未导入任何内容。</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>数据库中已有</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（单位树最顶层）</translation>
    </message>
    <message>
        <source>%1 workbook of %2 sheets: a row that names no parent unit goes under the unit its sheet is named after (a village, a park), where there is one.</source>
        <translation>%1 工作簿共 %2 个工作表：未填上级单位的行归入与其工作表同名的单位（村、园区等），如有该单位。</translation>
    </message>
    <message>
        <source>%1 file. A unit the database already has (the same credit code, or the same name under the same parent) is not created again.</source>
        <translation>%1 文件。数据库中已有的单位（统一社会信用代码相同，或同一上级单位下名称相同）不会重复新建。</translation>
    </message>
    <message>
        <source>%1 unit rows: %2 to create, %3 already in the database, %4 with errors.</source>
        <translation>单位 %1 行：待新建 %2 行，数据库中已有 %3 行，有错误 %4 行。</translation>
    </message>
    <message numerus="yes">
        <source>The roster cannot be imported: %n error(s). Nothing has been written; correct the file and choose it again.</source>
        <translation>
            <numerusform>名册无法导入：有 %n 处错误。未写入任何内容；请修改文件后重新选择。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Created %1 units; %2 rows were already in the database.</source>
        <translation>已新建单位 %1 个；数据库中已有 %2 行。</translation>
    </message>
</context>
<context>
    <name>safeledger::SettingsDialog</name>
    <message>
        <source>Names, separated by commas</source>
        <translation>姓名，用逗号或顿号分隔</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>A copy of the open database is taken once a day; the oldest beyond this number are deleted.</source>
        <translation>每天为打开的数据库备份一次；超出此数量的最旧备份将被删除。</translation>
    </message>
</context>
<context>
    <name>safeledger::SheetImportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>safeledger::StartDialog</name>
    <message>
        <source>Welcome to SafeLedger</source>
        <translation>欢迎使用安全生产台账</translation>
    </message>
    <message>
        <source>There is no ledger yet. Start your unit&apos;s own ledger, or look around the demo first: a fictional town with two years of inspections and hazards.</source>
        <translation>还没有台账。可以建立本单位自己的台账，也可以先看看示例：一个虚构的乡镇，含两年的检查和隐患记录。</translation>
    </message>
    <message>
        <source>Create my ledger</source>
        <translation>建立我的台账</translation>
    </message>
    <message>
        <source>e.g. 青山镇, 青山工业园区, 青山机械厂</source>
        <translation>例如：青山镇、青山工业园区、青山机械厂</translation>
    </message>
    <message>
        <source>Your &amp;unit</source>
        <translation>本单位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>统一社会信用代码, 18 characters (optional)</source>
        <translation>统一社会信用代码，18位（可不填）</translation>
    </message>
    <message>
        <source>&amp;Credit code</source>
        <translation>信用代码(&amp;C)</translation>
    </message>
    <message>
        <source>Saved at %1. Units below it, accounts and the rest are added in the ledger.</source>
        <translation>保存于 %1。下属单位、账户等在台账中再添加。</translation>
    </message>
    <message>
        <source>Create my &amp;ledger</source>
        <translation>建立我的台账(&amp;L)</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开示例(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a ledger file…</source>
        <translation>打开台账文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不</translation>
    </message>
    <message>
        <source>The ledger was not created: %1</source>
        <translation>台账未建立：%1</translation>
    </message>
    <message>
        <source>Then import our &amp;roster of units (企业名册) from Excel or CSV</source>
        <translation>随后从 Excel 或 CSV 导入本单位的企业名册(&amp;R)</translation>
    </message>
</context>
<context>
    <name>safeledger::TodoModel</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n working day(s)</source>
        <translation>
            <numerusform>还有 %n 个工作日到期</numerusform>
        </translation>
    </message>
    <message>
        <source>Awaiting verification</source>
        <translation>待复查</translation>
    </message>
    <message>
        <source>Escalated to %1 on %2</source>
        <translation>%2 升级至%1督办</translation>
    </message>
    <message>
        <source>the parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Raised to %1 on %2</source>
        <translation>%2 提升为%1</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>The deadline falls on a day that is not a working day</source>
        <translation>整改时限落在非工作日</translation>
    </message>
    <message>
        <source>When</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>升级督办</translation>
    </message>
</context>
<context>
    <name>safeledger::TodoPage</name>
    <message>
        <source>Requested</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Deadline asked</source>
        <translation>申请延至</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>All units (type to choose one and everything below it)</source>
        <translation>全部单位（输入名称选择某单位及其下属）</translation>
    </message>
    <message>
        <source>Due within </source>
        <translation>到期：</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日内</translation>
    </message>
    <message>
        <source>Extension requests awaiting a decision</source>
        <translation>待审批的延期申请</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Overdue %1 · due today %2 · this week %3 · within %4 working days %5 · awaiting verification %6 · extension requests %7</source>
        <translation>逾期 %1 · 今天到期 %2 · 本周到期 %3 · %4 个工作日内到期 %5 · 待复查 %6 · 延期申请 %7</translation>
    </message>
    <message>
        <source>Due today: %1 · this week: %2 · overdue: %3 (see To-do)</source>
        <translation>今天到期 %1 条 · 本周到期 %2 条 · 逾期 %3 条（见“待办”）</translation>
    </message>
    <message>
        <source>Double-click a line to open its hazard: record progress, verify it, or request a later deadline there. Deadlines count working days on the calendar of File ▸ Working calendar.</source>
        <translation>双击一行打开该隐患：在隐患页面登记整改、复查或申请延期。工作日按“文件 ▸ 工作日历”计算。</translation>
    </message>
    <message>
        <source>No holiday calendar for %1: Monday to Friday are counted as working days. An administrator can import the year&apos;s notice in File ▸ Working calendar.</source>
        <translation>没有 %1 年的节假日安排：按周一至周五为工作日计算。管理员可在“文件 ▸ 工作日历”导入该年度放假通知。</translation>
    </message>
</context>
<context>
    <name>safeledger::UninspectedDialog</name>
    <message>
        <source>Units not yet inspected</source>
        <translation>尚未检查的单位</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>所属</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Last inspected</source>
        <translation>上次检查</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>距今天数</translation>
    </message>
    <message>
        <source>&amp;Start inspection</source>
        <translation>开始检查(&amp;S)</translation>
    </message>
    <message>
        <source>Open the inspection form on this unit</source>
        <translation>打开该单位的检查录入</translation>
    </message>
    <message>
        <source>Your account may not record inspections</source>
        <translation>您的账号无权录入检查</translation>
    </message>
    <message>
        <source>&amp;Open unit</source>
        <translation>打开单位(&amp;O)</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未检查</translation>
    </message>
    <message>
        <source>Every unit to inspect has been inspected in this period.</source>
        <translation>本期应检查单位均已检查。</translation>
    </message>
    <message>
        <source>%1 units not inspected; the first %2 are listed.</source>
        <translation>尚有%1家单位未检查，列出前%2家。</translation>
    </message>
    <message>
        <source>%1 units not inspected.</source>
        <translation>尚有%1家单位未检查。</translation>
    </message>
</context>
<context>
    <name>safeledger::UnitArchive</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <source>Inspections</source>
        <translation>安全检查</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Party A</source>
        <translation>甲方</translation>
    </message>
    <message>
        <source>Party B</source>
        <translation>乙方</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>责任书</translation>
    </message>
    <message>
        <source>Accidents</source>
        <translation>生产安全事故</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类别</translation>
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
        <source>Penalties</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>决定书文号</translation>
    </message>
    <message>
        <source>Fine (yuan)</source>
        <translation>罚款（元）</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法律依据</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>执法文书</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>下达日期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>培训演练宣传</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>添加人员(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>作废(&amp;O)…</translation>
    </message>
    <message>
        <source>Add &amp;certificate…</source>
        <translation>添加证书(&amp;C)…</translation>
    </message>
    <message>
        <source>Adds a certificate for the chosen person</source>
        <translation>为所选人员添加证书</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Issued on</source>
        <comment>certificate</comment>
        <translation>发证日期</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add certificate…</source>
        <translation>添加证书(&amp;A)…</translation>
    </message>
    <message>
        <source>Adds a certificate for one of the unit&apos;s persons (add the person first)</source>
        <translation>为本单位的人员添加证书（请先添加人员）</translation>
    </message>
    <message>
        <source>Person saved.</source>
        <translation>人员已保存。</translation>
    </message>
    <message>
        <source>Void person</source>
        <translation>作废人员</translation>
    </message>
    <message>
        <source>Void the person %1? Their certificates leave the archive too.</source>
        <translation>作废人员“%1”？其证书也将不再列入档案。</translation>
    </message>
    <message>
        <source>Person voided.</source>
        <translation>人员已作废。</translation>
    </message>
    <message>
        <source>Certificate saved.</source>
        <translation>证书已保存。</translation>
    </message>
    <message>
        <source>Void certificate</source>
        <translation>作废证书</translation>
    </message>
    <message>
        <source>Void the certificate %1?</source>
        <translation>作废证书“%1”？</translation>
    </message>
    <message>
        <source>Certificate voided.</source>
        <translation>证书已作废。</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Inspection voided.</source>
        <translation>检查记录已作废。</translation>
    </message>
    <message>
        <source>Inspection corrected.</source>
        <translation>检查记录已更正。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
</context>
<context>
    <name>safeledger::UnitPicker</name>
    <message>
        <source>Type a unit&apos;s name or credit code</source>
        <translation>输入单位名称或统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>safeledger::UnitsPage</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New unit under %1</source>
        <translation>在“%1”下新建单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新建单位</translation>
    </message>
    <message>
        <source>The unit was not saved: %1</source>
        <translation>单位未保存：%1</translation>
    </message>
    <message>
        <source>Unit %1 saved.</source>
        <translation>单位“%1”已保存。</translation>
    </message>
    <message>
        <source>Unit %1 moved.</source>
        <translation>单位“%1”已调整上级单位。</translation>
    </message>
    <message>
        <source>Void unit</source>
        <translation>作废单位</translation>
    </message>
    <message>
        <source>Void the unit %1?</source>
        <translation>作废单位“%1”？</translation>
    </message>
    <message>
        <source>Unit %1 voided.</source>
        <translation>单位“%1”已作废。</translation>
    </message>
    <message>
        <source>The unit was not voided.</source>
        <translation>单位未作废。</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>safeledger::VoidDialog</name>
    <message>
        <source>Voided records are kept with their reason and no longer counted.</source>
        <translation>作废的记录连同原因一并保留，不再计入统计。</translation>
    </message>
    <message>
        <source>e.g. entered twice</source>
        <translation>如：重复录入</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>作废原因(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Void</source>
        <translation>作废(&amp;V)</translation>
    </message>
</context>
<context>
    <name>safeledger::YearListPage</name>
    <message>
        <source>Year </source>
        <translation>年度 </translation>
    </message>
</context>
</TS>
