# Học Số — app strings. Vietnamese is the reference locale: every id here must exist in
# every other locale with the same variables (checked by a test). See docs/translating.md.

app-name = Học Số
app-tagline = Học kỹ năng số, từng bước một
place-hamlet = { $hamlet } · { $commune }
place-commune = { $commune }
practice-banner = Đây là bản tập. Không nhập số căn cước, mã OTP hay mật khẩu thật của bạn.

lang-label = Ngôn ngữ
lang-vi = Tiếng Việt
lang-en = English

common-back = Quay lại
common-cancel = Hủy
common-save = Lưu
common-error-title = Có lỗi

## First run
setup-title = Cài đặt lần đầu
setup-intro = Máy tính này sẽ dùng ở đâu? Chỉ cần làm một lần.
setup-role-label = Vai trò của máy tính này
setup-role-hamlet = Nhà văn hóa thôn
setup-role-hamlet-help = Người dân đến tập luyện trên máy này.
setup-role-commune = Văn phòng UBND xã
setup-role-commune-help = Cán bộ xã nhận kết quả từ các thôn.
setup-hamlet-name = Tên thôn
setup-commune-name = Tên xã
setup-pin = Mã PIN của tổ công nghệ số (4 đến 8 chữ số)
setup-pin-help = Mã PIN giữ cho người học không sửa được hồ sơ. Hãy ghi nhớ mã này.
setup-pin-repeat = Nhập lại mã PIN
setup-save = Lưu và bắt đầu

## Learner picker
picker-title = Ai đang học?
picker-search-label = Tìm tên
picker-search-help = Gõ tên, có dấu hay không dấu đều được.
picker-empty = Chưa có người học nào. Bấm “Người học mới” để bắt đầu.
picker-no-match = Không tìm thấy tên này. Thử gõ ít chữ hơn, hoặc bấm “Người học mới”.
picker-new-learner = Người học mới

## Consent
consent-title = Trước khi bắt đầu
consent-question = Bạn có đồng ý không?
consent-agree = Tôi đồng ý
consent-decline = Không đồng ý

## New learner
new-learner-title = Người học mới
new-learner-name = Họ và tên
new-learner-name-help = Tên để tìm lại bạn lần sau, ví dụ: Nguyễn Thị Múi.
new-learner-birth-year = Năm sinh
new-learner-birth-year-help = Chỉ năm, ví dụ: 1962.
new-learner-gender = Giới tính (không bắt buộc)
gender-female = Nữ
gender-male = Nam
gender-unspecified = Không muốn nói
new-learner-save = Lưu và vào học

## Lesson list
learner-born = Sinh năm { $year }
lessons-greeting = Chào { $name }! Hôm nay mình học bài nào?
lessons-core-badge = Bài chính
lessons-open = Vào học
lessons-leave = Đổi người học
lesson-minutes = Khoảng { $minutes } phút
lesson-state-not-started = Chưa học
lesson-state-in-progress = Đang học dở
lesson-state-not-passed = Chưa đạt — học lại nhé
lesson-state-passed = Đã đạt ({ $score }%)

## Lesson player
player-phase-pre-check = Kiểm tra trước khi học
player-phase-practice = Luyện tập
player-phase-final = Bài kiểm tra cuối
player-phase-finished = Kết quả
player-progress = Bước { $current } trên { $total }
player-choose-one = Chọn một câu trả lời.
player-choose-all = Chọn tất cả các câu đúng.
player-order-instruction = Bấm ▲ hoặc ▼ để đưa từng bước lên hoặc xuống cho đúng thứ tự.
player-continue = Tiếp tục
player-check = Trả lời
player-try-again = Thử lại
player-move-up = Lên
player-move-down = Xuống
player-to-list = Về danh sách bài
player-final-intro = Bây giờ là bài kiểm tra cuối. Không có gợi ý; làm xong sẽ biết kết quả.
player-pre-check-intro = Trước khi học, bạn thử trả lời vài câu để biết mình đã biết gì. Không tính đạt hay không đạt, không có gợi ý. Chưa biết thì cứ chọn, hoặc bấm “Bỏ qua, học luôn”.
player-skip-pre-check = Bỏ qua, học luôn
feedback-correct = Đúng rồi!
feedback-try-again = Chưa đúng. Đọc gợi ý bên dưới rồi thử lại nhé.
feedback-recorded = Đã ghi lại câu trả lời.
feedback-missed = Còn { $count } câu đúng nữa chưa chọn.
feedback-order-in-place = { $count } trên { $total } bước đã đúng chỗ.

## Result
result-passed = Chúc mừng! Bạn đã đạt bài này.
result-passed-detail = Bạn trả lời đúng { $correct } trên { $total } câu ({ $score }%). Cần { $pass_mark }% để đạt.
result-before-after = Trước khi học: { $before }/{ $before_total } → Sau khi học: { $after }/{ $after_total }
result-not-passed = Lần này chưa đạt — không sao cả!
result-not-passed-detail = Bạn trả lời đúng { $correct } trên { $total } câu ({ $score }%). Cần { $pass_mark }% để đạt. Hãy làm lại: phần luyện tập sẽ giúp bạn.
result-retry = Làm lại bài này
result-to-list = Về danh sách bài

## Facilitator
problems-title = Có bài học bị lỗi
problems-intro = Các bài dưới đây không mở được. Các bài khác vẫn dùng bình thường. Hãy nhờ người soạn bài sửa tệp được nêu, rồi mở lại ứng dụng.

## Command line
cli-check-ok = { $lessons } bài, { $steps } bước, ngôn ngữ: { $locales }
cli-check-guessing = Người đoán mò qua bài kiểm tra cuối: { $worst } (cách đoán tệ nhất trong { $strategies } cách: { $strategy }); trả lời bừa: { $random }
cli-check-failed = Có { $count } lỗi. Sửa các dòng trên rồi chạy lại “hocso lessons check”.

## Message steps (spotting scams)
message-channel-sms = Tin nhắn SMS
message-channel-zalo = Tin nhắn Zalo
message-channel-call = Cuộc gọi điện thoại
message-question = Tin nhắn này là lừa đảo hay an toàn?
message-question-call = Cuộc gọi này là lừa đảo hay an toàn?
message-verdict-scam = Lừa đảo
message-verdict-safe = An toàn
message-flags-instruction = Bạn thấy dấu hiệu lừa đảo nào? Chọn các dấu hiệu bạn thấy.
message-link-note = Đường link trong bài được viết có dấu [.] để không ai bấm vào được.
flag-link = Có link hoặc mã QR lạ
flag-install-app = Bảo cài ứng dụng
flag-asks-otp = Hỏi mã OTP, mật khẩu
flag-asks-personal-data = Hỏi thông tin cá nhân
flag-urgency = Giục làm ngay
flag-threat = Đe dọa: khóa, bắt, phạt
flag-secrecy = Bảo giữ bí mật
flag-money-first = Đòi tiền, phí trước
flag-personal-account = Chuyển vào tài khoản cá nhân
flag-too-good = Hứa hẹn quá tốt
flag-impersonation = Giả danh cơ quan, người thân
flag-stranger = Người lạ, số lạ
feedback-message-is-scam = Đây là lừa đảo, không phải tin an toàn.
feedback-message-is-safe = Tin này an toàn, không phải lừa đảo.
feedback-message-flags = Dấu hiệu trong tin này: { $flags }.
feedback-message-wrong-flags = Tin này không có các dấu hiệu: { $flags }.
feedback-message-common-flag = “{ $flags }” đúng là có trong tin này, nhưng hầu hết tin lừa đảo đều có. Hãy chọn thêm dấu hiệu chính cho thấy đây là lừa đảo.

## Phone steps (simulated app screens)
phone-app-vneid = VNeID
phone-app-dvc = Cổng Dịch vụ công quốc gia
phone-app-bank = Ngân hàng
practice-note = MẪU — chỉ để luyện tập. Không bao giờ nhập số căn cước, mã OTP hay mật khẩu thật của bạn ở đây.
practice-card-heading = THẺ CĂN CƯỚC MẪU
practice-card-number = Số định danh cá nhân
practice-phone-number = Số điện thoại MẪU: { $number }
practice-sms-otp = Tin nhắn MẪU: Mã xác thực OTP của bạn là { $otp }. Không cung cấp mã này cho bất kỳ ai.
phone-sms-title = Tin nhắn đến

## QR payment steps
qr-shop-sign = Biển tên chủ quán
qr-you-owe = Bạn cần trả
qr-scan = Quét mã bằng ứng dụng ngân hàng
qr-confirm-title = Xác nhận chuyển tiền
qr-bank = Ngân hàng
qr-payee = Người nhận
qr-account = Số tài khoản
qr-amount = Số tiền
qr-type-amount = Nhập số tiền (đồng)
qr-pay = Xác nhận chuyển tiền
qr-refuse = Hủy, không chuyển
qr-receive-title = Ứng dụng ngân hàng của bạn
qr-show-code = Mã QR của tôi (để nhận tiền)
qr-scan-code = Quét mã QR (để trả tiền)
qr-code-alt = Mã QR VietQR
cli-lesson-core = { " " }(bài chính)

## Import (commune office, or a hamlet merging its other computers)
import-imported = Đã nhập: { $hamlet }, { $persons } người.
import-replaced = Đã thay bản cũ hơn của cùng máy: { $hamlet }, { $persons } người.
import-skipped-identical = Bỏ qua: tệp của { $hamlet } này đã được nhập rồi. Số liệu không đổi.
import-skipped-older = Bỏ qua: đã có bản mới hơn của { $hamlet } từ cùng máy. Số liệu không đổi.
import-refused-unreadable = Từ chối: không đọc được tệp ({ $detail }). Kiểm tra USB hoặc chép lại tệp.
import-refused-unknown-format = Từ chối: đây không phải tệp xuất của Học Số, hoặc của phiên bản không dùng được. Xin thôn xuất lại tệp.
import-refused-damaged = Từ chối: tệp bị hỏng hoặc đã bị sửa. Không có gì thay đổi. Xin thôn xuất lại và gửi tệp mới.
import-refused-forged = Từ chối: chữ ký không khớp nội dung, tệp có thể là giả. Không có gì thay đổi. Hãy hỏi lại thôn.

## Commune report
report-sheet-name = Bao cao xa
report-col-hamlet = Thôn
report-col-scope = Số người trong phạm vi
report-col-scope-label = Phạm vi
report-col-persons = Số người đã học
report-col-skilled = Số người đạt tất cả bài chính
report-col-percent = Tỷ lệ (%)
report-col-met = Đạt tiêu chí của xã
report-col-needed = Cần thêm (người)
report-col-skill = Số người có kỹ năng: { $skill }
report-total = Toàn xã
cli-exported = Đã xuất { $persons } người ({ $skilled } người đạt tất cả bài chính) vào { $file }.
cli-backed-up = Đã sao lưu toàn bộ dữ liệu vào { $file }.
cli-demo-files = Đã tạo tệp xuất của { $hamlets } thôn trong { $dir }.
cli-demo-db = Đã tạo dữ liệu mẫu: { $hamlets } thôn, { $learners } người mỗi thôn, trong { $file }.

## Facilitator mode
facilitator-summary = { $skilled } trên { $learners } người học đã đạt tất cả bài chính. Số người trong phạm vi: { $scope }.
facilitator-pre-check-skipped = bỏ qua kiểm tra trước
facilitator-exported = Đã lưu kết quả của { $persons } người ({ $skilled } người đạt) vào { $file }. Tệp không có tên người học.
picker-facilitator = Tổ công nghệ số
pin-title = Dành cho tổ công nghệ số
pin-intro = Nhập mã PIN để xem tiến độ, sửa hồ sơ, xuất hoặc nhập kết quả.
pin-label = Mã PIN
pin-open = Mở
facilitator-title = Tổ công nghệ số
facilitator-close = Khóa lại
facilitator-tab-progress = Tiến độ
facilitator-tab-learners = Người học
facilitator-tab-profile = Thông tin thôn
facilitator-tab-export = Xuất và gộp kết quả
facilitator-tab-hard = Câu hay sai
hard-items-period = Trong { $days } ngày qua (từ { $since }): những câu nhiều người trả lời sai ở lần đầu. Hãy giải thích thêm ở buổi học tới.
hard-items-count = { $wrong } trên { $answered } người sai lần đầu
hard-items-none = Chưa có câu nào nhiều người sai (cần ít nhất 3 người trả lời một câu).
hard-items-print = In danh sách
facilitator-col-learner = Người học
facilitator-col-skilled = Đạt tất cả bài chính
facilitator-saved = Đã lưu.
facilitator-remove = Xóa người học
facilitator-remove-confirm = Xóa hẳn người này và mọi câu trả lời, cả trong các bản sao lưu tự động trên máy này? Không lấy lại được. Bản sao lưu đã chép ra USB thì máy không xóa được: hãy sao lưu lại vào USB đó, đè lên bản cũ.
facilitator-remove-yes = Xóa hẳn
facilitator-removed = Đã xóa người học và mọi dấu vết.
profile-scope = Số người trong phạm vi
profile-scope-label = Phạm vi là ai
profile-scope-help = Ví dụ: 420 “người trong độ tuổi lao động”. Xã tính tỷ lệ trên số này.
facilitator-export-intro = Lưu kết quả của thôn vào USB để gửi lên xã. Tệp không có tên người học: mỗi người là một mã thay cho tên. Giữ USB cẩn thận và chỉ đưa cho cán bộ xã.
facilitator-export = Lưu kết quả ra tệp
facilitator-merge-title = Gộp kết quả từ máy khác của nhà văn hóa
facilitator-merge-intro = Chọn các tệp đã xuất từ máy kia. Người học trên cả hai máy chỉ được tính một lần.
import-pick = Chọn tệp để nhập
dashboard-title = Kết quả các thôn
dashboard-save-report = Lưu báo cáo Excel
dashboard-empty = Chưa có thôn nào trong danh sách của xã. Vào mục “Thôn và mã thôn” để thêm thôn và cấp mã, rồi nhập tệp các thôn gửi lên.
dashboard-chart = Tỷ lệ người đạt kỹ năng số của từng thôn; đường đỏ là ngưỡng của xã.
dashboard-by-lesson = Số người đạt từng bài chính
dashboard-improved-by-lesson = Số người tiến bộ rõ (kiểm tra trước chưa đạt, sau khi học đã đạt)
dashboard-skills = Năm kỹ năng số cơ bản (CV 3240): số người đạt các bài dạy kỹ năng đó
dashboard-skills-not-taught = Chưa có bài nào dạy: { $skills }.
dashboard-by-age = Theo độ tuổi (đạt / đã học)
dashboard-by-gender = Theo giới tính (đạt / đã học)
session-running = Buổi học đang diễn ra, bắt đầu lúc { $start }.
session-ended = Buổi học từ { $start } đến { $end }.
certificate-title = GIẤY CHỨNG NHẬN
certificate-body = Chứng nhận { $name }, sinh năm { $year }, { $hamlet }, { $commune }, đã hoàn thành các bài học kỹ năng số:
certificate-issued = { $place }, ngày { $date }
certificate-signature = Tổ công nghệ số cộng đồng
facilitator-tab-sessions = Buổi học
session-none = Chưa có buổi học nào. Bấm “Bắt đầu buổi học” khi mọi người đến.
session-start = Bắt đầu buổi học
session-end = Kết thúc buổi học
session-present = Có mặt
session-col-answers = Số câu đã trả lời
session-col-passed = Bài đã đạt trong buổi
facilitator-certificate = In giấy chứng nhận
certificate-print = In
facilitator-edit = Sửa
facilitator-backed-up = Đã sao lưu toàn bộ dữ liệu vào { $file }. Cất USB ở nơi an toàn: tệp này có tên người học.
facilitator-backup = Sao lưu ngay
fatal-restore = Khôi phục bản sao lưu gần nhất
fatal-restore-help = Tệp hỏng được giữ lại nguyên vẹn bên cạnh, không bị ghi đè.
import-refused-conflict = Từ chối: tệp của { $hamlet } mang mã máy của một máy đã gửi tệp cho thôn khác. Không có gì thay đổi. Hãy hỏi lại thôn đã gửi tệp.
profile-hamlet-code = Mã số thống kê của thôn (nếu có, không phải mã thôn xã cấp)
profile-commune-code = Mã số thống kê của xã (nếu có)
facilitator-change-pin = Đổi mã PIN
facilitator-pin-old = Mã PIN đang dùng
facilitator-pin-changed = Đã đổi mã PIN. Hãy ghi nhớ mã mới.
facilitator-restore-title = Khôi phục từ bản sao lưu
facilitator-restore-intro = Thay toàn bộ dữ liệu hiện có bằng một bản sao lưu (trong thư mục backups hoặc trên USB). Bản sao lưu được kiểm tra trước; tệp hỏng không làm thay đổi gì.
facilitator-restore = Chọn bản sao lưu để khôi phục
facilitator-restored = Đã khôi phục dữ liệu từ bản sao lưu.

## Hamlet codes (mã thôn), the commune's register and undo
import-replaced-old-code = Đã nhập tệp đầu tiên theo mã mới của { $hamlet } ({ $persons } người). { $files } tệp theo mã cũ đã được bỏ để không ai bị đếm hai lần; các máy khác của thôn cần nhập mã mới rồi xuất lại.
import-refused-too-large = Từ chối: tệp lớn hơn { $megabytes } MB, không phải tệp xuất của một thôn. Tệp không được đọc. Hãy kiểm tra lại tệp đã chọn.
import-refused-old-format = Từ chối: tệp theo mẫu cũ, chưa có mã thôn. Hãy cập nhật Học Số ở máy của thôn, nhập mã thôn xã đã cấp, rồi xuất tệp mới.
import-refused-unknown-code = Từ chối: tệp ghi là của “{ $hamlet }” nhưng không theo mã thôn nào xã này đã cấp (tệp của xã khác, hoặc máy chưa nhập đúng mã). Không có gì thay đổi. Hãy kiểm tra máy của thôn đã nhập mã trên phiếu của xã chưa.
import-refused-wrong-tag = Từ chối: tệp của { $hamlet } không được làm bằng mã thôn của xã (tệp giả hoặc bị sửa). Không có gì thay đổi. Hãy hỏi lại thôn.
import-refused-replaced-code = Từ chối: tệp của { $hamlet } dùng mã thôn cũ, xã đã cấp mã mới thay. Hãy nhập mã mới trên phiếu vào máy này rồi xuất lại.
import-refused-retired = Từ chối: tệp của { $hamlet } đến từ một máy xã đã cho thôi dùng (“Thay máy”). Không có gì thay đổi. Nếu máy đó vẫn dùng, hãy báo cho xã.
import-refused-number-jump = Từ chối: số lần xuất của tệp { $hamlet } tăng hơn { $max } lần so với tệp trước của cùng máy, điều không thể xảy ra. Không có gì thay đổi. Hãy hỏi lại thôn.
report-col-reported-scope = Thôn báo (người trong diện)
dashboard-reported-scope = thôn báo: { $count }
dashboard-criterion-default = Tiêu chí: trên { $threshold }% người trong diện có kỹ năng số được nâng lên (đạt tất cả bài chính).
dashboard-file-label = Lần xuất { $number }, { $when } · { $persons } người
undo-preview = { $hamlet }: sẽ bỏ { $files } tệp. Người đã học: { $personsBefore } → { $personsAfter }; người đạt: { $skilledBefore } → { $skilledAfter }. Bấm “Xác nhận” để làm, hoặc “Hủy” để giữ nguyên.
undo-done = Đã xong. { $hamlet }: bỏ { $files } tệp. Người đã học: { $personsBefore } → { $personsAfter }; người đạt: { $skilledBefore } → { $skilledAfter }.
cli-setup-unnamed-hamlet = Thôn (chưa ghi tên)
cli-setup-unnamed-commune = Xã (chưa ghi tên)
cli-setup-done = Đã cài đặt máy, dữ liệu ở { $file }.
cli-setup-check-value = Số kiểm tra của mã thôn: { $check } (so với phiếu mã thôn của xã).
cli-setup-pin = Mã PIN của tổ công nghệ số: { $pin }. Hãy ghi lại và cất ở nơi an toàn.
cli-hamlet-code-issued = đã cấp mã, số kiểm tra { $check }
cli-hamlet-no-code = chưa cấp mã
cli-file-line = Tệp { $id }: { $hamlet }, máy { $computer }, lần xuất { $number }, { $persons } người
cli-hamlet-added = Đã thêm thôn { $hamlet } vào danh sách của xã. Bước tiếp theo: cấp mã thôn (“hocso commune issue-code”).
cli-hamlet-renamed = Đã đổi tên thành { $hamlet }. Số liệu và mã của thôn giữ nguyên.
cli-code-issued = Phiếu mã thôn — { $hamlet }, { $commune }. Số kiểm tra: { $check }. Mã thôn (dòng dưới):
cli-scope-set = Đã ghi số người trong diện của { $hamlet }: { $count }.
cli-criterion-set = Đã ghi ngưỡng của xã: trên { $threshold }%.
cli-undo-preview = { $hamlet }: sẽ bỏ { $files } tệp. Người đã học: { $personsBefore } → { $personsAfter }; người đạt: { $skilledBefore } → { $skilledAfter }. Chưa làm gì: chạy lại lệnh với --yes để làm.
setup-code-title = Mã thôn (trên phiếu xã cấp)
setup-code-help = Gõ mã thôn trên phiếu của UBND xã: 25 chữ và số, chia 5 nhóm. Không phân biệt chữ hoa, chữ thường. Chưa có phiếu thì để trống: người dân vẫn học được, nhưng phải nhập mã rồi mới gửi được kết quả cho xã.
setup-code-label = Mã thôn
setup-code-check = Mã đúng. Số kiểm tra (so với phiếu):
setup-code-open-file = Mở tệp cài đặt từ USB
facilitator-code-title = Mã thôn
facilitator-code-set = Máy này đã có mã thôn. Số kiểm tra:
facilitator-code-missing = Máy này chưa có mã thôn nên chưa gửi được kết quả cho xã. Hãy gõ mã trên phiếu UBND xã cấp.
facilitator-code-change = Xã cấp mã mới? Gõ mã mới
facilitator-code-saved = Đã lưu mã thôn. Hãy so số kiểm tra với phiếu:
facilitator-code-help = Người học trên máy vẫn giữ nguyên. Khi xã cấp lại mã (mã cũ bị lộ), mọi máy của thôn cần gõ mã mới rồi xuất lại kết quả; tệp đã nhập từ máy khác theo mã cũ sẽ được bỏ.
dashboard-tab-results = Kết quả
dashboard-tab-hamlets = Thôn và mã thôn
dashboard-tab-files = Tệp đã nhập
register-title = Các thôn của xã
register-intro = Xã tự ghi tên chính thức của từng thôn và số người trong diện theo sổ sách của xã; số thôn tự báo chỉ để đối chiếu. Mỗi thôn cần một mã thôn: bấm “Cấp mã thôn”, in phiếu và trao tận tay tổ công nghệ số của thôn.
register-col-scope = Số người trong diện (xã ghi)
register-col-code = Mã thôn
register-col-actions = Việc cần làm
register-scope-label-placeholder = ví dụ: người trong độ tuổi lao động
register-code-issued = Đã cấp. Số kiểm tra:
register-no-code = Chưa cấp mã
register-issue = Cấp mã thôn
register-reissue = Cấp lại mã
register-reissue-confirm = Cấp lại mã khi phiếu cũ bị mất hoặc lộ. Mã cũ sẽ thôi dùng: mọi máy của thôn phải nhập mã mới rồi xuất lại. Cấp lại?
register-sheet = In phiếu mã thôn
register-remove-data = Bỏ số liệu của thôn
register-add-label = Tên chính thức của thôn cần thêm
register-add = Thêm thôn
register-added = Đã thêm thôn. Bước tiếp theo: cấp mã thôn.
register-saved = Đã lưu.
register-criterion-title = Tiêu chí của xã
register-threshold = Ngưỡng đạt (%): đạt khi trên mức này
register-wording = Cách tỉnh ghi tiêu chí (nếu khác)
sheet-title = PHIẾU MÃ THÔN — HỌC SỐ
sheet-code-label = Mã thôn (gõ đúng từng nhóm, không phân biệt chữ hoa, chữ thường):
sheet-check-label = Số kiểm tra (máy sẽ hiện số này khi gõ đúng mã):
sheet-step-1 = Trên máy ở nhà văn hóa thôn, chọn “Nhà văn hóa thôn”, gõ mã thôn (hoặc mở tệp cài đặt từ USB).
sheet-step-2 = So số kiểm tra trên màn hình với số trên phiếu này. Khác nhau thì gõ lại mã.
sheet-step-3 = Máy đã có người học thì vào phần của tổ công nghệ số → “Hồ sơ” → “Mã thôn” để gõ.
sheet-warning = Giữ phiếu này như giữ chìa khóa: không chụp ảnh gửi lên mạng, không dán ở nơi công cộng. Mất hoặc lộ phiếu thì báo UBND xã để cấp lại mã.
sheet-print = In phiếu
sheet-save-file = Lưu tệp cài đặt vào USB
sheet-saved = Đã lưu tệp cài đặt. Sau khi cài xong máy ở thôn, hãy xóa tệp này khỏi USB:
files-title = Tệp đã nhập
files-none = Chưa nhập tệp nào.
files-computer = máy
files-forget = Bỏ tệp này
files-retire = Thay máy
undo-confirm = Xác nhận
qr-sample-warning = MẪU — đừng quét bằng điện thoại thật. Mã này chỉ để tập: tài khoản trong mã không có thật.
pin-reuse-warning = Đừng dùng lại mã PIN của thẻ ngân hàng, ứng dụng ngân hàng hay mã passcode VNeID: mã này nhiều người trong tổ cùng biết.
cli-setup-recovery = Mã khôi phục (để đặt lại mã PIN khi quên): { $code }. In hoặc chép ra giấy, cất cùng sổ sách của xã; máy chỉ hiện mã này một lần.
recovery-title = Mã khôi phục của xã
recovery-intro = Khi quên mã PIN, mã này cho phép đặt mã PIN mới. Máy chỉ hiện mã này một lần: hãy in hoặc chép ra giấy và cất cùng sổ sách của xã, không để ai chụp ảnh.
recovery-print = In mã khôi phục
recovery-done = Tôi đã cất mã, tiếp tục
pin-forgot = Quên mã PIN?
pin-reset-intro = Gõ mã thôn trên phiếu của xã (máy ở thôn) hoặc mã khôi phục đã in khi cài đặt (máy của xã), rồi đặt mã PIN mới.
pin-reset-code = Mã thôn hoặc mã khôi phục
pin-reset-save = Đặt mã PIN mới
pin-reset-done = Đã đặt mã PIN mới. Hãy nhập mã PIN mới để mở.
facilitator-locked-idle = Phần của tổ công nghệ số đã tự khóa sau 10 phút không dùng, để người khác không xem được hồ sơ. Hãy nhập mã PIN để mở lại.
undo-preview-retire = { $hamlet }: máy này sẽ thôi được tính, và mọi tệp sau này của máy bị từ chối; việc này không làm ngược lại được (máy cài lại sẽ có mã máy mới và được nhận). Sẽ bỏ { $files } tệp. Người đã học: { $personsBefore } → { $personsAfter }; người đạt: { $skilledBefore } → { $skilledAfter }. Máy bị mất thì xã nên cấp lại mã thôn. Bấm “Xác nhận” để làm, hoặc “Hủy” để giữ nguyên.
consent-who = Người chịu trách nhiệm giữ thông tin: Ủy ban nhân dân xã, qua tổ công nghệ số của thôn.
consent-what = Máy này chỉ lưu: tên của bạn, năm sinh, giới tính (nếu bạn muốn), lúc bạn đồng ý, các bài bạn đã học, điểm và ngày học.
consent-never = Chúng tôi không bao giờ hỏi số căn cước, số điện thoại, mã OTP (mã số dùng một lần) hay tài khoản ngân hàng của bạn; những gì bạn gõ khi tập trên điện thoại giả không được lưu.
consent-why = Để bạn học tiếp từ chỗ đã dừng, và để xã biết có bao nhiêu người trong thôn đã học xong. Tệp gửi lên xã không có tên, không có năm sinh: chỉ một mã thay cho tên, nhóm tuổi, giới tính và các bài đã đạt.
consent-how-long = Thông tin được giữ cho đến khi bạn xin xóa, hoặc khi tổ công nghệ số xóa người lâu không đến học.
consent-rights = Bạn có quyền xem thông tin của mình, xin sửa, xin xóa hết, và thôi không học nữa bất cứ lúc nào: hãy nói với tổ công nghệ số.
consent-children = Người dưới 16 tuổi cần cha mẹ hoặc người giám hộ đồng ý; tổ công nghệ số xác nhận điều đó.
consent-renew = Nội dung dưới đây đã được cập nhật. Bạn đọc lại và đồng ý thì học tiếp như cũ.
guardian-needed = Người dưới 16 tuổi cần cha mẹ hoặc người giám hộ đồng ý. Khi cha mẹ hoặc người giám hộ đã đồng ý, người trong tổ công nghệ số nhập mã PIN để xác nhận.
guardian-pin = Mã PIN của tổ công nghệ số (xác nhận cha mẹ hoặc người giám hộ đã đồng ý)
