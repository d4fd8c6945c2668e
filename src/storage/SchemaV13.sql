-- SafeLedger schema, step 13: grids (网格) as records (issue 17).

-- A grid belongs to a unit (a town, a park) and is looked after by its officers (网格员, 监管员).
-- org.grid stays as the unit's free-text grid name from before; the figures by grid read these.
CREATE TABLE grid (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    org_id INTEGER NOT NULL REFERENCES org(id),
    name TEXT NOT NULL CHECK (name <> ''),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX grid_org ON grid(org_id);

-- A unit assigned to a grid, or an officer serving in it, from starts_on through ends_on (NULL:
-- still). A move to another grid ends one row and starts the next, so the history stays. A unit is
-- in at most one grid on any day (RecordService refuses an overlap).
CREATE TABLE grid_member (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    grid_id INTEGER NOT NULL REFERENCES grid(id),
    org_id INTEGER REFERENCES org(id),
    person_id INTEGER REFERENCES person(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    CHECK ((org_id IS NULL) <> (person_id IS NULL)),
    CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX grid_member_grid ON grid_member(grid_id, starts_on);
CREATE INDEX grid_member_org ON grid_member(org_id, starts_on) WHERE org_id IS NOT NULL;
CREATE INDEX grid_member_person ON grid_member(person_id) WHERE person_id IS NOT NULL;
