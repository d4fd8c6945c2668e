-- SafeLedger schema, step 5: the annual summary's prose (存在问题, 下一步工作计划) as records.
-- Version 1's report_text kept one unversioned row per unit, year and section; two editors could
-- overwrite each other unseen and nothing was audited. report_note is a record like the others:
-- uuid, row version (a stale save is refused), void mark, and an audit row for every write
-- (ReportNotes, docs/reports.md). report_text stays for older builds; nothing writes it any more.
CREATE TABLE report_note (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER REFERENCES org(id), -- NULL: the whole database
    year INTEGER NOT NULL,
    section TEXT NOT NULL,             -- 'problems' (存在问题) | 'plan' (下一步工作计划)
    body TEXT NOT NULL DEFAULT ''
);
-- One live note per unit, year and section.
CREATE UNIQUE INDEX report_note_key ON report_note(ifnull(org_id, 0), year, section) WHERE voided_at = '';

-- Whatever an older build kept in report_text (org_id 0 or an unknown unit meaning none).
INSERT INTO report_note (uuid, created_at, modified_at, org_id, year, section, body)
SELECT substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
           substr('89ab', 1 + (random() & 3), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12),
       t.modified_at, t.modified_at, (SELECT o.id FROM org o WHERE o.id = t.org_id), t.year, t.section, t.body
FROM (SELECT lower(hex(randomblob(16))) AS h, * FROM report_text) t;
