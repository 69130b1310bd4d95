# Bài: Dùng chuột và bàn phím. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md.

lesson-title = Dùng chuột và bàn phím
lesson-summary = Bạn tập bấm chuột, lăn bánh xe, gõ chữ có dấu, và dùng các phím Enter, Backspace, Tab.

## Luyện tập

chuot-la-gi-text =
    Đây là con chuột. Bạn đặt bàn tay lên chuột, ngón trỏ để trên nút bên trái.
    Bạn đẩy chuột nhẹ trên mặt bàn. Mũi tên nhỏ trên màn hình sẽ đi theo tay bạn.
    Nút bên trái dùng để chọn: đưa mũi tên tới chỗ cần chọn, rồi bấm nút trái một lần.
    Bánh xe nhỏ ở giữa dùng để kéo trang lên hoặc xuống. Lăn bánh xe về phía mình thì trang đi xuống. Lăn ra phía trước thì trang đi lên.
    Nếu chuột đã chạm mép bàn mà mũi tên chưa tới chỗ cần, bạn nhấc chuột lên, đặt lại giữa bàn, rồi đẩy tiếp.
    Nếu không thấy mũi tên đâu, bạn di chuột qua lại một chút là thấy.
    Bạn chỉ cần bấm nhẹ. Bấm nhầm cũng không sao, máy không hỏng và bạn luôn làm lại được.

nut-trai-prompt = Bạn muốn chọn một nút trên màn hình. Bạn đưa mũi tên tới nút đó, rồi bấm vào đâu trên chuột?
nut-trai-trai = Nút bên trái
nut-trai-trai-feedback = Đúng vậy. Nút trái là nút dùng nhiều nhất: bấm một lần để chọn.
nut-trai-phai = Nút bên phải
nut-trai-phai-feedback = Nút bên phải dùng cho việc khác. Để chọn, bạn hãy bấm nút bên trái, chỗ ngón trỏ.
nut-trai-banh-xe = Bánh xe ở giữa
nut-trai-banh-xe-feedback = Bánh xe dùng để kéo trang lên xuống. Để chọn, bạn hãy bấm nút bên trái, chỗ ngón trỏ.

lan-banh-xe-prompt = Trang trên màn hình dài quá, phần dưới bị khuất. Bạn làm gì để xem phần dưới?
lan-banh-xe-lan-ve-phia-minh = Lăn bánh xe của chuột về phía mình
lan-banh-xe-lan-ve-phia-minh-feedback = Đúng rồi. Lăn bánh xe về phía mình thì trang đi xuống. Lăn ra phía trước thì trang đi lên.
lan-banh-xe-mep-duoi = Đưa mũi tên xuống sát mép dưới màn hình
lan-banh-xe-mep-duoi-feedback = Trang không tự chạy khi mũi tên ở mép dưới. Bạn hãy thử lăn bánh xe nhỏ ở giữa chuột.
lan-banh-xe-bam-phai = Bấm nút bên phải của chuột
lan-banh-xe-bam-phai-feedback = Nút bên phải không kéo trang. Bạn hãy thử lăn bánh xe nhỏ ở giữa hai nút.

ban-phim-text =
    Đây là bàn phím. Mỗi phím có một chữ, một số hoặc một dấu.
    Trước khi gõ, bạn bấm chuột trái vào ô cần viết. Trong ô hiện một vạch nhỏ nhấp nháy: chữ bạn gõ sẽ hiện ở chỗ đó.
    Phím dài nhất ở hàng dưới cùng là phím cách. Phím này tạo khoảng trống giữa hai chữ.
    Phím Enter là phím to ở bên phải. Bấm Enter giống như bấm vào nút đang được chọn.
    Phím Backspace nằm ở cuối hàng phím số, phía trên bên phải. Trên phím có chữ Backspace, hoặc một mũi tên dài chỉ sang trái.
    Mỗi lần bấm Backspace, một chữ ngay trước vạch nhấp nháy bị xóa đi.
    Muốn gõ chữ hoa, bạn giữ phím Shift rồi bấm chữ.
    Gõ nhầm cũng không sao: bạn xóa đi rồi gõ lại.

xoa-chu-prompt = Bạn muốn gõ “Lan” nhưng lỡ gõ thành “Lam”. Bạn bấm phím nào để xóa chữ “m”?
xoa-chu-backspace = Phím Backspace
xoa-chu-backspace-feedback = Đúng rồi. Bấm Backspace một lần, chữ “m” mất đi. Sau đó bạn gõ chữ “n”.
xoa-chu-enter = Phím Enter
xoa-chu-enter-feedback = Phím Enter dùng để bấm nút, không xóa chữ. Phím xóa là Backspace, ở cuối hàng phím số.
xoa-chu-phim-cach = Phím cách
xoa-chu-phim-cach-feedback = Phím cách thêm một khoảng trống, không xóa chữ. Bạn hãy tìm phím Backspace ở cuối hàng phím số.

go-dau-text =
    Để gõ chữ có dấu, máy tính dùng chương trình Unikey, kiểu gõ Telex.
    Bạn gõ chữ trước, rồi gõ thêm một phím để thêm dấu.
    Phím s thêm dấu sắc: gõ a rồi s thành á.
    Phím f thêm dấu huyền: gõ a rồi f thành à.
    Phím r thêm dấu hỏi: ả. Phím x thêm dấu ngã: ã. Phím j thêm dấu nặng: ạ.
    Gõ một chữ hai lần: aa thành â, ee thành ê, oo thành ô, dd thành đ.
    Gõ thêm w: aw thành ă, ow thành ơ, uw thành ư.
    Bạn không cần nhớ hết ngay hôm nay. Cứ tập dần là quen.
    Nếu gõ ra chữ không có dấu, bạn nhờ người hướng dẫn bật Unikey. Khi Unikey đang gõ tiếng Việt, góc dưới bên phải màn hình thường có chữ V.

go-chu-ba-prompt = Bạn muốn gõ chữ “bà”. Hãy xếp các việc theo đúng thứ tự.
go-chu-ba-hint = Chữ cái gõ trước, phím dấu gõ sau. Chữ “bà” bắt đầu bằng chữ b.
go-chu-ba-go-b = Gõ chữ b
go-chu-ba-go-a = Gõ chữ a
go-chu-ba-go-f = Gõ chữ f để thêm dấu huyền
go-chu-ba-thay-chu-ba = Trên màn hình hiện chữ “bà”

tab-enter-text =
    Trong ứng dụng này, bạn cũng làm được mọi việc chỉ bằng bàn phím.
    Phím Tab ở bên trái bàn phím, cạnh chữ Q.
    Mỗi lần bấm Tab, ô hoặc nút tiếp theo được chọn.
    Khi nút bạn cần đã được chọn, bạn bấm Enter. Việc này giống như bấm chuột trái vào nút đó.
    Lỡ đi quá, bạn giữ phím Shift rồi bấm Tab để lùi lại.
    Khi điền nhiều ô, gõ xong một ô thì bạn bấm Tab để sang ô tiếp theo.

bam-nut-tiep-prompt = Bạn muốn bấm nút “Tiếp tục” trên màn hình. Những cách nào làm được?
bam-nut-tiep-chuot-trai = Đưa mũi tên tới nút, rồi bấm chuột trái
bam-nut-tiep-chuot-trai-feedback = Đúng. Bấm chuột trái vào nút là cách quen thuộc nhất.
bam-nut-tiep-tab-roi-enter = Bấm Tab cho tới khi nút được chọn, rồi bấm Enter
bam-nut-tiep-tab-roi-enter-feedback = Đúng. Tab để chọn nút, Enter để bấm nút. Không cần dùng chuột.
bam-nut-tiep-backspace = Bấm phím Backspace
bam-nut-tiep-backspace-feedback = Backspace dùng để xóa chữ, không bấm được nút. Bạn hãy dùng chuột trái, hoặc Tab rồi Enter.

## Bài kiểm tra cuối
# Ý đúng không phải lúc nào cũng dài nhất, và không lặp lại chữ của câu hỏi nhiều hơn các ý sai.

### Nhóm chuột

kt-chon-nut-prompt = Trên màn hình có nút “Vào học”. Bạn muốn bấm nút đó. Bạn làm thế nào?
kt-chon-nut-dua-roi-bam-trai = Đưa mũi tên tới nút, bấm nút trái một lần
kt-chon-nut-dua-roi-bam-trai-feedback = Đúng. Đưa mũi tên tới nút, rồi bấm nút trái một lần là chọn được.
kt-chon-nut-bam-phai = Đưa mũi tên tới nút, bấm nút phải một lần
kt-chon-nut-bam-phai-feedback = Nút phải dùng cho việc khác. Để bấm nút trên màn hình, bạn dùng nút trái của chuột.
kt-chon-nut-banh-xe = Đưa mũi tên tới nút, rồi lăn bánh xe vài vòng
kt-chon-nut-banh-xe-feedback = Bánh xe chỉ kéo trang lên xuống. Để bấm nút, bạn đưa mũi tên tới nút rồi bấm nút trái.
kt-chon-nut-cham-man-hinh = Lấy ngón tay chạm thật lâu vào nút trên màn hình
kt-chon-nut-cham-man-hinh-feedback = Màn hình máy tính thường không bấm bằng tay được. Bạn hãy dùng chuột: đưa mũi tên tới nút, rồi bấm nút trái.

kt-tim-mui-ten-prompt = Bạn không thấy mũi tên chuột trên màn hình đâu cả. Bạn làm gì?
kt-tim-mui-ten-di-chuot = Đẩy chuột nhẹ qua lại trên bàn
kt-tim-mui-ten-di-chuot-feedback = Đúng. Mũi tên chạy theo tay bạn, nên khi nó chạy thì dễ nhìn thấy hơn.
kt-tim-mui-ten-tat-may = Tắt máy tính rồi bật lại từ đầu
kt-tim-mui-ten-tat-may-feedback = Không cần tắt máy. Bạn chỉ cần đẩy chuột nhẹ qua lại, mũi tên chạy theo nên dễ thấy.
kt-tim-mui-ten-bam-manh = Bấm thật mạnh nút trái nhiều lần
kt-tim-mui-ten-bam-manh-feedback = Bấm mạnh không làm mũi tên hiện ra, lại dễ bấm nhầm chỗ. Bạn hãy đẩy chuột nhẹ qua lại để tìm mũi tên.
kt-tim-mui-ten-nhin-ky = Ngồi yên nhìn kỹ khắp màn hình, không đụng vào chuột
kt-tim-mui-ten-nhin-ky-feedback = Mũi tên nhỏ, đứng yên thì khó thấy. Bạn hãy đẩy chuột nhẹ qua lại: mũi tên chạy thì dễ thấy hơn.

kt-len-dau-trang-prompt = Bạn đã kéo xuống cuối một trang dài. Giờ bạn muốn xem lại phần đầu trang. Bạn làm gì?
kt-len-dau-trang-lan-ra-truoc = Lăn bánh xe ra phía trước
kt-len-dau-trang-lan-ra-truoc-feedback = Đúng. Lăn bánh xe ra phía trước thì trang đi lên, bạn sẽ thấy lại phần đầu.
kt-len-dau-trang-lan-ve-minh = Lăn bánh xe về phía mình
kt-len-dau-trang-lan-ve-minh-feedback = Lăn về phía mình thì trang đi xuống thêm. Để lên đầu trang, bạn lăn bánh xe ra phía trước.
kt-len-dau-trang-bam-trai-hai-lan = Bấm nút trái hai lần thật nhanh
kt-len-dau-trang-bam-trai-hai-lan-feedback = Bấm nút trái dùng để chọn, không kéo trang. Bạn hãy lăn bánh xe ra phía trước.
kt-len-dau-trang-mep-tren = Đưa mũi tên lên sát mép trên màn hình
kt-len-dau-trang-mep-tren-feedback = Trang không tự chạy khi mũi tên ở mép trên. Bạn hãy lăn bánh xe ra phía trước.

kt-mep-ban-prompt = Bạn đẩy chuột tới sát mép bàn, nhưng mũi tên chưa tới nút cần bấm. Bạn làm gì?
kt-mep-ban-nhac-chuot = Nhấc chuột lên, đặt lại giữa bàn, rồi đẩy tiếp
kt-mep-ban-nhac-chuot-feedback = Đúng. Khi chuột được nhấc lên, mũi tên đứng yên. Đặt chuột xuống giữa bàn rồi đẩy tiếp là được.
kt-mep-ban-bam-phai = Bấm nút phải, mũi tên sẽ tự chạy tới nút
kt-mep-ban-bam-phai-feedback = Nút phải không làm mũi tên chạy. Bạn nhấc chuột lên, đặt lại giữa bàn, rồi đẩy tiếp.
kt-mep-ban-phim-enter = Bấm phím Enter để mũi tên tự tìm tới nút cần bấm
kt-mep-ban-phim-enter-feedback = Phím Enter không đưa mũi tên đi đâu. Bạn nhấc chuột lên, đặt lại giữa bàn, rồi đẩy tiếp.
kt-mep-ban-cho-mot-luc = Để chuột yên, đợi mũi tên tự đi tiếp
kt-mep-ban-cho-mot-luc-feedback = Mũi tên chỉ chạy khi bạn đẩy chuột. Bạn nhấc chuột lên, đặt lại giữa bàn, rồi đẩy tiếp.

kt-bam-vao-hoc-prompt = Bạn muốn bấm nút “Vào học” bằng chuột. Hãy xếp các việc theo đúng thứ tự.
kt-bam-vao-hoc-hint = Tay đặt lên chuột trước. Mũi tên phải tới nút rồi mới bấm.
kt-bam-vao-hoc-dat-tay = Đặt tay lên chuột, ngón trỏ trên nút trái
kt-bam-vao-hoc-day-chuot = Đẩy chuột nhẹ cho mũi tên tới nút “Vào học”
kt-bam-vao-hoc-bam-trai = Bấm nút trái một lần
kt-bam-vao-hoc-bai-hien-ra = Bài học hiện ra trên màn hình

### Nhóm phím

kt-phim-xoa-prompt = Bạn muốn gõ “Minh” nhưng lỡ gõ thành “Minhh”. Bạn bấm phím nào để xóa chữ “h” thừa?
kt-phim-xoa-backspace = Backspace, ở cuối hàng phím số
kt-phim-xoa-backspace-feedback = Đúng. Bấm Backspace một lần, chữ “h” thừa mất đi.
kt-phim-xoa-tab = Tab, ở bên trái, cạnh chữ Q
kt-phim-xoa-tab-feedback = Phím Tab dùng để sang ô hoặc nút tiếp theo. Phím xóa là Backspace, ở cuối hàng phím số.
kt-phim-xoa-enter = Enter, phím to ở bên phải
kt-phim-xoa-enter-feedback = Phím Enter dùng để bấm nút, không xóa chữ. Phím xóa là Backspace, ở cuối hàng phím số.
kt-phim-xoa-phim-cach = Phím cách, phím dài nhất ở hàng dưới cùng
kt-phim-xoa-phim-cach-feedback = Phím cách thêm một khoảng trống, không xóa chữ. Phím xóa là Backspace, ở cuối hàng phím số.

kt-o-tiep-theo-prompt = Bạn gõ xong họ tên trong một ô. Muốn sang ô tiếp theo, bạn bấm phím nào?
kt-o-tiep-theo-tab = Phím Tab
kt-o-tiep-theo-tab-feedback = Đúng. Tab đưa bạn sang ô tiếp theo.
kt-o-tiep-theo-backspace = Phím Backspace
kt-o-tiep-theo-backspace-feedback = Backspace sẽ xóa chữ bạn vừa gõ. Để sang ô tiếp theo, bạn bấm Tab.
kt-o-tiep-theo-phim-cach = Phím cách
kt-o-tiep-theo-phim-cach-feedback = Phím cách thêm khoảng trống trong cùng một ô. Để sang ô tiếp theo, bạn bấm Tab.
kt-o-tiep-theo-enter = Phím Enter
kt-o-tiep-theo-enter-feedback = Enter dùng để bấm nút, không phải để sang ô khác. Để sang ô tiếp theo, bạn bấm Tab.

kt-chu-hoa-prompt = Bạn muốn gõ chữ “L” hoa, ở đầu tên “Lan”. Bạn làm thế nào?
kt-chu-hoa-giu-shift = Giữ phím Shift, rồi bấm chữ l
kt-chu-hoa-giu-shift-feedback = Đúng. Giữ Shift trong khi bấm chữ, chữ đó hiện ra là chữ hoa.
kt-chu-hoa-bam-hai-lan = Bấm chữ l hai lần, thật nhanh
kt-chu-hoa-bam-hai-lan-feedback = Bấm hai lần sẽ ra hai chữ l thường. Để có chữ hoa, bạn giữ phím Shift rồi bấm chữ l.
kt-chu-hoa-giu-lau = Bấm giữ phím chữ l thật lâu một lúc
kt-chu-hoa-giu-lau-feedback = Giữ lâu sẽ ra nhiều chữ l liền nhau. Để có chữ hoa, bạn giữ phím Shift rồi bấm chữ l.
kt-chu-hoa-tab-truoc = Bấm Tab trước, rồi bấm chữ l
kt-chu-hoa-tab-truoc-feedback = Tab đưa bạn sang ô khác. Để có chữ hoa, bạn giữ phím Shift rồi bấm chữ l.

kt-khoang-trong-prompt = Bạn vừa gõ xong họ “Lê”. Bạn muốn gõ tiếp tên “Lan”, hai chữ phải tách rời nhau. Bạn bấm phím nào?
kt-khoang-trong-phim-cach = Phím cách, phím dài ở hàng dưới
kt-khoang-trong-phim-cach-feedback = Đúng. Phím cách tạo khoảng trống giữa hai chữ. Sau đó bạn gõ tiếp “Lan”.
kt-khoang-trong-tab = Tab, ở bên trái, cạnh chữ Q
kt-khoang-trong-tab-feedback = Tab đưa bạn sang ô tiếp theo, không tạo khoảng trống. Bạn hãy bấm phím cách, phím dài ở hàng dưới.
kt-khoang-trong-enter = Enter, phím to nhất ở phía bên phải
kt-khoang-trong-enter-feedback = Enter dùng để bấm nút, không tạo khoảng trống. Bạn hãy bấm phím cách, phím dài ở hàng dưới.
kt-khoang-trong-backspace = Backspace, ở cuối hàng phím số
kt-khoang-trong-backspace-feedback = Backspace xóa chữ “ê” bạn vừa gõ. Bạn hãy bấm phím cách, phím dài ở hàng dưới.

kt-nut-da-chon-prompt = Bạn đã bấm Tab cho tới khi nút “Gửi” được chọn. Bây giờ bạn muốn bấm nút đó. Những cách nào làm được?
kt-nut-da-chon-enter = Bấm phím Enter
kt-nut-da-chon-enter-feedback = Đúng. Nút đã được chọn thì bấm Enter là bấm nút đó.
kt-nut-da-chon-chuot-trai = Đưa mũi tên tới nút “Gửi”, rồi bấm chuột trái
kt-nut-da-chon-chuot-trai-feedback = Đúng. Bấm chuột trái vào nút lúc nào cũng được, dù nút đã được chọn bằng Tab.
kt-nut-da-chon-backspace = Bấm phím Backspace
kt-nut-da-chon-backspace-feedback = Backspace dùng để xóa chữ, không bấm được nút. Bạn hãy bấm Enter, hoặc bấm chuột trái vào nút.
kt-nut-da-chon-tab-them = Bấm Tab thêm một lần nữa
kt-nut-da-chon-tab-them-feedback = Bấm Tab nữa thì nút tiếp theo được chọn, nút “Gửi” bị bỏ qua. Bạn hãy bấm Enter, hoặc bấm chuột trái vào nút.

kt-lui-lai-prompt = Bạn bấm Tab hơi nhiều, nút cần bấm đã bị bỏ qua. Bạn lùi lại bằng cách nào?
kt-lui-lai-shift-tab = Giữ Shift rồi bấm Tab
kt-lui-lai-shift-tab-feedback = Đúng. Giữ Shift rồi bấm Tab thì lùi lại một ô hoặc một nút.
kt-lui-lai-backspace = Bấm phím Backspace một lần
kt-lui-lai-backspace-feedback = Backspace dùng để xóa chữ, không lùi lại nút trước. Bạn hãy giữ Shift rồi bấm Tab.
kt-lui-lai-giu-tab = Bấm giữ phím Tab thật lâu
kt-lui-lai-giu-tab-feedback = Giữ Tab lâu thì càng đi xa hơn. Để lùi lại, bạn giữ Shift rồi bấm Tab.
kt-lui-lai-enter = Bấm Enter để lùi lại
kt-lui-lai-enter-feedback = Enter sẽ bấm vào nút đang được chọn, không lùi lại. Để lùi lại, bạn giữ Shift rồi bấm Tab.

kt-dien-hai-o-prompt = Bạn cần điền họ tên vào ô thứ nhất, rồi số điện thoại vào ô thứ hai. Hãy xếp các việc theo đúng thứ tự.
kt-dien-hai-o-hint = Trước khi gõ, bạn phải chọn ô. Gõ xong ô này mới sang ô kia.
kt-dien-hai-o-bam-o-ten = Bấm chuột trái vào ô họ tên
kt-dien-hai-o-go-ten = Gõ họ tên của bạn
kt-dien-hai-o-bam-tab = Bấm Tab để sang ô số điện thoại
kt-dien-hai-o-go-so = Gõ số điện thoại

### Nhóm gõ chữ có dấu

kt-go-a-mu-prompt = Với Unikey kiểu Telex, bạn gõ thế nào để có chữ “â”?
kt-go-a-mu-aa = Gõ a rồi a
kt-go-a-mu-aa-feedback = Đúng. Gõ một chữ hai lần để có mũ: aa thành â, oo thành ô.
kt-go-a-mu-as = Gõ a rồi s
kt-go-a-mu-as-feedback = Gõ as ra chữ “á”, có dấu sắc. Để có “â”, bạn gõ a hai lần.
kt-go-a-mu-aw = Gõ a rồi w
kt-go-a-mu-aw-feedback = Gõ aw ra chữ “ă”. Để có “â”, bạn gõ a hai lần.
kt-go-a-mu-af = Gõ a rồi f
kt-go-a-mu-af-feedback = Gõ af ra chữ “à”, có dấu huyền. Để có “â”, bạn gõ a hai lần.

kt-go-o-moc-prompt = Với Unikey kiểu Telex, bạn gõ thế nào để có chữ “ơ”?
kt-go-o-moc-ow = Gõ o rồi w
kt-go-o-moc-ow-feedback = Đúng. Gõ thêm w để có móc: ow thành ơ, uw thành ư.
kt-go-o-moc-oo = Gõ o rồi o
kt-go-o-moc-oo-feedback = Gõ oo ra chữ “ô”, có mũ. Để có “ơ”, bạn gõ o rồi w.
kt-go-o-moc-of = Gõ o rồi f
kt-go-o-moc-of-feedback = Gõ of ra chữ “ò”, có dấu huyền. Để có “ơ”, bạn gõ o rồi w.
kt-go-o-moc-oj = Gõ o rồi j
kt-go-o-moc-oj-feedback = Gõ oj ra chữ “ọ”, có dấu nặng. Để có “ơ”, bạn gõ o rồi w.

kt-go-ma-prompt = Bạn muốn gõ chữ “mà”. Với kiểu Telex, bạn gõ các phím nào?
kt-go-ma-maf = m, a, f
kt-go-ma-maf-feedback = Đúng. Phím f thêm dấu huyền: maf thành “mà”.
kt-go-ma-mas = m, a, s
kt-go-ma-mas-feedback = Phím s thêm dấu sắc nên ra “má”. Dấu huyền là phím f.
kt-go-ma-maj = m, a, j
kt-go-ma-maj-feedback = Phím j thêm dấu nặng nên ra “mạ”. Dấu huyền là phím f.
kt-go-ma-mar = m, a, r
kt-go-ma-mar-feedback = Phím r thêm dấu hỏi nên ra “mả”. Dấu huyền là phím f.

kt-khong-co-dau-prompt = Bạn gõ b, a, f nhưng màn hình hiện “baf”, không có dấu huyền. Bạn làm gì?
kt-khong-co-dau-nho-bat-unikey = Nhờ người hướng dẫn bật Unikey
kt-khong-co-dau-nho-bat-unikey-feedback = Đúng. Khi Unikey tắt, máy không thêm dấu. Bật Unikey lên rồi gõ lại là được.
kt-khong-co-dau-go-nhanh = Xóa đi rồi gõ lại thật nhanh
kt-khong-co-dau-go-nhanh-feedback = Gõ nhanh hay chậm đều như nhau. Khi không ra dấu, bạn nhờ người hướng dẫn bật Unikey.
kt-khong-co-dau-them-f = Gõ thêm một chữ f nữa
kt-khong-co-dau-them-f-feedback = Gõ thêm f chỉ ra thêm chữ f. Khi không ra dấu, bạn nhờ người hướng dẫn bật Unikey.
kt-khong-co-dau-enter-go-lai = Bấm Enter, rồi gõ lại ở dòng dưới
kt-khong-co-dau-enter-go-lai-feedback = Xuống dòng không làm hiện dấu. Khi không ra dấu, bạn nhờ người hướng dẫn bật Unikey.

kt-go-ba-lan-prompt = Bạn muốn gõ “bà Lan”. Hãy xếp các việc theo đúng thứ tự.
kt-go-ba-lan-hint = Gõ xong chữ “bà” trước. Giữa hai chữ có một khoảng trống. Chữ L hoa cần phím Shift.
kt-go-ba-lan-go-ba = Gõ b, a, f để có chữ “bà”
kt-go-ba-lan-phim-cach = Bấm phím cách một lần
kt-go-ba-lan-shift-l = Giữ Shift, rồi bấm chữ l
kt-go-ba-lan-go-an = Gõ a, n để có chữ “Lan”
