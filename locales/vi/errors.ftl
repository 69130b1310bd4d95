# Error messages: what happened, then what to do next.

error-io = Không đọc hoặc ghi được tệp { $path } ({ $detail }). Kiểm tra ổ đĩa còn chỗ trống và tệp không bị khóa, rồi thử lại.
error-io-full = Ổ đĩa hoặc USB chứa { $path } đã đầy nên chưa ghi được; không có tệp nào bị ghi dở. Hãy xóa bớt tệp hoặc dùng USB khác, rồi thử lại.
error-io-read-only = Ổ đĩa hoặc USB chứa { $path } chỉ cho đọc, không ghi được; không có tệp nào bị ghi dở. Hãy gạt nút chống ghi trên USB (nếu có) hoặc chọn nơi lưu khác, rồi thử lại.
error-database = Lỗi cơ sở dữ liệu ({ $detail }). Hãy đóng ứng dụng rồi mở lại; nếu vẫn lỗi, báo cho tổ công nghệ số.
error-database-damaged = Tệp dữ liệu { $path } bị hỏng hoặc không phải của Học Số. Tệp này được giữ nguyên, không bị ghi đè. Hãy báo cho tổ công nghệ số để khôi phục từ bản sao lưu.
error-database-too-new = Tệp dữ liệu { $path } được tạo bởi phiên bản Học Số mới hơn. Tệp được giữ nguyên. Hãy cài phiên bản Học Số mới nhất rồi mở lại.
error-migration = Không nâng cấp được dữ liệu ({ $detail }). Dữ liệu cũ được giữ nguyên. Hãy báo cho tổ công nghệ số.
error-catalog-unusable = Không dùng được danh mục bài học { $path }. Hãy chạy “hocso lessons check” để xem lỗi và sửa.
error-lesson-not-found = Bài học “{ $lesson }” hiện không mở được. Hãy chọn bài khác và báo cho tổ công nghệ số.
error-learner-not-found = Không tìm thấy người học này. Hãy quay lại và chọn tên trong danh sách.
error-attempt-not-found = Không tìm thấy lượt học này. Hãy quay lại danh sách bài và mở lại bài học.
error-stale-step = Câu này đã được trả lời rồi. Màn hình sẽ chuyển tới bước hiện tại.
error-answer-does-not-fit = Câu trả lời chưa đầy đủ. Hãy chọn đáp án rồi bấm “Trả lời”.
error-already-set-up = Máy này đã được cài đặt rồi.
error-not-set-up = Máy này chưa được cài đặt. Hãy làm bước cài đặt lần đầu.
error-internal = Có lỗi không mong muốn ({ $detail }). Hãy đóng ứng dụng rồi mở lại; nếu vẫn lỗi, báo cho tổ công nghệ số.

error-input-name-required = Hãy nhập họ và tên.
error-input-name-too-long = Tên dài quá. Hãy nhập tên ngắn hơn 60 chữ.
error-input-birth-year = Năm sinh chưa đúng. Hãy nhập 4 chữ số, ví dụ 1962.
error-input-hamlet-required = Hãy nhập tên thôn.
error-input-commune-required = Hãy nhập tên xã.
error-input-pin-format = Mã PIN phải có từ 4 đến 8 chữ số. Hãy nhập lại.
error-input-pin-mismatch = Hai lần nhập mã PIN không giống nhau. Hãy nhập lại.
error-input-consent-required = Cần có sự đồng ý trước khi lưu thông tin người học.
error-input-duplicate-learner = Máy này đã có người cùng họ tên và năm sinh. Nếu đó là bạn, hãy quay lại và chọn tên mình trong danh sách. Nếu là người khác, hãy thêm vài chữ để phân biệt, ví dụ “Nguyễn Văn An (xóm Trên)”.

# Lesson problems, shown by “hocso lessons check” and to the facilitator.
problem-unreadable = Không đọc được tệp ({ $detail }). Kiểm tra tệp có tồn tại và đúng tên.
problem-syntax = Lỗi cú pháp: { $detail }. Sửa dòng này rồi chạy lại kiểm tra.
problem-unsupported-format = Danh mục dùng định dạng phiên bản { $found }, ứng dụng này đọc phiên bản { $supported }. Hãy cập nhật ứng dụng hoặc sửa format_version.
problem-lesson-folder-missing = Không có thư mục bài “{ $lesson }” chứa lesson.toml. Tạo thư mục hoặc bỏ bài khỏi danh mục.
problem-lesson-not-in-catalog = Bài “{ $lesson }” chưa có trong catalog.toml. Thêm bài vào một chủ đề, hoặc xóa thư mục.
problem-lesson-listed-twice = Bài “{ $lesson }” có hai lần trong danh mục. Chỉ để một lần.
problem-core-lesson-unknown = Bài chính “{ $lesson }” không có trong chủ đề nào. Thêm bài vào một chủ đề hoặc bỏ khỏi danh sách core.
problem-id-differs-from-folder = Mã bài “{ $id }” khác tên thư mục “{ $folder }”. Hai tên phải giống nhau.
problem-bad-id = Mã “{ $id }” không hợp lệ. Chỉ dùng chữ thường không dấu, số và dấu gạch ngang, bắt đầu bằng chữ.
problem-duplicate-step-id = Mã bước “{ $step }” bị trùng. Mỗi bước cần một mã riêng.
problem-version-zero = Phiên bản bài phải từ 1 trở lên.
problem-unknown-topic = Chủ đề “{ $topic }” không có trong catalog.toml. Sửa tên chủ đề.
problem-pass-mark = Điểm đạt { $value } không hợp lệ. Hãy dùng số từ 1 đến 100 (phần trăm).
problem-draw = Bài kiểm tra cuối muốn rút { $draw } câu nhưng kho chỉ có { $pool } câu. Sửa “draw” hoặc thêm câu.
problem-no-steps = Bài chưa có bước luyện tập nào. Thêm ít nhất một [[steps]].
problem-unknown-kind = Bước “{ $step }” có loại “{ $kind }” không được hỗ trợ. Dùng explain, choice, order, message, phone hoặc qr-pay.
problem-final-check-kind = Câu “{ $step }” của bài kiểm tra cuối không được là explain.
problem-field-not-for-kind = Bước “{ $step }” có trường “{ $field }” không dùng cho loại bước này. Xóa trường đó.
problem-too-few-options = Bước “{ $step }” cần ít nhất 2 lựa chọn.
problem-correct-count = Bước “{ $step }” cần đúng một đáp án đúng (hoặc ít nhất một khi multiple = true).
problem-too-few-items = Bước “{ $step }” cần ít nhất 2 mục để sắp xếp.
problem-duplicate-option = Bước “{ $step }” có mã “{ $option }” bị trùng.
problem-picture-missing = Không tìm thấy hình “{ $picture }” trong thư mục bài.
problem-ftl-syntax = Lỗi cú pháp Fluent: { $detail }. Sửa dòng này rồi chạy lại kiểm tra.
problem-text-missing = Thiếu lời “{ $id }” trong tệp { $locale }.ftl. Thêm lời này.
problem-text-extra = Lời “{ $id }” trong { $locale }.ftl không có trong vi.ftl. Thêm vào vi.ftl hoặc xóa.
problem-variables-differ = Lời “{ $id }” trong { $locale }.ftl dùng biến khác với vi.ftl. Dùng đúng các biến như bản tiếng Việt.
problem-step-field = Bước “{ $step }” thiếu trường “{ $field }” hoặc giá trị không hợp lệ. Xem docs/lesson-format.md.
problem-scenario-mismatch = Bước “{ $step }” có giá trị không khớp tình huống “{ $scenario }” (tên, số tiền). Xem docs/lesson-format.md.
problem-unknown-flag = Bước “{ $step }” có dấu hiệu “{ $flag }” không có trong danh sách hoặc bị lặp. Dùng đúng tên trong docs/lesson-format.md.
problem-live-link = Lời “{ $id }” có đường link bấm được “{ $link }”. Viết dấu chấm thành [.] (ví dụ vcb-xacthuc[.]top).

# VietQR (hocso qr decode / encode).
qr-error-bad-crc = Mã QR bị hỏng hoặc đã bị sửa: số kiểm tra không khớp ({ $detail }). Đừng chuyển tiền theo mã này; hãy xin mã mới từ người nhận.
qr-error-malformed = Đây không phải mã VietQR hợp lệ ({ $detail }). Kiểm tra lại mã đã chép đủ và đúng chưa.
qr-error-missing-field = Mã VietQR thiếu thông tin bắt buộc ({ $detail }). Hãy xin mã mới từ người nhận.
qr-error-unsupported-value = Mã có giá trị không dùng được cho VietQR ({ $detail }). Hãy xin mã mới từ người nhận.
qr-error-unknown-bank = Mã BIN ngân hàng không có trong danh sách NAPAS ({ $detail }). Kiểm tra lại mã BIN 6 chữ số.
qr-error-invalid-account = Số tài khoản hoặc số thẻ không hợp lệ ({ $detail }). Kiểm tra lại số đã nhập.
qr-error-invalid-amount = Số tiền không hợp lệ ({ $detail }). Nhập số tiền là số nguyên đồng, lớn hơn 0.
qr-error-invalid-purpose = Nội dung chuyển khoản không hợp lệ ({ $detail }). Viết không quá 25 ký tự, không dùng ký tự đặc biệt.
qr-error-render = Không vẽ được mã QR ({ $detail }). Hãy rút ngắn nội dung rồi thử lại.
problem-text-id-clash = Hai phần của bài cùng dùng lời “{ $id }”. Đổi mã của một bước hoặc một lựa chọn cho khác đi.
error-not-a-hamlet = Chỉ máy tính của nhà văn hóa thôn mới xuất kết quả. Máy của xã thì nhập tệp từ các thôn.
error-pin-wrong = Mã PIN chưa đúng. Hãy nhập lại.
error-pin-wrong-wait = Mã PIN chưa đúng. Hãy chờ { $seconds } giây rồi nhập lại.
error-pin-wait = Đã nhập sai nhiều lần. Hãy chờ { $seconds } giây rồi nhập lại.
error-facilitator-locked = Phần này dành cho tổ công nghệ số. Hãy nhập mã PIN trước.
error-session-not-found = Không tìm thấy buổi học này. Hãy bắt đầu một buổi học mới.
error-not-skilled-yet = Người này chưa đạt hết các bài chính, nên chưa in được giấy chứng nhận. Hãy cùng họ học tiếp các bài còn lại.
error-no-backup = Chưa có bản sao lưu nào. Hãy báo cho tổ công nghệ số.
