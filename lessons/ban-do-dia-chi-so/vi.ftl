# Bài: Bản đồ và địa chỉ số. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md. Nội dung phải khớp ../shared/domain.md mục 11 (bản đồ trên
# điện thoại), 12 (địa chỉ số), 13 (sau sáp nhập: chỉ có xã, không dùng chữ “huyện”).
#
# Mỗi bước “map” S có: S-task (việc cần làm), S-hint (gợi ý khi làm chưa đúng), S-explain
# (vì sao đúng), S-place-P (tên chỗ P trên bản đồ), S-contact-C (tên người C trong danh bạ).
# Chỗ người học đang đứng luôn tên “Bạn đang ở đây”; nhà chưa có trên bản đồ luôn tên
# “Nhà chưa có tên”.
#
# CHƯA KIỂM CHỨNG: tên nút thật của Google Maps (“Đường đi”, “Bắt đầu”, “Thêm địa điểm bị
# thiếu”). Bài không dùng các chữ này làm tên nút thật; bài nói “nút chỉ đường”, “bắt đầu đi”
# bằng lời thường và nhắc “trên ứng dụng thật, tên nút có thể khác”.
# CÒN THIẾU (GAP): cách một hộ gia đình lấy mã địa chỉ số. Bài không tả thủ tục nào, chỉ
# bảo người học hỏi cán bộ xã. Mã trong bài do ứng dụng tạo mỗi lần học: 10 chữ số, bắt đầu
# bằng 000, có chữ MẪU.
# Mọi tên người, tên thôn, tên xã (xã Suối Mây) đều bịa.

lesson-title = Bản đồ và địa chỉ số
lesson-summary = Bạn tập dùng bản đồ trên điện thoại: chia sẻ vị trí cho người nhà, tìm đường đến xã và trạm y tế, thêm cửa hàng, homestay lên bản đồ, đối chiếu mã địa chỉ số, và tránh chiêu lừa “đánh giá 5 sao nhận tiền”.

## Luyện tập

gioi-thieu-text =
    Trên điện thoại có ứng dụng bản đồ, ví dụ Google Maps. Bản đồ giúp bạn tìm đường, cho người nhà biết bạn đang ở đâu, và giúp khách tìm đến cửa hàng, homestay của thôn mình.
    Trong bài này, bạn tập trên một bản đồ vẽ đơn giản của một thôn. Mỗi hình trên bản đồ là một chỗ: nhà, trường học, chợ, trạm y tế, Trung tâm Phục vụ hành chính công xã. Chỗ bạn đang đứng có tên “Bạn đang ở đây”.
    Đây là bản đồ tập, không nối mạng. Tên người, tên thôn, tên xã đều bịa ra.
    Các nút trong bài dùng lời dễ hiểu. Trên ứng dụng thật, tên nút có thể khác.
    Bấm nhầm cũng không sao. Bạn đọc lời giải thích rồi làm lại.

chia-se-vi-tri-text =
    Chia sẻ vị trí là cho một người xem trên bản đồ chỗ bạn đang đứng, ngay lúc này. Khi bạn đi xa, đi khám bệnh hay bị lạc đường, người nhà biết bạn ở đâu để yên tâm, hoặc đến đón.
    Trên ứng dụng bản đồ, bạn chọn chia sẻ vị trí, chọn chia sẻ trong bao lâu, rồi chọn người nhận. Riêng Google Maps Go, bản rút gọn dành cho máy yếu, không có chức năng này.
    Chỉ chia sẻ cho người nhà, người bạn biết rõ và tin cậy. Vị trí cho biết bạn đang ở đâu, và cả lúc nhà bạn không có ai.
    Không chia sẻ cho số lạ, người mới quen trên mạng, kể cả người xưng là cán bộ hay công an. Số lạ gọi đến xin vị trí, bạn cứ từ chối, rồi tự đến xã hỏi trực tiếp.

lt-chia-se-con-gai-task = Bạn đi chợ xã một mình. Mua xong, con gái bạn là Thu nhắn: “Gửi vị trí cho con, con chạy xe ra đón.” Bạn chia sẻ vị trí của mình cho Thu.
lt-chia-se-con-gai-hint = Vị trí chỉ gửi cho người nhà bạn biết rõ. Bạn chọn Thu, con gái bạn, trong danh sách.
lt-chia-se-con-gai-explain = Đúng rồi. Thu là con gái bạn, cần biết bạn đang ở đâu để ra đón. Số lạ và nhóm mua bán trên mạng thì không cần biết bạn ở đâu.
lt-chia-se-con-gai-place-o-day = Bạn đang ở đây
lt-chia-se-con-gai-place-cho = Chợ xã Suối Mây
lt-chia-se-con-gai-place-truong = Trường tiểu học
lt-chia-se-con-gai-place-nha-van-hoa = Nhà văn hóa thôn Khe Mây
lt-chia-se-con-gai-contact-so-la = Số lạ vừa gọi cho bạn
lt-chia-se-con-gai-contact-con-gai = Thu (con gái)
lt-chia-se-con-gai-contact-nhom-mua-ban = Nhóm mua bán trên mạng

lt-nguoi-la-hoi-vi-tri-prompt = Một số lạ gọi đến, xưng là cán bộ xã mới sau sáp nhập. Người đó bảo bạn bật chia sẻ vị trí cho số này “để cập nhật thông tin hộ gia đình”. Bạn làm gì?
lt-nguoi-la-hoi-vi-tri-khong-chia-se = Không chia sẻ. Tắt máy, rồi tự đến xã hỏi cho chắc
lt-nguoi-la-hoi-vi-tri-khong-chia-se-feedback = Đúng rồi. Kẻ gian hay xưng là cán bộ xã mới, công an xã mới để lừa. Vị trí cho người lạ biết bạn ở đâu, nhà có ai. Việc của xã thì bạn đến Trung tâm Phục vụ hành chính công xã hỏi trực tiếp.
lt-nguoi-la-hoi-vi-tri-chia-se-vi-can-bo = Chia sẻ, vì người đó xưng là cán bộ xã
lt-nguoi-la-hoi-vi-tri-chia-se-vi-can-bo-feedback = Qua điện thoại, ai cũng xưng là cán bộ được. Kẻ gian hay giả làm cán bộ xã mới sau sáp nhập. Bạn không chia sẻ, tắt máy, rồi tự đến xã hỏi.
lt-nguoi-la-hoi-vi-tri-chia-se-mot-luc = Chia sẻ một lúc thôi, xong thì tắt
lt-nguoi-la-hoi-vi-tri-chia-se-mot-luc-feedback = Chỉ một lúc thôi, người lạ cũng đã biết bạn đang ở đâu. Bạn không chia sẻ cho số lạ. Tắt máy, rồi tự đến xã hỏi.

chi-duong-text =
    Muốn đến một chỗ, bạn bấm vào chỗ đó trên bản đồ, rồi bấm nút chỉ đường. Bản đồ vẽ đường đi từ chỗ bạn đứng đến đó.
    Trước khi bắt đầu đi, bạn xem hết cả con đường một lượt.
    Rồi bạn phóng to đoạn cuối, khoảng 200 đến 300 mét trước khi tới nơi: đặt hai ngón tay lên màn hình rồi kéo giãn ra. Nhờ vậy bạn biết đường có rẽ vào ngõ quá nhỏ hay không.
    Chỗ nào trông không ổn, bạn hỏi người trong thôn cho chắc.
    Trên ứng dụng thật, tên các nút có thể khác.

lt-duong-trung-tam-task = Bạn cần hỏi cán bộ xã về một thủ tục giấy tờ. Bạn tìm đường đến Trung tâm Phục vụ hành chính công xã Suối Mây: bấm vào chỗ đó trên bản đồ, rồi bấm nút chỉ đường.
lt-duong-trung-tam-hint = Trung tâm Phục vụ hành chính công xã là nơi người dân đến làm và hỏi thủ tục giấy tờ. Bạn tìm chỗ có tên đó trên bản đồ, bấm vào, rồi bấm nút chỉ đường.
lt-duong-trung-tam-explain = Đúng rồi. Bản đồ đã vẽ đường từ chỗ bạn đứng đến Trung tâm Phục vụ hành chính công xã. Trước khi đi, bạn xem hết cả con đường một lượt.
lt-duong-trung-tam-place-o-day = Bạn đang ở đây
lt-duong-trung-tam-place-tram-y-te = Trạm y tế xã Suối Mây
lt-duong-trung-tam-place-nha-van-hoa = Nhà văn hóa thôn Nà Mây
lt-duong-trung-tam-place-truong = Trường mầm non
lt-duong-trung-tam-place-trung-tam = Trung tâm Phục vụ hành chính công xã Suối Mây
lt-duong-trung-tam-place-cho = Chợ xã Suối Mây

lt-cac-buoc-chi-duong-prompt = Bạn muốn đến trạm y tế xã nhưng chưa biết đường. Bạn xếp các việc sau theo đúng thứ tự.
lt-cac-buoc-chi-duong-hint = Bạn chọn nơi cần đến trước, rồi nhờ bản đồ vẽ đường. Xem hết con đường và đoạn cuối xong, bạn mới bắt đầu đi.
lt-cac-buoc-chi-duong-bam-tram-y-te = Bấm vào trạm y tế trên bản đồ
lt-cac-buoc-chi-duong-bam-chi-duong = Bấm nút chỉ đường
lt-cac-buoc-chi-duong-xem-toan-bo = Xem hết cả con đường một lượt
lt-cac-buoc-chi-duong-phong-to = Phóng to đoạn cuối, gần trạm y tế
lt-cac-buoc-chi-duong-bat-dau = Lên đường, đi theo chỉ dẫn

lt-duong-tram-y-te-task = Cháu bạn bị sốt. Bạn tìm đường đưa cháu đến trạm y tế xã Suối Mây.
lt-duong-tram-y-te-hint = Bạn tìm chỗ có tên “Trạm y tế xã Suối Mây”, bấm vào đó, rồi bấm nút chỉ đường.
lt-duong-tram-y-te-explain = Đúng rồi. Bản đồ đã vẽ đường đến trạm y tế. Bạn xem hết cả con đường, phóng to đoạn cuối, rồi mới bắt đầu đi.
lt-duong-tram-y-te-place-truong = Trường trung học cơ sở
lt-duong-tram-y-te-place-uy-ban = Trung tâm Phục vụ hành chính công xã Suối Mây
lt-duong-tram-y-te-place-o-day = Bạn đang ở đây
lt-duong-tram-y-te-place-cho = Chợ phiên
lt-duong-tram-y-te-place-tram-y-te = Trạm y tế xã Suối Mây
lt-duong-tram-y-te-place-nha-van-hoa = Nhà văn hóa thôn Khe Lim

them-dia-diem-text =
    Cửa hàng, quán ăn, homestay của thôn mình chưa có trên bản đồ thì khách khó tìm. Bạn có thể thêm chỗ đó lên bản đồ.
    Muốn thêm, bạn cần đủ ba điều: tên của chỗ đó, vị trí đúng trên bản đồ, và loại chỗ. Thiếu một trong ba điều thì không gửi được.
    Chọn loại cho đúng: tạp hóa là cửa hàng, quán phở là quán ăn, nhà cho khách du lịch ở là homestay.
    Gửi xong, bạn phải chờ. Thông tin được xem xét rồi mới hiện trên bản đồ cho mọi người thấy. Chưa hiện ngay là bình thường.
    Trên ứng dụng thật, tên các nút có thể khác.

lt-them-tap-hoa-task = Cửa hàng tạp hóa của chị Hà mở đã lâu mà chưa có trên bản đồ. Cửa hàng ở bên kia đường, ngay đối diện trường tiểu học. Bạn bấm vào đúng ngôi nhà đó, gõ tên cửa hàng, rồi chọn loại chỗ cho đúng.
lt-them-tap-hoa-hint = Bạn tìm trường tiểu học trên bản đồ. Cửa hàng là ngôi nhà chưa có tên ở bên kia đường, ngay đối diện trường. Tạp hóa thuộc loại cửa hàng.
lt-them-tap-hoa-explain = Đúng rồi. Bạn đặt đúng chỗ, có tên, và chọn loại cửa hàng. Đủ ba điều này thì gửi được. Gửi xong, thông tin được xem xét rồi mới hiện trên bản đồ.
lt-them-tap-hoa-place-o-day = Bạn đang ở đây
lt-them-tap-hoa-place-truong = Trường tiểu học
lt-them-tap-hoa-place-trong-a = Nhà chưa có tên
lt-them-tap-hoa-place-trong-b = Nhà chưa có tên
lt-them-tap-hoa-place-nha-van-hoa = Nhà văn hóa thôn
lt-them-tap-hoa-place-trong-c = Nhà chưa có tên

lt-them-homestay-task = Anh Vàng A Lử mở homestay cho khách du lịch ở, ngay sát đồi chè. Khách hay phải gọi hỏi đường vì bản đồ chưa có. Bạn giúp anh thêm homestay lên bản đồ.
lt-them-homestay-hint = Bạn tìm đồi chè trên bản đồ. Homestay là ngôi nhà chưa có tên nằm sát đồi chè. Nhà cho khách du lịch ở thuộc loại homestay.
lt-them-homestay-explain = Đúng rồi. Bạn đặt đúng chỗ sát đồi chè, gõ tên và chọn loại homestay. Chọn đúng loại thì khách tìm chỗ nghỉ dễ thấy hơn.
lt-them-homestay-place-doi-che = Đồi chè
lt-them-homestay-place-trong-a = Nhà chưa có tên
lt-them-homestay-place-trong-b = Nhà chưa có tên
lt-them-homestay-place-cho = Chợ xã
lt-them-homestay-place-o-day = Bạn đang ở đây
lt-them-homestay-place-nha-ong-lu = Nhà ông Lù

dia-chi-so-text =
    Địa chỉ số là một mã gồm 10 chữ số, gắn với một chỗ: một ngôi nhà, một cơ quan, một cửa hàng. Mã nằm trên nền tảng địa chỉ số quốc gia do Bưu điện Việt Nam xây dựng. Nền tảng này đã làm ở tất cả các xã, phường.
    Mỗi mã chỉ đúng một chỗ, nên nhìn mã là biết nhà nào, không nhầm với nhà khác.
    Nhà bạn đã có mã chưa, lấy mã ở đâu: bạn hỏi cán bộ xã, ví dụ ở Trung tâm Phục vụ hành chính công xã.
    Trong bài, mã là mã tập: bắt đầu bằng 000 và có chữ MẪU. Mọi mã tập đều bắt đầu giống nhau, nên khi đối chiếu, bạn so đủ cả 10 số, từng nhóm vài số một. Chỉ giống mấy số đầu là chưa đủ.

lt-tim-nha-task = Một người giao hàng đến thôn, đưa bạn tờ giấy chỉ ghi một mã địa chỉ số, nhờ bạn chỉ nhà. Bạn so mã trên tờ giấy với mã của từng nhà trên bản đồ, rồi bấm vào nhà có mã trùng.
lt-tim-nha-hint = Mọi mã tập đều bắt đầu bằng 000, nên bạn so đủ cả 10 số, từng nhóm vài số một. Nhà nào trùng đủ 10 số thì là nhà đó.
lt-tim-nha-explain = Đúng rồi. Mã của nhà này trùng đủ 10 số với mã trên tờ giấy. Mỗi mã chỉ đúng một chỗ, nên người giao hàng tìm được đúng nhà.
lt-tim-nha-place-o-day = Bạn đang ở đây
lt-tim-nha-place-nha-ong-sung = Nhà ông Sùng
lt-tim-nha-place-nha-ba-lo = Nhà bà Lò
lt-tim-nha-place-nha-anh-giang = Nhà anh Giàng
lt-tim-nha-place-nha-chi-mua = Nhà chị Mùa
lt-tim-nha-place-nha-van-hoa = Nhà văn hóa thôn

lua-danh-gia-text =
    Cẩn thận với lời mời “đánh giá 5 sao trên Google Maps nhận hoa hồng”.
    Người lạ nhắn tin cho bạn, mời làm “việc nhẹ tại nhà”: chấm 5 sao cho một quán ăn, một khách sạn trên bản đồ, mỗi lượt được khoảng 10.000 đồng.
    Lúc đầu họ cho bạn rút vài chục nghìn thật để bạn tin. Rồi họ kéo bạn vào một nhóm chat, giao “nhiệm vụ” phải nạp tiền trước mới được thưởng lớn. Những người trong nhóm khoe kiếm được tiền đều là người của kẻ lừa đảo. Tiền nạp vào thì mất.
    Công an đã cảnh báo chiêu này. Gặp lời mời như vậy, bạn không nhận, không nạp tiền, chặn người đó và kể cho người nhà biết.

lt-danh-gia-5-sao-prompt = Một người lạ nhắn Zalo cho bạn: “Việc nhẹ tại nhà: mỗi lượt đánh giá 5 sao cho quán trên Google Maps được 10.000 đồng, rút tiền ngay.” Bạn làm gì?
lt-danh-gia-5-sao-lam-thu = Làm thử vài lượt, rút được tiền thì làm tiếp
lt-danh-gia-5-sao-lam-thu-feedback = Lúc đầu kẻ gian cho rút vài chục nghìn thật để bạn tin. Sau đó họ đòi nạp tiền để làm “nhiệm vụ” lớn, và tiền nạp vào thì mất. Bạn không nhận việc này.
lt-danh-gia-5-sao-khong-nhan = Không nhận, chặn người đó và kể cho người nhà
lt-danh-gia-5-sao-khong-nhan-feedback = Đúng rồi. Đây là chiêu lừa “đánh giá 5 sao nhận hoa hồng” mà công an đã cảnh báo. Không nhận việc thì không bị kéo vào nạp tiền.
lt-danh-gia-5-sao-ru-ban-be = Rủ thêm bạn bè cùng làm cho vui
lt-danh-gia-5-sao-ru-ban-be-feedback = Rủ bạn bè là kéo thêm người vào bẫy. Chiêu này lúc đầu cho rút ít tiền, sau đòi nạp tiền lớn. Bạn không nhận, chặn người đó.

ghi-nho-text =
    Bạn nhớ mấy điều này:
    Chỉ chia sẻ vị trí cho người nhà bạn tin. Số lạ, người mới quen trên mạng xin vị trí thì không chia sẻ.
    Trước khi đi theo chỉ đường, xem hết cả con đường và phóng to đoạn cuối.
    Thêm một chỗ lên bản đồ cần đủ tên, vị trí và loại chỗ. Gửi xong phải chờ xem xét.
    Địa chỉ số là mã 10 chữ số. Khi đối chiếu, so đủ cả 10 số. Muốn biết mã của nhà mình, bạn hỏi cán bộ xã.
    Ai mời đánh giá 5 sao để nhận tiền: không nhận, không nạp tiền.
    Tiếp theo là bài kiểm tra ngắn. Bạn cứ làm từ từ, không tính giờ.

## Bài kiểm tra cuối

kt-cs-lac-duong-task = Bạn đi thăm họ hàng ở thôn bên, đến ngã ba thì không nhớ đường. Con trai bạn là Minh gọi, bảo bạn gửi vị trí để Minh đến đón. Bạn chia sẻ vị trí cho đúng người.
kt-cs-lac-duong-hint = Người cần biết bạn ở đâu là Minh, con trai bạn. Bạn chọn Minh trong danh sách.
kt-cs-lac-duong-explain = Đúng rồi. Minh là con trai bạn, cần biết chỗ bạn đứng để đến đón. Số lạ và nhóm mua bán thì không cần biết bạn ở đâu.
kt-cs-lac-duong-place-nha-van-hoa = Nhà văn hóa thôn Nà Lừ
kt-cs-lac-duong-place-ruong-ngo = Ruộng ngô
kt-cs-lac-duong-place-o-day = Bạn đang ở đây
kt-cs-lac-duong-contact-con-trai = Minh (con trai)
kt-cs-lac-duong-contact-so-la = Số lạ
kt-cs-lac-duong-contact-nhom-mua-ban = Nhóm mua bán trên mạng

kt-cs-con-dau-task = Trời sắp tối, bạn còn ở ngoài ruộng. Con dâu bạn là Lan dặn: “Bật chia sẻ vị trí cho con nhé, về muộn con cũng yên tâm.” Vừa lúc đó, một số lạ gọi đến xin vị trí của bạn. Bạn chia sẻ vị trí cho ai?
kt-cs-con-dau-hint = Chỉ người nhà bạn tin mới nên biết bạn ở đâu. Bạn chọn Lan, con dâu bạn. Số lạ xin vị trí thì không gửi.
kt-cs-con-dau-explain = Đúng rồi. Lan là con dâu bạn, biết vị trí của bạn để yên tâm khi bạn về muộn. Số lạ xin vị trí thì bạn không gửi.
kt-cs-con-dau-place-o-day = Bạn đang ở đây
kt-cs-con-dau-place-ruong-lua = Ruộng lúa
kt-cs-con-dau-place-nha = Nhà bạn
kt-cs-con-dau-contact-so-la-vua-goi = Số lạ vừa gọi xin vị trí
kt-cs-con-dau-contact-ban-tren-mang = Người mới quen trên mạng
kt-cs-con-dau-contact-con-dau = Lan (con dâu)

kt-cs-di-kham-task = Bạn đi khám ở trạm y tế xã một mình. Cháu nội bạn là Tùng muốn biết bạn đã đến nơi chưa. Bạn chia sẻ vị trí cho Tùng.
kt-cs-di-kham-hint = Người nhà đang lo cho bạn là Tùng, cháu nội bạn. Bạn chọn Tùng trong danh sách, không chọn người lạ.
kt-cs-di-kham-explain = Đúng rồi. Tùng là cháu nội bạn, nhìn vị trí là biết bạn đã đến trạm y tế. Người mới quen trên mạng hay số lạ xưng cán bộ thì không được biết bạn ở đâu.
kt-cs-di-kham-place-cho = Chợ xã
kt-cs-di-kham-place-tram-y-te = Trạm y tế xã Suối Mây
kt-cs-di-kham-place-o-day = Bạn đang ở đây
kt-cs-di-kham-contact-ban-moi-quen = Bạn mới quen trên Facebook
kt-cs-di-kham-contact-chau-noi = Tùng (cháu nội)
kt-cs-di-kham-contact-so-xung-can-bo = Số lạ xưng là cán bộ xã

kt-cs-di-rung-task = Bạn lên nương hái măng, chỗ này xa nhà. Anh trai bạn là anh Sủi dặn bật chia sẻ vị trí để anh biết bạn đi đến đâu. Bạn chia sẻ vị trí cho anh Sủi.
kt-cs-di-rung-hint = Người nhà cần biết bạn ở đâu là anh Sủi, anh trai bạn. Bạn chọn anh Sủi trong danh sách.
kt-cs-di-rung-explain = Đúng rồi. Anh Sủi là anh trai bạn, biết bạn ở đâu để yên tâm, có chuyện gì thì tìm được bạn. Người lạ, nhóm bán hàng thì không cần biết.
kt-cs-di-rung-place-o-day = Bạn đang ở đây
kt-cs-di-rung-place-nuong = Nương măng
kt-cs-di-rung-place-nha = Nhà bạn
kt-cs-di-rung-contact-so-la = Số lạ
kt-cs-di-rung-contact-nhom-ban-hang = Nhóm bán hàng trên mạng
kt-cs-di-rung-contact-anh-trai = Sủi (anh trai)
kt-cs-di-rung-contact-nguoi-xin-ket-ban = Người lạ vừa xin kết bạn

kt-dd-trung-tam-giay-to-task = Bạn muốn hỏi cán bộ xã về giấy tờ cho cháu mới sinh. Bạn tìm đường đến Trung tâm Phục vụ hành chính công xã Suối Mây.
kt-dd-trung-tam-giay-to-hint = Bạn tìm chỗ có tên “Trung tâm Phục vụ hành chính công xã Suối Mây”, bấm vào đó, rồi bấm nút chỉ đường.
kt-dd-trung-tam-giay-to-explain = Đúng rồi. Thủ tục giấy tờ thì hỏi ở Trung tâm Phục vụ hành chính công xã. Bản đồ đã vẽ đường, bạn xem hết con đường rồi mới đi.
kt-dd-trung-tam-giay-to-place-nha-van-hoa = Nhà văn hóa thôn
kt-dd-trung-tam-giay-to-place-o-day = Bạn đang ở đây
kt-dd-trung-tam-giay-to-place-truong = Trường tiểu học
kt-dd-trung-tam-giay-to-place-trung-tam = Trung tâm Phục vụ hành chính công xã Suối Mây
kt-dd-trung-tam-giay-to-place-cho = Chợ xã
kt-dd-trung-tam-giay-to-place-tram-y-te = Trạm y tế xã Suối Mây

kt-dd-tiem-chung-task = Hôm nay cháu bạn đến lịch tiêm phòng ở trạm y tế xã. Bạn tìm đường đưa cháu đi tiêm.
kt-dd-tiem-chung-hint = Tiêm phòng thì đến trạm y tế. Bạn tìm chỗ có tên “Trạm y tế xã Suối Mây”, bấm vào đó, rồi bấm nút chỉ đường.
kt-dd-tiem-chung-explain = Đúng rồi. Bản đồ đã vẽ đường đến trạm y tế xã. Bạn xem hết con đường, phóng to đoạn cuối, rồi mới bắt đầu đi.
kt-dd-tiem-chung-place-tram-y-te = Trạm y tế xã Suối Mây
kt-dd-tiem-chung-place-trung-tam = Trung tâm Phục vụ hành chính công xã Suối Mây
kt-dd-tiem-chung-place-truong = Trường mầm non
kt-dd-tiem-chung-place-cho = Chợ xã
kt-dd-tiem-chung-place-o-day = Bạn đang ở đây

kt-dd-trung-tam-hoi-task = Bạn mang giấy tờ lên xã để làm một thủ tục. Bạn tìm đường đến Trung tâm Phục vụ hành chính công xã Suối Mây.
kt-dd-trung-tam-hoi-hint = Làm thủ tục giấy tờ thì đến Trung tâm Phục vụ hành chính công xã. Bạn tìm chỗ có tên đó, bấm vào, rồi bấm nút chỉ đường.
kt-dd-trung-tam-hoi-explain = Đúng rồi. Bản đồ đã vẽ đường đến Trung tâm Phục vụ hành chính công xã. Bạn xem hết con đường một lượt rồi mới đi.
kt-dd-trung-tam-hoi-place-o-day = Bạn đang ở đây
kt-dd-trung-tam-hoi-place-tram-y-te = Trạm y tế xã Suối Mây
kt-dd-trung-tam-hoi-place-cho = Chợ phiên
kt-dd-trung-tam-hoi-place-truong = Trường trung học cơ sở
kt-dd-trung-tam-hoi-place-nha-van-hoa = Nhà văn hóa thôn
kt-dd-trung-tam-hoi-place-trung-tam = Trung tâm Phục vụ hành chính công xã Suối Mây

kt-dd-do-huyet-ap-task = Sáng nay bạn có hẹn đo huyết áp ở trạm y tế xã. Bạn tìm đường đến trạm y tế.
kt-dd-do-huyet-ap-hint = Bạn tìm chỗ có tên “Trạm y tế xã Suối Mây”, bấm vào đó, rồi bấm nút chỉ đường.
kt-dd-do-huyet-ap-explain = Đúng rồi. Bản đồ đã vẽ đường đến trạm y tế xã. Bạn xem hết con đường, phóng to đoạn cuối, rồi mới bắt đầu đi.
kt-dd-do-huyet-ap-place-o-day = Bạn đang ở đây
kt-dd-do-huyet-ap-place-cho = Chợ xã
kt-dd-do-huyet-ap-place-nha-van-hoa = Nhà văn hóa thôn
kt-dd-do-huyet-ap-place-trung-tam = Trung tâm Phục vụ hành chính công xã Suối Mây
kt-dd-do-huyet-ap-place-tram-y-te = Trạm y tế xã Suối Mây
kt-dd-do-huyet-ap-place-truong = Trường tiểu học

kt-ma-buu-pham-task = Bưu tá mang đến thôn một gói hàng. Trên gói chỉ ghi mã địa chỉ số, không ghi tên người nhận. Bưu tá nhờ bạn chỉ nhà. Bạn so mã trên gói với mã của từng nhà, rồi bấm vào nhà có mã trùng.
kt-ma-buu-pham-hint = Mọi mã tập đều bắt đầu bằng 000. Bạn so đủ cả 10 số, từng nhóm vài số một. Nhà nào trùng đủ 10 số thì là nhà đó.
kt-ma-buu-pham-explain = Đúng rồi. Mã của nhà này trùng đủ 10 số với mã trên gói hàng, nên bưu tá giao đúng nhà.
kt-ma-buu-pham-place-nha-ong-hoang = Nhà ông Hoàng
kt-ma-buu-pham-place-nha-ba-nong = Nhà bà Nông
kt-ma-buu-pham-place-o-day = Bạn đang ở đây
kt-ma-buu-pham-place-nha-chi-luc = Nhà chị Lục
kt-ma-buu-pham-place-nha-anh-dinh = Nhà anh Đinh

kt-ma-khach-task = Một đoàn khách đến thôn, đưa bạn tờ giấy ghi mã địa chỉ số của nhà họ định ghé thăm. Bạn tìm nhà đó trên bản đồ.
kt-ma-khach-hint = Bạn so mã trên tờ giấy với mã của từng nhà, đủ cả 10 số. Chỉ giống mấy số đầu là chưa đủ.
kt-ma-khach-explain = Đúng rồi. Mã của nhà này trùng đủ 10 số với mã trên tờ giấy. Mỗi mã chỉ đúng một chỗ.
kt-ma-khach-place-nha-ba-ha = Nhà bà Hà
kt-ma-khach-place-nha-ong-vi = Nhà ông Vi
kt-ma-khach-place-nha-chi-trieu = Nhà chị Triệu
kt-ma-khach-place-nha-anh-lo = Nhà anh Lò
kt-ma-khach-place-nha-ba-ma = Nhà bà Mã
kt-ma-khach-place-o-day = Bạn đang ở đây

kt-ma-nha-moi-task = Một người bán cây giống chở hàng đến thôn. Trên phiếu giao hàng chỉ ghi mã địa chỉ số của người mua. Anh ấy nhờ bạn chỉ nhà. Bạn tìm nhà có mã trùng với mã trên phiếu.
kt-ma-nha-moi-hint = Bạn so mã trên phiếu với mã của từng nhà, từng nhóm vài số một, đủ cả 10 số. Nhà nào trùng hết thì là nhà đó.
kt-ma-nha-moi-explain = Đúng rồi. Mã của nhà này trùng đủ 10 số với mã trên phiếu giao hàng, nên cây giống đến đúng người mua.
kt-ma-nha-moi-place-o-day = Bạn đang ở đây
kt-ma-nha-moi-place-nha-anh-phu = Nhà anh Phú
kt-ma-nha-moi-place-nha-chi-sam = Nhà chị Sâm
kt-ma-nha-moi-place-nha-ong-tan = Nhà ông Tấn
kt-ma-nha-moi-place-truong = Trường mầm non
kt-ma-nha-moi-place-nha-ba-dieu = Nhà bà Điều

kt-tp-homestay-task = Chị Lò Thị Ban vừa mở homestay cho khách du lịch ở, ngay sát nhà văn hóa thôn. Bạn giúp chị thêm homestay lên bản đồ: bấm vào đúng ngôi nhà, gõ tên, rồi chọn loại chỗ.
kt-tp-homestay-hint = Bạn tìm nhà văn hóa thôn trên bản đồ. Homestay là ngôi nhà chưa có tên ngay sát đó. Nhà cho khách du lịch ở thuộc loại homestay.
kt-tp-homestay-explain = Đúng rồi. Bạn đặt đúng chỗ sát nhà văn hóa, gõ tên và chọn loại homestay. Gửi xong, thông tin được xem xét rồi mới hiện.
kt-tp-homestay-place-o-day = Bạn đang ở đây
kt-tp-homestay-place-trong-a = Nhà chưa có tên
kt-tp-homestay-place-trong-b = Nhà chưa có tên
kt-tp-homestay-place-nha-van-hoa = Nhà văn hóa thôn Bản Mây
kt-tp-homestay-place-trong-c = Nhà chưa có tên

kt-tp-tap-hoa-task = Anh Nông Văn Khiêm mở cửa hàng tạp hóa ở bên kia đường, ngay đối diện chợ. Bạn thêm cửa hàng của anh lên bản đồ: bấm vào đúng ngôi nhà, gõ tên, rồi chọn loại chỗ.
kt-tp-tap-hoa-hint = Bạn tìm chợ trên bản đồ. Cửa hàng là ngôi nhà chưa có tên ở bên kia đường, đối diện chợ. Tạp hóa thuộc loại cửa hàng.
kt-tp-tap-hoa-explain = Đúng rồi. Bạn đặt đúng chỗ đối diện chợ, gõ tên và chọn loại cửa hàng. Gửi xong, thông tin được xem xét rồi mới hiện.
kt-tp-tap-hoa-place-truong = Trường tiểu học
kt-tp-tap-hoa-place-trong-a = Nhà chưa có tên
kt-tp-tap-hoa-place-cho = Chợ xã
kt-tp-tap-hoa-place-trong-b = Nhà chưa có tên
kt-tp-tap-hoa-place-o-day = Bạn đang ở đây

kt-tp-quan-pho-task = Bà Hứa Thị Nhàn mở quán phở ngay sát vách trạm y tế xã. Bạn thêm quán lên bản đồ: bấm vào đúng ngôi nhà, gõ tên, rồi chọn loại chỗ.
kt-tp-quan-pho-hint = Bạn tìm trạm y tế trên bản đồ. Quán phở là ngôi nhà chưa có tên ngay sát vách trạm y tế. Quán phở thuộc loại quán ăn.
kt-tp-quan-pho-explain = Đúng rồi. Bạn đặt đúng chỗ sát trạm y tế, gõ tên và chọn loại quán ăn. Gửi xong, thông tin được xem xét rồi mới hiện.
kt-tp-quan-pho-place-o-day = Bạn đang ở đây
kt-tp-quan-pho-place-trong-a = Nhà chưa có tên
kt-tp-quan-pho-place-trong-b = Nhà chưa có tên
kt-tp-quan-pho-place-tram-y-te = Trạm y tế xã Suối Mây
kt-tp-quan-pho-place-trong-c = Nhà chưa có tên

kt-viec-danh-gia-prompt = Một tài khoản lạ nhắn Zalo cho bạn: “Tuyển người làm tại nhà. Mỗi lượt đánh giá 5 sao cho khách sạn trên Google Maps được 10.000 đồng.” Bạn làm gì?
kt-viec-danh-gia-tu-choi-chan = Không nhận, chặn tài khoản đó
kt-viec-danh-gia-tu-choi-chan-feedback = Đúng rồi. Đây là chiêu lừa “đánh giá 5 sao nhận hoa hồng”: lúc đầu cho rút ít tiền, sau đòi nạp tiền làm “nhiệm vụ”. Không nhận thì không mất tiền.
kt-viec-danh-gia-lam-thu-vai-luot = Làm thử vài lượt xem có rút được tiền thật không
kt-viec-danh-gia-lam-thu-vai-luot-feedback = Lúc đầu kẻ gian cho rút vài chục nghìn thật để bạn tin, rồi đòi nạp tiền lớn. Bạn không nhận, chặn tài khoản đó.
kt-viec-danh-gia-gui-so-tai-khoan = Gửi số tài khoản ngân hàng để họ chuyển tiền công
kt-viec-danh-gia-gui-so-tai-khoan-feedback = Không gửi thông tin ngân hàng cho người lạ. Đây là chiêu lừa “đánh giá 5 sao nhận hoa hồng”. Bạn không nhận, chặn tài khoản đó.
kt-viec-danh-gia-ru-nguoi-nha = Rủ người nhà cùng làm để được nhiều tiền hơn
kt-viec-danh-gia-ru-nguoi-nha-feedback = Rủ người nhà là kéo thêm người vào bẫy. Chiêu này lúc đầu cho rút ít tiền, sau đòi nạp tiền lớn. Bạn không nhận, chặn tài khoản đó.

kt-danh-gia-nap-tien-prompt = Bạn đã làm vài lượt đánh giá 5 sao và rút được 40.000 đồng. Giờ trong nhóm chat, người ta bảo bạn nạp 500.000 đồng để nhận “nhiệm vụ lớn”, thưởng gấp đôi. Ai trong nhóm cũng khoe đã nhận được tiền. Bạn làm gì?
kt-danh-gia-nap-tien-nap-vi-da-rut-duoc = Nạp, vì lần trước đã rút được tiền thật
kt-danh-gia-nap-tien-nap-vi-da-rut-duoc-feedback = Cho rút ít tiền lúc đầu chính là mồi để bạn tin. Tiền nạp vào thì mất. Bạn dừng lại, không nạp, rời nhóm và kể cho người nhà.
kt-danh-gia-nap-tien-nap-it-thu = Nạp ít thôi để thử
kt-danh-gia-nap-tien-nap-it-thu-feedback = Nạp ít cũng mất, rồi họ sẽ đòi nạp thêm. Bạn dừng lại, không nạp đồng nào, rời nhóm và kể cho người nhà.
kt-danh-gia-nap-tien-dung-lai = Dừng hẳn, không chuyển thêm xu nào, rồi kể hết với con cháu
kt-danh-gia-nap-tien-dung-lai-feedback = Đúng rồi. Đòi nạp tiền mới giao “nhiệm vụ” là dấu hiệu lừa đảo. Những người khoe tiền trong nhóm là người của kẻ gian.
kt-danh-gia-nap-tien-hoi-nguoi-trong-nhom = Hỏi những người trong nhóm xem có thật không
kt-danh-gia-nap-tien-hoi-nguoi-trong-nhom-feedback = Những người trong nhóm khoe kiếm được tiền đều là người của kẻ lừa đảo. Bạn dừng lại, không nạp, rời nhóm và kể cho người nhà.

kt-them-can-gi-prompt = Bạn thêm quán ăn của nhà mình lên bản đồ. Những điều nào bắt buộc phải có? Bạn chọn tất cả ý đúng.
kt-them-can-gi-ten = Tên quán
kt-them-can-gi-ten-feedback = Đúng. Tên là một trong ba điều bắt buộc.
kt-them-can-gi-so-can-cuoc = Số căn cước của chủ quán
kt-them-can-gi-so-can-cuoc-feedback = Thêm một chỗ lên bản đồ không cần số căn cước. Ba điều bắt buộc là tên, vị trí và loại chỗ.
kt-them-can-gi-vi-tri = Vị trí đúng của quán trên bản đồ
kt-them-can-gi-vi-tri-feedback = Đúng. Vị trí là một trong ba điều bắt buộc.
kt-them-can-gi-so-tai-khoan = Số tài khoản ngân hàng
kt-them-can-gi-so-tai-khoan-feedback = Thêm một chỗ lên bản đồ không cần số tài khoản. Ba điều bắt buộc là tên, vị trí và loại chỗ.
kt-them-can-gi-loai = Loại chỗ
kt-them-can-gi-loai-feedback = Đúng. Loại chỗ, ở đây là quán ăn, là một trong ba điều bắt buộc.

kt-chua-hien-prompt = Hôm qua bạn đã thêm homestay của nhà mình lên bản đồ, có đủ tên, vị trí và loại chỗ. Hôm nay tìm vẫn chưa thấy. Bạn làm gì?
kt-chua-hien-them-lai-nhieu-lan = Gửi lại thêm năm, sáu lần nữa cho nhanh hiện
kt-chua-hien-them-lai-nhieu-lan-feedback = Gửi lại nhiều lần không làm nhanh hơn. Thông tin phải được xem xét rồi mới hiện, nên bạn chờ thêm.
kt-chua-hien-cho-xem-xet = Chờ thêm, vì phải được xem xét mới hiện
kt-chua-hien-cho-xem-xet-feedback = Đúng rồi. Chỗ mới thêm được xem xét trước, rồi mới hiện trên bản đồ. Chưa hiện ngay là bình thường.
kt-chua-hien-doi-sang-loai-khac = Sửa loại chỗ thành cửa hàng, biết đâu hiện nhanh hơn
kt-chua-hien-doi-sang-loai-khac-feedback = Homestay thì phải chọn đúng loại homestay, khách mới dễ tìm. Chưa hiện là vì đang chờ xem xét, bạn chờ thêm.
kt-chua-hien-xoa-di = Xóa đi, coi như hỏng
kt-chua-hien-xoa-di-feedback = Không cần xóa. Thông tin phải được xem xét rồi mới hiện, nên bạn chờ thêm.

kt-truoc-khi-di-prompt = Bạn bấm chỉ đường đến trạm y tế của một xã bạn chưa đến bao giờ. Bản đồ đã vẽ đường. Trước khi bắt đầu đi, bạn làm gì?
kt-truoc-khi-di-di-ngay = Đi luôn, đến đâu xem đến đó
kt-truoc-khi-di-di-ngay-feedback = Đến nơi mới xem thì dễ đi nhầm vào ngõ nhỏ. Bạn xem hết con đường trước, và phóng to đoạn cuối.
kt-truoc-khi-di-chi-xem-doan-dau = Chỉ xem đoạn đường gần nhà mình, đoạn sau tính sau
kt-truoc-khi-di-chi-xem-doan-dau-feedback = Đoạn hay nhầm nhất thường là đoạn cuối, gần nơi đến. Bạn xem hết con đường, và phóng to đoạn cuối.
kt-truoc-khi-di-xem-het-phong-to = Xem hết con đường, phóng to đoạn cuối
kt-truoc-khi-di-xem-het-phong-to-feedback = Đúng rồi. Xem hết con đường trước, phóng to khoảng 200 đến 300 mét cuối, bạn biết đường có vào ngõ quá nhỏ hay không.
kt-truoc-khi-di-tat-ban-do = Tắt bản đồ đi, cứ hỏi đường người đi qua
kt-truoc-khi-di-tat-ban-do-feedback = Hỏi người trong vùng là tốt, nhưng bản đồ cũng giúp được. Bạn xem hết con đường, phóng to đoạn cuối, chỗ nào không chắc thì hỏi thêm.

kt-dia-chi-so-la-gi-prompt = Người ta nói mỗi nhà có thể có “địa chỉ số” riêng. Đó là gì?
kt-dia-chi-so-la-gi-so-can-cuoc-chu-ho = Số định danh 12 chữ số trên căn cước của chủ hộ
kt-dia-chi-so-la-gi-so-can-cuoc-chu-ho-feedback = Số định danh trên căn cước là của một người, không phải của ngôi nhà. Địa chỉ số là mã 10 chữ số gắn với ngôi nhà, trên nền tảng do Bưu điện Việt Nam xây dựng.
kt-dia-chi-so-la-gi-muoi-chu-so = Một mã 10 chữ số gắn với một chỗ, trên nền tảng quốc gia do Bưu điện Việt Nam xây dựng
kt-dia-chi-so-la-gi-muoi-chu-so-feedback = Đúng rồi. Mỗi mã 10 chữ số chỉ đúng một chỗ: một ngôi nhà, một cơ quan, một cửa hàng.
kt-dia-chi-so-la-gi-so-dien-thoai = Số điện thoại của chủ nhà
kt-dia-chi-so-la-gi-so-dien-thoai-feedback = Số điện thoại là của một người. Địa chỉ số là mã 10 chữ số gắn với ngôi nhà, trên nền tảng do Bưu điện Việt Nam xây dựng.
kt-dia-chi-so-la-gi-ten-thon-xa = Tên thôn, tên xã viết trên phong bì thư
kt-dia-chi-so-la-gi-ten-thon-xa-feedback = Tên thôn, tên xã là địa chỉ viết bằng chữ. Địa chỉ số là mã 10 chữ số gắn với ngôi nhà, trên nền tảng do Bưu điện Việt Nam xây dựng.

kt-lay-ma-o-dau-prompt = Bạn chưa biết nhà mình đã có mã địa chỉ số chưa. Bạn làm gì?
kt-lay-ma-o-dau-tu-nghi-ra = Tự nghĩ ra 10 số rồi viết lên cửa nhà
kt-lay-ma-o-dau-tu-nghi-ra-feedback = Mã tự nghĩ ra không có trên nền tảng, nên không ai tìm được nhà bạn. Bạn hỏi cán bộ xã.
kt-lay-ma-o-dau-nguoi-la-lam-ho = Nhờ người lạ trên mạng làm hộ, gửi họ ảnh căn cước
kt-lay-ma-o-dau-nguoi-la-lam-ho-feedback = Không gửi ảnh căn cước cho người lạ trên mạng. Muốn biết mã của nhà mình, bạn hỏi cán bộ xã.
kt-lay-ma-o-dau-dung-ma-hang-xom = Ghi tạm mã của nhà hàng xóm cho nhanh
kt-lay-ma-o-dau-dung-ma-hang-xom-feedback = Mỗi mã chỉ đúng một chỗ. Dùng mã nhà hàng xóm thì hàng, thư đến nhầm nhà. Bạn hỏi cán bộ xã.
kt-lay-ma-o-dau-hoi-xa = Hỏi cán bộ ở xã
kt-lay-ma-o-dau-hoi-xa-feedback = Đúng rồi. Bạn hỏi cán bộ xã, ví dụ ở Trung tâm Phục vụ hành chính công xã, xem nhà mình đã có mã chưa và cần làm gì.

kt-nguoi-la-xin-vi-tri-prompt = Một người mới quen trên mạng, bạn chưa gặp bao giờ, nhắn xin bạn bật chia sẻ vị trí “để tiện ghé thăm”. Bạn làm gì?
kt-nguoi-la-xin-vi-tri-chia-se-ca-ngay = Chia sẻ cả ngày, vì người ta nói chuyện rất tử tế
kt-nguoi-la-xin-vi-tri-chia-se-ca-ngay-feedback = Nói chuyện tử tế chưa chắc là người tốt. Vị trí chỉ chia sẻ cho người nhà bạn tin, không cho người mới quen trên mạng.
kt-nguoi-la-xin-vi-tri-khong-chia-se = Không chia sẻ cho người đó
kt-nguoi-la-xin-vi-tri-khong-chia-se-feedback = Đúng rồi. Vị trí cho biết bạn ở đâu, lúc nào nhà vắng. Bạn chỉ chia sẻ cho người nhà bạn tin.
kt-nguoi-la-xin-vi-tri-chia-se-mot-gio = Chia sẻ một giờ thôi
kt-nguoi-la-xin-vi-tri-chia-se-mot-gio-feedback = Chỉ một giờ thôi, người lạ cũng đã biết bạn ở đâu. Bạn không chia sẻ cho người mới quen trên mạng.
kt-nguoi-la-xin-vi-tri-gui-dia-chi-nha = Không bật chia sẻ, nhưng nhắn địa chỉ nhà cho họ
kt-nguoi-la-xin-vi-tri-gui-dia-chi-nha-feedback = Địa chỉ nhà cũng cho người lạ biết nhà bạn ở đâu. Bạn không gửi vị trí hay địa chỉ cho người mới quen trên mạng.
