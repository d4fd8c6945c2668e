-- SafeLedger schema, step 10: people as registers of certificate holders identify them (issue 18).

-- The citizen identity number (公民身份号码, GB 11643-1999), checked by the core when given; empty
-- for people entered without it. A person import recognises people already there by it.
ALTER TABLE person ADD COLUMN id_number TEXT NOT NULL DEFAULT '';
CREATE INDEX person_id_number ON person(id_number) WHERE id_number <> '';

-- A certificate already there is recognised by its number.
CREATE INDEX certificate_number ON certificate(number);
