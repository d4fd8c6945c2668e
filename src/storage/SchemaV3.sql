-- SafeLedger schema, step 3: data exchange between databases (JSON packages, docs/exchange-format.md).
-- Officers work offline on their own laptops; an import must tell a record changed on one side
-- from one changed on both sides since the two databases last met. Each database remembers the
-- fingerprints of the versions of each record it has exported or imported: a package record whose
-- fingerprint is known here is an older version of ours; a package record that lists our version
-- among its ancestors is newer than ours; anything else changed on both sides (a conflict).

-- This database's identity, written into the packages it exports.
CREATE TABLE sync_self (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    database_id TEXT NOT NULL
);
INSERT INTO sync_self (singleton, database_id)
SELECT 1, substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-' ||
          substr('89ab', 1 + (random() & 3), 1) || substr(h, 18, 3) || '-' || substr(h, 21, 12)
FROM (SELECT lower(hex(randomblob(16))) AS h);

-- Versions of records this database has sent or received, by record UUID.
CREATE TABLE sync_state (
    entity_uuid TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (entity_uuid, fingerprint)
) WITHOUT ROWID;

-- Every package exported or imported: which databases this one has met, and when.
CREATE TABLE sync_package (
    package_id TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
    peer_database_id TEXT NOT NULL DEFAULT '', -- the exporting database of an imported package
    created_at TEXT NOT NULL,                  -- when the package was written
    processed_at TEXT NOT NULL,                -- when it was exported or imported here
    operator TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}'         -- JSON: records per table and action
) WITHOUT ROWID;

-- Conflicts the user has not decided yet: the package's version kept beside ours (which stays in
-- force) until the user chooses. Nothing is overwritten silently.
CREATE TABLE sync_conflict (
    id INTEGER PRIMARY KEY,
    entity TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    incoming TEXT NOT NULL,              -- the package's version of the record (package JSON)
    incoming_fingerprint TEXT NOT NULL,
    local_fingerprint TEXT NOT NULL,     -- our version when the conflict was found
    package_id TEXT NOT NULL,
    detected_at TEXT NOT NULL,
    resolved_at TEXT NOT NULL DEFAULT '',
    resolution TEXT NOT NULL DEFAULT '', -- 'local' | 'incoming' once decided
    UNIQUE (entity_uuid, incoming_fingerprint)
);
CREATE INDEX sync_conflict_open ON sync_conflict(entity_uuid) WHERE resolved_at = '';
