-- 006: each computer numbers its exports, so that "newer" never depends on a computer's clock
-- (an old cultural-house PC with a flat CMOS battery wakes up in the year 2000 or so).
ALTER TABLE installation ADD COLUMN exports_made INTEGER NOT NULL DEFAULT 0;
-- The kept import's number; empty for files imported before numbers existed.
ALTER TABLE imports ADD COLUMN export_number INTEGER;
