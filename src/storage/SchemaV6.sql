-- SafeLedger schema, step 6: who reported a hazard that no inspection found.
-- A hazard from a public report (群众举报), a photo sent in (随手拍), an enterprise's self-check or
-- a higher authority's visit (上级督查) is registered without an inspection (inspection_id NULL);
-- reported_by keeps who reported it and how to reach them. Older rows keep ''.
-- No row is migrated: the demo and the generator have always stored such hazards without an
-- inspection, and an older build's GUI stored every hazard under a real inspection record, which
-- nothing can tell apart from one the officer made up (docs/figures.md).
ALTER TABLE hazard ADD COLUMN reported_by TEXT NOT NULL DEFAULT '';

-- An inspection's page lists the documents issued at it.
CREATE INDEX enforcement_document_inspection ON enforcement_document(inspection_id) WHERE inspection_id IS NOT NULL;

-- Enforcement documents are numbered by SafeLedger (RecordService::addDocument, docs/schema.md):
-- one running number per issuing body (issued_by as written), kind and year. The counter only
-- grows: a number once given is never given again, also after its document is voided.
CREATE TABLE document_counter (
    issued_by TEXT NOT NULL,
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (issued_by, kind, year)
) WITHOUT ROWID;
-- A typed number is refused when any document already has it.
CREATE INDEX enforcement_document_number ON enforcement_document(number) WHERE number <> '';

-- Settings that belong to the ledger, not to one user's computer: the document number pattern
-- ('document_number_pattern', DocumentNumber). Absent keys take the program's defaults.
CREATE TABLE ledger_setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
