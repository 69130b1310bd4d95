-- 008: a measured "before → after" and the national basic skills.
--
-- Hamlet side: an attempt may open with a short pre-check (its first `pre_steps` plan items,
-- drawn from the final check's pool and left out of that attempt's final check). The learner
-- may skip it with one press; its score is kept when its last item is answered.
ALTER TABLE attempts ADD COLUMN pre_steps INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN pre_skipped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE attempts ADD COLUMN pre_correct INTEGER;

-- Commune side: each kept file says which lessons teach which of CV 3240's five skills
-- (JSON: [{"id": skill, "lessons": [lesson ids]}]), and each pass whether it came with a
-- measured improvement (1), was measured without one (0), or was not measured (NULL).
ALTER TABLE imports ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
ALTER TABLE imported_passes ADD COLUMN improved INTEGER;

-- The breakdown gains two dimensions: persons per basic skill, and persons whose pass of a
-- core lesson showed a measured improvement. The table is derived data: it is rebuilt, and
-- every hamlet is tallied again at the next report (tallied_year 0 never matches a year).
DROP TABLE hamlet_breakdown;
CREATE TABLE hamlet_breakdown (
    hamlet_key TEXT NOT NULL REFERENCES hamlet_tallies (hamlet_key) ON DELETE CASCADE,
    dimension  TEXT NOT NULL CHECK (dimension IN ('lesson', 'age', 'gender', 'skill', 'improved')),
    value      TEXT NOT NULL,
    persons    INTEGER NOT NULL,
    skilled    INTEGER NOT NULL,
    PRIMARY KEY (hamlet_key, dimension, value)
);
UPDATE hamlet_tallies SET tallied_year = 0;
