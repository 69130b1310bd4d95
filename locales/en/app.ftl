# Học Số — app strings (English). Must match locales/vi/app.ftl id for id, variable for
# variable. See docs/translating.md.

app-name = Học Số
app-tagline = Digital skills, one step at a time
place-hamlet = { $hamlet } · { $commune }
place-commune = { $commune }
practice-banner = This is practice. Never type your real ID number, OTP or password here.

lang-label = Language
lang-vi = Tiếng Việt
lang-en = English

common-back = Back
common-cancel = Cancel
common-save = Save
common-error-title = Something went wrong

## First run
setup-title = First-time setup
setup-intro = Where will this computer be used? You only do this once.
setup-role-label = This computer's role
setup-role-hamlet = Hamlet cultural house
setup-role-hamlet-help = Residents come here to practise.
setup-role-commune = Commune office
setup-role-commune-help = Commune staff receive the hamlets' results.
setup-hamlet-name = Hamlet name
setup-commune-name = Commune name
setup-pin = Digital team PIN (4 to 8 digits)
setup-pin-help = The PIN stops learners from changing records. Remember it.
setup-pin-repeat = Type the PIN again
setup-save = Save and start

## Learner picker
picker-title = Who is learning?
picker-search-label = Find a name
picker-search-help = Type the name, with or without accents.
picker-empty = No learners yet. Press “New learner” to begin.
picker-no-match = No one by that name. Type fewer letters, or press “New learner”.
picker-new-learner = New learner

## Consent
consent-title = Before we start
consent-question = Do you agree?
consent-agree = I agree
consent-decline = I do not agree

## New learner
new-learner-title = New learner
new-learner-name = Full name
new-learner-name-help = The name to find you by next time, for example: Nguyễn Thị Múi.
new-learner-birth-year = Year of birth
new-learner-birth-year-help = The year only, for example: 1962.
new-learner-gender = Gender (optional)
gender-female = Female
gender-male = Male
gender-unspecified = Prefer not to say
new-learner-save = Save and start learning

## Lesson list
learner-born = Born { $year }
lessons-greeting = Hello { $name }! Which lesson today?
lessons-core-badge = Core lesson
lessons-open = Start
lessons-leave = Change learner
lesson-minutes = About { $minutes } minutes
lesson-state-not-started = Not started
lesson-state-in-progress = In progress
lesson-state-not-passed = Not passed yet — try again
lesson-state-passed = Passed ({ $score }%)

## Lesson player
player-phase-pre-check = Check before you learn
player-phase-practice = Practice
player-phase-final = Final check
player-phase-finished = Result
player-progress = Step { $current } of { $total }
player-choose-one = Choose one answer.
player-choose-all = Choose all the right answers.
player-order-instruction = Press ▲ or ▼ to move each step up or down into the right order.
player-continue = Continue
player-check = Answer
player-try-again = Try again
player-move-up = Up
player-move-down = Down
player-to-list = Back to the lessons
player-final-intro = Now the final check. No hints; you will see your result at the end.
player-pre-check-intro = Before you learn, try a few questions to see what you already know. There is no pass or fail here and no hints. If you do not know, just choose, or press “Skip, start learning”.
player-skip-pre-check = Skip, start learning
feedback-correct = That's right!
feedback-try-again = Not quite. Read the hint below and try again.
feedback-recorded = Answer saved.
feedback-missed = { $count ->
    [one] One more right answer is not chosen yet.
   *[other] { $count } more right answers are not chosen yet.
}
feedback-order-in-place = { $count } of { $total } steps are in the right place.

## Result
result-passed = Well done! You passed this lesson.
result-passed-detail = You answered { $correct } of { $total } right ({ $score }%). { $pass_mark }% is needed to pass.
result-before-after = Before learning: { $before }/{ $before_total } → After: { $after }/{ $after_total }
result-not-passed = Not passed this time — that's fine!
result-not-passed-detail = You answered { $correct } of { $total } right ({ $score }%). { $pass_mark }% is needed to pass. Try again: the practice part will help.
result-retry = Do this lesson again
result-to-list = Back to the lessons

## Facilitator
problems-title = Some lessons have errors
problems-intro = The lessons below cannot be opened. The others work as usual. Ask the lesson author to fix the file named, then reopen the app.

## Command line
cli-check-ok = { $lessons ->
    [one] 1 lesson
   *[other] { $lessons } lessons
}, { $steps } steps, locales: { $locales }
cli-check-guessing = A guesser passes the final check: { $worst } (worst of { $strategies } strategies: { $strategy }); answering at random: { $random }
cli-check-failed = { $count ->
    [one] 1 error. Fix the line above and run “hocso lessons check” again.
   *[other] { $count } errors. Fix the lines above and run “hocso lessons check” again.
}

## Message steps (spotting scams)
message-channel-sms = SMS message
message-channel-zalo = Zalo message
message-channel-call = Phone call
message-question = Is this message a scam or safe?
message-question-call = Is this call a scam or safe?
message-verdict-scam = Scam
message-verdict-safe = Safe
message-flags-instruction = Which warning signs do you see? Choose the ones you see.
message-link-note = Links in this lesson are written with [.] so that nobody can click them.
flag-link = A strange link or QR code
flag-install-app = Asks you to install an app
flag-asks-otp = Asks for an OTP or password
flag-asks-personal-data = Asks for personal details
flag-urgency = Pushes you to hurry
flag-threat = Threats: lock, arrest, fine
flag-secrecy = Tells you to keep it secret
flag-money-first = Wants money or a fee first
flag-personal-account = Money to a personal account
flag-too-good = Too good to be true
flag-impersonation = Pretends to be an office or relative
flag-stranger = A stranger, unknown number
feedback-message-is-scam = This is a scam, not a safe message.
feedback-message-is-safe = This message is safe, not a scam.
feedback-message-flags = Warning signs in this message: { $flags }.
feedback-message-wrong-flags = This message does not show: { $flags }.
feedback-message-common-flag = “{ $flags }” is true of this message, but almost every scam shows it. Also tick the sign that really gives this scam away.

## Phone steps (simulated app screens)
phone-app-vneid = VNeID
phone-app-dvc = National Public Service Portal
phone-app-bank = Bank
practice-note = PRACTICE ONLY. Never type your real ID number, OTP code or password here.
practice-card-heading = PRACTICE ID CARD
practice-card-number = Personal ID number
practice-phone-number = PRACTICE phone number: { $number }
practice-sms-otp = PRACTICE message: Your OTP code is { $otp }. Do not give this code to anyone.
phone-sms-title = New message

## QR payment steps
qr-shop-sign = Shop owner's name sign
qr-you-owe = You owe
qr-scan = Scan the code with your bank app
qr-confirm-title = Confirm the transfer
qr-bank = Bank
qr-payee = Recipient
qr-account = Account number
qr-amount = Amount
qr-type-amount = Type the amount (đồng)
qr-pay = Confirm the transfer
qr-refuse = Cancel, do not pay
qr-receive-title = Your bank app
qr-show-code = My QR code (to receive money)
qr-scan-code = Scan a QR code (to pay)
qr-code-alt = VietQR code

## Chat steps (a simulated chat app: no real app's name or logo)
chat-app-name = Messaging app (practice copy)
chat-labels-note = Practice copy: the real app may name its buttons differently.
chat-me = You
chat-pinned = Pinned message
chat-poll = Poll
chat-vote = Choose this
chat-like = Like
chat-report = Report message
chat-mute = Mute notifications
chat-leave = Leave group
chat-block = Block this person
chat-replies = Choose a message to send
chat-photos = Send a photo from your phone
chat-caption = Write a few words with the photo
chat-send-photo = Send photo
chat-choose-photo = Choose a photo first.
chat-write-caption = Write a few words with the photo, then press “Send photo”.
chat-menu = Options

## Shop steps (a simulated shopping app)
shop-app-name = Shopping app (practice copy)
shop-rating = { $stars } stars · { $count } ratings
shop-no-rating = No ratings yet
shop-sold = { $count } sold
shop-market-price = Usual price elsewhere
shop-badge-mall = Official store
shop-badge-favourite = Well-rated shop
shop-seller-says = The seller writes
shop-order = Order, paying in the app or on delivery
shop-pay-first = Transfer money to the seller first, as they ask
shop-skip = Do not buy
shop-signs-instruction = Why not buy? Tick the warning signs you see on the page.
shop-sign-price-too-low = Less than half the usual price
shop-sign-low-rating = Poor ratings, under 4 stars
shop-sign-few-reviews = Very few or no ratings
shop-sign-pay-outside = The seller wants payment outside the app
feedback-shop-wrong-signs = This page does not show: { $signs }.
shop-sell-title = Put a product up for sale
shop-field-photos = Choose product photos
shop-field-name = Product name
shop-field-origin = Where it is made (origin)
shop-field-price = Price (đồng)
shop-field-weight = Weight (grams)
shop-field-ocop = The product holds an OCOP certificate
shop-field-delivery = Delivery
shop-delivery-ship = By post or a delivery company
shop-delivery-pickup = The buyer collects it at home
shop-delivery-local = I deliver within the commune
shop-post = Post for sale
shop-hint-name = Write the product's name, so buyers know what you sell.
shop-hint-origin = Write where it is made, for example your hamlet and commune. Buyers trust goods whose origin they know.
shop-hint-price = The price is not the one in the task. Read the task again and type the right amount.
shop-hint-weight = The weight is not the one in the task. Type grams: 1 kg is 1000 grams.
shop-hint-ocop = Tick OCOP only when the product holds an OCOP certificate. Read the task again to see whether it does.
shop-hint-delivery = Choose at least one way of delivery.

## Map steps (a drawn map: no map from the internet)
map-app-name = Map (practice copy)
map-you = You are here
map-choose-place = Tap a place on the map.
map-share = Share my location
map-share-with = Send my location to whom?
map-send-location = Share
map-directions = Directions to here
map-this-house = This is the house
map-your-paper = Digital address code on your paper
map-add = Add a missing place
map-add-name = Name of the place
map-add-category = Kind of place
map-send = Send for review
map-category-shop = Shop
map-category-restaurant = Restaurant
map-category-homestay = Guesthouse, homestay
map-category-farm = Farm, orchard
map-category-office = Office
map-hint-name = Type the place's name: the name is required.
map-hint-category = The kind of place is not right. Read the task again: is it a shop, a restaurant or a guesthouse?
cli-lesson-core = { " " }(core)

## Import (commune office, or a hamlet merging its other computers)
import-imported = Imported: { $hamlet }, { $persons } people.
import-replaced = Replaced an older export of the same computer: { $hamlet }, { $persons } people.
import-skipped-identical = Skipped: this file of { $hamlet } was already imported. Nothing changed.
import-skipped-older = Skipped: a newer export of { $hamlet } from the same computer is already here. Nothing changed.
import-refused-unreadable = Refused: the file cannot be read ({ $detail }). Check the USB stick or copy the file again.
import-refused-unknown-format = Refused: this is not a Học Số export, or from a version that cannot be used. Ask the hamlet to export again.
import-refused-damaged = Refused: the file is damaged or was altered. Nothing changed. Ask the hamlet to export again and send the new file.
import-refused-forged = Refused: the signature does not match the content; the file may be forged. Nothing changed. Check with the hamlet.

## Commune report
report-sheet-name = Commune report
report-col-hamlet = Hamlet
report-col-scope = People in scope
report-col-scope-label = Scope
report-col-persons = People who practised
report-col-skilled = People who passed all core lessons
report-col-percent = Rate (%)
report-col-met = Meets the commune's criterion
report-col-needed = More needed (people)
report-col-skill = People with the skill: { $skill }
report-total = Whole commune
cli-exported = Exported { $persons } people ({ $skilled } passed all core lessons) to { $file }.
cli-backed-up = Backed up all data to { $file }.
cli-demo-files = Wrote the export files of { $hamlets } hamlets to { $dir }.
cli-demo-db = Made demo data: { $hamlets } hamlets, { $learners } people each, in { $file }.

## Facilitator mode
facilitator-summary = { $skilled } of { $learners } learners passed all core lessons. People in scope: { $scope }.
facilitator-pre-check-skipped = pre-check skipped
facilitator-exported = Saved the results of { $persons } people ({ $skilled } passed) to { $file }. The file holds no learner's name.
picker-facilitator = Digital team
pin-title = For the digital team
pin-intro = Type the PIN to see progress, correct records, export or import results.
pin-label = PIN
pin-open = Open
facilitator-title = Digital team
facilitator-close = Lock
facilitator-tab-progress = Progress
facilitator-tab-learners = Learners
facilitator-tab-profile = Hamlet profile
facilitator-tab-export = Export and merge
facilitator-tab-hard = Often wrong
hard-items-period = In the last { $days } days (since { $since }): the questions many people got wrong at their first try. Explain them again at the next session.
hard-items-count = { $wrong } of { $answered } people wrong at first
hard-items-none = No question is often wrong yet (at least 3 people must have answered one).
hard-items-print = Print the list
facilitator-col-learner = Learner
facilitator-col-skilled = Passed all core lessons
facilitator-saved = Saved.
facilitator-remove = Remove learner
facilitator-remove-confirm = Remove this person and all their answers for good, from this computer's automatic backups too? This cannot be undone. Copies already saved on a USB stick cannot be reached: back up again to that stick, over the old copy.
facilitator-remove-yes = Remove for good
facilitator-removed = The learner and every trace of them were removed.
profile-scope = People in scope
profile-scope-label = Who they are
profile-scope-help = For example: 420 “people of working age”. The commune computes the rate on this number.
facilitator-export-intro = Save the hamlet's results to a USB stick for the commune. The file holds no learner's name: each person is a code in place of the name. Keep the stick safe and give it only to commune staff.
facilitator-export = Save the results to a file
facilitator-merge-title = Merge the results of the cultural house's other computers
facilitator-merge-intro = Choose the files exported on the other computer. A learner on both computers is counted once.
import-pick = Choose files to import
dashboard-title = The hamlets' results
dashboard-save-report = Save the Excel report
dashboard-empty = The commune has no hamlet in its list yet. Open “Hamlets and codes” to add hamlets and issue their codes, then import the files the hamlets send.
dashboard-chart = Share of people with improved digital skills in each hamlet; the red line is the commune's threshold.
dashboard-by-lesson = People who passed each core lesson
dashboard-improved-by-lesson = People with a measured improvement (pre-check below the pass mark, then passed)
dashboard-skills = The five basic digital skills (CV 3240): people who passed the lessons teaching each
dashboard-skills-not-taught = No lesson teaches these yet: { $skills }.
dashboard-by-age = By age (passed / practised)
dashboard-by-gender = By gender (passed / practised)
session-running = A practice session is running, started at { $start }.
session-ended = Practice session from { $start } to { $end }.
certificate-title = CERTIFICATE
certificate-body = This certifies that { $name }, born { $year }, of { $hamlet }, { $commune }, has completed the digital-skills lessons:
certificate-issued = { $place }, { $date }
certificate-signature = Community digital technology team
facilitator-tab-sessions = Sessions
session-none = No practice session yet. Press “Start a session” when people arrive.
session-start = Start a session
session-end = End the session
session-present = Present
session-col-answers = Answers given
session-col-passed = Lessons passed in the session
facilitator-certificate = Print a certificate
certificate-print = Print
facilitator-edit = Edit
facilitator-backed-up = Backed up all the data to { $file }. Keep the stick somewhere safe: this file holds learners' names.
facilitator-backup = Back up now
fatal-restore = Restore the latest backup
fatal-restore-help = The damaged file is kept as it is, beside it, never overwritten.
import-refused-conflict = Refused: the file from { $hamlet } carries the id of a computer that sent files for another hamlet. Nothing changed. Ask the hamlet that sent it.
profile-hamlet-code = Statistical code of the hamlet (if any; not the hamlet code the commune issues)
profile-commune-code = Statistical code of the commune (if any)
facilitator-change-pin = Change the PIN
facilitator-pin-old = Current PIN
facilitator-pin-changed = The PIN was changed. Remember the new one.
facilitator-restore-title = Restore from a backup
facilitator-restore-intro = Replace all current data with a backup (in the backups folder or on a USB stick). The backup is checked first; a damaged file changes nothing.
facilitator-restore = Choose a backup to restore
facilitator-restored = The data was restored from the backup.

## Hamlet codes (mã thôn), the commune's register and undo
import-replaced-old-code = Imported the first file under the new code of { $hamlet } ({ $persons } people). { $files } files under the old code were removed so that nobody is counted twice; the hamlet's other computers must take the new code and export again.
import-refused-too-large = Refused: the file is larger than { $megabytes } MB, which no hamlet export is. It was not read. Check the file you chose.
import-refused-old-format = Refused: the file has the old layout, without a hamlet code. Update Học Số on the hamlet's computer, type the hamlet code the commune issued, then export a new file.
import-refused-unknown-code = Refused: the file says it is from “{ $hamlet }” but is under no hamlet code this commune issued (another commune's file, or a computer without the right code). Nothing changed. Check that the hamlet's computer took the code on the commune's sheet.
import-refused-wrong-tag = Refused: the file from { $hamlet } was not made with the hamlet code the commune issued (forged or altered). Nothing changed. Ask the hamlet again.
import-refused-replaced-code = Refused: the file from { $hamlet } uses an old hamlet code that the commune replaced. Type the new code from the sheet on that computer, then export again.
import-refused-retired = Refused: the file from { $hamlet } comes from a computer the commune retired (“Replace computer”). Nothing changed. If that computer is still in use, tell the commune.
import-refused-number-jump = Refused: the export number of the file from { $hamlet } jumps by more than { $max } since the same computer's previous file, which cannot happen. Nothing changed. Ask the hamlet again.
report-col-reported-scope = Hamlet's own figure (people in scope)
dashboard-reported-scope = hamlet says: { $count }
dashboard-criterion-default = Criterion: over { $threshold }% of people in scope have improved digital skills (passed every core lesson).
dashboard-file-label = Export { $number }, { $when } · { $persons } people
undo-preview = { $hamlet }: { $files } file(s) will be removed. People who practised: { $personsBefore } → { $personsAfter }; skilled: { $skilledBefore } → { $skilledAfter }. Press “Confirm” to do it, or “Cancel” to keep everything.
undo-done = Done. { $hamlet }: { $files } file(s) removed. People who practised: { $personsBefore } → { $personsAfter }; skilled: { $skilledBefore } → { $skilledAfter }.
cli-setup-unnamed-hamlet = Hamlet (name not given)
cli-setup-unnamed-commune = Commune (name not given)
cli-setup-done = The computer is set up; its data is in { $file }.
cli-setup-check-value = Check value of the hamlet code: { $check } (compare with the commune's code sheet).
cli-setup-pin = The digital team's PIN: { $pin }. Write it down and keep it safe.
cli-hamlet-code-issued = code issued, check value { $check }
cli-hamlet-no-code = no code yet
cli-file-line = File { $id }: { $hamlet }, computer { $computer }, export { $number }, { $persons } people
cli-hamlet-added = Added the hamlet { $hamlet } to the commune's list. Next: issue its code (“hocso commune issue-code”).
cli-hamlet-renamed = Renamed to { $hamlet }. The hamlet's counts and code stay as they were.
cli-code-issued = Hamlet code sheet — { $hamlet }, { $commune }. Check value: { $check }. The code (next line):
cli-scope-set = Recorded the people in scope of { $hamlet }: { $count }.
cli-criterion-set = Recorded the commune's threshold: over { $threshold }%.
cli-undo-preview = { $hamlet }: { $files } file(s) would be removed. People who practised: { $personsBefore } → { $personsAfter }; skilled: { $skilledBefore } → { $skilledAfter }. Nothing done yet: run the command again with --yes to do it.
setup-code-title = Hamlet code (on the sheet the commune issued)
setup-code-help = Type the hamlet code on the commune's sheet: 25 letters and digits in 5 groups. Upper or lower case does not matter. No sheet yet? Leave it empty: residents can still learn, but results reach the commune only after the code is typed.
setup-code-label = Hamlet code
setup-code-check = The code reads correctly. Check value (compare with the sheet):
setup-code-open-file = Open the setup file from a USB stick
facilitator-code-title = Hamlet code
facilitator-code-set = This computer has its hamlet code. Check value:
facilitator-code-missing = This computer has no hamlet code yet, so its results cannot reach the commune. Type the code on the sheet from the commune's People's Committee.
facilitator-code-change = New code from the commune? Type the new code
facilitator-code-saved = Hamlet code saved. Compare the check value with the sheet:
facilitator-code-help = The learners on this computer stay. When the commune re-issues the code (the old one leaked), every computer of the hamlet types the new code and exports again; files imported from other computers under the old code are removed.
dashboard-tab-results = Results
dashboard-tab-hamlets = Hamlets and codes
dashboard-tab-files = Imported files
register-title = The commune's hamlets
register-intro = The commune records each hamlet's official name and its people in scope from the commune's own registers; the figure a hamlet reports is shown only for comparison. Each hamlet needs a hamlet code: press “Issue hamlet code”, print the sheet and hand it to the hamlet's digital team in person.
register-col-scope = People in scope (commune's figure)
register-col-code = Hamlet code
register-col-actions = Actions
register-scope-label-placeholder = e.g. people of working age
register-code-issued = Issued. Check value:
register-no-code = No code yet
register-issue = Issue hamlet code
register-reissue = Re-issue code
register-reissue-confirm = Re-issue the code when the old sheet was lost or leaked. The old code stops working: every computer of the hamlet must type the new one and export again. Re-issue?
register-sheet = Print the code sheet
register-remove-data = Remove the hamlet's data
register-add-label = Official name of the hamlet to add
register-add = Add hamlet
register-added = Hamlet added. Next: issue its code.
register-saved = Saved.
register-criterion-title = The commune's criterion
register-threshold = Threshold (%): met when above it
register-wording = The province's wording (if different)
sheet-title = HAMLET CODE SHEET — HỌC SỐ
sheet-code-label = Hamlet code (type each group exactly; upper or lower case does not matter):
sheet-check-label = Check value (the computer shows it when the code is typed right):
sheet-step-1 = On the cultural-house computer, choose “Hamlet cultural house” and type the hamlet code (or open the setup file from a USB stick).
sheet-step-2 = Compare the check value on the screen with the one on this sheet. If they differ, type the code again.
sheet-step-3 = A computer already in use: open the digital team's section → “Profile” → “Hamlet code” to type it.
sheet-warning = Keep this sheet like a key: do not photograph it or post it online, do not pin it up in public. If it is lost or leaked, tell the commune's People's Committee to re-issue the code.
sheet-print = Print the sheet
sheet-save-file = Save the setup file to a USB stick
sheet-saved = Setup file saved. Once the hamlet computer is set up, delete this file from the USB stick:
files-title = Imported files
files-none = No file imported yet.
files-computer = computer
files-forget = Forget this file
files-retire = Replace computer
undo-confirm = Confirm
qr-sample-warning = SAMPLE — do not scan with a real phone. This code is for practice only: its account does not exist.
pin-reuse-warning = Do not reuse the PIN of a bank card, a banking app or your VNeID passcode: several people in the team know this one.
cli-setup-recovery = Recovery code (to set a new PIN when the PIN is forgotten): { $code }. Print it or copy it on paper and keep it with the commune's registers; the computer shows it only once.
recovery-title = The commune's recovery code
recovery-intro = When the PIN is forgotten, this code lets you set a new one. The computer shows it only once: print it or copy it on paper, keep it with the commune's registers, and let nobody photograph it.
recovery-print = Print the recovery code
recovery-done = I have kept the code, continue
pin-forgot = Forgot the PIN?
pin-reset-intro = Type the hamlet code from the commune's sheet (a hamlet computer) or the recovery code printed at setup (the commune office), then choose a new PIN.
pin-reset-code = Hamlet code or recovery code
pin-reset-save = Set the new PIN
pin-reset-done = The new PIN is set. Type it to open.
facilitator-locked-idle = The digital team's section locked itself after 10 minutes unused, so that nobody else can see the records. Type the PIN to open it again.
undo-preview-retire = { $hamlet }: this computer will no longer count, and every later file from it will be refused; this cannot be undone (a reinstalled computer gets a new id and is accepted). { $files } file(s) will be removed. People who practised: { $personsBefore } → { $personsAfter }; skilled: { $skilledBefore } → { $skilledAfter }. If the computer was lost, re-issue the hamlet code too. Press “Confirm” to do it, or “Cancel” to keep everything.
consent-who = Responsible for this information: the commune's People's Committee, through the hamlet's digital team.
consent-what = This computer keeps only: your name, birth year, gender (if you wish), when you agreed, the lessons you took, your scores and the dates, the sessions you came to, and your choice on each question.
consent-never = We never ask for your ID number, phone number, OTP (a one-time code) or bank account; nothing you type while practising on the pretend phone is kept.
consent-why = So that you can go on where you stopped, and so that the commune knows how many people in the hamlet have finished. The file sent to the commune has no name and no birth year: only a code instead of your name, an age group, gender and the lessons passed.
consent-how-long = Your choices on each question are kept about 6 months, then deleted by themselves; your name, scores and lessons passed are kept until you ask to remove them, or until the digital team removes people who have not come for more than 2 years.
consent-rights = You may see your information, ask to correct it, ask to remove all of it, and stop at any time: tell the digital team.
consent-children = A person under 16 needs a parent's or guardian's consent; the digital team confirms it.
consent-renew = The text below has changed. Read it again and agree to go on as before.
guardian-needed = A person under 16 needs a parent's or guardian's consent. Once the parent or guardian has agreed, a member of the digital team types the PIN to confirm it.
guardian-pin = The digital team's PIN (confirming the parent or guardian agreed)
my-data-open = My information
my-data-title = What this computer keeps about { $name }
my-data-about = About you
my-data-lessons = Lessons passed
my-data-attempts = Your attempts
my-data-none = None yet.
my-data-print = Print it
my-data-fix = If anything is wrong, ask the digital team to correct it. To remove all of it, tell the digital team too.
my-data-name = Full name
my-data-birth-year = Birth year
my-data-gender = Gender
my-data-consent-at = You agreed at
my-data-consent-text = Text agreed to (id, version)
my-data-consent-locale = Language when you agreed
my-data-guardian = A parent or guardian agreed (confirmed by the digital team) at
my-data-passed = { $score } points, passed at { $when }
my-data-attempt-done = started { $started }, finished { $ended }, { $score } points
my-data-attempt-open = started { $started }, not finished
my-data-answers = { $count } answers kept (only your choices; nothing you typed while practising).
inactive-open = People who have not come for a long time
inactive-intro = The people below have not come for more than { $years } years. Under the rules for keeping information, the digital team should remove them (results already sent to the commune stay until the next export). Remove them only when you are sure.
inactive-last-seen = Last seen: { $when }
inactive-none = Nobody has been away for long.
inactive-remove = Remove these people
inactive-removed = The people who had not come for a long time were removed.
picker-type-first = Many learners use this computer. Type the first letters of your name in the box above to find it.
session-show-everyone = Show every name during this session
my-data-sessions = Practice sessions attended (recorded by the digital team)
my-data-pre-check = ; check before learning: { $right }/{ $of } right

facilitator-grid-label = Learners’ progress table (scroll sideways to see more)
## Reading aloud and the learner's own settings (issue 14)
reader-listen = Listen
reader-stop = Stop reading
reader-reading = Reading:
settings-title = My text size, colours and voice
settings-size = Text size
settings-size-normal = Normal
settings-size-large = Large
settings-size-largest = Largest
settings-look = Colours
settings-contrast = High contrast (bold black text, clear borders)
settings-voice = Voice
settings-read-aloud = Read each step by itself
settings-voice-slow = Read slowly
settings-voice-normal = Read at a normal pace
picker-pictures = Or tap your picture
new-learner-picture = Your picture
new-learner-picture-help = Choose a picture you will remember. Next time, tap it to find your name.

## The pictures learners find themselves by (ui/public/pictures/<id>.svg)
picture-con-trau = Water buffalo
picture-bat-com = Bowl of rice
picture-non-la = Conical hat
picture-ga-trong = Rooster
picture-con-meo = Cat
picture-con-cho = Dog
picture-con-ca = Fish
picture-cay-lua = Rice plant
picture-cay-tre = Bamboo
picture-hoa-sen = Lotus flower
picture-qua-buoi = Pomelo
picture-qua-vai = Lychee
picture-cay-chuoi = Banana tree
picture-nha-san = Stilt house
picture-thuyen = Boat
picture-xe-dap = Bicycle
picture-am-tra = Teapot
picture-cai-cuoc = Hoe
picture-gui-tre = Bamboo basket
picture-mat-troi = Sun
picture-mat-trang = Moon
picture-ngoi-sao = Star
picture-con-vit = Duck
picture-qua-xoai = Mango

## Learning on phones (the hub)
phone-join-help = { $name } opens the phone's camera, points it at this code, then taps the link that appears. The code works once, for { $minutes } minutes.
phone-step = Step { $position } of { $total }
phone-status-learning = Learning
phone-status-list = Choosing a lesson
phone-status-passed = Passed the lesson
phone-status-gone = Disconnected
phone-status-stuck = May need help ({ $minutes } minutes without an answer)
cli-hub-no-learner = There is no learner called “{ $name }”. Check the name (with its accents) and run again.
cli-hub-many-learners = { $count } learners are called “{ $name }”. Make the names different in the digital team's section and run again.
cli-hub-serving = Learning on phones is open at { $url }. Press Ctrl+C to stop.
phone-join-title = Learning on your phone
phone-join-intro = Ask the digital team to make a QR code for you on the cultural house's computer. Open the phone's camera, point it at the code, then tap the link that appears.
phone-hand-back = Done, hand back
phone-done-title = Thank you!
phone-done-text = What you did is kept on the cultural house's computer. Next time, ask the digital team for a new QR code and scan it to go on.
facilitator-tab-phones = Learning on phones
phones-intro = Residents learn on their own phones over the cultural house's Wi-Fi, without the Internet. This computer is the server: keep it on for the whole session. When the session ends, every phone is signed out.
phones-address = This computer's address on the cultural house's Wi-Fi
phones-address-help = Choose an address starting with 192.168 or 10. The address 127.0.0.1 is only for trying on this computer.
phones-start = Switch on learning on phones
phones-stop = Switch off learning on phones
phones-running = Open at
phones-learner = Make a QR code for a learner
phones-new-learner-hint = Someone new: register on this computer first (the name screen), then make their QR code here.
phones-search = Type the learner's name
phones-make-code = Make a QR code
phones-qr-alt = QR code to learn on the phone
phones-list = Phones learning
phones-none = No phone has joined yet.
phones-col-lesson = Lesson
phones-col-status = Status
phones-sign-out = Sign this phone out
phone-join-retry = Try again
