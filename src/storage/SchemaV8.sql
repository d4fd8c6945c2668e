-- SafeLedger schema, step 8: signed exchange packages and sign-off (issue 13).

-- The ledger's own Ed25519 key pair (libsodium), made the first time the ledger exports a package
-- while open for writing. Packages it exports carry a signature made with the secret key; a ledger
-- that trusts the public key can tell that a package came from this ledger and was not changed
-- after it was signed. The secret key is kept here, in the file: whoever has the file can sign as
-- this ledger (docs/accounts-and-audit.md says what that does and does not prove).
CREATE TABLE ledger_key (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    public_key TEXT NOT NULL,
    secret_key TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- The keys of the ledgers (laptops, other offices) whose packages this ledger accepts, registered
-- by an administrator. Registering and removing a key is written to the audit trail.
CREATE TABLE trusted_key (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    public_key TEXT NOT NULL UNIQUE,
    label TEXT NOT NULL CHECK (label <> ''),
    added_at TEXT NOT NULL,
    added_by TEXT NOT NULL
);

-- Sign-off: the account that recorded a verification (and so a closure, 销号) or issued a document,
-- and its full name then ('' before this step and where the ledger keeps no accounts). Printouts
-- carry the name, and the account's signature image when it has one.
ALTER TABLE verification ADD COLUMN signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE verification ADD COLUMN signed_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE enforcement_document ADD COLUMN signed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE enforcement_document ADD COLUMN signed_by_name TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN signature BLOB;
