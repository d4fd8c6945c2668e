-- SafeLedger schema, step 14: inspection plans (检查计划) for a grid or an officer (issue 17).

-- A plan for a year (month NULL) or one month of it: a monthly quota of inspections (家次) and of
-- different units, and/or how often each unit is inspected by its risk colour, in months that
-- divide the year (0: no quota, no rule). A month's plan holds quotas only. One live plan per grid
-- or officer and period (RecordService refuses a second).
CREATE TABLE inspection_plan (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL, modified_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
    void_reason TEXT NOT NULL DEFAULT '', voided_at TEXT NOT NULL DEFAULT '',
    grid_id INTEGER REFERENCES grid(id),
    person_id INTEGER REFERENCES person(id),
    year INTEGER NOT NULL,
    month INTEGER CHECK (month BETWEEN 1 AND 12),
    monthly_inspections INTEGER NOT NULL DEFAULT 0 CHECK (monthly_inspections >= 0),
    monthly_units INTEGER NOT NULL DEFAULT 0 CHECK (monthly_units >= 0),
    every_red INTEGER NOT NULL DEFAULT 0 CHECK (every_red IN (0, 1, 2, 3, 4, 6, 12)),
    every_orange INTEGER NOT NULL DEFAULT 0 CHECK (every_orange IN (0, 1, 2, 3, 4, 6, 12)),
    every_yellow INTEGER NOT NULL DEFAULT 0 CHECK (every_yellow IN (0, 1, 2, 3, 4, 6, 12)),
    every_blue INTEGER NOT NULL DEFAULT 0 CHECK (every_blue IN (0, 1, 2, 3, 4, 6, 12)),
    every_other INTEGER NOT NULL DEFAULT 0 CHECK (every_other IN (0, 1, 2, 3, 4, 6, 12)),
    note TEXT NOT NULL DEFAULT '',
    CHECK ((grid_id IS NULL) <> (person_id IS NULL))
);
CREATE INDEX inspection_plan_year ON inspection_plan(year, month);
