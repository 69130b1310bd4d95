# Bài: Nhận diện lừa đảo. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 4 (và 1.5 về VNeID).
#
# Mỗi bước “message” M có ba mã: M-sender (tên người gửi điện thoại hiện ra), M-body (nội dung
# tin nhắn hoặc lời cuộc gọi), M-explain (vì sao lừa đảo / vì sao an toàn, và nên làm gì).
# Dòng trong ngoặc đơn ở đầu hoặc cuối M-body là lời dẫn hoàn cảnh, không phải nội dung tin.
# “(người lạ)” sau tên Zalo: tài khoản chưa kết bạn. Cuộc gọi chỉ hiện số: số không có trong danh bạ.
# Mọi tên, số điện thoại, số tài khoản đều bịa; mọi đường link đều viết [.] để không bấm được.
#
# Gợi ý nhãn cho 12 dấu hiệu (nhãn thật nằm trong locales của ứng dụng; bài giảng dùng đúng các chữ này):
#   link               Có đường link hoặc mã QR lạ
#   install-app        Bảo cài ứng dụng
#   asks-otp           Hỏi mã OTP, mật khẩu
#   asks-personal-data Hỏi thông tin cá nhân
#   urgency            Giục làm ngay
#   threat             Dọa nạt
#   secrecy            Bảo giữ bí mật, đừng hỏi ai
#   money-first        Đòi chuyển tiền, nộp phí trước
#   personal-account   Chuyển vào tài khoản cá nhân
#   too-good           Hứa hẹn quá tốt
#   impersonation      Giả danh
#   stranger           Số lạ, người lạ
#
# CHƯA KIỂM CHỨNG: domain.md không ghi tên thương hiệu SMS thật của Cục Cảnh sát QLHC, Điện lực và
# Cổng Dịch vụ công, nên tin an toàn chỉ ghi tên cơ quan, không bịa tên thương hiệu.
# Tên người gửi làm giả được (kể cả tên thương hiệu), nên không tin nào an toàn chỉ vì tên người gửi:
# lời giải thích của mọi tin an toàn mở đầu bằng “An toàn, nhưng không phải vì tên người gửi
# (tên đó làm giả được): ”, rồi nói tin an toàn vì nội dung và hoàn cảnh.

lesson-title = Nhận diện lừa đảo
lesson-summary = Bạn tập nhận ra tin nhắn và cuộc gọi lừa đảo qua các dấu hiệu đáng ngờ, và biết phải làm gì khi nghi ngờ.

## Luyện tập

gioi-thieu-text =
    Kẻ lừa đảo thường nhắn tin hoặc gọi điện, giả làm công an, ngân hàng, điện lực, người giao hàng, có khi giả làm cả con cháu trong nhà.
    Họ muốn lấy tiền trong tài khoản của bạn, hoặc lấy mã OTP, mật khẩu, số căn cước của bạn.
    Trong bài này, bạn đọc nhiều tin nhắn và cuộc gọi mẫu. Với mỗi tin, bạn chọn “Lừa đảo” hay “An toàn”. Nếu là lừa đảo, bạn đánh dấu những dấu hiệu đáng ngờ mà bạn thấy.
    Mọi tin ở đây đều là tin mẫu, tên và số điện thoại đều bịa ra. Dấu chấm trong đường link được viết thành [.] để không ai bấm nhầm.
    Chọn nhầm cũng không sao. Bạn đọc lời giải thích rồi làm lại.

dau-hieu-link-app-text =
    Dấu hiệu thứ nhất: có đường link hoặc mã QR lạ.
    Đường link là địa chỉ một trang web, ví dụ vcb-xacthuc[.]top. Tin lừa đảo hay bảo bạn bấm vào link để “xác thực”, “nhận quà”, “hủy giao dịch”.
    Link lừa đảo thường có đuôi lạ như top, vip, xyz, cc, hoặc na ná tên ngân hàng, tên cơ quan nhà nước nhưng thêm bớt chữ.
    Một mã QR lạ gửi qua tin nhắn cũng giống như một đường link: bạn đừng quét.
    Dấu hiệu thứ hai: bảo bạn cài ứng dụng. Ví dụ: “cài bản VNeID mới”, “cài ứng dụng điện lực mới”, “bật cho phép cài ứng dụng không rõ nguồn gốc”.
    Ứng dụng giả có thể đọc tin nhắn trong máy, lấy mã OTP rồi rút hết tiền trong tài khoản.
    Bạn nhớ: chỉ cài ứng dụng từ CH Play (điện thoại Android) hoặc App Store (iPhone). Không bao giờ cài từ link hay tệp người khác gửi.

dau-hieu-ma-so-text =
    Dấu hiệu thứ ba: hỏi mã OTP, mật khẩu.
    Mã OTP là dãy số ngân hàng hay VNeID gửi về máy bạn khi chính bạn đang làm một việc. Mã OTP, mật khẩu và mã passcode 6 số giống như chìa khóa nhà: không đọc, không gửi cho ai, kể cả người xưng là công an hay nhân viên ngân hàng.
    Dấu hiệu thứ tư: hỏi thông tin cá nhân. Ví dụ: số căn cước, ảnh căn cước, ảnh thẻ ngân hàng, số tài khoản, số tiền bạn có, hay bảo bạn quay mặt vào camera để “quét khuôn mặt”.
    Dấu hiệu thứ năm: giả danh. Người gọi xưng là công an, tòa án, ngân hàng, điện lực, bác sĩ, cô giáo, người giao hàng, hay dùng tài khoản Zalo của người thân. Tên hiện trên tin nhắn cũng làm giả được, kể cả tên ngân hàng.
    Dấu hiệu thứ sáu: số lạ, người lạ. Số không có trong danh bạ, tài khoản Zalo hiện chữ “người lạ”, người quen qua mạng mà bạn chưa gặp bao giờ.
    Công an không làm việc qua điện thoại, tin nhắn hay Zalo, và không hướng dẫn kích hoạt VNeID qua điện thoại. Muốn làm tài khoản định danh mức 2, bạn đến công an xã.

lt-vcb-khoa-sender = VCB
lt-vcb-khoa-body = Tai khoan cua Quy khach bi tam khoa do dang nhap bat thuong. Mo khoa ngay trong 2 gio tai vcb-mokhoa[.]top bang ten dang nhap, mat khau va ma OTP.
lt-vcb-khoa-explain = Lừa đảo: tên ngân hàng trên tin có thể bị làm giả; tin dọa khóa tài khoản, giục trong 2 giờ, có link lạ và đòi tên đăng nhập, mật khẩu, mã OTP. Bạn không bấm link, tự mở ứng dụng ngân hàng của mình hoặc gọi số tổng đài in trên thẻ để hỏi.

lt-vneid-goi-sender = Cuộc gọi từ 0395 xxx 641
lt-vneid-goi-body =
    Người gọi: Bác ơi, cháu bên công an xã. Tài khoản VNeID của bác chưa lên mức 2, cháu làm online giúp bác luôn, bác khỏi phải lên xã.
    Người gọi: Bác đọc cho cháu số căn cước, rồi đọc mã OTP vừa gửi về máy bác nhé.
lt-vneid-goi-explain = Lừa đảo: số lạ xưng công an, hỏi số căn cước và mã OTP. Định danh mức 2 chỉ làm trực tiếp tại công an xã; bạn cúp máy và không đọc gì cả.

dau-hieu-gap-doa-text =
    Dấu hiệu thứ bảy: giục làm ngay. “Trong 24 giờ”, “trước 17 giờ”, “ngay bây giờ”, “hết hạn hôm nay”. Kẻ gian muốn bạn vội, không kịp nghĩ, không kịp hỏi ai.
    Dấu hiệu thứ tám: dọa nạt. Dọa khóa tài khoản, dọa bắt, dọa kiện, dọa cắt điện, dọa phạt, dọa mất tiền.
    Dấu hiệu thứ chín: bảo giữ bí mật, đừng hỏi ai. “Không được kể với ai”, “đừng gọi cho cháu”, “không cần gọi hỏi lại”. Họ sợ bạn hỏi người nhà hoặc gọi lại để kiểm tra.
    Khi thấy mình vừa sợ vừa vội, bạn hãy dừng lại. Bạn luôn có quyền cúp máy, uống ngụm nước và hỏi người nhà trước đã.

dau-hieu-tien-text =
    Dấu hiệu thứ mười: đòi chuyển tiền, nộp phí trước. Phí nhận quà, phí giải ngân khoản vay, “thuế” để rút lãi, tiền nạp để nhận việc, tiền thu hộ khi bạn chưa thấy gói hàng, tiền “chứng minh trong sạch”.
    Dấu hiệu thứ mười một: chuyển vào tài khoản cá nhân. Tiền phải vào tài khoản riêng của một người nào đó, không phải của cơ quan, cửa hàng hay người thân mà bạn định trả; ví dụ tài khoản của “bạn con”, “chị cháu”, “nhân viên thu”. Khi quét mã QR, tên người nhận trên màn hình phải đúng tên chủ cửa hàng.
    Dấu hiệu thứ mười hai: hứa hẹn quá tốt. Việc nhẹ lương cao, lãi 20% mỗi tuần, trúng xe máy, quà từ nước ngoài, hoàn tiền bất ngờ, vay tiền không cần thế chấp, trả tiền để thuê tài khoản ngân hàng của bạn.
    Cho thuê, cho mượn hay bán tài khoản ngân hàng là vi phạm pháp luật. Đừng bao giờ nhận lời, dù người ta trả bao nhiêu.

lt-con-cap-cuu-sender = Cuộc gọi từ 0336 xxx 284
lt-con-cap-cuu-body =
    Người gọi: Chị là mẹ bé Vy lớp 3B phải không? Tôi là y tá của trường. Bé bị ngã gãy tay, đang ở bệnh viện huyện, phải mổ gấp.
    Người gọi: Chị chuyển ngay 15 triệu vào tài khoản của tôi để tôi đóng viện phí trước. Chị đừng gọi cô chủ nhiệm kẻo cô lo.
lt-con-cap-cuu-explain = Lừa đảo: số lạ làm bạn hoảng, giục chuyển tiền ngay vào tài khoản riêng của người gọi, lại cản bạn gọi cô giáo. Bạn cúp máy, gọi cô giáo hoặc nhà trường theo số bạn đã có; bệnh viện không đòi chuyển tiền qua điện thoại.

an-toan-cung-co-text =
    Không phải tin nào cũng là lừa đảo. Ngân hàng, điện lực, VNeID, trưởng thôn vẫn gửi tin nhắn thật.
    Tin thật thường không có link lạ. Có khi tin chỉ nhắc tới ứng dụng hay trang chính thức; dù vậy, bạn tự mở ứng dụng, không bấm vào địa chỉ trong tin.
    Tin thật không hỏi mã OTP hay mật khẩu, không đòi chuyển tiền vào tài khoản cá nhân, không dọa, không giục.
    Mã OTP thật chỉ nên đến khi chính bạn vừa bắt đầu một việc, như chuyển tiền hay kích hoạt tài khoản. Bạn không làm gì mà vẫn nhận mã OTP là có người đang tìm cách vào tài khoản của bạn. Dù thế nào, bạn cũng không đọc mã cho ai.
    Khi tin thật nhắc trả tiền, bạn trả qua ứng dụng ngân hàng của mình hoặc ra tận nơi, không bấm vào link trong tin.

lt-tien-dien-that-sender = Điện lực
lt-tien-dien-that-body = Dien luc thong bao: Tien dien thang 10 cua ma KH PA0xxxxxxx la 286.900d. Quy khach thanh toan qua ung dung ngan hang, vi dien tu hoac diem thu cua Dien luc.
lt-tien-dien-that-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin chỉ báo số tiền điện, không có link, không dọa cắt điện, không đòi chuyển vào tài khoản của ai. Bạn trả qua ứng dụng ngân hàng hoặc điểm thu của Điện lực như thường lệ, không trả cho người gọi điện đến đòi.

lt-goi-cong-an-prompt = Có người gọi từ số lạ, xưng là công an tỉnh. Họ nói bạn dính vào một vụ án, bảo bạn giữ máy và không được kể với ai. Bạn làm gì?
lt-goi-cong-an-cup-may = Cúp máy. Nếu lo, bạn hỏi người nhà, hoặc đến công an xã hỏi trực tiếp
lt-goi-cong-an-cup-may-feedback = Đúng vậy. Công an không làm việc qua điện thoại. Cúp máy là an toàn nhất; muốn yên tâm, bạn đến công an xã hỏi.
lt-goi-cong-an-doc-can-cuoc = Đọc số căn cước để họ kiểm tra giúp
lt-goi-cong-an-doc-can-cuoc-feedback = Bạn đừng đọc gì cho người lạ. Giả danh công an, dọa và bảo giữ bí mật là dấu hiệu lừa đảo. Bạn cúp máy rồi hỏi công an xã.
lt-goi-cong-an-chuyen-tien = Chuyển tiền vào tài khoản họ đọc để “chứng minh trong sạch”
lt-goi-cong-an-chuyen-tien-feedback = Đây đúng là điều kẻ gian muốn. Công an không bắt ai chuyển tiền qua điện thoại. Bạn cúp máy, kể với người nhà, và đến công an xã nếu lo lắng.

quy-tac-text =
    Bạn hãy nhớ câu này: giục gấp, bảo giữ bí mật, gửi link hay bảo cài ứng dụng, đòi tiền hay mã OTP, chuyển vào tài khoản cá nhân: đó là lừa đảo.
    Khi nghi ngờ, bạn làm thế này:
    Một: cúp máy. Không bấm link, không trả lời tin nhắn, không đọc mã gì cả.
    Hai: tự gọi lại vào số chính thức mà bạn đã biết từ trước, như số in trên thẻ ngân hàng, số trên giấy báo tiền điện, số quen của con cháu. Không gọi vào số mà người lạ vừa đưa.
    Ba: đến tận nơi để hỏi: công an xã, quầy ngân hàng, phòng giao dịch điện lực.
    Bốn: hỏi người nhà, hoặc hỏi tổ công nghệ số của thôn.
    Năm: gọi đường dây nóng 156 để báo hoặc hỏi về cuộc gọi, tin nhắn lừa đảo.
    Lỡ đọc mã OTP hay chuyển tiền rồi, bạn đừng ngại: hãy báo ngay cho ngân hàng và công an xã, càng sớm càng tốt.

## Bài kiểm tra cuối: tin lừa đảo

# A. Giả danh công an, viện kiểm sát, tòa án

m-a-cs-hinh-su-sender = Cuộc gọi từ 0869 xxx 512
m-a-cs-hinh-su-body =
    Người gọi: Đây là Phòng Cảnh sát hình sự Công an tỉnh. Số căn cước của anh liên quan đến một đường dây rửa tiền, anh có thể bị bắt tạm giam.
    Người gọi: Anh không được kể với ai, kể cả vợ con. Anh giữ máy ngay bây giờ để cán bộ lập biên bản, rồi khai hết số tiền anh đang có trong tài khoản.
m-a-cs-hinh-su-explain = Lừa đảo: số lạ giả danh công an, dọa bắt, giục làm ngay, bảo giữ bí mật và hỏi số tiền trong tài khoản. Công an không làm việc qua điện thoại; bạn cúp máy, nếu lo thì đến công an xã hỏi trực tiếp.

m-a-vks-lenh-bat-sender = Cuộc gọi từ 0243 xxx 390
m-a-vks-lenh-bat-body =
    Người gọi: Viện kiểm sát thông báo có lệnh bắt tạm giam số 125 đối với bà Nguyễn Thị Hạnh.
    Người gọi: Để chứng minh vô tội, bà chuyển toàn bộ tiền tiết kiệm vào tài khoản tạm giữ mang tên cán bộ thụ lý Trần Văn Hải, trước 17 giờ hôm nay.
m-a-vks-lenh-bat-explain = Lừa đảo: số lạ giả danh viện kiểm sát, dọa bắt, đặt hạn giờ và đòi chuyển tiền vào tài khoản một người. Các cơ quan này không làm việc qua điện thoại; bạn cúp máy và hỏi công an xã.

m-a-toa-an-link-sender = 0587 xxx 204
m-a-toa-an-link-body = Tòa án nhân dân huyện gửi giấy triệu tập: ông có khoản nợ thẻ tín dụng bị khởi kiện. Bấm vào toa-an-hoso[.]top để xem hồ sơ và nộp tiền tạm ứng án phí.
m-a-toa-an-link-explain = Lừa đảo: số lạ giả danh tòa án, dọa kiện, gửi link lạ và đòi nộp tiền. Bạn không bấm link; mang tin nhắn đến UBND xã hoặc công an xã để hỏi.

m-a-truy-na-zalo-sender = Zalo · Cán bộ điều tra Lê Minh (người lạ)
m-a-truy-na-zalo-body =
    Tôi gửi bà lệnh truy nã có ảnh của bà. Bà đang bị điều tra trong một vụ lừa đảo.
    Bà chuyển tiền vào tài khoản mang tên Đỗ Văn Khánh, cán bộ thụ lý, để cơ quan kiểm tra nguồn gốc, xong sẽ hoàn lại.
    Đây là bí mật điều tra, bà không được nói với con cái.
m-a-truy-na-zalo-explain = Lừa đảo: người lạ trên Zalo giả danh công an, dọa truy nã, bảo giữ bí mật và đòi chuyển tiền vào tài khoản cá nhân. Công an không làm việc qua Zalo; bạn không trả lời, kể ngay với con cháu và đến công an xã.

# B. VNeID, dịch vụ công giả mạo

m-b-vneid-cap-nhat-sender = Cuộc gọi từ 0374 xxx 918
m-b-vneid-cap-nhat-body =
    Người gọi: Cháu là cán bộ công an xã mới sau sáp nhập. Tài khoản định danh mức 2 của bác bị lỗi, phải cập nhật ngay hôm nay.
    Người gọi: Bác tải bản VNeID mới ở vneid-capnhat[.]app, rồi mở camera quét khuôn mặt giúp cháu nhé.
m-b-vneid-cap-nhat-explain = Lừa đảo: số lạ giả danh công an, giục gấp, đưa link bắt cài VNeID “bản mới” và đòi quét khuôn mặt. VNeID chỉ cài từ CH Play hoặc App Store, và công an không hướng dẫn qua điện thoại; bạn cúp máy và đến công an xã.

m-b-dvc-dong-bo-sender = Dich vu cong
m-b-dvc-dong-bo-body = Ho so cua ban chua dong bo dinh danh muc 2, se bi khoa sau 24h. Cap nhat tai dichvucong-gov[.]vip, nhap so dinh danh va mat khau VNeID.
m-b-dvc-dong-bo-explain = Lừa đảo: tin giả danh Dịch vụ công, dọa khóa, hạn 24 giờ, có link lạ và đòi số định danh, mật khẩu. Bạn không bấm link; cần xem thì tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store, hoặc hỏi công an xã.

m-b-cai-app-khong-ro-nguon-sender = Zalo · Công an xã Minh Tân (người lạ)
m-b-cai-app-khong-ro-nguon-body =
    Chị ơi em bên công an xã. Chị bận không lên xã được thì em hướng dẫn đồng bộ online nhé.
    Chị bấm link vneid-dongbo[.]net để cài ứng dụng, máy hỏi thì chị bật “cho phép cài ứng dụng không rõ nguồn gốc”.
    Cài xong, chị đọc cho em mã OTP gửi về máy là xong.
m-b-cai-app-khong-ro-nguon-explain = Lừa đảo: tài khoản lạ giả danh công an xã, gửi link cài ứng dụng ngoài CH Play, App Store và hỏi mã OTP. Công an chỉ hỗ trợ trực tiếp; bạn không bật “không rõ nguồn gốc”, không đọc OTP, và hỏi thẳng công an xã.

m-b-xa-moi-quet-mat-sender = Cuộc gọi từ 0965 xxx 027
m-b-xa-moi-quet-mat-body =
    Người gọi: Alo, chú là cán bộ xã mới sau sáp nhập. Xã đang cập nhật lại thông tin người dân.
    Người gọi: Cô đọc cho chú số căn cước 12 số với ngày cấp, rồi bật gọi video để chú quét khuôn mặt. Không cập nhật thì tài khoản định danh bị khóa.
m-b-xa-moi-quet-mat-explain = Lừa đảo: số lạ mượn chuyện sáp nhập xã để hỏi số căn cước, đòi quét khuôn mặt và dọa khóa tài khoản. Bạn cúp máy; có việc gì thì lên UBND xã hoặc công an xã hỏi.

# C. Tin nhắn mang tên ngân hàng giả (trạm phát sóng giả)

m-c-vcb-sinh-trac-sender = VCB
m-c-vcb-sinh-trac-body = Tai khoan cua Quy khach se bi tam khoa do chua cap nhat sinh trac hoc. Xac thuc ngay trong hom nay tai vcb-xacthuc[.]top: chup khuon mat va nhap ma OTP.
m-c-vcb-sinh-trac-explain = Lừa đảo: tên ngân hàng trên tin có thể bị làm giả; tin dọa khóa, giục trong hôm nay, có link lạ, đòi ảnh khuôn mặt và mã OTP. Bạn không bấm link, tự mở ứng dụng ngân hàng hoặc gọi số tổng đài in trên thẻ.

m-c-agribank-diem-sender = Agribank
m-c-agribank-diem-body = Quy khach co 8.650 diem thuong sap het han trong hom nay. Doi qua tai agri-uudai[.]xyz
m-c-agribank-diem-explain = Lừa đảo: tin giả tên ngân hàng hứa quà, giục “hết hạn hôm nay” và có link lạ. Bạn không bấm; muốn biết điểm thưởng, bạn hỏi tại quầy ngân hàng hoặc xem trong ứng dụng ngân hàng của mình.

m-c-bidv-huy-gd-sender = BIDV
m-c-bidv-huy-gd-body = Giao dich 4.990.000d tu TK cua Quy khach dang cho duyet. Neu khong phai Quy khach thuc hien, huy ngay tai bidv-huy[.]cc va nhap ma OTP.
m-c-bidv-huy-gd-explain = Lừa đảo: tin giả tên ngân hàng làm bạn sợ mất tiền, giục hủy ngay qua link lạ và đòi mã OTP. Nhập OTP vào đó mới chính là mất tiền; bạn tự mở ứng dụng ngân hàng xem, hoặc gọi số tổng đài in trên thẻ.

m-c-vcb-ung-dung-moi-sender = VCB
m-c-vcb-ung-dung-moi-body = Ung dung ngan hang cu cua Quy khach se ngung hoat dong sau 48 gio. Tai phien ban moi tai vcb-ungdung[.]top de tiep tuc su dung.
m-c-vcb-ung-dung-moi-explain = Lừa đảo: tin giả tên ngân hàng dọa ngừng ứng dụng, hạn 48 giờ, bắt cài ứng dụng từ link lạ. Ứng dụng ngân hàng chỉ cài và cập nhật trong CH Play hoặc App Store; bạn đừng bấm link.

# D. Việc nhẹ lương cao, làm nhiệm vụ

m-d-ctv-shopee-sender = Zalo · Tuyển dụng Shopee (người lạ)
m-d-ctv-shopee-body =
    Tuyển cộng tác viên làm tại nhà, ngày kiếm 300 đến 800 nghìn.
    Bạn chỉ cần thanh toán trước đơn hàng, hệ thống hoàn lại tiền cộng 15% hoa hồng. Nhắn lại để nhận nhiệm vụ đầu tiên.
m-d-ctv-shopee-explain = Lừa đảo “việc nhẹ lương cao”: người lạ mượn tên sàn mua sắm, hứa tiền dễ và bắt bạn bỏ tiền trước. Làm việc thật không phải nộp tiền; bạn đừng trả lời.

m-d-nhiem-vu-combo-sender = Zalo · CSKH Nhiệm vụ (người lạ)
m-d-nhiem-vu-combo-body =
    Bạn vừa hoàn thành nhiệm vụ 2, hoa hồng 36.000đ đã về.
    Nhiệm vụ combo tiếp theo cần nạp 3.500.000đ vào tài khoản kế toán Phạm Thị Thu trong 30 phút. Làm đủ 3 đơn mới rút được cả gốc lẫn lãi. Bỏ dở thì số tiền đã nạp bị khóa.
m-d-nhiem-vu-combo-explain = Lừa đảo làm nhiệm vụ: trả ít tiền lúc đầu cho bạn tin, rồi đòi nạp tiền lớn vào tài khoản cá nhân, giục gấp và dọa khóa tiền. Bạn dừng ngay, không nạp thêm, và báo công an xã.

m-d-like-video-sender = 0358 xxx 660
m-d-like-video-body = Chỉ cần bấm thích và theo dõi 10 video TikTok mỗi ngày, trả 20 nghìn mỗi video. Vào nhóm Telegram t[.]me/viecnhe-tuyen để trưởng nhóm hướng dẫn.
m-d-like-video-explain = Lừa đảo: số lạ hứa tiền quá dễ và gửi link vào nhóm Telegram, nơi người ta sẽ dần bắt bạn nạp tiền. Bạn không bấm link và xóa tin nhắn.

# E. Người giao hàng, tiền thu hộ giả

m-e-de-o-cong-sender = Zalo · Shipper Tuấn (người lạ)
m-e-de-o-cong-body = Em giao hàng, gọi mãi không ai nghe nên em để gói hàng ở cổng rồi nhé. Chị chuyển giúp em 285.000đ tiền thu hộ vào tài khoản 1903xxxx tên NGUYEN VAN TUAN.
m-e-de-o-cong-explain = Lừa đảo: người lạ xưng người giao hàng, đòi chuyển tiền vào tài khoản cá nhân khi bạn chưa thấy gói hàng. Bạn ra cổng xem trước, kiểm tra đơn trong ứng dụng mua sắm; chưa thấy hàng thì không chuyển.

m-e-phi-xuat-kho-sender = 0812 xxx 339
m-e-phi-xuat-kho-body = Đơn hàng của bạn bị giữ tại kho do thiếu phí xuất kho 18.000đ. Quét mã QR đính kèm hoặc bấm giaohang-phikho[.]shop để thanh toán và nhận hàng trong hôm nay.
m-e-phi-xuat-kho-explain = Lừa đảo: số lạ xưng bên giao hàng, đòi “phí xuất kho” trước, kèm link và mã QR lạ, giục trong hôm nay. Bạn không quét, không bấm; xem đơn hàng trong ứng dụng mua sắm của mình.

m-e-hoi-vien-shipper-sender = Cuộc gọi từ 0896 xxx 402
m-e-hoi-vien-shipper-body =
    Người gọi: Em xin lỗi chị, hệ thống chuyển nhầm chị thành hội viên shipper, mỗi tháng chị sẽ bị trừ 2,5 triệu.
    Người gọi: Chị bấm link tổng đài gửi qua tin nhắn để hủy ngay giúp em, rồi đọc mã OTP để xác nhận.
m-e-hoi-vien-shipper-explain = Lừa đảo: số lạ dọa trừ tiền hằng tháng, giục hủy ngay qua link và hỏi mã OTP. Bạn cúp máy, không bấm link, không đọc OTP cho ai.

m-e-hoan-tien-app-sender = Zalo · CSKH Giao hàng (người lạ)
m-e-hoan-tien-app-body = Đơn hàng của chị bị hủy, bên em hoàn lại 350.000đ. Chị cài ứng dụng hoàn tiền ở hoantien-nhanh[.]net, rồi nhập số tài khoản và mật khẩu ngân hàng để nhận tiền.
m-e-hoan-tien-app-explain = Lừa đảo: người lạ hứa hoàn tiền nhưng bắt cài ứng dụng từ link lạ và nhập mật khẩu ngân hàng. Nhận tiền không bao giờ cần mật khẩu của bạn; bạn kiểm tra đơn trong ứng dụng mua sắm.

# F. Đầu tư, tiền ảo

m-f-san-lai-20-sender = Zalo · Anh Khải (người lạ)
m-f-san-lai-20-body = Anh đang chơi sàn này, lãi 20% mỗi tuần. Em thử nạp 2 triệu đi, anh hướng dẫn, không lãi anh bù. Đăng ký ở vang-dautu[.]pro nhé.
m-f-san-lai-20-explain = Lừa đảo đầu tư: người quen qua mạng hứa lãi quá cao, rủ nạp tiền qua link lạ. Không ai chắc chắn lãi 20% mỗi tuần; bạn đừng nạp tiền.

m-f-thue-rut-tien-sender = Zalo · CSKH Sàn Vàng (người lạ)
m-f-thue-rut-tien-body = Tài khoản của quý khách đang có 1,2 tỷ lợi nhuận. Để rút tiền, quý khách cần nộp trước 10% thuế thu nhập trong 24 giờ. Quá hạn, tài khoản sẽ bị đóng băng.
m-f-thue-rut-tien-explain = Lừa đảo: “lợi nhuận” chỉ là con số trên màn hình; sàn bắt nộp “thuế” trước mới cho rút, giục 24 giờ và dọa đóng băng. Nộp thêm là mất thêm; bạn dừng lại và báo công an xã.

m-f-nhom-vip-coin-sender = 0779 xxx 215
m-f-nhom-vip-coin-body = Nhóm VIP tín hiệu coin: cam kết nhân 3 tài khoản trong 30 ngày. Phí tham gia 5 triệu, chuyển vào tài khoản 0451xxxx VO THANH PHONG, hoàn tiền nếu lỗ.
m-f-nhom-vip-coin-explain = Lừa đảo: số lạ cam kết lãi gấp ba, đòi phí trước vào tài khoản cá nhân. Đầu tư thật không ai cam kết chắc lãi; bạn xóa tin nhắn.

# G. Tình cảm, quà từ nước ngoài

m-g-hop-qua-usd-sender = Zalo · David Miller (người lạ)
m-g-hop-qua-usd-body = Em yêu, anh đã gửi cho em hộp quà có 50.000 đô la và một chiếc iPhone. Hải quan sẽ gọi, em đóng phí thông quan giúp anh nhé. Đừng nói với ai kẻo người ta ghen tị.
m-g-hop-qua-usd-explain = Lừa đảo: người lạ quen qua mạng hứa quà lớn, bắt đóng phí để nhận và bảo giữ bí mật. Quà thật không bắt người nhận nộp phí; bạn kể với người nhà và thôi nói chuyện.

m-g-phi-bao-hiem-qua-sender = Cuộc gọi từ +44 7xxx xxx 781
m-g-phi-bao-hiem-qua-body =
    Người gọi: Chúng tôi là công ty vận chuyển quốc tế. Bưu kiện quà tặng gửi chị vượt hạn mức.
    Người gọi: Chị nộp 18 triệu phí bảo hiểm vào tài khoản nhân viên Hoàng Văn Lâm trong hôm nay để được phát, nếu không bưu kiện sẽ bị tịch thu.
m-g-phi-bao-hiem-qua-explain = Lừa đảo: số lạ từ nước ngoài xưng công ty vận chuyển, đòi phí nhận quà vào tài khoản cá nhân, giục trong hôm nay và dọa tịch thu. Bạn cúp máy, không chuyển tiền.

m-g-bac-si-tau-bien-sender = Zalo · Robert (người lạ)
m-g-bac-si-tau-bien-body = Anh là bác sĩ làm việc trên tàu biển, sắp về Việt Nam cưới em. Em cho anh mượn 30 triệu đóng phí nghỉ phép, về anh trả gấp đôi.
m-g-bac-si-tau-bien-explain = Lừa đảo tình cảm: người chưa gặp bao giờ tự xưng bác sĩ, hứa cưới, hứa trả gấp đôi để mượn tiền. Bạn không chuyển tiền và kể cho người nhà nghe.

# H. “Con đang cấp cứu”

m-h-phong-mo-sender = Cuộc gọi từ 0327 xxx 866
m-h-phong-mo-body =
    Người gọi: Chị là mẹ cháu Minh lớp 6A phải không? Cháu ngã cầu thang, chấn thương đầu, đang ở phòng mổ.
    Người gọi: Chị chuyển ngay 40 triệu vào tài khoản bác sĩ Hùng để mổ kịp.
m-h-phong-mo-explain = Lừa đảo: số lạ làm bạn hoảng, giục chuyển tiền ngay vào tài khoản một người. Bệnh viện không đòi chuyển tiền qua điện thoại; bạn cúp máy, gọi cô giáo hoặc nhà trường theo số bạn đã có.

m-h-giao-vien-sender = Cuộc gọi từ 0856 xxx 093
m-h-giao-vien-body =
    Người gọi: Tôi là giáo viên chủ nhiệm của cháu. Bé nhà anh bị tai nạn, bệnh viện yêu cầu đóng viện phí trước.
    Người gọi: Anh chuyển ngay 20 triệu vào tài khoản của tôi để tôi nộp. Anh đừng gọi cho cháu, cháu đang hôn mê.
m-h-giao-vien-explain = Lừa đảo: số lạ xưng giáo viên, giục chuyển tiền vào tài khoản riêng và cản bạn gọi kiểm tra. Bạn cúp máy, gọi nhà trường hoặc người nhà theo số quen.

m-h-khoa-cap-cuu-sender = Cuộc gọi từ 0292 xxx 417
m-h-khoa-cap-cuu-body =
    Người gọi: Alo, khoa cấp cứu đây. Chị là người nhà Nguyễn Văn An phải không?
    Người gọi: Chị chuyển ngay 25 triệu tạm ứng vào tài khoản điều dưỡng trực, không thì không mổ được.
m-h-khoa-cap-cuu-explain = Lừa đảo: số lạ xưng bệnh viện, dọa không mổ, giục chuyển tiền vào tài khoản một người. Bệnh viện không đòi tiền qua điện thoại; bạn gọi cho người nhà theo số quen, hoặc đến tận bệnh viện.

# I. Người thân bị chiếm tài khoản, video giả

m-i-con-trai-hop-sender = Zalo · Con trai Tuấn
m-i-con-trai-hop-body =
    Mẹ ơi con kẹt tiền trả nợ bạn, mẹ chuyển ngay giúp con 15 triệu vào tài khoản của bạn con nhé. Con đang họp, không nghe máy được.
    (Sau đó có cuộc gọi video chừng 5 giây, hình mờ, rồi báo “sóng yếu” và tắt.)
m-i-con-trai-hop-explain = Lừa đảo: Zalo của con có thể đã bị chiếm, video có thể là giả; tin giục chuyển tiền vào tài khoản người khác và tránh nghe máy. Bạn gọi vào số điện thoại quen của con để hỏi trước khi làm gì.

m-i-chau-hoa-hoc-phi-sender = Zalo · Cháu Hoa
m-i-chau-hoa-hoc-phi-body = Bác ơi cháu Hoa đây, cháu mượn tạm 8 triệu đóng học, tối cháu gửi lại. Tài khoản cháu đang lỗi, bác chuyển vào tài khoản chị cháu giúp cháu nhé.
m-i-chau-hoa-hoc-phi-explain = Lừa đảo: tài khoản Zalo của cháu có thể đã bị kẻ gian chiếm, nên mới đòi tiền vào tài khoản người khác. Bạn gọi vào số quen của cháu Hoa để hỏi; nếu đúng là cháu, bạn chuyển vào tài khoản mang tên cháu.

m-i-video-san-bay-sender = Cuộc gọi video Zalo · Em trai Nam
m-i-video-san-bay-body =
    Người gọi: Anh ơi em đang ở sân bay, bị giữ hành lý. Anh chuyển gấp cho em 12 triệu vào tài khoản anh hải quan này nhé.
    (Hình trong video mờ, miệng không khớp tiếng, “em” không trả lời đúng câu anh hỏi, rồi tắt máy.)
m-i-video-san-bay-explain = Lừa đảo: video có thể là giả vì hình mờ, không trả lời đúng câu hỏi, lại giục chuyển tiền vào tài khoản người lạ. Bạn gọi vào số điện thoại quen của em để kiểm tra.

# J. Giả nhân viên điện lực

m-j-cat-dien-20h-sender = Cuộc gọi từ 0388 xxx 562
m-j-cat-dien-20h-body =
    Người gọi: Điện lực thông báo hộ ông nợ tiền điện 2 tháng, sẽ cắt điện lúc 20 giờ hôm nay.
    Người gọi: Ông chuyển 1.460.000đ vào tài khoản của nhân viên thu là Lý Văn Thắng để giữ điện.
m-j-cat-dien-20h-explain = Lừa đảo: số lạ giả danh điện lực, dọa cắt điện trong vài giờ, đòi chuyển vào tài khoản cá nhân. Bạn cúp máy, xem hóa đơn qua kênh bạn vẫn dùng hoặc hỏi tại phòng giao dịch điện lực.

m-j-ma-kh-moi-sender = Zalo · Điện lực CSKH (người lạ)
m-j-ma-kh-moi-body = Từ tháng này mã khách hàng cũ bị hủy. Bác cài ứng dụng điện lực mới qua link evn-capnhat[.]com để cập nhật, không thì sẽ không trả được tiền điện.
m-j-ma-kh-moi-explain = Lừa đảo: tài khoản lạ giả danh điện lực, bắt cài ứng dụng từ link và dọa không trả được tiền điện. Bạn không bấm link; có gì thắc mắc thì hỏi phòng giao dịch điện lực.

m-j-dong-ho-gian-lan-sender = Cuộc gọi từ 0704 xxx 318
m-j-dong-ho-gian-lan-body =
    Người gọi: Đồng hồ điện nhà chị có dấu hiệu gian lận. Chị phải nộp phạt 5 triệu để tránh bị xử lý hình sự.
    Người gọi: Chị kết bạn Zalo số này để nhận biên bản. Việc này chị đừng để lộ ra ngoài.
m-j-dong-ho-gian-lan-explain = Lừa đảo: số lạ giả danh điện lực, dọa xử lý hình sự, đòi nộp phạt và bảo giữ kín. Bạn cúp máy, hỏi trực tiếp phòng giao dịch điện lực.

m-j-hoan-tien-dien-sender = 0917 xxx 205
m-j-hoan-tien-dien-body = Điện lực: Quý khách được hoàn 245.000đ tiền điện thu thừa. Gửi ảnh hai mặt thẻ ngân hàng và mã OTP qua Zalo 08xx xxx 126 để nhận lại.
m-j-hoan-tien-dien-explain = Lừa đảo: số lạ giả danh điện lực, hứa hoàn tiền nhưng đòi ảnh thẻ ngân hàng và mã OTP. Không ai cần mã OTP của bạn để trả tiền cho bạn; bạn xóa tin nhắn.

# K. Trúng thưởng, đổi điểm

m-k-trung-xe-sh-sender = 0865 xxx 731
m-k-trung-xe-sh-body = Chúc mừng số thuê bao của bạn trúng xe SH trong chương trình tri ân khách hàng của nhà mạng. Nộp 2 triệu phí trước bạ để nhận xe.
m-k-trung-xe-sh-explain = Lừa đảo: số lạ mượn tên nhà mạng báo trúng thưởng lớn, đòi nộp phí trước. Bạn không nộp tiền và xóa tin nhắn.

m-k-doi-diem-iphone-sender = Ngan hang
m-k-doi-diem-iphone-body = 10.460 diem the cua ban het han hom nay. Doi ngay iPhone 16 tai doidiem-nh[.]vip
m-k-doi-diem-iphone-explain = Lừa đảo: tin giả tên ngân hàng hứa quà lớn, giục “hôm nay” và có link lạ. Bạn không bấm; muốn hỏi điểm thưởng thì hỏi tại quầy ngân hàng.

m-k-qua-tet-sender = Zalo · Quà Tết Tri Ân (người lạ)
m-k-qua-tet-body = Bạn được chọn nhận quà Tết của Bộ. Điền họ tên, số căn cước và mã OTP vào mẫu tại quatet-trian[.]online để được giao quà tận nhà.
m-k-qua-tet-explain = Lừa đảo: người lạ mượn tên cơ quan hứa quà, gửi link lạ, đòi số căn cước và mã OTP. Nhận quà không bao giờ cần mã OTP; bạn không điền gì cả.

# L. Tráo mã QR

m-l-dan-de-quay-sender = Cuộc gọi từ 0849 xxx 577
m-l-dan-de-quay-body =
    Người gọi: Alo chị chủ quán tạp hóa ạ? Em là nhân viên ngân hàng phụ trách mã QR.
    Người gọi: Chiều nay em ghé dán mã QR mới đè lên tấm mã cũ ở quầy. Chị không cần kiểm tra gì đâu, tiền khách trả vẫn về tài khoản chị.
m-l-dan-de-quay-explain = Lừa đảo tráo mã QR: người lạ xưng ngân hàng muốn dán mã của họ đè lên mã của quán, để tiền khách trả chạy vào tài khoản kẻ gian. Bạn không cho ai dán mã lên quầy; muốn đổi mã thì tự ra ngân hàng.

m-l-ma-chung-cho-sender = Zalo · Ban quản lý chợ (người lạ)
m-l-ma-chung-cho-body =
    Ban quản lý chợ thông báo: từ mai các quầy dùng mã QR chung.
    Các hộ in mã QR trong ảnh này, dán đè lên mã cũ của quầy trước 7 giờ sáng. Màn hình hiện tên NGUYEN VAN KHOA là kế toán chợ.
m-l-ma-chung-cho-explain = Lừa đảo tráo mã QR: tài khoản lạ bảo dán mã mới đè lên mã của quầy, tiền khách trả sẽ vào tài khoản một người lạ chứ không vào tài khoản của bạn. Bạn hỏi trực tiếp ban quản lý chợ và giữ nguyên mã của mình.

m-l-quan-com-sender = Zalo · Quán cơm Bà Tư (người lạ)
m-l-quan-com-body = Quán đổi mã QR rồi nhé. Anh chị quét mã trong ảnh này để trả tiền cơm. Màn hình xác nhận hiện tên TRAN VAN KIEN thì cứ chuyển, không cần gọi hỏi quán.
m-l-quan-com-explain = Lừa đảo: tài khoản lạ mạo danh quán, gửi mã QR mà tên người nhận không phải chủ quán, lại bảo đừng gọi hỏi. Bạn gọi quán theo số quen; tên trên màn hình xác nhận phải đúng tên chủ quán.

# M. Thuê, mượn, mua bán tài khoản ngân hàng

m-m-thue-tai-khoan-sender = Zalo · Việc làm thêm (người lạ)
m-m-thue-tai-khoan-body = Cần thuê tài khoản ngân hàng chính chủ, trả 800 nghìn mỗi tháng. Chỉ cần gửi ảnh căn cước, sim điện thoại và mật khẩu ứng dụng ngân hàng.
m-m-thue-tai-khoan-explain = Lừa đảo: thuê tài khoản là để kẻ gian cho tiền lừa được chạy qua tài khoản của bạn; cho thuê, bán tài khoản là vi phạm pháp luật và có thể bị xử lý. Bạn từ chối và không gửi gì.

m-m-mo-ho-tai-khoan-sender = Cuộc gọi từ 0763 xxx 804
m-m-mo-ho-tai-khoan-body =
    Người gọi: Chị cần người mở giúp 3 tài khoản ngân hàng online, mỗi cái chị trả 500 nghìn.
    Người gọi: Em mở bằng căn cước của em, xong gửi chị tên đăng nhập với mật khẩu là xong. Đừng nói với ai nhé.
m-m-mo-ho-tai-khoan-explain = Lừa đảo: người lạ trả tiền để bạn mở tài khoản rồi giao mật khẩu cho họ, lại bảo giữ bí mật. Tài khoản đó sẽ dùng để nhận tiền lừa đảo và bạn có thể bị xử lý; bạn từ chối.

m-m-nhan-ho-tien-sender = Zalo · Anh Dũng (người lạ)
m-m-nhan-ho-tien-body = Em cho anh mượn số tài khoản để nhận hộ tiền hàng. Tiền về thì em chuyển lại vào tài khoản anh, anh gửi em 10% hoa hồng.
m-m-nhan-ho-tien-explain = Lừa đảo: người lạ mượn tài khoản của bạn để nhận hộ tiền, đó có thể là tiền lừa của người khác. Cho mượn tài khoản là vi phạm pháp luật; bạn từ chối.

# N. Ứng dụng vay tiền

m-n-phi-bao-hiem-vay-sender = 0598 xxx 130
m-n-phi-bao-hiem-vay-body = Hồ sơ vay 50 triệu không cần thế chấp của bạn đã được duyệt. Nộp 2,5 triệu phí bảo hiểm khoản vay vào tài khoản nhân viên thẩm định để được giải ngân trong hôm nay.
m-n-phi-bao-hiem-vay-explain = Lừa đảo: hứa cho vay dễ nhưng đòi nộp phí trước vào tài khoản cá nhân, giục trong hôm nay. Bạn không nộp; cần vay thì đến tận quầy ngân hàng để hỏi.

m-n-dong-bang-sender = Zalo · Tài chính Nhanh (người lạ)
m-n-dong-bang-body = Khoản vay của bạn bị đóng băng do bạn nhập sai số tài khoản. Nộp 5 triệu trong 2 giờ để mở khóa, tiền sẽ hoàn lại khi giải ngân. Quá hạn sẽ bị phạt hợp đồng.
m-n-dong-bang-explain = Lừa đảo: bịa lỗi “sai số tài khoản” để bắt nộp tiền, giục trong 2 giờ và dọa phạt. Nộp bao nhiêu cũng không có khoản vay nào; bạn dừng lại và báo công an xã.

m-n-app-danh-ba-sender = 0354 xxx 982
m-n-app-danh-ba-body = Vay 10 triệu không cần thế chấp, duyệt 5 phút. Tải ứng dụng tại vaynhanh-5phut[.]app và cho ứng dụng quyền xem danh bạ, ảnh trong máy.
m-n-app-danh-ba-explain = Lừa đảo: số lạ hứa vay dễ, gửi link cài ứng dụng ngoài CH Play, App Store, đòi quyền xem danh bạ và ảnh để sau này đòi nợ, bêu xấu bạn với người quen. Bạn không cài.

## Bài kiểm tra cuối: tin an toàn

m-s-vneid-phe-duyet-sender = Cục Cảnh sát QLHC về TTXH
m-s-vneid-phe-duyet-body =
    (Tuần trước bạn đã đăng ký tài khoản định danh tại công an xã.)
    Cuc Canh sat QLHC ve TTXH thong bao: Ho so dang ky tai khoan dinh danh dien tu cua cong dan NGUYEN VAN BINH da duoc phe duyet. De nghi truy cap ung dung VNeID hoac dia chi vneid[.]gov[.]vn de kich hoat tai khoan.
m-s-vneid-phe-duyet-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin chỉ nhắc ứng dụng VNeID và trang chính thức vneid[.]gov[.]vn, không hỏi gì, không đòi tiền. Bạn tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store để kích hoạt, và không đọc mã OTP cho ai.

m-s-otp-tu-chuyen-sender = Agribank
m-s-otp-tu-chuyen-body =
    (Bạn vừa tự bấm chuyển tiền cho con trong ứng dụng ngân hàng của mình.)
    Ma OTP cua Quy khach la 482913, hieu luc 3 phut. TUYET DOI KHONG cung cap ma nay cho bat ky ai, ke ca nhan vien ngan hang.
m-s-otp-tu-chuyen-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): mã OTP đến vì chính bạn vừa chuyển tiền, và tin không có link. Bạn chỉ nhập mã vào ứng dụng của mình, không đọc cho ai, kể cả người xưng là nhân viên ngân hàng.

m-s-bao-tien-dien-sender = Điện lực
m-s-bao-tien-dien-body = Dien luc thong bao: Tien dien thang 09 cua ma KH PA0xxxxxxx la 312.450d. Quy khach thanh toan qua ung dung ngan hang, vi dien tu hoac diem thu cua Dien luc.
m-s-bao-tien-dien-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin chỉ báo số tiền, không có link, không dọa cắt điện ngay, không đòi chuyển vào tài khoản cá nhân. Bạn trả qua ứng dụng ngân hàng hoặc điểm thu quen thuộc, không trả cho ai gọi điện đến đòi.

m-s-ho-so-khai-sinh-sender = Dịch vụ công
m-s-ho-so-khai-sinh-body =
    (Sáng nay bạn vừa nộp hồ sơ khai sinh cho cháu nội.)
    Ho so dang ky khai sinh cua ong/ba da duoc tiep nhan, hen tra ket qua 20/10. Tra cuu tren Cong Dich vu cong quoc gia hoac ung dung VNeID.
m-s-ho-so-khai-sinh-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin báo đúng việc bạn vừa làm, chỉ nhắc những nơi bạn vẫn dùng, không có link, không đòi tiền. Bạn tự mở ứng dụng VNeID hoặc Cổng Dịch vụ công để xem, đừng làm theo ai gọi điện đến “hỗ trợ” hồ sơ.

m-s-shipper-that-sender = Cuộc gọi từ 0912 xxx 678
m-s-shipper-that-body =
    (Bạn đặt mua một nồi cơm điện trong ứng dụng mua sắm. Số này trùng với số người giao hàng hiện trong ứng dụng.)
    Người gọi: Chào chị, em giao nồi cơm điện chị đặt. Em đang ở cổng, chị ra nhận hàng, xem đúng rồi trả em 650.000đ nhé.
m-s-shipper-that-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): bạn có đặt hàng, số gọi đến khớp với ứng dụng, và bạn trả tiền khi đã thấy hàng. Bạn vẫn nhớ: chưa thấy gói hàng thì không chuyển tiền cho ai.

m-s-bien-dong-so-du-sender = Agribank
m-s-bien-dong-so-du-body =
    (Con gái bạn vừa gọi từ số quen, nói sẽ gửi tiền cho bạn.)
    TK 3206xxxx815 +2.000.000VND luc 09:12 15/10. SD: 5.430.000VND. ND: TRAN THI HOA chuyen tien cho me
m-s-bien-dong-so-du-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin chỉ báo tiền vào tài khoản, không có link, không hỏi gì, không đòi gì. Bạn vẫn nên mở ứng dụng ngân hàng để xem số dư thật, không chỉ tin vào tin nhắn.

m-s-hop-thon-sender = Zalo · Nhóm thôn Đồng Tâm · Trưởng thôn
m-s-hop-thon-body = Thông báo: 8 giờ sáng Chủ nhật này, thôn họp tại nhà văn hóa bàn việc làm đường bê tông. Mời mỗi hộ cử một người đến dự.
m-s-hop-thon-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): trưởng thôn mời họp trực tiếp ở nhà văn hóa, không có link, không đòi tiền, không hỏi thông tin. Nếu trong nhóm có tin đòi chuyển tiền, bạn vẫn hỏi trực tiếp trưởng thôn trước.

m-s-con-goi-lai-sender = Cuộc gọi từ Con gái Hoa
m-s-con-goi-lai-body =
    Hoa: Mẹ ơi, tháng này con hụt tiền nhà, mẹ cho con mượn 2 triệu, chuyển vào tài khoản của con nhé.
    (Bạn cúp máy, tự gọi lại vào số quen của Hoa. Hoa nghe máy, nói chuyện bình thường, kể rõ đầu đuôi. Khi chuyển, màn hình hiện đúng tên TRAN THI HOA.)
m-s-con-goi-lai-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): bạn đã tự gọi lại vào số quen để hỏi, và tiền vào đúng tài khoản mang tên con. Lần nào người thân hỏi tiền, bạn cũng gọi lại kiểm tra như vậy.

m-s-muc2-cong-an-xa-sender = Zalo · Nhóm thôn Đồng Tâm · Trưởng thôn
m-s-muc2-cong-an-xa-body = Công an xã nhờ thôn báo: ai chưa có tài khoản định danh mức 2 thì mang căn cước gắn chip đến trụ sở công an xã trong giờ hành chính để được làm trực tiếp. Nhớ số điện thoại của mình.
m-s-muc2-cong-an-xa-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin hướng dẫn đến công an xã làm trực tiếp, không có link, không hỏi mã OTP hay thông tin qua tin nhắn. Ai gọi điện hướng dẫn làm định danh qua điện thoại thì bạn cúp máy.

m-s-giao-hang-sms-sender = 0977 xxx 210
m-s-giao-hang-sms-body =
    (Hôm qua bạn đặt mua hạt giống trong ứng dụng mua sắm.)
    Đơn hàng hạt giống của bạn sẽ được giao chiều nay. Người giao sẽ gọi trước khi đến. Bạn kiểm tra hàng rồi trả tiền khi nhận.
m-s-giao-hang-sms-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): bạn có đặt hàng, tin không có link, không đòi tiền trước. Bạn vẫn chỉ trả tiền khi đã cầm gói hàng trong tay.

m-s-qr-co-lan-sender = Zalo · Cô Lan bán rau
m-s-qr-co-lan-body =
    (Cô Lan là người bạn vẫn mua rau, đã kết bạn Zalo từ lâu. Bạn vừa đặt rau.)
    Cô gửi mã QR của cô đây. Cháu quét, thấy tên NGUYEN THI LAN thì chuyển 45.000đ tiền rau nhé.
m-s-qr-co-lan-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): người quen, đúng việc bạn vừa làm, tên người nhận đúng tên cô Lan. Khi quét, bạn vẫn xem kỹ tên và số tiền trên màn hình xác nhận rồi mới bấm chuyển. Nếu người gửi bảo bạn chuyển cho một tên khác, hay bạn không đặt gì, thì đừng quét.

m-s-ngan-hang-canh-bao-sender = Agribank
m-s-ngan-hang-canh-bao-body = Agribank khuyen cao: Agribank KHONG yeu cau Quy khach cung cap mat khau, ma OTP qua dien thoai, tin nhan hay mang xa hoi. Khong bam vao duong link la.
m-s-ngan-hang-canh-bao-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin nhắc bạn cẩn thận, không có link, không hỏi gì. Điều tin nói cũng là điều bạn học hôm nay: không ai được biết mật khẩu và mã OTP của bạn.

m-s-con-chuyen-tien-sender = Zalo · Con trai Tuấn
m-s-con-chuyen-tien-body = Mẹ ơi con vừa chuyển 3 triệu vào tài khoản của mẹ để mẹ đóng tiền học cho bé Na. Mẹ mở ứng dụng ngân hàng xem đã nhận chưa nhé.
m-s-con-chuyen-tien-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): con gửi tiền cho bạn, không đòi tiền, không hỏi mã, không có link. Nếu sau này tài khoản Zalo này nhắn xin tiền, bạn vẫn gọi vào số quen của con để hỏi trước.

m-s-tiem-chung-sender = Zalo · Nhóm thôn Đồng Tâm · Y tế thôn
m-s-tiem-chung-body = Trạm y tế xã tiêm chủng cho trẻ dưới 1 tuổi vào sáng thứ Năm tuần này, tại trạm y tế xã. Các gia đình nhớ mang sổ tiêm chủng của bé.
m-s-tiem-chung-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin mời đến trạm y tế trực tiếp, không có link, không thu tiền qua tin nhắn, không hỏi thông tin. Có gì chưa rõ, bạn hỏi thẳng cán bộ y tế thôn.

m-s-cat-dien-bao-duong-sender = Điện lực
m-s-cat-dien-bao-duong-body = Dien luc thong bao: tam ngung cap dien de bao duong luoi dien tu 7h00 den 11h00 ngay 20/10 tai khu vuc thon Dong Tam. Xin loi Quy khach vi su bat tien nay.
m-s-cat-dien-bao-duong-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): đây là lịch tạm ngừng cấp điện để sửa lưới, không đòi tiền, không có link, không bắt làm gì. Nếu có ai gọi nói “nợ tiền, sắp cắt điện” và đòi chuyển tiền, đó mới là lừa đảo.

m-s-ly-lich-tu-phap-sender = Dịch vụ công
m-s-ly-lich-tu-phap-body =
    (Tuần trước bạn đã xin Phiếu lý lịch tư pháp trên ứng dụng VNeID.)
    Ho so yeu cau cap Phieu ly lich tu phap cua ong/ba da co ket qua. Ong/ba nhan ket qua theo hinh thuc da dang ky, hoac tra cuu tren ung dung VNeID.
m-s-ly-lich-tu-phap-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): tin báo đúng việc bạn đã làm, chỉ nhắc ứng dụng VNeID, không có link, không đòi tiền. Bạn tự mở ứng dụng VNeID để xem, đừng bấm link lạ nào xưng là để “nhận kết quả”.

m-s-goi-tong-dai-sender = Cuộc gọi đi · Tổng đài ngân hàng (số in trên thẻ)
m-s-goi-tong-dai-body =
    (Bạn thấy một tin nhắn lạ mang tên ngân hàng, nên tự gọi vào số tổng đài in trên thẻ ngân hàng của mình.)
    Tổng đài viên: Dạ, tin đó không phải của ngân hàng, chị đừng bấm link. Tài khoản của chị vẫn bình thường. Chị không cần đọc mã OTP hay mật khẩu cho em.
m-s-goi-tong-dai-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): chính bạn gọi vào số tổng đài in trên thẻ, và người nghe không hỏi mã OTP hay mật khẩu. Bạn chỉ gọi số bạn tự tìm trên thẻ hoặc giấy tờ ngân hàng, không gọi số do tin nhắn lạ đưa.

m-s-to-cong-nghe-so-sender = Zalo · Anh Hùng tổ công nghệ số
m-s-to-cong-nghe-so-body = Sáng Chủ nhật này, 8 giờ, tổ công nghệ số hướng dẫn bà con cách trả tiền bằng mã QR và cách nhận ra tin nhắn lừa đảo, tại nhà văn hóa thôn. Không mất phí, bà con mang theo điện thoại nhé.
m-s-to-cong-nghe-so-explain = An toàn, nhưng không phải vì tên người gửi (tên đó làm giả được): người quen trong thôn mời học trực tiếp, miễn phí, không có link, không hỏi thông tin. Ngay cả người hướng dẫn cũng không cần biết mã OTP hay mật khẩu của bạn.
