-- SafeLedger schema, step 12: special campaigns (专项行动) as records (issue 17).

-- A campaign gives a name its days, its issuing document, its phases and its scope: the
-- inspections that carry the name (inspection.campaign), fall within the days and are of a unit
-- under the lead unit belong to it (docs/figures.md). Two live campaigns of one name never share a
-- day, so an inspection belongs to at most one record (RecordService refuses the overlap).
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    name TEXT NOT NULL CHECK (name <> ''),
    document TEXT NOT NULL DEFAULT '',
    lead_org_id INTEGER NOT NULL REFERENCES org(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    phases TEXT NOT NULL DEFAULT '[]',  -- JSON array of {"name", "starts_on", "ends_on"}
    sectors TEXT NOT NULL DEFAULT '[]', -- JSON array of sector codes; empty: every sector
    note TEXT NOT NULL DEFAULT '',
    CHECK (ends_on >= starts_on)
);
CREATE INDEX campaign_days ON campaign(starts_on, ends_on);
CREATE INDEX campaign_name ON campaign(name, starts_on);
-- The inspections of a campaign: its name and its days.
CREATE INDEX inspection_campaign ON inspection(campaign, date) WHERE campaign <> '';
