-- SafeLedger schema, version 2: free-text search over hazards and the hazard list's sort by deadline.

-- Chinese is written without spaces, so a word index would not find "灭火器" inside
-- "部分灭火器压力不足". The trigram tokenizer indexes every run of three characters, so any text of
-- three or more characters is found wherever it occurs (shorter queries fall back to LIKE in
-- HazardQuery). External content: the index reads the text from hazard itself and keeps no
-- second copy; the triggers below keep it in step with every insert, edit and delete.
CREATE VIRTUAL TABLE hazard_fts USING fts5(
    description, location, content = 'hazard', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER hazard_fts_insert AFTER INSERT ON hazard BEGIN
    INSERT INTO hazard_fts (rowid, description, location) VALUES (new.id, new.description, new.location);
END;
CREATE TRIGGER hazard_fts_delete AFTER DELETE ON hazard BEGIN
    INSERT INTO hazard_fts (hazard_fts, rowid, description, location)
        VALUES ('delete', old.id, old.description, old.location);
END;
-- Every save of a hazard rewrites all its columns; only a real change of its text touches the index.
CREATE TRIGGER hazard_fts_update AFTER UPDATE OF description, location ON hazard
WHEN old.description IS NOT new.description OR old.location IS NOT new.location BEGIN
    INSERT INTO hazard_fts (hazard_fts, rowid, description, location)
        VALUES ('delete', old.id, old.description, old.location);
    INSERT INTO hazard_fts (rowid, description, location) VALUES (new.id, new.description, new.location);
END;
-- The hazards stored before this step.
INSERT INTO hazard_fts (hazard_fts) VALUES ('rebuild');

-- The hazard list sorted by deadline, read in index order a page at a time (keyset pagination).
-- ifnull: a hazard without a deadline sorts first, and the key is never NULL, which a row-value
-- comparison (key, id) > (?, ?) would silently drop.
CREATE INDEX hazard_deadline ON hazard(ifnull(deadline, ''));
