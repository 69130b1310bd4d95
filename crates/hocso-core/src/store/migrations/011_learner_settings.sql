-- Issue 14: a picture a learner finds themselves by on the picker, and how each learner likes
-- the screen and the voice. Kept on the learner's own row, so removing a learner removes them.
ALTER TABLE learners ADD COLUMN picture TEXT;
-- Read each new step aloud by itself (0/1).
ALTER TABLE learners ADD COLUMN read_aloud INTEGER NOT NULL DEFAULT 0;
-- The voice speaks slowly (1) or at a normal pace (0).
ALTER TABLE learners ADD COLUMN slow_voice INTEGER NOT NULL DEFAULT 1;
-- 0 normal (22 px), 1 large (25 px), 2 largest (28 px).
ALTER TABLE learners ADD COLUMN text_size INTEGER NOT NULL DEFAULT 0;
ALTER TABLE learners ADD COLUMN high_contrast INTEGER NOT NULL DEFAULT 0;
