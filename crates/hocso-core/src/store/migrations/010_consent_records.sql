-- 010: consent as the Personal Data Protection Law (in force 1/1/2026) asks: which consent text
-- (its id and version) and which language were shown, and for a learner under 16, when the
-- facilitator confirmed that a parent or guardian agreed. Learners registered before have no
-- text recorded: they are asked again, once, the next time they choose their name.
ALTER TABLE learners ADD COLUMN consent_text TEXT;
ALTER TABLE learners ADD COLUMN consent_locale TEXT;
ALTER TABLE learners ADD COLUMN guardian_consent_at TEXT;

-- What a learner typed into a simulation is never kept: answers to QR steps stored before this
-- version held the amount typed for a static code. Only whether one was typed stays.
UPDATE answers SET answer = json_set(json_remove(answer, '$.amount'), '$.amount_typed',
        json(CASE WHEN json_extract(answer, '$.amount') IS NULL THEN 'false' ELSE 'true' END))
    WHERE json_valid(answer) AND json_extract(answer, '$.kind') = 'qrpay';
