-- SafeLedger schema, version 1. Every table of records carries the same bookkeeping columns:
-- uuid (identity across laptops), created_at/modified_at (UTC ISO), version (row version for
-- refusing blind overwrites), void_reason/voided_at (records are voided, never deleted).
-- Dates are ISO text "YYYY-MM-DD" so that they sort and compare as text; money is integer fen.

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
CREATE INDEX org_parent ON org(parent_id);
CREATE INDEX org_path ON org(path);
CREATE INDEX org_name ON org(name);
CREATE INDEX org_credit_code ON org(credit_code) WHERE credit_code <> '';

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
CREATE INDEX person_org ON person(org_id);

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
CREATE INDEX certificate_person ON certificate(person_id);

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
CREATE INDEX agreement_year_a ON agreement(year, party_a_id);
CREATE INDEX agreement_b_year ON agreement(party_b_id, year);

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
CREATE INDEX template_item_template ON template_item(template_id, seq);

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
CREATE INDEX inspection_date ON inspection(date);
CREATE INDEX inspection_org_date ON inspection(org_id, date);

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
CREATE INDEX inspection_item_inspection ON inspection_item(inspection_id, seq);

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
CREATE INDEX hazard_found ON hazard(found_on);
CREATE INDEX hazard_org_found ON hazard(org_id, found_on);
CREATE INDEX hazard_inspection ON hazard(inspection_id) WHERE inspection_id IS NOT NULL;
-- Open hazards by deadline: the overdue list and the "overdue now" figure read only open rows.
CREATE INDEX hazard_open_deadline ON hazard(deadline) WHERE status IN ('registered','rectifying','awaiting_verification');
CREATE INDEX hazard_status_found ON hazard(status, found_on);
CREATE INDEX hazard_major ON hazard(grade, found_on) WHERE grade = 'major';

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
CREATE INDEX rectification_hazard ON rectification(hazard_id, date);

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
CREATE INDEX verification_hazard ON verification(hazard_id, date);

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
CREATE INDEX enforcement_document_issued ON enforcement_document(issued_on);
CREATE INDEX enforcement_document_org ON enforcement_document(org_id, issued_on);

CREATE TABLE document_hazard (
    document_id INTEGER NOT NULL REFERENCES enforcement_document(id),
    hazard_id INTEGER NOT NULL REFERENCES hazard(id),
    PRIMARY KEY (document_id, hazard_id)
) WITHOUT ROWID;
CREATE INDEX document_hazard_hazard ON document_hazard(hazard_id);

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
CREATE INDEX penalty_decided ON penalty(decided_on);
CREATE INDEX penalty_org ON penalty(org_id, decided_on);

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
CREATE INDEX accident_occurred ON accident(occurred_on);
CREATE INDEX accident_org ON accident(org_id, occurred_on);

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
CREATE INDEX activity_date ON activity(date);
CREATE INDEX activity_org ON activity(org_id, date);

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
CREATE INDEX attachment_owner ON attachment(owner_table, owner_id);

-- The audit trail: append-only, written in the same transaction as the change it records.
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
CREATE INDEX audit_entity ON audit(entity_uuid, id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;

-- Prose of the annual summary (存在问题, 下一步工作计划), kept with the unit and the year.
CREATE TABLE report_text (
    org_id INTEGER NOT NULL REFERENCES org(id),
    year INTEGER NOT NULL,
    section TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    modified_at TEXT NOT NULL,
    PRIMARY KEY (org_id, year, section)
) WITHOUT ROWID;
