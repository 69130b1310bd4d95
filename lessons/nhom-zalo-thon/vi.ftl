# Bài: Nhóm Zalo của thôn. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 10 (nhóm Zalo của thôn),
# 1.5 (cảnh báo của công an), 4.1 (kiểu lừa đảo A, D, N) và 11 (nhóm chat lừa đảo “làm nhiệm vụ”).
#
# Ứng dụng trong bài là “ứng dụng nhắn tin” giả lập, không phải Zalo: không ghi tên, không vẽ
# logo của ứng dụng thật nào. Bài chỉ nói nhiều thôn dùng nhóm Zalo.
# Tên nhãn trên Zalo đã kiểm chứng (domain.md mục 10), được nêu là chữ của Zalo: trưởng nhóm,
# phó nhóm, duyệt thành viên, bảng tin nhóm (nhắc hẹn, bình chọn, tin nhắn đã ghim, ghi chú),
# “Xác thực hai lớp”, “Khóa Zalo”.
# CHƯA KIỂM CHỨNG, nên chỉ dùng lời thường, không nói là tên nút thật: các bước vào nhóm bằng
# link hay mã QR, tắt thông báo, báo cáo tin nhắn (Zalo có thể gọi là “Báo xấu”, chưa kiểm chứng; bản tập gọi là “Báo tin xấu”), rời nhóm, cách gửi ảnh, gửi trả lời.
# Chỗ cần, bài nói “tên nút trên ứng dụng thật có thể khác”.
#
# Mỗi bước “chat” S có: S-title (tên nhóm hay tên người ở trên cùng), S-task (việc cần làm),
# S-hint (gợi ý khi làm chưa đúng), S-explain (vì sao đúng); S-by-F (tên người gửi F);
# S-msg-M (nội dung tin M; với bình chọn là câu hỏi); S-msg-M-O (lựa chọn O của bình chọn);
# S-reply-R (câu trả lời soạn sẵn R); S-photo-P (ảnh P trong máy người học cho thấy gì).
# Mọi tên người, tên thôn đều bịa. Số trong câu trả lời sai là số tập 000 000.
# Đường link duy nhất viết [.] để không bấm được. Lời giảng không dùng chữ “huyện”.

lesson-title = Nhóm Zalo của thôn
lesson-summary = Bạn tập dùng nhóm nhắn tin của thôn: đọc tin đã ghim, trả lời, bình chọn, gửi ảnh báo việc hỏng, tắt thông báo, và giữ an toàn trước tin lừa đảo trong nhóm.

## Luyện tập

gioi-thieu-text =
    Nhiều thôn có một nhóm nhắn tin chung, thường là nhóm Zalo. Trưởng thôn gửi vào đó lịch họp, lịch tiêm phòng, lịch cắt điện, tin của xã. Bà con báo việc chung, hỏi han nhau.
    Trong bài này, bạn tập trên một ứng dụng nhắn tin giả lập. Đây không phải Zalo hay một ứng dụng thật nào, nhưng cách dùng gần giống. Tên nút trên ứng dụng thật có thể khác.
    Nhóm trong bài là nhóm của thôn Đồng Tâm. Tên người, tên thôn đều bịa ra. Bạn gửi gì trong bài cũng không đến tay ai.
    Bạn sẽ tập đọc tin đã ghim, bấm thích, trả lời, bình chọn, gửi ảnh báo việc hỏng và tắt thông báo. Bạn cũng tập giữ an toàn: khi nào báo một tin xấu, khi nào chặn một người, khi nào rời một nhóm.
    Bấm nhầm cũng không sao. Bạn đọc gợi ý rồi làm lại.

vao-nhom-text =
    Thường thì trưởng thôn, hoặc người được trưởng thôn giao việc, thêm bạn vào nhóm. Cũng có khi họ đưa bạn một đường link hay một mã QR để bạn tự vào nhóm.
    Trên Zalo, người lập nhóm thường là trưởng nhóm. Trưởng nhóm có thể cử thêm phó nhóm. Trưởng nhóm, phó nhóm có thể duyệt thành viên mới, và mời người gửi tin xấu ra khỏi nhóm. Ở thôn Đồng Tâm trong bài, trưởng nhóm là ông Bình, trưởng thôn.
    Bạn chỉ vào nhóm khi chính trưởng thôn mời, hay đưa link, mã QR tận tay, ví dụ ở buổi họp thôn. Người lạ gửi link “nhóm thôn mới” thì bạn gọi hỏi trưởng thôn trước.
    Các bước vào nhóm bằng link hay mã QR mỗi ứng dụng một khác, tên nút trên ứng dụng thật có thể khác. Nếu chưa quen, bạn nhờ con cháu hay tổ công nghệ số làm cùng một lần.
    Vào nhóm, bạn không phải gửi gì cho ai: không số căn cước, không ảnh căn cước, không mã số nào.

lt-link-nhom-moi-prompt = Một tài khoản lạ nhắn riêng cho bạn: “Sau sáp nhập, thôn lập nhóm mới. Bác bấm link này để vào, nhóm cũ sắp bị xóa.” Bạn làm gì?
lt-link-nhom-moi-hoi-truong-thon = Chưa bấm, gọi hỏi trưởng thôn xem có nhóm mới thật không
lt-link-nhom-moi-hoi-truong-thon-feedback = Đúng rồi. Link vào nhóm của thôn phải do chính trưởng thôn đưa. Người lạ gửi link và giục “nhóm cũ sắp bị xóa” thì bạn hỏi trưởng thôn trước, bằng số điện thoại bạn đã có.
lt-link-nhom-moi-bam-ngay = Bấm link vào ngay, kẻo nhóm cũ bị xóa
lt-link-nhom-moi-bam-ngay-feedback = Kẻ gian hay giục cho bạn vội. Link từ người lạ có thể dẫn vào nhóm lừa đảo hay trang giả. Bạn chưa bấm, gọi hỏi trưởng thôn trước.
lt-link-nhom-moi-gui-can-cuoc = Gửi số căn cước cho người đó để được duyệt vào nhóm
lt-link-nhom-moi-gui-can-cuoc-feedback = Vào nhóm của thôn không cần số căn cước. Bạn không gửi gì cho người lạ, và gọi hỏi trưởng thôn xem có nhóm mới thật không.

bang-tin-text =
    Trong nhóm đông người, tin mới đẩy tin cũ trôi đi. Vì vậy tin quan trọng thường được ghim lại.
    Trong ứng dụng tập này, tin đã ghim nằm ở trên cùng, có hình cái ghim. Bấm vào là đọc được, dù tin đó gửi từ tuần trước.
    Trên Zalo, phần bảng tin nhóm gom bốn thứ: nhắc hẹn, bình chọn, tin nhắn đã ghim và ghi chú. Người mới vào nhóm vẫn xem được bảng tin nhóm.
    Mỗi ngày, bạn mở nhóm, đọc tin đã ghim trước, rồi mới đọc các tin khác.
    Muốn cho người gửi biết bạn đã đọc, bạn bấm thích vào đúng tin đó. Không cần viết gì thêm.

lt-doc-tin-ghim-title = Nhóm của thôn Đồng Tâm
lt-doc-tin-ghim-task = Trưởng thôn đã ghim một thông báo. Bạn đọc tin đã ghim, rồi bấm thích vào đúng tin đó để báo là bạn đã đọc.
lt-doc-tin-ghim-hint = Tin đã ghim là tin của trưởng thôn, nằm trên cùng, có hình cái ghim. Bạn bấm thích vào tin đó, không phải tin của hàng xóm.
lt-doc-tin-ghim-explain = Đúng rồi. Trưởng thôn nhìn số lượt thích là biết bao nhiêu nhà đã đọc, khỏi phải gọi từng nhà. Bạn nhớ mang chó, mèo đi tiêm phòng sáng thứ Bảy nhé.
lt-doc-tin-ghim-by-truong-thon = Ông Bình (trưởng thôn)
lt-doc-tin-ghim-by-chi-mai = Chị Mai
lt-doc-tin-ghim-by-co-lan = Cô Lan
lt-doc-tin-ghim-msg-tb = THÔNG BÁO: 7 giờ sáng thứ Bảy, cán bộ thú y tiêm phòng dại cho chó, mèo tại nhà văn hóa thôn. Bà con đọc rồi thì bấm thích vào tin này để tôi biết nhé.
lt-doc-tin-ghim-msg-cho = Sáng nay chợ có cá tươi, bà con ơi.
lt-doc-tin-ghim-msg-ga = Nhà ai mất con gà mái hoa, đang ở vườn nhà tôi.

lt-tra-loi-title = Nhóm của thôn Đồng Tâm
lt-tra-loi-task = Nhà bạn có hai người trên 60 tuổi muốn đi khám. Bạn chọn một câu trả lời soạn sẵn phù hợp nhất và gửi vào nhóm.
lt-tra-loi-hint = Trưởng thôn chỉ cần biết nhà bạn mấy người đi khám. Bạn chọn câu chỉ nói số người. Số căn cước thì không gửi vào nhóm: cả nhóm đều đọc được.
lt-tra-loi-explain = Đúng rồi. Câu trả lời ngắn, đúng điều trưởng thôn hỏi. Nếu trạm y tế cần xem giấy tờ, bạn mang căn cước đến tận nơi, không gửi số vào nhóm.
lt-tra-loi-by-truong-thon = Ông Bình (trưởng thôn)
lt-tra-loi-by-chu-hai = Chú Hai
lt-tra-loi-msg-hoi = Sáng thứ Năm, trạm y tế xã khám sức khỏe miễn phí cho người từ 60 tuổi. Hộ nào có người đi thì trả lời trong nhóm: mấy người.
lt-tra-loi-msg-chu-hai = Nhà tôi 1 người.
lt-tra-loi-reply-hoi-tien = Khám có mất tiền không?
lt-tra-loi-reply-hai-nguoi = Nhà tôi 2 người đi khám ạ.
lt-tra-loi-reply-kem-can-cuoc = Nhà tôi 2 người. Số căn cước của tôi là 000 000 000 000, anh ghi giúp.

lt-binh-chon-title = Nhóm của thôn Đồng Tâm
lt-binh-chon-task = Tối thứ Bảy nhà bạn có đám giỗ. Bạn chỉ đi họp được sáng Chủ nhật. Bạn bình chọn đúng giờ bạn đi được.
lt-binh-chon-hint = Bạn bấm vào cuộc bình chọn của trưởng thôn và chọn giờ bạn đi được: sáng Chủ nhật.
lt-binh-chon-explain = Đúng rồi. Bình chọn giúp trưởng thôn biết giờ nào đông người đi được nhất. Trên Zalo, các cuộc bình chọn cũng nằm trong bảng tin nhóm.
lt-binh-chon-by-truong-thon = Ông Bình (trưởng thôn)
lt-binh-chon-by-co-lan = Cô Lan
lt-binh-chon-msg-bc = Họp thôn bàn việc làm đường bê tông. Bà con chọn giờ họp:
lt-binh-chon-msg-bc-toi-t7 = Tối thứ Bảy, 19 giờ 30
lt-binh-chon-msg-bc-sang-cn = Sáng Chủ nhật, 8 giờ
lt-binh-chon-msg-ban = Tối thứ Bảy tôi bận, bà con ạ.

lt-cach-bao-prompt = Đèn đường ở đầu ngõ nhà bạn bị hỏng. Bạn muốn báo vào nhóm của thôn bằng ảnh. Bạn xếp các việc theo đúng thứ tự.
lt-cach-bao-hint = Phải có ảnh trước thì mới chọn được ảnh để gửi. Chọn ảnh xong mới viết kèm vài chữ, rồi mới bấm gửi.
lt-cach-bao-chup-anh = Đứng ở chỗ an toàn, chụp một ảnh rõ chỗ hỏng
lt-cach-bao-chon-anh = Trong nhóm của thôn, bấm gửi ảnh và chọn đúng ảnh vừa chụp
lt-cach-bao-viet-chu = Viết kèm một câu ngắn: ở đâu, hỏng gì
lt-cach-bao-gui-xem-lai = Bấm gửi, rồi xem lại tin vừa gửi

lt-den-hong-title = Nhóm của thôn Đồng Tâm
lt-den-hong-task = Tối qua, đèn đường ở đầu ngõ nhà bạn không sáng, cột đèn bị nghiêng. Bạn đã chụp ảnh. Bạn gửi đúng ảnh đó vào nhóm, kèm vài chữ nói đèn ở đâu.
lt-den-hong-hint = Bạn chọn ảnh cột đèn hỏng, không phải ảnh căn cước hay ảnh vườn rau. Nhớ viết kèm vài chữ, ví dụ: “Đèn đầu ngõ xóm Trên bị hỏng.”
lt-den-hong-explain = Đúng rồi. Một ảnh rõ kèm một câu ngắn “ở đâu, hỏng gì” giúp trưởng thôn báo xã sửa nhanh. Còn ảnh căn cước thì không bao giờ gửi vào nhóm.
lt-den-hong-by-truong-thon = Ông Bình (trưởng thôn)
lt-den-hong-by-anh-tuan = Anh Tuấn
lt-den-hong-msg-tb = Bà con thấy đèn đường, ống nước hay cầu cống hỏng thì chụp ảnh gửi vào nhóm, ghi rõ chỗ nào, để thôn báo xã sửa.
lt-den-hong-msg-mua = Tối nay trời mưa to, bà con đi lại cẩn thận.
lt-den-hong-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn
lt-den-hong-photo-den-hong = Ảnh cột đèn đường bị nghiêng, bóng đèn không sáng
lt-den-hong-photo-vuon-rau = Ảnh vườn rau nhà bạn

giu-an-toan-text =
    Nhóm của thôn có nhiều người, có cả người bạn không quen. Bạn gửi gì vào nhóm, ai cũng đọc được, lưu lại được, gửi đi nơi khác được.
    Vì vậy, không bao giờ gửi vào nhóm: mã OTP, mã passcode của VNeID, mật khẩu, ảnh căn cước, ảnh thẻ ngân hàng.
    Mã OTP là dãy số gửi về máy bạn khi chính bạn đang làm một việc, như chuyển tiền. Mã passcode VNeID là 6 số bạn tự đặt để xác nhận trong ứng dụng VNeID. Không ai cần những mã này của bạn, kể cả trưởng thôn, kể cả công an.
    Thấy tin trong nhóm đòi mã số, đòi ảnh căn cước, hay có link vay tiền, nhận quà: bạn không làm theo, bấm báo tin xấu ở tin đó, rồi gọi báo trưởng thôn. Trưởng nhóm, phó nhóm có thể mời người đó ra khỏi nhóm. Tên nút này trên ứng dụng thật có thể khác.
    Người nhắn riêng cho bạn, xưng “admin” hay “quản trị nhóm”, đòi tiền hay mã số: đó không phải trưởng nhóm của thôn. Bạn chặn người đó.
    Người xưng công an kéo bạn vào một “nhóm kín” để “làm việc riêng”: đó là lừa đảo. Bạn rời nhóm ngay.

lt-tin-xau-title = Nhóm của thôn Đồng Tâm
lt-tin-xau-task = Một tài khoản tên “Hỗ trợ bà con” vừa gửi tin vào nhóm. Bạn đọc kỹ tin đó. Bạn làm gì với tin đó?
lt-tin-xau-hint = Tin này đòi mã OTP, đó là lừa đảo. Bạn đừng gửi mã, cũng đừng rời nhóm của thôn. Bạn báo tin xấu ở tin nhắn của “Hỗ trợ bà con”.
lt-tin-xau-explain = Đúng rồi. Không ai phát tiền hỗ trợ bằng cách hỏi mã OTP. Bạn đã báo tin xấu. Bạn gọi thêm cho trưởng thôn, để trưởng nhóm mời người này ra khỏi nhóm và nhắc bà con đừng gửi mã.
lt-tin-xau-by-truong-thon = Ông Bình (trưởng thôn)
lt-tin-xau-by-ho-tro = Hỗ trợ bà con
lt-tin-xau-by-co-lan = Cô Lan
lt-tin-xau-msg-tb = Chủ nhật này tổng vệ sinh đường làng, 7 giờ sáng, mỗi hộ một người.
lt-tin-xau-msg-xau = Thôn được nhận tiền hỗ trợ 2 triệu mỗi hộ. Bà con nhận được mã OTP thì gửi ngay vào nhóm để tôi làm hồ sơ cho nhanh.
lt-tin-xau-msg-hoi = Thật không đấy, ai biết không?
lt-tin-xau-reply-gui-ma = Mã OTP của tôi là 000 000.
lt-tin-xau-reply-lam-ngay = Cảm ơn anh, để tôi làm ngay.

lt-admin-rieng-title = Quản trị nhóm thôn Đồng Tâm
lt-admin-rieng-task = Một tài khoản bạn không quen nhắn riêng cho bạn, xưng là quản trị nhóm của thôn. Trưởng nhóm của nhóm thôn là ông Bình, trưởng thôn. Bạn đọc tin, rồi làm việc an toàn nhất.
lt-admin-rieng-hint = Người này không phải ông Bình, lại đòi tiền và mã passcode. Bạn không trả lời, không chuyển tiền. Bạn chặn người này.
lt-admin-rieng-explain = Đúng rồi. Trưởng nhóm của nhóm thôn là trưởng thôn, người bạn biết mặt. Không ai thu “phí duy trì nhóm”, không ai cần mã passcode của bạn. Chặn xong, bạn gọi báo trưởng thôn để trưởng thôn nhắc cả nhóm.
lt-admin-rieng-by-qtv = Quản trị nhóm thôn Đồng Tâm
lt-admin-rieng-msg-chao = Chào bác, em là quản trị nhóm của thôn Đồng Tâm.
lt-admin-rieng-msg-doi = Nhóm sắp lọc thành viên. Bác chuyển 100.000đ phí duy trì nhóm vào tài khoản của em, rồi gửi em mã passcode VNeID để em xác minh. Không thì em xóa bác khỏi nhóm.
lt-admin-rieng-reply-gui-passcode = Passcode của tôi là 000 000.
lt-admin-rieng-reply-chuyen-ngay = Để tôi chuyển tiền ngay.

lt-nhom-kin-title = Ban chuyên án (nhóm kín)
lt-nhom-kin-task = Một người gọi điện xưng công an, bảo bạn vào nhóm này “để làm việc riêng”. Trong nhóm có mấy người xưng công an, viện kiểm sát. Bạn làm gì?
lt-nhom-kin-hint = Công an thật không điều tra hay giải quyết vụ việc qua nhóm nhắn tin, không bảo giữ bí mật, không đòi chuyển tiền. Bạn không trả lời, không chuyển tiền. Bạn rời khỏi nhóm này.
lt-nhom-kin-explain = Đúng rồi. Đây là “nhóm kín” của kẻ lừa đảo: mọi người trong nhóm đều là người của chúng, đóng vai công an, viện kiểm sát. Bạn rời nhóm, kể ngay với con cháu, và đến công an xã hỏi trực tiếp. Giấy mời của công an thật được gửi bằng giấy, qua chính quyền địa phương.
lt-nhom-kin-by-dieu-tra = Cán bộ điều tra Phạm Quang
lt-nhom-kin-by-kiem-sat = Kiểm sát viên Đỗ Minh
lt-nhom-kin-msg-mo = Bác có tên trong hồ sơ một đường dây rửa tiền. Bác được đưa vào nhóm kín này để làm việc riêng.
lt-nhom-kin-msg-vks = Viện kiểm sát xác nhận. Bác không được kể với ai, kể cả con cháu.
lt-nhom-kin-msg-tien = Bác kê khai hết tiền trong tài khoản, chuyển vào tài khoản tạm giữ trước 17 giờ hôm nay để chứng minh trong sạch.
lt-nhom-kin-reply-vang = Vâng, tôi kê khai ngay.
lt-nhom-kin-reply-khong-biet = Tôi không biết gì về chuyện này cả.

lt-tat-thong-bao-title = Nhóm của thôn Đồng Tâm
lt-tat-thong-bao-task = Đêm rồi, điện thoại vẫn kêu liên tục vì mọi người chúc mừng đám cưới. Bạn muốn ngủ yên, nhưng vẫn ở lại nhóm để không lỡ tin của thôn. Bạn làm gì?
lt-tat-thong-bao-hint = Rời nhóm thì bạn sẽ lỡ tin của thôn. Bạn tắt thông báo của nhóm: máy thôi kêu, bạn vẫn ở trong nhóm.
lt-tat-thong-bao-explain = Đúng rồi. Tắt thông báo thì điện thoại thôi kêu, nhưng tin vẫn về. Bạn nhớ mỗi ngày tự mở nhóm, đọc tin đã ghim. Tên nút trên ứng dụng thật có thể khác; nếu chưa tìm thấy, bạn nhờ con cháu chỉ một lần.
lt-tat-thong-bao-by-truong-thon = Ông Bình (trưởng thôn)
lt-tat-thong-bao-by-anh-tuan = Anh Tuấn
lt-tat-thong-bao-by-chi-mai = Chị Mai
lt-tat-thong-bao-by-chu-hai = Chú Hai
lt-tat-thong-bao-by-co-lan = Cô Lan
lt-tat-thong-bao-msg-tb = Lịch họp thôn: 8 giờ sáng Chủ nhật, tại nhà văn hóa thôn.
lt-tat-thong-bao-msg-c1 = Chúc mừng đám cưới cháu Hoa nhà bác Sáu!
lt-tat-thong-bao-msg-c2 = Chúc đôi trẻ trăm năm hạnh phúc!
lt-tat-thong-bao-msg-c3 = Chúc mừng, chúc mừng!
lt-tat-thong-bao-msg-c4 = Hạnh phúc nhé các cháu!
lt-tat-thong-bao-msg-c5 = Cả xóm vui quá!
lt-tat-thong-bao-reply-chuc-mung = Chúc mừng hai cháu!

lt-sau-khi-tat-prompt = Bạn đã tắt thông báo nhóm của thôn. Làm sao để bạn không lỡ lịch họp, lịch tiêm phòng?
lt-sau-khi-tat-tu-mo = Mỗi ngày tự mở nhóm, đọc tin đã ghim trước
lt-sau-khi-tat-tu-mo-feedback = Đúng rồi. Tắt thông báo thì máy không kêu, nhưng tin vẫn về nhóm. Mỗi ngày bạn mở nhóm một lần, đọc tin đã ghim trước là không lỡ việc của thôn.
lt-sau-khi-tat-cho-keu = Chờ điện thoại kêu rồi mới đọc
lt-sau-khi-tat-cho-keu-feedback = Đã tắt thông báo thì máy sẽ không kêu nữa. Bạn tự mở nhóm mỗi ngày, đọc tin đã ghim trước.
lt-sau-khi-tat-roi-luon = Rời nhóm luôn, ai báo gì thì nghe sau
lt-sau-khi-tat-roi-luon-feedback = Rời nhóm thì bạn lỡ hết tin của thôn. Bạn ở lại nhóm, mỗi ngày tự mở nhóm đọc tin đã ghim.

ghi-nho-text =
    Bạn nhớ mấy điều sau.
    Đọc tin đã ghim trước. Muốn báo đã đọc thì bấm thích. Trả lời ngắn, đúng điều trưởng thôn hỏi.
    Báo việc hỏng: một ảnh rõ, kèm một câu “ở đâu, hỏng gì”.
    Nhóm ồn thì tắt thông báo, đừng rời nhóm của thôn.
    Không bao giờ gửi vào nhóm mã OTP, mã passcode, mật khẩu, ảnh căn cước.
    Tin xấu trong nhóm: bấm báo tin xấu ở tin đó, rồi gọi báo trưởng thôn. Người nhắn riêng xưng “admin”, đòi tiền hay mã số: không phải trưởng nhóm, bạn chặn.
    Bị kéo vào “nhóm kín” của người xưng công an, hay nhóm “làm nhiệm vụ kiếm tiền”: bạn rời nhóm ngay, không chuyển tiền.
    Công an còn khuyên bật hai lớp bảo vệ cho tài khoản Zalo: “Xác thực hai lớp” và “Khóa Zalo” (đặt mã khóa ứng dụng). Nếu chưa biết bật, bạn nhờ con cháu hay tổ công nghệ số làm cùng.

## Bài kiểm tra cuối: trong nhóm

k-chon-ngay-tiem-title = Nhóm của thôn Đồng Tâm
k-chon-ngay-tiem-task = Sáng thứ Tư và sáng Chủ nhật bạn đi làm xa nhà. Bạn chỉ ở nhà sáng thứ Sáu. Bạn bình chọn ngày bạn ở nhà để đưa gà, vịt đi tiêm phòng.
k-chon-ngay-tiem-hint = Bạn chỉ ở nhà sáng thứ Sáu. Bạn bấm vào cuộc bình chọn của trưởng thôn và chọn ngày đó.
k-chon-ngay-tiem-explain = Đúng rồi. Bạn chọn sáng thứ Sáu, ngày bạn ở nhà. Trưởng thôn xem kết quả bình chọn để hẹn cán bộ thú y.
k-chon-ngay-tiem-by-truong-thon = Ông Bình (trưởng thôn)
k-chon-ngay-tiem-by-chi-mai = Chị Mai
k-chon-ngay-tiem-msg-bc = Cán bộ thú y về thôn tiêm phòng cho gà, vịt. Bà con chọn ngày tiện nhất:
k-chon-ngay-tiem-msg-bc-thu-tu = Sáng thứ Tư
k-chon-ngay-tiem-msg-bc-thu-sau = Sáng thứ Sáu
k-chon-ngay-tiem-msg-bc-chu-nhat = Sáng Chủ nhật
k-chon-ngay-tiem-msg-chon = Tôi chọn sáng Chủ nhật.

k-chon-cho-don-title = Nhóm của thôn Đồng Tâm
k-chon-cho-don-task = Chủ nhật thôn tổng vệ sinh. Bạn thấy mương nước cạnh trường học tắc nhiều rác nhất, nước đã tràn ra đường. Bạn bình chọn chỗ đó để dọn trước.
k-chon-cho-don-hint = Bạn bấm vào cuộc bình chọn của trưởng thôn và chọn mương nước cạnh trường học, chỗ bạn thấy bẩn nhất.
k-chon-cho-don-explain = Đúng rồi. Bạn chọn mương cạnh trường học, chỗ tắc nhất. Bình chọn giúp cả thôn biết nên dọn chỗ nào trước.
k-chon-cho-don-by-truong-thon = Ông Bình (trưởng thôn)
k-chon-cho-don-by-chu-hai = Chú Hai
k-chon-cho-don-msg-tb = Chủ nhật này tổng vệ sinh, 7 giờ sáng, mỗi hộ một người.
k-chon-cho-don-msg-bc = Bà con chọn chỗ dọn trước:
k-chon-cho-don-msg-bc-muong-truong = Mương nước cạnh trường học
k-chon-cho-don-msg-bc-duong-truc = Đường trục chính của thôn
k-chon-cho-don-msg-bc-bai-dat = Bãi đất sau nhà văn hóa
k-chon-cho-don-msg-y = Chỗ nào cũng được, tôi đi.

k-tra-loi-di-hop-title = Nhóm của thôn Đồng Tâm
k-tra-loi-di-hop-task = Bạn sẽ đi họp một mình. Bạn chọn một câu trả lời soạn sẵn phù hợp nhất và gửi vào nhóm.
k-tra-loi-di-hop-hint = Trưởng thôn chỉ cần biết nhà bạn mấy người đi họp. Bạn chọn câu nói đi được 1 người. Mã OTP thì không bao giờ gửi vào nhóm.
k-tra-loi-di-hop-explain = Đúng rồi. Câu trả lời ngắn, đúng điều trưởng thôn hỏi. Họp thôn không có mã điểm danh nào; mã OTP thì không gửi cho ai.
k-tra-loi-di-hop-by-truong-thon = Ông Bình (trưởng thôn)
k-tra-loi-di-hop-by-chu-hai = Chú Hai
k-tra-loi-di-hop-msg-hop = 19 giờ 30 tối thứ Sáu, họp thôn tại nhà văn hóa bàn việc góp tiền làm đường. Hộ nào đi được thì trả lời để thôn kê ghế.
k-tra-loi-di-hop-msg-tl = Nhà tôi đi 1 người.
k-tra-loi-di-hop-reply-otp = Tôi vừa nhận mã OTP 000 000, anh xem có phải mã điểm danh không?
k-tra-loi-di-hop-reply-di-mot = Nhà tôi đi được 1 người, anh nhé.
k-tra-loi-di-hop-reply-troi-dep = Hôm nay trời đẹp quá.

k-tra-loi-muc-2-title = Nhóm của thôn Đồng Tâm
k-tra-loi-muc-2-task = Bố mẹ bạn chưa có tài khoản định danh mức 2, và sẽ đi sáng thứ Năm. Bạn chọn một câu trả lời soạn sẵn phù hợp nhất và gửi vào nhóm.
k-tra-loi-muc-2-hint = Trưởng thôn chỉ hỏi số người đi. Bạn chọn câu nói nhà bạn 2 người. Không gửi ảnh căn cước hay mã passcode vào nhóm.
k-tra-loi-muc-2-explain = Đúng rồi. Bạn chỉ báo số người. Tài khoản mức 2 làm trực tiếp tại công an xã: bố mẹ bạn mang căn cước đến, không ai cần ảnh căn cước hay mã passcode trong nhóm.
k-tra-loi-muc-2-by-truong-thon = Ông Bình (trưởng thôn)
k-tra-loi-muc-2-by-co-lan = Cô Lan
k-tra-loi-muc-2-msg-tb = Công an xã nhắn: ai chưa có tài khoản định danh điện tử mức 2 thì mang căn cước gắn chip và điện thoại có số thuê bao đứng tên mình đến trụ sở công an xã, sáng thứ Năm tuần này. Hộ nào có người đi thì trả lời số người.
k-tra-loi-muc-2-msg-tl = Nhà tôi 1 người.
k-tra-loi-muc-2-reply-gui-anh = Tôi chụp hai mặt căn cước của bố mẹ gửi vào đây cho anh nhé.
k-tra-loi-muc-2-reply-passcode = Mẹ tôi có VNeID rồi, passcode là 000 000.
k-tra-loi-muc-2-reply-hai-nguoi = Nhà tôi 2 người, sáng thứ Năm.
k-tra-loi-muc-2-photo-can-cuoc = Ảnh chụp thẻ căn cước của mẹ bạn

k-thich-cat-dien-title = Nhóm của thôn Đồng Tâm
k-thich-cat-dien-task = Bạn đã đọc thông báo cắt điện. Bạn báo cho trưởng thôn biết là bạn đã đọc, đúng cách trưởng thôn dặn.
k-thich-cat-dien-hint = Trưởng thôn dặn bấm thích vào tin đã ghim. Bạn bấm thích vào tin của trưởng thôn, không phải tin của anh Tuấn.
k-thich-cat-dien-explain = Đúng rồi. Một lượt thích vào tin đã ghim là đủ để trưởng thôn biết bạn đã đọc.
k-thich-cat-dien-by-truong-thon = Ông Bình (trưởng thôn)
k-thich-cat-dien-by-anh-tuan = Anh Tuấn
k-thich-cat-dien-msg-tb = Điện lực báo: thứ Ba tuần sau cắt điện từ 7 giờ đến 11 giờ để sửa đường dây. Bà con đọc rồi thì bấm thích vào tin này nhé.
k-thich-cat-dien-msg-xay-lua = Thứ Ba tôi định xay lúa, may mà biết trước.

k-thich-cam-on-title = Nhóm của thôn Đồng Tâm
k-thich-cam-on-task = Trưởng thôn vừa nhắn cảm ơn bà con về con đường mới. Bạn muốn đáp lại lời cảm ơn đó bằng một lượt thích, không cần viết gì.
k-thich-cam-on-hint = Bạn bấm thích vào tin cảm ơn của trưởng thôn lúc 17 giờ 30, không phải tin đã ghim.
k-thich-cam-on-explain = Đúng rồi. Một lượt thích vào đúng tin cảm ơn là lời đáp ngắn gọn, không làm nhóm thêm ồn.
k-thich-cam-on-by-truong-thon = Ông Bình (trưởng thôn)
k-thich-cam-on-by-chu-hai = Chú Hai
k-thich-cam-on-msg-tb = Lịch thu gom rác: sáng thứ Hai và sáng thứ Năm hằng tuần.
k-thich-cam-on-msg-cam-on = Đường bê tông xóm Dưới đã làm xong. Cảm ơn bà con đã góp công, góp sức!
k-thich-cam-on-msg-dep = Đường đẹp quá!

k-bao-cay-do-title = Nhóm của thôn Đồng Tâm
k-bao-cay-do-task = Sáng nay một cây to đổ chắn ngang đường vào xóm Trên. Bạn đã đứng xa chụp ảnh. Bạn gửi ảnh đó vào nhóm, kèm vài chữ nói cây đổ ở đâu.
k-bao-cay-do-hint = Bạn chọn ảnh cây đổ chắn đường, viết kèm vài chữ, ví dụ: “Cây đổ chắn đường vào xóm Trên.” Ảnh căn cước thì không gửi vào nhóm.
k-bao-cay-do-explain = Đúng rồi. Ảnh rõ kèm một câu “ở đâu” giúp thôn đến dọn nhanh và bà con tránh đường đó.
k-bao-cay-do-by-chi-mai = Chị Mai
k-bao-cay-do-by-truong-thon = Ông Bình (trưởng thôn)
k-bao-cay-do-msg-gio = Đêm qua gió to quá.
k-bao-cay-do-msg-dan = Bà con thấy chỗ nào cây đổ, dây điện đứt thì chụp ảnh báo vào nhóm. Nhớ đứng xa dây điện.
k-bao-cay-do-photo-vuon-rau = Ảnh vườn rau nhà bạn
k-bao-cay-do-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn
k-bao-cay-do-photo-cay-do = Ảnh cây to đổ chắn ngang đường làng

k-bao-ong-nuoc-title = Nhóm của thôn Đồng Tâm
k-bao-ong-nuoc-task = Bạn thấy đường ống nước cạnh cổng trường bị vỡ, nước phun ra đường. Bạn đã chụp ảnh. Bạn gửi ảnh chỗ vỡ vào nhóm, kèm vài chữ nói ở đâu.
k-bao-ong-nuoc-hint = Bạn chọn ảnh ống nước bị vỡ, viết kèm vài chữ nói ở đâu. Ảnh tin nhắn có mã OTP và ảnh căn cước thì không bao giờ gửi vào nhóm.
k-bao-ong-nuoc-explain = Đúng rồi. Ảnh chỗ vỡ kèm một câu “ở đâu” giúp thôn báo sửa sớm, đỡ mất nước cho cả xóm.
k-bao-ong-nuoc-by-truong-thon = Ông Bình (trưởng thôn)
k-bao-ong-nuoc-by-co-lan = Cô Lan
k-bao-ong-nuoc-msg-tb = Nước sạch của thôn: thấy đường ống vỡ, rò nước thì chụp ảnh gửi vào nhóm, ghi rõ chỗ nào.
k-bao-ong-nuoc-msg-yeu = Sao nước nhà tôi hôm nay yếu thế nhỉ?
k-bao-ong-nuoc-photo-ong-vo = Ảnh ống nước bị vỡ, nước phun ra đường
k-bao-ong-nuoc-photo-tin-otp = Ảnh chụp màn hình tin nhắn có mã OTP
k-bao-ong-nuoc-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn

k-bao-cao-vay-title = Nhóm của thôn Đồng Tâm
k-bao-cao-vay-task = Trong nhóm của thôn có một tin lạ. Bạn làm gì với tin đó?
k-bao-cao-vay-hint = Tin quảng cáo vay tiền có link lạ và đòi nộp phí trước là tin lừa đảo. Bạn đừng rời nhóm của thôn. Bạn báo tin xấu ở tin của “Vay nhanh 24h”.
k-bao-cao-vay-explain = Đúng rồi. Vay tiền mà phải nộp phí trước là lừa đảo. Bạn báo tin xấu ở tin đó, không bấm link, rồi gọi báo trưởng thôn để trưởng nhóm mời người này ra khỏi nhóm.
k-bao-cao-vay-by-truong-thon = Ông Bình (trưởng thôn)
k-bao-cao-vay-by-chu-hai = Chú Hai
k-bao-cao-vay-by-vay-nhanh = Vay nhanh 24h
k-bao-cao-vay-by-co-lan = Cô Lan
k-bao-cao-vay-msg-tb = Chủ nhật này tổng vệ sinh đường làng, 7 giờ sáng, mỗi hộ một người.
k-bao-cao-vay-msg-di = Nhà tôi đi được.
k-bao-cao-vay-msg-vay = Vay 50 triệu không cần thế chấp, duyệt trong 5 phút! Vào vaynhanh-24h[.]vip, nộp trước 2 triệu phí hồ sơ.
k-bao-cao-vay-msg-hoi = Ai cho người này vào nhóm thế?

k-bao-cao-qua-tet-title = Nhóm của thôn Đồng Tâm
k-bao-cao-qua-tet-task = Trong nhóm của thôn, một tài khoản tên “Quà Tết xã” vừa gửi tin. Bạn làm gì với tin đó?
k-bao-cao-qua-tet-hint = Tin này đòi ảnh căn cước và mã OTP trong nhóm, đó là lừa đảo. Bạn không gửi ảnh, không trả lời. Bạn báo tin xấu ở tin của “Quà Tết xã”.
k-bao-cao-qua-tet-explain = Đúng rồi. Quà của xã không bao giờ đòi ảnh căn cước hay mã OTP trong nhóm. Bạn báo tin xấu ở tin đó, rồi gọi báo trưởng thôn.
k-bao-cao-qua-tet-by-qua-tet = Quà Tết xã
k-bao-cao-qua-tet-by-co-lan = Cô Lan
k-bao-cao-qua-tet-by-chu-hai = Chú Hai
k-bao-cao-qua-tet-msg-qua = Xã phát quà Tết cho người cao tuổi. Bà con chụp hai mặt căn cước gửi vào nhóm, kèm mã OTP vừa nhận, để được ghi tên.
k-bao-cao-qua-tet-msg-hoi = Tôi gửi luôn nhé?
k-bao-cao-qua-tet-msg-khoan = Khoan đã, cô ơi.
k-bao-cao-qua-tet-reply-gui-ngay = Tôi gửi ngay đây.
k-bao-cao-qua-tet-reply-cam-on = Cảm ơn xã nhiều.
k-bao-cao-qua-tet-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn

k-tat-thong-bao-title = Nhóm của thôn Đồng Tâm
k-tat-thong-bao-task = Tối nay nhiều người trong nhóm bàn chuyện bóng đá, máy bạn kêu mãi. Bạn cần ngủ sớm, nhưng vẫn muốn nhận tin của thôn. Bạn làm gì?
k-tat-thong-bao-hint = Rời nhóm thì bạn lỡ tin của thôn. Bạn tắt thông báo của nhóm: máy thôi kêu, bạn vẫn ở trong nhóm.
k-tat-thong-bao-explain = Đúng rồi. Tắt thông báo thì máy không kêu nữa mà tin vẫn về. Sáng mai bạn tự mở nhóm, đọc tin đã ghim.
k-tat-thong-bao-by-truong-thon = Ông Bình (trưởng thôn)
k-tat-thong-bao-by-anh-tuan = Anh Tuấn
k-tat-thong-bao-by-chu-hai = Chú Hai
k-tat-thong-bao-by-chi-mai = Chị Mai
k-tat-thong-bao-msg-tb = Lịch tiêm chủng cho trẻ em: sáng mùng 5 hằng tháng, tại trạm y tế xã.
k-tat-thong-bao-msg-b1 = Trận bóng bắt đầu rồi, cả xóm ơi!
k-tat-thong-bao-msg-b2 = Vào rồi! Vào rồi!
k-tat-thong-bao-msg-b3 = Đá hay quá!
k-tat-thong-bao-msg-b4 = Còn mười phút nữa thôi.
k-tat-thong-bao-msg-b5 = Thắng rồi, bà con ơi!
k-tat-thong-bao-reply-hay-qua = Hay quá!

k-roi-nhom-kin-title = Làm việc riêng (nhóm kín)
k-roi-nhom-kin-task = Sau một cuộc gọi xưng công an, bạn được thêm vào nhóm này. Bạn làm gì?
k-roi-nhom-kin-hint = Công an thật không điều tra hay giải quyết vụ việc qua nhóm nhắn tin, không đòi tiền, không bảo gửi ảnh căn cước vào nhóm. Bạn không gửi gì, không trả lời. Bạn rời khỏi nhóm này.
k-roi-nhom-kin-explain = Đúng rồi. “Nhóm kín để làm việc riêng” là chiêu của kẻ lừa đảo giả công an, tòa án. Bạn rời nhóm, kể với con cháu, và đến công an xã hỏi trực tiếp nếu lo.
k-roi-nhom-kin-by-can-bo = Cán bộ Lê Hùng
k-roi-nhom-kin-by-toa-an = Thư ký tòa án Vũ Lan
k-roi-nhom-kin-msg-mo = Bác có tên trong hồ sơ một vụ lừa đảo. Bác được đưa vào nhóm kín này để làm việc riêng, không được kể với ai.
k-roi-nhom-kin-msg-toa = Tòa án xác nhận. Nếu bác hợp tác thì bác không bị bắt.
k-roi-nhom-kin-msg-doi = Bác gửi ảnh hai mặt căn cước vào nhóm, rồi chuyển tiền tiết kiệm vào tài khoản tạm giữ để kiểm tra.
k-roi-nhom-kin-reply-vang = Vâng, tôi làm ngay.
k-roi-nhom-kin-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn

k-roi-nhom-nhiem-vu-title = Việc làm thêm tại nhà
k-roi-nhom-nhiem-vu-task = Một người lạ thêm bạn vào nhóm này. Trong nhóm ai cũng khoe kiếm được tiền. Bạn làm gì?
k-roi-nhom-nhiem-vu-hint = Trả tiền nhỏ trước rồi bắt nạp tiền lớn là lừa đảo “làm nhiệm vụ”. Bạn không nạp tiền, không trả lời. Bạn rời khỏi nhóm này.
k-roi-nhom-nhiem-vu-explain = Đúng rồi. Trong nhóm lừa đảo, những người khoe tiền đều là người của kẻ gian. Lúc đầu họ trả vài chục nghìn cho bạn tin, rồi bắt nạp tiền lớn và không cho rút. Bạn rời nhóm, không nạp đồng nào.
k-roi-nhom-nhiem-vu-by-quan-ly = Quản lý Thu Trang
k-roi-nhom-nhiem-vu-by-tv-mot = Hồng Nhung
k-roi-nhom-nhiem-vu-by-tv-hai = Minh Khôi
k-roi-nhom-nhiem-vu-msg-chao = Chào thành viên mới! Mỗi ngày bấm đánh giá 5 sao cho quán ăn trên bản đồ, nhận 10.000đ một lượt.
k-roi-nhom-nhiem-vu-msg-khoe = Hôm nay em rút được 50.000đ rồi!
k-roi-nhom-nhiem-vu-msg-nap = Nhiệm vụ mới: nạp 3.000.000đ, nhận lại 3.600.000đ sau 1 giờ.
k-roi-nhom-nhiem-vu-msg-khoe-2 = Em nạp rồi, nhận đủ luôn, mọi người nhanh tay!
k-roi-nhom-nhiem-vu-reply-tham-gia = Tôi tham gia với.

k-chan-pho-nhom-gia-title = Phó nhóm thôn Đồng Tâm
k-chan-pho-nhom-gia-task = Một tài khoản bạn không quen nhắn riêng, xưng là phó nhóm của nhóm thôn. Trưởng nhóm của nhóm thôn là ông Bình, trưởng thôn. Bạn làm gì?
k-chan-pho-nhom-gia-hint = Người này đòi tiền và mã OTP, đó không phải việc của trưởng nhóm hay phó nhóm. Bạn không trả lời, không chuyển tiền. Bạn chặn người này.
k-chan-pho-nhom-gia-explain = Đúng rồi. Nhóm của thôn không thu phí, và không ai cần mã OTP của bạn. Chặn xong, bạn gọi báo ông Bình để ông nhắc cả nhóm.
k-chan-pho-nhom-gia-by-gia = Phó nhóm thôn Đồng Tâm
k-chan-pho-nhom-gia-msg-chao = Chào chị, em là phó nhóm của nhóm thôn Đồng Tâm.
k-chan-pho-nhom-gia-msg-phi = Nhóm đổi sang bản mới, mỗi hộ đóng 50.000đ phí duy trì. Chị chuyển vào tài khoản của em, rồi gửi em mã OTP vừa về máy để em giữ chị ở lại nhóm.
k-chan-pho-nhom-gia-reply-da-chuyen = Chị chuyển rồi, mã của chị là 000 000.
k-chan-pho-nhom-gia-reply-hoi-ai = Em là ai?

k-chan-truong-thon-gia-title = Ông Bình trưởng thôn (tài khoản mới)
k-chan-truong-thon-gia-task = Tối nay, một tài khoản mới mang tên trưởng thôn nhắn riêng cho bạn. Số điện thoại của trưởng thôn đã có sẵn trong danh bạ của bạn. Bạn làm gì ngay trong cuộc trò chuyện này?
k-chan-truong-thon-gia-hint = Trưởng thôn thật không bao giờ xin mã passcode hay ảnh căn cước. Bạn không gửi gì, không trả lời. Bạn chặn tài khoản này.
k-chan-truong-thon-gia-explain = Đúng rồi. Tên người gửi làm giả được. Không ai cần mã passcode hay ảnh căn cước của bạn. Chặn xong, bạn gọi vào số trưởng thôn có sẵn trong danh bạ để báo.
k-chan-truong-thon-gia-by-gia = Ông Bình trưởng thôn
k-chan-truong-thon-gia-msg-doi-tk = Bác ơi, tôi là Bình trưởng thôn đây, tôi đổi tài khoản mới.
k-chan-truong-thon-gia-msg-xin = Xã đang làm danh sách nhận hỗ trợ. Bác chụp hai mặt căn cước gửi tôi, và đọc mã passcode VNeID cho tôi nhé, gấp lắm.
k-chan-truong-thon-gia-reply-passcode = Passcode của tôi là 000 000.
k-chan-truong-thon-gia-photo-can-cuoc = Ảnh chụp thẻ căn cước của bạn

## Bài kiểm tra cuối: hiểu biết

kt-ai-xem-otp-prompt = Trong nhóm của thôn, một người nhắn: “Ai nhận được mã OTP thì gửi vào nhóm để được ghi tên nhận hỗ trợ.” Ai được biết mã OTP của bạn?
kt-ai-xem-otp-khong-ai = Không ai cả
kt-ai-xem-otp-khong-ai-feedback = Đúng rồi. Mã OTP chỉ để chính bạn nhập vào ứng dụng của mình. Không ai được biết, kể cả trưởng thôn hay công an.
kt-ai-xem-otp-truong-thon = Trưởng thôn, vì trưởng thôn quản lý nhóm
kt-ai-xem-otp-truong-thon-feedback = Trưởng thôn không cần mã OTP của bạn. Mã OTP giống chìa khóa nhà: không ai được biết.
kt-ai-xem-otp-nguoi-quen = Người trong nhóm mà bạn quen lâu năm
kt-ai-xem-otp-nguoi-quen-feedback = Người quen cũng không cần mã OTP của bạn, và tài khoản của người quen có thể bị kẻ gian chiếm. Không ai được biết mã này.
kt-ai-xem-otp-cong-an = Công an xã, nếu họ hỏi trong nhóm
kt-ai-xem-otp-cong-an-feedback = Công an không bao giờ hỏi mã OTP. Ai hỏi mã OTP, dù xưng là ai, cũng là dấu hiệu lừa đảo.

kt-anh-can-cuoc-prompt = Tài khoản mang tên phó nhóm nhắn trong nhóm của thôn: “Thôn làm danh sách hộ khó khăn, bà con chụp hai mặt căn cước gửi vào nhóm nhé.” Bạn làm gì?
kt-anh-can-cuoc-gui-vi-pho-nhom = Gửi vào nhóm, vì phó nhóm là người của thôn
kt-anh-can-cuoc-gui-vi-pho-nhom-feedback = Gửi vào nhóm thì ai cũng lưu được ảnh căn cước của bạn, và tài khoản phó nhóm có thể bị chiếm. Bạn không gửi, gọi hỏi trực tiếp trưởng thôn.
kt-anh-can-cuoc-khong-gui-hoi = Không gửi, gọi hỏi trực tiếp trưởng thôn
kt-anh-can-cuoc-khong-gui-hoi-feedback = Đúng rồi. Ảnh căn cước không bao giờ gửi vào nhóm. Nếu thôn cần giấy tờ thật, trưởng thôn sẽ hẹn bạn mang đến tận nơi.
kt-anh-can-cuoc-gui-rieng = Gửi riêng cho phó nhóm, không gửi vào nhóm
kt-anh-can-cuoc-gui-rieng-feedback = Gửi riêng vẫn là gửi ảnh căn cước qua mạng, cho một tài khoản có thể đã bị chiếm. Bạn không gửi, gọi hỏi trực tiếp trưởng thôn.
kt-anh-can-cuoc-che-so = Chụp lại, che bớt vài số rồi gửi
kt-anh-can-cuoc-che-so-feedback = Che vài số thì ảnh vẫn lộ tên, ngày sinh, khuôn mặt của bạn. Bạn không gửi, gọi hỏi trực tiếp trưởng thôn.

kt-them-vao-nhom-prompt = Một người lạ nhắn riêng: “Bác gửi cháu số căn cước và mã OTP vừa về máy, cháu thêm bác vào nhóm của thôn.” Bạn làm gì?
kt-them-vao-nhom-gui-het = Gửi cả hai cho nhanh
kt-them-vao-nhom-gui-het-feedback = Vào nhóm của thôn không cần số căn cước hay mã OTP. Bạn không gửi gì, hỏi trưởng thôn cách vào nhóm.
kt-them-vao-nhom-gui-so = Chỉ gửi số căn cước, giữ lại mã OTP
kt-them-vao-nhom-gui-so-feedback = Số căn cước cũng không gửi cho người lạ, và vào nhóm không cần nó. Bạn không gửi gì, hỏi trưởng thôn cách vào nhóm.
kt-them-vao-nhom-khong-gui = Không gửi gì, hỏi trưởng thôn cách vào nhóm
kt-them-vao-nhom-khong-gui-feedback = Đúng rồi. Trưởng thôn thêm bạn vào nhóm, hay đưa link, mã QR tận tay, mà không cần mã số nào của bạn.

kt-tat-hay-roi-prompt = Nhóm của thôn nhiều tin quá, điện thoại kêu cả ngày. Bạn làm gì là tốt nhất?
kt-tat-hay-roi-tat-thong-bao = Tắt thông báo của nhóm, mỗi ngày tự mở đọc tin đã ghim
kt-tat-hay-roi-tat-thong-bao-feedback = Đúng rồi. Máy thôi kêu, bạn vẫn ở trong nhóm và không lỡ tin của thôn.
kt-tat-hay-roi-roi-nhom = Rời khỏi nhóm cho yên
kt-tat-hay-roi-roi-nhom-feedback = Rời nhóm thì bạn lỡ tin của thôn. Bạn tắt thông báo của nhóm, mỗi ngày tự mở đọc tin đã ghim.
kt-tat-hay-roi-chan-truong-thon = Chặn trưởng thôn để bớt tin
kt-tat-hay-roi-chan-truong-thon-feedback = Tin của trưởng thôn là tin quan trọng nhất. Bạn tắt thông báo của nhóm, mỗi ngày tự mở đọc tin đã ghim.
kt-tat-hay-roi-tat-may = Tắt điện thoại cả ngày
kt-tat-hay-roi-tat-may-feedback = Tắt máy thì con cháu gọi cũng không được. Bạn chỉ cần tắt thông báo của nhóm.

kt-tin-ghim-prompt = Tuần trước trưởng thôn báo lịch họp và ghim tin đó lại. Từ đó đến nay nhóm có hàng trăm tin mới. Bạn tìm lịch họp ở đâu cho nhanh?
kt-tin-ghim-goi-tung-nha = Gọi điện hỏi từng nhà hàng xóm
kt-tin-ghim-goi-tung-nha-feedback = Hỏi hàng xóm cũng được, nhưng mất công. Lịch họp đã được ghim, bạn mở phần tin nhắn đã ghim là thấy ngay.
kt-tin-ghim-xem-tin-ghim = Mở phần tin nhắn đã ghim trong bảng tin nhóm
kt-tin-ghim-xem-tin-ghim-feedback = Đúng rồi. Tin đã ghim không bị trôi đi. Bạn mở phần tin nhắn đã ghim là thấy lịch họp ngay.
kt-tin-ghim-roi-vao-lai = Rời nhóm rồi xin vào lại cho tin hiện lên đầu
kt-tin-ghim-roi-vao-lai-feedback = Rời nhóm rồi vào lại không làm tin cũ hiện lên, mà còn phiền trưởng thôn. Bạn mở phần tin nhắn đã ghim.
kt-tin-ghim-mat-han = Không tìm được nữa, tin cũ trôi đi là mất
kt-tin-ghim-mat-han-feedback = Tin đã ghim không mất. Bạn mở phần tin nhắn đã ghim là thấy lịch họp.

kt-viet-kem-anh-prompt = Bạn chụp ảnh cái cống bị sập ở đường làng để gửi vào nhóm của thôn. Bạn viết kèm gì?
kt-viet-kem-anh-khong-viet = Không cần viết gì, ảnh là đủ
kt-viet-kem-anh-khong-viet-feedback = Chỉ nhìn ảnh, trưởng thôn khó biết cống ở đâu. Bạn viết kèm một câu ngắn: ở đâu, hỏng thế nào.
kt-viet-kem-anh-so-can-cuoc = Số căn cước và ngày sinh của mình, để xã biết ai báo
kt-viet-kem-anh-so-can-cuoc-feedback = Tên tài khoản của bạn đã cho biết ai báo. Số căn cước thì không gửi vào nhóm. Bạn viết: cống ở đâu, hỏng thế nào.
kt-viet-kem-anh-o-dau = Cống ở đâu, hỏng thế nào
kt-viet-kem-anh-o-dau-feedback = Đúng rồi. Một câu ngắn “ở đâu, hỏng thế nào” kèm ảnh rõ là đủ để thôn báo xã sửa.

kt-khong-dang-prompt = Những thứ nào không bao giờ được gửi vào nhóm của thôn? Bạn chọn tất cả các ý đúng.
kt-khong-dang-otp = Mã OTP vừa gửi về máy
kt-khong-dang-otp-feedback = Đúng. Mã OTP chỉ để chính bạn nhập vào ứng dụng của mình.
kt-khong-dang-lich-hop = Câu trả lời “Nhà tôi đi họp 1 người”
kt-khong-dang-lich-hop-feedback = Câu trả lời này gửi vào nhóm được: nó chỉ báo số người đi họp, không lộ gì riêng của bạn.
kt-khong-dang-passcode = Mã passcode của VNeID
kt-khong-dang-passcode-feedback = Đúng. Mã passcode VNeID là 6 số chỉ mình bạn biết.
kt-khong-dang-anh-den = Ảnh cột đèn đường bị hỏng
kt-khong-dang-anh-den-feedback = Ảnh việc hỏng của thôn thì nên gửi vào nhóm, kèm vài chữ nói ở đâu.
kt-khong-dang-anh-can-cuoc = Ảnh căn cước
kt-khong-dang-anh-can-cuoc-feedback = Đúng. Ảnh căn cước gửi vào nhóm thì ai cũng lưu lại được, kẻ gian có thể dùng để mạo danh bạn.

kt-duyet-thanh-vien-prompt = Trong nhóm của thôn, ai có thể duyệt người mới vào nhóm và mời người gửi tin xấu ra khỏi nhóm?
kt-duyet-thanh-vien-ai-cung = Bất kỳ ai trong nhóm
kt-duyet-thanh-vien-ai-cung-feedback = Không phải ai cũng làm được việc này. Đó là việc của trưởng nhóm và phó nhóm.
kt-duyet-thanh-vien-truong-pho = Trưởng nhóm và phó nhóm
kt-duyet-thanh-vien-truong-pho-feedback = Đúng rồi. Trưởng nhóm, thường là người lập nhóm, cử phó nhóm. Hai người này duyệt thành viên mới và mời người gửi tin xấu ra khỏi nhóm.
kt-duyet-thanh-vien-admin-rieng = Người nhắn riêng cho bạn, xưng là admin và đòi thu phí
kt-duyet-thanh-vien-admin-rieng-feedback = Người nhắn riêng đòi tiền không phải trưởng nhóm của thôn: bạn chặn người đó. Việc duyệt thành viên là của trưởng nhóm và phó nhóm.
