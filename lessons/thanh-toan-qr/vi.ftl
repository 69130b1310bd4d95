# Bài: Thanh toán bằng mã QR. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 3 (VietQR) và mục 4.1,
# kiểu lừa đảo L (mã QR bị dán đè).
#
# Mỗi bước “qr-pay” S có ba mã: S-task (tình huống), S-hint (gợi ý khi chọn chưa đúng),
# S-explain (vì sao đúng, hiện sau khi chọn đúng).
# Tên người nhận trên màn hình xác nhận viết IN HOA, KHÔNG DẤU như ứng dụng ngân hàng hiện.
# Tài khoản tập của người học mang tên HOC VIEN HOC SO.
# Mọi tên người đều bịa. Số tài khoản là tài khoản tập: chữ HOCSOMAU rồi chữ số
# (xem lesson.toml). Tài khoản thật chỉ có chữ số, nên không ngân hàng nào có tài
# khoản này: quét mã tập bằng điện thoại thật cũng không chuyển được tiền.
# Số tiền viết kiểu Việt Nam: 45.000 đồng.
# Xác thực khuôn mặt khi chuyển khoản lớn: ../shared/domain.md §1.6 (ngưỡng 10 triệu
# đồng một lần, 20 triệu đồng một ngày); tin nhắn giả “cập nhật sinh trắc học”: §4.4.
# Không ghi tên nút, tên mục của ứng dụng ngân hàng thật (mỗi ngân hàng một kiểu, domain.md
# không ghi), nên bài chỉ nói “nút trả tiền”, “từ chối”, “nút quét mã QR”.

lesson-title = Thanh toán bằng mã QR
lesson-summary = Bạn tập quét mã QR để trả tiền, đọc kỹ tên người nhận và số tiền trước khi bấm trả, nhận ra mã bị dán đè, và nhận tiền bằng mã QR của chính mình.

## Luyện tập

gioi-thieu-text =
    Ngày nay nhiều quán ăn, cửa hàng, sạp chợ có một ô vuông nhiều chấm đen trắng để khách trả tiền. Đó là mã QR.
    Mã QR chuyển khoản ở Việt Nam thường theo một chuẩn chung, gọi là VietQR. Một mã VietQR dùng được với mọi ứng dụng ngân hàng và ví điện tử có hỗ trợ VietQR. Quán dùng ngân hàng này, bạn dùng ngân hàng khác, vẫn trả được.
    Trong mã có ghi ngân hàng và số tài khoản của người nhận tiền. Có mã còn ghi sẵn số tiền.
    Bạn quét mã bằng ứng dụng ngân hàng trên điện thoại của mình. Tiền đi từ tài khoản của bạn sang tài khoản người nhận. Tiền chuyển đi rồi thì không tự quay về, nên bạn kiểm tra kỹ trước khi bấm trả.
    Trong bài này, bạn tập trên một ứng dụng ngân hàng giả lập. Không có đồng tiền thật nào bị chuyển. Tên người đều bịa ra.
    Mã QR trong bài là mã tập, có ghi chữ MẪU. Số tài khoản trong mã tập bắt đầu bằng chữ HOCSOMAU. Số tài khoản thật chỉ có chữ số, nên không ngân hàng nào có tài khoản này. Mã tập chỉ để tập trong bài: bạn đừng quét mã trên màn hình bằng điện thoại thật của mình.
    Bấm nhầm cũng không sao. Bạn đọc lời giải thích rồi làm lại.

cach-quet-text =
    Cách quét mã để trả tiền:
    Bước một: mở ứng dụng ngân hàng trên điện thoại của bạn, đăng nhập như mọi khi.
    Bước hai: bấm vào nút quét mã QR. Mỗi ứng dụng đặt nút này một chỗ khác nhau. Nếu chưa biết nút ở đâu, bạn nhờ người nhà hoặc tổ công nghệ số chỉ cho một lần.
    Bước ba: đưa camera của điện thoại về phía mã QR, giữ yên tay một chút. Ứng dụng tự đọc mã.
    Bước bốn: ứng dụng hiện màn hình xác nhận. Đây là bước quan trọng nhất: bạn dừng lại và đọc kỹ.
    Bạn chỉ quét bằng ứng dụng ngân hàng của chính mình, không dùng ứng dụng lạ mà ai đó bảo cài.

man-hinh-xac-nhan-text =
    Sau khi quét, ứng dụng hiện màn hình xác nhận. Trên đó có:
    Ngân hàng của người nhận.
    Tên người nhận: tên người đứng tên tài khoản nhận tiền, viết chữ in hoa, không dấu. Ví dụ bà Lê Thị Mai hiện là LE THI MAI.
    Số tài khoản của người nhận. Trong bài tập, số này bắt đầu bằng chữ HOCSOMAU, để bạn biết đó là tài khoản tập, không có thật.
    Số tiền sẽ chuyển.
    Trước khi bấm trả tiền, bạn xem kỹ hai điều.
    Một là tên người nhận có đúng tên chủ quán không. Chưa biết tên chủ quán thì bạn hỏi trước.
    Hai là số tiền có đúng số bạn phải trả không.
    Cả hai đều đúng thì bạn mới bấm trả tiền. Thấy sai thì bạn từ chối, không trả, và hỏi lại người bán.
    Bạn cứ đọc chậm, đọc lại cho chắc. Không cần vội.

lt-kiem-tra-gi-prompt = Bạn vừa quét mã ở quán, màn hình xác nhận hiện ra. Trước khi bấm trả tiền, bạn cần xem kỹ điều gì?
lt-kiem-tra-gi-ten-va-so-tien = Tên người nhận và số tiền
lt-kiem-tra-gi-ten-va-so-tien-feedback = Đúng rồi. Tên phải đúng tên chủ quán, số tiền phải đúng số bạn phải trả. Cả hai đều đúng mới bấm trả tiền.
lt-kiem-tra-gi-cung-ngan-hang = Ngân hàng của người nhận có giống ngân hàng của mình không
lt-kiem-tra-gi-cung-ngan-hang-feedback = Khác ngân hàng vẫn trả được: một mã VietQR dùng được với mọi ứng dụng ngân hàng có hỗ trợ VietQR. Điều cần xem là tên người nhận và số tiền.
lt-kiem-tra-gi-ma-moi-ro-net = Mã QR có mới, có rõ nét không
lt-kiem-tra-gi-ma-moi-ro-net-feedback = Mã mới, rõ nét vẫn có thể là mã của kẻ gian dán lên. Điều cần xem là tên người nhận và số tiền trên màn hình xác nhận.

lt-pho-ba-mai-task = Bạn ăn một bát phở 45.000 đồng ở quán của bà Lê Thị Mai. Bà Mai mở mã QR có sẵn số tiền trên điện thoại cho bạn quét. Bạn quét mã, đọc kỹ màn hình xác nhận, rồi chọn trả tiền hay từ chối.
lt-pho-ba-mai-hint = Bạn xem lại màn hình xác nhận: tên người nhận có phải bà Lê Thị Mai không? Số tiền có phải 45.000 đồng không? Khi cả tên và số tiền đều đúng, bạn trả tiền được.
lt-pho-ba-mai-explain = Đúng rồi. Tên người nhận LE THI MAI đúng là bà Lê Thị Mai, số tiền 45.000 đồng đúng giá bát phở. Cả hai đều đúng nên bạn trả tiền.

hai-loai-ma-text =
    Có hai loại mã QR bạn hay gặp.
    Loại thứ nhất: mã in sẵn, dán cố định ở quầy, dùng cho mọi khách. Mã này thường không có số tiền. Khi quét, ô số tiền còn trống: bạn tự gõ số tiền mình phải trả. Gõ xong, bạn đọc lại số đó một lần nữa rồi mới bấm trả tiền.
    Loại thứ hai: mã có sẵn số tiền. Người bán làm mã này cho đúng món hàng của bạn, thường hiện trên điện thoại hoặc màn hình của người bán. Khi quét, số tiền đã điền sẵn.
    Số tiền điền sẵn cũng có thể sai: người bán gõ nhầm, thừa hay thiếu một số 0. Bạn vẫn so số tiền trên màn hình với số bạn phải trả.
    Số tiền sai thì bạn không trả. Bạn hỏi lại người bán để họ làm mã khác cho đúng.
    Mẹo đọc số tiền: đếm các số 0. 45.000 đồng có ba số 0. 450.000 đồng có bốn số 0.

lt-tap-hoa-task = Bạn mua một gói muối và một bánh xà phòng ở cửa hàng tạp hóa của ông Trần Văn Hùng, hết 32.000 đồng. Bạn quét mã QR in sẵn dán ở quầy để trả tiền.
lt-tap-hoa-hint = Tên người nhận có đúng là ông Trần Văn Hùng không? Mã dán ở quầy này không có sẵn số tiền, nên bạn tự gõ đúng 32.000, đọc lại, rồi bấm trả tiền.
lt-tap-hoa-explain = Đúng rồi. Tên người nhận TRAN VAN HUNG đúng là ông Hùng. Mã dán ở quầy không có số tiền, nên bạn tự gõ 32.000 đồng và đọc lại trước khi trả.

lt-hang-rau-task = Bạn mua hai mớ rau và năm quả trứng ở hàng của bà Nguyễn Thị Thu, hết 30.000 đồng. Bà Thu mở mã QR có sẵn số tiền trên điện thoại cho bạn quét.
lt-hang-rau-hint = Tên người nhận đúng là bà Thu. Bạn đọc chậm số tiền trên màn hình, đếm từng số 0, rồi so với 30.000 đồng bạn phải trả.
lt-hang-rau-explain = Đúng rồi. Tên đúng là bà Thu, nhưng số tiền là 300.000 đồng, thừa một số 0 so với 30.000 đồng. Bạn không trả, nhờ bà Thu làm lại mã cho đúng số tiền.

ma-dan-de-text =
    Có một kiểu lừa đảo gọi là tráo mã QR. Kẻ gian in mã QR của tài khoản mình, rồi lén dán đè lên mã thật của quán.
    Khách quét mã đó thì tiền chạy vào tài khoản kẻ gian. Chủ quán không nhận được đồng nào, cũng không thấy báo tiền vào.
    Mã dán đè trông giống hệt mã thật. Có khi thấy tờ mã dán lệch, dán chồng lên tấm cũ, nhưng nhiều khi nhìn không ra gì lạ.
    Cách nhận ra chắc chắn nhất là màn hình xác nhận: tên người nhận hiện trên đó không phải tên chủ quán.
    Thấy tên lạ, bạn không trả tiền, và báo ngay cho chủ quán biết. Chủ quán sẽ chỉ bạn cách trả khác, ví dụ trả tiền mặt. Bạn báo cũng là giúp những khách sau không bị mất tiền.
    Nếu tên lạ đó là người nhà của chủ quán thì sao? Bạn cứ hỏi chủ quán trước khi trả. Hỏi cho chắc không bao giờ là thừa.

lt-nuoc-mia-task = Bạn mua một cốc nước mía 10.000 đồng ở xe nước mía của ông Phạm Văn Long. Trên xe có dán một mã QR in sẵn số tiền 10.000 đồng. Bạn quét mã để trả tiền.
lt-nuoc-mia-hint = Số tiền thì đúng. Bạn đọc lại tên người nhận trên màn hình, rồi so với tên chủ xe nước mía: ông Phạm Văn Long.
lt-nuoc-mia-explain = Đúng rồi. Tên người nhận là VUONG VAN THANH, không phải ông Phạm Văn Long. Có thể mã này đã bị dán đè. Bạn không trả, báo ngay cho ông Long, rồi trả bằng cách khác.

lt-sau-khi-tu-choi-prompt = Bạn vừa từ chối vì tên trên màn hình xác nhận không phải tên chủ quán. Tiếp theo, bạn làm gì?
lt-sau-khi-tu-choi-bao-chu-quan = Báo cho chủ quán biết mã có tên lạ, rồi hỏi cách trả khác
lt-sau-khi-tu-choi-bao-chu-quan-feedback = Đúng rồi. Chủ quán cần biết để gỡ mã lạ đi, và sẽ chỉ bạn cách trả khác, ví dụ trả tiền mặt. Bạn cũng giúp những khách đến sau.
lt-sau-khi-tu-choi-quet-lai-roi-tra = Quét lại lần nữa; nếu vẫn ra tên đó thì cứ trả
lt-sau-khi-tu-choi-quet-lai-roi-tra-feedback = Quét lại vẫn ra tên đó, vì mã không đổi. Tên lạ thì bạn không trả. Bạn báo cho chủ quán biết.
lt-sau-khi-tu-choi-lang-le-di = Lặng lẽ đi về, không nói gì
lt-sau-khi-tu-choi-lang-le-di-feedback = Như vậy bạn chưa trả tiền, còn chủ quán không biết mã bị tráo, khách sau vẫn có thể mất tiền. Bạn báo cho chủ quán, rồi trả bằng cách khác.

khi-ban-hang-text =
    Nếu bạn bán hàng và nhận tiền bằng mã QR, bạn nhớ mấy điều sau.
    Trước khi đưa hàng, bạn tự xem tiền đã vào tài khoản của mình chưa: xem thông báo tiền vào (biến động số dư) trong ứng dụng ngân hàng của bạn. Tiền đã vào, đúng số tiền, thì mới đưa hàng.
    Đừng chỉ nhìn màn hình điện thoại hay ảnh chụp màn hình của khách. Chữ “thành công” trên máy của khách chưa chắc là tiền đã vào tài khoản của bạn.
    Mỗi ngày, bạn xem lại tấm mã QR ở quầy có bị ai dán đè không. Bạn có thể tự quét thử mã của mình: màn hình phải hiện đúng tên bạn.
    Khách nói đã chuyển mà bạn không thấy tiền vào, bạn kiểm tra ngay tấm mã ở quầy.

lt-khach-gio-dien-thoai-prompt = Bạn bán một bao gạo 250.000 đồng ở cửa hàng của mình. Khách quét mã QR ở quầy, rồi giơ điện thoại lên: “Chị xem, chuyển xong rồi đây.” Bạn làm gì trước khi đưa gạo?
lt-khach-gio-dien-thoai-xem-ung-dung-minh = Mở ứng dụng ngân hàng của mình, xem đã có 250.000 đồng vào tài khoản chưa
lt-khach-gio-dien-thoai-xem-ung-dung-minh-feedback = Đúng rồi. Khi chính ngân hàng của bạn báo tiền đã vào, đúng số tiền, bạn mới đưa hàng.
lt-khach-gio-dien-thoai-tin-man-hinh-khach = Nhìn điện thoại của khách thấy chữ “thành công” là đủ
lt-khach-gio-dien-thoai-tin-man-hinh-khach-feedback = Màn hình của khách chưa chắc là tiền đã vào tài khoản của bạn. Bạn xem thông báo tiền vào trong ứng dụng ngân hàng của mình rồi mới đưa hàng.
lt-khach-gio-dien-thoai-dua-hang-truoc = Đưa gạo trước, tối rảnh thì xem tiền sau
lt-khach-gio-dien-thoai-dua-hang-truoc-feedback = Tối mới xem thì lỡ có sai, khách đã đi mất rồi. Bạn xem tiền vào ngay trong ứng dụng ngân hàng của mình, rồi mới đưa hàng.

nhan-tien-text =
    Khi người khác trả tiền cho bạn, bạn là người nhận tiền.
    Cách nhận đúng: bạn mở ứng dụng ngân hàng của mình, tìm mã QR của bạn, rồi đưa cho người trả tiền quét. Mã này mang tên bạn và số tài khoản của bạn.
    Bạn cũng có thể in mã của mình ra giấy, dán ở sạp hàng. Lần đầu, bạn nhờ người nhà hoặc tổ công nghệ số giúp.
    Nhớ kỹ: quét mã là để trả tiền đi, không phải để nhận tiền về. Ai bảo bạn “quét mã này để nhận tiền”, “quét để được hoàn tiền”, đó là cái bẫy: bạn quét là bạn chuyển tiền cho họ.
    Mã OTP là mã số dùng một lần, ngân hàng gửi qua tin nhắn về máy bạn. Mã này chỉ để chính bạn nhập vào ứng dụng của mình. Không đọc, không gửi mã OTP hay mật khẩu cho ai, kể cả người bán, người mua hay người xưng là nhân viên ngân hàng. Để nhận tiền, bạn không cần đưa mã OTP cho ai.
    Trong bài này, tài khoản tập của bạn mang tên HOC VIEN HOC SO.

lt-ban-mang-task = Bạn bán 1 cân măng khô cho một người khách ở chợ, giá 240.000 đồng. Khách muốn chuyển khoản cho bạn. Bạn làm gì để nhận tiền?
lt-ban-mang-hint = Bạn là người nhận tiền. Người nhận đưa mã QR của mình cho người trả quét. Nếu bạn quét mã, bạn sẽ thành người trả tiền.
lt-ban-mang-explain = Đúng rồi. Bạn mở mã QR của chính mình cho khách quét. Màn hình của khách sẽ hiện tên HOC VIEN HOC SO. Sau đó bạn xem ứng dụng ngân hàng của mình, thấy 240.000 đồng đã vào rồi mới đưa hàng.

lt-otp-prompt = Bạn vừa trả tiền bằng mã QR ở chợ. Một người đứng cạnh xưng là nhân viên ngân hàng, nói giao dịch của bạn bị lỗi, bảo bạn đọc mã OTP vừa gửi về máy để họ “xử lý giúp”. Bạn làm gì?
lt-otp-khong-doc = Không đọc mã cho ai. Tự mở ứng dụng ngân hàng của mình xem, hoặc gọi số tổng đài in trên thẻ
lt-otp-khong-doc-feedback = Đúng rồi. Mã OTP chỉ để chính bạn nhập vào ứng dụng của mình. Nhân viên ngân hàng thật không hỏi mã OTP của bạn.
lt-otp-doc-cho-nhanh = Đọc mã cho người đó để xong việc cho nhanh
lt-otp-doc-cho-nhanh-feedback = Mã OTP giống như chìa khóa nhà: không đọc cho ai, kể cả người xưng là nhân viên ngân hàng. Bạn tự mở ứng dụng của mình để xem.
lt-otp-dua-dien-thoai = Đưa điện thoại cho người đó tự xem
lt-otp-dua-dien-thoai-feedback = Đưa điện thoại cho người lạ cũng như đưa chìa khóa nhà. Bạn giữ điện thoại, tự mở ứng dụng ngân hàng xem, hoặc gọi số tổng đài in trên thẻ.

xac-thuc-khuon-mat-text =
    Khi bạn chuyển khoản lớn, ứng dụng ngân hàng sẽ bảo bạn xác thực khuôn mặt, còn gọi là xác thực sinh trắc học: bạn nhìn thẳng vào camera điện thoại để ứng dụng nhận ra đúng là bạn đang chuyển tiền.
    Theo quy định của Ngân hàng Nhà nước, việc này làm khi bạn chuyển một lần trên 10 triệu đồng, hoặc khi tổng số tiền bạn chuyển trong một ngày vượt quá 20 triệu đồng.
    Trả tiền bát phở, mớ rau thường không cần bước này. Mua con bê, chiếc xe máy thì thường có.
    Xác thực khuôn mặt chỉ làm trong ứng dụng ngân hàng của chính bạn, do bạn tự mở trên điện thoại của mình, khi chính bạn đang chuyển tiền đi.
    Không bao giờ quét khuôn mặt trong cuộc gọi video, hay trong ứng dụng, đường link mà người khác gửi cho bạn. Ai bảo bạn làm vậy, dù xưng là nhân viên ngân hàng hay công an, đó là kẻ lừa đảo.
    Để nhận tiền, bạn chỉ đưa mã QR của mình cho người trả quét. Bạn không phải quét khuôn mặt cho ai.
    Tin nhắn bảo bạn bấm vào đường link để “cập nhật sinh trắc học” kẻo bị khóa tài khoản cũng là lừa đảo, kể cả khi tin đó hiện chung chỗ với các tin nhắn thật của ngân hàng.

lt-khuon-mat-prompt = Bạn mua một con bê 15.000.000 đồng của ông Hoàng Văn Sơn. Bạn tự mở ứng dụng ngân hàng của mình, quét mã QR của ông Sơn, thấy đúng tên ông Sơn và đúng số tiền. Bấm trả tiền xong, ứng dụng bảo bạn nhìn vào camera để xác thực khuôn mặt. Bạn làm gì?
lt-khuon-mat-lam-theo = Làm theo hướng dẫn hiện trên màn hình
lt-khuon-mat-lam-theo-feedback = Đúng rồi. Bạn chuyển một lần trên 10 triệu đồng, trong ứng dụng ngân hàng chính bạn tự mở, nên ứng dụng hỏi khuôn mặt là bình thường.
lt-khuon-mat-dung-lai-vi-lua = Dừng lại, tắt ứng dụng, vì ngân hàng thật không bao giờ hỏi khuôn mặt
lt-khuon-mat-dung-lai-vi-lua-feedback = Ngân hàng thật có hỏi, nhưng chỉ trong ứng dụng của chính bạn, khi bạn chuyển khoản lớn. Ở đây bạn tự mở ứng dụng, chuyển trên 10 triệu đồng, nên bạn cứ làm theo.
lt-khuon-mat-nho-con-quet = Nhờ con cháu soi mặt giúp
lt-khuon-mat-nho-con-quet-feedback = Ứng dụng cần nhận ra chính bạn, người đang chuyển tiền. Bạn tự nhìn vào camera, trong ứng dụng ngân hàng bạn tự mở.

ghi-nho-text =
    Bạn nhớ mấy điều sau:
    Quét mã bằng ứng dụng ngân hàng của chính bạn.
    Đọc kỹ màn hình xác nhận: tên người nhận đúng tên chủ quán, số tiền đúng số phải trả. Cả hai đúng mới bấm trả tiền.
    Mã không có sẵn số tiền: bạn tự gõ, rồi đọc lại.
    Tên lạ: không trả, báo cho chủ quán. Số tiền sai: không trả, hỏi lại người bán.
    Khi bán hàng: xem tiền đã vào trong ứng dụng ngân hàng của mình rồi mới đưa hàng.
    Khi nhận tiền: đưa mã QR của bạn cho người khác quét. Không quét mã của ai để “nhận tiền”.
    Không bao giờ đọc hay gửi mã OTP, mật khẩu cho ai.
    Chuyển khoản lớn: ứng dụng ngân hàng bảo xác thực khuôn mặt là bình thường. Chỉ làm trong ứng dụng ngân hàng bạn tự mở, không bao giờ trong cuộc gọi video hay ứng dụng người khác gửi.
    Tiếp theo là bài kiểm tra ngắn. Bạn cứ làm từ từ, không tính giờ.

## Bài kiểm tra cuối

kt-sua-xe-task = Bạn thay săm xe đạp ở tiệm sửa xe của anh Đặng Văn Toàn, hết 60.000 đồng. Anh Toàn mở mã QR có sẵn số tiền trên điện thoại cho bạn quét.
kt-sua-xe-hint = Bạn xem lại: tên người nhận có phải anh Đặng Văn Toàn không? Số tiền có phải 60.000 đồng không?
kt-sua-xe-explain = Đúng rồi. Tên DANG VAN TOAN đúng là anh Toàn, số tiền 60.000 đồng đúng số phải trả, nên bạn trả tiền.

kt-phan-bon-task = Bạn mua một bao phân bón ở cửa hàng vật tư nông nghiệp của bà Vũ Thị Nga, hết 520.000 đồng. Bà Nga làm mã QR có sẵn số tiền cho bạn quét.
kt-phan-bon-hint = Bạn xem lại: tên người nhận có phải bà Vũ Thị Nga không? Số tiền có phải 520.000 đồng không?
kt-phan-bon-explain = Đúng rồi. Tên VU THI NGA đúng là bà Nga, số tiền 520.000 đồng đúng số phải trả, nên bạn trả tiền.

kt-gui-xe-task = Bạn gửi xe máy ở bãi xe của chợ xã, giá 5.000 đồng một lượt. Biển ở bãi ghi chủ bãi xe là bà Hoàng Thị Lan. Bạn quét mã QR dán ở cột để trả tiền.
kt-gui-xe-hint = Bạn đọc lại tên người nhận trên màn hình, rồi so với tên chủ bãi xe: bà Hoàng Thị Lan.
kt-gui-xe-explain = Đúng rồi. Tên người nhận là TRINH VAN DAT, không phải bà Hoàng Thị Lan. Có thể mã đã bị dán đè. Bạn không trả, báo cho bà Lan biết.

kt-cat-toc-task = Bạn cắt tóc ở tiệm của anh Đỗ Văn Hải, giá 30.000 đồng. Trên gương có dán một mã QR in sẵn số tiền, trông còn mới. Bạn quét mã để trả tiền.
kt-cat-toc-hint = Bạn đọc lại tên người nhận trên màn hình, rồi so với tên chủ tiệm: anh Đỗ Văn Hải.
kt-cat-toc-explain = Đúng rồi. Tên người nhận là LY VAN TUAN, không phải anh Đỗ Văn Hải. Mã mới, đẹp vẫn có thể là mã dán đè. Bạn không trả, báo cho anh Hải biết.

kt-gao-te-task = Bạn mua 10 cân gạo tẻ ở nhà bà Bùi Thị Liên, hết 180.000 đồng. Bà Liên làm mã QR có sẵn số tiền trên điện thoại cho bạn quét.
kt-gao-te-hint = Tên người nhận đúng là bà Liên. Bạn đọc chậm từng chữ số của số tiền, rồi so với 180.000 đồng bạn phải trả.
kt-gao-te-explain = Đúng rồi. Tên đúng là bà Liên, nhưng số tiền là 810.000 đồng, không phải 180.000 đồng. Bạn không trả, nhờ bà Liên làm lại mã cho đúng số tiền.

kt-thuoc-thu-y-task = Bạn mua thuốc cho đàn gà ở cửa hàng thuốc thú y của ông Triệu Văn Sáng, hết 75.000 đồng. Bạn quét mã QR in sẵn dán ở quầy để trả tiền.
kt-thuoc-thu-y-hint = Tên người nhận có đúng là ông Triệu Văn Sáng không? Mã này không có sẵn số tiền, nên bạn tự gõ đúng 75.000, đọc lại, rồi bấm trả tiền.
kt-thuoc-thu-y-explain = Đúng rồi. Tên TRIEU VAN SANG đúng là ông Sáng. Mã không có số tiền, nên bạn tự gõ 75.000 đồng và đọc lại trước khi trả.

kt-ban-gao-nep-task = Bạn bán 5 cân gạo nếp cho một người khách, giá 150.000 đồng. Khách giơ điện thoại có một mã QR và nói: “Cô quét mã này là nhận được tiền.” Bạn làm gì để nhận tiền?
kt-ban-gao-nep-hint = Quét mã là để trả tiền đi, không phải để nhận tiền về. Người nhận đưa mã QR của mình cho người trả quét.
kt-ban-gao-nep-explain = Đúng rồi. Bạn không quét mã của khách. Bạn mở mã QR của chính mình cho khách quét, rồi xem ứng dụng ngân hàng của mình, thấy 150.000 đồng đã vào mới đưa gạo.

kt-thit-lon-task = Bạn mua một cân thịt lợn ở sạp của chị Hà Thị Hoa, hết 140.000 đồng. Chị Hoa mở mã QR có sẵn số tiền trên điện thoại cho bạn quét.
kt-thit-lon-hint = Bạn xem lại: tên người nhận có phải chị Hà Thị Hoa không? Số tiền có phải 140.000 đồng không? Cả hai đều đúng thì bạn trả tiền được.
kt-thit-lon-explain = Đúng rồi. Tên HA THI HOA đúng là chị Hoa, số tiền 140.000 đồng đúng số phải trả, nên bạn trả tiền.

kt-cay-giong-task = Bạn mua ba cây bưởi giống ở vườn ươm của ông Hà Văn Khánh, hết 90.000 đồng. Ở cổng vườn có treo một mã QR in sẵn. Bạn quét mã để trả tiền.
kt-cay-giong-hint = Tên người nhận có đúng là ông Hà Văn Khánh không? Mã in sẵn này không có số tiền, nên bạn tự gõ đúng 90.000, đọc lại, rồi bấm trả tiền.
kt-cay-giong-explain = Đúng rồi. Tên HA VAN KHANH đúng là ông Khánh. Mã không có số tiền, nên bạn tự gõ 90.000 đồng và đọc lại trước khi trả.

kt-banh-mi-task = Bạn mua một ổ bánh mì 15.000 đồng ở xe bánh mì của chị Mai Thị Hương. Trên xe có dán một mã QR in sẵn số tiền 15.000 đồng. Bạn quét mã để trả tiền.
kt-banh-mi-hint = Số tiền thì đúng. Bạn đọc lại tên người nhận trên màn hình, rồi so với tên chủ xe bánh mì: chị Mai Thị Hương.
kt-banh-mi-explain = Đúng rồi. Tên người nhận là CAO VAN PHUC, không phải chị Mai Thị Hương. Có thể mã đã bị dán đè. Bạn không trả, báo cho chị Hương biết.

kt-quan-ao-task = Bạn mua một bộ quần áo cho cháu ở sạp của chị Lò Thị Xuân, hết 120.000 đồng. Chị Xuân làm mã QR có sẵn số tiền trên điện thoại cho bạn quét.
kt-quan-ao-hint = Tên người nhận đúng là chị Xuân. Bạn đọc chậm số tiền trên màn hình, đếm từng số 0, rồi so với 120.000 đồng bạn phải trả.
kt-quan-ao-explain = Đúng rồi. Tên đúng là chị Xuân, nhưng số tiền là 1.200.000 đồng, thừa một số 0 so với 120.000 đồng. Bạn không trả, nhờ chị Xuân làm lại mã cho đúng số tiền.

kt-ban-ga-task = Bạn bán một con gà cho chị hàng xóm, giá 160.000 đồng. Chị ấy muốn chuyển khoản và hỏi: “Em đưa mã của em cho chị quét, hay em quét mã của chị?” Bạn làm gì để nhận tiền?
kt-ban-ga-hint = Bạn là người nhận tiền. Người nhận đưa mã QR của mình cho người trả quét. Nếu bạn quét mã của chị ấy, bạn sẽ thành người trả tiền.
kt-ban-ga-explain = Đúng rồi. Bạn mở mã QR của chính mình cho chị hàng xóm quét. Sau đó bạn xem ứng dụng ngân hàng của mình, thấy 160.000 đồng đã vào rồi mới đưa gà.

kt-ten-la-prompt = Bạn ăn bún ở quán của bà Ngô Thị Hằng. Bạn quét mã QR dán trên bàn, màn hình xác nhận hiện tên người nhận là DINH VAN KHAI. Bạn làm gì?
kt-ten-la-khong-tra-bao-chu-quan = Không trả, báo cho bà Hằng biết mã có tên lạ
kt-ten-la-khong-tra-bao-chu-quan-feedback = Đúng rồi. Tên không phải bà Hằng thì bạn không trả. Bạn báo cho bà Hằng để bà gỡ mã lạ và chỉ bạn cách trả khác.
kt-ten-la-tra-vi-ma-trong-quan = Cứ trả, vì mã dán ngay trong quán
kt-ten-la-tra-vi-ma-trong-quan-feedback = Kẻ gian có thể lén dán mã của họ đè lên mã của quán. Tên không phải bà Hằng thì bạn không trả, và báo cho bà Hằng.
kt-ten-la-tra-roi-hoi-sau = Trả trước, rồi hỏi bà Hằng sau
kt-ten-la-tra-roi-hoi-sau-feedback = Tiền chuyển đi rồi thì không tự quay về. Tên lạ thì bạn không trả, và hỏi bà Hằng trước.
kt-ten-la-quet-lai-roi-tra = Quét lại mã QR dán trên bàn, nếu màn hình vẫn hiện tên DINH VAN KHAI thì trả
kt-ten-la-quet-lai-roi-tra-feedback = Quét lại vẫn ra tên đó, vì mã không đổi. Tên không phải bà Hằng thì bạn không trả, và báo cho bà Hằng biết.

kt-anh-chup-prompt = Bạn bán một đôi gà 400.000 đồng. Khách gửi qua Zalo cho bạn một ảnh chụp màn hình “chuyển tiền thành công”, rồi xin mang gà đi. Bạn làm gì?
kt-anh-chup-xem-ung-dung-minh = Mở ứng dụng ngân hàng của mình, thấy đủ tiền vào rồi mới giao gà
kt-anh-chup-xem-ung-dung-minh-feedback = Đúng rồi. Chỉ khi ngân hàng của bạn báo tiền đã vào, đúng 400.000 đồng, bạn mới giao hàng.
kt-anh-chup-tin-anh-chup = Ảnh chụp màn hình đã ghi rõ “chuyển tiền thành công” rồi, nên cho khách mang gà đi luôn
kt-anh-chup-tin-anh-chup-feedback = Ảnh chụp màn hình chưa chắc là tiền đã vào tài khoản của bạn. Bạn xem trong ứng dụng ngân hàng của mình trước.
kt-anh-chup-xem-ten-trong-anh = Xem trong ảnh có tên mình là đủ
kt-anh-chup-xem-ten-trong-anh-feedback = Có tên bạn trong ảnh vẫn chưa chắc là tiền đã vào. Bạn xem trong ứng dụng ngân hàng của mình trước.
kt-anh-chup-hoi-lai-khach = Hỏi lại khách cho chắc, khách nói chuyển rồi thì giao gà
kt-anh-chup-hoi-lai-khach-feedback = Lời khách nói chưa chắc là tiền đã vào tài khoản của bạn. Bạn xem trong ứng dụng ngân hàng của mình trước.

kt-otp-nguoi-ban-prompt = Bạn quét mã QR để trả tiền ở một cửa hàng. Ngân hàng nhắn về máy bạn mã OTP, tức mã số dùng một lần gửi qua tin nhắn. Người bán nói: “Cô đọc mã OTP cho cháu để cháu xác nhận nhé.” Bạn làm gì?
kt-otp-nguoi-ban-tu-nhap = Tự nhập mã vào ứng dụng của mình, không đọc cho ai
kt-otp-nguoi-ban-tu-nhap-feedback = Đúng rồi. Người bán không cần mã OTP của bạn. Mã OTP chỉ để chính bạn nhập vào ứng dụng của mình.
kt-otp-nguoi-ban-doc-cho-nguoi-ban = Đọc mã OTP cho người bán, vì người bán cần mã đó để xác nhận
kt-otp-nguoi-ban-doc-cho-nguoi-ban-feedback = Người bán không cần mã OTP của bạn. Mã OTP giống như chìa khóa nhà: bạn chỉ tự nhập vào ứng dụng của mình.
kt-otp-nguoi-ban-chup-gui = Chụp tin nhắn có mã rồi gửi cho người bán
kt-otp-nguoi-ban-chup-gui-feedback = Gửi ảnh có mã OTP cũng như đọc mã cho người khác. Bạn chỉ tự nhập mã vào ứng dụng của mình.
kt-otp-nguoi-ban-dua-dien-thoai = Đưa điện thoại cho người bán tự xem mã
kt-otp-nguoi-ban-dua-dien-thoai-feedback = Đưa điện thoại cho người khác cũng như đưa chìa khóa nhà. Bạn giữ điện thoại, chỉ tự nhập mã vào ứng dụng của mình.

kt-ma-khong-so-tien-prompt = Bạn mua hàng hết 85.000 đồng và quét mã QR in sẵn dán ở quầy. Màn hình xác nhận hiện đúng tên chủ quán, nhưng ô số tiền còn trống. Bạn làm gì?
kt-ma-khong-so-tien-tu-go-doc-lai = Tự gõ 85.000 vào, đọc lại một lần, rồi mới bấm trả
kt-ma-khong-so-tien-tu-go-doc-lai-feedback = Đúng rồi. Mã in sẵn dán ở quầy thường không có số tiền. Tên đã đúng, nên bạn tự gõ đúng số phải trả, đọc lại, rồi mới trả.
kt-ma-khong-so-tien-tu-choi-vi-ma-gia = Không trả, vì mã QR không có sẵn số tiền chắc chắn là mã giả bị dán đè
kt-ma-khong-so-tien-tu-choi-vi-ma-gia-feedback = Mã in sẵn dán ở quầy thường không có số tiền, đó là chuyện bình thường. Điều cần xem là tên người nhận. Tên đúng thì bạn tự gõ 85.000, đọc lại, rồi trả.
kt-ma-khong-so-tien-bam-tra-luon = Bấm trả luôn, ô số tiền còn trống thì ứng dụng tự điền
kt-ma-khong-so-tien-bam-tra-luon-feedback = Ứng dụng không biết bạn phải trả bao nhiêu. Bạn tự gõ đúng 85.000, đọc lại, rồi mới bấm trả.
kt-ma-khong-so-tien-quet-lai-nhieu-lan = Quét lại vài lần cho đến khi số tiền tự hiện ra
kt-ma-khong-so-tien-quet-lai-nhieu-lan-feedback = Mã này không có số tiền, quét lại bao nhiêu lần cũng vậy. Bạn tự gõ đúng 85.000, đọc lại, rồi mới bấm trả.

kt-xem-gi-prompt = Bạn quét mã QR để trả tiền ở một quán, màn hình xác nhận hiện ra. Trước khi bấm trả tiền, bạn phải đọc kỹ những điều nào?
kt-xem-gi-ten-nguoi-nhan = Tên người nhận có đúng tên chủ quán không
kt-xem-gi-ten-nguoi-nhan-feedback = Đúng. Tên người nhận phải đúng tên chủ quán. Tên lạ thì có thể mã đã bị dán đè.
kt-xem-gi-so-tien = Số tiền có đúng số mình phải trả không
kt-xem-gi-so-tien-feedback = Đúng. Số tiền phải đúng số bạn phải trả, không thừa, không thiếu.
kt-xem-gi-cung-ngan-hang = Ngân hàng của người nhận có giống ngân hàng của mình không
kt-xem-gi-cung-ngan-hang-feedback = Khác ngân hàng vẫn trả được: một mã VietQR dùng được với mọi ứng dụng ngân hàng có hỗ trợ VietQR. Điều cần đọc kỹ là tên người nhận và số tiền.
kt-xem-gi-ma-moi-dep = Tờ mã QR còn mới, in đẹp, rõ nét không
kt-xem-gi-ma-moi-dep-feedback = Mã mới, đẹp vẫn có thể là mã của kẻ gian dán lên. Điều cần đọc kỹ là tên người nhận và số tiền.

kt-khong-thay-tien-prompt = Bạn bán rau ở chợ. Khách quét mã QR in sẵn dán ở sạp của bạn, rồi nói đã chuyển tiền. Nhưng ứng dụng ngân hàng của bạn không báo có tiền vào. Bạn nên làm gì?
kt-khong-thay-tien-xem-ma-o-sap = Xem ngay tấm mã ở sạp có bị ai dán đè không
kt-khong-thay-tien-xem-ma-o-sap-feedback = Đúng. Kẻ gian có thể dán mã của họ đè lên mã của bạn. Khi đó tiền của khách vào tài khoản kẻ gian, còn bạn không thấy báo tiền vào.
kt-khong-thay-tien-tu-quet-thu = Tự quét thử tấm mã đó: phải hiện đúng tên mình, xem xong thì hủy
kt-khong-thay-tien-tu-quet-thu-feedback = Đúng. Màn hình phải hiện đúng tên bạn. Thấy tên lạ thì mã đã bị dán đè, bạn gỡ mã lạ đi. Xem xong, bạn hủy, không chuyển.
kt-khong-thay-tien-tin-loi-khach = Khách nói đã chuyển tiền rồi thì cứ tin, đưa hàng cho khách
kt-khong-thay-tien-tin-loi-khach-feedback = Lời khách nói chưa chắc là tiền đã vào tài khoản của bạn. Chưa thấy tiền vào thì bạn xem ngay tấm mã ở sạp.
kt-khong-thay-tien-xem-anh-khach = Nhìn điện thoại của khách có chữ “thành công” là đủ
kt-khong-thay-tien-xem-anh-khach-feedback = Chữ “thành công” trên máy của khách chưa chắc là tiền đã vào tài khoản của bạn. Chưa thấy tiền vào thì bạn xem ngay tấm mã ở sạp.

kt-khuon-mat-video-prompt = Bạn vừa bán con lợn giá 12.000.000 đồng và đang chờ người mua chuyển tiền. Một người lạ gọi video qua Zalo, xưng là nhân viên ngân hàng, nói tiền nhiều nên phải quét khuôn mặt thì tiền mới vào được. Bạn làm gì?
kt-khuon-mat-video-tat-may-tu-xem = Tắt máy ngay, rồi tự mở ứng dụng ngân hàng của mình xem số dư tài khoản
kt-khuon-mat-video-tat-may-tu-xem-feedback = Đúng rồi. Nhận tiền không cần quét khuôn mặt. Xác thực khuôn mặt chỉ làm trong ứng dụng ngân hàng bạn tự mở, khi chính bạn chuyển tiền đi, không bao giờ trong cuộc gọi video.
kt-khuon-mat-video-quet-trong-cuoc-goi = Nhìn vào camera trong cuộc gọi video cho họ quét khuôn mặt
kt-khuon-mat-video-quet-trong-cuoc-goi-feedback = Ngân hàng không bao giờ quét khuôn mặt qua cuộc gọi video. Người bảo bạn làm vậy là kẻ lừa đảo. Bạn tắt máy, tự mở ứng dụng ngân hàng của mình xem.
kt-khuon-mat-video-cai-ung-dung-ho-gui = Cài ứng dụng người đó gửi qua Zalo, rồi làm theo hướng dẫn
kt-khuon-mat-video-cai-ung-dung-ho-gui-feedback = Ứng dụng người lạ gửi có thể lấy tiền trong tài khoản của bạn. Bạn không cài gì, tắt máy, rồi tự mở ứng dụng ngân hàng của mình xem.
kt-khuon-mat-video-gui-anh-mat = Chụp ảnh mặt mình gửi cho họ
kt-khuon-mat-video-gui-anh-mat-feedback = Không gửi ảnh mặt cho người lạ. Nhận tiền không cần quét khuôn mặt. Bạn tắt máy, tự mở ứng dụng ngân hàng của mình xem.

kt-khuon-mat-trong-ngay-prompt = Sáng nay bạn đã chuyển khoản 15.000.000 đồng trả tiền phân bón. Chiều, bạn tự mở ứng dụng ngân hàng, quét mã QR ở cửa hàng để trả 8.000.000 đồng tiền thóc giống. Tên và số tiền đều đúng. Bấm trả tiền xong, ứng dụng bảo bạn nhìn vào camera để xác thực khuôn mặt. Bạn làm gì?
kt-khuon-mat-trong-ngay-nhin-camera = Làm theo, vì cả ngày đã chuyển trên 20 triệu
kt-khuon-mat-trong-ngay-nhin-camera-feedback = Đúng rồi. Hôm nay bạn đã chuyển tổng cộng trên 20 triệu đồng, nên ứng dụng bạn tự mở hỏi khuôn mặt là bình thường.
kt-khuon-mat-trong-ngay-huy-vi-duoi-muoi-trieu = Hủy, vì lần này chưa tới 10 triệu mà bị hỏi khuôn mặt thì chắc là lừa đảo
kt-khuon-mat-trong-ngay-huy-vi-duoi-muoi-trieu-feedback = Tính cả ngày, bạn đã chuyển trên 20 triệu đồng, nên ứng dụng hỏi khuôn mặt là bình thường. Đây là ứng dụng bạn tự mở, bạn cứ làm theo.
kt-khuon-mat-trong-ngay-nho-nguoi-ban-quet = Đưa máy cho người bán soi mặt giúp
kt-khuon-mat-trong-ngay-nho-nguoi-ban-quet-feedback = Ứng dụng cần nhận ra chính bạn, người chuyển tiền. Bạn giữ điện thoại và tự nhìn vào camera.
kt-khuon-mat-trong-ngay-chuyen-lai-tu-dau = Thoát ra, quét lại mã từ đầu cho khỏi phải soi mặt
kt-khuon-mat-trong-ngay-chuyen-lai-tu-dau-feedback = Làm lại từ đầu, ứng dụng vẫn sẽ hỏi, vì hôm nay bạn đã chuyển trên 20 triệu đồng. Đây là ứng dụng bạn tự mở, bạn cứ tự nhìn vào camera.
