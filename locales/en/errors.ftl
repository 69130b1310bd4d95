# Error messages: what happened, then what to do next.

error-io = Could not read or write { $path } ({ $detail }). Check that the disk has free space and the file is not locked, then try again.
error-io-full = The disk or USB stick for { $path } is full, so nothing was written; no half-written file is left. Delete some files or use another stick, then try again.
error-io-read-only = The disk or USB stick for { $path } can only be read, so nothing was written; no half-written file is left. Slide the stick's write-protect switch off (if it has one) or choose another place, then try again.
error-database = Database error ({ $detail }). Close the app and open it again; if it happens again, tell the digital team.
error-database-damaged = The data file { $path } is damaged or is not a Học Số file. It has been left exactly as it is. Ask the digital team to restore it from a backup.
error-database-too-new = The data file { $path } was made by a newer version of Học Số. It has been left as it is. Install the newest Học Số and open it again.
error-migration = Could not upgrade the data ({ $detail }). The old data is unchanged. Tell the digital team.
error-catalog-unusable = The lesson catalogue { $path } cannot be used. Run “hocso lessons check” to see the errors and fix them.
error-lesson-not-found = The lesson “{ $lesson }” cannot be opened now. Choose another lesson and tell the digital team.
error-learner-not-found = This learner was not found. Go back and choose a name from the list.
error-attempt-not-found = This lesson session was not found. Go back to the lessons and open the lesson again.
error-stale-step = This question was already answered. The screen will move to the current step.
error-answer-does-not-fit = The answer is not complete. Choose an answer, then press “Answer”.
error-already-set-up = This computer is already set up.
error-not-set-up = This computer is not set up yet. Do the first-time setup.
error-internal = Something unexpected happened ({ $detail }). Close the app and open it again; if it happens again, tell the digital team.

error-input-name-required = Type the full name.
error-input-name-too-long = The name is too long. Type a name shorter than 60 letters.
error-input-birth-year = The year of birth is not right. Type 4 digits, for example 1962.
error-input-hamlet-required = Type the hamlet name.
error-input-commune-required = Type the commune name.
error-input-pin-format = The PIN must have 4 to 8 digits. Type it again.
error-input-pin-mismatch = The two PINs are not the same. Type them again.
error-input-consent-required = Agreement is needed before a learner's details are saved.
error-input-duplicate-learner = Someone with the same full name and year of birth is already on this computer. If that is you, go back and choose your name in the list. If it is someone else, add a few words to tell you apart, for example “Nguyễn Văn An (xóm Trên)”.

# Lesson problems, shown by “hocso lessons check” and to the facilitator.
problem-unreadable = Cannot read the file ({ $detail }). Check that it exists and is named correctly.
problem-syntax = Syntax error: { $detail }. Fix this line and run the check again.
problem-unsupported-format = The catalogue uses format version { $found }; this app reads version { $supported }. Update the app or fix format_version.
problem-lesson-folder-missing = There is no lesson folder “{ $lesson }” with a lesson.toml. Create it or remove the lesson from the catalogue.
problem-lesson-not-in-catalog = The lesson “{ $lesson }” is not in catalog.toml. Add it to a topic, or delete the folder.
problem-lesson-listed-twice = The lesson “{ $lesson }” is listed twice in the catalogue. List it once.
problem-core-lesson-unknown = The core lesson “{ $lesson }” is in no topic. Add it to a topic or remove it from the core list.
problem-id-differs-from-folder = The lesson id “{ $id }” differs from its folder name “{ $folder }”. They must be the same.
problem-bad-id = The id “{ $id }” is not valid. Use lower-case letters without accents, digits and hyphens, starting with a letter.
problem-duplicate-step-id = The step id “{ $step }” is used twice. Give each step its own id.
problem-version-zero = The lesson version must be 1 or more.
problem-unknown-topic = The topic “{ $topic }” is not in catalog.toml. Fix the topic name.
problem-pass-mark = The pass mark { $value } is not valid. Use a number from 1 to 100 (percent).
problem-draw = The final check draws { $draw } items but the pool has only { $pool }. Fix “draw” or add items.
problem-no-steps = The lesson has no practice steps. Add at least one [[steps]].
problem-unknown-kind = The step “{ $step }” has the unsupported kind “{ $kind }”. Use explain, choice, order, message, phone or qr-pay.
problem-final-check-kind = The final-check item “{ $step }” cannot be an explain step.
problem-field-not-for-kind = The step “{ $step }” has a field “{ $field }” that this kind of step does not use. Remove it.
problem-too-few-options = The step “{ $step }” needs at least 2 options.
problem-correct-count = The step “{ $step }” needs exactly one right option (or at least one when multiple = true).
problem-too-few-items = The step “{ $step }” needs at least 2 items to order.
problem-duplicate-option = The step “{ $step }” uses the id “{ $option }” twice.
problem-picture-missing = The picture “{ $picture }” is not in the lesson folder.
problem-ftl-syntax = Fluent syntax error: { $detail }. Fix this line and run the check again.
problem-text-missing = The text “{ $id }” is missing from { $locale }.ftl. Add it.
problem-text-extra = The text “{ $id }” in { $locale }.ftl is not in vi.ftl. Add it to vi.ftl or remove it.
problem-variables-differ = The text “{ $id }” in { $locale }.ftl uses other variables than vi.ftl. Use the same variables as the Vietnamese text.
problem-step-field = The step “{ $step }” lacks the field “{ $field }” or its value is not valid. See docs/lesson-format.md.
problem-scenario-mismatch = The step “{ $step }” has values that contradict its scenario “{ $scenario }” (names, amounts). See docs/lesson-format.md.
problem-unknown-flag = The step “{ $step }” names the red flag “{ $flag }”, which is not in the list or is repeated. Use the names in docs/lesson-format.md.
problem-live-link = The text “{ $id }” holds a followable link “{ $link }”. Write its dots as [.] (for example vcb-xacthuc[.]top).

# VietQR (hocso qr decode / encode).
qr-error-bad-crc = The QR code is damaged or was altered: the checksum does not match ({ $detail }). Do not pay with it; ask the payee for a new code.
qr-error-malformed = This is not a valid VietQR code ({ $detail }). Check that the whole code was copied correctly.
qr-error-missing-field = The VietQR code lacks required information ({ $detail }). Ask the payee for a new code.
qr-error-unsupported-value = The code holds a value VietQR does not use ({ $detail }). Ask the payee for a new code.
qr-error-unknown-bank = The bank BIN is not in the NAPAS list ({ $detail }). Check the 6-digit BIN.
qr-error-invalid-account = The account or card number is not valid ({ $detail }). Check the number you typed.
qr-error-invalid-amount = The amount is not valid ({ $detail }). Type a whole number of đồng, greater than 0.
qr-error-invalid-purpose = The transfer purpose is not valid ({ $detail }). Write at most 25 characters, without special characters.
qr-error-render = The QR code could not be drawn ({ $detail }). Shorten the content and try again.
problem-text-id-clash = Two parts of the lesson would use the same text “{ $id }”. Rename a step or an option so that they differ.
error-not-a-hamlet = Only a hamlet cultural-house computer exports results. The commune office imports the hamlets' files.
error-pin-wrong = The PIN is not right. Type it again.
error-pin-wrong-wait = The PIN is not right. Wait { $seconds } seconds, then type it again.
error-pin-wait = Too many wrong tries. Wait { $seconds } seconds, then type it again.
error-facilitator-locked = This part is for the digital team. Type the PIN first.
error-session-not-found = This practice session was not found. Start a new session.
error-not-skilled-yet = This person has not passed every core lesson yet, so no certificate can be printed. Help them with the remaining lessons.
error-no-backup = There is no backup yet. Tell the digital team.
