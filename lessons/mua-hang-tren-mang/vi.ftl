# Bài: Mua hàng trên mạng an toàn. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 9.1 (chọn shop, đồng
# kiểm, trả hàng, shipper giả), mục 4.1 dòng D và E, mục 4.3 số 5, mục 3 (quét mã QR là trả
# tiền đi, không bao giờ là nhận tiền về).
#
# Bước “shop” (mua) S có sáu mã: S-task (tình huống), S-product (tên sản phẩm), S-shop (tên
# shop), S-seller (lời người bán trong khung chat), S-hint (khi chọn chưa đúng), S-explain.
# Bước “chat” S: S-title, S-task, S-hint, S-explain; S-by-F (tên người gửi), S-msg-M (tin
# nhắn; với tin có ảnh: ảnh đó cho thấy gì), S-reply-R (câu trả lời có sẵn).
# Bốn dấu hiệu ứng dụng tự tính từ trang sản phẩm: dưới 4 sao; dưới 10 lượt đánh giá; giá
# chưa bằng một nửa giá thường bán; người bán rủ trả tiền ngoài ứng dụng. Bài gọi chúng bằng
# lời thường, không đặt tên nút. Huy hiệu không phải dấu hiệu xấu hay tốt tuyệt đối.
# CHƯA KIỂM CHỨNG nên không dạy: thời hạn trả hàng hiện nay (bản cũ: 7 ngày với Shopee Mall,
# 3 ngày với shop khác), ứng dụng khác Shopee có đồng kiểm không, tên nút chặn và báo tin xấu của
# ứng dụng nhắn tin thật (bản tập dùng chữ của chính nó: “Chặn người này”, “Báo tin xấu”). Tên nút Shopee chỉ nhắc khi domain.md có nguồn, kèm câu “tên nút
# trên ứng dụng thật có thể khác”.
# Mọi tên người, tên shop, số điện thoại, số tài khoản đều bịa; đường link viết [.] để không
# bấm được. Số tiền viết kiểu Việt Nam: 890.000 đồng; số sao viết 4,8 sao.

lesson-title = Mua hàng trên mạng an toàn
lesson-summary = Bạn tập chọn shop đáng tin, nhận hàng và đồng kiểm đúng cách, trả hàng trong ứng dụng, và nhận ra người giao hàng giả.

## Luyện tập

gioi-thieu-text =
    Mua hàng trên mạng là đặt hàng trong một ứng dụng mua sắm trên điện thoại. Người giao hàng, còn gọi là shipper, mang hàng đến tận nhà. Bạn không phải đi xa, lại có nhiều hàng để chọn.
    Nhưng trên mạng cũng có shop lừa đảo, và có kẻ gian giả làm người giao hàng để lấy tiền.
    Trong bài này, bạn tập trên một ứng dụng mua sắm và một ứng dụng nhắn tin giả lập. Tên người, tên shop đều bịa ra. Không có đồng tiền thật nào bị chuyển.
    Bạn sẽ tập bốn việc: chọn shop đáng tin, nhận hàng và kiểm tra hàng, trả hàng khi hàng có lỗi, và nhận ra người giao hàng giả.
    Bấm nhầm cũng không sao. Bạn đọc lời giải thích rồi làm lại.

chon-shop-text =
    Trước khi mua, bạn đọc kỹ trang sản phẩm. Trên đó có giá bán, có khi có giá thường bán ở nơi khác để so. Có số sao: người mua chấm từ 1 đến 5 sao. Có số lượt đánh giá, số đã bán, và có khi có huy hiệu của shop.
    Bạn để ý bốn dấu hiệu đáng ngờ.
    Một: dưới 4 sao. Nhiều người mua không hài lòng.
    Hai: rất ít lượt đánh giá. Trong bài này, dưới 10 lượt là ít. Năm sao mà chỉ ba người chấm thì chưa nói lên được gì.
    Ba: giá rẻ quá mức, chưa bằng một nửa giá thường bán. Hàng rẻ như vậy dễ là hàng giả, hàng kém, hoặc shop lừa đảo.
    Bốn: người bán rủ trả tiền ngoài ứng dụng, ví dụ nhắn Zalo riêng, chuyển khoản trước để “được giảm giá”. Trả trong ứng dụng thì khi hàng có lỗi, bạn yêu cầu trả hàng, hoàn tiền ngay trong ứng dụng. Chuyển khoản riêng thì tiền đi thẳng cho người bán, rất khó đòi lại.
    Về huy hiệu: có huy hiệu cửa hàng chính hãng (trên Shopee gọi là Shopee Mall, trên Lazada là LazMall) và huy hiệu cửa hàng được yêu thích (trên Shopee gọi là Yêu thích). Huy hiệu là dấu hiệu tốt, nhưng không phải lời bảo đảm. Shop không có huy hiệu mà có nhiều đánh giá tốt vẫn mua được.
    Không thấy dấu hiệu nào: bạn đặt mua trong ứng dụng, trả tiền trong ứng dụng hoặc trả khi nhận hàng.
    Thấy dù chỉ một dấu hiệu: bạn không mua, và đánh dấu những dấu hiệu bạn thấy.
    Chuyển tiền trước thẳng cho người bán thì không bao giờ nên làm.

lt-noi-com-task = Bạn muốn mua một nồi cơm điện mới cho gia đình. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
lt-noi-com-product = Nồi cơm điện 1,8 lít
lt-noi-com-shop = Gia Dụng Hòa Bình Chính Hãng
lt-noi-com-seller = Dạ shop chào bác. Bác cứ đặt trong ứng dụng, chọn trả tiền khi nhận hàng cũng được ạ.
lt-noi-com-hint = Bạn xem lại: 4,8 sao, rất nhiều lượt đánh giá, giá gần bằng giá thường bán, người bán không rủ trả tiền ngoài ứng dụng. Không có dấu hiệu đáng ngờ nào, nên bạn đặt mua trong ứng dụng. Đừng chuyển tiền trước cho người bán.
lt-noi-com-explain = Đúng rồi. 4,8 sao từ 2.350 lượt đánh giá, giá 890.000 đồng gần bằng giá thường bán 950.000 đồng, người bán để bạn trả trong ứng dụng hoặc khi nhận hàng. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.

lt-dien-thoai-task = Cháu bạn muốn mua một chiếc điện thoại thông minh, nhờ bạn xem giúp trang sản phẩm này. Bạn chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
lt-dien-thoai-product = Điện thoại thông minh màn hình lớn
lt-dien-thoai-shop = Thế Giới Máy Rẻ 247
lt-dien-thoai-seller = Hàng xả kho giá sốc, chỉ còn 5 máy, anh chị đặt nhanh kẻo hết ạ!
lt-dien-thoai-hint = Bạn so giá bán với giá thường bán ở nơi khác: 1.200.000 đồng chưa bằng một nửa 5.500.000 đồng. Giá rẻ quá mức là dấu hiệu đáng ngờ. Bạn không mua, và đánh dấu dấu hiệu giá rẻ quá mức.
lt-dien-thoai-explain = Đúng rồi. Giá 1.200.000 đồng, chưa bằng một phần tư giá thường bán 5.500.000 đồng. Hàng rẻ quá mức dễ là hàng giả, hàng kém, hoặc shop lừa đảo. Câu “chỉ còn 5 máy” là để giục bạn vội. Bạn không mua.

lt-hat-giong-task = Bạn cần mua hạt giống rau cải để gieo vụ tới. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
lt-hat-giong-product = Hạt giống rau cải ngọt, gói 50 gam
lt-hat-giong-shop = Vườn Giống Bà Tư
lt-hat-giong-seller = Cảm ơn anh chị đã ghé shop. Hạt giống mới, đóng gói tháng này ạ.
lt-hat-giong-hint = Shop này không có huy hiệu, nhưng không có huy hiệu không phải là dấu hiệu xấu. Bạn xem lại: 4,7 sao, hơn 300 lượt đánh giá, giá gần bằng giá thường bán, người bán không rủ trả tiền ngoài. Bạn đặt mua trong ứng dụng được.
lt-hat-giong-explain = Đúng rồi. Shop không có huy hiệu, nhưng được 4,7 sao từ 310 lượt đánh giá, giá 25.000 đồng gần bằng giá thường bán. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.

lt-ao-am-task = Trời sắp lạnh, bạn muốn mua một chiếc áo khoác ấm cho bố. Bạn đọc kỹ trang sản phẩm và lời người bán, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
lt-ao-am-product = Áo khoác ấm cho người lớn tuổi
lt-ao-am-shop = Thời Trang Mộc Miên
lt-ao-am-seller = Bác nhắn Zalo riêng cho shop, chuyển khoản trước thì shop giảm cho bác 15% ạ.
lt-ao-am-hint = Bạn đọc lại lời người bán trong khung chat. Rủ chuyển khoản riêng, ngoài ứng dụng, là dấu hiệu đáng ngờ, dù shop có huy hiệu và nhiều sao. Bạn không mua, và đánh dấu dấu hiệu trả tiền ngoài ứng dụng.
lt-ao-am-explain = Đúng rồi. Shop có huy hiệu và nhiều đánh giá tốt, nhưng người bán rủ bạn chuyển khoản riêng. Tiền chuyển riêng thì đi thẳng cho người bán: hàng không đến hay hàng lỗi, bạn rất khó đòi lại. Huy hiệu là dấu hiệu tốt, không phải lời bảo đảm.

lt-may-xay-task = Bạn muốn mua một máy xay sinh tố. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
lt-may-xay-product = Máy xay sinh tố 2 cối
lt-may-xay-shop = Điện Máy Phú Quý
lt-may-xay-seller = Máy tốt lắm ạ, bác cứ đặt đi.
lt-may-xay-hint = Giá thì bình thường. Bạn xem lại số sao và số lượt đánh giá: dưới 4 sao, và chỉ có 7 lượt đánh giá. Bạn không mua, và đánh dấu những dấu hiệu bạn thấy.
lt-may-xay-explain = Đúng rồi. 3,2 sao là dưới 4 sao: nhiều người mua không hài lòng. Chỉ 7 lượt đánh giá là quá ít để tin. Bạn không mua, và tìm shop khác có nhiều đánh giá tốt.

nhan-hang-text =
    Khi đặt hàng, bạn có thể trả tiền ngay trong ứng dụng, hoặc chọn trả tiền khi nhận hàng, còn gọi là COD. Trả khi nhận hàng là bạn trả tiền cho người giao hàng lúc họ đưa gói hàng tận tay bạn.
    Có ứng dụng cho bạn đồng kiểm, tức là xem hàng cùng người giao hàng trước khi nhận. Trên Shopee, đồng kiểm có quy định rõ như sau.
    Bạn chỉ được xem bên ngoài gói hàng, và đếm xem có đủ số lượng không.
    Bạn không bóc tem chống hàng giả, không bóc niêm phong của sản phẩm, không xé nhãn giao hàng.
    Bạn không dùng thử: không cắm điện, không mặc thử quần áo, không đi thử giày dép.
    Gói hàng móp, rách, hoặc sai hàng, thiếu hàng: bạn từ chối nhận, trả lại người giao hàng đủ cả vỏ hộp và đồ đi kèm.
    Nếu lúc xem bạn làm hỏng hàng hay bóc niêm phong, người giao hàng có thể không nhận lại, và bạn phải trả tiền.
    Nhận hàng xong, lúc về nhà mở hộp, bạn nhờ người nhà quay video lại. Nếu hàng có lỗi, video đó là bằng chứng khi bạn yêu cầu trả hàng.

lt-dong-kiem-prompt = Người giao hàng mang đến hộp nồi cơm điện bạn đặt, trả tiền khi nhận. Khi đồng kiểm, bạn được làm những việc nào? Bạn chọn hết các việc đúng.
lt-dong-kiem-xem-vo-hop = Xem vỏ hộp có móp, rách, ướt không
lt-dong-kiem-xem-vo-hop-feedback = Đúng. Khi đồng kiểm, bạn được xem bên ngoài gói hàng.
lt-dong-kiem-dem-so-luong = Đếm xem có đủ số lượng đã đặt không
lt-dong-kiem-dem-so-luong-feedback = Đúng. Khi đồng kiểm, bạn được đếm xem có đủ số lượng không.
lt-dong-kiem-boc-niem-phong = Bóc tem niêm phong, mở hộp nồi ra xem bên trong
lt-dong-kiem-boc-niem-phong-feedback = Khi đồng kiểm, bạn không bóc tem, không bóc niêm phong. Bóc ra rồi, người giao hàng có thể không nhận lại. Bạn chỉ xem bên ngoài và đếm số lượng.
lt-dong-kiem-cam-dien = Cắm điện cho nồi chạy thử một lúc
lt-dong-kiem-cam-dien-feedback = Khi đồng kiểm, bạn không được dùng thử, không cắm điện. Bạn chỉ xem bên ngoài và đếm số lượng. Nồi có lỗi khi dùng thì bạn yêu cầu trả hàng trong ứng dụng.

lt-hop-rach-prompt = Bạn ra nhận gói hàng đặt trên mạng, chọn trả tiền khi nhận. Gói hàng bị móp một góc, băng dính bị rách. Bạn làm gì?
lt-hop-rach-tu-choi = Từ chối nhận, trả lại gói hàng cho người giao hàng
lt-hop-rach-tu-choi-feedback = Đúng rồi. Gói hàng móp, rách thì bạn từ chối nhận, trả lại đủ cả vỏ hộp và đồ đi kèm. Bạn không phải trả tiền cho gói hàng đó.
lt-hop-rach-nhan-roi-tinh = Cứ nhận và trả tiền cho xong, về nhà mở ra xem rồi tính sau
lt-hop-rach-nhan-roi-tinh-feedback = Nhận rồi thì khó nói hàng hỏng từ lúc nào. Gói hàng móp, rách thì bạn từ chối nhận ngay lúc đó.
lt-hop-rach-boc-ra-xem = Bóc gói hàng ra xem bên trong có sao không
lt-hop-rach-boc-ra-xem-feedback = Gói hàng móp, rách thì bạn từ chối nhận luôn, không cần bóc ra. Lỡ bóc niêm phong hay làm hỏng hàng, người giao hàng có thể không nhận lại, và bạn phải trả tiền.

tra-hang-text =
    Nhận hàng rồi, về nhà mở hộp mới thấy hàng hỏng, sai màu, sai cỡ, hay thiếu? Bạn yêu cầu trả hàng, hoàn tiền ngay trong ứng dụng mua sắm.
    Các bước, ví dụ trên Shopee (tên nút trên ứng dụng thật có thể khác):
    Mở đơn hàng đó trong ứng dụng.
    Bấm yêu cầu trả hàng, hoàn tiền.
    Chọn “đã nhận được hàng nhưng hàng có vấn đề”, rồi chọn món hàng.
    Ghi lý do, mô tả, thêm ảnh hoặc video lúc mở hộp.
    Bấm gửi yêu cầu, rồi chờ trả lời.
    Nếu được đồng ý, bạn gửi hàng lại: người giao hàng đến lấy, hoặc bạn mang ra bưu cục.
    Điều quan trọng: khi chưa xem kỹ hàng, bạn đừng bấm nút xác nhận “Đã nhận được hàng”. Trên Shopee, bấm nút này rồi thì bạn không yêu cầu trả hàng được nữa. Ở ứng dụng khác, bạn cũng xem kỹ hàng rồi mới bấm.
    Thời hạn trả hàng có giới hạn. Bạn xem thời hạn trong ứng dụng, và làm ngay khi thấy hàng có vấn đề.
    Trả hàng, hoàn tiền luôn làm trong ứng dụng. Không ai cần bạn quét mã QR hay bấm đường link để “hoàn tiền”.

lt-tra-hang-prompt = Bạn nhận một đôi giày đặt trên mạng. Về nhà mở hộp thì thấy giày bị bong đế. Bạn muốn trả hàng. Bạn xếp các bước theo đúng thứ tự.
lt-tra-hang-hint = Bạn bắt đầu bằng việc mở đơn hàng trong ứng dụng. Gửi hàng lại là việc cuối cùng, chỉ làm khi yêu cầu đã được đồng ý.
lt-tra-hang-mo-don = Mở đơn hàng đôi giày trong ứng dụng mua sắm
lt-tra-hang-bam-tra-hang = Bấm yêu cầu trả hàng, hoàn tiền
lt-tra-hang-chon-tinh-trang = Chọn “đã nhận được hàng nhưng hàng có vấn đề”, chọn đôi giày
lt-tra-hang-ghi-ly-do = Ghi lý do, mô tả, thêm ảnh và video lúc mở hộp
lt-tra-hang-gui-yeu-cau = Bấm gửi yêu cầu, rồi chờ trả lời
lt-tra-hang-gui-hang-lai = Được đồng ý thì gửi giày lại qua người giao hàng hoặc bưu cục

lt-da-nhan-prompt = Gói hàng đến, bạn nhận và trả tiền cho người giao hàng. Ứng dụng hiện nút “Đã nhận được hàng”. Bạn chưa mở hộp. Bạn làm gì?
lt-da-nhan-mo-xem-truoc = Mở hộp xem kỹ hàng trước, hàng tốt rồi mới bấm nút
lt-da-nhan-mo-xem-truoc-feedback = Đúng rồi. Trên Shopee, bấm “Đã nhận được hàng” rồi thì không yêu cầu trả hàng được nữa. Bạn xem kỹ hàng trước, hàng tốt rồi mới bấm.
lt-da-nhan-bam-ngay = Bấm nút ngay cho xong việc
lt-da-nhan-bam-ngay-feedback = Trên Shopee, bấm nút đó rồi thì bạn không yêu cầu trả hàng được nữa. Bạn mở hộp xem kỹ hàng trước, hàng tốt rồi mới bấm.
lt-da-nhan-bam-roi-tra-sau = Bấm nút ngay, nếu hàng có lỗi thì sau đó vẫn yêu cầu trả hàng được
lt-da-nhan-bam-roi-tra-sau-feedback = Trên Shopee, bấm “Đã nhận được hàng” rồi thì không yêu cầu trả hàng được nữa. Bạn mở hộp xem kỹ hàng trước, hàng tốt rồi mới bấm.

shipper-gia-text =
    Kẻ gian hay giả làm người giao hàng. Dù bạn trả tiền khi nhận hay đã trả trước trong ứng dụng, họ vẫn có thể nhắn tin, gọi điện cho bạn. Các chiêu hay gặp:
    “Gọi không ai nghe nên em để hàng ở cổng, chị chuyển tiền vào số tài khoản này.” Bạn chưa cầm gói hàng trong tay thì không chuyển tiền.
    “Đơn hàng bị giữ ở kho, phải nộp phí xuất kho, quét mã QR này.” Bạn không quét.
    “Hệ thống chuyển nhầm, chị quét mã QR hoặc bấm đường link này để được hoàn tiền.” Bạn nhớ: quét mã QR hay mở đường link không bao giờ làm tiền quay về tài khoản của bạn. Quét mã là để trả tiền đi.
    “Chị kết bạn Zalo với em để em gửi ảnh đơn hàng.” Sau đó có người giả làm công an gọi video. Bạn không kết bạn.
    Lời mời làm “cộng tác viên chốt đơn” cho ứng dụng mua sắm, nhận hoa hồng nhưng phải nạp tiền trước, cũng là lừa đảo.
    Cách làm đúng: bạn tự mở ứng dụng mua sắm xem đơn hàng đang ở đâu, bao nhiêu tiền. Bạn chỉ trả tiền khi đã cầm gói hàng trong tay, hoặc trả trong ứng dụng.
    Trong ứng dụng nhắn tin: người lạ nhắn riêng đòi tiền thì bạn chặn người đó. Tin đòi tiền hay mã QR lạ gửi trong một nhóm thì bạn bấm báo tin xấu ở đúng tin nhắn đó, để người khác trong nhóm không bị lừa. Bạn không cần rời nhóm.
    Người giao hàng thật chỉ hẹn bạn ra nhận hàng. Bạn trả lời họ bình thường.

lt-chat-cong-title = Shipper Anh Khoa
lt-chat-cong-task = Bạn đang chờ một gói hàng đặt trên mạng, chọn trả tiền khi nhận hàng. Một người lạ nhắn tin riêng cho bạn. Bạn ra cổng xem thì không thấy gói hàng nào. Bạn đọc tin, rồi làm điều nên làm.
lt-chat-cong-hint = Người giao hàng thật đưa hàng tận tay rồi mới nhận tiền. Người lạ đòi chuyển tiền khi bạn chưa thấy hàng là kẻ gian. Đây là tin nhắn riêng, nên bạn chặn người này, không trả lời.
lt-chat-cong-explain = Đúng rồi. Bạn đã chặn người lạ này. Bạn chưa cầm gói hàng trong tay thì không trả tiền. Muốn biết đơn hàng đang ở đâu, bạn tự mở ứng dụng mua sắm để xem.
lt-chat-cong-by-shipper = Shipper Anh Khoa
lt-chat-cong-msg-chao = Chào chị, em là shipper giao đơn hàng của chị.
lt-chat-cong-msg-de-cong = Em gọi mãi không ai nghe máy nên em để gói hàng ở cổng nhà chị rồi nhé.
lt-chat-cong-msg-doi-tien = Chị chuyển giúp em 285.000đ tiền hàng vào số tài khoản 00001903xxxx, tên NGUYEN VAN T. Em cảm ơn.
lt-chat-cong-reply-da-chuyen = Ừ, chị chuyển ngay đây.
lt-chat-cong-reply-gui-anh = Em gửi ảnh gói hàng cho chị xem với.

lt-chat-nhom-title = Mua bán thôn Đồng Tâm
lt-chat-nhom-task = Bạn ở trong nhóm mua bán của thôn. Bạn đọc các tin mới. Nếu thấy tin lừa đảo, bạn làm điều nên làm với tin đó.
lt-chat-nhom-hint = Quét mã QR không bao giờ làm tiền quay về tài khoản của bạn. Tin hứa hoàn tiền qua mã QR là tin lừa đảo. Trong nhóm, bạn bấm báo tin xấu ở đúng tin nhắn đó.
lt-chat-nhom-explain = Đúng rồi. Bạn đã báo tin có mã QR “hoàn tiền” là tin xấu. Quét mã là để trả tiền đi, không bao giờ để nhận tiền về. Bạn cũng có thể nhắn chị Hoa đừng quét, và tự xem đơn hàng trong ứng dụng mua sắm.
lt-chat-nhom-by-truong-thon = Trưởng thôn Lục Văn Hải
lt-chat-nhom-by-hang-xom = Chị Nông Thị Mơ
lt-chat-nhom-by-nguoi-la = Hỗ Trợ Hoàn Tiền
lt-chat-nhom-by-chi-hoa = Chị Hoàng Thị Hoa
lt-chat-nhom-msg-hop-thon = Thôn thông báo: chiều thứ Bảy họp thôn lúc 14 giờ ở nhà văn hóa.
lt-chat-nhom-msg-rau = Nhà em có rau cải sạch mới hái, ai cần thì nhắn em nhé.
lt-chat-nhom-msg-ma-hoan-tien = Một mã QR kèm lời nhắn: “Shop gửi nhầm đơn, ai bị trừ tiền thì quét mã này để được hoàn tiền ngay hôm nay.”
lt-chat-nhom-msg-hoi = Em bị trừ tiền hôm qua, có phải quét mã này không mọi người?

ghi-nho-text =
    Bạn nhớ mấy điều sau.
    Chọn shop: xem số sao, số lượt đánh giá, giá so với giá thường bán, và lời người bán. Dưới 4 sao, quá ít đánh giá, rẻ chưa bằng một nửa, rủ trả tiền ngoài ứng dụng: bạn không mua.
    Trả tiền trong ứng dụng hoặc khi nhận hàng. Không chuyển tiền trước cho người bán.
    Đồng kiểm: chỉ xem bên ngoài và đếm số lượng, không bóc niêm phong, không dùng thử. Gói hàng móp, rách thì từ chối nhận.
    Hàng có lỗi: yêu cầu trả hàng trong ứng dụng, trước khi bấm “Đã nhận được hàng”.
    Quét mã QR hay mở đường link không bao giờ làm tiền quay về. Người lạ nhắn riêng đòi tiền: chặn. Tin lừa đảo trong nhóm: báo tin xấu.
    Tiếp theo là bài kiểm tra ngắn. Bạn cứ làm từ từ, không tính giờ.

## Bài kiểm tra cuối

kt-binh-giu-nhiet-task = Bạn muốn mua một bình giữ nhiệt để mang nước ra đồng. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-binh-giu-nhiet-product = Bình giữ nhiệt 1 lít
kt-binh-giu-nhiet-shop = Nhà Bếp An Khang Chính Hãng
kt-binh-giu-nhiet-seller = Shop chào bạn ạ. Hàng chính hãng, bạn đặt trong ứng dụng nhé.
kt-binh-giu-nhiet-hint = Bạn xem lại: 4,9 sao, rất nhiều lượt đánh giá, giá gần bằng giá thường bán, người bán không rủ trả tiền ngoài. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.
kt-binh-giu-nhiet-explain = Đúng rồi. 4,9 sao từ 5.600 lượt đánh giá, giá 320.000 đồng gần bằng giá thường bán, người bán để bạn trả trong ứng dụng. Bạn đặt mua trong ứng dụng.

kt-phan-bon-la-task = Bạn cần một chai phân bón lá cho vườn rau. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-phan-bon-la-product = Phân bón lá cho rau, chai 500 ml
kt-phan-bon-la-shop = Vật Tư Nông Nghiệp Hai Thịnh
kt-phan-bon-la-seller = Dạ, hàng có sẵn, anh chị đặt hôm nay thì mai shop gửi ạ.
kt-phan-bon-la-hint = Shop không có huy hiệu, nhưng đó không phải dấu hiệu xấu. Bạn xem lại: 4,5 sao, 86 lượt đánh giá, giá gần bằng giá thường bán, người bán không rủ trả tiền ngoài. Bạn đặt mua trong ứng dụng được.
kt-phan-bon-la-explain = Đúng rồi. Không có huy hiệu, nhưng 4,5 sao từ 86 lượt đánh giá, giá 65.000 đồng gần bằng giá thường bán. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.

kt-den-pin-task = Nhà bạn hay mất điện buổi tối, bạn muốn mua một cái đèn pin sạc. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-den-pin-product = Đèn pin sạc điện
kt-den-pin-shop = Điện Gia Dụng Minh Tâm
kt-den-pin-seller = Cảm ơn anh chị. Anh chị chọn trả tiền khi nhận hàng cũng được ạ.
kt-den-pin-hint = Bạn xem lại: 4,7 sao, hơn 400 lượt đánh giá, giá gần bằng giá thường bán, người bán để bạn trả khi nhận hàng. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.
kt-den-pin-explain = Đúng rồi. 4,7 sao từ 430 lượt đánh giá, giá 150.000 đồng gần bằng giá thường bán, người bán không rủ trả tiền ngoài. Bạn đặt mua trong ứng dụng.

kt-ao-mua-task = Bạn cần một bộ áo mưa để đi chợ. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-ao-mua-product = Bộ áo mưa vải dù
kt-ao-mua-shop = Áo Mưa Cô Sáu
kt-ao-mua-seller = Áo dày, có túi đựng ạ. Anh chị cần cỡ nào thì ghi chú khi đặt hàng.
kt-ao-mua-hint = Bạn xem lại: 4,2 sao là từ 4 sao trở lên, 25 lượt đánh giá là không ít, giá gần bằng giá thường bán, người bán không rủ trả tiền ngoài. Không có dấu hiệu đáng ngờ, nên bạn đặt mua trong ứng dụng.
kt-ao-mua-explain = Đúng rồi. 4,2 sao, 25 lượt đánh giá, giá 95.000 đồng gần bằng giá thường bán. Shop nhỏ, không có huy hiệu, nhưng không có dấu hiệu đáng ngờ. Bạn đặt mua trong ứng dụng.

kt-tivi-task = Bạn định mua một chiếc tivi cho cả nhà xem. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-tivi-product = Tivi màn hình 50 inch
kt-tivi-shop = Siêu Thị Điện Máy Xả Kho
kt-tivi-seller = Giá sốc chỉ trong hôm nay, anh chị đặt ngay kẻo hết ạ!
kt-tivi-hint = Bạn so giá bán với giá thường bán: 3.500.000 đồng chưa bằng một nửa 9.000.000 đồng. Giá rẻ quá mức là dấu hiệu đáng ngờ. Bạn không mua, và đánh dấu dấu hiệu đó.
kt-tivi-explain = Đúng rồi. Giá 3.500.000 đồng, chưa bằng một nửa giá thường bán 9.000.000 đồng. Rẻ quá mức dễ là hàng giả hoặc shop lừa đảo. Bạn không mua.

kt-giay-task = Bạn muốn mua một đôi giày thể thao cho cháu. Bạn đọc kỹ trang sản phẩm và lời người bán, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-giay-product = Giày thể thao
kt-giay-shop = Giày Dép Phương Nam
kt-giay-seller = Bạn nhắn Zalo riêng cho shop, chuyển khoản trước thì shop tặng thêm một đôi tất ạ.
kt-giay-hint = Bạn đọc lại lời người bán trong khung chat. Rủ chuyển khoản riêng, ngoài ứng dụng, là dấu hiệu đáng ngờ, dù shop có huy hiệu. Bạn không mua, và đánh dấu dấu hiệu đó.
kt-giay-explain = Đúng rồi. Shop có huy hiệu và nhiều sao, nhưng người bán rủ chuyển khoản riêng. Tiền đi thẳng cho người bán thì rất khó đòi lại. Bạn không mua.

kt-may-cat-co-task = Bạn muốn mua một máy cắt cỏ cầm tay cho vườn. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-may-cat-co-product = Máy cắt cỏ cầm tay
kt-may-cat-co-shop = Nông Cụ Giá Tốt
kt-may-cat-co-seller = Máy khỏe, bảo hành 6 tháng ạ.
kt-may-cat-co-hint = Giá thì bình thường, có nhiều lượt đánh giá. Bạn xem lại số sao: 3,4 sao là dưới 4 sao. Bạn không mua, và đánh dấu dấu hiệu đó.
kt-may-cat-co-explain = Đúng rồi. 3,4 sao là dưới 4 sao: trong 150 người chấm, nhiều người không hài lòng. Bạn không mua, và tìm shop khác.

kt-loa-task = Bạn muốn mua một cái loa nhỏ để nghe đài, nghe nhạc. Bạn đọc kỹ trang sản phẩm này, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-loa-product = Loa nghe nhạc cầm tay
kt-loa-shop = Loa Đài Hạnh Phúc
kt-loa-seller = Loa hay lắm ạ, đủ 5 sao luôn.
kt-loa-hint = Năm sao nghe thì tốt, nhưng bạn xem có bao nhiêu người chấm: chỉ có 3 lượt đánh giá. Quá ít lượt đánh giá là dấu hiệu đáng ngờ. Bạn không mua, và đánh dấu dấu hiệu đó.
kt-loa-explain = Đúng rồi. Năm sao mà chỉ 3 người chấm thì chưa nói lên được gì. Bạn không mua, và tìm shop có nhiều đánh giá tốt hơn.

kt-xe-dap-dien-task = Bạn định mua một chiếc xe đạp điện cho con đi học. Bạn đọc kỹ trang sản phẩm và lời người bán, rồi chọn: đặt mua trong ứng dụng, chuyển tiền trước cho người bán, hay không mua.
kt-xe-dap-dien-product = Xe đạp điện
kt-xe-dap-dien-shop = Xe Điện Giá Gốc
kt-xe-dap-dien-seller = Anh chị chuyển khoản trước cho shop để giữ giá, xe về tận nhà ạ.
kt-xe-dap-dien-hint = Bạn so giá: 2.000.000 đồng chưa bằng một nửa 12.000.000 đồng. Bạn đọc cả lời người bán: rủ chuyển khoản trước, ngoài ứng dụng. Bạn không mua, và đánh dấu những dấu hiệu bạn thấy.
kt-xe-dap-dien-explain = Đúng rồi. Có hai dấu hiệu: giá rẻ quá mức, và người bán rủ chuyển khoản trước, ngoài ứng dụng. Bạn không mua.

kt-chat-phi-kho-title = Kho Vận Chuyển Toàn Quốc
kt-chat-phi-kho-task = Bạn đang chờ một gói hàng đặt trên mạng. Một tài khoản lạ nhắn tin riêng cho bạn. Bạn đọc tin, rồi làm điều nên làm.
kt-chat-phi-kho-hint = Không có “phí xuất kho” nào phải trả qua mã QR người lạ gửi. Người lạ nhắn riêng đòi tiền thì bạn chặn người đó. Đơn hàng đang ở đâu, bạn tự xem trong ứng dụng mua sắm.
kt-chat-phi-kho-explain = Đúng rồi. Bạn đã chặn tài khoản lạ này. Đòi “phí xuất kho” qua mã QR là chiêu của kẻ gian. Bạn tự mở ứng dụng mua sắm để xem đơn hàng.
kt-chat-phi-kho-by-kho = Kho Vận Chuyển Toàn Quốc
kt-chat-phi-kho-msg-giu-kho = Đơn hàng của bạn đang bị giữ tại kho do thiếu phí xuất kho 18.000đ.
kt-chat-phi-kho-msg-ma-qr = Một mã QR kèm lời nhắn: “Quét mã này để thanh toán và nhận hàng ngay hôm nay.”
kt-chat-phi-kho-reply-hoi-ma-don = Mã đơn hàng của tôi là gì?
kt-chat-phi-kho-reply-quet-ngay = Được, tôi quét ngay.

kt-chat-ket-ban-title = Shipper Minh Đức
kt-chat-ket-ban-task = Hôm trước bạn đặt một cái chăn và đã trả tiền trong ứng dụng. Một người lạ nhắn tin riêng cho bạn. Bạn đọc tin, rồi làm điều nên làm.
kt-chat-ket-ban-hint = Người giao hàng thật không cần kết bạn Zalo với bạn, và công an không gọi video để điều tra hay giải quyết việc gì. Người lạ nhắn riêng như vậy thì bạn chặn người đó.
kt-chat-ket-ban-explain = Đúng rồi. Bạn đã chặn người này. Xin kết bạn Zalo “để gửi ảnh đơn hàng”, rồi có “công an” gọi video, là chiêu lừa đảo. Đơn hàng thế nào, bạn tự xem trong ứng dụng mua sắm.
kt-chat-ket-ban-by-shipper = Shipper Minh Đức
kt-chat-ket-ban-msg-xung-shipper = Em là shipper giao đơn chăn chị đặt hôm trước.
kt-chat-ket-ban-msg-ket-ban = Đơn của chị có vấn đề, chị kết bạn Zalo với em để em gửi ảnh đơn hàng nhé.
kt-chat-ket-ban-msg-cong-an = Lát nữa sẽ có anh công an gọi video cho chị để xác minh, chị làm theo hướng dẫn là được.
kt-chat-ket-ban-reply-dong-y = Được, em gửi số Zalo đi.
kt-chat-ket-ban-reply-hen-mai = Mai chị rảnh thì nói chuyện nhé.

kt-chat-hoi-vien-title = Bà con thôn Khe Mọc
kt-chat-hoi-vien-task = Bạn ở trong nhóm nhắn tin của thôn. Bạn đọc các tin mới. Nếu thấy tin lừa đảo, bạn làm điều nên làm với tin đó.
kt-chat-hoi-vien-hint = Tin dọa trừ tiền mỗi tháng rồi bảo bấm đường link để hủy là tin lừa đảo. Trong nhóm, bạn bấm báo tin xấu ở đúng tin nhắn đó.
kt-chat-hoi-vien-explain = Đúng rồi. Bạn đã báo tin “hội viên shipper” là tin xấu. Dọa trừ tiền rồi bảo bấm đường link để hủy là chiêu lừa đảo: bấm đường link lạ có thể mất tiền thật. Có thắc mắc về đơn hàng, bạn tự xem trong ứng dụng mua sắm.
kt-chat-hoi-vien-by-truong-thon = Trưởng thôn Hoàng Văn Bình
kt-chat-hoi-vien-by-nguoi-la = Tổng Đài Giao Hàng
kt-chat-hoi-vien-by-hang-xom = Anh Lý Văn Sơn
kt-chat-hoi-vien-msg-lich-tiem = Sáng thứ Hai, trạm y tế xã tiêm phòng cho trẻ nhỏ, các gia đình nhớ mang sổ.
kt-chat-hoi-vien-msg-hoi-vien = Xin lỗi cả nhóm, hệ thống đăng ký nhầm mọi người vào hội viên shipper, sẽ bị trừ 2.500.000đ mỗi tháng. Bấm link tong-dai-huy[.]top để hủy ngay.
kt-chat-hoi-vien-msg-ban-ga = Nhà tôi có gà ri thả vườn, ai cần thì nhắn tôi.

kt-chat-chuyen-truoc-title = Hội chị em thôn Nà Pá
kt-chat-chuyen-truoc-task = Bạn ở trong nhóm của hội chị em trong thôn. Hôm nay bạn có một đơn hàng trả tiền khi nhận. Bạn đọc các tin mới. Nếu thấy tin lừa đảo, bạn làm điều nên làm với tin đó.
kt-chat-chuyen-truoc-hint = Người giao hàng thật đưa hàng tận tay rồi mới nhận tiền. Tin đòi chuyển khoản trước khi giao là tin lừa đảo. Trong nhóm, bạn bấm báo tin xấu ở đúng tin nhắn đó.
kt-chat-chuyen-truoc-explain = Đúng rồi. Bạn đã báo tin đòi chuyển khoản trước là tin xấu. Hàng trả tiền khi nhận thì bạn trả lúc cầm gói hàng trong tay, không chuyển trước cho ai.
kt-chat-chuyen-truoc-by-chi-lan = Chị Triệu Thị Lan
kt-chat-chuyen-truoc-by-nguoi-la = Shipper Tuấn Giao Hàng
kt-chat-chuyen-truoc-by-bac-tu = Bác Đặng Thị Tư
kt-chat-chuyen-truoc-msg-mua-chung = Chị em nào muốn mua chung hạt giống ngô thì báo chị trước thứ Năm nhé.
kt-chat-chuyen-truoc-msg-shipper-doi = Chị em nào có đơn trả tiền khi nhận hôm nay thì chuyển khoản trước vào số tài khoản 00002468xxxx, em mới để hàng ở nhà văn hóa thôn.
kt-chat-chuyen-truoc-msg-cam-on = Cảm ơn chị Lan, tôi lấy hai gói.

kt-chat-shipper-that-title = Anh Giao Hàng
kt-chat-shipper-that-task = Ứng dụng mua sắm báo đơn dép của bạn đang được giao hôm nay, trả tiền khi nhận: 150.000 đồng. Người giao hàng nhắn tin cho bạn. Bạn đọc tin, rồi làm điều nên làm.
kt-chat-shipper-that-hint = Người này chỉ hẹn bạn ra nhận, số tiền khớp với đơn trong ứng dụng, không đòi chuyển trước. Bạn trả lời là sẽ ra nhận, xem gói hàng rồi trả tiền.
kt-chat-shipper-that-explain = Đúng rồi. Đây là người giao hàng thật: số tiền khớp với đơn trong ứng dụng, và bạn trả tiền lúc cầm gói hàng trong tay. Bạn không chuyển trước, không bảo để hàng ở cổng.
kt-chat-shipper-that-by-shipper = Anh Giao Hàng
kt-chat-shipper-that-msg-den-noi = Em đang ở đầu ngõ nhà cô, giao đơn dép cô đặt ạ.
kt-chat-shipper-that-msg-so-tien = Đơn trả tiền khi nhận 150.000đ. Cô ra nhận giúp em nhé.
kt-chat-shipper-that-reply-chuyen-truoc = Cháu gửi số tài khoản, cô chuyển khoản trước cho nhanh.
kt-chat-shipper-that-reply-ra-nhan = Cô ra ngay. Cô xem gói hàng rồi trả tiền cháu nhé.
kt-chat-shipper-that-reply-de-cong = Cháu cứ để ở cổng, tối cô chuyển khoản sau.

kt-dong-kiem-giay-prompt = Người giao hàng mang đôi giày bạn đặt đến, trả tiền khi nhận. Khi đồng kiểm, bạn làm gì?
kt-dong-kiem-giay-xem-ngoai-dem = Xem bên ngoài gói hàng, đếm đủ số lượng
kt-dong-kiem-giay-xem-ngoai-dem-feedback = Đúng rồi. Khi đồng kiểm, bạn chỉ xem bên ngoài gói hàng và đếm số lượng. Không bóc niêm phong, không đi thử.
kt-dong-kiem-giay-di-thu = Bóc hộp lấy giày ra đi thử cho vừa chân, vừa thì mới trả tiền
kt-dong-kiem-giay-di-thu-feedback = Khi đồng kiểm, bạn không được dùng thử, không đi thử giày. Bạn chỉ xem bên ngoài gói hàng và đếm số lượng.
kt-dong-kiem-giay-xe-nhan = Xé nhãn giao hàng để xem tên shop
kt-dong-kiem-giay-xe-nhan-feedback = Bạn không xé nhãn giao hàng. Khi đồng kiểm, bạn chỉ xem bên ngoài gói hàng và đếm số lượng.
kt-dong-kiem-giay-tra-luon = Trả tiền luôn, không xem gì
kt-dong-kiem-giay-tra-luon-feedback = Bạn nên xem bên ngoài gói hàng và đếm số lượng trước khi trả. Gói hàng móp, rách thì bạn từ chối nhận.

kt-hop-uot-prompt = Bạn ra nhận gói hàng trả tiền khi nhận. Hộp bị ướt sũng một bên, góc hộp bị bẹp. Bạn làm gì?
kt-hop-uot-tu-choi-tra-du = Không nhận, trả lại cả hộp
kt-hop-uot-tu-choi-tra-du-feedback = Đúng rồi. Gói hàng hỏng bên ngoài thì bạn từ chối nhận, trả lại người giao hàng đủ cả vỏ hộp và đồ đi kèm.
kt-hop-uot-nhan-roi-tinh = Cứ nhận và trả tiền, về nhà mở ra rồi tính
kt-hop-uot-nhan-roi-tinh-feedback = Nhận rồi thì khó nói hàng hỏng từ lúc nào. Gói hàng hỏng bên ngoài thì bạn từ chối nhận ngay lúc đó.
kt-hop-uot-lay-hang-tra-vo = Lấy món hàng bên trong ra, chỉ trả lại cái vỏ hộp bị ướt cho người giao hàng mang về
kt-hop-uot-lay-hang-tra-vo-feedback = Từ chối thì bạn trả lại cả gói hàng, đủ vỏ hộp và đồ đi kèm, không giữ lại gì.
kt-hop-uot-boc-xem = Bóc hộp xem hàng bên trong có sao không
kt-hop-uot-boc-xem-feedback = Hộp hỏng thì bạn từ chối nhận luôn, không cần bóc ra. Lỡ bóc niêm phong hay làm hỏng hàng, người giao hàng có thể không nhận lại, và bạn phải trả tiền.

kt-tra-hang-prompt = Bạn mua một cái chăn trên mạng. Về nhà mở túi thì thấy chăn bị rách một đường dài. Bạn xếp các bước trả hàng theo đúng thứ tự.
kt-tra-hang-hint = Bạn bắt đầu bằng việc mở đơn hàng trong ứng dụng. Gửi hàng lại là việc cuối cùng, chỉ làm khi yêu cầu đã được đồng ý.
kt-tra-hang-mo-don = Mở đơn hàng cái chăn trong ứng dụng mua sắm
kt-tra-hang-bam-tra-hang = Bấm yêu cầu trả hàng, hoàn tiền
kt-tra-hang-chon-tinh-trang = Chọn “đã nhận được hàng nhưng hàng có vấn đề”, chọn cái chăn
kt-tra-hang-ghi-ly-do = Ghi lý do, mô tả, thêm ảnh chỗ rách và video lúc mở túi
kt-tra-hang-gui-yeu-cau = Bấm gửi yêu cầu, rồi chờ trả lời
kt-tra-hang-gui-hang-lai = Được đồng ý thì gửi chăn lại qua người giao hàng hoặc bưu cục

kt-nhan-cod-prompt = Bạn đặt một cái quạt, chọn trả tiền khi nhận hàng. Hôm nay người giao hàng gọi báo sắp đến. Bạn xếp các việc theo đúng thứ tự.
kt-nhan-cod-hint = Trước hết bạn tự xem đơn hàng trong ứng dụng. Bạn xem bên ngoài gói hàng trước khi trả tiền. Bấm “Đã nhận được hàng” là việc cuối cùng, sau khi đã mở hộp xem kỹ.
kt-nhan-cod-xem-ung-dung = Tự mở ứng dụng mua sắm, xem đơn quạt và số tiền phải trả
kt-nhan-cod-ra-gap = Ra gặp người giao hàng
kt-nhan-cod-dong-kiem = Xem bên ngoài gói hàng, đếm đủ số lượng
kt-nhan-cod-tra-tien = Trả tiền, nhận gói hàng
kt-nhan-cod-quay-video = Về nhà, vừa mở hộp vừa nhờ người nhà quay video
kt-nhan-cod-bam-da-nhan = Quạt tốt thì bấm “Đã nhận được hàng”

kt-sai-co-prompt = Bạn mua một chiếc áo cỡ lớn cho chồng. Mở túi ra thì thấy shop gửi cỡ nhỏ. Ứng dụng đang hiện nút “Đã nhận được hàng”. Bạn làm gì?
kt-sai-co-yeu-cau-tra = Gửi yêu cầu trả hàng trong ứng dụng, chưa bấm nút “Đã nhận được hàng”
kt-sai-co-yeu-cau-tra-feedback = Đúng rồi. Áo sai cỡ thì bạn yêu cầu trả hàng, hoàn tiền ngay trong ứng dụng. Trên Shopee, bấm “Đã nhận được hàng” trước thì không yêu cầu trả hàng được nữa.
kt-sai-co-bam-roi-tra = Bấm “Đã nhận được hàng” trước, rồi mới yêu cầu trả hàng
kt-sai-co-bam-roi-tra-feedback = Trên Shopee, bấm “Đã nhận được hàng” rồi thì không yêu cầu trả hàng được nữa. Bạn gửi yêu cầu trả hàng trong ứng dụng trước.
kt-sai-co-nhan-rieng = Nhắn Zalo riêng cho người bán, chuyển khoản tiền gửi áo lại cho họ
kt-sai-co-nhan-rieng-feedback = Chuyển tiền riêng cho người bán thì ứng dụng không giúp được bạn. Bạn gửi yêu cầu trả hàng ngay trong ứng dụng.
kt-sai-co-bo-di = Thôi, cất áo đi, không làm gì
kt-sai-co-bo-di-feedback = Bạn không phải chịu thiệt. Bạn gửi yêu cầu trả hàng trong ứng dụng, trước khi bấm “Đã nhận được hàng”, và làm sớm vì thời hạn có giới hạn.

kt-hoan-tien-qr-prompt = Một người lạ gọi điện, xưng là nhân viên shop: “Shop trừ nhầm tiền của bác, bác quét mã QR cháu gửi qua tin nhắn để nhận lại 500.000 đồng nhé.” Bạn làm gì?
kt-hoan-tien-qr-khong-quet = Không quét, tắt máy, tự xem đơn trong ứng dụng
kt-hoan-tien-qr-khong-quet-feedback = Đúng rồi. Quét mã QR không bao giờ làm tiền quay về tài khoản của bạn. Quét mã là để trả tiền đi. Bạn tắt máy, tự mở ứng dụng mua sắm xem đơn hàng.
kt-hoan-tien-qr-quet-nhan-tien = Quét mã để nhận lại tiền
kt-hoan-tien-qr-quet-nhan-tien-feedback = Quét mã QR là để trả tiền đi, không phải để nhận tiền về. Bạn không quét, tắt máy, tự xem đơn trong ứng dụng mua sắm.
kt-hoan-tien-qr-bam-link = Không quét mã, nhưng bấm vào đường link họ gửi kèm để nhận lại tiền cho chắc
kt-hoan-tien-qr-bam-link-feedback = Mở đường link cũng không bao giờ làm tiền quay về, mà có thể làm mất tiền thật. Bạn không bấm, tắt máy, tự xem đơn trong ứng dụng mua sắm.
kt-hoan-tien-qr-quet-thu = Quét thử một lần, không thấy tiền về thì thôi
kt-hoan-tien-qr-quet-thu-feedback = Chỉ quét một lần cũng có thể chuyển tiền của bạn đi. Bạn không quét, tắt máy, tự xem đơn trong ứng dụng mua sắm.

kt-dau-hieu-prompt = Khi chọn shop trên ứng dụng mua sắm, những điều nào là dấu hiệu đáng ngờ? Bạn chọn hết các điều đúng.
kt-dau-hieu-gia-re-qua = Giá bán chưa bằng một nửa giá thường bán
kt-dau-hieu-gia-re-qua-feedback = Đúng. Giá rẻ quá mức dễ là hàng giả, hàng kém, hoặc shop lừa đảo.
kt-dau-hieu-ru-chuyen-rieng = Người bán rủ chuyển khoản riêng để được giảm giá
kt-dau-hieu-ru-chuyen-rieng-feedback = Đúng. Trả tiền ngoài ứng dụng thì tiền đi thẳng cho người bán, rất khó đòi lại.
kt-dau-hieu-khong-huy-hieu = Shop không có huy hiệu
kt-dau-hieu-khong-huy-hieu-feedback = Không có huy hiệu không phải là dấu hiệu xấu. Shop không có huy hiệu mà có nhiều đánh giá tốt vẫn mua được.
kt-dau-hieu-nhieu-danh-gia = Shop có hàng nghìn lượt đánh giá, trung bình 4,8 sao
kt-dau-hieu-nhieu-danh-gia-feedback = Nhiều lượt đánh giá và nhiều sao là dấu hiệu tốt. Dấu hiệu đáng ngờ là dưới 4 sao, hoặc rất ít lượt đánh giá.
