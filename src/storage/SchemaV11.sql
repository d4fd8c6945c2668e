-- SafeLedger schema, step 11: the re-inspection pass rate (复查合格率, issue 17).

-- The figure counts the standing verifications dated in a period, of hazards rectified with a
-- deadline or a suspension and not voided. Without these two indexes every figure of a year would
-- read every verification ever recorded, or the whole row of each one and of its hazard: on a
-- county of a million hazards the year's count takes 13 ms through them, 44 ms through the
-- tables (docs/performance.md). Statistics' SQL repeats both WHERE clauses word for word.
CREATE INDEX verification_date ON verification(date, hazard_id, passed) WHERE voided_at = '';
CREATE INDEX hazard_reinspected ON hazard(id, org_id)
    WHERE mode IN ('deadline','suspension') AND status <> 'voided';
