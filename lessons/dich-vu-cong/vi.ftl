# Bài: Dịch vụ công trực tuyến. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md §2 (có §2.5 sửa lại
# phần đăng nhập và phạt giao thông), §1.4 và §13 (từ 1/7/2025 chính quyền hai cấp).
#
# Mỗi bước “phone” S có các mã: S-title (tên màn hình), S-task (việc cần làm, hiện phía trên
# điện thoại), S-F và S-F-hint cho mỗi ô F, S-B và S-B-feedback cho mỗi nút B.
# Thẻ căn cước, số điện thoại và tin nhắn OTP bên cạnh điện thoại do máy tạo ra, có chữ
# “MẪU — chỉ để luyện tập”. Xã Bình An, xã Tân Lập, xã Hòa Sơn là tên MẪU. “MAU123” là mã
# hồ sơ tập, không phải dạng mã thật. Không ghi số thật hay số trông như thật vào bài.
#
# Đăng nhập (§2.5): trên Cổng chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”;
# Cổng chuyển sang trang đăng nhập VNeID; mã OTP gửi tới số điện thoại đã đăng ký; trên máy
# tính có thể quét mã QR bằng ứng dụng VNeID. Mã OTP chỉ gõ vào trang mình tự mở.
# Phạt giao thông (§2.5): chỉ tra cứu ở ứng dụng VNeTraffic, Cổng Dịch vụ công, trang
# csgt[.]bocongan[.]gov[.]vn; không bao giờ nộp phạt qua link trong tin nhắn.
# Giải nghĩa ở lần đầu gặp: mã OTP (dn-giai-thich-text), thủ tục liên thông
# (vd-gioi-thieu-text), thành phần hồ sơ (vd-dinh-kem-task), lý lịch tư pháp
# (thu-tuc-khac-text), phạt nguội (phat-nguoi-prompt). Câu kiểm tra cuối có thể ra ở phần
# kiểm tra đầu vào, trước khi học, nên cũng có lời giải nghĩa ngắn.
# Không ghi số nghị định trong lời cho người học; không nói “huyện”.
#
# CHƯA KIỂM CHỨNG, nên bài cố ý không nói:
#   - tên chính xác các mục khác trên Cổng; tên mục theo dõi hồ sơ (“Quản lý hồ sơ”, “Tra
#     cứu hồ sơ”): màn hình tập “Tra cứu hồ sơ” là tên mô tả, bài nói tên thật có thể khác;
#   - dạng của mã hồ sơ (bao nhiêu ký tự, gồm những gì);
#   - các bước sau nút “Thanh toán” (qua ngân hàng nào, xác nhận ra sao);
#   - lệ phí cấp phiếu lý lịch tư pháp, và lệ phí của thủ tục liên thông khai sinh;
#   - mã OTP dùng được bao lâu;
#   - có tin nhắn chính thức báo phạt giao thông hay không (bài chỉ dạy: không nộp phạt qua
#     link trong tin nhắn, tự tra cứu ở nơi chính thức);
#   - trang thủ tục có ghi chữ “toàn trình”, “một phần” hay không (bài nói: đọc kỹ trang
#     thủ tục, hoặc hỏi cán bộ xã);
#   - gia hạn thẻ BHYT hộ gia đình có phải toàn trình không (bài không nhắc);
#   - tên Trung tâm Phục vụ hành chính công của từng xã ở Quảng Ninh (bài nói chung).
# Tên màn hình “Đăng nhập”, “Xác thực OTP”, “Chọn cơ quan giải quyết”, “Tờ khai”, “Thành phần
# hồ sơ”, “Xem lại hồ sơ”, “Thanh toán lệ phí”, “Tra cứu hồ sơ”, tên trang thủ tục liên thông,
# và các nút khác “Nộp trực tuyến” và “Tài khoản định danh điện tử cấp bởi Bộ Công an” là tên
# mô tả.

lesson-title = Dịch vụ công trực tuyến
lesson-summary = Bạn tập đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID, tìm thủ tục, nộp hồ sơ qua mạng, trả lệ phí và tra cứu hồ sơ bằng mã hồ sơ, với ví dụ làm khai sinh cho em bé.

## Luyện tập

gioi-thieu-text =
    Cổng Dịch vụ công quốc gia là trang web của Nhà nước để làm thủ tục hành chính qua mạng. Địa chỉ là dichvucong[.]gov[.]vn.
    Với nhiều thủ tục, bạn nộp hồ sơ, trả lệ phí và theo dõi kết quả ngay trên điện thoại hay máy tính, đỡ phải đi lại.
    Từ ngày 1/7/2024, người dân đăng nhập Cổng bằng tài khoản VNeID. Tài khoản riêng của Cổng chỉ dùng được đến hết ngày 30/6/2024.
    Vì vậy, bạn cần có tài khoản VNeID trước. Nếu chưa có, bạn học bài VNeID trước nhé.
    Từ ngày 1/7/2025, chính quyền ở địa phương chỉ còn hai cấp: tỉnh và xã (hoặc phường). Những thủ tục hay gặp, như khai sinh, thường do xã hoặc phường nơi bạn sống giải quyết. Cần giúp, bạn đến Trung tâm Phục vụ hành chính công của xã.
    Trong bài, các màn hình đã được làm gọn cho dễ tập. Trên Cổng thật, tên các mục có thể hơi khác. Bạn tìm chữ gần giống, hoặc hỏi tổ công nghệ số.
    Mọi con số ở đây đều là số MẪU. Bạn đừng gõ số thật của mình vào đây. Máy không lưu những gì bạn gõ.

dang-nhap-cach-prompt = Từ ngày 1/7/2024, bạn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?
dang-nhap-cach-vneid = Tài khoản định danh điện tử VNeID
dang-nhap-cach-vneid-feedback = Đúng rồi. Từ ngày 1/7/2024, người dân đăng nhập Cổng bằng tài khoản VNeID.
dang-nhap-cach-tai-khoan-cu = Tài khoản riêng của Cổng mà bạn tạo từ trước
dang-nhap-cach-tai-khoan-cu-feedback = Tài khoản riêng của Cổng chỉ dùng được đến hết ngày 30/6/2024. Bây giờ bạn đăng nhập bằng tài khoản VNeID.
dang-nhap-cach-zalo = Tài khoản Zalo
dang-nhap-cach-zalo-feedback = Cổng không đăng nhập bằng Zalo. Bạn dùng tài khoản VNeID.

dn-giai-thich-text =
    Đăng nhập Cổng có bốn bước.
    Một: bạn tự mở Cổng trên điện thoại hay máy tính của mình.
    Hai: ở trang đăng nhập, bạn chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”. Đó chính là tài khoản VNeID.
    Ba: Cổng chuyển bạn sang trang đăng nhập của VNeID. Bạn nhập số định danh cá nhân và mật khẩu VNeID.
    Bốn: mã OTP — mã số dùng một lần gửi qua tin nhắn — được gửi tới số điện thoại bạn đã đăng ký với VNeID. Bạn tự gõ mã vào trang mình đang mở. Không đọc mã cho ai, kể cả người xưng là cán bộ.
    Nếu dùng máy tính, bạn cũng có thể đăng nhập bằng cách mở ứng dụng VNeID trên điện thoại của mình, rồi quét mã QR hiện trên màn hình máy tính.

dn-chon-cach-title = Đăng nhập
dn-chon-cach-task = Bạn đang ở trang đăng nhập của Cổng Dịch vụ công. Hãy chọn cách đăng nhập bằng tài khoản VNeID.
dn-chon-cach-vneid = Tài khoản định danh điện tử cấp bởi Bộ Công an
dn-chon-cach-vneid-feedback = Đúng rồi. Đó chính là tài khoản VNeID. Cổng chuyển bạn sang trang đăng nhập của VNeID.
dn-chon-cach-dang-ky = Đăng ký tài khoản mới
dn-chon-cach-dang-ky-feedback = Bạn không cần tạo tài khoản riêng trên Cổng. Bạn chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”, tức là tài khoản VNeID.

dn-nhap-title = Đăng nhập VNeID
dn-nhap-task = Cổng đã chuyển bạn sang trang đăng nhập của VNeID. Nhập số định danh cá nhân trên thẻ căn cước MẪU, và một mật khẩu tập đúng quy tắc của VNeID. Rồi bấm “Đăng nhập”.
dn-nhap-so-dinh-danh = Số định danh cá nhân
dn-nhap-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh. Bạn gõ lại từng số cho khớp.
dn-nhap-mat-khau = Mật khẩu
dn-nhap-mat-khau-hint = Ở đây, bạn gõ một mật khẩu tập: từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và một ký tự đặc biệt như @. Đừng gõ mật khẩu VNeID thật của bạn vào đây.
dn-nhap-dang-nhap = Đăng nhập
dn-nhap-dang-nhap-feedback = Đúng rồi. Tiếp theo, mã OTP được gửi tới số điện thoại bạn đã đăng ký.
dn-nhap-quen-mat-khau = Quên mật khẩu
dn-nhap-quen-mat-khau-feedback = Nút này dùng khi bạn không nhớ mật khẩu. Ở đây, bạn gõ mật khẩu tập rồi bấm “Đăng nhập”.

dn-otp-title = Xác thực OTP
dn-otp-task = Mã OTP vừa được gửi tới điện thoại của bạn. Xem tin nhắn MẪU bên cạnh, gõ mã 6 số vào trang này, rồi bấm “Xác nhận”.
dn-otp-ma-otp = Mã OTP
dn-otp-ma-otp-hint = Mã OTP trong tin nhắn MẪU có 6 chữ số. Bạn gõ lại cho khớp.
dn-otp-xac-nhan = Xác nhận
dn-otp-xac-nhan-feedback = Đúng rồi. Bạn đã vào tài khoản của mình trên Cổng. Mã OTP chỉ gõ vào trang bạn tự mở. Không đọc mã cho ai, kể cả người xưng là cán bộ.
dn-otp-gui-lai = Gửi lại mã
dn-otp-gui-lai-feedback = Nút này dùng khi bạn chưa nhận được mã. Ở đây mã đã đến: bạn gõ mã trong tin nhắn MẪU, rồi bấm “Xác nhận”.

quy-trinh-text =
    Làm một thủ tục trên Cổng thường có các bước sau.
    Một: đăng nhập bằng tài khoản VNeID.
    Hai: tìm thủ tục theo tên, ví dụ “khai sinh”. Mở trang thủ tục, đọc xem cần giấy tờ gì. Rồi bấm “Nộp trực tuyến”.
    Ba: chọn cơ quan giải quyết, thường là xã hoặc phường nơi bạn sống. Điền tờ khai.
    Bốn: đính kèm ảnh chụp giấy tờ, nếu thủ tục yêu cầu.
    Năm: xem lại mọi thứ. Thấy chỗ sai, như ảnh bị mờ, thì sửa trước. Rồi nộp hồ sơ. Nếu có lệ phí, bạn trả trực tuyến.
    Sáu: nhận thông báo tiếp nhận và lịch hẹn trả kết quả, qua Cổng, qua VNeID và qua tin nhắn. Bạn theo dõi hồ sơ trong tài khoản của mình trên Cổng.
    Bảy: nhận kết quả qua mạng, dưới dạng giấy tờ điện tử, hoặc qua bưu điện.

quy-trinh-thu-tu-prompt = Hãy xếp các bước làm thủ tục trên Cổng Dịch vụ công theo đúng thứ tự.
quy-trinh-thu-tu-hint = Phải đăng nhập trước. Tìm thấy thủ tục rồi mới bấm “Nộp trực tuyến”. Nộp hồ sơ là việc cuối cùng.
quy-trinh-thu-tu-dang-nhap = Đăng nhập bằng tài khoản VNeID
quy-trinh-thu-tu-tim-thu-tuc = Tìm thủ tục theo tên
quy-trinh-thu-tu-nop-truc-tuyen = Bấm “Nộp trực tuyến”
quy-trinh-thu-tu-dien-to-khai = Chọn cơ quan giải quyết, điền tờ khai
quy-trinh-thu-tu-dinh-kem = Đính kèm ảnh giấy tờ
quy-trinh-thu-tu-nop-ho-so = Xem lại rồi nộp hồ sơ

vd-gioi-thieu-text =
    Bây giờ, bạn tập một ví dụ: một gia đình MẪU vừa có em bé.
    Gia đình làm một thủ tục liên thông. Thủ tục liên thông là nhiều việc gộp lại, bạn chỉ nộp hồ sơ một lần.
    Thủ tục này làm ba việc cùng lúc cho trẻ dưới 6 tuổi: đăng ký khai sinh, đăng ký thường trú, và cấp thẻ bảo hiểm y tế.
    Bạn nộp trên Cổng Dịch vụ công, hoặc ngay trên ứng dụng VNeID, ở mục Thủ tục hành chính. Trên VNeID thì cần tài khoản mức 2.
    Cả bộ thủ tục mất không quá 3 ngày làm việc. Nếu cần kiểm tra thêm thì không quá 5 ngày làm việc.
    Giấy khai sinh điện tử được cấp ngay trong ngày làm việc.
    Bố mẹ phải đăng ký thường trú cho con trong vòng 60 ngày, kể từ ngày đăng ký khai sinh. Thủ tục liên thông này làm luôn việc đó.

vd-tim-title = Cổng Dịch vụ công quốc gia
vd-tim-task = Gõ tên thủ tục cần tìm, ví dụ “khai sinh”, rồi bấm “Tìm kiếm”.
vd-tim-tu-khoa = Tìm kiếm thủ tục
vd-tim-tu-khoa-hint = Bạn gõ vài chữ trong tên thủ tục, ví dụ “khai sinh”. Ô này không được để trống.
vd-tim-tim-kiem = Tìm kiếm
vd-tim-tim-kiem-feedback = Đúng rồi. Cổng hiện danh sách các thủ tục có chữ bạn gõ. Bạn bấm vào đúng thủ tục để mở ra đọc.
vd-tim-dang-xuat = Đăng xuất
vd-tim-dang-xuat-feedback = Nút này đưa bạn ra khỏi tài khoản. Bạn gõ tên thủ tục, rồi bấm “Tìm kiếm”.

vd-nop-truc-tuyen-title = Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi
vd-nop-truc-tuyen-task = Đây là trang của thủ tục liên thông. Bạn đã đọc xem cần giấy tờ gì. Hãy bấm nút để bắt đầu nộp hồ sơ qua mạng.
vd-nop-truc-tuyen-nop-truc-tuyen = Nộp trực tuyến
vd-nop-truc-tuyen-nop-truc-tuyen-feedback = Đúng rồi. Cổng mở các bước nộp hồ sơ: chọn cơ quan giải quyết, điền tờ khai, đính kèm giấy tờ.
vd-nop-truc-tuyen-quay-lai = Quay lại
vd-nop-truc-tuyen-quay-lai-feedback = Nút này đưa bạn về danh sách thủ tục. Để nộp hồ sơ qua mạng, bạn bấm “Nộp trực tuyến”.

vd-chon-co-quan-title = Chọn cơ quan giải quyết
vd-chon-co-quan-task = Gia đình MẪU trong bài sống ở xã Bình An. Hãy chọn cơ quan giải quyết là xã Bình An.
vd-chon-co-quan-xa-binh-an = UBND xã Bình An (MẪU)
vd-chon-co-quan-xa-binh-an-feedback = Đúng rồi. Hồ sơ sẽ được gửi tới xã bạn chọn. Ngoài đời, bạn chọn đúng xã, phường theo hướng dẫn của thủ tục. Không chắc thì hỏi cán bộ xã.
vd-chon-co-quan-xa-tan-lap = UBND xã Tân Lập (MẪU)
vd-chon-co-quan-xa-tan-lap-feedback = Gia đình MẪU sống ở xã Bình An. Bạn chọn đúng xã, để hồ sơ đến đúng nơi.

vd-to-khai-title = Tờ khai
vd-to-khai-task = Điền tờ khai MẪU: gõ một tên tập cho em bé, và số điện thoại MẪU để nhận tin báo. Rồi bấm “Tiếp tục”.
vd-to-khai-ho-ten-tre = Họ, chữ đệm và tên của trẻ
vd-to-khai-ho-ten-tre-hint = Bạn gõ một tên tập bất kỳ, ví dụ một tên bạn tự nghĩ ra. Ô này không được để trống.
vd-to-khai-so-dien-thoai = Số điện thoại liên hệ
vd-to-khai-so-dien-thoai-hint = Số điện thoại có 10 chữ số, bắt đầu bằng số 0. Bạn chép đúng số điện thoại MẪU bên cạnh.
vd-to-khai-tiep-tuc = Tiếp tục
vd-to-khai-tiep-tuc-feedback = Đúng rồi. Tờ khai thật có nhiều ô hơn. Bạn điền chậm, đúng như giấy tờ, gõ đủ dấu. Bước tiếp theo là đính kèm ảnh giấy tờ.
vd-to-khai-huy = Hủy
vd-to-khai-huy-feedback = Nút này bỏ tờ khai đang điền. Bạn điền xong hai ô, rồi bấm “Tiếp tục”.

anh-ro-prompt = Bạn chụp ảnh giấy tờ để đính kèm vào hồ sơ. Ảnh nào dùng được?
anh-ro-ro-net = Ảnh rõ nét, đủ bốn góc, đọc được hết chữ
anh-ro-ro-net-feedback = Đúng. Bạn đặt giấy tờ trên mặt bàn phẳng, ở chỗ sáng, rồi chụp thẳng từ trên xuống. Chụp xong, bạn xem lại ảnh cho rõ, rồi mới đính kèm.
anh-ro-bi-loa = Ảnh chụp vội, bị lóa đèn, mất một góc
anh-ro-bi-loa-feedback = Ảnh mờ hay mất góc thì cán bộ không đọc được. Bạn chụp lại ở chỗ sáng, cho đủ bốn góc.
anh-ro-nguoi-khac = Ảnh giấy tờ của người khác, cho nhanh
anh-ro-nguoi-khac-feedback = Hồ sơ phải dùng đúng giấy tờ của người làm thủ tục. Bạn chụp giấy tờ thật, rõ nét và đủ bốn góc.

vd-dinh-kem-title = Thành phần hồ sơ
vd-dinh-kem-task = “Thành phần hồ sơ” là danh sách các giấy tờ phải nộp kèm. Thủ tục yêu cầu ảnh chụp một giấy tờ, và bạn đã chụp một ảnh rõ nét. Hãy bấm nút để đính kèm ảnh.
vd-dinh-kem-dinh-kem = Đính kèm ảnh
vd-dinh-kem-dinh-kem-feedback = Đúng rồi. Điện thoại mở máy ảnh hoặc kho ảnh để bạn chọn ảnh. Ảnh phải rõ, đủ bốn góc, đọc được hết chữ.
vd-dinh-kem-bo-qua = Bỏ qua
vd-dinh-kem-bo-qua-feedback = Thủ tục yêu cầu giấy tờ nào thì bạn đính kèm giấy tờ đó. Thiếu thì hồ sơ chưa đủ. Bạn bấm “Đính kèm ảnh”.

vd-nop-title = Xem lại hồ sơ
vd-nop-task = Bạn đã xem lại tờ khai và ảnh giấy tờ, mọi thứ đều đúng. Hãy nộp hồ sơ.
vd-nop-nop-ho-so = Nộp hồ sơ
vd-nop-nop-ho-so-feedback = Đúng rồi. Hồ sơ đã được gửi đi. Bạn sẽ nhận thông báo tiếp nhận và lịch hẹn qua Cổng, qua VNeID và qua tin nhắn. Nếu thủ tục có lệ phí, màn hình hướng dẫn bạn trả trực tuyến.
vd-nop-quay-lai = Quay lại sửa
vd-nop-quay-lai-feedback = Bạn đã xem lại và mọi thứ đều đúng, nên không cần sửa nữa. Bạn bấm “Nộp hồ sơ”. Khi thấy chỗ sai, như ảnh bị mờ, thì bạn mới quay lại sửa.

tra-phi-title = Thanh toán lệ phí
tra-phi-task = Giả sử bạn vừa nộp một thủ tục khác, có lệ phí. Cổng hiện bước trả lệ phí trực tuyến, có ghi số tiền. Hãy trả lệ phí ngay trên Cổng.
tra-phi-quay-lai = Quay lại
tra-phi-quay-lai-feedback = Quay lại thì lệ phí chưa được trả. Bạn bấm “Thanh toán” để trả ngay trên Cổng.
tra-phi-thanh-toan = Thanh toán
tra-phi-thanh-toan-feedback = Đúng rồi. Cổng hướng dẫn bạn trả trực tuyến, từng bước. Bạn xem kỹ số tiền trước khi xác nhận. Lệ phí chỉ trả ở bước này trên Cổng, không chuyển cho ai gọi điện hay nhắn tin đến.

le-phi-prompt = Giả sử bạn nộp một thủ tục có lệ phí. Bạn trả lệ phí thế nào cho an toàn?
le-phi-tren-cong = Trả ngay trên Cổng, ở bước thanh toán trực tuyến
le-phi-tren-cong-feedback = Đúng. Bạn trả trong bước thanh toán của chính Cổng, theo hướng dẫn trên màn hình. Bạn không chuyển tiền cho ai gọi điện hay nhắn tin đến.
le-phi-chuyen-ca-nhan = Chuyển khoản vào tài khoản của người gọi điện xưng là cán bộ xã
le-phi-chuyen-ca-nhan-feedback = Bạn đừng chuyển lệ phí vào tài khoản của người gọi đến. Bạn chỉ trả ở bước thanh toán trên Cổng.
le-phi-doc-the = Đọc số thẻ ngân hàng và mã OTP cho người gọi đến, để họ nộp giúp
le-phi-doc-the-feedback = Không bao giờ đọc số thẻ hay mã OTP cho ai. Bạn tự trả ở bước thanh toán trên Cổng.

theo-doi-text =
    Nộp xong, bạn nhận thông báo đã tiếp nhận hồ sơ và lịch hẹn trả kết quả. Thông báo đến qua Cổng, qua ứng dụng VNeID và qua tin nhắn điện thoại.
    Mỗi hồ sơ có một mã hồ sơ. Mã này khác mã OTP: bạn giữ lại, không xóa. Bạn ghi mã ra giấy, hoặc chụp lại màn hình.
    Muốn biết hồ sơ đến bước nào, bạn vào phần tra cứu hồ sơ trên Cổng, gõ mã hồ sơ, rồi bấm tra cứu. Bạn cũng có thể đăng nhập và xem phần hồ sơ của mình. Tên các mục này trên Cổng thật có thể hơi khác. Bạn không cần nộp lại hồ sơ.
    Kết quả được trả qua mạng, dưới dạng giấy tờ điện tử, hoặc gửi qua bưu điện.
    Nếu có người gọi điện, đòi bạn chuyển tiền vào tài khoản cá nhân để “làm nhanh hồ sơ”, đó là kẻ gian. Bạn cúp máy, rồi hỏi thẳng cán bộ ở xã.

tra-cuu-title = Tra cứu hồ sơ
tra-cuu-task = Tuần trước bạn đã nộp hồ sơ, và đã ghi mã hồ sơ ra giấy. Hãy xem hồ sơ đã đến bước nào: gõ mã hồ sơ vào ô, rồi bấm “Tra cứu”. Ở đây, bạn gõ mã tập MAU123.
tra-cuu-ma-ho-so = Mã hồ sơ
tra-cuu-ma-ho-so-hint = Bạn chép mã hồ sơ ghi trên giấy, đúng từng chữ, từng số. Ở đây, bạn gõ mã tập MAU123. Ô này không được để trống.
tra-cuu-tra-cuu = Tra cứu
tra-cuu-tra-cuu-feedback = Đúng rồi. Cổng cho biết hồ sơ của bạn đang ở bước nào. Bạn không cần nộp lại, cũng không trả thêm tiền cho ai.
tra-cuu-nop-moi = Nộp hồ sơ mới
tra-cuu-nop-moi-feedback = Hồ sơ đã nộp rồi, không cần nộp lại. Bạn gõ mã hồ sơ, rồi bấm “Tra cứu”.

thu-tuc-khac-text =
    Cổng Dịch vụ công và VNeID còn giúp nhiều việc khác. Ví dụ:
    Phiếu lý lịch tư pháp là tờ giấy cho biết một người có án tích, tức là tiền án, hay không. Bạn có thể yêu cầu cấp phiếu ngay trên ứng dụng VNeID. Bài này không nói mức lệ phí; bạn xem trên ứng dụng khi làm.
    Khi nhà có người mất: có thủ tục liên thông đăng ký khai tử, xóa đăng ký thường trú, và hưởng mai táng phí, tử tuất. Bạn nộp một bộ hồ sơ cho cả ba việc.
    Phạt vi phạm giao thông: công an gửi thông báo vi phạm bằng giấy, qua chính quyền địa phương. Muốn tự xem mình có bị phạt không, bạn chỉ tra cứu ở nơi chính thức: ứng dụng VNeTraffic, Cổng Dịch vụ công, hoặc trang csgt[.]bocongan[.]gov[.]vn. Trên Cổng có phần tra cứu vi phạm và nộp phạt trực tuyến qua ngân hàng.
    Bạn nhớ: không bao giờ nộp phạt qua đường link trong tin nhắn. Kẻ gian hay làm trang giả, có tên gần giống Cổng Dịch vụ công. Thấy tin báo bị phạt kèm link, bạn đừng bấm, đừng gọi lại số đó. Bạn tự mở VNeTraffic hay Cổng để tra cứu. Không tự làm được thì nhờ người thân hoặc tổ công nghệ số giúp.

phat-nguoi-prompt = Bạn muốn tự xem xe máy của mình có bị phạt nguội không. Phạt nguội là bị phạt sau, dựa vào hình ảnh camera ghi lại. Bạn tra cứu ở đâu?
phat-nguoi-tu-tra-cuu = Tự mở ứng dụng VNeTraffic, hoặc Cổng Dịch vụ công
phat-nguoi-tu-tra-cuu-feedback = Đúng. Đó là những nơi chính thức. Bạn cũng có thể xem trang csgt[.]bocongan[.]gov[.]vn. Không tự làm được thì bạn nhờ người thân hoặc tổ công nghệ số.
phat-nguoi-bam-link = Bấm vào đường link trong tin nhắn báo phạt vừa nhận
phat-nguoi-bam-link-feedback = Link trong tin nhắn có thể dẫn tới trang giả để lấy tiền. Bạn tự mở VNeTraffic hoặc Cổng Dịch vụ công để tra cứu.
phat-nguoi-goi-so = Gọi số điện thoại ghi trong tin nhắn báo phạt
phat-nguoi-goi-so-feedback = Số trong tin nhắn có thể là của kẻ gian. Bạn tự mở VNeTraffic hoặc Cổng Dịch vụ công để tra cứu.

toan-trinh-text =
    Dịch vụ công trực tuyến có hai loại.
    Toàn trình: bạn khai đủ thông tin, nộp hồ sơ và được giải quyết hoàn toàn trên mạng. Kết quả trả qua mạng hoặc qua bưu điện. Bạn không phải đến cơ quan.
    Một phần: những thủ tục chưa làm được hết trên mạng. Ví dụ, bạn vẫn phải đến cơ quan, hoặc cán bộ phải đến tận nơi kiểm tra. “Một phần” không có nghĩa là chỉ nộp nửa hồ sơ, hay trả một phần lệ phí.
    Trước khi nộp, bạn đọc kỹ trang thủ tục, hoặc hỏi cán bộ xã, để biết mình có phải lên xã hay không.

mot-phan-lam-gi-prompt = Cán bộ xã cho bạn biết: thủ tục bạn cần làm là dịch vụ công trực tuyến “một phần”. Bạn làm thế nào?
mot-phan-lam-gi-doc-ky = Nộp trên mạng, rồi đọc kỹ xem bước nào phải đến cơ quan
mot-phan-lam-gi-doc-ky-feedback = Đúng. Thủ tục “một phần” chưa làm hết được trên mạng. Bạn đọc kỹ trang thủ tục và các thông báo, hoặc hỏi cán bộ xã, để biết khi nào phải đến.
mot-phan-lam-gi-nua-ho-so = Chỉ nộp một nửa hồ sơ trên mạng
mot-phan-lam-gi-nua-ho-so-feedback = “Một phần” không có nghĩa là nộp nửa hồ sơ. Bạn nộp đủ hồ sơ, rồi xem kỹ bước nào còn phải đến cơ quan.
mot-phan-lam-gi-mot-phan-phi = Chỉ trả một phần lệ phí, phần còn lại để sau
mot-phan-lam-gi-mot-phan-phi-feedback = “Một phần” không nói về lệ phí. Nó là vẫn có thể phải đến cơ quan cho một bước. Bạn nộp trên mạng, rồi xem kỹ bước nào phải đến.

## Bài kiểm tra cuối

# Nhóm “dang-nhap”: đăng nhập an toàn.

kt-dn-chon-cach-title = Đăng nhập
kt-dn-chon-cach-task = Bạn đang ở trang đăng nhập của Cổng Dịch vụ công. Hãy chọn cách đăng nhập bằng tài khoản VNeID của bạn.
kt-dn-chon-cach-dang-ky = Đăng ký tài khoản mới
kt-dn-chon-cach-dang-ky-feedback = Bạn không cần tạo tài khoản riêng trên Cổng. Bạn chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”, tức là tài khoản VNeID.
kt-dn-chon-cach-vneid = Tài khoản định danh điện tử cấp bởi Bộ Công an
kt-dn-chon-cach-vneid-feedback = Đúng. Đó chính là tài khoản VNeID. Cổng chuyển bạn sang trang đăng nhập của VNeID.
kt-dn-chon-cach-quay-lai = Quay lại
kt-dn-chon-cach-quay-lai-feedback = Nút này đưa bạn về trang trước. Để đăng nhập, bạn chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”.

kt-dn-nhap-title = Đăng nhập VNeID
kt-dn-nhap-task = Cổng đã chuyển bạn sang trang đăng nhập của VNeID. Nhập số định danh cá nhân trên thẻ căn cước MẪU và một mật khẩu tập đúng quy tắc, rồi đăng nhập.
kt-dn-nhap-so-dinh-danh = Số định danh cá nhân
kt-dn-nhap-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh.
kt-dn-nhap-mat-khau = Mật khẩu
kt-dn-nhap-mat-khau-hint = Mật khẩu tập cần từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và một ký tự đặc biệt như @.
kt-dn-nhap-dang-nhap = Đăng nhập
kt-dn-nhap-dang-nhap-feedback = Đúng. Tiếp theo, mã OTP được gửi tới số điện thoại bạn đã đăng ký.
kt-dn-nhap-quen-mat-khau = Quên mật khẩu
kt-dn-nhap-quen-mat-khau-feedback = Nút này dùng khi bạn không nhớ mật khẩu. Ở đây, bạn gõ mật khẩu tập rồi bấm “Đăng nhập”.
kt-dn-nhap-quay-lai = Quay lại
kt-dn-nhap-quay-lai-feedback = Nút này đưa bạn về trang trước. Bạn điền hai ô, rồi bấm “Đăng nhập”.

kt-dn-otp-title = Xác thực OTP
kt-dn-otp-task = Bạn đang đăng nhập trên trang Cổng do chính bạn mở. Mã OTP (mã số dùng một lần) vừa gửi tới điện thoại của bạn, trong tin nhắn MẪU bên cạnh. Hãy làm xong việc đăng nhập.
kt-dn-otp-ma-otp = Mã OTP
kt-dn-otp-ma-otp-hint = Mã OTP trong tin nhắn MẪU có 6 chữ số. Bạn gõ lại cho khớp.
kt-dn-otp-gui-lai = Gửi lại mã
kt-dn-otp-gui-lai-feedback = Mã đã đến rồi, không cần xin mã mới. Bạn gõ mã trong tin nhắn MẪU, rồi bấm “Xác nhận”.
kt-dn-otp-quay-lai = Quay lại
kt-dn-otp-quay-lai-feedback = Bạn chưa cần quay lại. Bạn gõ mã trong tin nhắn MẪU, rồi bấm “Xác nhận”.
kt-dn-otp-xac-nhan = Xác nhận
kt-dn-otp-xac-nhan-feedback = Đúng. Mã OTP chỉ gõ vào trang bạn tự mở, không đọc cho ai.

kt-dn-thu-tu-prompt = Bạn muốn đăng nhập Cổng Dịch vụ công. Hãy xếp các bước theo đúng thứ tự.
kt-dn-thu-tu-hint = Bạn tự mở Cổng trước. Chọn cách đăng nhập, rồi mới nhập số định danh và mật khẩu. Mã OTP đến sau cùng.
kt-dn-thu-tu-mo-cong = Tự mở Cổng trên máy của mình
kt-dn-thu-tu-chon-cach = Chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”
kt-dn-thu-tu-nhap-so = Nhập số định danh cá nhân và mật khẩu VNeID
kt-dn-thu-tu-nhap-otp = Gõ mã OTP gửi tới điện thoại của mình

kt-otp-nguoi-goi-prompt = Bạn đang đăng nhập Cổng trên điện thoại thì có tin nhắn chứa mã OTP, tức mã số dùng một lần. Ngay lúc đó, một người gọi đến, xưng là cán bộ xã, xin bạn đọc mã để “duyệt hồ sơ nhanh”. Bạn làm gì?
kt-otp-nguoi-goi-tu-go = Tự gõ mã vào trang mình đang mở, rồi cúp máy
kt-otp-nguoi-goi-tu-go-feedback = Đúng. Mã OTP chỉ gõ vào trang bạn tự mở. Không ai được xin mã của bạn, kể cả người xưng là cán bộ.
kt-otp-nguoi-goi-doc-ma = Đọc mã cho người gọi, vì họ là cán bộ xã
kt-otp-nguoi-goi-doc-ma-feedback = Có mã OTP, kẻ gian vào được tài khoản của bạn. Bạn tự gõ mã vào trang mình mở, không đọc cho ai, rồi cúp máy.
kt-otp-nguoi-goi-gui-anh = Chụp tin nhắn có mã, gửi qua Zalo cho họ
kt-otp-nguoi-goi-gui-anh-feedback = Gửi ảnh tin nhắn cũng là đưa mã cho người khác. Bạn tự gõ mã vào trang mình mở, không gửi cho ai, rồi cúp máy.

kt-dn-may-tinh-prompt = Bạn dùng máy tính ở nhà văn hóa thôn để vào Cổng. Trang đăng nhập VNeID hiện một mã QR. Bạn dùng mã QR này thế nào?
kt-dn-may-tinh-quet-vneid = Quét bằng ứng dụng VNeID trên điện thoại mình
kt-dn-may-tinh-quet-vneid-feedback = Đúng. Quét bằng VNeID của chính bạn thì máy tính vào đúng tài khoản của bạn.
kt-dn-may-tinh-quet-ngan-hang = Quét bằng ứng dụng ngân hàng, như khi trả tiền
kt-dn-may-tinh-quet-ngan-hang-feedback = Mã này để đăng nhập, không phải để trả tiền. Bạn quét bằng ứng dụng VNeID trên điện thoại của mình.
kt-dn-may-tinh-nho-nguoi-khac = Nhờ người ngồi cạnh quét mã QR bằng VNeID của họ
kt-dn-may-tinh-nho-nguoi-khac-feedback = Ai quét thì máy tính vào tài khoản của người đó. Bạn quét bằng VNeID trên điện thoại của chính bạn.

# Nhóm “nop-ho-so”: tìm thủ tục và nộp hồ sơ.

kt-tim-title = Cổng Dịch vụ công quốc gia
kt-tim-task = Giả sử nhà có người mất. Bạn cần làm thủ tục liên thông khai tử: nộp một bộ hồ sơ cho nhiều việc cùng lúc. Hãy tìm thủ tục này trên Cổng.
kt-tim-tu-khoa = Tìm kiếm thủ tục
kt-tim-tu-khoa-hint = Bạn gõ vài chữ trong tên thủ tục, ví dụ “khai tử”. Ô này không được để trống.
kt-tim-ve-trang-chu = Về trang chủ
kt-tim-ve-trang-chu-feedback = Nút này đưa bạn về trang đầu của Cổng. Bạn gõ tên thủ tục, rồi bấm “Tìm kiếm”.
kt-tim-tim-kiem = Tìm kiếm
kt-tim-tim-kiem-feedback = Đúng. Cổng hiện danh sách thủ tục có chữ bạn gõ. Bạn mở đúng thủ tục, đọc xem cần giấy tờ gì.
kt-tim-dang-xuat = Đăng xuất
kt-tim-dang-xuat-feedback = Nút này đưa bạn ra khỏi tài khoản. Bạn gõ tên thủ tục, rồi bấm “Tìm kiếm”.

kt-nop-truc-tuyen-title = Thông tin thủ tục
kt-nop-truc-tuyen-task = Bạn đã mở trang thủ tục cần làm, và đã đọc xem cần giấy tờ gì. Hãy bắt đầu nộp hồ sơ qua mạng.
kt-nop-truc-tuyen-quay-lai = Quay lại
kt-nop-truc-tuyen-quay-lai-feedback = Nút này đưa bạn về danh sách thủ tục. Để nộp hồ sơ qua mạng, bạn bấm “Nộp trực tuyến”.
kt-nop-truc-tuyen-dang-xuat = Đăng xuất
kt-nop-truc-tuyen-dang-xuat-feedback = Nút này đưa bạn ra khỏi tài khoản. Để nộp hồ sơ qua mạng, bạn bấm “Nộp trực tuyến”.
kt-nop-truc-tuyen-nop-truc-tuyen = Nộp trực tuyến
kt-nop-truc-tuyen-nop-truc-tuyen-feedback = Đúng. Cổng mở các bước nộp hồ sơ: chọn cơ quan giải quyết, điền tờ khai, đính kèm giấy tờ.

kt-chon-co-quan-title = Chọn cơ quan giải quyết
kt-chon-co-quan-task = Gia đình MẪU trong câu này sống ở xã Hòa Sơn. Hãy chọn cơ quan giải quyết cho đúng.
kt-chon-co-quan-xa-hoa-son = UBND xã Hòa Sơn (MẪU)
kt-chon-co-quan-xa-hoa-son-feedback = Đúng. Hồ sơ được gửi tới xã nơi gia đình sống. Không chắc thì bạn hỏi cán bộ xã.
kt-chon-co-quan-xa-binh-an = UBND xã Bình An (MẪU)
kt-chon-co-quan-xa-binh-an-feedback = Gia đình MẪU sống ở xã Hòa Sơn. Bạn chọn đúng xã, để hồ sơ đến đúng nơi.
kt-chon-co-quan-xa-tan-lap = UBND xã Tân Lập (MẪU)
kt-chon-co-quan-xa-tan-lap-feedback = Gia đình MẪU sống ở xã Hòa Sơn. Bạn chọn đúng xã, để hồ sơ đến đúng nơi.

kt-dinh-kem-title = Thành phần hồ sơ
kt-dinh-kem-task = Bạn đang ở màn hình “Thành phần hồ sơ”, tức danh sách giấy tờ phải nộp kèm. Thủ tục yêu cầu ảnh chụp giấy tờ. Bạn đã chụp một ảnh rõ nét, đủ bốn góc. Hãy làm bước này.
kt-dinh-kem-bo-qua = Bỏ qua
kt-dinh-kem-bo-qua-feedback = Thủ tục yêu cầu giấy tờ nào thì bạn đính kèm giấy tờ đó. Thiếu thì hồ sơ chưa đủ. Bạn bấm “Đính kèm ảnh”.
kt-dinh-kem-dinh-kem = Đính kèm ảnh
kt-dinh-kem-dinh-kem-feedback = Đúng. Bạn chọn ảnh giấy tờ rõ nét, đủ bốn góc.
kt-dinh-kem-nop-ngay = Nộp hồ sơ ngay
kt-dinh-kem-nop-ngay-feedback = Hồ sơ chưa có ảnh giấy tờ thì chưa đủ. Bạn bấm “Đính kèm ảnh” trước, rồi mới nộp.

kt-xem-lai-title = Xem lại hồ sơ
kt-xem-lai-task = Bạn xem lại hồ sơ trước khi nộp. Tờ khai đã đúng, nhưng ảnh giấy tờ bị mờ và mất một góc. Hãy làm cho hồ sơ dùng được.
kt-xem-lai-nop-ho-so = Nộp hồ sơ
kt-xem-lai-nop-ho-so-feedback = Ảnh mờ, mất góc thì cán bộ không đọc được. Bạn bấm “Sửa hồ sơ”, chụp lại ảnh cho rõ, rồi mới nộp.
kt-xem-lai-sua-ho-so = Sửa hồ sơ
kt-xem-lai-sua-ho-so-feedback = Đúng. Bạn chụp lại ảnh rõ nét, đủ bốn góc, thay ảnh cũ, rồi mới nộp.
kt-xem-lai-huy-ho-so = Hủy hồ sơ
kt-xem-lai-huy-ho-so-feedback = Không cần bỏ cả hồ sơ. Tờ khai đã đúng, bạn chỉ cần bấm “Sửa hồ sơ” và thay ảnh.

kt-quy-trinh-prompt = Bạn đã đăng nhập Cổng. Hãy xếp các bước tiếp theo theo đúng thứ tự.
kt-quy-trinh-hint = Tìm thủ tục trước, rồi mới bấm “Nộp trực tuyến”. Nộp hồ sơ xong mới theo dõi hồ sơ.
kt-quy-trinh-tim-thu-tuc = Tìm thủ tục theo tên
kt-quy-trinh-nop-truc-tuyen = Bấm “Nộp trực tuyến”
kt-quy-trinh-dien-to-khai = Chọn cơ quan giải quyết, điền tờ khai
kt-quy-trinh-dinh-kem = Đính kèm ảnh giấy tờ
kt-quy-trinh-nop-ho-so = Xem lại rồi nộp hồ sơ
kt-quy-trinh-theo-doi = Theo dõi hồ sơ trong tài khoản của mình

kt-anh-giay-to-prompt = Thủ tục cần ảnh chụp giấy tờ. Hãy xếp các việc theo đúng thứ tự.
kt-anh-giay-to-hint = Đặt giấy tờ cho ngay ngắn rồi mới chụp. Xem lại ảnh cho rõ, rồi mới đính kèm.
kt-anh-giay-to-dat-giay = Đặt giấy tờ trên mặt bàn phẳng, ở chỗ sáng
kt-anh-giay-to-chup = Chụp thẳng từ trên xuống
kt-anh-giay-to-xem-anh = Xem lại ảnh: rõ nét, đủ bốn góc
kt-anh-giay-to-dinh-kem = Đính kèm ảnh vào hồ sơ trên Cổng

# Nhóm “tra-phi-theo-doi”: trả lệ phí, tra cứu hồ sơ, phạt giao thông.

kt-tra-phi-title = Thanh toán lệ phí
kt-tra-phi-task = Hồ sơ MẪU của bạn có lệ phí, và Cổng đang hiện bước trả lệ phí. Đúng lúc đó, một người gọi đến, xưng là cán bộ xã, bảo bạn chuyển lệ phí vào tài khoản của họ “cho nhanh”. Bạn cúp máy. Giờ hãy trả lệ phí cho đúng.
kt-tra-phi-thanh-toan = Thanh toán
kt-tra-phi-thanh-toan-feedback = Đúng. Lệ phí chỉ trả ở bước thanh toán trên Cổng do chính bạn mở. Người gọi đến đòi chuyển vào tài khoản riêng có thể là kẻ gian.
kt-tra-phi-quay-lai = Quay lại trang trước
kt-tra-phi-quay-lai-feedback = Quay lại thì lệ phí chưa được trả. Bạn bấm “Thanh toán” để trả ngay trên Cổng, không chuyển cho người gọi đến.
kt-tra-phi-huy-ho-so = Hủy hồ sơ
kt-tra-phi-huy-ho-so-feedback = Không cần bỏ hồ sơ. Bạn bấm “Thanh toán” để trả lệ phí ngay trên Cổng, không chuyển cho người gọi đến.

kt-le-phi-prompt = Thủ tục có lệ phí. Một người gọi đến, xưng là cán bộ xã, đọc cho bạn một số tài khoản để chuyển lệ phí vào. Bạn làm gì?
kt-le-phi-tren-cong = Không chuyển, chỉ trả lệ phí trên Cổng
kt-le-phi-tren-cong-feedback = Đúng. Lệ phí trả ở bước thanh toán trực tuyến trên Cổng. Người đọc số tài khoản qua điện thoại có thể là kẻ gian.
kt-le-phi-chuyen-ngay = Chuyển vào số tài khoản họ đọc
kt-le-phi-chuyen-ngay-feedback = Bạn đừng chuyển tiền theo lời người gọi đến. Bạn chỉ trả ở bước thanh toán trên Cổng.
kt-le-phi-doc-the = Đọc số thẻ và mã OTP để họ tự trừ lệ phí
kt-le-phi-doc-the-feedback = Không bao giờ đọc số thẻ hay mã OTP cho ai. Bạn tự trả ở bước thanh toán trên Cổng.

kt-tra-cuu-title = Tra cứu hồ sơ
kt-tra-cuu-task = Bạn nộp hồ sơ đã một tuần mà chưa thấy kết quả. Trên giấy, bạn đã ghi mã hồ sơ tập: MAU123. Hãy xem hồ sơ đang ở bước nào.
kt-tra-cuu-ma-ho-so = Mã hồ sơ
kt-tra-cuu-ma-ho-so-hint = Bạn chép mã hồ sơ ghi trên giấy: ở đây là mã tập MAU123. Ô này không được để trống.
kt-tra-cuu-nop-lai = Nộp lại hồ sơ
kt-tra-cuu-nop-lai-feedback = Hồ sơ đã nộp rồi, không cần nộp lại. Bạn gõ mã hồ sơ, rồi bấm “Tra cứu”.
kt-tra-cuu-dang-xuat = Đăng xuất
kt-tra-cuu-dang-xuat-feedback = Nút này đưa bạn ra khỏi tài khoản. Bạn gõ mã hồ sơ, rồi bấm “Tra cứu”.
kt-tra-cuu-tra-cuu = Tra cứu
kt-tra-cuu-tra-cuu-feedback = Đúng. Cổng cho biết hồ sơ đang ở bước nào. Bạn không cần nộp lại, không trả thêm tiền cho ai.

kt-theo-doi-prompt = Bạn đã nộp hồ sơ xong. Làm sao biết hồ sơ đã được nhận và đang ở bước nào?
kt-theo-doi-thong-bao = Xem các thông báo, và phần hồ sơ của mình trên Cổng
kt-theo-doi-thong-bao-feedback = Đúng. Bạn nhận thông báo tiếp nhận và lịch hẹn qua Cổng, VNeID và tin nhắn. Bạn theo dõi hồ sơ trong tài khoản của mình.
kt-theo-doi-cho-goi = Chờ người lạ gọi đến, rồi trả thêm phí
kt-theo-doi-cho-goi-feedback = Người lạ gọi điện đòi phí có thể là kẻ gian. Bạn tự xem thông báo và phần hồ sơ của mình trên Cổng.
kt-theo-doi-nop-lai = Ngày nào cũng nộp lại hồ sơ
kt-theo-doi-nop-lai-feedback = Không cần nộp lại. Bạn xem thông báo qua Cổng, VNeID, tin nhắn, và xem phần hồ sơ của mình trên Cổng.

kt-ma-ho-so-prompt = Nộp xong, màn hình hiện mã hồ sơ của bạn. Bạn làm gì với mã này?
kt-ma-ho-so-ghi-lai = Ghi ra giấy hoặc chụp màn hình, để tra cứu sau
kt-ma-ho-so-ghi-lai-feedback = Đúng. Có mã hồ sơ, bạn dễ tra cứu hồ sơ khi cần.
kt-ma-ho-so-bo-qua = Không cần giữ mã, vì nộp xong là đã hết việc rồi
kt-ma-ho-so-bo-qua-feedback = Nộp xong vẫn còn phải theo dõi hồ sơ. Bạn ghi mã ra giấy hoặc chụp màn hình, để tra cứu sau.
kt-ma-ho-so-xoa-di = Xóa đi ngay, vì mã này chỉ dùng một lần như mã OTP
kt-ma-ho-so-xoa-di-feedback = Mã hồ sơ khác mã OTP. Bạn giữ mã hồ sơ, ghi ra giấy hoặc chụp màn hình, để tra cứu sau.

kt-phat-giao-thong-prompt = Bạn nhận tin nhắn từ số lạ: “Xe của bạn bị phạt nguội. Nộp phạt ngay tại dichvucong-vn[.]top để tránh bị giữ xe.” Bạn làm gì?
kt-phat-giao-thong-tu-tra-cuu = Không bấm; tự mở VNeTraffic hoặc Cổng để tra cứu
kt-phat-giao-thong-tu-tra-cuu-feedback = Đúng. Trang trong tin nhắn chỉ có tên gần giống Cổng Dịch vụ công. Không bao giờ nộp phạt qua link trong tin nhắn. Bạn tự tra cứu ở nơi chính thức: ứng dụng VNeTraffic, Cổng Dịch vụ công, hoặc trang csgt[.]bocongan[.]gov[.]vn.
kt-phat-giao-thong-bam-link = Bấm link, nộp phạt ngay để khỏi bị giữ xe
kt-phat-giao-thong-bam-link-feedback = Trang trong link chỉ có tên gần giống Cổng Dịch vụ công: đó là trang giả để lấy tiền. Bạn tự mở VNeTraffic hoặc Cổng để tra cứu.
kt-phat-giao-thong-goi-lai = Gọi lại số đó để hỏi cách nộp phạt
kt-phat-giao-thong-goi-lai-feedback = Số lạ đó có thể là kẻ gian. Bạn không gọi lại, không chuyển tiền. Bạn tự mở VNeTraffic hoặc Cổng Dịch vụ công để tra cứu.

kt-phat-noi-tra-cuu-prompt = Hàng xóm bảo xe máy của bạn có thể bị phạt nguội, vì bị camera chụp. Bạn muốn tự kiểm tra cho chắc. Bạn làm gì?
kt-phat-noi-tra-cuu-vnetraffic = Tra cứu trên ứng dụng VNeTraffic
kt-phat-noi-tra-cuu-vnetraffic-feedback = Đúng. VNeTraffic là nơi chính thức, cũng như Cổng Dịch vụ công và trang csgt[.]bocongan[.]gov[.]vn.
kt-phat-noi-tra-cuu-trang-facebook = Nhắn cho một trang Facebook nhận tra cứu phạt nguội giúp, có thu phí
kt-phat-noi-tra-cuu-trang-facebook-feedback = Trang nhận tra cứu hộ có thể là kẻ gian, muốn lấy tiền và thông tin của bạn. Bạn tự tra cứu trên VNeTraffic hoặc Cổng Dịch vụ công.
kt-phat-noi-tra-cuu-trang-bat-ky = Tìm trên mạng, rồi vào trang đầu tiên có chữ “nộp phạt”
kt-phat-noi-tra-cuu-trang-bat-ky-feedback = Kẻ gian làm nhiều trang giả có tên gần giống trang thật. Bạn chỉ tra cứu ở nơi chính thức: VNeTraffic, Cổng Dịch vụ công, hoặc csgt[.]bocongan[.]gov[.]vn.
