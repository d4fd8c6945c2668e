-- SafeLedger schema, step 9: the working calendar's own days (issue 14).

-- Holiday files imported by an administrator (a year's State Council notice that came out after
-- this version shipped, or a correction), kept as the file's text in the format of
-- docs/calendar.md. A year here replaces the shipped file of the same year.
CREATE TABLE calendar_year (
    year INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2999),
    source TEXT NOT NULL CHECK (source <> ''),
    text TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL
);

-- A unit's local days over the notices: a day off (a local holiday) or a day worked. Deadlines
-- given in working days and the due list count them.
CREATE TABLE calendar_day (
    day TEXT PRIMARY KEY CHECK (day GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
    working INTEGER NOT NULL CHECK (working IN (0, 1)),
    name TEXT NOT NULL CHECK (name <> ''),
    set_at TEXT NOT NULL,
    set_by TEXT NOT NULL
);

-- Extension requests (延期申请): a request to move a hazard's deadline and its decision. An
-- approval sets hazard.deadline to requested_deadline on decided_on; previous_deadline keeps the
-- deadline it replaced, so the deadline in force on any earlier day can be told (overdue as of a
-- past day counts against it). Decided requests never change; deadlines only move later, and an
-- approved one never lies before its decision.
CREATE TABLE extension_request (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    hazard_id INTEGER NOT NULL REFERENCES hazard(id),
    requested_on TEXT NOT NULL,
    previous_deadline TEXT NOT NULL,
    requested_deadline TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (reason <> ''),
    requested_by TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'refused', 'withdrawn')),
    decided_on TEXT,
    decided_by TEXT NOT NULL DEFAULT '',
    decision_note TEXT NOT NULL DEFAULT '',
    signed_by TEXT NOT NULL DEFAULT '',
    signed_by_name TEXT NOT NULL DEFAULT '',
    CHECK (requested_deadline > previous_deadline),
    CHECK ((decision = 'pending') = (decided_on IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= requested_on),
    CHECK (decision <> 'approved' OR requested_deadline >= decided_on)
);
CREATE INDEX extension_hazard ON extension_request(hazard_id, requested_on);
-- Approvals by decision day: "extended" figures of a period, and overdue as of a past day.
CREATE INDEX extension_approved ON extension_request(decided_on) WHERE decision = 'approved';
-- The requests awaiting a decision (the manager's to-do).
CREATE INDEX extension_pending ON extension_request(requested_on) WHERE decision = 'pending';
