-- A SafeLedger database of schema version 1 with data, frozen as written by version 1
-- (safeledger-cli generate --orgs 8 --hazards 40 --years 1 --seed 3, then sqlite3 .dump):
-- the migration tests load it and open it with the current program. Never regenerate it.
PRAGMA application_id = 1397115975;
PRAGMA user_version = 1;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE org (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES org(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    scale TEXT NOT NULL DEFAULT '',
    employees INTEGER NOT NULL DEFAULT 0,
    credit_code TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    grid TEXT NOT NULL DEFAULT '',
    supervisor TEXT NOT NULL DEFAULT '',
    principal TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    risk_colour TEXT NOT NULL DEFAULT '',
    standard_grade TEXT NOT NULL DEFAULT '',
    -- "/1/5/23/": the ids from the root down to this unit. A subtree is the range
    -- [path, path with its last '/' replaced by '0'), which the index below serves.
    path TEXT NOT NULL DEFAULT ''
);
INSERT INTO org VALUES(1,'8f0b49b3-8c72-4bab-b21d-92cc70fc99e7','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',NULL,'桃柳县','county','','',0,'11330522002YN7X01G','桃柳县47号','','','于刚','14332675002','','','/1/');
INSERT INTO org VALUES(2,'971a0d4e-1af5-45d3-98ab-a2016a61be95','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,'坪山镇','town','','',0,'11330522005YDFU02Y','桃柳县156号','','金玉兰','熊鹏','16544925576','','','/1/2/');
INSERT INTO org VALUES(3,'8f4ec44f-6648-4785-9c7e-55440a333d64','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'彭记农资店','business','commerce','micro',1,'92330522008Y4PR032','坪山镇186号','','曾勇','金超','14668719875','yellow','none','/1/2/3/');
INSERT INTO org VALUES(4,'bcbc0735-29d9-4057-ac33-436c343dfee8','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'姚记汽修店','business','other','micro',7,'9233052200BXU0P04M','坪山镇284号','','魏磊','袁丽娟','17389992358','yellow','','/1/2/4/');
INSERT INTO org VALUES(5,'b468dae9-4683-424a-aa87-dd2ff319ec03','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'刘记烧烤店','business','catering','micro',4,'9233052200EXJ8M054','坪山镇198号','','袁斌','沈勇','14141317757','blue','micro','/1/2/5/');
INSERT INTO org VALUES(6,'1cd20b7a-5a1e-4bbe-975f-305d458d3942','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'嘉盛酒店管理有限公司','enterprise','accommodation','micro',20,'9133052200HX9GK06M','坪山镇25号','','谭长春','韩永刚','18089283328','blue','micro','/1/2/6/');
INSERT INTO org VALUES(7,'91705bb5-2b49-4e50-a9bf-335ed2062aee','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'叶记理发店','business','other','micro',12,'9233052200LX0QH071','坪山镇182号','','刘秀英','邹浩','14895681231','blue','','/1/2/7/');
INSERT INTO org VALUES(8,'42d5a981-e9e3-4bf0-853b-54cb387d1657','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'罗记饭店','business','catering','micro',7,'9233052200PWP1F08L','坪山镇103号','','金玉兰','戴亮','13620811980','blue','micro','/1/2/8/');
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    name TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT ''
);
INSERT INTO person VALUES(1,'48d93f70-8164-4b91-8ae0-f5eaaf1d92c4','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'谭长春','安监员（网格监管责任人）','13998207290');
INSERT INTO person VALUES(2,'6171ee77-ca26-4a25-b6e6-afa7bb08b713','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'刘秀英','安监员（网格监管责任人）','13065130627');
INSERT INTO person VALUES(3,'d07c8333-cd00-4f4e-814e-2b80eff425a1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'金玉兰','安监员（网格监管责任人）','14131162030');
INSERT INTO person VALUES(4,'a6fb9bd7-90fe-4aba-8b5c-839def75652e','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'曾勇','安监员（网格监管责任人）','14023433552');
INSERT INTO person VALUES(5,'3fe86356-ee92-47c5-b43c-df6bd1380177','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'魏磊','安监员（网格监管责任人）','13633015020');
INSERT INTO person VALUES(6,'be677372-550f-4e84-97ac-45261641da5a','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'袁斌','安监员（网格监管责任人）','19547459185');
INSERT INTO person VALUES(7,'f889d622-a596-4a02-a35f-2827359356f6','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,'于刚','县长','19091076143');
INSERT INTO person VALUES(8,'a6b4e254-19d6-45c5-a52a-82eac7a80fc9','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'熊鹏','镇长（街道办事处主任）','19632841441');
INSERT INTO person VALUES(9,'64f292f8-cf70-4df3-9538-1b34cbda407f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,'金超','主要负责人','17000689788');
INSERT INTO person VALUES(10,'efaf4f05-6fe3-49f8-9c38-0dbc0dc49b5a','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,'袁丽娟','主要负责人','16949833957');
INSERT INTO person VALUES(11,'c8838410-04d5-46f3-bd23-7eb8be5bfd01','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,'沈勇','主要负责人','15418685325');
INSERT INTO person VALUES(12,'55285d2c-a929-49cb-9d19-8488f1125a6f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,'韩永刚','主要负责人','13165171112');
INSERT INTO person VALUES(13,'1905fcf9-a46e-4c40-a950-cfc4e0d8c13d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,'邹浩','主要负责人','16711125038');
INSERT INTO person VALUES(14,'747f7f98-4bcd-4193-99c0-834f1c0651a2','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,'戴亮','主要负责人','15909813315');
CREATE TABLE certificate (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    person_id INTEGER NOT NULL REFERENCES person(id),
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    issued_on TEXT,
    expires_on TEXT
);
INSERT INTO certificate VALUES(1,'fa7685f2-e4f7-43b9-be59-e87d63ab17e2','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,'other','行政执法证 33052220240000001','2024-04-13','2027-04-12');
INSERT INTO certificate VALUES(2,'081fc4b1-dc44-4846-93dd-712f2f197eca','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,'other','行政执法证 33052220240000002','2024-04-19','2027-04-18');
INSERT INTO certificate VALUES(3,'59401c3c-6b08-4064-9d3f-253d16016d80','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,'other','行政执法证 33052220230000003','2023-06-04','2026-06-03');
INSERT INTO certificate VALUES(4,'07bbbdd9-f150-4fad-a203-1308efb79e09','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,'other','行政执法证 33052220250000004','2025-11-11','2028-11-10');
INSERT INTO certificate VALUES(5,'a3c5956c-3884-46a9-a398-9a71f6b1a5e9','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,'other','行政执法证 33052220210000005','2021-12-06','2024-12-05');
INSERT INTO certificate VALUES(6,'e5fd5041-4186-4080-aed1-34a6e80e89fb','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,'other','行政执法证 33052220220000006','2022-08-22','2025-08-21');
CREATE TABLE agreement (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL,
    kind TEXT NOT NULL,
    party_a_id INTEGER NOT NULL REFERENCES org(id),
    party_b_id INTEGER NOT NULL REFERENCES org(id),
    signatory_a TEXT NOT NULL DEFAULT '',
    signatory_b TEXT NOT NULL DEFAULT '',
    signed_on TEXT,
    valid_from TEXT,
    valid_to TEXT,
    targets TEXT NOT NULL DEFAULT '[]', -- JSON array of target clauses
    status TEXT NOT NULL,
    assessment_score REAL,
    assessment_result TEXT NOT NULL DEFAULT '',
    assessed_on TEXT
);
INSERT INTO agreement VALUES(1,'5d44f93c-bd15-491c-b146-b9efdc3df770','2026-03-15T02:00:00Z','2026-03-15T02:00:00Z',1,'','',2026,'responsibility',1,2,'于刚','熊鹏','2026-03-15','2026-01-01','2026-12-31','["辖区内死亡事故为零","杜绝较大及以上生产安全事故","隐患整改率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(2,'8debe53f-8d1f-49fa-890f-6897d35f46d3','2026-02-21T02:00:00Z','2026-02-21T02:00:00Z',1,'','',2026,'pledge',2,3,'熊鹏','金超','2026-02-21','2026-01-01','2026-12-31','["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(3,'8a6fe747-9e4d-470d-b5ec-5dc8c5c41605','2026-03-24T02:00:00Z','2026-03-24T02:00:00Z',1,'','',2026,'pledge',2,4,'熊鹏','袁丽娟','2026-03-24','2026-01-01','2026-12-31','["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(4,'603de7ff-3f8e-473a-b221-ba9d424d4f0c','2026-02-24T02:00:00Z','2026-02-24T02:00:00Z',1,'','',2026,'pledge',2,5,'熊鹏','沈勇','2026-02-24','2026-01-01','2026-12-31','["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(5,'b8b5e457-4519-4bf2-b6af-dafd0ede4802','2026-03-01T02:00:00Z','2026-03-01T02:00:00Z',1,'','',2026,'responsibility',2,6,'熊鹏','韩永刚','2026-03-01','2026-01-01','2026-12-31','["死亡事故为零","重伤事故为零","隐患整改率100%","从业人员安全培训率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(6,'dc2e20d4-2b3f-4a75-91e9-dcda7f47a56e','2026-02-20T02:00:00Z','2026-02-20T02:00:00Z',1,'','',2026,'pledge',2,7,'熊鹏','邹浩','2026-02-20','2026-01-01','2026-12-31','["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"]','signed',NULL,'',NULL);
INSERT INTO agreement VALUES(7,'39ae13ec-75c3-46fc-ab9d-68ad59a16e0e','2026-03-20T02:00:00Z','2026-03-20T02:00:00Z',1,'','',2026,'pledge',2,8,'熊鹏','戴亮','2026-03-20','2026-01-01','2026-12-31','["不发生火灾事故","消防器材配备齐全有效","隐患整改率100%"]','signed',NULL,'',NULL);
CREATE TABLE checklist_template (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL,
    sector TEXT NOT NULL DEFAULT '',
    campaign TEXT NOT NULL DEFAULT '',
    built_in INTEGER NOT NULL DEFAULT 0
);
INSERT INTO checklist_template VALUES(1,'68a2ee28-b811-4ac8-80b9-d50d8ee197a8','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','园区企业日常安全检查表','','',1);
INSERT INTO checklist_template VALUES(2,'a081e2c8-cbb3-4444-83dc-fed6cbf70d87','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','安全生产大检查重点内容检查表','','安全生产大检查',1);
INSERT INTO checklist_template VALUES(3,'16c38fab-c118-442e-8bc2-24faef8708b2','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','办公场所安全自查表','','',1);
INSERT INTO checklist_template VALUES(4,'a08fd1ab-f796-4df1-98d8-6dd26d44ff55','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','烟花爆竹零售经营单位安全检查表','fireworks','烟花爆竹专项检查',1);
INSERT INTO checklist_template VALUES(5,'78618512-5439-48e8-8f6e-93167432150a','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','加油站安全检查表','fuel_retail','',1);
INSERT INTO checklist_template VALUES(6,'a1a4ab79-8a42-478d-afd3-6c6b705a9cad','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','建筑施工现场安全检查表','construction','',1);
INSERT INTO checklist_template VALUES(7,'edbc183d-57a0-406a-b472-09a599b01e07','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','危险化学品企业安全检查表','chemicals','',1);
INSERT INTO checklist_template VALUES(8,'81d3a5f5-01b1-4ac5-9f84-223d328bda4d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','','人员密集场所消防安全检查表','','',1);
CREATE TABLE template_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    template_id INTEGER NOT NULL REFERENCES checklist_template(id),
    seq INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL
);
INSERT INTO template_item VALUES(1,'75b49710-1678-4c60-ae91-a35135c3df1f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,1,'安全管理','服从上级安全生产监督管理部门的业务指导');
INSERT INTO template_item VALUES(2,'f5377e5e-ac6b-4dbd-a627-20c99228675b','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,2,'安全管理','安全生产台账、安全管理制度和应急救援预案建立及执行情况');
INSERT INTO template_item VALUES(3,'c4ee50fd-0fe8-41a7-aeb3-92f911421b73','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,3,'危险化学品','危险化学品的存放是否符合要求，各种证照是否齐全');
INSERT INTO template_item VALUES(4,'7ae3662d-6bb2-4424-8682-e943dd2957b1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,4,'设备设施','电气设备、机械设备的使用与管理是否符合要求');
INSERT INTO template_item VALUES(5,'65fb8f11-7d16-4a7e-9416-855d63d56de1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,5,'消防安全','消防器材、消防通道、车间防爆以及劳动防护用品的使用是否符合要求');
INSERT INTO template_item VALUES(6,'6caf8bff-c0bf-4000-bd65-a77b880d7ae6','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,6,'特种设备','锅炉、压力容器、压力管道等特种设备的保养、检测和运转是否正常');
INSERT INTO template_item VALUES(7,'e3596a57-4a07-4556-93d7-2feaac9e3eb7','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,7,'安全管理','安全生产责任制是否层层落实');
INSERT INTO template_item VALUES(8,'1dfbd50c-c169-4d86-83cf-a6b676b70028','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,8,'建设项目','新建、改建、扩建项目安全设施“三同时”是否落实');
INSERT INTO template_item VALUES(9,'2df31f7e-1913-4361-9ffe-c7a389928643','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,9,'安全评价','安全评价及整改措施是否落实');
INSERT INTO template_item VALUES(10,'98103d6a-9c9b-400c-b15c-e1d8f191ba0a','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,10,'安全管理','安全生产例会是否正常召开');
INSERT INTO template_item VALUES(11,'7c806668-bd7d-431f-8262-bd960b37eb2e','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,11,'教育培训','管理人员、特种作业人员是否持证上岗');
INSERT INTO template_item VALUES(12,'1dca4e5f-1522-4661-888a-79b66a665662','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,12,'隐患治理','事故隐患是否做到整改措施、资金、人员、时间“四落实”');
INSERT INTO template_item VALUES(13,'7fa70470-55c8-4f42-9a7e-6153bc4f083f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',1,13,'其他','其他情况');
INSERT INTO template_item VALUES(14,'89b74732-47c4-428f-87f9-8bf05130ec93','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,1,'责任落实','安全生产责任制落实情况（主要负责人、分管负责人、安全管理人员及各岗位）');
INSERT INTO template_item VALUES(15,'4f5ec64a-1560-4e7f-95b2-360d0f50e83d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,2,'法规执行','安全生产法律法规、标准规程执行情况，安全管理机构及专（兼）职安全管理人员配备');
INSERT INTO template_item VALUES(16,'df5e5b78-d864-4c2b-bc31-25780531678d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,3,'设备设施','特种设备、泄压、防爆、阻火、防雷、防静电、报警、电气、消防、机械等设备设施管理情况');
INSERT INTO template_item VALUES(17,'f91c914c-c352-4317-bac4-8d1bf5de1075','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,4,'作业环境','作业场所环境：通道照明、“三合一”、粉尘毒物噪声防护、动火及有限空间等危险作业措施');
INSERT INTO template_item VALUES(18,'50766e07-5f12-4911-9ec6-15d624dde3fa','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,5,'隐患治理','隐患排查治理和纠正违章违规行为情况，排查出的隐患整改落实情况');
INSERT INTO template_item VALUES(19,'61f8d3a0-a70c-4bb4-9e64-b03173395f7d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,6,'应急管理','应急救援队伍、应急物资、应急预案及演练情况');
INSERT INTO template_item VALUES(20,'df0c15f4-03eb-4926-8e5f-efd70f4f6903','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,7,'教育培训','主要负责人、安全管理人员、特种作业人员持证上岗及一线职工教育培训情况');
INSERT INTO template_item VALUES(21,'040f091b-a936-411b-9edb-244bb378cd5a','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',2,8,'高温防范','高温安全措施落实及预防自然灾害引发事故工作机制');
INSERT INTO template_item VALUES(22,'0a39fcbe-b423-4af7-8376-227666923f17','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,1,'消防','张贴禁止吸烟标识，严禁明火');
INSERT INTO template_item VALUES(23,'4fb568da-fc52-4cf5-bef8-cb806445bb00','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,2,'消防','灭火器数量充足、压力正常、摆放整齐');
INSERT INTO template_item VALUES(24,'0fc15d07-5c15-48da-b8ce-cd7e407155ef','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,3,'消防','疏散通道、安全出口畅通，应急照明完好');
INSERT INTO template_item VALUES(25,'5aced3c1-a605-4568-94eb-83d8231e2f74','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,4,'电气','下班后关闭电脑及配套设备电源');
INSERT INTO template_item VALUES(26,'46b8d531-f9ba-47ec-aebf-c5e1ad14b122','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,5,'电气','无私拉乱接电线，无违规使用大功率电器');
INSERT INTO template_item VALUES(27,'01c478f4-90bc-41f5-ba5d-64f1054c25c0','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,6,'电气','监控室电子监控设备运行正常');
INSERT INTO template_item VALUES(28,'06be67e3-af4e-4dd4-bcd3-1a859c2933ee','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,7,'厨房燃气','午餐完毕后关闭厨灶配套设施');
INSERT INTO template_item VALUES(29,'03f874b2-365e-429a-a32b-58f4dd498f4c','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,8,'厨房燃气','定期检查电路、气路安全，燃气泄漏报警装置完好');
INSERT INTO template_item VALUES(30,'ba52bd81-f29c-4847-be06-dbee876aeeb1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,9,'厨房燃气','厨房内配备灭火器、灭火毯');
INSERT INTO template_item VALUES(31,'7fedcbb8-c87a-4c79-bd66-1f310431bbd8','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,10,'复印室','设备、纸张摆放整齐，严禁吸烟、严禁明火');
INSERT INTO template_item VALUES(32,'826ebb0b-8379-4853-bd37-bc67d2e12ed1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,11,'复印室','下班前关闭复印设备、复印室门窗');
INSERT INTO template_item VALUES(33,'3fae707c-4192-4869-84cc-d12a0c597eda','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',3,12,'财务室','防盗门窗完好，门锁牢固');
INSERT INTO template_item VALUES(34,'0abe06b0-574c-40a0-a1cd-5885e037fea0','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,1,'证照管理','持有有效的《烟花爆竹经营（零售）许可证》并在醒目位置悬挂');
INSERT INTO template_item VALUES(35,'69376698-46e0-4f6a-a8d6-bd548e7b8225','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,2,'证照管理','从正规批发企业进货，产品标识齐全');
INSERT INTO template_item VALUES(36,'7d383f5a-4048-4979-badc-1474e216c31f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,3,'储存管理','限量存放，不超过许可证核定的储存量');
INSERT INTO template_item VALUES(37,'df995351-cd10-4c3f-9ca3-649de252b036','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,4,'储存管理','设置烟花爆竹专柜（专区），与其他商品分开存放');
INSERT INTO template_item VALUES(38,'36c3e5ce-2549-45d5-903c-664b6058e7fb','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,5,'储存管理','不在居住场所存放烟花爆竹，无“三合一”现象');
INSERT INTO template_item VALUES(39,'b811800a-e9bd-4713-8830-8617ab27a39f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,6,'消防安全','配备灭火器、消防水桶等消防器材');
INSERT INTO template_item VALUES(40,'594b8597-0a38-421d-87ff-05201e42567c','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,7,'消防安全','设置“严禁烟火”等安全警示标志');
INSERT INTO template_item VALUES(41,'7688da7f-b6e4-41e9-93a9-19cd18f6f919','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,8,'消防安全','电气线路穿管保护，不使用碘钨灯等高温灯具');
INSERT INTO template_item VALUES(42,'e806a663-6bc8-40de-aea3-4f393c1c411d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,9,'经营行为','不销售非法、超标烟花爆竹产品');
INSERT INTO template_item VALUES(43,'ea572a4f-2f56-462e-9e95-ded39793de61','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',4,10,'经营行为','不向未成年人销售烟花爆竹');
INSERT INTO template_item VALUES(44,'dddf1526-ff1b-4182-a68b-5c5003e7815b','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,1,'储罐设施','储罐液位、压力、温度及泄漏报警等参数监测正常');
INSERT INTO template_item VALUES(45,'afcc58f3-7338-4246-9dda-34de96aea190','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,2,'储罐设施','汽油通气管口安装机械呼吸阀和阻火器');
INSERT INTO template_item VALUES(46,'dd93bcf0-fce0-45d6-9f9e-487cc517afdf','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,3,'储罐设施','卸油作业连接静电接地，卸油口加锁管理');
INSERT INTO template_item VALUES(47,'aced4082-1d5a-40c5-80ec-38503d26b1c1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,4,'加油设备','加油机运行正常，拉断阀、紧急切断装置完好');
INSERT INTO template_item VALUES(48,'50290865-608d-4c7d-a87c-a1657e942ce8','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,5,'电气防爆','爆炸危险区域内电气设备防爆，防雷防静电检测合格');
INSERT INTO template_item VALUES(49,'b1583f7c-43ac-4423-8418-a834cb9d073f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,6,'消防安全','灭火器、灭火毯、消防沙配置齐全有效');
INSERT INTO template_item VALUES(50,'13223b49-b2c9-4f13-9545-274c4d7bf1dd','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,7,'消防安全','站内严禁烟火、禁止使用手机，警示标志齐全');
INSERT INTO template_item VALUES(51,'3a74734f-e716-44c7-a3b3-2be9428327c1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,8,'消防安全','站房内不设润滑油加注间，不住宿');
INSERT INTO template_item VALUES(52,'91a4bba5-71ee-426b-8552-b0d5c05300c3','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,9,'安全管理','主要负责人、安全管理人员持证上岗，员工培训记录齐全');
INSERT INTO template_item VALUES(53,'578315c8-605c-49c3-8944-1fb15e892a87','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,10,'安全管理','值班日志、安全检查和消防器材检查记录齐全');
INSERT INTO template_item VALUES(54,'2c23ea4a-88d2-4675-b4b3-6e98252e9581','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',5,11,'应急管理','应急预案备案，定期开展卸油火灾应急演练');
INSERT INTO template_item VALUES(55,'8141beb7-3b30-41d1-868a-f36535aeb3bb','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,1,'安全管理','安全生产责任制、安全技术交底记录齐全');
INSERT INTO template_item VALUES(56,'629e2f72-ef7d-4fc4-9daf-6edeb637e6c2','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,2,'安全管理','特种作业人员持证上岗');
INSERT INTO template_item VALUES(57,'75defa21-4dd3-4879-93fd-a8dabc4058d9','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,3,'脚手架','脚手架搭设符合专项方案，剪刀撑、连墙件齐全');
INSERT INTO template_item VALUES(58,'056d98df-f3af-4c97-816a-269bb85ab2d7','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,4,'临边洞口','临边、洞口防护到位，安全网挂设规范');
INSERT INTO template_item VALUES(59,'3188ea47-8c7d-41e0-8245-9a9a53bb7e23','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,5,'临边洞口','作业人员正确佩戴安全帽、系挂安全带');
INSERT INTO template_item VALUES(60,'2b3916ad-7000-4b6b-a189-cac182cd882f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,6,'基坑工程','深基坑支护、降排水及监测符合专项方案');
INSERT INTO template_item VALUES(61,'bf8f5c5e-e50b-4bed-82bd-ef050f9763ce','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,7,'起重机械','塔吊、施工升降机检验合格，限位及保险装置有效');
INSERT INTO template_item VALUES(62,'c5528284-5874-4566-b1ab-5b1403a8859b','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,8,'施工用电','三级配电两级保护，“一机一闸一漏一箱”');
INSERT INTO template_item VALUES(63,'550e98b6-7a5a-4d92-b0bf-a7856ed681d1','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,9,'消防安全','动火作业审批，现场配备灭火器材，宿舍无违规用电');
INSERT INTO template_item VALUES(64,'d964a4a7-9762-4d48-8036-a62a78c928a0','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',6,10,'文明施工','材料堆放整齐，施工现场围挡封闭');
INSERT INTO template_item VALUES(65,'3e8f7da4-934f-4cfa-8755-6133dca270da','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,1,'安全管理','安全生产许可证（经营许可证）在有效期内');
INSERT INTO template_item VALUES(66,'00a9c4bc-b922-44c6-9607-cd4cdda56f7e','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,2,'安全管理','安全评价报告及整改落实（剧毒化学品每年一次，其他每两年一次）');
INSERT INTO template_item VALUES(67,'b40104cf-1e03-468a-89c2-70bd1fa2d39c','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,3,'重大危险源','重大危险源登记建档、监测监控到位');
INSERT INTO template_item VALUES(68,'ba159611-135f-4f9b-933a-cfb6a2d7c54c','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,4,'重大危险源','危险化工工艺自动控制及安全联锁系统有效投用');
INSERT INTO template_item VALUES(69,'a3cf8600-308c-473b-9746-8e4affdeab7d','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,5,'储存管理','危险化学品分类分区储存，禁忌物料不混存');
INSERT INTO template_item VALUES(70,'cfd79dba-7584-44aa-8d93-9830d123b9ae','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,6,'储存管理','可燃、有毒气体泄漏报警装置完好并定期检定');
INSERT INTO template_item VALUES(71,'c35598d1-36c0-496f-b860-af292510a389','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,7,'特种设备','压力容器、压力管道定期检验');
INSERT INTO template_item VALUES(72,'1a1666c4-ccac-4538-97c5-11f6568e5270','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,8,'作业管理','动火、受限空间等特殊作业票证管理规范');
INSERT INTO template_item VALUES(73,'d6c58a51-6e74-4827-9c99-e396af74f01f','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,9,'电气防爆','防爆电气设备完好，防雷防静电检测合格');
INSERT INTO template_item VALUES(74,'23e75737-5ba2-4fc6-8bd5-e0d3d0e68c09','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,10,'应急管理','应急预案备案、定期演练，应急物资齐全');
INSERT INTO template_item VALUES(75,'855043d8-b531-424e-b0c8-285fe06dae5e','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',7,11,'职业卫生','职业病危害因素定期检测，劳动防护用品配备到位');
INSERT INTO template_item VALUES(76,'b8abfef7-a0ba-4f6e-90bf-545e934d9688','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,1,'消防设施','灭火器按规定配置，压力正常，在有效期内');
INSERT INTO template_item VALUES(77,'95f11092-027a-44c8-8bdd-07819ff67018','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,2,'消防设施','疏散通道、安全出口畅通，应急照明和疏散指示标志完好');
INSERT INTO template_item VALUES(78,'d9da674f-c4ef-40fb-9eb8-e292c20ec3cc','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,3,'厨房燃气','燃气管道、软管完好，安装燃气泄漏报警装置');
INSERT INTO template_item VALUES(79,'6285c795-4981-4376-afe2-9d7e178cd845','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,4,'厨房燃气','厨房油烟道定期清洗');
INSERT INTO template_item VALUES(80,'e62c5c07-3b9f-461d-a87e-e75f21dd82ab','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,5,'电气线路','电气线路无私拉乱接，电动自行车不在室内停放充电');
INSERT INTO template_item VALUES(81,'0b2eee7c-e9d8-4396-94b7-446292343657','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,6,'建筑场所','无“三合一”场所，住宿与经营、仓储分隔');
INSERT INTO template_item VALUES(82,'7c12ee17-6a3f-424a-ab12-cad677cbfe9c','2026-01-01T02:00:00Z','2026-01-01T02:00:00Z',1,'','',8,7,'安全管理','员工经消防培训，会报警、会使用灭火器、会组织疏散');
CREATE TABLE inspection (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    campaign TEXT NOT NULL DEFAULT '',
    template_id INTEGER REFERENCES checklist_template(id),
    inspectors TEXT NOT NULL DEFAULT '[]', -- JSON array of names
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO inspection VALUES(1,'ca603b0f-c7c1-4501-84b7-af3b895135a8','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',1,'','',3,'2026-01-27','routine','',NULL,'["刘秀英"]','');
INSERT INTO inspection VALUES(2,'d243c852-34bc-463c-9b3f-46ff0d5c450c','2026-02-03T02:00:00Z','2026-02-03T02:00:00Z',1,'','',6,'2026-02-03','routine','',NULL,'["刘秀英","金玉兰"]','');
INSERT INTO inspection VALUES(3,'42ea5738-60bc-4ece-aef0-96be62946a88','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',1,'','',3,'2026-02-22','routine','',NULL,'["谭长春","刘秀英"]','');
INSERT INTO inspection VALUES(4,'36a5fb8c-02ee-4c24-b1aa-e66a33274f80','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',1,'','',7,'2026-06-20','seasonal','汛期安全检查',NULL,'["袁斌","谭长春"]','');
INSERT INTO inspection VALUES(5,'4ffa4f2f-a2d4-45d0-9278-a44c299fb256','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',1,'','',3,'2026-07-05','routine','',NULL,'["魏磊"]','');
INSERT INTO inspection VALUES(6,'31521a73-4eca-4837-b6c2-3b9c2af16daf','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',1,'','',3,'2026-07-13','routine','',NULL,'["刘秀英"]','');
INSERT INTO inspection VALUES(7,'cbb3c4d4-0bae-4553-9f5f-0989941ec42f','2026-07-22T02:00:00Z','2026-07-22T02:00:00Z',1,'','',6,'2026-07-22','routine','',NULL,'["曾勇","魏磊"]','');
INSERT INTO inspection VALUES(8,'188cfac4-4715-45f9-a182-6e18153555c9','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',4,'2026-09-05','self_check','',NULL,'["袁丽娟"]','');
INSERT INTO inspection VALUES(9,'081cb5f3-6ff7-4b30-8154-7cfce15f01bb','2026-09-26T02:00:00Z','2026-09-26T02:00:00Z',1,'','',5,'2026-09-26','comprehensive','安全生产大检查',NULL,'["金玉兰","曾勇","魏磊"]','');
INSERT INTO inspection VALUES(10,'fed14d86-229b-45e4-8596-82cc45ee33ca','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',8,'2026-10-12','comprehensive','',8,'["魏磊","袁斌"]','');
INSERT INTO inspection VALUES(11,'45fe3114-9461-44d8-9ab5-07e35ba7e234','2026-10-29T02:00:00Z','2026-10-29T02:00:00Z',1,'','',5,'2026-10-29','routine','',NULL,'["魏磊","袁斌"]','');
INSERT INTO inspection VALUES(12,'6f7a5780-c6d4-4a68-bc86-109813a89ba0','2026-11-16T02:00:00Z','2026-11-16T02:00:00Z',1,'','',3,'2026-11-16','routine','',NULL,'["刘秀英"]','');
CREATE TABLE inspection_item (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    inspection_id INTEGER NOT NULL REFERENCES inspection(id),
    seq INTEGER NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    result TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO inspection_item VALUES(1,'fa5ae647-7d3d-45ec-9253-d615db1a5a6e','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,1,'消防设施','灭火器按规定配置，压力正常，在有效期内','fail','液化气钢瓶超期未检，与灶具距离不足');
INSERT INTO inspection_item VALUES(2,'7680f663-7c40-4b66-96bb-c67251023d3c','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,2,'消防设施','疏散通道、安全出口畅通，应急照明和疏散指示标志完好','pass','');
INSERT INTO inspection_item VALUES(3,'d263b375-db25-453b-af4b-1384e24d37c3','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,3,'厨房燃气','燃气管道、软管完好，安装燃气泄漏报警装置','pass','');
INSERT INTO inspection_item VALUES(4,'7ad2e7b9-ef57-4ee3-8ce1-95403b18a725','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,4,'厨房燃气','厨房油烟道定期清洗','pass','');
INSERT INTO inspection_item VALUES(5,'3cda656b-3688-46c0-b196-3655a7959b08','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,5,'电气线路','电气线路无私拉乱接，电动自行车不在室内停放充电','fail','配电箱门未上锁，箱内线路凌乱');
INSERT INTO inspection_item VALUES(6,'e4ac5824-57ff-4602-8a61-be20b2502361','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,6,'建筑场所','无“三合一”场所，住宿与经营、仓储分隔','pass','');
INSERT INTO inspection_item VALUES(7,'c19a0091-0cb4-40ff-87a2-6c012135e201','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',10,7,'安全管理','员工经消防培训，会报警、会使用灭火器、会组织疏散','fail','安全生产例会记录缺失');
CREATE TABLE hazard (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    inspection_id INTEGER REFERENCES inspection(id),
    location TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    category TEXT NOT NULL,
    grade TEXT NOT NULL,
    risk_colour TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    found_on TEXT NOT NULL,
    mode TEXT NOT NULL,
    deadline TEXT,
    measures TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    funds_fen INTEGER NOT NULL DEFAULT 0,
    contingency TEXT NOT NULL DEFAULT '',
    supervision TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    closed_on TEXT,
    closed_by TEXT NOT NULL DEFAULT '',
    CHECK (deadline IS NULL OR deadline >= found_on),
    CHECK (closed_on IS NULL OR closed_on >= found_on)
);
INSERT INTO hazard VALUES(1,'1068298c-6507-4054-a820-465e0f367bc3','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',3,'','',3,1,'店外','户外广告牌固定不牢','other','general','blue','inspection','2026-01-27','on_spot','2026-01-27','加固或拆除广告牌','金超',20000,'','','closed','2026-01-27','刘秀英');
INSERT INTO hazard VALUES(2,'3bee9911-932c-47e2-8c2a-c6117d4809ab','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',3,'','',3,1,'办公楼','建筑消防设施未定期维护保养，无维保记录','fire','general','blue','inspection','2026-01-27','on_spot','2026-01-27','委托有资质单位维保，建立维保记录','金超',45000,'','','closed','2026-01-27','刘秀英');
INSERT INTO hazard VALUES(3,'852fce5a-3cf6-4e0c-880d-6ceb9940ce43','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',3,'','',3,1,'办公室','插线板串接使用，违规使用大功率电器','electrical','general','blue','inspection','2026-01-27','on_spot','2026-01-27','拆除串接插线板，规范用电','金超',35000,'','','closed','2026-01-27','刘秀英');
INSERT INTO hazard VALUES(4,'51de4fdf-5a1c-45cc-93ce-bc0690cdc1d0','2026-02-03T02:00:00Z','2026-02-03T02:00:00Z',3,'','',6,2,'一楼大厅','电动自行车在门厅停放充电','fire','general','blue','inspection','2026-02-03','on_spot','2026-02-03','清理门厅车辆，设置室外充电桩','韩永刚',95000,'','','closed','2026-02-03','刘秀英');
INSERT INTO hazard VALUES(5,'31dd1e07-c78c-45d5-951c-e94cdd77cfc6','2026-02-03T02:00:00Z','2026-02-07T02:00:00Z',4,'','',6,2,'楼顶','屋面防水层破损漏雨，影响配电设施','other','general','yellow','inspection','2026-02-03','deadline','2026-02-18','修补屋面防水层','韩永刚',560000,'制定临时管控措施，每日巡查','','closed','2026-02-07','刘秀英');
INSERT INTO hazard VALUES(6,'9af5f44e-ef7e-4b8f-8dbb-d7fd20bb2c34','2026-02-03T02:00:00Z','2026-02-03T02:00:00Z',3,'','',6,2,'安全管理','安全生产例会记录缺失','management','general','blue','inspection','2026-02-03','on_spot','2026-02-03','每月召开安全例会并做好记录','韩永刚',0,'','','closed','2026-02-03','刘秀英');
INSERT INTO hazard VALUES(7,'9b4d3264-7856-4c9e-8094-30eed05f8182','2026-02-03T02:00:00Z','2026-02-09T02:00:00Z',6,'','',6,2,'锅炉房','锅炉安全阀、压力表超期未校验','special_equipment','general','orange','inspection','2026-02-03','deadline','2026-02-10','送检校验安全阀和压力表','韩永刚',290000,'整改期间停止相关区域作业，配备应急器材','','closed','2026-02-09','刘秀英');
INSERT INTO hazard VALUES(8,'ab27f211-e42e-41b8-a388-17c62c335903','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',3,'','',3,3,'货架区','登高作业梯子无防滑措施','work_at_height','general','blue','inspection','2026-02-22','on_spot','2026-02-22','更换合格梯子，加装防滑脚套','金超',100000,'','','closed','2026-02-22','谭长春');
INSERT INTO hazard VALUES(9,'294b7cb1-cf34-4737-a7c5-f7c34005819a','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',3,'','',3,3,'员工宿舍','宿舍内私拉电线为电动自行车充电','fire','general','blue','inspection','2026-02-22','on_spot','2026-02-22','拆除私拉线路，设置集中充电区域','金超',0,'','','closed','2026-02-22','谭长春');
INSERT INTO hazard VALUES(10,'9ad68cd4-dd33-426f-85b5-921c65706fc7','2026-02-22T02:00:00Z','2026-03-04T02:00:00Z',4,'','',3,3,'生产车间','电气线路老化破损，存在漏电风险','electrical','general','yellow','inspection','2026-02-22','deadline','2026-03-04','更换老化线路并穿管保护','金超',830000,'制定临时管控措施，每日巡查','','closed','2026-03-04','谭长春');
INSERT INTO hazard VALUES(11,'bc05f04f-861e-46b6-8dd8-6f73b7c93b7b','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',3,'','',3,3,'车间','设备金属外壳未接地，漏电保护器失效','electrical','general','yellow','inspection','2026-02-22','on_spot','2026-02-22','设备可靠接地，更换漏电保护器','金超',10000,'','','closed','2026-02-22','谭长春');
INSERT INTO hazard VALUES(12,'e14a39ae-8565-46a8-919c-ad7304a80e56','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',3,'','',7,4,'安全管理','安全生产责任制未层层签订','management','general','blue','inspection','2026-06-20','on_spot','2026-06-20','完善全员安全生产责任制并签订责任书','邹浩',0,'','','closed','2026-06-20','袁斌');
INSERT INTO hazard VALUES(13,'59d4406b-224c-4b45-a24c-c7788c85e991','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',2,'重复录入，予以作废','2026-06-20T02:00:00Z',7,4,'厂区','动火作业未办理审批手续，现场无监护人','fire','general','yellow','inspection','2026-06-20','on_spot','2026-06-20','严格执行动火审批，配备监护人和灭火器材','邹浩',0,'','','voided',NULL,'');
INSERT INTO hazard VALUES(14,'7af609e0-a458-41e2-939a-e8c9afa318df','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',3,'','',7,4,'消火栓箱','室内消火栓箱内水带、水枪缺失','fire','general','blue','inspection','2026-06-20','on_spot','2026-06-20','补齐水带、水枪，定期检查消火栓','邹浩',65000,'','','closed','2026-06-20','袁斌');
INSERT INTO hazard VALUES(15,'105e55fe-3878-4512-94b0-8f42364904a8','2026-07-05T02:00:00Z','2026-07-07T02:00:00Z',4,'','',3,5,'生产车间','部分灭火器压力不足，未按规定每月检查','fire','general','orange','inspection','2026-07-05','deadline','2026-07-15','更换失效灭火器，建立月度检查记录','金超',2080000,'整改期间停止相关区域作业，配备应急器材','','closed','2026-07-07','魏磊');
INSERT INTO hazard VALUES(16,'bcf760fd-2983-49bb-9343-6584817efdad','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',3,'','',3,5,'卖场','卖场内货架占用疏散通道','fire','general','yellow','inspection','2026-07-05','on_spot','2026-07-05','调整货架布局，疏散通道宽度不小于1.4米','金超',0,'','','closed','2026-07-05','魏磊');
INSERT INTO hazard VALUES(17,'d3f8134f-c54d-4235-be7b-69ff422764a5','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',3,'','',3,5,'配电箱','配电箱门未上锁，箱内线路凌乱','electrical','general','blue','inspection','2026-07-05','on_spot','2026-07-05','整理箱内线路，加锁并指定专人管理','金超',15000,'','','closed','2026-07-05','魏磊');
INSERT INTO hazard VALUES(18,'4cb86f3c-a1d8-4e6f-91a3-5d8db05451c3','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',3,'','',3,5,'仓库','物品堆放过高，距照明灯具不足0.5米','fire','general','yellow','inspection','2026-07-05','on_spot','2026-07-05','降低堆垛高度，与灯具保持安全距离','金超',0,'','','closed','2026-07-05','魏磊');
INSERT INTO hazard VALUES(19,'27991690-f8da-49db-82fa-52cff31d8b49','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',3,'','',3,6,'仓库','物品堆放过高，距照明灯具不足0.5米','fire','general','yellow','inspection','2026-07-13','on_spot','2026-07-13','降低堆垛高度，与灯具保持安全距离','金超',45000,'','','closed','2026-07-13','刘秀英');
INSERT INTO hazard VALUES(20,'33da7c35-d2d2-4634-937c-cb12a0a60f19','2026-07-13T02:00:00Z','2026-07-17T02:00:00Z',4,'','',3,6,'教育培训','新员工三级安全教育记录不全','management','general','yellow','inspection','2026-07-13','deadline','2026-07-28','补充三级安全教育并建立培训档案','金超',2190000,'整改期间设置警示标志，落实专人监护','','closed','2026-07-17','刘秀英');
INSERT INTO hazard VALUES(21,'1d8127df-98d3-4819-ac32-4f7d4b5a8165','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',3,'','',3,6,'卖场','卖场内货架占用疏散通道','fire','general','blue','inspection','2026-07-13','on_spot','2026-07-13','调整货架布局，疏散通道宽度不小于1.4米','金超',0,'','','closed','2026-07-13','刘秀英');
INSERT INTO hazard VALUES(22,'fd8a250f-3cee-476b-828e-1d7025a18b91','2026-07-13T02:00:00Z','2026-07-27T02:00:00Z',4,'','',3,6,'店铺后间','经营、仓储与住宿“三合一”','fire','general','yellow','inspection','2026-07-13','deadline','2026-07-28','实施防火分隔，人员不得在店内住宿','金超',2670000,'制定临时管控措施，每日巡查','','closed','2026-07-27','刘秀英');
INSERT INTO hazard VALUES(23,'ddc052d9-4978-4dc0-9ebf-5fae50b0e828','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',3,'','',3,6,'卖场','卖场内货架占用疏散通道','fire','general','blue','inspection','2026-07-13','on_spot','2026-07-13','调整货架布局，疏散通道宽度不小于1.4米','金超',0,'','','closed','2026-07-13','刘秀英');
INSERT INTO hazard VALUES(24,'220899f2-b81f-4bd6-8c63-aba7c7b01b60','2026-07-22T02:00:00Z','2026-07-22T02:00:00Z',3,'','',6,7,'一楼大厅','电动自行车在门厅停放充电','fire','general','blue','inspection','2026-07-22','on_spot','2026-07-22','清理门厅车辆，设置室外充电桩','韩永刚',0,'','','closed','2026-07-22','曾勇');
INSERT INTO hazard VALUES(25,'8dc24069-79aa-4662-8687-beaed4f7896e','2026-07-22T02:00:00Z','2026-07-22T02:00:00Z',3,'','',6,7,'安全管理','未建立隐患排查治理台账','management','general','blue','inspection','2026-07-22','on_spot','2026-07-22','建立隐患排查治理台账','韩永刚',0,'','','closed','2026-07-22','曾勇');
INSERT INTO hazard VALUES(26,'525dd9dd-3e4d-47e0-aba9-ea7919d132f4','2026-08-15T02:00:00Z','2026-08-15T02:00:00Z',3,'','',4,NULL,'厂门口','员工上下班骑电动自行车未佩戴头盔','road_traffic','general','blue','snapshot','2026-08-15','on_spot','2026-08-15','开展交通安全教育，督促佩戴头盔','袁丽娟',0,'','','closed','2026-08-15','魏磊');
INSERT INTO hazard VALUES(27,'401ad2f9-d07c-4699-90d3-78f60537e7ea','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',3,'','',4,8,'仓库','仓库内使用碘钨灯照明','electrical','general','blue','self_check','2026-09-05','on_spot','2026-09-05','更换为LED冷光源灯具','袁丽娟',65000,'','','closed','2026-09-05','袁丽娟');
INSERT INTO hazard VALUES(28,'92355ca8-924e-419b-b33c-a9fafe73fda2','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',3,'','',4,8,'消火栓箱','室内消火栓箱内水带、水枪缺失','fire','general','blue','self_check','2026-09-05','on_spot','2026-09-05','补齐水带、水枪，定期检查消火栓','袁丽娟',0,'','','closed','2026-09-05','袁丽娟');
INSERT INTO hazard VALUES(29,'b7db1e2e-c1d2-4175-831c-e35fc31c1352','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',3,'','',4,8,'楼梯间','应急照明灯、疏散指示标志损坏','fire','general','blue','self_check','2026-09-05','on_spot','2026-09-05','维修更换应急照明灯和疏散指示标志','袁丽娟',70000,'','','closed','2026-09-05','袁丽娟');
INSERT INTO hazard VALUES(30,'65a1a8de-34ff-433b-b12a-a450330e3c74','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',3,'','',4,8,'仓库','仓库内使用碘钨灯照明','electrical','general','blue','self_check','2026-09-05','on_spot','2026-09-05','更换为LED冷光源灯具','袁丽娟',45000,'','','closed','2026-09-05','袁丽娟');
INSERT INTO hazard VALUES(31,'45e9627a-34e1-4413-b948-3cddd4c5ccc7','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',3,'','',4,8,'员工宿舍','宿舍内私拉电线为电动自行车充电','fire','general','blue','self_check','2026-09-05','on_spot','2026-09-05','拆除私拉线路，设置集中充电区域','袁丽娟',0,'','','closed','2026-09-05','袁丽娟');
INSERT INTO hazard VALUES(32,'1851a08a-3bed-4247-a7a8-ed17f95d945c','2026-09-26T02:00:00Z','2026-09-27T02:00:00Z',2,'','',5,9,'厨房','油烟道积油严重，未定期清洗','fire','general','yellow','inspection','2026-09-26','deadline','2026-10-26','委托专业单位清洗油烟道，每季度不少于一次','沈勇',2940000,'整改期间停止相关区域作业，配备应急器材','','rectifying',NULL,'');
INSERT INTO hazard VALUES(33,'eb6c6d07-62bd-45c1-89fc-1a25e5457c1f','2026-09-26T02:00:00Z','2026-09-26T02:00:00Z',3,'','',5,9,'配电箱','配电箱门未上锁，箱内线路凌乱','electrical','general','blue','inspection','2026-09-26','on_spot','2026-09-26','整理箱内线路，加锁并指定专人管理','沈勇',0,'','','closed','2026-09-26','金玉兰');
INSERT INTO hazard VALUES(34,'625eb703-ef93-42b0-9297-ed6b55618109','2026-09-26T02:00:00Z','2026-10-26T02:00:00Z',2,'','',5,9,'安全管理','未建立隐患排查治理台账','management','general','yellow','inspection','2026-09-26','deadline','2026-10-26','建立隐患排查治理台账','沈勇',770000,'整改期间设置警示标志，落实专人监护','','rectifying',NULL,'');
INSERT INTO hazard VALUES(35,'98a447b6-f2de-4ae3-8f30-036a632cc9e6','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',3,'','',8,10,'液化气瓶间','液化气钢瓶超期未检，与灶具距离不足','fire','general','yellow','inspection','2026-10-12','on_spot','2026-10-12','更换合格钢瓶，设置独立气瓶间','戴亮',40000,'','','closed','2026-10-12','魏磊');
INSERT INTO hazard VALUES(36,'a4264d69-49a1-4556-84ae-67b1137b36d9','2026-10-12T02:00:00Z','2026-10-26T02:00:00Z',4,'','',8,10,'安全管理','安全生产例会记录缺失','management','general','orange','inspection','2026-10-12','deadline','2026-10-22','每月召开安全例会并做好记录','戴亮',1660000,'整改期间设置警示标志，落实专人监护','','closed','2026-10-26','魏磊');
INSERT INTO hazard VALUES(37,'d5f04e3b-f7c1-4bef-b5d6-3c1bfb820f01','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',3,'','',8,10,'配电箱','配电箱门未上锁，箱内线路凌乱','electrical','general','yellow','inspection','2026-10-12','on_spot','2026-10-12','整理箱内线路，加锁并指定专人管理','戴亮',100000,'','','closed','2026-10-12','魏磊');
INSERT INTO hazard VALUES(38,'5aed21af-d07b-422a-a878-c86e56fbd945','2026-10-27T02:00:00Z','2026-11-18T02:00:00Z',2,'','',5,NULL,'液化气瓶间','液化气钢瓶超期未检，与灶具距离不足','fire','general','orange','snapshot','2026-10-27','deadline','2026-11-26','更换合格钢瓶，设置独立气瓶间','沈勇',2630000,'整改期间设置警示标志，落实专人监护','','rectifying',NULL,'');
INSERT INTO hazard VALUES(39,'1d7fb84a-85ea-4c29-b610-09a168240efb','2026-10-29T02:00:00Z','2026-10-29T02:00:00Z',3,'','',5,11,'液化气瓶间','液化气钢瓶超期未检，与灶具距离不足','fire','general','yellow','inspection','2026-10-29','on_spot','2026-10-29','更换合格钢瓶，设置独立气瓶间','沈勇',75000,'','','closed','2026-10-29','魏磊');
INSERT INTO hazard VALUES(40,'460cb2a7-50d4-4d68-b12e-b23836e1632e','2026-11-16T02:00:00Z','2026-11-16T02:00:00Z',3,'','',3,12,'店内','农药与食品、饲料混放','chemicals','general','blue','inspection','2026-11-16','on_spot','2026-11-16','设置农药专柜，与其他商品分开','金超',80000,'','','closed','2026-11-16','刘秀英');
CREATE TABLE rectification (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    hazard_id INTEGER NOT NULL REFERENCES hazard(id),
    date TEXT NOT NULL,
    description TEXT NOT NULL,
    cost_fen INTEGER NOT NULL DEFAULT 0,
    done_by TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT ''
);
INSERT INTO rectification VALUES(1,'2b170ca9-c6e3-4f7f-9118-f4d193517e33','2026-02-06T02:00:00Z','2026-02-06T02:00:00Z',1,'','',5,'2026-02-06','已完成主体整改，正在自查验收',560000,'韩永刚','整改前后照片');
INSERT INTO rectification VALUES(2,'9b8b8bc9-dcfc-4543-9949-4cecaef125d4','2026-02-05T02:00:00Z','2026-02-05T02:00:00Z',1,'','',7,'2026-02-05','已按整改措施完成整改，提交整改报告',145000,'韩永刚','整改报告');
INSERT INTO rectification VALUES(3,'8b570b8f-bf29-447c-a439-b65fff6afc6a','2026-02-08T02:00:00Z','2026-02-08T02:00:00Z',1,'','',7,'2026-02-08','已采购所需设备材料，正在组织施工',145000,'韩永刚','验收记录及照片');
INSERT INTO rectification VALUES(4,'17751359-20ad-48d7-8151-138770a047f3','2026-02-23T02:00:00Z','2026-02-23T02:00:00Z',1,'','',10,'2026-02-23','已制定整改方案，落实整改责任人和资金',830000,'金超','整改前后照片');
INSERT INTO rectification VALUES(5,'6e9a7c40-d44e-420a-a150-2db60d6f2792','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',1,'','',15,'2026-07-05','已组织相关人员专题培训并完善制度',2080000,'金超','整改报告');
INSERT INTO rectification VALUES(6,'b38d3edd-7719-4f39-b7d7-76ca7bcf46ec','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',1,'','',20,'2026-07-13','已委托专业单位实施整改',2190000,'金超','整改报告');
INSERT INTO rectification VALUES(7,'4231b34d-1cd9-4be4-aa4c-41aba29199dd','2026-07-14T02:00:00Z','2026-07-14T02:00:00Z',1,'','',22,'2026-07-14','已委托专业单位实施整改',2670000,'金超','整改报告');
INSERT INTO rectification VALUES(8,'1de9bfc1-647e-45d7-be7f-2b90b1a1f8f2','2026-09-27T02:00:00Z','2026-09-27T02:00:00Z',1,'','',32,'2026-09-27','已组织相关人员专题培训并完善制度',2940000,'沈勇','验收记录及照片');
INSERT INTO rectification VALUES(9,'e566b8d5-91d6-4e4c-8e8d-09f9644b9282','2026-10-26T02:00:00Z','2026-10-26T02:00:00Z',1,'','',34,'2026-10-26','已委托专业单位实施整改',770000,'沈勇','发票及整改前后照片');
INSERT INTO rectification VALUES(10,'3f940e79-7a33-401b-8cfd-929535e94c9e','2026-10-21T02:00:00Z','2026-10-21T02:00:00Z',1,'','',36,'2026-10-21','已按整改措施完成整改，提交整改报告',1660000,'戴亮','发票及整改前后照片');
INSERT INTO rectification VALUES(11,'cf0658c7-9994-4223-8c12-3bf392382396','2026-11-18T02:00:00Z','2026-11-18T02:00:00Z',1,'','',38,'2026-11-18','已委托专业单位实施整改',2630000,'沈勇','验收记录及照片');
CREATE TABLE verification (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    hazard_id INTEGER NOT NULL REFERENCES hazard(id),
    date TEXT NOT NULL,
    inspector TEXT NOT NULL,
    passed INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO verification VALUES(1,'6f8cff69-02b7-4242-9d9a-e78fb9342e9f','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',1,'','',1,'2026-01-27','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(2,'00e87289-d542-4092-b94c-d51b3cb06e3f','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',1,'','',2,'2026-01-27','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(3,'25ed7f32-1b3e-4ad9-a2e9-ec3f93b208f9','2026-01-27T02:00:00Z','2026-01-27T02:00:00Z',1,'','',3,'2026-01-27','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(4,'ad07054a-f255-4a9b-8cde-a2ec67e7450f','2026-02-03T02:00:00Z','2026-02-03T02:00:00Z',1,'','',4,'2026-02-03','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(5,'c9148caf-abcb-4d32-b667-587449c716dc','2026-02-07T02:00:00Z','2026-02-07T02:00:00Z',1,'','',5,'2026-02-07','刘秀英',1,'整改到位，复查合格');
INSERT INTO verification VALUES(6,'742245b2-c7d2-4503-b80f-ac5fe23b1ff4','2026-02-03T02:00:00Z','2026-02-03T02:00:00Z',1,'','',6,'2026-02-03','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(7,'1cb3779e-0177-49dd-81d2-9358199d49cb','2026-02-07T02:00:00Z','2026-02-07T02:00:00Z',1,'','',7,'2026-02-07','刘秀英',0,'整改材料不全，现场与整改报告不符');
INSERT INTO verification VALUES(8,'a9bb1615-9860-45a6-b46c-39bc27ccfaba','2026-02-09T02:00:00Z','2026-02-09T02:00:00Z',1,'','',7,'2026-02-09','刘秀英',1,'整改到位，复查合格');
INSERT INTO verification VALUES(9,'54f92e3c-44ad-4c05-adb6-3b84e2ffbe6e','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',1,'','',8,'2026-02-22','谭长春',1,'现场整改');
INSERT INTO verification VALUES(10,'d064caf2-37b4-4575-943f-3e8e6cace815','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',1,'','',9,'2026-02-22','谭长春',1,'现场整改');
INSERT INTO verification VALUES(11,'fa3bb3e3-6399-4da4-b598-d5c5580ac119','2026-03-04T02:00:00Z','2026-03-04T02:00:00Z',1,'','',10,'2026-03-04','谭长春',1,'整改到位，复查合格');
INSERT INTO verification VALUES(12,'f43704b9-7a7e-4217-b701-57cbfd1ed168','2026-02-22T02:00:00Z','2026-02-22T02:00:00Z',1,'','',11,'2026-02-22','谭长春',1,'现场整改');
INSERT INTO verification VALUES(13,'84292f30-9a5c-4b0b-aab2-e82660c76688','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',1,'','',12,'2026-06-20','袁斌',1,'现场整改');
INSERT INTO verification VALUES(14,'1ae97a5f-8726-4aba-8ab6-08ef1a89ce8a','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',1,'','',14,'2026-06-20','袁斌',1,'现场整改');
INSERT INTO verification VALUES(15,'98d4d058-27d2-4093-84a6-48b2646eb37a','2026-07-07T02:00:00Z','2026-07-07T02:00:00Z',1,'','',15,'2026-07-07','魏磊',1,'整改到位，复查合格');
INSERT INTO verification VALUES(16,'0b744fac-9477-49cb-b2b9-bd158ce2eb87','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',1,'','',16,'2026-07-05','魏磊',1,'现场整改');
INSERT INTO verification VALUES(17,'57336877-2a21-4f55-a1e0-7b4d3b3eb193','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',1,'','',17,'2026-07-05','魏磊',1,'现场整改');
INSERT INTO verification VALUES(18,'d1c627f4-70a5-4f07-bff6-9789db08bd55','2026-07-05T02:00:00Z','2026-07-05T02:00:00Z',1,'','',18,'2026-07-05','魏磊',1,'现场整改');
INSERT INTO verification VALUES(19,'bed5d4d3-9f36-468e-ae48-e1807adc5c52','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',1,'','',19,'2026-07-13','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(20,'d5a92044-bfdf-46c5-b466-3196c6e84896','2026-07-17T02:00:00Z','2026-07-17T02:00:00Z',1,'','',20,'2026-07-17','刘秀英',1,'整改到位，复查合格');
INSERT INTO verification VALUES(21,'efb0f035-c9a7-4d13-8360-fa74fdeaa5f2','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',1,'','',21,'2026-07-13','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(22,'5160bb3a-204c-451b-bd34-ccb026b99e20','2026-07-27T02:00:00Z','2026-07-27T02:00:00Z',1,'','',22,'2026-07-27','刘秀英',1,'整改到位，复查合格');
INSERT INTO verification VALUES(23,'f04750c2-bb4f-4d77-b77f-971325fe888a','2026-07-13T02:00:00Z','2026-07-13T02:00:00Z',1,'','',23,'2026-07-13','刘秀英',1,'现场整改');
INSERT INTO verification VALUES(24,'f21d9406-ce7a-4bc9-87e7-4263c8245312','2026-07-22T02:00:00Z','2026-07-22T02:00:00Z',1,'','',24,'2026-07-22','曾勇',1,'现场整改');
INSERT INTO verification VALUES(25,'b8ad8b84-fcbc-4fe4-a774-fbc9e2ccfc98','2026-07-22T02:00:00Z','2026-07-22T02:00:00Z',1,'','',25,'2026-07-22','曾勇',1,'现场整改');
INSERT INTO verification VALUES(26,'e7dcd3ea-af98-41ed-a4ba-421b71c0301c','2026-08-15T02:00:00Z','2026-08-15T02:00:00Z',1,'','',26,'2026-08-15','魏磊',1,'现场整改');
INSERT INTO verification VALUES(27,'92739af8-12f3-414b-94c4-e4aae0df3abb','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',27,'2026-09-05','袁丽娟',1,'现场整改');
INSERT INTO verification VALUES(28,'3704e2fd-7e64-4008-a279-1a91a4f8454b','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',28,'2026-09-05','袁丽娟',1,'现场整改');
INSERT INTO verification VALUES(29,'483027f3-3a41-4b22-b825-2fe9aeaf30f9','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',29,'2026-09-05','袁丽娟',1,'现场整改');
INSERT INTO verification VALUES(30,'75ccb869-2bfb-4ed1-a7e8-51de52b1be18','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',30,'2026-09-05','袁丽娟',1,'现场整改');
INSERT INTO verification VALUES(31,'dcfb8703-ed18-490f-bd28-181b8562ffe0','2026-09-05T02:00:00Z','2026-09-05T02:00:00Z',1,'','',31,'2026-09-05','袁丽娟',1,'现场整改');
INSERT INTO verification VALUES(32,'db8fc361-e0da-4451-a1ef-b7797d9937bd','2026-09-26T02:00:00Z','2026-09-26T02:00:00Z',1,'','',33,'2026-09-26','金玉兰',1,'现场整改');
INSERT INTO verification VALUES(33,'ea1e7d3c-71f6-4ab0-9d7d-0dc4453efbee','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',35,'2026-10-12','魏磊',1,'现场整改');
INSERT INTO verification VALUES(34,'286eac0f-a6bc-4a50-aa35-7922a3d791b8','2026-10-26T02:00:00Z','2026-10-26T02:00:00Z',1,'','',36,'2026-10-26','魏磊',1,'整改到位，复查合格');
INSERT INTO verification VALUES(35,'05f09e71-2920-4bc5-8069-759085bfd84d','2026-10-12T02:00:00Z','2026-10-12T02:00:00Z',1,'','',37,'2026-10-12','魏磊',1,'现场整改');
INSERT INTO verification VALUES(36,'b3533790-cdbf-4764-b2a5-f458217c2a89','2026-10-29T02:00:00Z','2026-10-29T02:00:00Z',1,'','',39,'2026-10-29','魏磊',1,'现场整改');
INSERT INTO verification VALUES(37,'aae860bf-8875-4c1b-9a3e-a95d5e6705a4','2026-11-16T02:00:00Z','2026-11-16T02:00:00Z',1,'','',40,'2026-11-16','刘秀英',1,'现场整改');
CREATE TABLE enforcement_document (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    inspection_id INTEGER REFERENCES inspection(id),
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    issued_on TEXT NOT NULL,
    deadline TEXT,
    issued_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE document_hazard (
    document_id INTEGER NOT NULL REFERENCES enforcement_document(id),
    hazard_id INTEGER NOT NULL REFERENCES hazard(id),
    PRIMARY KEY (document_id, hazard_id)
) WITHOUT ROWID;
CREATE TABLE penalty (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    decision_number TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    amount_fen INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE accident (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    occurred_on TEXT NOT NULL,
    occurred_time TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL,
    deaths INTEGER NOT NULL DEFAULT 0,
    serious_injuries INTEGER NOT NULL DEFAULT 0,
    minor_injuries INTEGER NOT NULL DEFAULT 0,
    direct_loss_fen INTEGER NOT NULL DEFAULT 0,
    reported_at TEXT NOT NULL DEFAULT '',
    investigation_closed INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    kind TEXT NOT NULL,
    date TEXT NOT NULL,
    title TEXT NOT NULL,
    participants INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);
INSERT INTO activity VALUES(1,'de9d79ed-83d7-4a89-a098-3e00a6011f6b','2026-01-08T02:00:00Z','2026-01-08T02:00:00Z',1,'','',2,'meeting','2026-01-08','2026年全镇安全生产暨春节前安全工作部署会',80,'部署春节前安全大检查和烟花爆竹安全管理工作');
INSERT INTO activity VALUES(2,'858998a3-0889-4f1b-9da5-347ffd514cbc','2026-02-24T02:00:00Z','2026-02-24T02:00:00Z',1,'','',2,'meeting','2026-02-24','2026年年度安全生产工作会议暨责任书签订大会',143,'镇政府与职能部门、村（社区）、园区及重点企业签订安全生产目标责任书');
INSERT INTO activity VALUES(3,'7c1bf7d6-28b6-43ac-8040-5ae28b83e088','2026-03-06T02:00:00Z','2026-03-06T02:00:00Z',1,'','',6,'training','2026-03-06','2026年新员工三级安全教育',52,'厂级、车间级、班组级教育，考试合格后上岗');
INSERT INTO activity VALUES(4,'607bc6bb-af39-442f-951d-a1dd93248714','2026-03-10T02:00:00Z','2026-03-10T02:00:00Z',1,'','',4,'training','2026-03-10','2026年进场工人安全教育及安全技术交底',87,'');
INSERT INTO activity VALUES(5,'f3c06e35-55dd-4d51-89ea-30e31629f8cd','2026-03-14T02:00:00Z','2026-03-14T02:00:00Z',1,'','',2,'training','2026-03-14','2026年企业主要负责人和安全管理人员安全生产培训班',151,'邀请县应急管理局专家授课');
INSERT INTO activity VALUES(6,'4efbb7cb-cd4b-423e-ae3f-bf9d42bf6269','2026-03-27T02:00:00Z','2026-03-27T02:00:00Z',1,'','',2,'meeting','2026-03-27','2026年安委会第一季度例会',29,'通报一季度隐患排查治理情况');
INSERT INTO activity VALUES(7,'e379ff43-fdae-40ca-8962-9c11e45c9272','2026-04-10T02:00:00Z','2026-04-10T02:00:00Z',1,'','',5,'training','2026-04-10','2026年园区特种作业人员复训',60,'');
INSERT INTO activity VALUES(8,'b4d1a0cf-912f-4379-bb68-922bf864b8d3','2026-04-22T02:00:00Z','2026-04-22T02:00:00Z',1,'','',3,'training','2026-04-22','2026年新员工三级安全教育',34,'');
INSERT INTO activity VALUES(9,'dae85e17-faa4-4e50-a003-1f6b429688e1','2026-05-08T02:00:00Z','2026-05-08T02:00:00Z',1,'','',6,'training','2026-05-08','2026年进场工人安全教育及安全技术交底',69,'');
INSERT INTO activity VALUES(10,'dffa8e05-a1a8-4410-81e2-dc3254c3740e','2026-05-12T02:00:00Z','2026-05-12T02:00:00Z',1,'','',2,'drill','2026-05-12','2026年防汛防地质灾害应急演练',78,'全国防灾减灾日');
INSERT INTO activity VALUES(11,'6f6159c9-ebce-4b25-b2f3-74aaf0a6fce4','2026-06-02T02:00:00Z','2026-06-02T02:00:00Z',1,'','',2,'publicity','2026-06-02','2026年“安全生产月”活动启动仪式',148,'悬挂横幅32条，张贴标语260余张');
INSERT INTO activity VALUES(12,'38f6c96b-0cab-403e-8382-d48437e744b9','2026-06-06T02:00:00Z','2026-06-06T02:00:00Z',1,'','',8,'meeting','2026-06-06','2026年园区“安全生产月”活动动员大会',51,'园区各企业主要负责人参加');
INSERT INTO activity VALUES(13,'aea61d94-7e2b-4762-8de0-9d7b72751835','2026-06-16T02:00:00Z','2026-06-16T02:00:00Z',1,'','',2,'publicity','2026-06-16','2026年安全宣传咨询日集中宣传活动',333,'发放宣传资料2800余份，接受群众咨询150余人次');
INSERT INTO activity VALUES(14,'53f364d6-ccc8-4fd5-8d31-726b724e7f89','2026-06-18T02:00:00Z','2026-06-18T02:00:00Z',1,'','',4,'drill','2026-06-18','2026年卸油作业火灾应急演练',13,'模拟接卸油品时发生火灾，演练持续15分钟');
INSERT INTO activity VALUES(15,'7ac8c947-1717-4af7-9c51-62d481c49242','2026-06-20T02:00:00Z','2026-06-20T02:00:00Z',1,'','',7,'drill','2026-06-20','2026年危险化学品泄漏应急演练',47,'');
INSERT INTO activity VALUES(16,'91a6ea1f-b951-4dc2-ba2e-f46b5df6c1a0','2026-06-24T02:00:00Z','2026-06-24T02:00:00Z',1,'','',6,'publicity','2026-06-24','2026年“安全生产进校园”主题宣传活动',559,'');
INSERT INTO activity VALUES(17,'56b8fa65-371c-4a36-a8ce-eed9d0986735','2026-06-26T02:00:00Z','2026-06-26T02:00:00Z',1,'','',2,'meeting','2026-06-26','2026年安委会第二季度例会',33,'');
INSERT INTO activity VALUES(18,'8dcedbfc-7572-41cb-92a3-a951dcccff74','2026-07-09T02:00:00Z','2026-07-09T02:00:00Z',1,'','',3,'drill','2026-07-09','2026年加氯间氯气泄漏应急演练',17,'');
INSERT INTO activity VALUES(19,'aeaf2308-9e4c-41eb-b926-fe51cff29f17','2026-07-15T02:00:00Z','2026-07-15T02:00:00Z',1,'','',4,'training','2026-07-15','2026年新员工三级安全教育',54,'');
INSERT INTO activity VALUES(20,'33b555d9-4914-4b59-98cd-f6df5a2b7aac','2026-08-14T02:00:00Z','2026-08-14T02:00:00Z',1,'','',8,'training','2026-08-14','2026年粉尘防爆安全专题培训',40,'');
INSERT INTO activity VALUES(21,'7f11ade0-be63-47d3-8c25-445cf8b5d716','2026-09-04T02:00:00Z','2026-09-04T02:00:00Z',1,'','',5,'drill','2026-09-04','2026年秋季开学消防应急疏散演练',598,'');
INSERT INTO activity VALUES(22,'7ff10a38-2980-419c-91bb-bd2146b4a28a','2026-09-18T02:00:00Z','2026-09-18T02:00:00Z',1,'','',4,'training','2026-09-18','2026年特种作业人员安全培训',23,'');
INSERT INTO activity VALUES(23,'f96c01d1-8442-4084-8b08-be5e49348f5d','2026-09-25T02:00:00Z','2026-09-25T02:00:00Z',1,'','',2,'meeting','2026-09-25','2026年安委会第三季度例会',30,'');
INSERT INTO activity VALUES(24,'3155ad39-c05c-42f2-afa2-9b14318aeea4','2026-10-16T02:00:00Z','2026-10-16T02:00:00Z',1,'','',8,'drill','2026-10-16','2026年酒店消防应急疏散演练',38,'');
INSERT INTO activity VALUES(25,'84c74af0-60cb-4bbd-8272-ed66611b91bc','2026-10-22T02:00:00Z','2026-10-22T02:00:00Z',1,'','',8,'drill','2026-10-22','2026年硝化反应失控应急处置演练',38,'');
INSERT INTO activity VALUES(26,'2feaa894-9355-4ad9-a8df-34e121e2b90d','2026-11-09T02:00:00Z','2026-11-09T02:00:00Z',1,'','',6,'drill','2026-11-09','2026年“119”消防日应急疏散演练',528,'');
INSERT INTO activity VALUES(27,'66783299-27a7-4200-96f9-5a1dbe64111e','2026-11-12T02:00:00Z','2026-11-12T02:00:00Z',1,'','',2,'training','2026-11-12','2026年人员密集场所消防安全培训',75,'');
INSERT INTO activity VALUES(28,'c78c9012-a8a5-4a61-81b7-9decb52075b4','2026-11-18T02:00:00Z','2026-11-18T02:00:00Z',1,'','',7,'drill','2026-11-18','2026年商场消防应急疏散演练',121,'');
CREATE TABLE attachment (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    owner_table TEXT NOT NULL,
    owner_id INTEGER NOT NULL,
    role TEXT NOT NULL,
    file_name TEXT NOT NULL,
    mime_type TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE audit (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    operator TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    action TEXT NOT NULL,
    before TEXT NOT NULL DEFAULT '',
    after TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit VALUES(1,'2026-11-25T13:48:19Z','safeledger-cli','accident','','generate','','{"from":"2026-01-01","rows":0,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(2,'2026-11-25T13:48:19Z','safeledger-cli','activity','','generate','','{"from":"2026-01-01","rows":28,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(3,'2026-11-25T13:48:19Z','safeledger-cli','agreement','','generate','','{"from":"2026-01-01","rows":7,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(4,'2026-11-25T13:48:19Z','safeledger-cli','certificate','','generate','','{"from":"2026-01-01","rows":6,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(5,'2026-11-25T13:48:19Z','safeledger-cli','checklist_template','','generate','','{"from":"2026-01-01","rows":8,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(6,'2026-11-25T13:48:19Z','safeledger-cli','enforcement_document','','generate','','{"from":"2026-01-01","rows":0,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(7,'2026-11-25T13:48:19Z','safeledger-cli','hazard','','generate','','{"from":"2026-01-01","rows":40,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(8,'2026-11-25T13:48:19Z','safeledger-cli','inspection','','generate','','{"from":"2026-01-01","rows":12,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(9,'2026-11-25T13:48:19Z','safeledger-cli','inspection_item','','generate','','{"from":"2026-01-01","rows":7,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(10,'2026-11-25T13:48:19Z','safeledger-cli','org','','generate','','{"from":"2026-01-01","rows":8,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(11,'2026-11-25T13:48:19Z','safeledger-cli','penalty','','generate','','{"from":"2026-01-01","rows":0,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(12,'2026-11-25T13:48:19Z','safeledger-cli','person','','generate','','{"from":"2026-01-01","rows":14,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(13,'2026-11-25T13:48:19Z','safeledger-cli','rectification','','generate','','{"from":"2026-01-01","rows":11,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(14,'2026-11-25T13:48:19Z','safeledger-cli','template_item','','generate','','{"from":"2026-01-01","rows":82,"seed":3,"to":"2026-11-25","years":1}');
INSERT INTO audit VALUES(15,'2026-11-25T13:48:19Z','safeledger-cli','verification','','generate','','{"from":"2026-01-01","rows":37,"seed":3,"to":"2026-11-25","years":1}');
CREATE TABLE report_text (
    org_id INTEGER NOT NULL REFERENCES org(id),
    year INTEGER NOT NULL,
    section TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    modified_at TEXT NOT NULL,
    PRIMARY KEY (org_id, year, section)
) WITHOUT ROWID;
CREATE INDEX org_parent ON org(parent_id);
CREATE INDEX org_path ON org(path);
CREATE INDEX org_name ON org(name);
CREATE INDEX org_credit_code ON org(credit_code) WHERE credit_code <> '';
CREATE INDEX person_org ON person(org_id);
CREATE INDEX certificate_person ON certificate(person_id);
CREATE INDEX agreement_year_a ON agreement(year, party_a_id);
CREATE INDEX agreement_b_year ON agreement(party_b_id, year);
CREATE INDEX template_item_template ON template_item(template_id, seq);
CREATE INDEX inspection_date ON inspection(date);
CREATE INDEX inspection_org_date ON inspection(org_id, date);
CREATE INDEX inspection_item_inspection ON inspection_item(inspection_id, seq);
CREATE INDEX hazard_found ON hazard(found_on);
CREATE INDEX hazard_org_found ON hazard(org_id, found_on);
CREATE INDEX hazard_inspection ON hazard(inspection_id) WHERE inspection_id IS NOT NULL;
CREATE INDEX hazard_open_deadline ON hazard(deadline) WHERE status IN ('registered','rectifying','awaiting_verification');
CREATE INDEX hazard_status_found ON hazard(status, found_on);
CREATE INDEX hazard_major ON hazard(grade, found_on) WHERE grade = 'major';
CREATE INDEX rectification_hazard ON rectification(hazard_id, date);
CREATE INDEX verification_hazard ON verification(hazard_id, date);
CREATE INDEX enforcement_document_issued ON enforcement_document(issued_on);
CREATE INDEX enforcement_document_org ON enforcement_document(org_id, issued_on);
CREATE INDEX document_hazard_hazard ON document_hazard(hazard_id);
CREATE INDEX penalty_decided ON penalty(decided_on);
CREATE INDEX penalty_org ON penalty(org_id, decided_on);
CREATE INDEX accident_occurred ON accident(occurred_on);
CREATE INDEX accident_org ON accident(org_id, occurred_on);
CREATE INDEX activity_date ON activity(date);
CREATE INDEX activity_org ON activity(org_id, date);
CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);
CREATE INDEX audit_entity ON audit(entity_uuid, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
COMMIT;
