-- 004: each kept import remembers the key that signed it, so that a file claiming another
-- installation's id cannot replace that installation's data.
ALTER TABLE imports ADD COLUMN public_key TEXT;
