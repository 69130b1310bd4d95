# Bài: Bán nông sản, sản phẩm OCOP trên mạng. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 9.2, 9.3 (bán hàng, thuế,
# định danh người bán), 9.1 (quét mã QR không bao giờ “hoàn tiền”), 3 (VietQR), 4.1 I và M, 4.4 Q.
#
# Bước “shop” bán hàng S: S-task (đề bài: giá, khối lượng, có OCOP hay không), S-hint (khi chọn
# ảnh sai), S-explain (vì sao đúng); mỗi ảnh P: S-photo-P (ảnh cho thấy gì).
# Bước “chat” S: S-title (tên người ở đầu cuộc trò chuyện), S-task, S-hint, S-explain; S-by-F
# (tên người gửi), S-msg-M (lời tin nhắn; với ảnh: ảnh cho thấy gì), S-reply-R (câu trả lời mẫu),
# S-photo-P (ảnh của bạn).
#
# Cách xưng hô: khách trẻ gọi người bán là “bác”, người bán xưng “bác”, gọi khách là “cháu”
# (hợp với người học lớn tuổi, không phân biệt nam nữ).
# Giá viết kiểu Việt Nam: 180.000 đồng; khối lượng tính bằng gam, như ô trên mẫu đăng bán.
# Mọi tên người, tên tài khoản đều bịa. Không có số căn cước, mã OTP hay số tài khoản thật nào.
# Không ghi số nghị định, số luật trong lời cho người học: chỉ ghi “từ ngày 1/7/2025” và “luật
# mới … từ ngày 1/7/2026” (số của luật chưa kiểm chứng). Không nêu mức doanh thu chịu thuế (chưa
# kiểm chứng). Không tả màn hình đăng ký postMart, Voso, danh mục Zalo (chưa kiểm chứng).
# Tên nút “chặn”, “báo cáo” trên ứng dụng thật chưa kiểm chứng (domain.md mục 10): bài nói
# bằng lời thường và nhắc tên nút thật có thể khác.

lesson-title = Bán nông sản, sản phẩm OCOP trên mạng
lesson-summary = Bạn tập đăng bán sản phẩm nhà mình với ảnh thật, giá và khối lượng đúng, nhãn OCOP đúng sự thật; trả lời khách an toàn; nhận tiền vào tài khoản của chính mình; và tìm hiểu quy định mới về thuế, định danh người bán.

## Luyện tập

gioi-thieu-text =
    Nhiều bà con đã bán nông sản, sản phẩm OCOP trên mạng: trên các sàn thương mại điện tử như postMart của Bưu điện, Voso của Viettel Post, hay nhắn tin bán cho khách quen.
    Bán trên mạng thì khách ở xa cũng mua được hàng của bạn. Nhưng kẻ gian cũng hay giả làm khách mua để lừa tiền người bán.
    Trong bài này, bạn tập ba việc: đăng bán một sản phẩm cho đúng, trả lời khách cho an toàn, và nhận tiền vào tài khoản của chính mình. Cuối bài, bạn tìm hiểu cách đóng gói hàng và quy định mới về thuế, về định danh người bán.
    Bạn tập trên một ứng dụng bán hàng và một ứng dụng nhắn tin giả lập. Màn hình và tên nút trên ứng dụng thật có thể khác. Tên người đều bịa ra, không có đồng tiền thật nào được chuyển.
    Bấm nhầm cũng không sao. Bạn đọc lời giải thích rồi làm lại.

bai-dang-tot-text =
    Một bài đăng bán hàng tốt có mấy điều sau.
    Ảnh thật của chính sản phẩm nhà bạn, rõ nét, đủ sáng. Bạn chụp ban ngày, ngoài sân hoặc gần cửa sổ, giữ yên tay. Ảnh mờ làm khách không tin.
    Không lấy ảnh của người khác trên mạng. Ảnh đó là của người ta, và khách nhận hàng không giống ảnh sẽ thấy mình bị lừa.
    Không đăng ảnh có căn cước, thẻ ngân hàng hay giấy tờ của bạn, dù chỉ lọt ở góc ảnh. Kẻ gian có thể dùng ảnh đó để giả danh bạn.
    Tên sản phẩm và nơi làm ra, ví dụ: Mật ong hoa rừng, thôn Khe Vàng.
    Giá và khối lượng đúng như bạn bán. Giá tính bằng đồng. Khối lượng tính bằng gam: 1 cân là 1.000 gam, nửa cân là 500 gam.
    Nhãn OCOP: chỉ đánh dấu khi sản phẩm đã được chứng nhận OCOP. Chưa được chứng nhận mà ghi OCOP là đánh lừa khách.
    Cách giao hàng: bạn chọn ít nhất một cách, ví dụ gửi qua bưu điện.

lt-dang-mat-ong-task = Bạn đăng bán mật ong nhà nuôi. Tên sản phẩm: Mật ong hoa rừng. Nơi làm ra: thôn Khe Vàng. Mỗi hũ nặng 500 gam, giá 180.000 đồng. Mật ong nhà bạn chưa được chứng nhận OCOP. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
lt-dang-mat-ong-hint = Bạn chỉ chọn ảnh rõ nét, tự chụp mật ong nhà mình. Bỏ ảnh bị mờ và ảnh căn cước.
lt-dang-mat-ong-explain = Đúng rồi. Ảnh rõ nét, chụp thật mật ong nhà bạn, giúp khách tin. Giá 180.000 đồng và khối lượng 500 gam đúng như bạn bán. Mật ong chưa được chứng nhận, nên bạn không đánh dấu OCOP.
lt-dang-mat-ong-photo-mo = Ảnh hai hũ mật ong nhà bạn, nhưng bị rung tay nên mờ
lt-dang-mat-ong-photo-ro = Ảnh hai hũ mật ong nhà bạn, chụp ban ngày, rõ nét
lt-dang-mat-ong-photo-cccd = Ảnh căn cước của bạn, chụp hôm đi làm thủ tục

lt-dang-mien-task = Hợp tác xã ở thôn bạn làm miến dong. Miến đã được chứng nhận OCOP 3 sao. Bạn đăng bán giúp hợp tác xã. Tên sản phẩm: Miến dong. Nơi làm ra: hợp tác xã thôn Khe Vàng. Mỗi gói nặng 500 gam, giá 55.000 đồng. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
lt-dang-mien-hint = Ảnh nền tím có dấu lạ là ảnh của cửa hàng khác, tải trên mạng về. Bạn chọn ảnh tự chụp miến của hợp tác xã: một ảnh hay cả hai ảnh đều được.
lt-dang-mien-explain = Đúng rồi. Ảnh tự chụp cho khách thấy miến thật của hợp tác xã. Miến đã được chứng nhận OCOP 3 sao, nên lần này bạn đánh dấu OCOP.
lt-dang-mien-photo-mang = Ảnh gói miến rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về
lt-dang-mien-photo-phoi = Ảnh bạn tự chụp miến đang phơi trên giàn ở sân hợp tác xã
lt-dang-mien-photo-goi = Ảnh bạn tự chụp một gói miến của hợp tác xã, rõ nét

lt-dang-mang-task = Bạn đăng bán măng khô nhà phơi. Tên sản phẩm: Măng khô. Nơi làm ra: thôn Khe Vàng. Mỗi túi nặng 1 cân, tức 1.000 gam, giá 250.000 đồng. Măng nhà bạn chưa được chứng nhận OCOP. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
lt-dang-mang-hint = Bạn nhìn kỹ từng ảnh. Ảnh có căn cước bên cạnh thì không đăng, dù căn cước chỉ ở góc. Ảnh của cửa hàng khác cũng không đăng. Bạn chọn ảnh tự chụp măng nhà mình.
lt-dang-mang-explain = Đúng rồi. Ảnh có căn cước bên cạnh, kẻ gian có thể lấy thông tin trên đó để giả danh bạn. Bạn chỉ đăng ảnh măng nhà mình, rõ nét. Giá 250.000 đồng, khối lượng 1.000 gam, và không đánh dấu OCOP vì măng chưa được chứng nhận.
lt-dang-mang-photo-cccd = Ảnh nia măng nhà bạn, bên cạnh để quên chiếc căn cước của bạn
lt-dang-mang-photo-mang = Ảnh măng rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về
lt-dang-mang-photo-ro = Ảnh nia măng nhà bạn, chụp ngoài sân, rõ nét

tra-loi-khach-text =
    Khách thường nhắn hỏi giá, khối lượng, cách giao hàng, cách trả tiền. Bạn trả lời rõ ràng, đúng sự thật. Trong bài này có sẵn vài câu trả lời mẫu: bạn chọn câu đúng rồi gửi.
    Khách thật chỉ cần biết về hàng và cách trả tiền. Không bao giờ gửi cho ai mã OTP (mã số ngân hàng hay ứng dụng gửi về máy bạn), mật khẩu, ảnh căn cước hay ảnh thẻ ngân hàng.
    Có kẻ gian nhắn: “Cháu chuyển thừa tiền, bác quét mã QR này để hoàn lại cho cháu.” Bạn mở ứng dụng ngân hàng của mình xem: không có tiền thừa vào là lừa đảo. Dù có tiền lạ vào thật, bạn cũng không quét mã người ta gửi: bạn hỏi ngân hàng của mình cách trả lại. Nhớ: quét mã QR là trả tiền đi, không bao giờ là nhận tiền về.
    Một người lạ nhắn như vậy, hay đòi mã OTP, đòi ảnh căn cước: bạn không trả lời, bấm chặn người đó.
    Nếu tin lạ như vậy đến từ tài khoản của một người quen, có thể tài khoản ấy đã bị kẻ gian chiếm. Người quen thì bạn đừng chặn. Bạn báo cáo tin nhắn lạ đó, để ứng dụng biết đây là tin lừa đảo. Rồi bạn gọi điện cho người quen theo số vẫn gọi, để hỏi và báo cho họ biết.
    Trên ứng dụng thật, nút chặn và nút báo cáo có thể mang tên khác.

lt-hoi-gia-title = Phạm Thu Trang
lt-hoi-gia-task = Bạn bán mật ong, hũ 500 gam giá 180.000 đồng. Một khách nhắn hỏi. Bạn chọn câu trả lời đúng rồi gửi.
lt-hoi-gia-hint = Khách hỏi giá và cách gửi hàng. Bạn chọn câu nói đúng hai điều đó. Người bán không cần ảnh căn cước của khách, và tiền phải vào tài khoản của chính bạn.
lt-hoi-gia-explain = Đúng rồi. Câu trả lời nói rõ giá và cách giao hàng. Khách nhận hàng rồi mới trả tiền cho người giao hàng, nên cả hai bên đều yên tâm.
lt-hoi-gia-by-khach = Phạm Thu Trang
lt-hoi-gia-msg-hoi = Bác ơi, cháu thấy bác đăng bán mật ong. Hũ 500 gam giá bao nhiêu ạ? Bác có gửi hàng đi xa được không?
lt-hoi-gia-reply-gui-cccd = Cháu gửi bác ảnh căn cước của cháu trước thì bác mới bán.
lt-hoi-gia-reply-gia-va-giao = Hũ 500 gam giá 180.000 đồng cháu nhé. Bác gửi qua bưu điện, cháu nhận hàng rồi trả tiền cho người giao hàng.
lt-hoi-gia-reply-tk-ban = Cháu chuyển trước 180.000 đồng vào tài khoản của bạn bác nhé, bác không có tài khoản.

lt-hoan-tien-title = Tùng Lâm 88
lt-hoan-tien-task = Một người lạ, chưa từng mua hàng của bạn, nhắn như dưới đây. Bạn mở ứng dụng ngân hàng của mình xem: không có khoản tiền nào từ người này. Bạn làm gì?
lt-hoan-tien-hint = Không có tiền thừa nào vào tài khoản của bạn. Quét mã QR là chuyển tiền đi, không phải hoàn tiền. Với người lạ như vậy, bạn không trả lời mà chặn người đó.
lt-hoan-tien-explain = Đúng rồi. Đây là chiêu lừa “chuyển nhầm, quét mã để hoàn tiền”. Nếu quét mã, bạn sẽ chuyển tiền của mình cho kẻ gian. Bạn chặn người lạ này để họ không nhắn cho bạn nữa.
lt-hoan-tien-by-la = Tùng Lâm 88
lt-hoan-tien-msg-nham = Bác ơi, cháu vừa chuyển tiền mua mật ong mà bấm nhầm thành 1.800.000 đồng, đúng ra chỉ 180.000 đồng thôi.
lt-hoan-tien-msg-ma = Một mã QR, kèm lời nhắn: “Bác quét mã này để hoàn lại tiền thừa cho cháu.”
lt-hoan-tien-msg-giuc = Bác chuyển lại cho cháu 1.620.000 đồng ngay nhé, cháu đang cần gấp lắm!
lt-hoan-tien-reply-quet-ngay = Ừ, bác quét mã trả lại cháu ngay đây.
lt-hoan-tien-reply-gui-stk = Cháu cứ gửi số tài khoản, bác chuyển lại ngay.

lt-nguoi-quen-xin-ma-title = Lò Thị Lành
lt-nguoi-quen-xin-ma-task = Lò Thị Lành là khách quen, năm nào cũng mua mật ong của bạn. Tối nay, tài khoản của Lành nhắn một tin lạ. Đúng lúc đó, điện thoại bạn nhận được một tin nhắn có mã OTP. Bạn làm gì trong cuộc trò chuyện này?
lt-nguoi-quen-xin-ma-hint = Người quen thật không bao giờ cần mã OTP của bạn. Tài khoản của Lành có thể đã bị kẻ gian chiếm. Bạn không đọc mã, cũng không chặn người quen: bạn báo cáo tin nhắn đòi mã.
lt-nguoi-quen-xin-ma-explain = Đúng rồi. Bạn báo cáo tin nhắn đó để ứng dụng biết đây là tin lừa đảo. Mã OTP giống như chìa khóa nhà: đọc mã cho kẻ gian, họ có thể chiếm tài khoản của bạn. Sau đó bạn gọi điện cho Lành theo số vẫn gọi, để báo cho Lành biết tài khoản có thể đã bị người khác dùng.
lt-nguoi-quen-xin-ma-by-khach = Lò Thị Lành
lt-nguoi-quen-xin-ma-msg-cam-on = Bác ơi, cháu nhận được mật ong rồi, ngon lắm ạ. Sang năm cháu lại đặt bác nhé!
lt-nguoi-quen-xin-ma-msg-da = Cảm ơn cháu, sang năm bác để phần cháu.
lt-nguoi-quen-xin-ma-msg-xin-ma = Bác ơi, cháu lỡ gửi nhầm một mã 6 số về số điện thoại của bác. Bác đọc giúp cháu mã đó nhé, cháu cần gấp.
lt-nguoi-quen-xin-ma-reply-doc-ma = Ừ, để bác đọc mã trong tin nhắn cho cháu.
lt-nguoi-quen-xin-ma-reply-chup-gui = Bác chụp tin nhắn có mã gửi cháu ngay đây.

nhan-tien-text =
    Khách ở xa thường trả tiền bằng chuyển khoản. Cách dễ nhất là mã QR theo chuẩn VietQR.
    Trong ứng dụng ngân hàng của bạn có mã QR nhận tiền của chính bạn. Mã này dùng được với mọi ứng dụng ngân hàng có hỗ trợ VietQR: khách dùng ngân hàng khác vẫn chuyển được.
    Bạn gửi mã QR đó cho khách. Khách quét, màn hình của khách hiện tên bạn. Khách thấy đúng tên bạn rồi mới chuyển.
    Tiền phải vào tài khoản đứng tên chính bạn. Đừng nhờ người khác nhận tiền hộ. Đừng cho ai mượn, thuê tài khoản của mình: cho thuê, mua bán tài khoản là vi phạm pháp luật.
    Trước khi gửi hàng, bạn tự mở ứng dụng ngân hàng của mình, thấy đủ tiền đã vào rồi mới gửi. Ảnh chụp màn hình “chuyển tiền thành công” khách gửi chưa chắc là tiền đã vào.
    Nếu bán trên sàn, khách cũng có thể trả tiền qua sàn, hoặc nhận hàng rồi trả tiền cho người giao hàng.

lt-gui-ma-qr-title = Đặng Quốc Huy
lt-gui-ma-qr-task = Một khách đặt mua 2 hũ mật ong, tổng cộng 360.000 đồng, và muốn chuyển khoản trước. Bạn gửi cho khách một ảnh, kèm một lời nhắn ngắn.
lt-gui-ma-qr-hint = Khách cần mã QR nhận tiền của bạn. Không gửi ảnh thẻ ngân hàng hay ảnh căn cước: kẻ gian có thể dùng những ảnh đó để giả danh bạn.
lt-gui-ma-qr-explain = Đúng rồi. Mã QR nhận tiền mang tên bạn và số tài khoản của bạn. Khách quét, thấy đúng tên bạn rồi chuyển. Sau đó bạn tự xem trong ứng dụng ngân hàng, thấy đủ 360.000 đồng đã vào rồi mới gửi hàng.
lt-gui-ma-qr-by-khach = Đặng Quốc Huy
lt-gui-ma-qr-msg-dat = Bác ơi, cháu lấy 2 hũ mật ong nhé. Cháu muốn chuyển khoản trước, bác gửi cháu mã QR với ạ.
lt-gui-ma-qr-photo-the = Ảnh thẻ ngân hàng của bạn, thấy rõ số thẻ
lt-gui-ma-qr-photo-ma-qr = Mã QR nhận tiền của bạn, mở từ ứng dụng ngân hàng của bạn, mang tên bạn
lt-gui-ma-qr-photo-cccd = Ảnh căn cước của bạn

dong-goi-text =
    Khi đóng gói hàng để gửi đi, bạn dùng điện thoại quay video. Bạn có thể dựng điện thoại lên giá, hoặc nhờ người nhà cầm.
    Quay rõ phiếu gửi hàng có mã đơn, quay lúc cho đúng, đủ hàng vào thùng, và lúc dán kín thùng. Quay liền một mạch, không cắt.
    Nếu khách báo thiếu hàng hay hàng bị vỡ, video này giúp bạn chứng minh mình đã gửi đủ, gửi tốt. Người mua cũng quay video lúc mở hàng để làm bằng chứng khi xin trả hàng.
    Bạn giữ video cho đến khi khách đã nhận hàng và hết thời gian đổi trả. Bán trên sàn thì bạn xem thời hạn đổi trả trong ứng dụng của sàn.

lt-dong-goi-prompt = Bạn đóng gói 3 hũ mật ong để gửi cho khách. Bạn xếp các việc sau theo đúng thứ tự.
lt-dong-goi-hint = Bạn bật quay video trước, để video có cả lúc cho hàng vào và lúc dán kín thùng. Gửi hàng đi rồi, bạn vẫn giữ video.
lt-dong-goi-bat-quay = Bật quay video, quay rõ phiếu gửi hàng có mã đơn
lt-dong-goi-cho-hang = Cho đủ 3 hũ vào thùng trước máy quay, rồi dán kín thùng
lt-dong-goi-giao = Giao thùng hàng cho bưu cục hoặc người giao hàng
lt-dong-goi-giu-video = Giữ video đến khi khách đã nhận hàng và hết thời gian đổi trả

thue-dinh-danh-text =
    Quy định về thuế khi bán trên mạng, áp dụng từ ngày 1/7/2025:
    Bán trên sàn có chức năng thanh toán, tức là khách trả tiền qua sàn: sàn tự khấu trừ thuế trên từng đơn. Với hàng hóa, sàn khấu trừ 1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân. Ví dụ đơn hàng 1.000.000 đồng thì sàn khấu trừ 15.000 đồng. Phần thuế sàn đã khấu trừ, bạn không phải khai lại.
    Bán ở nơi không có chức năng thanh toán, khách chuyển khoản thẳng cho bạn: bạn tự khai thuế.
    Nếu tính cả năm mà doanh thu của bạn thuộc mức không phải nộp thuế, bạn có thể đề nghị hoàn lại số thuế đã nộp. Mức đó là bao nhiêu, bạn hỏi cơ quan thuế hoặc cán bộ xã.
    Cẩn thận kẻ giả danh cán bộ thuế: họ gửi giấy mời giả, rồi bảo bạn cài ứng dụng thuế qua đường link. Bạn chỉ cài ứng dụng từ CH Play hoặc App Store, và có gì chưa rõ thì hỏi thẳng cơ quan thuế.
    Định danh người bán: theo luật mới về thương mại điện tử, có hiệu lực từ ngày 1/7/2026, người bán hàng trên sàn phải định danh, xác thực danh tính điện tử. Người livestream bán hàng, tức là quay video trực tiếp để bán, phải xác thực danh tính bằng VNeID, và sàn phải xác thực trước buổi livestream. Có sàn lớn đã định danh người bán bằng căn cước gắn chip từ năm 2025.
    Việc xác thực, bạn tự làm theo hướng dẫn trong ứng dụng của sàn. Không bao giờ gửi ảnh căn cước hay mã OTP cho người nhắn tin xưng là nhân viên sàn.

lt-thue-prompt = Bạn bán miến dong trên một sàn có chức năng thanh toán. Tháng này khách trả qua sàn tổng cộng 600.000 đồng tiền miến. Sàn khấu trừ bao nhiêu tiền thuế?
lt-thue-khong-dong = Không đồng, vì bán hàng trên mạng thì không phải nộp thuế
lt-thue-khong-dong-feedback = Từ ngày 1/7/2025, sàn có chức năng thanh toán khấu trừ thuế trên từng đơn: 1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân. Với 600.000 đồng, đó là 9.000 đồng.
lt-thue-chin-nghin = 9.000 đồng
lt-thue-chin-nghin-feedback = Đúng rồi. 1% của 600.000 đồng là 6.000 đồng, 0,5% là 3.000 đồng, cộng lại 9.000 đồng. Phần thuế sàn đã khấu trừ, bạn không phải khai lại.
lt-thue-sau-muoi-nghin = 60.000 đồng, tức là 10%
lt-thue-sau-muoi-nghin-feedback = Không phải 10%. Với hàng hóa, sàn khấu trừ 1% thuế giá trị gia tăng và 0,5% thuế thu nhập cá nhân: 6.000 đồng cộng 3.000 đồng là 9.000 đồng.

ghi-nho-text =
    Bạn nhớ mấy điều sau:
    Đăng bán: ảnh thật, rõ nét, tự chụp sản phẩm nhà mình. Không lấy ảnh của người khác. Không để lọt căn cước, thẻ ngân hàng vào ảnh.
    Giá và khối lượng đúng như bạn bán. Chỉ đánh dấu OCOP khi sản phẩm đã được chứng nhận.
    Trả lời khách rõ ràng, đúng sự thật. Không gửi cho ai mã OTP, mật khẩu, ảnh căn cước, ảnh thẻ ngân hàng.
    Quét mã QR là trả tiền đi, không bao giờ là “hoàn tiền”. Người lạ đòi hoàn tiền, đòi mã: chặn. Người quen nhắn lạ: báo cáo tin nhắn, rồi gọi điện hỏi họ.
    Nhận tiền: gửi mã QR của chính bạn. Tự xem trong ứng dụng ngân hàng của mình, thấy tiền đã vào rồi mới gửi hàng.
    Quay video lúc đóng gói, giữ đến khi khách nhận hàng xong.
    Thuế: sàn có chức năng thanh toán tự khấu trừ; bán ở nơi khác thì bạn tự khai. Từ ngày 1/7/2026, người bán trên sàn phải định danh điện tử, người livestream bán hàng phải xác thực bằng VNeID.
    Tiếp theo là bài kiểm tra ngắn. Bạn cứ làm từ từ, không tính giờ.

## Bài kiểm tra cuối: đăng bán

kt-dang-nam-task = Bạn đăng bán nấm hương nhà trồng. Tên sản phẩm: Nấm hương khô. Nơi làm ra: thôn Khe Vàng. Mỗi túi nặng 300 gam, giá 150.000 đồng. Nấm nhà bạn đã được chứng nhận OCOP 3 sao. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
kt-dang-nam-hint = Bạn chỉ chọn ảnh rõ nét, tự chụp nấm nhà mình. Bỏ ảnh bị mờ và ảnh của cửa hàng khác.
kt-dang-nam-explain = Đúng rồi. Ảnh rõ nét, chụp thật nấm nhà bạn. Giá 150.000 đồng, khối lượng 300 gam. Nấm đã được chứng nhận OCOP 3 sao, nên bạn đánh dấu OCOP.
kt-dang-nam-photo-mang = Ảnh nấm hương rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về
kt-dang-nam-photo-mo = Ảnh bát nấm nhà bạn, nhưng bị rung tay nên mờ
kt-dang-nam-photo-ro = Ảnh bát nấm nhà bạn, chụp ban ngày, rõ nét

kt-dang-gao-task = Bạn đăng bán gạo nếp nhà cấy. Tên sản phẩm: Gạo nếp. Nơi làm ra: thôn Khe Vàng. Mỗi túi nặng 2 cân, tức 2.000 gam, giá 70.000 đồng. Gạo nhà bạn chưa được chứng nhận OCOP. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
kt-dang-gao-hint = Bạn chỉ chọn ảnh rõ nét, tự chụp gạo nhà mình. Bỏ ảnh bị mờ và ảnh có căn cước bên cạnh.
kt-dang-gao-explain = Đúng rồi. Ảnh rõ nét, chụp thật gạo nhà bạn, không lọt giấy tờ. Giá 70.000 đồng, khối lượng 2.000 gam. Gạo chưa được chứng nhận, nên bạn không đánh dấu OCOP.
kt-dang-gao-photo-ro = Ảnh bao gạo nếp nhà bạn, chụp ban ngày, rõ nét
kt-dang-gao-photo-cccd = Ảnh bao gạo nếp nhà bạn, bên cạnh để quên chiếc căn cước của bạn
kt-dang-gao-photo-mo = Ảnh bao gạo nếp nhà bạn, nhưng bị rung tay nên mờ

kt-dang-che-task = Bạn đăng bán chè xanh nhà làm. Tên sản phẩm: Chè xanh. Nơi làm ra: thôn Khe Vàng. Mỗi gói nặng 200 gam, giá 90.000 đồng. Chè nhà bạn đã được chứng nhận OCOP 4 sao. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
kt-dang-che-hint = Bạn chỉ chọn ảnh tự chụp gói chè nhà mình. Bỏ ảnh căn cước và ảnh của cửa hàng khác.
kt-dang-che-explain = Đúng rồi. Ảnh tự chụp gói chè nhà bạn, rõ nét. Giá 90.000 đồng, khối lượng 200 gam. Chè đã được chứng nhận OCOP 4 sao, nên bạn đánh dấu OCOP.
kt-dang-che-photo-cccd = Ảnh căn cước của bạn
kt-dang-che-photo-ro = Ảnh bạn tự chụp gói chè nhà mình, rõ nét, đủ sáng
kt-dang-che-photo-mang = Ảnh gói chè rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về

kt-dang-mat-ong-task = Bạn đăng bán mật ong nhà nuôi. Tên sản phẩm: Mật ong hoa rừng. Nơi làm ra: thôn Khe Vàng. Mỗi hũ lớn nặng 1 cân, tức 1.000 gam, giá 350.000 đồng. Mật ong nhà bạn chưa được chứng nhận OCOP. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
kt-dang-mat-ong-hint = Bạn chỉ chọn ảnh rõ nét, tự chụp mật ong nhà mình. Bỏ ảnh bị mờ, ảnh có căn cước và ảnh của cửa hàng khác.
kt-dang-mat-ong-explain = Đúng rồi. Chỉ ảnh rõ nét, tự chụp mật ong nhà bạn là đăng được. Giá 350.000 đồng, khối lượng 1.000 gam. Mật ong chưa được chứng nhận, nên bạn không đánh dấu OCOP.
kt-dang-mat-ong-photo-mang = Ảnh mật ong rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về
kt-dang-mat-ong-photo-cccd = Ảnh hai hũ mật ong nhà bạn, bên cạnh để quên chiếc căn cước của bạn
kt-dang-mat-ong-photo-ro = Ảnh hai hũ mật ong nhà bạn, chụp ban ngày, rõ nét
kt-dang-mat-ong-photo-mo = Ảnh hai hũ mật ong nhà bạn, nhưng bị rung tay nên mờ

kt-dang-mien-task = Bạn đăng bán miến dong của hợp tác xã thôn bạn. Tên sản phẩm: Miến dong. Nơi làm ra: hợp tác xã thôn Khe Vàng. Mỗi gói nặng 500 gam, giá 60.000 đồng. Miến đã được chứng nhận OCOP 3 sao. Bạn chọn ảnh, điền đủ các ô, chọn cách giao hàng, rồi đăng bài.
kt-dang-mien-hint = Bạn chỉ chọn ảnh rõ nét, tự chụp miến của hợp tác xã: một ảnh hay cả hai ảnh đều được. Bỏ ảnh bị mờ và ảnh có căn cước bên cạnh.
kt-dang-mien-explain = Đúng rồi. Ảnh tự chụp, rõ nét, cho khách thấy miến thật. Giá 60.000 đồng, khối lượng 500 gam. Miến đã được chứng nhận OCOP 3 sao, nên bạn đánh dấu OCOP.
kt-dang-mien-photo-goi = Ảnh bạn tự chụp một gói miến của hợp tác xã, rõ nét
kt-dang-mien-photo-phoi = Ảnh bạn tự chụp miến đang phơi trên giàn ở sân hợp tác xã
kt-dang-mien-photo-cccd = Ảnh gói miến, bên cạnh để quên chiếc căn cước của bạn
kt-dang-mien-photo-mo = Ảnh gói miến, nhưng bị rung tay nên mờ

## Bài kiểm tra cuối: trả lời khách

kt-hoi-gia-mien-title = Vi Văn Sơn
kt-hoi-gia-mien-task = Bạn bán miến dong của hợp tác xã, gói 500 gam giá 60.000 đồng. Một khách nhắn hỏi. Bạn chọn câu trả lời đúng rồi gửi.
kt-hoi-gia-mien-hint = Khách hỏi giá và cách gửi hàng. Bạn chọn câu nói đúng hai điều đó. Người bán không cần ảnh căn cước của khách, và tiền phải vào tài khoản của chính bạn.
kt-hoi-gia-mien-explain = Đúng rồi. Câu trả lời nói rõ giá và cách gửi hàng. Khách nhận hàng rồi mới trả tiền, nên cả hai bên đều yên tâm.
kt-hoi-gia-mien-by-khach = Vi Văn Sơn
kt-hoi-gia-mien-msg-hoi = Bác ơi, miến dong gói 500 gam bao nhiêu tiền ạ? Bác gửi hàng bằng cách nào ạ?
kt-hoi-gia-mien-reply-can-cccd = Cháu gửi bác ảnh hai mặt căn cước trước thì bác mới gửi hàng.
kt-hoi-gia-mien-reply-tk-em-ho = Cháu chuyển khoản trước vào tài khoản em họ bác nhé, tài khoản của bác đang bị khóa.
kt-hoi-gia-mien-reply-gia-giao = Gói 500 gam giá 60.000 đồng cháu ạ. Bác gửi bưu điện, cháu nhận hàng rồi trả tiền.

kt-hoi-ocop-title = Nông Thị Hiền
kt-hoi-ocop-task = Bạn bán măng khô nhà phơi, chưa được chứng nhận OCOP. Một khách nhắn hỏi. Bạn chọn câu trả lời đúng rồi gửi.
kt-hoi-ocop-hint = Măng nhà bạn chưa được chứng nhận OCOP. Bạn chọn câu nói đúng sự thật.
kt-hoi-ocop-explain = Đúng rồi. Bạn nói thật: măng chưa được chứng nhận OCOP. Nói có OCOP khi chưa được chứng nhận là đánh lừa khách.
kt-hoi-ocop-by-khach = Nông Thị Hiền
kt-hoi-ocop-msg-hoi = Bác ơi, măng khô của bác có phải sản phẩm OCOP không ạ? Được mấy sao ạ?
kt-hoi-ocop-reply-chua-co = Chưa cháu ạ. Măng nhà bác tự phơi, chưa được chứng nhận OCOP.
kt-hoi-ocop-reply-co-bon-sao = Có chứ, OCOP 4 sao đấy, cháu cứ yên tâm.
kt-hoi-ocop-reply-sap-co = Sắp có rồi cháu ạ, cháu cứ coi như măng OCOP nhé, măng cả thôn cũng như nhau thôi.

kt-hoi-thanh-toan-title = Tạ Minh Thu
kt-hoi-thanh-toan-task = Bạn bán nấm hương. Một khách muốn chuyển khoản trước và hỏi tài khoản. Bạn chọn câu trả lời đúng rồi gửi.
kt-hoi-thanh-toan-hint = Tiền phải vào tài khoản đứng tên chính bạn. Không bao giờ bảo khách đọc mã OTP cho mình.
kt-hoi-thanh-toan-explain = Đúng rồi. Tiền vào tài khoản đứng tên chính bạn. Khách quét mã QR của bạn, thấy đúng tên bạn rồi mới chuyển, nên khách yên tâm.
kt-hoi-thanh-toan-by-khach = Tạ Minh Thu
kt-hoi-thanh-toan-msg-hoi = Bác ơi, cháu muốn chuyển khoản trước. Bác cho cháu xin tài khoản, tài khoản đứng tên ai ạ?
kt-hoi-thanh-toan-reply-tk-ban = Cháu chuyển vào tài khoản một người bạn của bác, khác tên cũng được, bạn bác đưa lại bác sau.
kt-hoi-thanh-toan-reply-doc-otp = Cháu đọc cho bác mã OTP ngân hàng gửi về máy cháu, bác chuyển giúp cho nhanh.
kt-hoi-thanh-toan-reply-tk-chinh-minh = Tài khoản đứng tên chính bác. Bác gửi mã QR, cháu quét thấy đúng tên bác thì chuyển nhé.

kt-gui-anh-that-title = Lục Văn Bình
kt-gui-anh-that-task = Bạn bán chè nhà làm. Một khách muốn xem ảnh thật trước khi mua. Bạn gửi cho khách một ảnh, kèm một lời nhắn ngắn.
kt-gui-anh-that-hint = Khách muốn xem ảnh thật gói chè nhà bạn. Ảnh của cửa hàng khác không phải chè nhà bạn, còn ảnh căn cước thì không gửi cho ai.
kt-gui-anh-that-explain = Đúng rồi. Ảnh bạn tự chụp gói chè nhà mình cho khách thấy đúng hàng sẽ nhận.
kt-gui-anh-that-by-khach = Lục Văn Bình
kt-gui-anh-that-msg-hoi = Bác ơi, bác chụp giúp cháu ảnh thật gói chè nhà bác được không ạ? Cháu sợ mua phải hàng không giống ảnh.
kt-gui-anh-that-photo-mang = Ảnh gói chè rất đẹp, nền tím bóng, có dấu của một cửa hàng khác: ảnh tải trên mạng về
kt-gui-anh-that-photo-cccd = Ảnh căn cước của bạn
kt-gui-anh-that-photo-ro = Ảnh bạn vừa chụp gói chè nhà mình, rõ nét, đủ sáng

## Bài kiểm tra cuối: tin nhắn lừa đảo

kt-chuyen-thua-title = Hải Nam Store
kt-chuyen-thua-task = Một người lạ, chưa từng mua hàng của bạn, nhắn như dưới đây. Bạn mở ứng dụng ngân hàng của mình xem: không có khoản tiền nào từ người này. Bạn làm gì?
kt-chuyen-thua-hint = Không có tiền thừa nào vào tài khoản của bạn. Quét mã QR là chuyển tiền đi. Với người lạ như vậy, bạn không trả lời mà chặn người đó.
kt-chuyen-thua-explain = Đúng rồi. Đây là chiêu lừa “chuyển nhầm, quét mã để hoàn tiền”. Bạn chặn người lạ này và không quét mã nào cả.
kt-chuyen-thua-by-la = Hải Nam Store
kt-chuyen-thua-msg-nham = Bác ơi, cháu chuyển tiền mua miến mà bấm nhầm 600.000 đồng, đúng ra chỉ 60.000 đồng. Bác hoàn lại cháu 540.000 đồng ngay nhé!
kt-chuyen-thua-msg-ma = Một mã QR, kèm lời nhắn: “Bác quét mã này là hoàn tiền được ngay.”
kt-chuyen-thua-reply-quet-tra = Ừ, bác quét mã trả lại cháu ngay đây.

kt-gia-nhan-vien-san-title = Hỗ trợ người bán 24/7
kt-gia-nhan-vien-san-task = Bạn có một gian hàng trên sàn. Một tài khoản lạ, xưng là nhân viên của sàn, nhắn như dưới đây. Bạn làm gì?
kt-gia-nhan-vien-san-hint = Việc xác thực người bán, bạn tự làm theo hướng dẫn trong ứng dụng của sàn, không bao giờ qua tin nhắn. Người lạ đòi ảnh căn cước và mã OTP: bạn không trả lời mà chặn người đó.
kt-gia-nhan-vien-san-explain = Đúng rồi. Nhân viên sàn thật không đòi ảnh căn cước hay mã OTP qua tin nhắn. Bạn chặn tài khoản lạ này. Nếu lo gian hàng có vấn đề, bạn tự mở ứng dụng của sàn để xem.
kt-gia-nhan-vien-san-by-la = Hỗ trợ người bán 24/7
kt-gia-nhan-vien-san-msg-khoa = Thông báo: gian hàng của bác sắp bị khóa vì chưa xác minh người bán theo luật mới.
kt-gia-nhan-vien-san-msg-xin = Bác gửi ngay ảnh hai mặt căn cước và đọc mã OTP vừa nhận để em xác minh trong 30 phút, không thì mất gian hàng.
kt-gia-nhan-vien-san-reply-gui-anh = Bác gửi ảnh căn cước cho em ngay đây.
kt-gia-nhan-vien-san-reply-doc-otp = Để bác đọc mã OTP cho em.

kt-khach-quen-vay-title = Triệu Văn Phúc
kt-khach-quen-vay-task = Triệu Văn Phúc là khách quen, năm nào cũng mua miến của bạn. Tối nay, tài khoản của Phúc nhắn hỏi vay tiền như dưới đây. Bạn làm gì trong cuộc trò chuyện này?
kt-khach-quen-vay-hint = Vay gấp, chuyển vào tài khoản người khác, lại không nghe máy được: tài khoản của Phúc có thể đã bị kẻ gian chiếm. Phúc là khách quen thật, nên bạn không chặn mà báo cáo tin nhắn hỏi vay.
kt-khach-quen-vay-explain = Đúng rồi. Bạn báo cáo tin nhắn hỏi vay để ứng dụng biết đây là tin lừa đảo, và không chuyển tiền. Sau đó bạn gọi điện cho Phúc theo số vẫn gọi để hỏi cho chắc.
kt-khach-quen-vay-by-khach = Triệu Văn Phúc
kt-khach-quen-vay-msg-cu = Bác ơi, miến năm nay ngon quá, Tết cháu lại lấy 10 gói nhé!
kt-khach-quen-vay-msg-vay = Bác ơi, cháu đang kẹt tiền. Bác chuyển giúp cháu 5.000.000 đồng vào tài khoản bạn cháu tên Đỗ Văn Tài, tối nay cháu trả. Cháu đang họp, không nghe máy được.
kt-khach-quen-vay-reply-chuyen-ngay = Ừ, bác chuyển cho bạn cháu ngay đây.

kt-khach-quen-qr-title = Hoàng Thị Yến
kt-khach-quen-qr-task = Hoàng Thị Yến là khách quen, hay mua măng khô của bạn. Tối nay, tài khoản của Yến gửi một mã QR như dưới đây. Bạn xem lại ứng dụng ngân hàng: lần trước Yến chuyển đúng số tiền, không thừa đồng nào. Bạn làm gì trong cuộc trò chuyện này?
kt-khach-quen-qr-hint = Lần trước Yến không chuyển thừa, và quét mã QR là chuyển tiền đi. Tài khoản của Yến có thể đã bị kẻ gian chiếm. Yến là khách quen thật, nên bạn không chặn mà báo cáo tin nhắn có mã QR.
kt-khach-quen-qr-explain = Đúng rồi. Bạn báo cáo tin nhắn có mã QR để ứng dụng biết đây là tin lừa đảo, và không quét mã. Sau đó bạn gọi điện cho Yến theo số vẫn gọi để báo cho Yến biết.
kt-khach-quen-qr-by-khach = Hoàng Thị Yến
kt-khach-quen-qr-msg-cu = Bác ơi, măng bác phơi ngon lắm, cháu nấu cả nhà đều khen.
kt-khach-quen-qr-msg-ma = Một mã QR, kèm lời nhắn: “Bác ơi, lần trước cháu chuyển thừa 300.000 đồng tiền măng. Bác quét mã này trả lại cháu nhé.”
kt-khach-quen-qr-reply-quet-tra = Ừ, bác quét mã trả lại cháu ngay đây.
kt-khach-quen-qr-reply-gui-stk = Cháu gửi số tài khoản, bác chuyển lại 300.000 đồng cho cháu.

## Bài kiểm tra cuối: câu hỏi

kt-ocop-hang-xom-prompt = Bạn bán măng khô nhà phơi, chưa được chứng nhận OCOP. Hàng xóm bảo: “Cứ đánh dấu OCOP đi, măng cả thôn phơi như nhau, bán được nhiều hơn.” Bạn làm gì?
kt-ocop-hang-xom-danh-dau-vi-giong = Đánh dấu OCOP, vì măng cả thôn phơi như nhau
kt-ocop-hang-xom-danh-dau-vi-giong-feedback = Nhãn OCOP chỉ dành cho sản phẩm đã được chứng nhận. Măng nhà bạn chưa được chứng nhận, nên bạn không đánh dấu: ghi sai là đánh lừa khách.
kt-ocop-hang-xom-khong-danh-dau = Không đánh dấu
kt-ocop-hang-xom-khong-danh-dau-feedback = Đúng rồi. Măng nhà bạn chưa được chứng nhận OCOP. Đánh dấu OCOP khi chưa được chứng nhận là đánh lừa khách.
kt-ocop-hang-xom-danh-dau-roi-go = Cứ đánh dấu, khi nào khách hỏi giấy tờ thì gỡ ra
kt-ocop-hang-xom-danh-dau-roi-go-feedback = Khách tin nhãn OCOP ngay khi đọc bài đăng. Măng chưa được chứng nhận thì bạn không đánh dấu từ đầu.
kt-ocop-hang-xom-ghi-vao-ten = Không đánh dấu ô OCOP, nhưng ghi chữ OCOP vào tên sản phẩm
kt-ocop-hang-xom-ghi-vao-ten-feedback = Ghi OCOP vào tên cũng là nói với khách rằng măng đã được chứng nhận. Chưa được chứng nhận thì bạn không ghi OCOP ở đâu cả.

kt-tai-khoan-nhan-prompt = Một khách ở tỉnh khác đặt mua chè của bạn và muốn chuyển khoản trước. Bạn để khách chuyển tiền vào đâu?
kt-tai-khoan-nhan-nguoi-quen-nhan-ho = Tài khoản của một người quen, nhờ nhận hộ rồi đưa lại
kt-tai-khoan-nhan-nguoi-quen-nhan-ho-feedback = Tiền nên vào tài khoản đứng tên chính bạn, để bạn tự xem được tiền đã vào chưa. Bạn gửi cho khách mã QR nhận tiền của mình.
kt-tai-khoan-nhan-tai-khoan-thue = Tài khoản một người lạ cho thuê, họ trả bạn tiền hoa hồng
kt-tai-khoan-nhan-tai-khoan-thue-feedback = Thuê, cho thuê, mua bán tài khoản là vi phạm pháp luật, và tiền có thể mất. Bạn gửi cho khách mã QR nhận tiền của chính mình.
kt-tai-khoan-nhan-quet-ma-khach = Bạn quét mã QR của khách để nhận tiền
kt-tai-khoan-nhan-quet-ma-khach-feedback = Quét mã QR là trả tiền đi, không phải nhận tiền về. Bạn gửi mã QR nhận tiền của chính mình cho khách quét.
kt-tai-khoan-nhan-tai-khoan-minh = Tài khoản của chính bạn: gửi khách mã QR nhận tiền
kt-tai-khoan-nhan-tai-khoan-minh-feedback = Đúng rồi. Khách quét mã, thấy đúng tên bạn rồi chuyển. Bạn tự xem tiền đã vào trong ứng dụng ngân hàng của mình rồi mới gửi hàng.

kt-thue-co-thanh-toan-prompt = Bạn bán chè trên một sàn có chức năng thanh toán. Khách trả 1.000.000 đồng tiền chè qua sàn. Theo quy định từ ngày 1/7/2025, thuế của đơn hàng này thế nào?
kt-thue-co-thanh-toan-tu-khai-don-nay = Bạn tự khai và tự nộp thuế cho đơn hàng này
kt-thue-co-thanh-toan-tu-khai-don-nay-feedback = Khách trả qua sàn có chức năng thanh toán thì sàn khấu trừ thuế thay bạn: 1% và 0,5%, tức 15.000 đồng. Phần này bạn không khai lại.
kt-thue-co-thanh-toan-san-khau-tru = Sàn tự khấu trừ 15.000 đồng tiền thuế; bạn không phải khai lại phần này
kt-thue-co-thanh-toan-san-khau-tru-feedback = Đúng rồi. Sàn khấu trừ 1% thuế giá trị gia tăng (10.000 đồng) và 0,5% thuế thu nhập cá nhân (5.000 đồng). Phần thuế sàn đã khấu trừ, bạn không khai lại.
kt-thue-co-thanh-toan-khong-co-thue = Không có thuế, vì bán trên mạng
kt-thue-co-thanh-toan-khong-co-thue-feedback = Bán trên mạng cũng có thuế. Với sàn có chức năng thanh toán, sàn khấu trừ 1% và 0,5%, tức 15.000 đồng cho đơn này.
kt-thue-co-thanh-toan-nop-nguoi-goi = Chuyển tiền thuế cho người gọi điện xưng là cán bộ thuế
kt-thue-co-thanh-toan-nop-nguoi-goi-feedback = Đừng chuyển tiền cho người gọi điện xưng là cán bộ thuế: kẻ gian hay giả danh cán bộ thuế. Ở đây sàn đã khấu trừ 15.000 đồng thay bạn.

kt-thue-tu-khai-prompt = Bạn bán chè ở một nơi không có chức năng thanh toán: khách chuyển khoản thẳng vào tài khoản của bạn. Ai khai thuế cho số tiền bán hàng này?
kt-thue-tu-khai-tu-khai = Chính bạn tự khai
kt-thue-tu-khai-tu-khai-feedback = Đúng rồi. Nơi không có chức năng thanh toán thì không khấu trừ thay, nên bạn tự khai. Chưa rõ thì bạn hỏi cơ quan thuế hoặc cán bộ xã.
kt-thue-tu-khai-trang-khau-tru = Nơi bạn đăng bán tự khấu trừ thuế thay bạn trên từng đơn hàng
kt-thue-tu-khai-trang-khau-tru-feedback = Chỉ sàn có chức năng thanh toán mới khấu trừ thay. Ở đây khách chuyển thẳng cho bạn, nên bạn tự khai.
kt-thue-tu-khai-nguoi-mua-khai = Người mua khai thuế thay bạn
kt-thue-tu-khai-nguoi-mua-khai-feedback = Người mua không khai thuế cho người bán. Ở đây khách chuyển thẳng cho bạn, nên bạn tự khai.
kt-thue-tu-khai-khong-ai = Không ai cả, vì tiền chuyển thẳng vào tài khoản của bạn
kt-thue-tu-khai-khong-ai-feedback = Tiền chuyển thẳng cho bạn thì không ai khấu trừ thay, nên chính bạn tự khai thuế.

kt-livestream-prompt = Từ ngày 1/7/2026, bạn muốn livestream, tức là quay video trực tiếp, để bán chè trên một sàn. Theo luật mới, trước buổi livestream bạn cần làm gì?
kt-livestream-gui-anh-cccd = Gửi ảnh căn cước cho người nhắn tin xưng là nhân viên sàn
kt-livestream-gui-anh-cccd-feedback = Không gửi ảnh căn cước qua tin nhắn cho ai. Bạn tự xác thực danh tính bằng VNeID, theo hướng dẫn trong ứng dụng của sàn.
kt-livestream-khong-can = Không cần gì, bật máy lên là bán
kt-livestream-khong-can-feedback = Theo luật mới, người livestream bán hàng phải xác thực danh tính bằng VNeID, và sàn xác thực trước buổi livestream.
kt-livestream-xac-thuc-vneid = Xác thực danh tính bằng VNeID, theo hướng dẫn của sàn
kt-livestream-xac-thuc-vneid-feedback = Đúng rồi. Theo luật mới, người livestream bán hàng phải xác thực danh tính bằng VNeID, và sàn xác thực trước buổi livestream. Bạn tự làm trong ứng dụng, không qua tin nhắn.
kt-livestream-muon-tai-khoan = Mượn tài khoản của một người đã xác thực để livestream thay mình
kt-livestream-muon-tai-khoan-feedback = Mượn tài khoản của người khác là giấu người bán thật. Bạn tự xác thực danh tính của mình bằng VNeID.

kt-video-dong-goi-prompt = Khách nhắn: “Thùng hàng cháu nhận chỉ có 2 hũ, không phải 3.” Bạn nhớ là đã gửi đủ 3 hũ. Điều gì giúp bạn chứng minh tốt nhất?
kt-video-dong-goi-video = Video bạn quay liền một mạch lúc đóng gói chính thùng hàng đó, thấy rõ phiếu gửi hàng
kt-video-dong-goi-video-feedback = Đúng rồi. Video quay liền một mạch, thấy phiếu gửi hàng, thấy 3 hũ vào thùng và lúc dán kín thùng, là bằng chứng rõ nhất.
kt-video-dong-goi-loi-hua = Lời bạn hứa với khách là bạn đã gửi đủ
kt-video-dong-goi-loi-hua-feedback = Lời hứa thì khó làm bằng chứng. Video quay lúc đóng gói thùng hàng đó mới cho thấy bạn đã gửi đủ.
kt-video-dong-goi-anh-dep = Ảnh mật ong đẹp bạn đã đăng trên bài bán hàng
kt-video-dong-goi-anh-dep-feedback = Ảnh trên bài đăng không cho thấy thùng hàng đó có mấy hũ. Video quay lúc đóng gói mới là bằng chứng.
kt-video-dong-goi-chuyen-tien-ngay = Không cần gì, chuyển trả khách tiền 1 hũ cho xong chuyện
kt-video-dong-goi-chuyen-tien-ngay-feedback = Bạn chưa cần trả tiền khi mình đã gửi đủ. Video quay lúc đóng gói giúp bạn và khách cùng xem lại cho rõ.

kt-chon-anh-prompt = Bạn chuẩn bị đăng bán nấm hương nhà trồng. Bạn nên đăng những ảnh nào? Bạn chọn tất cả các ý đúng.
kt-chon-anh-anh-mang = Ảnh nấm hương thật đẹp của cửa hàng khác, tải trên mạng về
kt-chon-anh-anh-mang-feedback = Ảnh đó là của người khác, không phải nấm nhà bạn. Khách nhận hàng không giống ảnh sẽ thấy bị lừa.
kt-chon-anh-tu-chup-ro = Ảnh bạn tự chụp nấm nhà mình, rõ nét, đủ sáng
kt-chon-anh-tu-chup-ro-feedback = Đúng. Ảnh thật, rõ nét giúp khách tin hàng của bạn.
kt-chon-anh-canh-cccd = Ảnh nấm nhà mình, bên cạnh có căn cước của bạn cho khách tin
kt-chon-anh-canh-cccd-feedback = Không đăng ảnh có căn cước: kẻ gian có thể dùng thông tin trên đó để giả danh bạn.
kt-chon-anh-goc-khac = Ảnh chụp gần nấm nhà mình, thấy rõ từng cái nấm
kt-chon-anh-goc-khac-feedback = Đúng. Chụp thêm một góc gần giúp khách thấy rõ hàng thật.
