-- Step 4: indexes for the county-scale lists and figures (docs/performance.md).

-- The list in id order (its "number" column) is read from the table itself; this narrow index lets
-- a jump to row N count its way through ids alone instead of through whole rows.
CREATE INDEX IF NOT EXISTS hazard_id ON hazard(id);

-- Closed hazards by closure date (docs/figures.md): a past day's overdue figure and the monthly
-- closures read only the hazards closed after that day or in the period, instead of every closed
-- hazard found up to it. Statistics uses it when it exists. Last year's figures for a county of a
-- million hazards: 0.40 s of CPU without it, 0.14 s with it (docs/performance.md).
CREATE INDEX IF NOT EXISTS hazard_closed ON hazard(closed_on, deadline, org_id) WHERE status = 'closed';

-- A unit's agreements in its archive, as party A or B: with only (year, party_a_id) SQLite walks
-- every agreement of every year for party A (250 ms for the county's root among 200,000
-- agreements); with this, both sides are index searches (3 ms).
CREATE INDEX IF NOT EXISTS agreement_a_year ON agreement(party_a_id, year);
