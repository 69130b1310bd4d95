# Bài: Nhận diện lừa đảo. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 4, 4.4 (và 1.5, 1.6 về VNeID,
# 2.5 về phạt nguội, 13 về sáp nhập).
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
# Tên người gửi làm giả được (kể cả tên thương hiệu, kể cả trong khung tin thật của ngân hàng):
# điều này dạy một lần, ở bước an-toan-cung-co. Lời giải thích của mỗi tin an toàn mở đầu bằng
# “An toàn: ” rồi nói lý do riêng của tin đó (nội dung và hoàn cảnh), không nhắc lại câu chung.
#
# Từ ngữ: giải nghĩa ngay lần đầu (OTP, passcode, tích hợp, lý lịch tư pháp, CSKH, sàn, giải ngân,
# thông quan, phạt nguội, eSIM). Lời giảng không dùng chữ “huyện”; tin lừa đảo có thể cố ý giữ
# tên cũ (xem m-a-toa-an-link). Không ghi số nghị định, quyết định trong lời cho người học.
# Các chiêu mới 2025–2026 theo ../shared/domain.md mục 4.4; quét khuôn mặt theo mục 1.6.

lesson-title = Nhận diện lừa đảo
lesson-summary = Bạn tập nhận ra tin nhắn và cuộc gọi lừa đảo qua các dấu hiệu đáng ngờ, và biết phải làm gì khi nghi ngờ.

## Luyện tập

gioi-thieu-text =
    Kẻ lừa đảo thường nhắn tin hoặc gọi điện, giả làm công an, ngân hàng, điện lực, người giao hàng, có khi giả làm cả con cháu trong nhà.
    Họ muốn lấy tiền trong tài khoản của bạn, hoặc lấy mã OTP (mã số dùng một lần, gửi qua tin nhắn), mật khẩu, số căn cước của bạn.
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
    Mã OTP là dãy số ngân hàng hay VNeID gửi về máy bạn khi chính bạn đang làm một việc. Mã passcode là dãy 6 số bạn tự đặt để xác nhận trong ứng dụng, như trong VNeID. Mã OTP, mật khẩu và mã passcode giống như chìa khóa nhà: không đọc, không gửi cho ai, kể cả người xưng là công an hay nhân viên ngân hàng.
    Dấu hiệu thứ tư: hỏi thông tin cá nhân. Ví dụ: số căn cước, ảnh căn cước, ảnh thẻ ngân hàng, số tài khoản, số tiền bạn có, hay bảo bạn nhìn vào camera để “quét khuôn mặt”.
    Quét khuôn mặt chỉ đúng khi bạn làm trong ứng dụng ngân hàng hay ứng dụng VNeID của chính mình, do chính bạn tự mở. Ví dụ: khi bạn chuyển hơn 10 triệu đồng một lần, hay hơn 20 triệu đồng trong một ngày, ứng dụng ngân hàng sẽ hỏi khuôn mặt của bạn. Không bao giờ quét khuôn mặt trong cuộc gọi video, hay trong ứng dụng do người khác gửi.
    Dấu hiệu thứ năm: giả danh. Người gọi xưng là công an, tòa án, ngân hàng, điện lực, bác sĩ, cô giáo, người giao hàng, hay dùng tài khoản Zalo của người thân. Tên hiện trên tin nhắn cũng làm giả được, kể cả tên ngân hàng.
    Dấu hiệu thứ sáu: số lạ, người lạ. Số không có trong danh bạ, tài khoản Zalo hiện chữ “người lạ”, người quen qua mạng mà bạn chưa gặp bao giờ.
    Công an thật không bao giờ điều tra hay giải quyết vụ việc qua điện thoại, Zalo hay cuộc gọi video. Công an không đòi tiền, không bảo chuyển tiền “để kiểm tra”, không hỏi mã OTP hay mã passcode, không bảo cài ứng dụng hay bấm link, không bảo bạn giữ bí mật.
    Giấy triệu tập (giấy mời lên làm việc) của công an được gửi bằng giấy, qua chính quyền địa phương. Công an xã có thể nhờ thôn báo tin chung trong nhóm Zalo của thôn, như lịch làm căn cước; tin như vậy không hỏi gì riêng của bạn. Muốn làm tài khoản định danh mức 2, bạn đến công an xã làm trực tiếp.

lt-vcb-khoa-sender = VCB
lt-vcb-khoa-body =
    (Tin này hiện trong khung tin nhắn mang tên VCB, ngay dưới các tin báo số dư thật của ngân hàng.)
    Tai khoan cua Quy khach bi tam khoa do dang nhap bat thuong. Mo khoa ngay trong 2 gio tai vcb-mokhoa[.]top bang ten dang nhap, mat khau va ma OTP.
lt-vcb-khoa-explain = Lừa đảo: tin giả có thể mang đúng tên ngân hàng và hiện ngay trong khung tin nhắn thật của ngân hàng. Tin này dọa khóa tài khoản, giục trong 2 giờ, có link lạ và đòi tên đăng nhập, mật khẩu, mã OTP. Bạn không bấm link, tự mở ứng dụng ngân hàng của mình hoặc gọi số tổng đài in trên thẻ để hỏi.

lt-vneid-goi-sender = Cuộc gọi từ 0395 xxx 641
lt-vneid-goi-body =
    Người gọi: Bác ơi, cháu bên công an xã. Tài khoản VNeID của bác chưa lên mức 2, cháu làm online giúp bác luôn, bác khỏi phải lên xã.
    Người gọi: Bác đọc cho cháu số căn cước, rồi đọc mã OTP vừa gửi về máy bác nhé.
lt-vneid-goi-explain = Lừa đảo: số lạ xưng công an, hỏi số căn cước và mã OTP. Tài khoản định danh mức 2 (tài khoản VNeID đầy đủ) chỉ làm trực tiếp tại công an xã; bạn cúp máy và không đọc gì cả.

lt-quet-mat-prompt = Bạn tự mở ứng dụng ngân hàng trên điện thoại của mình để chuyển 15 triệu đồng tiền mua lúa giống. Ứng dụng hiện lên: cần xác thực khuôn mặt. Bạn làm gì?
lt-quet-mat-lam-theo = Làm theo ngay trong ứng dụng đó
lt-quet-mat-lam-theo-feedback = Đúng vậy. Chuyển hơn 10 triệu đồng một lần, ứng dụng ngân hàng của chính bạn sẽ hỏi khuôn mặt. Bước này an toàn vì bạn tự mở ứng dụng và tự bấm chuyển tiền.
lt-quet-mat-goi-video = Gọi video cho nhân viên ngân hàng để họ quét giúp
lt-quet-mat-goi-video-feedback = Không ai quét khuôn mặt qua cuộc gọi video. Bạn cứ làm ngay trong ứng dụng ngân hàng mà chính bạn đã mở.
lt-quet-mat-cai-app-khac = Cài ứng dụng “xác thực khuôn mặt” theo link trong tin nhắn vừa nhận
lt-quet-mat-cai-app-khac-feedback = Đừng cài ứng dụng theo link. Ứng dụng ngân hàng của bạn đã có sẵn bước quét khuôn mặt; bạn làm ngay trong đó.

dau-hieu-gap-doa-text =
    Dấu hiệu thứ bảy: giục làm ngay. “Trong 24 giờ”, “trước 17 giờ”, “ngay bây giờ”, “hết hạn hôm nay”. Kẻ gian muốn bạn vội, không kịp nghĩ, không kịp hỏi ai.
    Dấu hiệu thứ tám: dọa nạt. Dọa khóa tài khoản, dọa bắt, dọa kiện, dọa cắt điện, dọa phạt, dọa mất tiền.
    Dấu hiệu thứ chín: bảo giữ bí mật, đừng hỏi ai. “Không được kể với ai”, “đừng gọi cho cháu”, “không cần gọi hỏi lại”. Họ sợ bạn hỏi người nhà hoặc gọi lại để kiểm tra.
    Khi thấy mình vừa sợ vừa vội, bạn hãy dừng lại. Bạn luôn có quyền cúp máy, uống ngụm nước và hỏi người nhà trước đã.

dau-hieu-tien-text =
    Dấu hiệu thứ mười: đòi chuyển tiền, nộp phí trước. Phí nhận quà, phí “giải ngân” khoản vay (tức là phí để được nhận tiền vay), “thuế” để rút lãi, tiền nạp để nhận việc, tiền thu hộ khi bạn chưa thấy gói hàng, tiền “chứng minh trong sạch”.
    Dấu hiệu thứ mười một: chuyển vào tài khoản cá nhân. Tiền phải vào tài khoản riêng của một người nào đó, không phải của cơ quan, cửa hàng hay người thân mà bạn định trả; ví dụ tài khoản của “bạn con”, “chị cháu”, “nhân viên thu”. Khi quét mã QR, tên người nhận trên màn hình phải đúng tên chủ cửa hàng.
    Dấu hiệu thứ mười hai: hứa hẹn quá tốt. Việc nhẹ lương cao, lãi 20% mỗi tuần, trúng xe máy, quà từ nước ngoài, hoàn tiền bất ngờ, vay tiền không cần thế chấp, trả tiền để thuê tài khoản ngân hàng của bạn.
    Cho thuê, cho mượn hay bán tài khoản ngân hàng là vi phạm pháp luật. Đừng bao giờ nhận lời, dù người ta trả bao nhiêu.

lt-con-cap-cuu-sender = Cuộc gọi từ 0336 xxx 284
lt-con-cap-cuu-body =
    Người gọi: Chị là mẹ bé Vy lớp 3B phải không? Tôi là y tá của trường. Bé bị ngã gãy tay, đang ở bệnh viện tỉnh, phải mổ gấp.
    Người gọi: Chị chuyển ngay 15 triệu vào tài khoản của tôi để tôi đóng viện phí trước. Chị đừng gọi cô chủ nhiệm kẻo cô lo.
lt-con-cap-cuu-explain = Lừa đảo: số lạ làm bạn hoảng, giục chuyển tiền ngay vào tài khoản riêng của người gọi, lại cản bạn gọi cô giáo. Bạn cúp máy, gọi cô giáo hoặc nhà trường theo số bạn đã có; bệnh viện không đòi chuyển tiền qua điện thoại.

an-toan-cung-co-text =
    Không phải tin nào cũng là lừa đảo. Ngân hàng, điện lực, VNeID, trưởng thôn vẫn gửi tin nhắn thật.
    Nhưng đừng xét tin theo tên người gửi. Tên hiện trên điện thoại làm giả được, kể cả tên ngân hàng. Tin giả còn có thể hiện ngay trong khung tin nhắn thật của ngân hàng, nằm dưới các tin báo số dư thật. Tin thật hay giả là do nội dung và hoàn cảnh của tin.
    Tin thật thường không có link lạ. Có khi tin chỉ nhắc tới ứng dụng hay trang chính thức; dù vậy, bạn tự mở ứng dụng, không bấm vào địa chỉ trong tin.
    Tin thật không hỏi mã OTP hay mật khẩu, không đòi chuyển tiền vào tài khoản cá nhân, không dọa, không giục.
    Mã OTP thật chỉ nên đến khi chính bạn vừa bắt đầu một việc, như chuyển tiền hay kích hoạt tài khoản. Bạn không làm gì mà vẫn nhận mã OTP là có người đang tìm cách vào tài khoản của bạn. Dù thế nào, bạn cũng không đọc mã cho ai.
    Khi tin thật nhắc trả tiền, bạn trả qua ứng dụng ngân hàng của mình hoặc ra tận nơi, không bấm vào link trong tin.

lt-tien-dien-that-sender = Điện lực
lt-tien-dien-that-body = Dien luc thong bao: Tien dien thang 10 cua ma KH PA0xxxxxxx la 286.900d. Quy khach thanh toan qua ung dung ngan hang, vi dien tu hoac diem thu cua Dien luc.
lt-tien-dien-that-explain = An toàn: tin chỉ báo số tiền điện tháng này và những nơi trả quen thuộc; không có link, không dọa cắt điện, không đòi chuyển vào tài khoản của ai. Bạn trả qua ứng dụng ngân hàng hoặc điểm thu của Điện lực như thường lệ, không trả cho người gọi điện đến đòi.

lt-goi-cong-an-prompt = Có người gọi từ số lạ, xưng là công an tỉnh. Họ nói bạn dính vào một vụ án, bảo bạn giữ máy và không được kể với ai. Bạn làm gì?
lt-goi-cong-an-cup-may = Cúp máy. Nếu lo, bạn hỏi người nhà, hoặc đến công an xã hỏi trực tiếp
lt-goi-cong-an-cup-may-feedback = Đúng vậy. Công an thật không điều tra vụ án qua điện thoại, không bắt bạn giữ máy hay giữ bí mật. Cúp máy là an toàn nhất; muốn yên tâm, bạn đến công an xã hỏi.
lt-goi-cong-an-doc-can-cuoc = Đọc số căn cước để họ kiểm tra giúp
lt-goi-cong-an-doc-can-cuoc-feedback = Bạn đừng đọc gì cho người lạ. Giả danh công an, dọa và bảo giữ bí mật là dấu hiệu lừa đảo. Bạn cúp máy rồi hỏi công an xã.
lt-goi-cong-an-chuyen-tien = Chuyển tiền vào tài khoản họ đọc để “chứng minh trong sạch”
lt-goi-cong-an-chuyen-tien-feedback = Đây đúng là điều kẻ gian muốn. Công an không bao giờ đòi tiền hay bảo chuyển tiền “để kiểm tra”. Bạn cúp máy, kể với người nhà, và đến công an xã nếu lo lắng.

thu-doan-moi-text =
    Từ năm 2025, kẻ gian dùng thêm mấy chiêu mới. Bạn nhớ những điều thật sau đây.
    Sau khi sáp nhập xã, bạn không phải làm lại căn cước. Căn cước cũ vẫn dùng được. Nếu muốn đổi thẻ cho đúng địa chỉ mới, bạn làm miễn phí trong ứng dụng VNeID. Ai đòi phí làm lại căn cước, hay bảo “xác nhận lại VNeID sau sáp nhập” qua link, qua điện thoại, đều là lừa đảo.
    Bảo hiểm xã hội: tổng đài thật là 1900 9068. Người gọi từ số khác, hứa “tiền hỗ trợ Tết”, hay bảo “tích hợp” (tức là đưa vào chung một chỗ) sổ bảo hiểm xã hội vào VNeID rồi hỏi mã OTP hoặc bảo cài ứng dụng, là lừa đảo.
    Phạt nguội (phạt lỗi giao thông mà camera ghi lại): không bao giờ nộp phạt qua link trong tin nhắn. Bạn tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công quốc gia.
    Thuế: người xưng cán bộ thuế gửi giấy mời có dấu đỏ, rồi bảo cài lại ứng dụng eTax Mobile theo link, là lừa đảo. Ứng dụng nào cũng chỉ cài từ CH Play hoặc App Store.
    Nhà mạng: người bảo “nâng cấp SIM”, “chuyển sang eSIM” (SIM nằm sẵn trong máy) rồi hỏi mã OTP là lừa đảo. Đọc mã đó ra, số điện thoại của bạn chuyển sang SIM của kẻ gian, và tin nhắn của bạn, kể cả mã OTP ngân hàng, sẽ về máy họ.
    Đã bị lừa một lần, bạn dễ gặp người hứa “lấy lại tiền” nếu nộp phí, xưng là công an, luật sư hay “hacker”. Đó là lừa lần hai. Bạn báo công an xã, không nộp phí cho ai.

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
    Người gọi: Anh không được kể với ai, kể cả vợ con. Anh giữ máy ngay bây giờ để cán bộ lập biên bản, khai hết số tiền anh đang có trong tài khoản, rồi chuyển sang để cơ quan xác minh.
m-a-cs-hinh-su-explain = Lừa đảo: số lạ giả danh công an, dọa bắt, giục làm ngay, bảo giữ bí mật, hỏi số tiền trong tài khoản rồi đòi chuyển tiền đi “xác minh”. Công an thật không điều tra qua điện thoại và không bao giờ bảo chuyển tiền để kiểm tra; bạn cúp máy, nếu lo thì đến công an xã hỏi trực tiếp.

m-a-vks-lenh-bat-sender = Cuộc gọi từ 0243 xxx 390
m-a-vks-lenh-bat-body =
    Người gọi: Viện kiểm sát thông báo có lệnh bắt tạm giam số 125 đối với bà Nguyễn Thị Hạnh.
    Người gọi: Để chứng minh vô tội, bà chuyển toàn bộ tiền tiết kiệm vào tài khoản tạm giữ mang tên cán bộ thụ lý Trần Văn Hải, trước 17 giờ hôm nay.
m-a-vks-lenh-bat-explain = Lừa đảo: số lạ giả danh viện kiểm sát, dọa bắt, đặt hạn giờ và đòi chuyển tiền vào tài khoản một người. Không cơ quan nào bắt ai chuyển tiền để “chứng minh vô tội”; bạn cúp máy và hỏi công an xã.

# Tin lừa đảo này cố ý giữ tên cấp huyện cũ (từ 1/7/2025 không còn cấp huyện); lời giảng của bài không dùng chữ “huyện”.

m-a-toa-an-link-sender = 0587 xxx 204
m-a-toa-an-link-body = Tòa án nhân dân huyện gửi giấy triệu tập: ông có khoản nợ thẻ tín dụng bị khởi kiện. Bấm vào toa-an-hoso[.]top để xem hồ sơ và nộp tiền tạm ứng án phí.
m-a-toa-an-link-explain = Lừa đảo: số lạ giả danh tòa án, dọa kiện, gửi link lạ và đòi nộp tiền. Bạn không bấm link; mang tin nhắn đến UBND xã hoặc công an xã để hỏi.

m-a-truy-na-zalo-sender = Zalo · Cán bộ điều tra Lê Minh (người lạ)
m-a-truy-na-zalo-body =
    Tôi gửi bà lệnh truy nã có ảnh của bà. Bà đang bị điều tra trong một vụ lừa đảo.
    Bà chuyển tiền vào tài khoản mang tên Đỗ Văn Khánh, cán bộ thụ lý, để cơ quan kiểm tra nguồn gốc, xong sẽ hoàn lại.
    Đây là bí mật điều tra, bà không được nói với con cái.
m-a-truy-na-zalo-explain = Lừa đảo: người lạ trên Zalo giả danh công an, dọa truy nã, bảo giữ bí mật và đòi chuyển tiền vào tài khoản cá nhân. Công an thật không điều tra qua Zalo và không đòi tiền; bạn không trả lời, kể ngay với con cháu và đến công an xã.

# B. VNeID, dịch vụ công giả mạo

m-b-vneid-cap-nhat-sender = Cuộc gọi từ 0374 xxx 918
m-b-vneid-cap-nhat-body =
    Người gọi: Cháu là cán bộ công an xã mới sau sáp nhập. Tài khoản định danh mức 2 của bác bị lỗi, phải cập nhật ngay hôm nay.
    Người gọi: Bác tải bản VNeID mới ở vneid-capnhat[.]app, rồi mở camera quét khuôn mặt giúp cháu nhé.
m-b-vneid-cap-nhat-explain = Lừa đảo: số lạ giả danh công an, giục gấp, đưa link bắt cài VNeID “bản mới” và đòi quét khuôn mặt theo lời họ. VNeID chỉ cài từ CH Play hoặc App Store, khuôn mặt chỉ quét trong ứng dụng do chính bạn mở, và công an không hướng dẫn qua điện thoại; bạn cúp máy và đến công an xã.

m-b-dvc-dong-bo-sender = Dich vu cong
m-b-dvc-dong-bo-body = Ho so cua ban chua dong bo dinh danh muc 2, se bi khoa sau 24h. Cap nhat tai dichvucong-gov[.]vip, nhap so dinh danh va mat khau VNeID.
m-b-dvc-dong-bo-explain = Lừa đảo: tin giả danh Dịch vụ công, dọa khóa, hạn 24 giờ, có link lạ và đòi số định danh, mật khẩu. Bạn không bấm link; cần xem thì tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store, hoặc hỏi công an xã.

m-b-cai-app-khong-ro-nguon-sender = Zalo · Công an xã Minh Tân (người lạ)
m-b-cai-app-khong-ro-nguon-body =
    Chị ơi em bên công an xã. Chị bận không lên xã được thì em hướng dẫn đồng bộ online nhé.
    Chị bấm link vneid-dongbo[.]net để cài ứng dụng, máy hỏi thì chị bật “cho phép cài ứng dụng không rõ nguồn gốc”.
    Cài xong, chị đọc cho em mã OTP gửi về máy là xong.
m-b-cai-app-khong-ro-nguon-explain = Lừa đảo: tài khoản lạ giả danh công an xã, gửi link cài ứng dụng ngoài CH Play, App Store và hỏi mã OTP. Công an chỉ hướng dẫn VNeID trực tiếp tại trụ sở; bạn không bật “không rõ nguồn gốc”, không đọc OTP, và hỏi thẳng công an xã.

m-b-xa-moi-quet-mat-sender = Cuộc gọi từ 0965 xxx 027
m-b-xa-moi-quet-mat-body =
    Người gọi: Alo, chú là cán bộ xã mới sau sáp nhập. Xã đang cập nhật lại thông tin người dân.
    Người gọi: Cô đọc cho chú số căn cước 12 số với ngày cấp, rồi bật gọi video để chú quét khuôn mặt. Không cập nhật thì tài khoản định danh bị khóa.
m-b-xa-moi-quet-mat-explain = Lừa đảo: số lạ mượn chuyện sáp nhập xã để hỏi số căn cước, đòi quét khuôn mặt qua cuộc gọi video và dọa khóa tài khoản. Không ai quét khuôn mặt qua cuộc gọi video; bạn cúp máy, có việc gì thì lên UBND xã hoặc công an xã hỏi.

# C. Tin nhắn mang tên ngân hàng giả (trạm phát sóng giả)

m-c-vcb-sinh-trac-sender = VCB
m-c-vcb-sinh-trac-body =
    (Tin này hiện trong khung tin nhắn mang tên VCB, ngay dưới các tin báo số dư thật.)
    Tai khoan cua Quy khach se bi tam khoa do chua cap nhat sinh trac hoc. Xac thuc ngay trong hom nay tai vcb-xacthuc[.]top: chup khuon mat va nhap ma OTP.
m-c-vcb-sinh-trac-explain = Lừa đảo: tin giả hiện ngay trong khung tin nhắn thật của ngân hàng, nên đừng tin vì chỗ nó nằm. Tin dọa khóa, giục trong hôm nay, có link lạ, đòi ảnh khuôn mặt và mã OTP. Khuôn mặt chỉ quét trong ứng dụng ngân hàng do chính bạn mở; bạn không bấm link, tự mở ứng dụng hoặc gọi số tổng đài in trên thẻ.

m-c-agribank-diem-sender = Agribank
m-c-agribank-diem-body = Quy khach co 8.650 diem thuong sap het han trong hom nay. Doi qua tai agri-uudai[.]xyz
m-c-agribank-diem-explain = Lừa đảo: tin giả mang tên ngân hàng, có khi nằm ngay trong khung tin nhắn thật của ngân hàng; tin hứa quà, giục “hết hạn hôm nay” và có link lạ. Bạn không bấm; muốn biết điểm thưởng, bạn hỏi tại quầy ngân hàng hoặc xem trong ứng dụng ngân hàng của mình.

m-c-bidv-huy-gd-sender = BIDV
m-c-bidv-huy-gd-body =
    (Tin này nằm ngay dưới tin báo số dư thật mà BIDV gửi hôm qua.)
    Giao dich 4.990.000d tu TK cua Quy khach dang cho duyet. Neu khong phai Quy khach thuc hien, huy ngay tai bidv-huy[.]cc va nhap ma OTP.
m-c-bidv-huy-gd-explain = Lừa đảo: tin giả mang tên ngân hàng và nằm chung khung với tin thật, làm bạn sợ mất tiền, giục hủy ngay qua link lạ và đòi mã OTP. Nhập OTP vào đó mới chính là mất tiền; bạn tự mở ứng dụng ngân hàng xem, hoặc gọi số tổng đài in trên thẻ.

m-c-vcb-ung-dung-moi-sender = VCB
m-c-vcb-ung-dung-moi-body = Ung dung ngan hang cu cua Quy khach se ngung hoat dong sau 48 gio. Tai phien ban moi tai vcb-ungdung[.]top de tiep tuc su dung.
m-c-vcb-ung-dung-moi-explain = Lừa đảo: tin giả mang tên ngân hàng, có thể hiện ngay trong khung tin nhắn thật; tin dọa ngừng ứng dụng, hạn 48 giờ, bắt cài ứng dụng từ link lạ. Ứng dụng ngân hàng chỉ cài và cập nhật trong CH Play hoặc App Store; bạn đừng bấm link.

# D. Việc nhẹ lương cao, làm nhiệm vụ

m-d-ctv-shopee-sender = Zalo · Tuyển dụng Shopee (người lạ)
m-d-ctv-shopee-body =
    Tuyển cộng tác viên làm tại nhà, ngày kiếm 300 đến 800 nghìn.
    Bạn chỉ cần thanh toán trước đơn hàng, hệ thống hoàn lại tiền cộng 15% hoa hồng. Nhắn lại để nhận nhiệm vụ đầu tiên.
m-d-ctv-shopee-explain = Lừa đảo “việc nhẹ lương cao”: người lạ mượn tên Shopee, một trang mua bán trên mạng, hứa “hoa hồng” (tiền công theo đơn) và bắt bạn bỏ tiền trước. Làm việc thật không phải nộp tiền; bạn đừng trả lời.

m-d-nhiem-vu-combo-sender = Zalo · CSKH Nhiệm vụ (người lạ)
m-d-nhiem-vu-combo-body =
    Bạn vừa hoàn thành nhiệm vụ 2, hoa hồng 36.000đ đã về.
    Nhiệm vụ combo tiếp theo cần nạp 3.500.000đ vào tài khoản kế toán Phạm Thị Thu trong 30 phút. Làm đủ 3 đơn mới rút được cả gốc lẫn lãi. Bỏ dở thì số tiền đã nạp bị khóa.
m-d-nhiem-vu-combo-explain = Lừa đảo làm nhiệm vụ: trả ít tiền lúc đầu cho bạn tin, rồi đòi nạp tiền lớn vào tài khoản cá nhân, giục gấp và dọa khóa tiền. “CSKH” là viết tắt của “chăm sóc khách hàng”, ai cũng tự đặt được tên này. Bạn dừng ngay, không nạp thêm, và báo công an xã.

m-d-like-video-sender = 0358 xxx 660
m-d-like-video-body = Chỉ cần bấm thích và theo dõi 10 video TikTok mỗi ngày, trả 20 nghìn mỗi video. Tải ứng dụng Telegram rồi vào nhóm t[.]me/viecnhe-tuyen để trưởng nhóm hướng dẫn.
m-d-like-video-explain = Lừa đảo: số lạ hứa tiền quá dễ, bảo cài ứng dụng Telegram và gửi link vào nhóm, nơi người ta sẽ dần bắt bạn nạp tiền. Bạn không cài, không bấm link và xóa tin nhắn.

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
m-e-hoan-tien-app-explain = Lừa đảo: người lạ hứa hoàn tiền nhưng bắt cài ứng dụng từ link lạ và nhập mật khẩu ngân hàng. “CSKH” (chăm sóc khách hàng) chỉ là tên Zalo họ tự đặt. Nhận tiền không bao giờ cần mật khẩu của bạn; bạn kiểm tra đơn trong ứng dụng mua sắm.

# F. Đầu tư, tiền ảo

m-f-san-lai-20-sender = Zalo · Anh Khải (người lạ)
m-f-san-lai-20-body = Anh đang chơi sàn này, lãi 20% mỗi tuần. Em thử nạp 2 triệu đi, anh hướng dẫn, không lãi anh bù. Đăng ký ở vang-dautu[.]pro nhé.
m-f-san-lai-20-explain = Lừa đảo đầu tư: người quen qua mạng hứa lãi quá cao, rủ nạp tiền qua link lạ. “Sàn” ở đây là trang web hay ứng dụng nhận tiền để “đầu tư”; sàn lừa đảo tự bịa ra con số lãi. Không ai chắc chắn lãi 20% mỗi tuần; bạn đừng nạp tiền.

m-f-thue-rut-tien-sender = Zalo · CSKH Sàn Vàng (người lạ)
m-f-thue-rut-tien-body = Tài khoản của quý khách đang có 1,2 tỷ lợi nhuận. Để rút tiền, quý khách cần nộp trước 10% thuế thu nhập trong 24 giờ. Quá hạn, tài khoản sẽ bị đóng băng.
m-f-thue-rut-tien-explain = Lừa đảo: “lợi nhuận” chỉ là con số trên màn hình; “sàn” (trang nhận tiền đầu tư) bắt nộp “thuế” trước mới cho rút, giục 24 giờ và dọa đóng băng. “CSKH” (chăm sóc khách hàng) chỉ là tên họ tự đặt. Nộp thêm là mất thêm; bạn dừng lại và báo công an xã.

m-f-nhom-vip-coin-sender = 0779 xxx 215
m-f-nhom-vip-coin-body = Nhóm VIP tín hiệu coin: cam kết nhân 3 tài khoản trong 30 ngày. Phí tham gia 5 triệu, chuyển vào tài khoản 0451xxxx VO THANH PHONG, hoàn tiền nếu lỗ.
m-f-nhom-vip-coin-explain = Lừa đảo: số lạ cam kết lãi gấp ba, đòi phí trước vào tài khoản cá nhân. Đầu tư thật không ai cam kết chắc lãi; bạn xóa tin nhắn.

# G. Tình cảm, quà từ nước ngoài

m-g-hop-qua-usd-sender = Zalo · David Miller (người lạ)
m-g-hop-qua-usd-body = Em yêu, anh đã gửi cho em hộp quà có 50.000 đô la và một chiếc iPhone. Hải quan sẽ gọi, em đóng phí thông quan giúp anh nhé. Đừng nói với ai kẻo người ta ghen tị.
m-g-hop-qua-usd-explain = Lừa đảo: người lạ quen qua mạng giả làm người nước ngoài yêu bạn, hứa quà lớn, bịa ra “hải quan” sẽ gọi và bắt đóng “phí thông quan” (phí làm thủ tục cho hàng qua hải quan), lại bảo giữ bí mật. Người chưa gặp bao giờ gửi quà lớn rồi bắt bạn nộp phí là lừa đảo; bạn kể với người nhà và thôi nói chuyện.

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
m-j-ma-kh-moi-explain = Lừa đảo: tài khoản lạ giả danh điện lực, bắt cài ứng dụng từ link và dọa không trả được tiền điện. “CSKH” (chăm sóc khách hàng) ai cũng đặt vào tên Zalo được. Bạn không bấm link; có gì thắc mắc thì hỏi phòng giao dịch điện lực.

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
m-k-doi-diem-iphone-explain = Lừa đảo: tin giả mang tên ngân hàng, có khi nằm ngay trong khung tin nhắn thật; tin hứa quà lớn, giục “hôm nay” và có link lạ. Bạn không bấm; muốn hỏi điểm thưởng thì hỏi tại quầy ngân hàng.

m-k-qua-tet-sender = Zalo · Quà Tết Tri Ân (người lạ)
m-k-qua-tet-body = Bạn được chọn nhận quà Tết của Bộ. Điền họ tên, số căn cước và mã OTP vào mẫu tại quatet-trian[.]online để được giao quà tận nhà.
m-k-qua-tet-explain = Lừa đảo: người lạ mượn tên cơ quan hứa quà, gửi link lạ, đòi số căn cước và mã OTP. Nhận quà không bao giờ cần mã OTP; bạn không điền gì cả.

# L. Tráo mã QR

m-l-dan-de-quay-sender = Cuộc gọi từ 0849 xxx 577
m-l-dan-de-quay-body =
    Người gọi: Alo chị chủ quán tạp hóa ạ? Em là nhân viên ngân hàng phụ trách mã QR.
    Người gọi: Chiều nay em ghé dán mã QR mới đè lên tấm mã cũ ở quầy. Chị không cần kiểm tra gì đâu, tiền khách trả vẫn về tài khoản chị.
m-l-dan-de-quay-explain = Lừa đảo tráo mã QR: người lạ xưng ngân hàng muốn dán mã QR của họ đè lên mã của quán, để tiền khách trả chạy vào tài khoản kẻ gian. Bạn không cho ai dán mã lạ lên quầy; muốn đổi mã thì tự ra ngân hàng.

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
m-n-phi-bao-hiem-vay-explain = Lừa đảo: hứa cho vay dễ nhưng đòi nộp phí trước vào tài khoản cá nhân, giục trong hôm nay. “Giải ngân” là đưa tiền vay cho người vay; vay thật không bắt nộp phí vào tài khoản riêng của ai. Bạn không nộp; cần vay thì đến tận quầy ngân hàng để hỏi.

m-n-dong-bang-sender = Zalo · Tài chính Nhanh (người lạ)
m-n-dong-bang-body = Khoản vay của bạn bị đóng băng do bạn nhập sai số tài khoản. Nộp 5 triệu trong 2 giờ để mở khóa, tiền sẽ hoàn lại khi giải ngân. Quá hạn sẽ bị phạt hợp đồng.
m-n-dong-bang-explain = Lừa đảo: bịa lỗi “sai số tài khoản” để bắt nộp tiền, giục trong 2 giờ và dọa phạt. “Giải ngân” là đưa tiền vay cho người vay, nhưng ở đây nộp bao nhiêu cũng không có khoản vay nào; bạn dừng lại và báo công an xã.

m-n-app-danh-ba-sender = 0354 xxx 982
m-n-app-danh-ba-body = Vay 10 triệu không cần thế chấp, duyệt 5 phút. Tải ứng dụng tại vaynhanh-5phut[.]app và cho ứng dụng quyền xem danh bạ, ảnh trong máy.
m-n-app-danh-ba-explain = Lừa đảo: số lạ hứa vay dễ, gửi link cài ứng dụng ngoài CH Play, App Store, đòi quyền xem danh bạ và ảnh để sau này đòi nợ, bêu xấu bạn với người quen. Bạn không cài.

# Các chiêu mới 2025–2026 (../shared/domain.md mục 4.4)

# O. Bảo hiểm xã hội, lương hưu

m-o-bhxh-tet-sender = Cuộc gọi từ 0934 xxx 571
m-o-bhxh-tet-body =
    Người gọi: Cháu chào bác, cháu bên bảo hiểm xã hội. Bác đang hưởng lương hưu nên được nhận thêm 2 triệu tiền hỗ trợ Tết.
    Người gọi: Cháu vừa gửi mã OTP về máy bác. Bác đọc mã cho cháu để cháu chuyển tiền cho bác nhé.
m-o-bhxh-tet-explain = Lừa đảo: số lạ xưng bảo hiểm xã hội, hứa tiền hỗ trợ Tết rồi hỏi mã OTP. Nhận tiền không bao giờ cần đọc mã OTP cho ai. Tổng đài thật của Bảo hiểm xã hội Việt Nam là 1900 9068; bạn cúp máy rồi tự bấm số đó để hỏi.

m-o-bhxh-tich-hop-sender = Zalo · BHXH Hỗ trợ (người lạ)
m-o-bhxh-tich-hop-body =
    Sổ bảo hiểm xã hội của bác chưa được tích hợp vào VNeID, từ tháng sau lương hưu sẽ tạm dừng.
    Bác cài ứng dụng ở bhxh-tichhop[.]site để tích hợp, máy hỏi gì bác cứ bấm “Cho phép”.
m-o-bhxh-tich-hop-explain = Lừa đảo: tài khoản lạ mượn tên bảo hiểm xã hội (BHXH), dọa dừng lương hưu và bảo cài ứng dụng từ link. “Tích hợp” nghĩa là đưa vào chung một chỗ; việc đó không cần bạn cài ứng dụng theo link của ai. Bạn không bấm; muốn hỏi thì tự gọi 1900 9068, tổng đài thật của Bảo hiểm xã hội Việt Nam.

m-o-luong-huu-cap-nhat-sender = Cuộc gọi từ 0842 xxx 306
m-o-luong-huu-cap-nhat-body =
    Người gọi: Alo, đây là bảo hiểm xã hội. Hồ sơ lương hưu của ông còn thiếu thông tin sau sáp nhập, phải cập nhật ngay trong hôm nay.
    Người gọi: Ông đọc cho tôi số căn cước, số tài khoản nhận lương hưu và số tiền đang có trong đó. Không cập nhật thì tháng này ông không lĩnh được lương.
m-o-luong-huu-cap-nhat-explain = Lừa đảo: số lạ xưng bảo hiểm xã hội, giục trong hôm nay, dọa không lĩnh được lương và hỏi số căn cước, số tài khoản, số tiền bạn có. Bạn không đọc gì; cúp máy rồi tự gọi 1900 9068, tổng đài thật của Bảo hiểm xã hội Việt Nam.

# P. Phạt nguội giả, cổng tra cứu giả

m-p-phat-nguoi-link-sender = 0569 xxx 213
m-p-phat-nguoi-link-body = CSGT thong bao: xe may cua ban vi pham toc do, bi phat nguoi 1.500.000d. Nop phat truoc 17h ngay 25/10 tai dichvucong-phatnguoi[.]site, qua han se bi tuoc giay phep lai xe.
m-p-phat-nguoi-link-explain = Lừa đảo: số lạ xưng cảnh sát giao thông (CSGT), dọa tước giấy phép lái xe, đặt hạn giờ và bảo nộp phạt qua link. Trang đó chỉ giả làm Cổng Dịch vụ công. “Phạt nguội” là phạt lỗi mà camera ghi lại; không bao giờ nộp phạt qua link trong tin nhắn. Bạn tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công quốc gia.

m-p-phat-nguoi-qr-sender = Zalo · Tra cứu phạt nguội (người lạ)
m-p-phat-nguoi-qr-body =
    Xe máy của anh có biên bản phạt nguội do vượt đèn đỏ, kèm hình ảnh camera.
    Anh quét mã QR trong ảnh này để xem lỗi và nộp phạt ngay trong hôm nay. Quá hạn, hồ sơ chuyển sang xử lý, xe sẽ bị tạm giữ.
m-p-phat-nguoi-qr-explain = Lừa đảo: tài khoản lạ mượn chuyện phạt nguội (phạt lỗi mà camera ghi lại), gửi mã QR lạ để nộp phạt, giục trong hôm nay và dọa giữ xe. Mã QR lạ cũng như link: bạn không quét. Muốn biết xe có bị phạt không, bạn tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công quốc gia.

# Q. Cán bộ thuế giả, “cài lại eTax”

m-q-thue-etax-zalo-sender = Zalo · Cán bộ thuế Phạm Hòa (người lạ)
m-q-thue-etax-zalo-body =
    (Bạn có một cửa hàng tạp hóa. Người này gửi kèm ảnh một giấy mời có đóng dấu đỏ.)
    Cơ quan thuế mời hộ kinh doanh của chị lên làm việc về thuế. Trước khi lên, chị gỡ eTax Mobile cũ, cài lại bản mới ở etax-capnhat[.]app rồi đăng nhập bằng mật khẩu eTax của chị. Không cài thì hồ sơ của chị bị phạt chậm nộp.
m-q-thue-etax-zalo-explain = Lừa đảo: người lạ giả cán bộ thuế, gửi giấy mời có dấu đỏ giả cho giống thật, rồi bảo cài lại eTax Mobile từ link, đòi mật khẩu và dọa phạt. Ứng dụng nào cũng chỉ cài từ CH Play hoặc App Store. Có giấy mời, bạn mang đến tận cơ quan thuế hỏi, không gọi số ghi trên giấy đó.

m-q-thue-goi-cai-lai-sender = Cuộc gọi từ 0826 xxx 940
m-q-thue-goi-cai-lai-body =
    Người gọi: Tôi là cán bộ thuế. Hộ kinh doanh bây giờ phải khai thuế theo cách mới, cửa hàng của anh chưa khai nên sắp bị phạt.
    Người gọi: Anh kết bạn Zalo số này, tôi gửi link cài lại eTax Mobile bản mới, cài xong tôi khai giúp anh.
m-q-thue-goi-cai-lai-explain = Lừa đảo: số lạ xưng cán bộ thuế, dọa phạt và muốn gửi link để bạn cài lại eTax Mobile. Ứng dụng cài từ link có thể đọc tin nhắn, lấy mã OTP và rút tiền của bạn. Bạn cúp máy, chỉ cài ứng dụng từ CH Play hoặc App Store, và hỏi thẳng cơ quan thuế.

# R. “Lấy lại tiền bị lừa”

m-r-luat-su-lay-lai-sender = Zalo · Luật sư Minh – Thu hồi tiền bị lừa (người lạ)
m-r-luat-su-lay-lai-body = Chúng tôi biết bác vừa bị lừa mất 30 triệu trên mạng. Văn phòng luật của chúng tôi lấy lại được đủ 100% trong 7 ngày. Bác chỉ cần nộp trước 3 triệu phí hồ sơ.
m-r-luat-su-lay-lai-explain = Lừa đảo lần hai: kẻ gian biết bạn vừa mất tiền, giả làm luật sư hứa lấy lại đủ, rồi đòi phí trước. Người lạ tự tìm đến, hứa lấy lại tiền nếu bạn nộp phí, là chiêu lừa quen thuộc. Bạn báo công an xã hoặc gọi 156, không chuyển thêm đồng nào.

m-r-cong-an-tra-tien-sender = Cuộc gọi từ 0708 xxx 155
m-r-cong-an-tra-tien-body =
    Người gọi: Tôi là cán bộ công an tỉnh. Chúng tôi đã bắt được nhóm lừa chị hồi tháng trước, tiền của chị sẽ được trả lại.
    Người gọi: Chị nộp 2 triệu phí xác minh vào tài khoản cán bộ thụ lý Lê Văn Tâm. Vụ án đang điều tra, chị đừng kể với ai.
m-r-cong-an-tra-tien-explain = Lừa đảo lần hai: số lạ giả danh công an, hứa trả lại tiền đã mất nhưng đòi nộp phí vào tài khoản một người và bảo giữ bí mật. Công an không bao giờ đòi tiền để trả lại tiền cho bạn. Bạn cúp máy, tự đến công an xã hỏi về vụ việc của mình.

# S. Sau sáp nhập: đòi phí làm lại căn cước, bảo “xác nhận lại VNeID”

m-sap-nhap-cap-doi-sms-sender = 0523 xxx 718
m-sap-nhap-cap-doi-sms-body = Cong an xa thong bao: sau sap nhap, can cuoc ghi dia chi cu se het gia tri tu 01/12. Nop le phi cap doi 22.000d tai capdoi-cancuoc[.]online truoc 30/11 de khong bi khoa tai khoan ngan hang.
m-sap-nhap-cap-doi-sms-explain = Lừa đảo: số lạ bịa ra chuyện căn cước cũ “hết giá trị”, dọa khóa tài khoản, đặt hạn và bảo nộp phí qua link. Sau sáp nhập, căn cước cũ vẫn dùng được, không bắt buộc đổi; muốn đổi cho đúng địa chỉ mới thì làm miễn phí trong ứng dụng VNeID. Phí nhỏ chỉ là mồi: đã có người nộp 22 nghìn rồi mất hơn trăm triệu.

m-sap-nhap-cap-doi-zalo-sender = Zalo · Công an phường mới (người lạ)
m-sap-nhap-cap-doi-zalo-body = Sau sáp nhập, bác phải làm lại căn cước theo tên phường mới. Bác chụp hai mặt căn cước gửi em, chuyển 150.000đ phí làm thẻ vào tài khoản cán bộ Vũ Thị Ngân, em làm tại nhà cho bác, khỏi phải đi lại.
m-sap-nhap-cap-doi-zalo-explain = Lừa đảo: người lạ giả công an, đòi ảnh căn cước và tiền phí vào tài khoản một người. Sau sáp nhập không bắt buộc làm lại căn cước; ai muốn đổi cho đúng địa chỉ mới thì làm miễn phí trong ứng dụng VNeID. Bạn không gửi gì, không chuyển tiền; có gì thì hỏi thẳng công an nơi bạn ở.

m-sap-nhap-vneid-sms-sender = 0387 xxx 602
m-sap-nhap-vneid-sms-body = VNeID: Do sap nhap don vi hanh chinh, tai khoan dinh danh cua ban can xac nhan lai trong 48h, neu khong se bi khoa. Xac nhan tai vneid-xacnhan[.]site bang mat khau va ma passcode.
m-sap-nhap-vneid-sms-explain = Lừa đảo: tin mượn chuyện sáp nhập, dọa khóa VNeID, hạn 48 giờ, có link lạ và đòi mật khẩu, mã passcode (mã 6 số bạn tự đặt trong VNeID). Trang thật của VNeID là vneid[.]gov[.]vn, và không ai được biết mã passcode của bạn. Bạn không bấm; cần xem thì tự mở ứng dụng VNeID của mình.

m-sap-nhap-vneid-goi-sender = Cuộc gọi từ 0976 xxx 233
m-sap-nhap-vneid-goi-body =
    Người gọi: Cháu là cán bộ công an xã mới. Sau sáp nhập, tài khoản VNeID của bác phải xác nhận lại theo tên xã mới.
    Người gọi: Cháu gửi link qua Zalo, bác cài ứng dụng đó rồi đọc cho cháu mã OTP là xong, khỏi phải lên xã.
m-sap-nhap-vneid-goi-explain = Lừa đảo: số lạ giả công an xã mới, bảo cài ứng dụng theo link và hỏi mã OTP. Công an chỉ hướng dẫn VNeID trực tiếp tại trụ sở, không gọi điện bảo xác nhận lại. Bạn cúp máy; có gì thắc mắc thì lên công an xã hỏi.

m-sap-nhap-vneid-zalo-sender = Zalo · UBND xã Đông Hải mới (người lạ)
m-sap-nhap-vneid-zalo-body = Thông báo: sau sáp nhập, người dân phải xác nhận lại tài khoản VNeID. Bà con quét mã QR trong ảnh này, rồi chụp khuôn mặt và hai mặt căn cước gửi lên để hoàn tất.
m-sap-nhap-vneid-zalo-explain = Lừa đảo: tài khoản lạ mượn tên UBND xã, gửi mã QR lạ, đòi ảnh khuôn mặt và ảnh căn cước. Không ai bắt bạn xác nhận lại VNeID qua mã QR lạ; khuôn mặt chỉ quét trong ứng dụng VNeID hay ngân hàng do chính bạn mở. Bạn hỏi trực tiếp UBND xã.

# T. “Nâng cấp SIM, chuyển eSIM” để lấy mã OTP

m-t-esim-goi-sender = Cuộc gọi từ 0899 xxx 471
m-t-esim-goi-body =
    Người gọi: Em là tổng đài nhà mạng. SIM của chị đã cũ, hôm nay sẽ bị khóa hai chiều. Em chuyển sang eSIM cho chị luôn.
    Người gọi: Em vừa gửi mã OTP về máy chị, chị đọc cho em để xác nhận nhé.
m-t-esim-goi-explain = Lừa đảo: số lạ xưng nhà mạng, dọa khóa SIM trong hôm nay rồi hỏi mã OTP. “eSIM” là SIM nằm sẵn trong máy; đọc mã đó ra là số điện thoại của bạn chuyển sang SIM của kẻ gian, rồi mã OTP ngân hàng cũng về máy họ. Bạn cúp máy; muốn đổi SIM thì ra tận cửa hàng của nhà mạng.

m-t-sim-4g-sms-sender = 0366 xxx 059
m-t-sim-4g-sms-body = Nha mang thong bao: SIM cua Quy khach chua nang cap 4G, se bi ngat song sau 24h. De nang cap, Quy khach tra loi tin nay bang ma OTP vua nhan.
m-t-sim-4g-sms-explain = Lừa đảo: số lạ mượn tên nhà mạng, dọa ngắt sóng sau 24 giờ và bảo gửi lại mã OTP. Có mã đó, kẻ gian chuyển được số điện thoại của bạn sang SIM của họ. Bạn xóa tin; có gì thì hỏi tại cửa hàng của nhà mạng.

m-t-esim-zalo-sender = Zalo · Nhà mạng Ưu đãi (người lạ)
m-t-esim-zalo-body = Chuyển sang eSIM được tặng 6 tháng dùng mạng miễn phí. Chị gửi ảnh hai mặt căn cước, số điện thoại và mã OTP sẽ nhận được để bên em làm eSIM giúp chị.
m-t-esim-zalo-explain = Lừa đảo: người lạ hứa quà lớn để lấy ảnh căn cước và mã OTP, đủ để chiếm số điện thoại của bạn. “eSIM” là SIM nằm sẵn trong máy; bạn không gửi gì, muốn dùng eSIM thì ra tận cửa hàng của nhà mạng.

## Bài kiểm tra cuối: tin an toàn

m-s-vneid-phe-duyet-sender = Cục Cảnh sát QLHC về TTXH
m-s-vneid-phe-duyet-body =
    (Tuần trước bạn đã đăng ký tài khoản định danh tại công an xã.)
    Cuc Canh sat QLHC ve TTXH thong bao: Ho so dang ky tai khoan dinh danh dien tu cua cong dan NGUYEN VAN BINH da duoc phe duyet. De nghi truy cap ung dung VNeID hoac dia chi vneid[.]gov[.]vn de kich hoat tai khoan.
m-s-vneid-phe-duyet-explain = An toàn: tin đến sau khi chính bạn đã đăng ký ở công an xã, chỉ nhắc ứng dụng VNeID và trang chính thức vneid[.]gov[.]vn, không hỏi gì, không đòi tiền. Bạn tự mở ứng dụng VNeID đã cài từ CH Play hoặc App Store để kích hoạt, và không đọc mã OTP cho ai.

m-s-otp-tu-chuyen-sender = Agribank
m-s-otp-tu-chuyen-body =
    (Bạn vừa tự bấm chuyển tiền cho con trong ứng dụng ngân hàng của mình.)
    Ma OTP cua Quy khach la 482913, hieu luc 3 phut. TUYET DOI KHONG cung cap ma nay cho bat ky ai, ke ca nhan vien ngan hang.
m-s-otp-tu-chuyen-explain = An toàn: mã OTP đến đúng lúc chính bạn vừa bấm chuyển tiền, và tin không có link. Bạn chỉ nhập mã vào ứng dụng của mình, không đọc cho ai, kể cả người xưng là nhân viên ngân hàng.

m-s-bao-tien-dien-sender = Điện lực
m-s-bao-tien-dien-body = Dien luc thong bao: Tien dien thang 09 cua ma KH PA0xxxxxxx la 312.450d. Quy khach thanh toan qua ung dung ngan hang, vi dien tu hoac diem thu cua Dien luc.
m-s-bao-tien-dien-explain = An toàn: đây là tin báo tiền điện hằng tháng, chỉ nói số tiền và những nơi trả quen thuộc; không có link, không dọa cắt điện ngay, không đòi chuyển vào tài khoản cá nhân. Bạn trả qua ứng dụng ngân hàng hoặc điểm thu quen thuộc, không trả cho ai gọi điện đến đòi.

m-s-ho-so-khai-sinh-sender = Dịch vụ công
m-s-ho-so-khai-sinh-body =
    (Sáng nay bạn vừa nộp hồ sơ khai sinh cho cháu nội.)
    Ho so dang ky khai sinh cua ong/ba da duoc tiep nhan, hen tra ket qua 20/10. Tra cuu tren Cong Dich vu cong quoc gia hoac ung dung VNeID.
m-s-ho-so-khai-sinh-explain = An toàn: tin báo đúng hồ sơ khai sinh bạn vừa nộp sáng nay, chỉ nhắc những nơi bạn vẫn dùng, không có link, không đòi tiền. Bạn tự mở ứng dụng VNeID hoặc Cổng Dịch vụ công để xem, đừng làm theo ai gọi điện đến “hỗ trợ” hồ sơ.

m-s-shipper-that-sender = Cuộc gọi từ 0912 xxx 678
m-s-shipper-that-body =
    (Bạn đặt mua một nồi cơm điện trong ứng dụng mua sắm. Số này trùng với số người giao hàng hiện trong ứng dụng.)
    Người gọi: Chào chị, em giao nồi cơm điện chị đặt. Em đang ở cổng, chị ra nhận hàng, xem đúng rồi trả em 650.000đ nhé.
m-s-shipper-that-explain = An toàn: bạn có đặt nồi cơm điện, số gọi đến trùng với số người giao hàng trong ứng dụng, và bạn trả tiền sau khi xem hàng. Bạn vẫn nhớ: chưa thấy gói hàng thì không chuyển tiền cho ai.

m-s-bien-dong-so-du-sender = Agribank
m-s-bien-dong-so-du-body =
    (Con gái bạn vừa gọi từ số quen, nói sẽ gửi tiền cho bạn.)
    TK 3206xxxx815 +2.000.000VND luc 09:12 15/10. SD: 5.430.000VND. ND: TRAN THI HOA chuyen tien cho me
m-s-bien-dong-so-du-explain = An toàn: con gái vừa gọi từ số quen báo sẽ gửi tiền, và tin chỉ báo tiền vào tài khoản; không có link, không hỏi gì, không đòi gì. Bạn vẫn nên mở ứng dụng ngân hàng để xem số dư thật, không chỉ tin vào tin nhắn.

m-s-hop-thon-sender = Zalo · Nhóm thôn Đồng Tâm · Trưởng thôn
m-s-hop-thon-body = Thông báo: 8 giờ sáng Chủ nhật này, thôn họp tại nhà văn hóa bàn việc làm đường bê tông. Mời mỗi hộ cử một người đến dự.
m-s-hop-thon-explain = An toàn: trưởng thôn mời họp trực tiếp ở nhà văn hóa về việc chung của thôn; không có link, không đòi tiền, không hỏi thông tin. Nếu trong nhóm có tin đòi chuyển tiền, bạn vẫn hỏi trực tiếp trưởng thôn trước.

m-s-con-goi-lai-sender = Cuộc gọi từ Con gái Hoa
m-s-con-goi-lai-body =
    Hoa: Mẹ ơi, tháng này con hụt tiền nhà, mẹ cho con mượn 2 triệu, chuyển vào tài khoản của con nhé.
    (Bạn cúp máy, tự gọi lại vào số quen của Hoa. Hoa nghe máy, nói chuyện bình thường, kể rõ đầu đuôi. Khi chuyển, màn hình hiện đúng tên TRAN THI HOA.)
m-s-con-goi-lai-explain = An toàn: bạn đã cúp máy, tự gọi lại vào số quen của con để hỏi, và tiền vào đúng tài khoản mang tên con. Lần nào người thân hỏi tiền, bạn cũng gọi lại kiểm tra như vậy.

m-s-muc2-cong-an-xa-sender = Zalo · Nhóm thôn Đồng Tâm · Trưởng thôn
m-s-muc2-cong-an-xa-body = Công an xã nhờ thôn báo: ai chưa có tài khoản định danh mức 2 thì mang căn cước gắn chip đến trụ sở công an xã trong giờ hành chính để được làm trực tiếp. Nhớ số điện thoại của mình.
m-s-muc2-cong-an-xa-explain = An toàn: đây là tin chung công an xã nhờ thôn báo, chỉ mời đến trụ sở làm trực tiếp; không có link, không hỏi mã OTP hay thông tin riêng qua tin nhắn. Công an vẫn có thể báo tin chung như vậy; ai gọi điện hướng dẫn làm định danh qua điện thoại thì bạn cúp máy.

m-s-giao-hang-sms-sender = 0977 xxx 210
m-s-giao-hang-sms-body =
    (Hôm qua bạn đặt mua hạt giống trong ứng dụng mua sắm.)
    Đơn hàng hạt giống của bạn sẽ được giao chiều nay. Người giao sẽ gọi trước khi đến. Bạn kiểm tra hàng rồi trả tiền khi nhận.
m-s-giao-hang-sms-explain = An toàn: bạn có đặt hạt giống hôm qua, tin báo lịch giao và cho trả tiền khi nhận; không có link, không đòi tiền trước. Bạn vẫn chỉ trả tiền khi đã cầm gói hàng trong tay.

m-s-qr-co-lan-sender = Zalo · Cô Lan bán rau
m-s-qr-co-lan-body =
    (Cô Lan là người bạn vẫn mua rau, đã kết bạn Zalo từ lâu. Bạn vừa đặt rau.)
    Cô gửi mã QR của cô đây. Cháu quét, thấy tên NGUYEN THI LAN thì chuyển 45.000đ tiền rau nhé.
m-s-qr-co-lan-explain = An toàn: cô Lan là người quen lâu năm, bạn vừa đặt rau, và tên người nhận đúng tên cô. Khi quét, bạn vẫn xem kỹ tên và số tiền trên màn hình xác nhận rồi mới bấm chuyển. Nếu người gửi bảo bạn chuyển cho một tên khác, hay bạn không đặt gì, thì đừng quét.

m-s-ngan-hang-canh-bao-sender = Agribank
m-s-ngan-hang-canh-bao-body = Agribank khuyen cao: Agribank KHONG yeu cau Quy khach cung cap mat khau, ma OTP qua dien thoai, tin nhan hay mang xa hoi. Khong bam vao duong link la.
m-s-ngan-hang-canh-bao-explain = An toàn: tin chỉ khuyên bạn cẩn thận; không có link, không hỏi gì, không bảo làm gì. Điều tin nói cũng là điều bạn học hôm nay: không ai được biết mật khẩu và mã OTP của bạn.

m-s-con-chuyen-tien-sender = Zalo · Con trai Tuấn
m-s-con-chuyen-tien-body = Mẹ ơi con vừa chuyển 3 triệu vào tài khoản của mẹ để mẹ đóng tiền học cho bé Na. Mẹ mở ứng dụng ngân hàng xem đã nhận chưa nhé.
m-s-con-chuyen-tien-explain = An toàn: con gửi tiền cho bạn chứ không xin tiền, không hỏi mã, không có link. Nếu sau này tài khoản Zalo này nhắn xin tiền, bạn vẫn gọi vào số quen của con để hỏi trước.

m-s-tiem-chung-sender = Zalo · Nhóm thôn Đồng Tâm · Y tế thôn
m-s-tiem-chung-body = Trạm y tế xã tiêm chủng cho trẻ dưới 1 tuổi vào sáng thứ Năm tuần này, tại trạm y tế xã. Các gia đình nhớ mang sổ tiêm chủng của bé.
m-s-tiem-chung-explain = An toàn: tin mời mang bé đến tận trạm y tế xã để tiêm; không có link, không thu tiền qua tin nhắn, không hỏi thông tin. Có gì chưa rõ, bạn hỏi thẳng cán bộ y tế thôn.

m-s-cat-dien-bao-duong-sender = Điện lực
m-s-cat-dien-bao-duong-body = Dien luc thong bao: tam ngung cap dien de bao duong luoi dien tu 7h00 den 11h00 ngay 20/10 tai khu vuc thon Dong Tam. Xin loi Quy khach vi su bat tien nay.
m-s-cat-dien-bao-duong-explain = An toàn: đây là lịch tạm ngừng cấp điện để sửa lưới, báo trước ngày, giờ và nơi; không đòi tiền, không có link, không bắt làm gì. Nếu có ai gọi nói “nợ tiền, sắp cắt điện” và đòi chuyển tiền, đó mới là lừa đảo.

m-s-ly-lich-tu-phap-sender = Dịch vụ công
m-s-ly-lich-tu-phap-body =
    (Tuần trước bạn đã xin Phiếu lý lịch tư pháp, tức là giấy cho biết bạn có từng bị kết án hay không, trên ứng dụng VNeID.)
    Ho so yeu cau cap Phieu ly lich tu phap cua ong/ba da co ket qua. Ong/ba nhan ket qua theo hinh thuc da dang ky, hoac tra cuu tren ung dung VNeID.
m-s-ly-lich-tu-phap-explain = An toàn: tin báo kết quả đúng việc bạn đã xin tuần trước và chỉ nhắc ứng dụng VNeID; không có link, không đòi tiền. Bạn tự mở ứng dụng VNeID để xem, đừng bấm link lạ nào xưng là để “nhận kết quả”.

m-s-goi-tong-dai-sender = Cuộc gọi đi · Tổng đài ngân hàng (số in trên thẻ)
m-s-goi-tong-dai-body =
    (Bạn thấy một tin nhắn lạ mang tên ngân hàng, nên tự gọi vào số tổng đài in trên thẻ ngân hàng của mình.)
    Tổng đài viên: Dạ, tin đó không phải của ngân hàng, chị đừng bấm link. Tài khoản của chị vẫn bình thường. Chị không cần đọc mã OTP hay mật khẩu cho em.
m-s-goi-tong-dai-explain = An toàn: chính bạn gọi đi, vào số tổng đài in trên thẻ, và người nghe không hỏi mã OTP hay mật khẩu. Bạn chỉ gọi số bạn tự tìm trên thẻ hoặc giấy tờ ngân hàng, không gọi số do tin nhắn lạ đưa.

m-s-to-cong-nghe-so-sender = Zalo · Anh Hùng tổ công nghệ số
m-s-to-cong-nghe-so-body = Sáng Chủ nhật này, 8 giờ, tổ công nghệ số hướng dẫn bà con cách trả tiền bằng mã QR và cách nhận ra tin nhắn lừa đảo, tại nhà văn hóa thôn. Không mất phí, bà con mang theo điện thoại nhé.
m-s-to-cong-nghe-so-explain = An toàn: người quen trong tổ công nghệ số của thôn mời học trực tiếp, miễn phí; không có link, không hỏi thông tin. Ngay cả người hướng dẫn cũng không cần biết mã OTP hay mật khẩu của bạn.

## Bài kiểm tra cuối: làm gì tiếp theo

c-video-cong-an-prompt = Một người gọi video qua Zalo, mặc áo công an, nói bạn dính vào một vụ án. Họ bảo bạn nhìn thẳng vào camera để quét khuôn mặt. Bạn làm gì?
c-video-cong-an-tat-may = Tắt máy, rồi tự đến công an xã hỏi
c-video-cong-an-tat-may-feedback = Đúng vậy. Công an thật không điều tra qua cuộc gọi video, và không ai quét khuôn mặt qua cuộc gọi. Bạn tắt máy và hỏi trực tiếp công an xã.
c-video-cong-an-nhin-camera = Nhìn vào camera cho họ quét, vì họ mặc đúng áo công an
c-video-cong-an-nhin-camera-feedback = Áo công an và cả hình trong video đều làm giả được. Khuôn mặt chỉ quét trong ứng dụng do chính bạn mở. Bạn tắt máy rồi đến công an xã hỏi.
c-video-cong-an-hoi-cap-bac = Hỏi tên, cấp bậc rồi làm theo
c-video-cong-an-hoi-cap-bac-feedback = Kẻ gian đọc tên, cấp bậc rất trôi chảy. Công an thật không điều tra, cũng không quét khuôn mặt ai qua video; bạn tắt máy và đến công an xã.

c-quet-mat-chuyen-tien-prompt = Bạn tự mở ứng dụng ngân hàng của mình, chuyển 15 triệu đồng cho con. Ứng dụng hiện ra: cần xác thực khuôn mặt. Bạn làm gì?
c-quet-mat-chuyen-tien-bo-do = Dừng lại, vì hỏi khuôn mặt bao giờ cũng là lừa đảo
c-quet-mat-chuyen-tien-bo-do-feedback = Không hẳn vậy. Chuyển hơn 10 triệu đồng một lần, ứng dụng ngân hàng của chính bạn sẽ hỏi khuôn mặt; bạn làm tiếp trong ứng dụng đó.
c-quet-mat-chuyen-tien-lam-tiep = Làm tiếp ngay trong ứng dụng đó
c-quet-mat-chuyen-tien-lam-tiep-feedback = Đúng vậy. Bạn tự mở ứng dụng, tự chuyển số tiền lớn, nên bước quét khuôn mặt này là thật.
c-quet-mat-chuyen-tien-goi-so-la = Gọi số lạ vừa nhắn tin cho bạn, nhờ họ hướng dẫn quét
c-quet-mat-chuyen-tien-goi-so-la-feedback = Đừng nhờ người lạ. Bước quét khuôn mặt có sẵn trong ứng dụng ngân hàng của bạn; bạn làm tiếp ngay trong đó.

c-tin-trong-khung-that-prompt = Trong khung tin nhắn mang tên ngân hàng, ngay dưới các tin báo số dư thật, có tin mới: “Tài khoản sẽ bị khóa sau 24 giờ, cập nhật tại link này.” Bạn làm gì?
c-tin-trong-khung-that-bam-link = Bấm vào, vì nó nằm chung với các tin thật
c-tin-trong-khung-that-bam-link-feedback = Tin giả có thể hiện ngay trong khung tin thật của ngân hàng. Bạn không bấm; tự mở ứng dụng ngân hàng hoặc gọi số in trên thẻ.
c-tin-trong-khung-that-nhan-lai = Nhắn lại để hỏi
c-tin-trong-khung-that-nhan-lai-feedback = Nhắn lại là nói chuyện với chính kẻ gian. Bạn tự mở ứng dụng ngân hàng hoặc gọi số in trên thẻ.
c-tin-trong-khung-that-tu-mo-app = Không bấm; tự mở ứng dụng ngân hàng hoặc gọi số in trên thẻ
c-tin-trong-khung-that-tu-mo-app-feedback = Đúng vậy. Tin giả có thể nằm ngay trong khung tin thật; bạn tự kiểm tra qua ứng dụng hoặc số in trên thẻ.

c-so-nguoi-la-dua-prompt = Người gọi xưng nhân viên ngân hàng, đọc cho bạn một số điện thoại: “Bác gọi lại số này để biết cháu là thật.” Bạn muốn kiểm tra. Bạn gọi số nào?
c-so-nguoi-la-dua-so-ho-doc = Số người đó vừa đọc
c-so-nguoi-la-dua-so-ho-doc-feedback = Số đó có thể là của đồng bọn. Bạn gọi số tổng đài in trên thẻ ngân hàng của mình.
c-so-nguoi-la-dua-so-tren-the = Số tổng đài in trên thẻ ngân hàng của bạn
c-so-nguoi-la-dua-so-tren-the-feedback = Đúng vậy. Bạn chỉ gọi số bạn tự tìm trên thẻ hay giấy tờ ngân hàng, không gọi số người lạ đưa.
c-so-nguoi-la-dua-so-vua-goi = Gọi lại đúng số vừa gọi đến, để nghe lại giọng họ cho chắc
c-so-nguoi-la-dua-so-vua-goi-feedback = Gọi lại số đó là gặp lại chính người ấy. Bạn gọi số tổng đài in trên thẻ ngân hàng của mình.

c-lo-doc-otp-prompt = Lúc nãy bạn lỡ đọc mã OTP cho một người xưng nhân viên ngân hàng. Bây giờ bạn làm gì trước tiên?
c-lo-doc-otp-cho-xem = Chờ vài hôm xem tài khoản có bị trừ tiền không, mất tiền rồi mới đi báo cho ai đó biết
c-lo-doc-otp-cho-xem-feedback = Chờ là mất thời gian quý. Bạn gọi ngay số in trên thẻ để báo ngân hàng, rồi báo công an xã.
c-lo-doc-otp-giau = Giấu đi cho khỏi ngại
c-lo-doc-otp-giau-feedback = Bạn đừng ngại, ai cũng có thể bị lừa. Bạn gọi ngay số in trên thẻ để báo ngân hàng, rồi báo công an xã.
c-lo-doc-otp-bao-ngay = Gọi ngay số in trên thẻ để báo ngân hàng, rồi báo công an xã
c-lo-doc-otp-bao-ngay-feedback = Đúng vậy. Báo càng sớm, ngân hàng càng có cơ hội chặn tiền lại.

c-bao-156-prompt = Bạn vừa cúp một cuộc gọi lừa đảo và muốn báo cho cơ quan chức năng biết. Bạn gọi đường dây nóng nào?
c-bao-156-so-vua-goi = Số vừa gọi cho bạn, để mắng họ
c-bao-156-so-vua-goi-feedback = Gọi lại kẻ gian không giúp gì. Đường dây nóng để báo lừa đảo là 156.
c-bao-156-so-156 = 156
c-bao-156-so-156-feedback = Đúng vậy. Bạn gọi 156 để báo hoặc hỏi về cuộc gọi, tin nhắn lừa đảo.
c-bao-156-so-trong-tin = Số mà một tin nhắn lạ đưa ra để “báo lừa đảo”
c-bao-156-so-trong-tin-feedback = Tin nhắn lạ có thể đưa số của kẻ gian. Đường dây nóng để báo lừa đảo là 156.

c-bhxh-hoi-prompt = Có người gọi xưng bảo hiểm xã hội, nói bác được nhận tiền hỗ trợ Tết, chỉ cần đọc mã OTP. Bác muốn hỏi cho chắc. Bác làm gì?
c-bhxh-hoi-goi-1900 = Cúp máy, tự bấm số 1900 9068 để hỏi
c-bhxh-hoi-goi-1900-feedback = Đúng vậy. 1900 9068 là tổng đài thật của Bảo hiểm xã hội Việt Nam, và bạn tự bấm số đó.
c-bhxh-hoi-doc-otp = Đọc mã, vì mình được nhận tiền chứ có mất gì đâu
c-bhxh-hoi-doc-otp-feedback = Nhận tiền không bao giờ cần mã OTP. Bạn cúp máy và tự gọi 1900 9068 để hỏi.
c-bhxh-hoi-goi-lai = Gọi lại vào số vừa gọi cho mình
c-bhxh-hoi-goi-lai-feedback = Số đó là của người lạ. Bạn tự gọi 1900 9068, tổng đài thật của Bảo hiểm xã hội Việt Nam.

c-phat-nguoi-prompt = Bạn nhận tin nhắn báo xe máy của bạn bị phạt nguội, kèm link để nộp phạt trước 17 giờ. Bạn làm gì?
c-phat-nguoi-nop-ngay = Bấm vào nộp luôn cho kịp giờ
c-phat-nguoi-nop-ngay-feedback = Không bao giờ nộp phạt qua link trong tin nhắn. Bạn tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công quốc gia.
c-phat-nguoi-tu-tra-cuu = Không bấm; tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công
c-phat-nguoi-tu-tra-cuu-feedback = Đúng vậy. Bạn tự mở những nơi chính thức đó để xem xe có bị phạt không.
c-phat-nguoi-goi-so-trong-tin = Gọi số ghi trong tin để hỏi
c-phat-nguoi-goi-so-trong-tin-feedback = Số trong tin giả là số của kẻ gian. Bạn tự tra cứu trên ứng dụng VNeTraffic hoặc Cổng Dịch vụ công quốc gia.

c-zalo-con-xin-tien-prompt = Zalo của con trai nhắn: “Mẹ chuyển gấp 10 triệu vào tài khoản bạn con nhé.” Trước khi chuyển, bạn làm gì?
c-zalo-con-xin-tien-nhan-hoi-zalo = Nhắn hỏi lại ngay trên Zalo đó xem có đúng là con không
c-zalo-con-xin-tien-nhan-hoi-zalo-feedback = Nếu Zalo của con bị chiếm, kẻ gian sẽ trả lời thay con. Bạn gọi vào số điện thoại quen của con.
c-zalo-con-xin-tien-cho-video = Chờ con gọi video, thấy mặt là chuyển
c-zalo-con-xin-tien-cho-video-feedback = Video cũng làm giả được. Bạn gọi vào số điện thoại quen của con để hỏi.
c-zalo-con-xin-tien-goi-so-quen = Gọi vào số điện thoại quen của con
c-zalo-con-xin-tien-goi-so-quen-feedback = Đúng vậy. Nghe đúng giọng con qua số quen rồi mới tính; tiền chỉ chuyển vào tài khoản mang tên con.

c-cap-doi-can-cuoc-prompt = Có người nhắn: “Sau sáp nhập xã, căn cước cũ hết giá trị, phải nộp 50.000đ phí làm lại.” Bạn làm gì?
c-cap-doi-can-cuoc-khong-nop = Không trả; thẻ cũ vẫn dùng được, có gì thì hỏi thẳng công an xã
c-cap-doi-can-cuoc-khong-nop-feedback = Đúng vậy. Sau sáp nhập không bắt buộc đổi thẻ; muốn đổi cho đúng địa chỉ mới thì làm miễn phí trong ứng dụng VNeID.
c-cap-doi-can-cuoc-nop-tien = Nộp ngay cho xong, vì tiền ít
c-cap-doi-can-cuoc-nop-tien-feedback = Phí nhỏ chỉ là mồi để lấy tiền lớn hơn. Căn cước cũ vẫn dùng được; bạn hỏi thẳng công an xã.
c-cap-doi-can-cuoc-gui-anh = Gửi ảnh hai mặt thẻ để họ xem có phải làm lại không
c-cap-doi-can-cuoc-gui-anh-feedback = Đừng gửi ảnh căn cước cho người lạ. Căn cước cũ vẫn dùng được; bạn hỏi thẳng công an xã.

c-cong-an-khong-lam-prompt = Việc nào dưới đây công an thật không bao giờ làm?
c-cong-an-khong-lam-bao-zalo-thon = Nhờ trưởng thôn báo lịch làm căn cước trong nhóm Zalo của thôn
c-cong-an-khong-lam-bao-zalo-thon-feedback = Việc này có thể có: công an xã nhờ thôn báo tin chung. Điều công an không bao giờ làm là gọi điện hỏi mã OTP hay bảo chuyển tiền.
c-cong-an-khong-lam-hoi-otp = Gọi điện hỏi mã OTP, bảo chuyển tiền “để kiểm tra”
c-cong-an-khong-lam-hoi-otp-feedback = Đúng vậy. Công an không bao giờ hỏi mã OTP, mã passcode hay bảo chuyển tiền, dù qua điện thoại, Zalo hay video.
c-cong-an-khong-lam-giay-moi = Gửi giấy triệu tập bằng văn bản qua chính quyền địa phương
c-cong-an-khong-lam-giay-moi-feedback = Việc này là thật: giấy triệu tập (giấy mời lên làm việc) được gửi bằng giấy qua chính quyền địa phương. Điều công an không bao giờ làm là gọi điện hỏi mã OTP hay bảo chuyển tiền.
