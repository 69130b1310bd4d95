# Bài: Tài khoản định danh điện tử VNeID. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp /work/shared/domain.md mục 1.
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
#   - lệ phí (nếu có) khi đăng ký mức 2: domain.md không có, bài không nhắc tới.
# Tên màn hình: “Kích hoạt tài khoản định danh điện tử”, “Ví giấy tờ”, “Thủ tục hành chính”,
# “Tố giác tội phạm”, “Gửi yêu cầu” có trong domain.md. Tên các màn hình sau (“Nhập mã OTP”,
# “Tạo mật khẩu”, “Tạo mã passcode”, “Câu hỏi bảo mật”) và nút “Xác nhận”, “Tiếp tục”,
# “Quay lại” là tên mô tả, chưa đối chiếu với ứng dụng thật. Hai câu hỏi bảo mật là ví dụ.

lesson-title = Tài khoản định danh điện tử VNeID
lesson-summary = Bạn tìm hiểu tài khoản VNeID mức 1 và mức 2, tập kích hoạt tài khoản trên điện thoại giả lập, mở Ví giấy tờ, và nhớ các lời dặn để khỏi bị lừa.

## Luyện tập

gioi-thieu-text =
    VNeID là ứng dụng định danh điện tử của Bộ Công an.
    Có tài khoản VNeID, bạn mang căn cước và nhiều giấy tờ khác ngay trong điện thoại. Bạn cũng dùng tài khoản này để làm thủ tục trên Cổng Dịch vụ công.
    Tên đăng nhập VNeID là số định danh cá nhân của bạn. Đó là dãy 12 chữ số in trên thẻ căn cước.
    Trong bài này, bạn tập kích hoạt tài khoản trên một chiếc điện thoại giả lập.
    Mọi con số ở đây đều là số MẪU, chỉ để luyện tập. Bạn đừng gõ số căn cước, số điện thoại hay mã thật của mình vào đây.
    Máy không lưu lại những gì bạn gõ. Bấm nhầm cũng không sao, bạn làm lại bao nhiêu lần cũng được.

hai-muc-text =
    Tài khoản định danh điện tử có hai mức, theo Nghị định 69/2024/NĐ-CP.
    Mức 1: bạn xem được thông tin định danh của mình và dùng được một số tính năng.
    Mức 2: bạn xem được căn cước điện tử và các giấy tờ khác đã tích hợp, dùng được tất cả tính năng. Tài khoản mức 2 được dùng để chứng minh bạn là ai khi giao dịch.
    Người dân không có tài khoản mức 3. Mức cao nhất là mức 2.
    Người từ 14 tuổi trở lên có thẻ căn cước hoặc căn cước công dân còn hạn thì đăng ký được cả mức 1 và mức 2.
    Mức 1 có thể tự đăng ký trên ứng dụng: áp thẻ căn cước gắn chip vào điện thoại, rồi chụp ảnh khuôn mặt.
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
    Bạn cho cán bộ số điện thoại mà bạn đang dùng hằng ngày. Tin nhắn và mã của VNeID sẽ gửi về số này.
    Cán bộ nhập thông tin, chụp ảnh chân dung và lấy vân tay của bạn để đối chiếu. Bạn xác nhận đồng ý.
    Nếu muốn, bạn nhờ cán bộ thêm giấy tờ khác vào tài khoản, như giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế. Khi đó, bạn mang theo bản gốc để cán bộ kiểm tra.
    Người chưa có thẻ gắn chip thì được làm tài khoản mức 2 cùng lúc làm thẻ căn cước mới.
    Kết quả được báo qua tin nhắn, qua ứng dụng hoặc qua email.
    Công an không làm tài khoản mức 2 qua điện thoại, qua Zalo hay qua đường link.

mang-gi-prompt = Bạn đến công an xã để đăng ký tài khoản mức 2. Bạn cần mang theo hoặc chuẩn bị gì? Hãy chọn tất cả các ý đúng.
mang-gi-can-cuoc = Thẻ căn cước gắn chip của bạn
mang-gi-can-cuoc-feedback = Đúng. Cán bộ dùng thẻ căn cước gắn chip để đối chiếu thông tin của bạn.
mang-gi-so-dien-thoai = Số điện thoại bạn đang dùng hằng ngày
mang-gi-so-dien-thoai-feedback = Đúng. Tin nhắn báo kết quả và mã OTP để kích hoạt sẽ gửi về số này, nên đó phải là số bạn đang dùng.
mang-gi-anh-the = Ảnh thẻ để nộp kèm
mang-gi-anh-the-feedback = Ảnh chân dung do cán bộ chụp ngay tại chỗ, cùng lúc lấy vân tay. Bạn không phải lo chuẩn bị ảnh.
mang-gi-gui-zalo = Gửi trước ảnh căn cước qua Zalo cho người xưng là cán bộ
mang-gi-gui-zalo-feedback = Bạn đừng gửi ảnh căn cước cho ai qua Zalo. Việc đăng ký làm trực tiếp tại công an xã, với thẻ thật trong tay bạn.

tin-nhan-duyet-text =
    Khi tài khoản được duyệt, bạn nhận một tin nhắn của Cục Cảnh sát quản lý hành chính về trật tự xã hội, Bộ Công an.
    Tin báo việc đăng ký định danh điện tử của bạn đã được duyệt, và bảo bạn mở ứng dụng VNeID để kích hoạt.
    Tin thật không hỏi gì, không đòi tiền. Bạn không bấm vào địa chỉ nào trong tin; bạn tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store.
    Nếu chưa có ứng dụng, bạn cài VNeID từ CH Play (điện thoại Android) hoặc App Store (iPhone).
    Khi kích hoạt, ứng dụng hỏi lần lượt: số định danh và số điện thoại, mã OTP trong tin nhắn, mật khẩu, mã passcode 6 số, và 2 câu hỏi bảo mật.
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
kh-nhap-so-task = Nhập số định danh cá nhân trên thẻ căn cước MẪU và số điện thoại MẪU, rồi bấm “Gửi yêu cầu”.
kh-nhap-so-so-dinh-danh = Số định danh cá nhân
kh-nhap-so-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh. Bạn gõ lại từng số cho khớp.
kh-nhap-so-so-dien-thoai = Số điện thoại
kh-nhap-so-so-dien-thoai-hint = Số điện thoại có 10 chữ số, bắt đầu bằng số 0. Bạn chép đúng số điện thoại MẪU bên cạnh.
kh-nhap-so-gui-yeu-cau = Gửi yêu cầu
kh-nhap-so-gui-yeu-cau-feedback = Đúng rồi. Ứng dụng gửi một mã OTP bằng tin nhắn về số điện thoại bạn đã đăng ký ở công an xã. Tiếp theo, bạn nhập mã đó.
kh-nhap-so-quay-lai = Quay lại
kh-nhap-so-quay-lai-feedback = Nút này đưa bạn về màn hình trước. Bạn hãy nhập hai dãy số, rồi bấm “Gửi yêu cầu”.

kh-otp-title = Nhập mã OTP
kh-otp-task = Xem tin nhắn MẪU bên cạnh. Nhập mã OTP 6 số trong tin, rồi bấm “Xác nhận”.
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
    Muốn thêm thẻ bảo hiểm y tế, bạn vào Ví giấy tờ, chọn Tích hợp thông tin.
    Từ ngày 1/6/2025, thẻ bảo hiểm y tế cấp mới hoặc cấp lại không còn in ra giấy. Bạn xem thẻ trên VNeID mức 2, hoặc trên ứng dụng VssID.
    Từ ngày 1/8/2025, mã số bảo hiểm xã hội chính là số định danh cá nhân của bạn.
    VNeID còn có mục về cư trú, như đăng ký thường trú, tạm trú, thông báo lưu trú, và mục Thủ tục hành chính.
    Bạn cũng dùng tài khoản VNeID để đăng nhập Cổng Dịch vụ công. Bài sau sẽ tập việc này.

mo-vi-giay-to-title = VNeID
mo-vi-giay-to-task = Bạn đi khám ở trạm y tế và cần đưa thẻ bảo hiểm y tế. Hãy bấm vào mục có chứa thẻ.
mo-vi-giay-to-vi-giay-to = Ví giấy tờ
mo-vi-giay-to-vi-giay-to-feedback = Đúng rồi. Ví giấy tờ chứa căn cước điện tử và các giấy tờ đã tích hợp, như thẻ bảo hiểm y tế. Bạn mở thẻ cho nhân viên xem, không cần đọc mã gì cho ai.
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
    Sau khi sáp nhập xã từ ngày 1/7/2025, có kẻ xưng là công an hay cán bộ “xã mới”, gọi bảo bạn “cập nhật thông tin”. Đó cũng là lừa đảo.
    Khi nghi ngờ, bạn hỏi công an khu vực, hoặc đến thẳng công an xã.

goi-ho-tro-prompt = Một người gọi từ số lạ, xưng là cán bộ công an xã. Họ nói sẽ giúp bạn kích hoạt VNeID qua điện thoại cho nhanh, và bảo bạn đọc mã OTP vừa nhận. Bạn làm gì?
goi-ho-tro-cup-may = Cúp máy, không đọc mã. Nếu cần, bạn đến công an xã hỏi trực tiếp
goi-ho-tro-cup-may-feedback = Đúng vậy. Công an không hướng dẫn kích hoạt qua điện thoại, và không ai được hỏi mã OTP của bạn.
goi-ho-tro-doc-otp = Đọc mã OTP cho họ, vì họ xưng là công an
goi-ho-tro-doc-otp-feedback = Bạn đừng đọc mã cho ai, kể cả người xưng là công an. Có mã OTP, kẻ gian chiếm được tài khoản của bạn. Bạn cúp máy rồi đến công an xã hỏi.
goi-ho-tro-cai-link = Cài bản VNeID mới qua đường link họ gửi
goi-ho-tro-cai-link-feedback = Link lạ có thể cài ứng dụng giả, đọc trộm tin nhắn và lấy tiền. VNeID chỉ cài từ CH Play hoặc App Store. Bạn cúp máy là an toàn nhất.

## Bài kiểm tra cuối

kt-muc-2-prompt = Tài khoản VNeID mức nào cho bạn xem căn cước điện tử và dùng được tất cả tính năng?
kt-muc-2-muc-2 = Mức 2
kt-muc-2-muc-2-feedback = Đúng. Mức 2 cho xem căn cước điện tử, các giấy tờ đã tích hợp, và dùng được mọi tính năng.
kt-muc-2-muc-1 = Mức 1
kt-muc-2-muc-1-feedback = Mức 1 chỉ dùng được một số tính năng. Căn cước điện tử và mọi tính năng có ở mức 2.
kt-muc-2-nhu-nhau = Mức nào cũng như nhau
kt-muc-2-nhu-nhau-feedback = Hai mức khác nhau. Mức 1 dùng được một số tính năng; mức 2 dùng được tất cả.

kt-noi-dang-ky-prompt = Bạn muốn đăng ký tài khoản định danh mức 2. Bạn làm thế nào?
kt-noi-dang-ky-cong-an-xa = Mang thẻ căn cước gắn chip đến công an xã, hoặc nơi làm thẻ căn cước
kt-noi-dang-ky-cong-an-xa-feedback = Đúng. Mức 2 đăng ký trực tiếp: cán bộ chụp ảnh chân dung và lấy vân tay của bạn.
kt-noi-dang-ky-goi-dien = Chờ cán bộ gọi điện, hướng dẫn làm qua điện thoại
kt-noi-dang-ky-goi-dien-feedback = Công an không làm tài khoản mức 2 qua điện thoại. Bạn mang thẻ căn cước đến công an xã.
kt-noi-dang-ky-gui-zalo = Gửi ảnh căn cước qua Zalo cho người nhận làm giúp
kt-noi-dang-ky-gui-zalo-feedback = Đừng gửi ảnh căn cước cho ai qua Zalo. Mức 2 chỉ đăng ký trực tiếp tại công an xã hoặc nơi làm thẻ căn cước.

kt-can-bo-lam-gi-prompt = Khi bạn đăng ký tài khoản mức 2 tại công an xã, cán bộ làm gì?
kt-can-bo-lam-gi-anh-van-tay = Nhập thông tin, chụp ảnh chân dung và lấy vân tay của bạn để đối chiếu
kt-can-bo-lam-gi-anh-van-tay-feedback = Đúng. Ảnh chân dung và vân tay được đối chiếu với dữ liệu căn cước của bạn.
kt-can-bo-lam-gi-hoi-otp = Hỏi mã OTP và mật khẩu ngân hàng của bạn
kt-can-bo-lam-gi-hoi-otp-feedback = Không ai cần mã OTP hay mật khẩu ngân hàng của bạn. Cán bộ chụp ảnh chân dung và lấy vân tay để đối chiếu.
kt-can-bo-lam-gi-gui-link = Gửi cho bạn một đường link để tự cài VNeID
kt-can-bo-lam-gi-gui-link-feedback = VNeID chỉ cài từ CH Play hoặc App Store, không cài qua link. Ở công an xã, cán bộ chụp ảnh chân dung và lấy vân tay của bạn.

kt-cai-dat-prompt = Ứng dụng VNeID thật được cài từ đâu?
kt-cai-dat-cua-hang = Từ CH Play hoặc App Store
kt-cai-dat-cua-hang-feedback = Đúng. Chỉ cài VNeID từ CH Play (Android) hoặc App Store (iPhone).
kt-cai-dat-trang-web = Từ một trang web lạ mà người khác gửi link, có chữ “vneid” trong địa chỉ
kt-cai-dat-trang-web-feedback = Kẻ gian hay làm trang web có chữ giống VNeID. Bạn chỉ cài từ CH Play hoặc App Store.
kt-cai-dat-tep-zalo = Từ tệp cài đặt người quen gửi qua Zalo
kt-cai-dat-tep-zalo-feedback = Tệp gửi qua Zalo có thể là ứng dụng giả, kể cả khi người gửi là người quen. Bạn chỉ cài từ CH Play hoặc App Store.

kt-nguon-khong-ro-prompt = Một người gọi bảo bạn vào phần cài đặt của điện thoại Android, bật “cài ứng dụng không rõ nguồn gốc” để cài VNeID bản mới. Bạn làm gì?
kt-nguon-khong-ro-khong-bat = Không bật. Cúp máy; VNeID chỉ cài từ CH Play
kt-nguon-khong-ro-khong-bat-feedback = Đúng. Bộ Công an dặn không bật “cài ứng dụng không rõ nguồn gốc”. Người bảo bạn bật là kẻ gian.
kt-nguon-khong-ro-bat-len = Bật lên rồi làm theo hướng dẫn của họ
kt-nguon-khong-ro-bat-len-feedback = Bật lên là mở cửa cho ứng dụng giả vào máy. Bạn không bật, và cúp máy.
kt-nguon-khong-ro-bat-roi-tat = Bật lên một lúc, cài xong thì tắt đi
kt-nguon-khong-ro-bat-roi-tat-feedback = Chỉ cần cài xong một lần, ứng dụng giả đã ở trong máy và đọc trộm được tin nhắn. Bạn không bật, và cúp máy.

kt-xin-otp-prompt = Bạn vừa nhận tin nhắn có mã OTP của VNeID. Ngay sau đó, có người gọi xưng là công an, xin bạn đọc mã để “xác thực giúp”. Bạn làm gì?
kt-xin-otp-khong-doc = Không đọc mã, cúp máy
kt-xin-otp-khong-doc-feedback = Đúng. Không ai được hỏi mã OTP của bạn, kể cả người xưng là công an.
kt-xin-otp-doc-ma = Đọc mã cho họ, vì họ biết tên bạn
kt-xin-otp-doc-ma-feedback = Kẻ gian có thể biết tên bạn. Có mã OTP, họ chiếm được tài khoản. Bạn không đọc, và cúp máy.
kt-xin-otp-chup-gui = Không đọc, nhưng chụp tin nhắn gửi qua Zalo cho họ
kt-xin-otp-chup-gui-feedback = Gửi ảnh tin nhắn cũng là đưa mã cho kẻ gian. Bạn không gửi gì, và cúp máy.

kt-mat-khau-prompt = Mật khẩu nào dưới đây đúng quy tắc của VNeID?
kt-mat-khau-du-quy-tac = Hoa@Sen25
kt-mat-khau-du-quy-tac-feedback = Đúng. Mật khẩu này có 9 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt @. Ngoài đời, bạn tự nghĩ mật khẩu của riêng mình.
kt-mat-khau-thieu-hoa-dac-biet = hoasen25
kt-mat-khau-thieu-hoa-dac-biet-feedback = Mật khẩu này thiếu chữ hoa và thiếu ký tự đặc biệt. Cần đủ: chữ hoa, chữ thường, chữ số, ký tự đặc biệt.
kt-mat-khau-qua-ngan = Hs@1
kt-mat-khau-qua-ngan-feedback = Mật khẩu này chỉ có 4 ký tự, quá ngắn. Mật khẩu cần từ 8 đến 20 ký tự.

kt-mot-ung-dung-prompt = Bạn thấy quảng cáo một ứng dụng tên “Định danh công dân Plus”, nói là ứng dụng mới của Bộ Công an. Bạn nghĩ sao?
kt-mot-ung-dung-chi-vneid = Bộ Công an chỉ có một ứng dụng định danh điện tử là VNeID, nên đây là ứng dụng giả
kt-mot-ung-dung-chi-vneid-feedback = Đúng. Chỉ có một ứng dụng định danh điện tử của Bộ Công an: VNeID.
kt-mot-ung-dung-cai-thu = Cài thử xem sao
kt-mot-ung-dung-cai-thu-feedback = Ứng dụng giả có thể đọc trộm tin nhắn và lấy tiền. Bộ Công an chỉ có một ứng dụng là VNeID.
kt-mot-ung-dung-cai-ca-hai = Cài cả hai ứng dụng cho chắc
kt-mot-ung-dung-cai-ca-hai-feedback = Chỉ cần VNeID, cài từ CH Play hoặc App Store. Ứng dụng kia là giả.

kt-thu-tu-prompt = Hãy xếp các bước kích hoạt tài khoản VNeID theo đúng thứ tự.
kt-thu-tu-hint = Đầu tiên là số định danh và số điện thoại. Mã OTP đến sau đó. Câu hỏi bảo mật là bước cuối.
kt-thu-tu-nhap-so = Nhập số định danh và số điện thoại, bấm “Gửi yêu cầu”
kt-thu-tu-nhap-otp = Nhập mã OTP trong tin nhắn
kt-thu-tu-tao-mat-khau = Tạo mật khẩu
kt-thu-tu-tao-passcode = Tạo mã passcode 6 số
kt-thu-tu-cau-hoi = Trả lời 2 câu hỏi bảo mật

kt-nhap-so-title = Kích hoạt tài khoản định danh điện tử
kt-nhap-so-task = Nhập số định danh cá nhân trên thẻ căn cước MẪU và số điện thoại MẪU, rồi bấm nút để nhận mã OTP.
kt-nhap-so-so-dinh-danh = Số định danh cá nhân
kt-nhap-so-so-dinh-danh-hint = Số định danh có đúng 12 chữ số, in trên thẻ căn cước MẪU bên cạnh.
kt-nhap-so-so-dien-thoai = Số điện thoại
kt-nhap-so-so-dien-thoai-hint = Số điện thoại có 10 chữ số, bắt đầu bằng số 0, giống số điện thoại MẪU bên cạnh.
kt-nhap-so-gui-yeu-cau = Gửi yêu cầu
kt-nhap-so-gui-yeu-cau-feedback = Đúng. Ứng dụng gửi mã OTP bằng tin nhắn về số điện thoại đã đăng ký.
kt-nhap-so-quay-lai = Quay lại
kt-nhap-so-quay-lai-feedback = Nút này đưa bạn về màn hình trước. Để nhận mã OTP, bạn bấm “Gửi yêu cầu”.

kt-passcode-title = Tạo mã passcode
kt-passcode-task = Tạo một mã passcode tập: gõ 6 chữ số, gõ lại y như vậy ở ô thứ hai, rồi bấm “Xác nhận”.
kt-passcode-passcode = Mã passcode
kt-passcode-passcode-hint = Mã passcode gồm đúng 6 chữ số, không có chữ cái.
kt-passcode-nhap-lai-passcode = Nhập lại mã passcode
kt-passcode-nhap-lai-passcode-hint = Ô này phải giống hệt 6 số ở ô trên.
kt-passcode-xac-nhan = Xác nhận
kt-passcode-xac-nhan-feedback = Đúng. Tiếp theo, ứng dụng bảo bạn trả lời 2 câu hỏi bảo mật.
kt-passcode-quay-lai = Quay lại
kt-passcode-quay-lai-feedback = Bạn chưa cần quay lại. Gõ 6 chữ số hai lần cho giống nhau, rồi bấm “Xác nhận”.

kt-mo-vi-title = VNeID
kt-mo-vi-task = Bạn cần xem giấy phép lái xe đã tích hợp trên VNeID. Hãy bấm vào mục có chứa giấy tờ đó.
kt-mo-vi-vi-giay-to = Ví giấy tờ
kt-mo-vi-vi-giay-to-feedback = Đúng. Giấy phép lái xe, đăng ký xe, thẻ bảo hiểm y tế đã tích hợp đều nằm trong Ví giấy tờ.
kt-mo-vi-thu-tuc-hanh-chinh = Thủ tục hành chính
kt-mo-vi-thu-tuc-hanh-chinh-feedback = Mục này để làm thủ tục. Giấy tờ đã tích hợp nằm trong Ví giấy tờ.
kt-mo-vi-to-giac = Tố giác tội phạm
kt-mo-vi-to-giac-feedback = Mục này để báo tội phạm cho công an. Giấy tờ đã tích hợp nằm trong Ví giấy tờ.
