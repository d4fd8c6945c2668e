-- SafeLedger schema, step 7: accounts, and an audit trail that shows tampering (issue 13).

-- Who may open and change the ledger. The password is kept only as libsodium's Argon2id string
-- (crypto_pwhash_str: algorithm, cost, salt and hash), never as itself. A database without rows
-- here lets whoever opens it do everything, as every database did before this step.
CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'officer', 'manager', 'administrator')),
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL
);

-- Every audit row names the account that wrote it ('' before this step, and in a database without
-- accounts) and carries the hash chain: hash = SHA-256 of the previous row's hash and this row's
-- own content (docs/audit-trail.md). Rows written before this step are sealed into the chain by
-- the migration, in their order, with their operator names as they were.
ALTER TABLE audit ADD COLUMN account TEXT NOT NULL DEFAULT '';
ALTER TABLE audit ADD COLUMN hash TEXT NOT NULL DEFAULT '';
DROP TRIGGER audit_no_update;
-- @seal: the program hashes the rows already written here (schema::sealAuditTrail).
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
