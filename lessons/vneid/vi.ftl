# Bài: Tài khoản định danh điện tử VNeID. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 1.
#
#
# Mỗi bước “phone” S có các mã: S-title (tên màn hình), S-task (việc cần làm, hiện phía trên
# điện thoại), S-F và S-F-hint cho mỗi ô F, S-B và S-B-feedback cho mỗi nút B.
# Thẻ căn cước, số điện thoại, tin nhắn OTP bên cạnh điện thoại đều do máy tạo ra, có chữ
# “MẪU — chỉ để luyện tập”. Không ghi số thật hay số trông như thật vào bài.
#
# CHƯA KIỂM CHỨNG, nên bài cố ý không nói:
#   - thời hạn của mã OTP (có nguồn phụ nói 3 phút): bài chỉ nói “trong thời gian ngắn”;
#   - điều khoản chính xác của NĐ 69/2024 về đăng ký mức 1 trên ứng dụng;
#   - lệ phí (nếu có) khi đăng ký mức 2: domain.md không có, bài không nhắc tới;
#   - số điện thoại đứng tên con cháu thì sửa thế nào (chuyển tên ở nhà mạng?): domain.md
#     không có, bài chỉ dặn đến công an xã nhờ hỗ trợ trực tiếp (../shared/domain.md §1.5).
# Không ghi số nghị định, công văn trong lời dạy (chỉ ghi trong chú thích): hai mức tài khoản và
# số điện thoại chính chủ theo NĐ 69/2024/NĐ-CP (../shared/domain.md §1.1, §1.6).
# Không nhắc cấp hành chính giữa tỉnh và xã: từ 1/7/2025 chỉ còn tỉnh và xã (../shared/domain.md §13).
# Tên màn hình: “Kích hoạt tài khoản định danh điện tử”, “Ví giấy tờ”, “Thủ tục hành chính”,
# “Tố giác tội phạm”, “Gửi yêu cầu” có trong domain.md. Tên các màn hình sau (“Nhập mã OTP”,
# “Tạo mật khẩu”, “Tạo mã passcode”, “Câu hỏi bảo mật”) và nút “Xác nhận”, “Tiếp tục”,
# “Quay lại” là tên mô tả, chưa đối chiếu với ứng dụng thật. Hai câu hỏi bảo mật là ví dụ.
# “Kích hoạt” (màn hình đăng nhập), “Đăng ký tài khoản mức 1”, “Tích hợp thông tin” có trong
# domain.md. Các nút phụ “Gửi lại mã”, “Hiện mật khẩu”, “Xem hướng dẫn” cũng chỉ là tên mô tả.

lesson-title = Tài khoản định danh điện tử VNeID
lesson-summary = Bạn tìm hiểu tài khoản VNeID mức 1 và mức 2, tập kích hoạt tài khoản trên điện thoại giả lập, mở Ví giấy tờ, và nhớ các lời dặn để khỏi bị lừa.

## Luyện tập

gioi-thieu-text =
    VNeID là ứng dụng định danh điện tử của Bộ Công an.
    Tài khoản VNeID có hai mức; phần sau nói rõ. Với tài khoản mức 2, bạn mang căn cước điện tử và nhiều giấy tờ khác ngay trong điện thoại. Bạn cũng dùng tài khoản VNeID để làm thủ tục trên Cổng Dịch vụ công.
    Tên đăng nhập VNeID là số định danh cá nhân của bạn. Đó là dãy 12 chữ số in trên thẻ căn cước.
    Trong bài này, bạn tập kích hoạt tài khoản trên một chiếc điện thoại giả lập.
    Mọi con số ở đây đều là số MẪU, chỉ để luyện tập. Bạn đừng gõ số căn cước, số điện thoại hay mã thật của mình vào đây.
    Máy không lưu lại những gì bạn gõ. Bấm nhầm cũng không sao, bạn làm lại bao nhiêu lần cũng được.

hai-muc-text =
    Tài khoản định danh điện tử có hai mức, theo quy định của Nhà nước.
    Mức 1: bạn xem được thông tin định danh của mình và dùng được một số tính năng.
    Mức 2: bạn xem được căn cước điện tử và các giấy tờ khác đã tích hợp (tức là đã gắn vào tài khoản), dùng được tất cả tính năng. Tài khoản mức 2 được dùng để chứng minh bạn là ai khi giao dịch.
    Người dân không có tài khoản mức 3. Mức cao nhất là mức 2.
    Người từ 14 tuổi trở lên có thẻ căn cước hoặc căn cước công dân còn hạn thì đăng ký được cả mức 1 và mức 2.
    Mức 1 có thể tự đăng ký trên ứng dụng: áp thẻ căn cước gắn chip vào điện thoại, rồi chụp ảnh khuôn mặt.
    Máy đọc chip nhờ NFC, tức là chức năng đọc thẻ khi áp thẻ sát vào máy. Điện thoại không có NFC thì ứng dụng chuyển sang quét mã QR in trên thẻ căn cước.
    Mức 2 thì phải đến công an đăng ký trực tiếp.

chon-muc-prompt = Bạn muốn xem căn cước điện tử và các giấy tờ khác trên VNeID, và dùng được mọi tính năng. Bạn cần tài khoản mức nào?
chon-muc-muc-2 = Mức 2
chon-muc-muc-2-feedback = Đúng rồi. Mức 2 cho bạn xem căn cước điện tử, các giấy tờ đã tích hợp, và dùng được tất cả tính năng.
chon-muc-muc-1 = Mức 1
chon-muc-muc-1-feedback = Mức 1 chỉ cho xem thông tin định danh và dùng một số tính năng. Để xem căn cước điện tử và dùng hết tính năng, bạn cần mức 2.
chon-muc-muc-3 = Mức 3
chon-muc-muc-3-feedback = Người dân không có tài khoản mức 3. Chỉ có mức 1 và mức 2, và mức 2 là mức dùng được mọi tính năng.

dang-ky-muc-2-text =
    Tài khoản mức 2 phải đăng ký trực tiếp. Bạn đến công an xã, phường, hoặc nơi làm thẻ căn cước.
    Bạn mang theo thẻ căn cước gắn chip (hoặc căn cước công dân gắn chip).
    Bạn cho cán bộ số điện thoại mà bạn đang dùng hằng ngày. Tin nhắn của VNeID và mã OTP — mã số dùng một lần gửi qua tin nhắn — sẽ gửi về số này.
    Số này phải là số chính chủ, tức là SIM đứng tên chính bạn. Nhiều người dùng SIM do con cháu đứng tên: khi đó mã OTP có thể gửi đi nơi khác, hoặc việc đăng ký, kích hoạt không thành.
    Cán bộ nhập thông tin, chụp ảnh chân dung và lấy vân tay của bạn để đối chiếu, tức là so cho khớp với dữ liệu căn cước. Bạn xác nhận đồng ý.
    Nếu muốn, bạn nhờ cán bộ thêm giấy tờ khác vào tài khoản, như giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế. Khi đó, bạn mang theo bản gốc để cán bộ kiểm tra.
    Người chưa có thẻ gắn chip thì được làm tài khoản mức 2 cùng lúc làm thẻ căn cước mới.
    Kết quả được báo qua tin nhắn, qua ứng dụng hoặc qua email.
    Công an không làm tài khoản mức 2 qua điện thoại, qua Zalo hay qua đường link.

mang-gi-prompt = Bạn đến công an xã để đăng ký tài khoản mức 2. Bạn cần mang theo hoặc chuẩn bị gì? Hãy chọn tất cả các ý đúng.
mang-gi-can-cuoc = Thẻ căn cước gắn chip của bạn
mang-gi-can-cuoc-feedback = Đúng. Cán bộ dùng thẻ căn cước gắn chip để đối chiếu thông tin của bạn.
mang-gi-so-chinh-chu = Số điện thoại bạn đang dùng, SIM đứng tên chính bạn
mang-gi-so-chinh-chu-feedback = Đúng. Tin nhắn báo kết quả và mã OTP để kích hoạt sẽ gửi về số này, nên đó phải là số bạn đang dùng, và là số chính chủ: SIM đứng tên chính bạn.
mang-gi-anh-the = Ảnh thẻ để nộp kèm
mang-gi-anh-the-feedback = Ảnh chân dung do cán bộ chụp ngay tại chỗ, cùng lúc lấy vân tay. Bạn không phải lo chuẩn bị ảnh.
mang-gi-so-cua-con = Số điện thoại của con, vì SIM trong máy bạn do con đứng tên
mang-gi-so-cua-con-feedback = Số đăng ký phải là số chính chủ, đứng tên chính bạn. Dùng số đứng tên con, mã OTP có thể gửi đi nơi khác, hoặc việc kích hoạt không thành. Nếu SIM của bạn do con cháu đứng tên, bạn hỏi cán bộ công an xã cách làm.
mang-gi-gui-zalo = Gửi trước ảnh căn cước qua Zalo cho người xưng là cán bộ
mang-gi-gui-zalo-feedback = Bạn đừng gửi ảnh căn cước cho ai qua Zalo. Việc đăng ký làm trực tiếp tại công an xã, với thẻ thật trong tay bạn.

tin-nhan-duyet-text =
    Khi tài khoản được duyệt, bạn nhận một tin nhắn của Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an.
    Tin báo việc đăng ký định danh điện tử của bạn đã được duyệt, và bảo bạn mở ứng dụng VNeID để kích hoạt.
    Tin thật không hỏi gì, không đòi tiền. Bạn không bấm vào địa chỉ nào trong tin; bạn tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store.
    Nếu chưa có ứng dụng, bạn cài VNeID từ CH Play (điện thoại Android) hoặc App Store (iPhone).
    Khi kích hoạt, ứng dụng hỏi lần lượt: số định danh và số điện thoại chính chủ đã đăng ký, mã OTP trong tin nhắn, mật khẩu, mã passcode, và 2 câu hỏi bảo mật. Mã passcode là mã riêng gồm 6 chữ số, để xác nhận việc bạn làm trong ứng dụng.
    Không có điện thoại thông minh, bạn vẫn kích hoạt được trên máy tính, ở trang vneid[.]gov[.]vn.
    Bây giờ bạn tập trên điện thoại giả lập. Thẻ căn cước, số điện thoại và tin nhắn bên cạnh đều là MẪU.

cai-dat-prompt = Bạn cần cài ứng dụng VNeID vào điện thoại. Bạn cài ở đâu?
cai-dat-cua-hang = Từ CH Play (điện thoại Android) hoặc App Store (iPhone)
cai-dat-cua-hang-feedback = Đúng. Chỉ cài VNeID từ CH Play hoặc App Store. Bộ Công an chỉ có một ứng dụng định danh điện tử, tên là VNeID.
cai-dat-link = Từ đường link trong tin nhắn báo “cập nhật VNeID bản mới”
cai-dat-link-feedback = Bạn đừng bấm link đó. Link lạ có thể cài ứng dụng giả, lấy mã OTP và tiền của bạn. Bạn chỉ cài VNeID từ CH Play hoặc App Store.
cai-dat-tep-zalo = Từ tệp cài đặt người khác gửi qua Zalo, sau khi bật “cài ứng dụng không rõ nguồn gốc”
cai-dat-tep-zalo-feedback = Bạn đừng bật “cài ứng dụng không rõ nguồn gốc”, và đừng cài tệp ai gửi. Bạn chỉ cài VNeID từ CH Play hoặc App Store.

kh-man-hinh-dau-title = VNeID
kh-man-hinh-dau-task = Bạn vừa nhận tin nhắn báo tài khoản mức 2 đã được duyệt. Hãy bấm nút để bắt đầu kích hoạt tài khoản.
kh-man-hinh-dau-kich-hoat = Kích hoạt tài khoản định danh điện tử
kh-man-hinh-dau-kich-hoat-feedback = Đúng rồi. Ứng dụng mở màn hình kích hoạt, hỏi số định danh cá nhân và số điện thoại của bạn.
kh-man-hinh-dau-dang-nhap = Đăng nhập
kh-man-hinh-dau-dang-nhap-feedback = Tài khoản chưa kích hoạt thì chưa đăng nhập được. Bạn hãy bấm “Kích hoạt tài khoản định danh điện tử”.

kh-nhap-so-title = Kích hoạt tài khoản định danh điện tử
kh-nhap-so-task = Nhập số định danh cá nhân trên thẻ căn cước MẪU và số điện thoại MẪU, rồi bấm “Gửi yêu cầu”. Ngoài đời, bạn nhập đúng số đã đăng ký ở công an: số chính chủ, SIM đứng tên chính bạn.
kh-nhap-so-so-dinh-danh = Số định danh cá nhân
kh-nhap-so-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh. Bạn gõ lại từng số cho khớp.
kh-nhap-so-so-dien-thoai = Số điện thoại
kh-nhap-so-so-dien-thoai-hint = Số điện thoại có 10 chữ số, bắt đầu bằng số 0. Bạn chép đúng số điện thoại MẪU bên cạnh.
kh-nhap-so-gui-yeu-cau = Gửi yêu cầu
kh-nhap-so-gui-yeu-cau-feedback = Đúng rồi. Ứng dụng gửi một mã OTP bằng tin nhắn về số điện thoại bạn đã đăng ký ở công an xã. Vì vậy số này phải đứng tên chính bạn; SIM đứng tên con cháu thì mã có thể không về máy bạn. Tiếp theo, bạn nhập mã đó.
kh-nhap-so-quay-lai = Quay lại
kh-nhap-so-quay-lai-feedback = Nút này đưa bạn về màn hình trước. Bạn hãy nhập hai dãy số, rồi bấm “Gửi yêu cầu”.

kh-otp-title = Nhập mã OTP
kh-otp-task = Xem tin nhắn MẪU bên cạnh. Nhập mã OTP 6 số trong tin, rồi bấm “Xác nhận”. Ngoài đời, nếu mã không về máy (ví dụ vì SIM không đứng tên chính bạn), bạn mang thẻ căn cước và điện thoại đến công an xã nhờ hỗ trợ trực tiếp. Đừng nhờ người gọi điện tới.
kh-otp-ma-otp = Mã OTP
kh-otp-ma-otp-hint = Mã OTP trong tin nhắn MẪU có 6 chữ số. Bạn gõ lại cho khớp.
kh-otp-xac-nhan = Xác nhận
kh-otp-xac-nhan-feedback = Đúng rồi. Mã khớp, ứng dụng chuyển sang bước tạo mật khẩu. Ngoài đời, mã OTP chỉ dùng được trong thời gian ngắn, và chỉ mình bạn được biết.
kh-otp-quay-lai = Quay lại
kh-otp-quay-lai-feedback = Bạn chưa cần quay lại. Hãy gõ mã 6 số trong tin nhắn MẪU, rồi bấm “Xác nhận”.

mat-khau-passcode-text =
    Tiếp theo, ứng dụng bảo bạn tạo mật khẩu và mã passcode. Hai thứ này khác nhau.
    Mật khẩu dùng để đăng nhập. Nếu trước đây bạn chưa có mật khẩu VNeID, bạn tạo mật khẩu mới.
    Mật khẩu dài từ 8 đến 20 ký tự, và phải có đủ: chữ hoa, chữ thường, chữ số, và ít nhất một ký tự đặc biệt như @ hay #.
    Mã passcode gồm đúng 6 chữ số. Mã này dùng để xác nhận khi bạn làm việc trong ứng dụng.
    Bạn đừng chọn dãy dễ đoán như 123456, hay ngày sinh của mình.
    Mật khẩu, mã passcode và mã OTP giống như chìa khóa nhà: không đọc, không gửi cho ai, kể cả người xưng là công an.
    Ở đây, bạn tự nghĩ ra một mật khẩu tập và một mã tập. Đừng dùng lại chúng làm mật khẩu thật.

kh-mat-khau-title = Tạo mật khẩu
kh-mat-khau-task = Tự nghĩ một mật khẩu tập: từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và một ký tự đặc biệt. Gõ hai lần cho giống nhau, rồi bấm “Tiếp tục”. Đừng gõ mật khẩu hay mã passcode thật của bạn.
kh-mat-khau-mat-khau = Mật khẩu
kh-mat-khau-mat-khau-hint = Mật khẩu cần từ 8 đến 20 ký tự, có ít nhất một chữ hoa, một chữ thường, một chữ số và một ký tự đặc biệt như @ hay #. Muốn gõ chữ hoa, bạn giữ phím Shift rồi bấm chữ. Muốn gõ @, bạn giữ Shift rồi bấm phím số 2. Nếu chữ tự thêm dấu, bạn nhờ người hướng dẫn tắt gõ tiếng Việt.
kh-mat-khau-nhap-lai-mat-khau = Nhập lại mật khẩu
kh-mat-khau-nhap-lai-mat-khau-hint = Ô này phải giống hệt ô mật khẩu ở trên, đúng cả chữ hoa và chữ thường. Bạn gõ lại thật chậm.
kh-mat-khau-tiep-tuc = Tiếp tục
kh-mat-khau-tiep-tuc-feedback = Đúng rồi. Mật khẩu hợp lệ. Tiếp theo, ứng dụng bảo bạn tạo mã passcode 6 số.
kh-mat-khau-quay-lai = Quay lại
kh-mat-khau-quay-lai-feedback = Bạn chưa cần quay lại. Hãy gõ mật khẩu tập hai lần cho giống nhau, rồi bấm “Tiếp tục”.

kh-passcode-title = Tạo mã passcode
kh-passcode-task = Tự nghĩ 6 chữ số làm mã passcode tập. Gõ vào ô thứ nhất, gõ lại y như vậy ở ô thứ hai, rồi bấm “Xác nhận”. Đừng gõ mật khẩu hay mã passcode thật của bạn.
kh-passcode-passcode = Mã passcode
kh-passcode-passcode-hint = Mã passcode gồm đúng 6 chữ số, từ 0 đến 9, không có chữ cái.
kh-passcode-nhap-lai-passcode = Nhập lại mã passcode
kh-passcode-nhap-lai-passcode-hint = Ô này phải giống hệt 6 số bạn vừa gõ ở ô trên.
kh-passcode-xac-nhan = Xác nhận
kh-passcode-xac-nhan-feedback = Đúng rồi. Tiếp theo, ứng dụng bảo bạn chọn và trả lời 2 câu hỏi bảo mật.
kh-passcode-quay-lai = Quay lại
kh-passcode-quay-lai-feedback = Bạn chưa cần quay lại. Hãy gõ 6 chữ số hai lần cho giống nhau, rồi bấm “Xác nhận”.

kh-cau-hoi-title = Câu hỏi bảo mật
kh-cau-hoi-task = Ứng dụng thật cho bạn chọn 2 câu hỏi trong danh sách. Ở đây, câu hỏi đã được chọn sẵn. Bạn gõ một câu trả lời tập cho mỗi câu, rồi bấm “Xác nhận”.
kh-cau-hoi-tra-loi-1 = Câu hỏi 1 (ví dụ): Con vật bạn thích là gì? — gõ câu trả lời bịa, đừng gõ câu trả lời thật
kh-cau-hoi-tra-loi-1-hint = Bạn gõ một câu trả lời bất kỳ, đừng để trống. Máy không lưu câu trả lời này.
kh-cau-hoi-tra-loi-2 = Câu hỏi 2 (ví dụ): Màu bạn thích là gì? — gõ câu trả lời bịa
kh-cau-hoi-tra-loi-2-hint = Bạn gõ một câu trả lời bất kỳ, đừng để trống. Máy không lưu câu trả lời này.
kh-cau-hoi-xac-nhan = Xác nhận
kh-cau-hoi-xac-nhan-feedback = Xong rồi! Tài khoản đã được kích hoạt. Bạn đăng nhập lại, và ứng dụng cho biết tài khoản của bạn là mức 1 hay mức 2. Ngoài đời, bạn nhớ kỹ câu trả lời thật và giữ cho riêng mình.
kh-cau-hoi-quay-lai = Quay lại
kh-cau-hoi-quay-lai-feedback = Bạn chưa cần quay lại. Hãy gõ câu trả lời cho cả hai câu hỏi, rồi bấm “Xác nhận”.

kh-thu-tu-prompt = Hãy xếp các bước kích hoạt tài khoản VNeID theo đúng thứ tự.
kh-thu-tu-hint = Bắt đầu bằng số trên thẻ và số điện thoại. Mã OTP đến sau khi bấm “Gửi yêu cầu”. Đăng nhập lại là việc cuối cùng.
kh-thu-tu-nhap-so = Nhập số định danh và số điện thoại, bấm “Gửi yêu cầu”
kh-thu-tu-nhap-otp = Nhập mã OTP trong tin nhắn
kh-thu-tu-tao-mat-khau = Tạo mật khẩu
kh-thu-tu-tao-passcode = Tạo mã passcode 6 số
kh-thu-tu-cau-hoi = Trả lời 2 câu hỏi bảo mật
kh-thu-tu-dang-nhap-lai = Đăng nhập lại và xem tài khoản mức mấy

vi-giay-to-text =
    Khi có tài khoản mức 2, bạn dùng được Ví giấy tờ trong ứng dụng VNeID.
    Trong ví có căn cước điện tử. Ví còn chứa được giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế, số bảo hiểm xã hội.
    Với tài khoản mức 2, các giấy tờ này trong ví có thể dùng thay cho bản giấy.
    Muốn thêm thẻ bảo hiểm y tế, bạn vào Ví giấy tờ, chọn “Tích hợp thông tin”, tức là thêm giấy tờ vào ví.
    Từ ngày 1/6/2025, thẻ bảo hiểm y tế cấp mới hoặc cấp lại thường không in ra giấy nữa. Bạn xem thẻ trên VNeID mức 2, hoặc trên ứng dụng VssID. Người không dùng được hai ứng dụng này vẫn được cấp thẻ giấy.
    Khi đi khám bệnh, bạn đưa thẻ căn cước gắn chip (CCCD gắn chip) cho nơi khám là được, thay cho thẻ bảo hiểm y tế. Cách này không cần điện thoại.
    Từ ngày 1/8/2025, mã số bảo hiểm xã hội chính là số định danh cá nhân của bạn.
    VNeID còn có mục về cư trú, như đăng ký thường trú, tạm trú, thông báo lưu trú, và mục Thủ tục hành chính.
    Bạn cũng dùng tài khoản VNeID để đăng nhập Cổng Dịch vụ công. Bài sau sẽ tập việc này.

mo-vi-giay-to-title = VNeID
mo-vi-giay-to-task = Bạn đi khám ở trạm y tế và cần đưa thẻ bảo hiểm y tế. Hãy bấm vào mục có chứa thẻ.
mo-vi-giay-to-vi-giay-to = Ví giấy tờ
mo-vi-giay-to-vi-giay-to-feedback = Đúng rồi. Ví giấy tờ chứa căn cước điện tử và các giấy tờ đã tích hợp, như thẻ bảo hiểm y tế. Bạn mở thẻ cho nhân viên xem, không cần đọc mã gì cho ai. Không mang điện thoại thì bạn đưa thẻ căn cước gắn chip cũng được.
mo-vi-giay-to-thu-tuc-hanh-chinh = Thủ tục hành chính
mo-vi-giay-to-thu-tuc-hanh-chinh-feedback = Mục này để làm thủ tục, như đăng ký khai sinh cho con. Thẻ bảo hiểm y tế nằm trong Ví giấy tờ.
mo-vi-giay-to-to-giac = Tố giác tội phạm
mo-vi-giay-to-to-giac-feedback = Mục này để báo cho công an về tội phạm. Thẻ bảo hiểm y tế nằm trong Ví giấy tờ.

canh-bao-text =
    Kẻ gian hay giả làm công an để chiếm tài khoản VNeID và lấy tiền trong ngân hàng. Bộ Công an dặn:
    Một: chỉ cài VNeID từ App Store hoặc CH Play. Không cài từ trang web, từ đường link hay tệp gửi qua tin nhắn, Zalo.
    Hai: trên điện thoại Android, không bật “cài ứng dụng không rõ nguồn gốc”.
    Ba: công an chỉ hỗ trợ kích hoạt trực tiếp. Công an không hướng dẫn kích hoạt qua điện thoại, tin nhắn, Zalo hay Facebook. Ai gọi bảo bạn cài, cập nhật hay “đồng bộ” VNeID qua đường link đều là kẻ gian.
    Bốn: Bộ Công an chỉ có một ứng dụng định danh điện tử, đó là VNeID.
    Năm: không đưa thông tin cá nhân, mã OTP hay mã passcode cho ai qua điện thoại. Ứng dụng giả đọc trộm tin nhắn, lấy mã OTP rồi rút tiền trong tài khoản.
    Sau khi sáp nhập xã từ ngày 1/7/2025, có kẻ xưng là công an hay cán bộ “xã mới”, gọi bảo bạn “cập nhật thông tin”, hay đòi tiền “làm lại thẻ căn cước”. Đó cũng là lừa đảo.
    Sau sáp nhập, bạn không phải làm lại thẻ căn cước; thẻ cũ vẫn dùng được. Ai muốn đổi thẻ theo tên xã mới thì tự làm trên ứng dụng VNeID, và được miễn phí.
    Khi nghi ngờ, bạn hỏi công an khu vực, hoặc đến thẳng công an xã.

goi-ho-tro-prompt = Một người gọi từ số lạ, xưng là cán bộ công an xã. Họ nói sẽ giúp bạn kích hoạt VNeID qua điện thoại cho nhanh, và bảo bạn đọc mã OTP vừa nhận. Bạn làm gì?
goi-ho-tro-cup-may = Cúp máy, không đọc mã. Nếu cần, bạn đến công an xã hỏi trực tiếp
goi-ho-tro-cup-may-feedback = Đúng vậy. Công an không hướng dẫn kích hoạt qua điện thoại, và không ai được hỏi mã OTP của bạn.
goi-ho-tro-doc-otp = Đọc mã OTP cho họ, vì họ xưng là công an
goi-ho-tro-doc-otp-feedback = Bạn đừng đọc mã cho ai, kể cả người xưng là công an. Có mã OTP, kẻ gian chiếm được tài khoản của bạn. Bạn cúp máy rồi đến công an xã hỏi.
goi-ho-tro-cai-link = Cài bản VNeID mới qua đường link họ gửi
goi-ho-tro-cai-link-feedback = Link lạ có thể cài ứng dụng giả, đọc trộm tin nhắn và lấy tiền. VNeID chỉ cài từ CH Play hoặc App Store. Bạn cúp máy là an toàn nhất.

## Bài kiểm tra cuối
# Bốn nhóm: kích hoạt, đăng ký, Ví giấy tờ, an toàn. Nút đúng khi ở đầu, khi ở giữa, khi ở cuối.
# Ý đúng khi dài, khi ngắn; đừng để ý đúng luôn là ý dài nhất hay ý lặp lại chữ của câu hỏi.

## Nhóm kich-hoat

kt-bat-dau-title = VNeID
kt-bat-dau-task = Tin nhắn báo tài khoản mức 2 của bạn đã được duyệt. Bạn tự mở ứng dụng VNeID và thấy màn hình này. Bạn bấm nút nào trước tiên, để dùng được tài khoản?
kt-bat-dau-dang-nhap = Đăng nhập
kt-bat-dau-dang-nhap-feedback = Tài khoản chưa kích hoạt thì chưa đăng nhập được. Bạn bấm “Kích hoạt” trước.
kt-bat-dau-kich-hoat = Kích hoạt
kt-bat-dau-kich-hoat-feedback = Đúng. Tài khoản đã được duyệt, nên bạn bấm “Kích hoạt”. Ứng dụng sẽ hỏi số định danh cá nhân và số điện thoại.
kt-bat-dau-dang-ky-muc-1 = Đăng ký tài khoản mức 1
kt-bat-dau-dang-ky-muc-1-feedback = Bạn đã đăng ký mức 2 ở công an xã, và tài khoản đã được duyệt. Không cần đăng ký lại. Bạn bấm “Kích hoạt”.

kt-gui-yeu-cau-title = Kích hoạt tài khoản định danh điện tử
kt-gui-yeu-cau-task = Nhập số định danh cá nhân trên thẻ căn cước MẪU và số điện thoại MẪU. Rồi bấm nút để nhận mã OTP.
kt-gui-yeu-cau-so-dinh-danh = Số định danh cá nhân
kt-gui-yeu-cau-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh.
kt-gui-yeu-cau-so-dien-thoai = Số điện thoại
kt-gui-yeu-cau-so-dien-thoai-hint = Số điện thoại có 10 chữ số, bắt đầu bằng số 0, giống số điện thoại MẪU bên cạnh.
kt-gui-yeu-cau-xem-huong-dan = Xem hướng dẫn
kt-gui-yeu-cau-xem-huong-dan-feedback = Nút này chỉ mở phần hướng dẫn. Khi đã nhập đủ hai dãy số, bạn bấm “Gửi yêu cầu” để nhận mã OTP.
kt-gui-yeu-cau-quay-lai = Quay lại
kt-gui-yeu-cau-quay-lai-feedback = Nút này đưa bạn về màn hình trước. Để nhận mã OTP, bạn bấm “Gửi yêu cầu”.
kt-gui-yeu-cau-gui-yeu-cau = Gửi yêu cầu
kt-gui-yeu-cau-gui-yeu-cau-feedback = Đúng. Ứng dụng gửi mã OTP bằng tin nhắn về số điện thoại bạn đã đăng ký, số đứng tên chính bạn.

kt-nhap-otp-title = Nhập mã OTP
kt-nhap-otp-task = Xem tin nhắn MẪU bên cạnh. Nhập mã OTP trong tin, rồi bấm nút để sang bước sau.
kt-nhap-otp-ma-otp = Mã OTP
kt-nhap-otp-ma-otp-hint = Mã OTP trong tin nhắn MẪU có 6 chữ số. Bạn gõ lại cho khớp.
kt-nhap-otp-gui-lai-ma = Gửi lại mã
kt-nhap-otp-gui-lai-ma-feedback = Bạn đã có mã trong tin nhắn MẪU, chưa cần xin mã mới. Bạn gõ mã đó, rồi bấm “Xác nhận”.
kt-nhap-otp-xac-nhan = Xác nhận
kt-nhap-otp-xac-nhan-feedback = Đúng. Mã khớp, ứng dụng chuyển sang bước tạo mật khẩu.
kt-nhap-otp-quay-lai = Quay lại
kt-nhap-otp-quay-lai-feedback = Bạn chưa cần quay lại. Bạn gõ mã 6 số trong tin nhắn MẪU, rồi bấm “Xác nhận”.

kt-tao-mat-khau-title = Tạo mật khẩu
kt-tao-mat-khau-task = Tự nghĩ một mật khẩu tập đúng quy tắc. Gõ hai lần cho giống nhau, rồi bấm nút để sang bước sau. Đừng gõ mật khẩu thật của bạn.
kt-tao-mat-khau-mat-khau = Mật khẩu
kt-tao-mat-khau-mat-khau-hint = Mật khẩu cần từ 8 đến 20 ký tự, có ít nhất một chữ hoa, một chữ thường, một chữ số và một ký tự đặc biệt như @ hay #.
kt-tao-mat-khau-nhap-lai-mat-khau = Nhập lại mật khẩu
kt-tao-mat-khau-nhap-lai-mat-khau-hint = Ô này phải giống hệt ô mật khẩu ở trên, đúng cả chữ hoa và chữ thường.
kt-tao-mat-khau-tiep-tuc = Tiếp tục
kt-tao-mat-khau-tiep-tuc-feedback = Đúng. Mật khẩu hợp lệ, ứng dụng chuyển sang bước tạo mã passcode 6 số.
kt-tao-mat-khau-quay-lai = Quay lại
kt-tao-mat-khau-quay-lai-feedback = Bạn chưa cần quay lại. Khi hai ô đã giống nhau, bạn bấm “Tiếp tục”.
kt-tao-mat-khau-hien-mat-khau = Hiện mật khẩu
kt-tao-mat-khau-hien-mat-khau-feedback = Nút này chỉ cho bạn xem lại chữ vừa gõ. Để sang bước sau, bạn bấm “Tiếp tục”.

kt-tao-passcode-title = Tạo mã passcode
kt-tao-passcode-task = Tạo một mã passcode tập: gõ 6 chữ số, gõ lại y như vậy ở ô thứ hai, rồi bấm nút để sang bước sau.
kt-tao-passcode-passcode = Mã passcode
kt-tao-passcode-passcode-hint = Mã passcode gồm đúng 6 chữ số, không có chữ cái.
kt-tao-passcode-nhap-lai-passcode = Nhập lại mã passcode
kt-tao-passcode-nhap-lai-passcode-hint = Ô này phải giống hệt 6 số ở ô trên.
kt-tao-passcode-quay-lai = Quay lại
kt-tao-passcode-quay-lai-feedback = Bạn chưa cần quay lại. Gõ 6 chữ số hai lần cho giống nhau, rồi bấm “Xác nhận”.
kt-tao-passcode-xem-huong-dan = Xem hướng dẫn
kt-tao-passcode-xem-huong-dan-feedback = Nút này chỉ mở phần hướng dẫn. Khi hai ô đã giống nhau, bạn bấm “Xác nhận”.
kt-tao-passcode-xac-nhan = Xác nhận
kt-tao-passcode-xac-nhan-feedback = Đúng. Tiếp theo, ứng dụng bảo bạn trả lời 2 câu hỏi bảo mật.

kt-chon-mat-khau-prompt = Ứng dụng bảo bạn tạo mật khẩu. Những mật khẩu nào dưới đây được chấp nhận? Hãy chọn tất cả các ý đúng.
kt-chon-mat-khau-lua-non = Lua@Non7
kt-chon-mat-khau-lua-non-feedback = Đúng. Có 8 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt @. Ngoài đời, bạn tự nghĩ mật khẩu của riêng mình.
kt-chon-mat-khau-chu-thuong = luanon2025
kt-chon-mat-khau-chu-thuong-feedback = Mật khẩu này thiếu chữ hoa và ký tự đặc biệt. Mật khẩu cần đủ chữ hoa, chữ thường, chữ số và ký tự đặc biệt.
kt-chon-mat-khau-tre-xanh = Tre#Xanh2024
kt-chon-mat-khau-tre-xanh-feedback = Đúng. Có 12 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt #.
kt-chon-mat-khau-chu-hoa = LUA@NON2025
kt-chon-mat-khau-chu-hoa-feedback = Mật khẩu này toàn chữ hoa, thiếu chữ thường. Mật khẩu cần đủ chữ hoa, chữ thường, chữ số và ký tự đặc biệt.
kt-chon-mat-khau-qua-ngan = Ln@1
kt-chon-mat-khau-qua-ngan-feedback = Mật khẩu này chỉ có 4 ký tự, quá ngắn. Mật khẩu cần từ 8 đến 20 ký tự.

kt-thu-tu-prompt = Hãy xếp các bước kích hoạt tài khoản VNeID theo đúng thứ tự.
kt-thu-tu-hint = Đầu tiên là số định danh và số điện thoại. Mã OTP đến sau đó. Câu hỏi bảo mật là bước cuối.
kt-thu-tu-nhap-so = Nhập số định danh và số điện thoại, bấm “Gửi yêu cầu”
kt-thu-tu-nhap-otp = Nhập mã OTP trong tin nhắn
kt-thu-tu-tao-mat-khau = Tạo mật khẩu
kt-thu-tu-tao-passcode = Tạo mã passcode 6 số
kt-thu-tu-cau-hoi = Trả lời 2 câu hỏi bảo mật

## Nhóm dang-ky

kt-chuan-bi-prompt = Sáng mai bạn đến công an xã để đăng ký tài khoản mức 2. Bạn mang theo hoặc chuẩn bị những gì? Hãy chọn tất cả các ý đúng.
kt-chuan-bi-the-chip = Thẻ căn cước gắn chip của bạn
kt-chuan-bi-the-chip-feedback = Đúng. Cán bộ dùng thẻ gắn chip để đối chiếu thông tin của bạn.
kt-chuan-bi-so-chinh-chu = Số điện thoại đứng tên chính bạn
kt-chuan-bi-so-chinh-chu-feedback = Đúng. Số điện thoại phải đứng tên chính bạn. Mã OTP để kích hoạt sẽ gửi về số này.
kt-chuan-bi-anh-the = Hai tấm ảnh thẻ để nộp kèm
kt-chuan-bi-anh-the-feedback = Bạn không cần mang ảnh. Cán bộ chụp ảnh chân dung và lấy vân tay ngay tại chỗ.
kt-chuan-bi-so-cua-con = Số điện thoại của con, để con nhận mã giúp
kt-chuan-bi-so-cua-con-feedback = Số điện thoại phải đứng tên chính bạn. Dùng số của con, mã OTP có thể gửi đi nơi khác, hoặc việc đăng ký không thành.

kt-nang-muc-prompt = Bà Lan đã tự đăng ký tài khoản mức 1 trên ứng dụng. Nay bà muốn mở căn cước điện tử trong Ví giấy tờ. Bà cần làm gì?
kt-nang-muc-cong-an-xa = Mang thẻ gắn chip đến công an xã, xin làm mức 2
kt-nang-muc-cong-an-xa-feedback = Đúng. Căn cước điện tử chỉ có ở mức 2, và mức 2 phải đăng ký trực tiếp ở công an xã.
kt-nang-muc-ung-dung-khac = Cài thêm một ứng dụng định danh khác có căn cước
kt-nang-muc-ung-dung-khac-feedback = Bộ Công an chỉ có một ứng dụng định danh điện tử là VNeID. Bà cần đến công an xã để làm mức 2.
kt-nang-muc-doc-otp = Nhờ người gọi tới xưng là công an nâng mức giúp qua điện thoại
kt-nang-muc-doc-otp-feedback = Công an không làm tài khoản qua điện thoại. Bà mang thẻ gắn chip đến công an xã để làm mức 2.

kt-tin-duyet-prompt = Bạn nhận tin nhắn báo việc đăng ký định danh điện tử của bạn đã được duyệt. Bạn làm gì tiếp?
kt-tin-duyet-tu-mo = Tự mở ứng dụng VNeID đã cài trong máy, rồi bấm “Kích hoạt”
kt-tin-duyet-tu-mo-feedback = Đúng. Tin thật chỉ báo tin, không hỏi gì. Bạn tự mở VNeID đã cài từ CH Play hoặc App Store, rồi kích hoạt.
kt-tin-duyet-goi-lai = Gọi lại cho số vừa nhắn, nhờ họ kích hoạt giúp
kt-tin-duyet-goi-lai-feedback = Công an không hướng dẫn kích hoạt qua điện thoại. Bạn tự mở ứng dụng VNeID và bấm “Kích hoạt”.
kt-tin-duyet-tra-loi = Nhắn trả lời, gửi số căn cước và mã OTP
kt-tin-duyet-tra-loi-feedback = Đừng gửi số căn cước hay mã OTP cho ai. Bạn tự mở ứng dụng VNeID và bấm “Kích hoạt”.

kt-khong-nfc-prompt = Bạn tự đăng ký tài khoản mức 1 trên ứng dụng VNeID. Điện thoại của bạn không có NFC, tức là không đọc được chip khi áp thẻ vào máy. Bạn làm gì?
kt-khong-nfc-bo-cuoc = Bỏ cuộc, vì máy này không đăng ký được
kt-khong-nfc-bo-cuoc-feedback = Máy không có NFC vẫn đăng ký được. Bạn đưa camera quét mã QR in trên thẻ căn cước gắn chip.
kt-khong-nfc-quet-qr = Quét mã QR in trên thẻ căn cước của mình
kt-khong-nfc-quet-qr-feedback = Đúng. Điện thoại không có NFC thì ứng dụng chuyển sang quét mã QR in trên thẻ căn cước. Sau đó bạn kiểm tra thông tin và chụp ảnh khuôn mặt.
kt-khong-nfc-gui-anh = Chụp hai mặt thẻ, gửi qua Zalo cho người nhận làm hộ
kt-khong-nfc-gui-anh-feedback = Đừng gửi ảnh thẻ căn cước cho ai. Máy không có NFC thì bạn quét mã QR in trên thẻ, ngay trong ứng dụng VNeID.

kt-hanh-trinh-prompt = Hãy xếp các việc theo đúng thứ tự, từ lúc đi làm tài khoản mức 2 đến lúc dùng được Ví giấy tờ.
kt-hanh-trinh-hint = Làm ở công an xã trước. Chờ tin nhắn báo đã duyệt, rồi mới kích hoạt. Ví giấy tờ dùng được sau khi kích hoạt xong.
kt-hanh-trinh-den-cong-an = Mang thẻ căn cước gắn chip đến công an xã
kt-hanh-trinh-chup-anh = Cán bộ chụp ảnh chân dung, lấy vân tay của bạn
kt-hanh-trinh-nhan-tin = Nhận tin nhắn báo tài khoản đã được duyệt
kt-hanh-trinh-kich-hoat = Tự mở VNeID và kích hoạt tài khoản
kt-hanh-trinh-mo-vi = Mở Ví giấy tờ, xem căn cước điện tử

## Nhóm vi-giay-to

kt-mo-vi-giay-to-title = VNeID
kt-mo-vi-giay-to-task = Bạn cần cho người ta xem giấy phép lái xe đã tích hợp trên VNeID. Hãy bấm vào mục có giấy phép lái xe.
kt-mo-vi-giay-to-vi-giay-to = Ví giấy tờ
kt-mo-vi-giay-to-vi-giay-to-feedback = Đúng. Giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế đã tích hợp đều nằm trong Ví giấy tờ.
kt-mo-vi-giay-to-thu-tuc-hanh-chinh = Thủ tục hành chính
kt-mo-vi-giay-to-thu-tuc-hanh-chinh-feedback = Mục này để làm thủ tục. Giấy tờ đã tích hợp nằm trong Ví giấy tờ.
kt-mo-vi-giay-to-to-giac = Tố giác tội phạm
kt-mo-vi-giay-to-to-giac-feedback = Mục này để báo tội phạm cho công an. Giấy tờ đã tích hợp nằm trong Ví giấy tờ.

kt-tich-hop-bhyt-title = Ví giấy tờ
kt-tich-hop-bhyt-task = Thẻ bảo hiểm y tế của bạn chưa có trong Ví giấy tờ. Hãy bấm nút để bắt đầu thêm thẻ vào ví.
kt-tich-hop-bhyt-can-cuoc = Căn cước điện tử
kt-tich-hop-bhyt-can-cuoc-feedback = Mục này mở căn cước điện tử của bạn. Để thêm thẻ bảo hiểm y tế, bạn bấm “Tích hợp thông tin”.
kt-tich-hop-bhyt-tich-hop = Tích hợp thông tin
kt-tich-hop-bhyt-tich-hop-feedback = Đúng. Muốn thêm thẻ bảo hiểm y tế, bạn vào Ví giấy tờ và chọn “Tích hợp thông tin”.
kt-tich-hop-bhyt-quay-lai = Quay lại
kt-tich-hop-bhyt-quay-lai-feedback = Bạn đang ở đúng chỗ rồi. Để thêm thẻ, bạn bấm “Tích hợp thông tin”.

kt-quen-the-prompt = Bạn đi khám ở trạm y tế nhưng quên mang thẻ bảo hiểm y tế bằng giấy. Bạn làm gì?
kt-quen-the-dua-can-cuoc = Đưa thẻ căn cước gắn chip, hoặc mở thẻ trên VNeID mức 2
kt-quen-the-dua-can-cuoc-feedback = Đúng. Thẻ căn cước gắn chip dùng được thay thẻ bảo hiểm y tế. Với VNeID mức 2, thẻ cũng có trong Ví giấy tờ.
kt-quen-the-ve-nha = Về nhà lấy thẻ giấy, vì không có cách nào khác
kt-quen-the-ve-nha-feedback = Bạn không cần về nhà. Bạn đưa thẻ căn cước gắn chip, hoặc mở thẻ trong Ví giấy tờ trên VNeID mức 2.
kt-quen-the-tra-het-tien = Trả hết tiền khám, vì không có thẻ giấy thì bảo hiểm không trả
kt-quen-the-tra-het-tien-feedback = Bảo hiểm vẫn dùng được. Bạn đưa thẻ căn cước gắn chip, hoặc mở thẻ trong Ví giấy tờ trên VNeID mức 2.

## Nhóm an-toan

kt-xin-otp-prompt = Bạn vừa nhận tin nhắn có mã OTP (mã số dùng một lần) của VNeID. Ngay sau đó, có người gọi xưng là công an, xin bạn đọc mã để “xác thực giúp”. Bạn làm gì?
kt-xin-otp-khong-doc = Không nói mã ra, cúp máy luôn
kt-xin-otp-khong-doc-feedback = Đúng. Không ai được hỏi mã OTP của bạn, kể cả người xưng là công an.
kt-xin-otp-doc-ma = Đọc mã cho họ, vì họ biết tên bạn
kt-xin-otp-doc-ma-feedback = Kẻ gian có thể biết tên bạn. Có mã OTP, họ chiếm được tài khoản. Bạn không đọc, và cúp máy.
kt-xin-otp-chup-gui = Không nói, nhưng chụp tin nhắn gửi qua Zalo
kt-xin-otp-chup-gui-feedback = Gửi ảnh tin nhắn cũng là đưa mã cho kẻ gian. Bạn không gửi gì, và cúp máy.

kt-cai-lai-prompt = Con bạn mua cho bạn một chiếc điện thoại mới. Bạn cần cài lại VNeID. Bạn cài ở đâu?
kt-cai-lai-cua-hang = Từ CH Play hoặc App Store có sẵn trong máy
kt-cai-lai-cua-hang-feedback = Đúng. Chỉ cài VNeID từ CH Play (điện thoại Android) hoặc App Store (iPhone).
kt-cai-lai-link = Từ đường link trong tin nhắn “VNeID bản mới”
kt-cai-lai-link-feedback = Link lạ có thể cài ứng dụng giả, đọc trộm mã OTP. Bạn chỉ cài VNeID từ CH Play hoặc App Store.
kt-cai-lai-tep-zalo = Từ tệp cài đặt người quen gửi qua Zalo
kt-cai-lai-tep-zalo-feedback = Tệp gửi qua Zalo có thể là ứng dụng giả, kể cả khi người gửi là người quen. Bạn chỉ cài từ CH Play hoặc App Store.

kt-nguon-khong-ro-prompt = Một người gọi bảo bạn vào phần cài đặt của điện thoại Android, bật “cài ứng dụng không rõ nguồn gốc” để cài VNeID bản mới. Bạn làm gì?
kt-nguon-khong-ro-khong-bat = Không làm theo, cúp máy
kt-nguon-khong-ro-khong-bat-feedback = Đúng. Bộ Công an dặn không bật “cài ứng dụng không rõ nguồn gốc”. Người bảo bạn bật là kẻ gian.
kt-nguon-khong-ro-bat-len = Bật lên rồi làm theo họ
kt-nguon-khong-ro-bat-len-feedback = Bật lên là mở cửa cho ứng dụng giả vào máy. Bạn không bật, và cúp máy.
kt-nguon-khong-ro-bat-roi-tat = Bật một lúc, xong thì tắt
kt-nguon-khong-ro-bat-roi-tat-feedback = Chỉ cần cài một lần, ứng dụng giả đã ở trong máy và đọc trộm được tin nhắn. Bạn không bật, và cúp máy.

kt-sap-nhap-prompt = Có người gọi, xưng là cán bộ công an “xã mới”. Họ nói sau khi sáp nhập xã, bạn phải làm lại thẻ căn cước, và chuyển trước 50.000 đồng phí làm thẻ. Bạn làm gì?
kt-sap-nhap-khong-chuyen = Không chuyển tiền, cúp máy, hỏi thẳng công an xã nếu cần
kt-sap-nhap-khong-chuyen-feedback = Đúng. Sau sáp nhập, bạn không bắt buộc làm lại thẻ; thẻ cũ vẫn dùng được. Muốn đổi thẻ theo tên xã mới thì bạn tự làm trên VNeID, miễn phí. Ai đòi tiền qua điện thoại là kẻ gian.
kt-sap-nhap-chuyen-ngay = Chuyển tiền ngay cho kịp, vì số tiền nhỏ
kt-sap-nhap-chuyen-ngay-feedback = Kẻ gian hay xin một khoản nhỏ trước, rồi lấy nhiều hơn. Bạn không chuyển tiền, cúp máy và hỏi thẳng công an xã.
kt-sap-nhap-gui-anh-the = Gửi ảnh hai mặt thẻ căn cước để họ làm giúp
kt-sap-nhap-gui-anh-the-feedback = Đừng gửi ảnh thẻ căn cước cho ai. Sau sáp nhập, thẻ cũ vẫn dùng được. Có gì, bạn hỏi thẳng công an xã.
