# Bài: Dịch vụ công trực tuyến. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp /work/shared/domain.md mục 2 (và 1.4).
#
#
# Mỗi bước “phone” S có các mã: S-title (tên màn hình), S-task (việc cần làm, hiện phía trên
# điện thoại), S-F và S-F-hint cho mỗi ô F, S-B và S-B-feedback cho mỗi nút B.
# Thẻ căn cước và số điện thoại bên cạnh điện thoại do máy tạo ra, có chữ “MẪU — chỉ để luyện tập”.
# Xã Bình An, xã Tân Lập là tên MẪU. Không ghi số thật hay số trông như thật vào bài.
#
# CHƯA KIỂM CHỨNG, nên bài cố ý không nói:
#   - tên chính xác các mục trên Cổng (domain.md chỉ có “Nộp trực tuyến” và “Đăng nhập bằng tài
#     khoản VNeID”); tên mục theo dõi hồ sơ (“Quản lý hồ sơ”, “Tra cứu hồ sơ”) chưa kiểm chứng,
#     nên bài chỉ nói “phần hồ sơ của bạn”;
#   - dạng của mã hồ sơ (bao nhiêu ký tự, gồm những gì);
#   - lệ phí cấp phiếu lý lịch tư pháp, và lệ phí của thủ tục liên thông khai sinh;
#   - bước xác nhận thêm khi đăng nhập Cổng bằng VNeID (bài chỉ nói “có khi phải xác nhận thêm”);
#   - gia hạn thẻ BHYT hộ gia đình có phải toàn trình không (bài không nhắc).
# Tên màn hình “Đăng nhập”, “Chọn cơ quan giải quyết”, “Tờ khai”, “Thành phần hồ sơ”, “Xem lại
# hồ sơ”, tên trang thủ tục liên thông, và các nút khác “Nộp trực tuyến” là tên mô tả.

lesson-title = Dịch vụ công trực tuyến
lesson-summary = Bạn tập đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID, tìm thủ tục, nộp hồ sơ qua mạng và theo dõi hồ sơ, với ví dụ làm khai sinh cho em bé.

## Luyện tập

gioi-thieu-text =
    Cổng Dịch vụ công quốc gia là trang web của Nhà nước để làm thủ tục hành chính qua mạng. Địa chỉ là dichvucong[.]gov[.]vn.
    Với nhiều thủ tục, bạn nộp hồ sơ, trả lệ phí và theo dõi kết quả ngay trên điện thoại hay máy tính, đỡ phải đi lại.
    Từ ngày 1/7/2024, người dân đăng nhập Cổng bằng tài khoản VNeID. Tài khoản riêng của Cổng chỉ dùng được đến hết ngày 30/6/2024.
    Vì vậy, bạn cần có tài khoản VNeID trước. Nếu chưa có, bạn học bài VNeID trước nhé.
    Trong bài, các màn hình đã được làm gọn cho dễ tập. Trên Cổng thật, tên các mục có thể hơi khác. Bạn tìm chữ gần giống, hoặc hỏi tổ công nghệ số.
    Mọi con số ở đây đều là số MẪU. Bạn đừng gõ số thật của mình vào đây. Máy không lưu những gì bạn gõ.

dang-nhap-cach-prompt = Từ ngày 1/7/2024, bạn đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản nào?
dang-nhap-cach-vneid = Tài khoản định danh điện tử VNeID
dang-nhap-cach-vneid-feedback = Đúng rồi. Từ ngày 1/7/2024, người dân đăng nhập Cổng bằng tài khoản VNeID.
dang-nhap-cach-tai-khoan-cu = Tài khoản riêng của Cổng mà bạn tạo từ trước
dang-nhap-cach-tai-khoan-cu-feedback = Tài khoản riêng của Cổng chỉ dùng được đến hết ngày 30/6/2024. Bây giờ bạn đăng nhập bằng tài khoản VNeID.
dang-nhap-cach-zalo = Tài khoản Zalo
dang-nhap-cach-zalo-feedback = Cổng không đăng nhập bằng Zalo. Bạn dùng tài khoản VNeID.

dn-chon-cach-title = Đăng nhập
dn-chon-cach-task = Bạn đang ở trang đăng nhập của Cổng Dịch vụ công. Hãy chọn cách đăng nhập đúng.
dn-chon-cach-vneid = Đăng nhập bằng tài khoản VNeID
dn-chon-cach-vneid-feedback = Đúng rồi. Tiếp theo, bạn đăng nhập bằng số định danh cá nhân và mật khẩu VNeID của mình.
dn-chon-cach-dang-ky = Đăng ký tài khoản mới
dn-chon-cach-dang-ky-feedback = Bạn không cần tạo tài khoản riêng trên Cổng. Từ ngày 1/7/2024, bạn đăng nhập bằng tài khoản VNeID.

dn-nhap-title = Đăng nhập bằng tài khoản định danh điện tử
dn-nhap-task = Nhập số định danh cá nhân trên thẻ căn cước MẪU, và một mật khẩu tập đúng quy tắc của VNeID. Rồi bấm “Đăng nhập”.
dn-nhap-so-dinh-danh = Số định danh cá nhân
dn-nhap-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh. Bạn gõ lại từng số cho khớp.
dn-nhap-mat-khau = Mật khẩu
dn-nhap-mat-khau-hint = Ở đây, bạn gõ một mật khẩu tập: từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và một ký tự đặc biệt như @. Đừng gõ mật khẩu VNeID thật của bạn vào đây.
dn-nhap-dang-nhap = Đăng nhập
dn-nhap-dang-nhap-feedback = Đúng rồi. Ngoài đời, có khi bạn còn phải xác nhận thêm một bước, theo hướng dẫn trên màn hình. Bạn tự làm trên điện thoại của mình, không đọc mã cho ai. Xong bước đó, bạn vào được tài khoản của mình trên Cổng.
dn-nhap-quen-mat-khau = Quên mật khẩu
dn-nhap-quen-mat-khau-feedback = Nút này dùng khi bạn không nhớ mật khẩu. Ở đây, bạn gõ mật khẩu tập rồi bấm “Đăng nhập”.

quy-trinh-text =
    Làm một thủ tục trên Cổng thường có các bước sau.
    Một: đăng nhập bằng tài khoản VNeID.
    Hai: tìm thủ tục theo tên, ví dụ “khai sinh”. Mở trang thủ tục, đọc xem cần giấy tờ gì. Rồi bấm “Nộp trực tuyến”.
    Ba: chọn cơ quan giải quyết, thường là xã hoặc phường. Điền tờ khai.
    Bốn: đính kèm ảnh chụp giấy tờ, nếu thủ tục yêu cầu.
    Năm: xem lại mọi thứ, rồi nộp hồ sơ. Nếu có lệ phí, bạn trả trực tuyến.
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
    Có một thủ tục liên thông làm ba việc cùng lúc cho trẻ dưới 6 tuổi: đăng ký khai sinh, đăng ký thường trú, và cấp thẻ bảo hiểm y tế. Bạn chỉ nộp một bộ hồ sơ.
    Bạn nộp trên Cổng Dịch vụ công, hoặc ngay trên ứng dụng VNeID, ở mục Thủ tục hành chính. Trên VNeID thì cần tài khoản mức 2.
    Cả bộ thủ tục mất không quá 3 ngày làm việc. Nếu cần xác minh thì không quá 5 ngày làm việc.
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

vd-dinh-kem-title = Thành phần hồ sơ
vd-dinh-kem-task = Thủ tục yêu cầu ảnh chụp một giấy tờ. Hãy bấm nút để đính kèm ảnh.
vd-dinh-kem-dinh-kem = Đính kèm ảnh giấy tờ
vd-dinh-kem-dinh-kem-feedback = Đúng rồi. Điện thoại mở máy ảnh hoặc kho ảnh để bạn chọn ảnh. Ảnh phải rõ, đủ bốn góc, đọc được hết chữ.
vd-dinh-kem-bo-qua = Bỏ qua
vd-dinh-kem-bo-qua-feedback = Thủ tục yêu cầu giấy tờ nào thì bạn đính kèm giấy tờ đó. Thiếu thì hồ sơ chưa đủ. Bạn bấm “Đính kèm ảnh giấy tờ”.

anh-ro-prompt = Bạn chụp ảnh giấy tờ để đính kèm vào hồ sơ. Ảnh nào dùng được?
anh-ro-ro-net = Ảnh rõ nét, đủ bốn góc, đọc được hết chữ
anh-ro-ro-net-feedback = Đúng. Bạn đặt giấy tờ trên mặt bàn phẳng, ở chỗ sáng, rồi chụp thẳng từ trên xuống.
anh-ro-bi-loa = Ảnh chụp vội, bị lóa đèn, mất một góc
anh-ro-bi-loa-feedback = Ảnh mờ hay mất góc thì cán bộ không đọc được. Bạn chụp lại ở chỗ sáng, cho đủ bốn góc.
anh-ro-nguoi-khac = Ảnh giấy tờ của người khác, cho nhanh
anh-ro-nguoi-khac-feedback = Hồ sơ phải dùng đúng giấy tờ của người làm thủ tục. Bạn chụp giấy tờ thật, rõ nét và đủ bốn góc.

vd-nop-title = Xem lại hồ sơ
vd-nop-task = Bạn đã xem lại tờ khai và ảnh giấy tờ, mọi thứ đều đúng. Hãy nộp hồ sơ.
vd-nop-nop-ho-so = Nộp hồ sơ
vd-nop-nop-ho-so-feedback = Đúng rồi. Hồ sơ đã được gửi đi. Bạn sẽ nhận thông báo tiếp nhận và lịch hẹn qua Cổng, qua VNeID và qua tin nhắn. Nếu thủ tục có lệ phí, màn hình hướng dẫn bạn trả trực tuyến.
vd-nop-quay-lai = Quay lại sửa
vd-nop-quay-lai-feedback = Bạn đã xem lại và mọi thứ đều đúng, nên không cần sửa nữa. Bạn bấm “Nộp hồ sơ”.

le-phi-prompt = Giả sử bạn nộp một thủ tục có lệ phí. Bạn trả lệ phí thế nào cho an toàn?
le-phi-tren-cong = Trả ngay trên Cổng, ở bước thanh toán trực tuyến
le-phi-tren-cong-feedback = Đúng. Bạn trả trong bước thanh toán của chính Cổng, theo hướng dẫn trên màn hình. Bạn không chuyển tiền cho ai gọi điện hay nhắn tin đến.
le-phi-chuyen-ca-nhan = Chuyển khoản vào tài khoản của người gọi điện xưng là cán bộ xã
le-phi-chuyen-ca-nhan-feedback = Bạn đừng chuyển lệ phí vào tài khoản của người gọi đến. Bạn chỉ trả ở bước thanh toán trên Cổng.
le-phi-doc-the = Đọc số thẻ ngân hàng và mã OTP cho người gọi đến, để họ nộp giúp
le-phi-doc-the-feedback = Không bao giờ đọc số thẻ hay mã OTP cho ai. Bạn tự trả ở bước thanh toán trên Cổng.

theo-doi-text =
    Nộp xong, bạn nhận thông báo đã tiếp nhận hồ sơ và lịch hẹn trả kết quả. Thông báo đến qua Cổng, qua ứng dụng VNeID và qua tin nhắn điện thoại.
    Mỗi hồ sơ có một mã hồ sơ. Bạn ghi mã này ra giấy, hoặc chụp lại màn hình, để tra cứu khi cần.
    Muốn biết hồ sơ đến bước nào, bạn đăng nhập Cổng và xem phần hồ sơ của mình.
    Kết quả được trả qua mạng, dưới dạng giấy tờ điện tử, hoặc gửi qua bưu điện.
    Nếu có người gọi điện, đòi bạn chuyển tiền vào tài khoản cá nhân để “làm nhanh hồ sơ”, đó là kẻ gian. Bạn cúp máy, rồi hỏi thẳng cán bộ ở xã.

vd-thoi-han-prompt = Sau khi đăng ký khai sinh cho con, bố mẹ phải đăng ký thường trú cho con trong bao lâu?
vd-thoi-han-sau-muoi-ngay = Trong vòng 60 ngày
vd-thoi-han-sau-muoi-ngay-feedback = Đúng. Phải đăng ký thường trú trong 60 ngày, kể từ ngày đăng ký khai sinh. Thủ tục liên thông làm luôn việc này.
vd-thoi-han-mot-nam = Trong vòng 1 năm
vd-thoi-han-mot-nam-feedback = Thời hạn ngắn hơn thế: 60 ngày, kể từ ngày đăng ký khai sinh. Thủ tục liên thông làm luôn việc này.
vd-thoi-han-khi-di-hoc = Khi nào con đi học mới cần làm
vd-thoi-han-khi-di-hoc-feedback = Bạn không nên chờ. Bố mẹ phải đăng ký thường trú cho con trong 60 ngày, kể từ ngày đăng ký khai sinh.

thu-tuc-khac-text =
    Cổng Dịch vụ công và VNeID còn giúp nhiều việc khác. Ví dụ:
    Phiếu lý lịch tư pháp: bạn có thể yêu cầu cấp phiếu ngay trên ứng dụng VNeID. Bài này không nói mức lệ phí; bạn xem trên ứng dụng khi làm.
    Nộp phạt vi phạm giao thông: trên Cổng có phần tra cứu vi phạm và nộp phạt trực tuyến qua ngân hàng.
    Khi nhà có người mất: có thủ tục liên thông đăng ký khai tử, xóa đăng ký thường trú, và hưởng mai táng phí, tử tuất.
    Bạn nhớ: tin nhắn từ số lạ báo bị phạt, kèm đường link để nộp tiền, thì đừng bấm. Bạn tự mở Cổng để tra cứu, hoặc hỏi công an xã.

toan-trinh-text =
    Dịch vụ công trực tuyến có hai loại, theo Nghị định 42/2022/NĐ-CP.
    Toàn trình: bạn khai đủ thông tin, nộp hồ sơ và được giải quyết hoàn toàn trên mạng. Kết quả trả qua mạng hoặc qua bưu điện. Bạn không phải đến cơ quan.
    Một phần: những thủ tục chưa làm được hết trên mạng. Ví dụ, bạn vẫn phải đến cơ quan, hoặc cán bộ phải xác minh tại chỗ.
    Trước đây, người ta chia dịch vụ công thành mức độ 1 đến 4. Cách nhớ dễ: mức độ 4 ngày trước gần giống “toàn trình” bây giờ. Mức độ 2 và 3 gần giống “một phần”.
    Trước khi nộp, bạn đọc kỹ trang thủ tục, hoặc hỏi cán bộ xã, để biết mình có phải lên xã hay không.

toan-trinh-chon-prompt = Một thủ tục cho bạn nộp hồ sơ trên mạng, nhưng sau đó bạn vẫn phải đến xã để cán bộ kiểm tra. Thủ tục này thuộc loại nào?
toan-trinh-chon-mot-phan = Một phần
toan-trinh-chon-mot-phan-feedback = Đúng. Còn một bước phải làm trực tiếp, nên đó là dịch vụ công một phần.
toan-trinh-chon-toan-trinh = Toàn trình
toan-trinh-chon-toan-trinh-feedback = Toàn trình là làm hết trên mạng, không phải đến cơ quan. Thủ tục này còn phải đến xã, nên là một phần.
toan-trinh-chon-muc-do-4 = Mức độ 4
toan-trinh-chon-muc-do-4-feedback = Mức độ 4 ngày trước gần giống toàn trình: làm hết trên mạng. Thủ tục này còn phải đến xã, nên là một phần.

## Bài kiểm tra cuối

kt-dang-nhap-prompt = Từ ngày 1/7/2024, người dân đăng nhập Cổng Dịch vụ công quốc gia bằng gì?
kt-dang-nhap-vneid = Tài khoản VNeID
kt-dang-nhap-vneid-feedback = Đúng. Từ ngày 1/7/2024, người dân đăng nhập Cổng bằng tài khoản VNeID.
kt-dang-nhap-tai-khoan-cu = Tài khoản riêng của Cổng, tạo từ trước
kt-dang-nhap-tai-khoan-cu-feedback = Tài khoản riêng của Cổng chỉ dùng được đến hết ngày 30/6/2024. Bây giờ bạn dùng tài khoản VNeID.
kt-dang-nhap-zalo = Tài khoản Zalo hoặc Facebook
kt-dang-nhap-zalo-feedback = Cổng không đăng nhập bằng Zalo hay Facebook. Bạn dùng tài khoản VNeID.

kt-dn-nhap-title = Đăng nhập bằng tài khoản định danh điện tử
kt-dn-nhap-task = Đăng nhập Cổng: nhập số định danh cá nhân trên thẻ căn cước MẪU và một mật khẩu tập đúng quy tắc, rồi bấm “Đăng nhập”.
kt-dn-nhap-so-dinh-danh = Số định danh cá nhân
kt-dn-nhap-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh.
kt-dn-nhap-mat-khau = Mật khẩu
kt-dn-nhap-mat-khau-hint = Mật khẩu tập cần từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và một ký tự đặc biệt như @.
kt-dn-nhap-dang-nhap = Đăng nhập
kt-dn-nhap-dang-nhap-feedback = Đúng. Nếu màn hình hỏi xác nhận thêm, bạn tự làm trên điện thoại của mình, không đọc mã cho ai.
kt-dn-nhap-quen-mat-khau = Quên mật khẩu
kt-dn-nhap-quen-mat-khau-feedback = Nút này dùng khi bạn không nhớ mật khẩu. Ở đây, bạn gõ mật khẩu tập rồi bấm “Đăng nhập”.

kt-nop-truc-tuyen-title = Thông tin thủ tục
kt-nop-truc-tuyen-task = Bạn đã tìm thấy thủ tục cần làm, và đã đọc xem cần giấy tờ gì. Hãy bấm nút để nộp hồ sơ qua mạng.
kt-nop-truc-tuyen-nop-truc-tuyen = Nộp trực tuyến
kt-nop-truc-tuyen-nop-truc-tuyen-feedback = Đúng. Cổng mở các bước nộp hồ sơ: chọn cơ quan giải quyết, điền tờ khai, đính kèm giấy tờ.
kt-nop-truc-tuyen-quay-lai = Quay lại
kt-nop-truc-tuyen-quay-lai-feedback = Nút này đưa bạn về danh sách thủ tục. Để nộp hồ sơ qua mạng, bạn bấm “Nộp trực tuyến”.
kt-nop-truc-tuyen-dang-xuat = Đăng xuất
kt-nop-truc-tuyen-dang-xuat-feedback = Nút này đưa bạn ra khỏi tài khoản. Để nộp hồ sơ qua mạng, bạn bấm “Nộp trực tuyến”.

kt-dinh-kem-title = Thành phần hồ sơ
kt-dinh-kem-task = Thủ tục yêu cầu ảnh chụp giấy tờ. Hãy làm bước này.
kt-dinh-kem-dinh-kem = Đính kèm ảnh giấy tờ
kt-dinh-kem-dinh-kem-feedback = Đúng. Bạn chọn ảnh giấy tờ rõ nét, đủ bốn góc.
kt-dinh-kem-bo-qua = Bỏ qua
kt-dinh-kem-bo-qua-feedback = Thủ tục yêu cầu giấy tờ nào thì bạn đính kèm giấy tờ đó. Thiếu thì hồ sơ chưa đủ.

kt-quy-trinh-prompt = Bạn đã đăng nhập Cổng. Hãy xếp các bước tiếp theo theo đúng thứ tự.
kt-quy-trinh-hint = Tìm thủ tục trước, rồi mới bấm “Nộp trực tuyến”. Nộp hồ sơ xong mới theo dõi hồ sơ.
kt-quy-trinh-tim-thu-tuc = Tìm thủ tục theo tên
kt-quy-trinh-nop-truc-tuyen = Bấm “Nộp trực tuyến”
kt-quy-trinh-dien-to-khai = Chọn cơ quan giải quyết, điền tờ khai
kt-quy-trinh-dinh-kem = Đính kèm ảnh giấy tờ
kt-quy-trinh-nop-ho-so = Xem lại rồi nộp hồ sơ
kt-quy-trinh-theo-doi = Theo dõi hồ sơ trong tài khoản của mình

kt-le-phi-prompt = Thủ tục có lệ phí. Một người gọi đến, xưng là cán bộ xã, đọc cho bạn một số tài khoản để chuyển lệ phí vào. Bạn làm gì?
kt-le-phi-tren-cong = Không chuyển. Chỉ trả lệ phí ở bước thanh toán trực tuyến trên Cổng
kt-le-phi-tren-cong-feedback = Đúng. Lệ phí trả ở bước thanh toán trên Cổng. Người đọc số tài khoản qua điện thoại có thể là kẻ gian.
kt-le-phi-chuyen-ca-nhan = Chuyển ngay cho xong, vì họ xưng là cán bộ xã
kt-le-phi-chuyen-ca-nhan-feedback = Bạn đừng chuyển tiền theo lời người gọi đến. Bạn chỉ trả ở bước thanh toán trên Cổng.
kt-le-phi-doc-the = Đọc số thẻ ngân hàng và mã OTP để họ tự trừ tiền
kt-le-phi-doc-the-feedback = Không bao giờ đọc số thẻ hay mã OTP cho ai. Bạn tự trả ở bước thanh toán trên Cổng.

kt-theo-doi-prompt = Nộp hồ sơ xong, làm sao bạn biết hồ sơ đã được nhận và đang ở bước nào?
kt-theo-doi-thong-bao = Xem thông báo qua Cổng, VNeID và tin nhắn; xem phần hồ sơ của mình trên Cổng
kt-theo-doi-thong-bao-feedback = Đúng. Bạn nhận thông báo tiếp nhận, lịch hẹn, và theo dõi hồ sơ trong tài khoản của mình.
kt-theo-doi-cho-goi = Chờ người lạ gọi điện báo kết quả và thu thêm phí
kt-theo-doi-cho-goi-feedback = Người lạ gọi điện đòi phí có thể là kẻ gian. Bạn tự xem thông báo và phần hồ sơ của mình trên Cổng.
kt-theo-doi-nop-lai = Ngày nào cũng nộp lại hồ sơ cho chắc
kt-theo-doi-nop-lai-feedback = Không cần nộp lại. Bạn xem thông báo qua Cổng, VNeID, tin nhắn, và xem phần hồ sơ của mình trên Cổng.

kt-thoi-han-prompt = Thủ tục liên thông khai sinh, thường trú và thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi mất bao lâu?
kt-thoi-han-ba-ngay = Không quá 3 ngày làm việc; nếu cần xác minh thì không quá 5 ngày làm việc
kt-thoi-han-ba-ngay-feedback = Đúng. Giấy khai sinh điện tử còn được cấp ngay trong ngày làm việc.
kt-thoi-han-mot-thang = Khoảng một tháng
kt-thoi-han-mot-thang-feedback = Nhanh hơn thế: cả bộ không quá 3 ngày làm việc, nếu cần xác minh thì không quá 5 ngày.
kt-thoi-han-ba-thang = Ba tháng
kt-thoi-han-ba-thang-feedback = Nhanh hơn nhiều: cả bộ không quá 3 ngày làm việc, nếu cần xác minh thì không quá 5 ngày.

kt-60-ngay-prompt = Sau khi đăng ký khai sinh cho con, bố mẹ phải đăng ký thường trú cho con trong thời hạn nào?
kt-60-ngay-sau-muoi-ngay = Trong vòng 60 ngày, kể từ ngày đăng ký khai sinh
kt-60-ngay-sau-muoi-ngay-feedback = Đúng. Làm thủ tục liên thông thì việc này được làm luôn.
kt-60-ngay-mot-nam = Trong vòng 1 năm
kt-60-ngay-mot-nam-feedback = Thời hạn là 60 ngày, kể từ ngày đăng ký khai sinh.
kt-60-ngay-khi-di-hoc = Khi nào con đi học mới cần làm
kt-60-ngay-khi-di-hoc-feedback = Bạn không nên chờ. Thời hạn là 60 ngày, kể từ ngày đăng ký khai sinh.

kt-ly-lich-prompt = Bạn cần phiếu lý lịch tư pháp. Bạn có thể yêu cầu cấp phiếu ngay trên điện thoại, ở đâu?
kt-ly-lich-vneid = Trên ứng dụng VNeID
kt-ly-lich-vneid-feedback = Đúng. Bạn có thể yêu cầu cấp phiếu lý lịch tư pháp trên ứng dụng VNeID.
kt-ly-lich-zalo-la = Nhờ một tài khoản Zalo lạ nhận làm nhanh, chuyển tiền trước
kt-ly-lich-zalo-la-feedback = Người lạ nhận làm hộ và đòi tiền trước có thể là kẻ gian. Bạn tự yêu cầu trên ứng dụng VNeID.
kt-ly-lich-link-facebook = Bấm vào đường link quảng cáo “làm lý lịch tư pháp nhanh” trên Facebook
kt-ly-lich-link-facebook-feedback = Đường link quảng cáo có thể dẫn tới trang giả. Bạn tự yêu cầu trên ứng dụng VNeID đã cài từ CH Play hoặc App Store.

kt-phat-giao-thong-prompt = Bạn nhận tin nhắn từ số lạ: “Xe của bạn bị phạt vi phạm giao thông. Nộp phạt ngay tại nopphat-giaothong[.]top để tránh bị giữ xe.” Bạn làm gì?
kt-phat-giao-thong-tu-tra-cuu = Không bấm link. Tự tra cứu trên Cổng Dịch vụ công, hoặc hỏi công an xã
kt-phat-giao-thong-tu-tra-cuu-feedback = Đúng. Trên Cổng có phần tra cứu vi phạm và nộp phạt trực tuyến qua ngân hàng. Bạn tự mở Cổng, không đi theo link lạ.
kt-phat-giao-thong-bam-link = Bấm link để nộp cho nhanh
kt-phat-giao-thong-bam-link-feedback = Link lạ từ số lạ có thể là trang giả để lấy tiền. Bạn tự tra cứu trên Cổng Dịch vụ công, hoặc hỏi công an xã.
kt-phat-giao-thong-chuyen-khoan = Chuyển tiền vào số tài khoản ghi trong tin nhắn
kt-phat-giao-thong-chuyen-khoan-feedback = Bạn đừng chuyển tiền theo tin nhắn lạ. Bạn tự tra cứu trên Cổng Dịch vụ công, hoặc hỏi công an xã.

kt-toan-trinh-prompt = Dịch vụ công “toàn trình” nghĩa là gì?
kt-toan-trinh-ca-tren-mang = Nộp hồ sơ và được giải quyết hoàn toàn trên mạng; kết quả trả qua mạng hoặc bưu điện
kt-toan-trinh-ca-tren-mang-feedback = Đúng. Toàn trình là làm hết trên mạng, không phải đến cơ quan.
kt-toan-trinh-phai-den-xa = Nộp trên mạng, nhưng vẫn phải đến xã để cán bộ kiểm tra
kt-toan-trinh-phai-den-xa-feedback = Còn phải đến xã thì là dịch vụ công “một phần”. Toàn trình là làm hết trên mạng.
kt-toan-trinh-chi-xem = Chỉ xem được thông tin thủ tục trên mạng
kt-toan-trinh-chi-xem-feedback = Chỉ xem thông tin thì chưa phải nộp hồ sơ. Toàn trình là nộp và giải quyết hết trên mạng.

kt-muc-do-4-prompt = Trước đây, người ta hay nói “dịch vụ công mức độ 4”. Bây giờ, mức độ 4 gần giống loại nào?
kt-muc-do-4-toan-trinh = Toàn trình
kt-muc-do-4-toan-trinh-feedback = Đúng. Mức độ 4 ngày trước gần giống toàn trình: nộp, trả phí và nhận kết quả đều qua mạng hoặc bưu điện.
kt-muc-do-4-mot-phan = Một phần
kt-muc-do-4-mot-phan-feedback = “Một phần” gần giống mức độ 2 và 3 ngày trước. Mức độ 4 gần giống toàn trình.
kt-muc-do-4-khong-con = Không còn dịch vụ công trực tuyến nữa
kt-muc-do-4-khong-con-feedback = Dịch vụ công trực tuyến vẫn còn, nay chia thành hai loại: toàn trình và một phần. Mức độ 4 gần giống toàn trình.
