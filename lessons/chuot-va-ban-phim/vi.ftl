# Bài: Dùng chuột và bàn phím. Tiếng Việt là bản gốc; en.ftl phải có đúng các mã này.
# Xem docs/lesson-format.md.

lesson-title = Dùng chuột và bàn phím
lesson-summary = Bạn tập bấm chuột, lăn bánh xe, gõ chữ có dấu, và dùng các phím Enter, Backspace, Tab.

## Luyện tập

chuot-la-gi-text =
    Đây là con chuột. Bạn đặt bàn tay lên chuột, ngón trỏ để trên nút bên trái.
    Bạn đẩy chuột nhẹ trên mặt bàn. Mũi tên nhỏ trên màn hình sẽ đi theo tay bạn.
    Nút bên trái dùng để chọn: đưa mũi tên tới chỗ cần chọn, rồi bấm nút trái một lần.
    Bánh xe nhỏ ở giữa dùng để kéo trang lên hoặc xuống.
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

kt-chon-nut-prompt = Trên màn hình có nút “Vào học”. Bạn bấm nút đó bằng chuột như thế nào?
kt-chon-nut-dua-roi-bam-trai = Đưa mũi tên tới nút, rồi bấm nút trái của chuột một lần
kt-chon-nut-dua-roi-bam-trai-feedback = Đúng. Đưa mũi tên tới nút rồi bấm nút trái là chọn được.
kt-chon-nut-bam-phai = Bấm nút phải của chuột
kt-chon-nut-bam-phai-feedback = Nút phải dùng cho việc khác. Để chọn nút, bạn bấm nút bên trái.
kt-chon-nut-banh-xe = Lăn bánh xe của chuột
kt-chon-nut-banh-xe-feedback = Bánh xe dùng để kéo trang lên xuống. Để chọn nút, bạn bấm nút bên trái.

kt-tim-mui-ten-prompt = Bạn không thấy mũi tên chuột trên màn hình đâu cả. Bạn làm gì?
kt-tim-mui-ten-di-chuot = Di chuột nhẹ qua lại trên mặt bàn, rồi nhìn xem mũi tên ở đâu
kt-tim-mui-ten-di-chuot-feedback = Đúng. Mũi tên đang chạy thì dễ nhìn thấy hơn.
kt-tim-mui-ten-tat-may = Tắt máy tính rồi mở lại
kt-tim-mui-ten-tat-may-feedback = Không cần tắt máy. Bạn chỉ cần di chuột qua lại, mũi tên chạy theo nên dễ thấy.
kt-tim-mui-ten-bam-manh = Bấm chuột thật mạnh nhiều lần
kt-tim-mui-ten-bam-manh-feedback = Bấm mạnh không làm mũi tên hiện ra, lại dễ bấm nhầm chỗ. Bạn hãy di chuột nhẹ qua lại để tìm mũi tên.

kt-banh-xe-prompt = Bánh xe nhỏ ở giữa chuột dùng để làm gì?
kt-banh-xe-keo-trang = Kéo trang lên hoặc xuống
kt-banh-xe-keo-trang-feedback = Đúng. Lăn bánh xe để xem phần trên hoặc phần dưới của trang.
kt-banh-xe-xoa-chu-go-nham = Xóa chữ gõ nhầm
kt-banh-xe-xoa-chu-go-nham-feedback = Xóa chữ là việc của phím Backspace. Bánh xe dùng để kéo trang lên xuống.
kt-banh-xe-tat-may = Tắt máy tính
kt-banh-xe-tat-may-feedback = Bánh xe không tắt máy. Bánh xe dùng để kéo trang lên xuống.

kt-phim-xoa-prompt = Bạn gõ thừa một chữ. Phím nào xóa chữ ngay trước vạch nhấp nháy?
kt-phim-xoa-backspace = Phím Backspace
kt-phim-xoa-backspace-feedback = Đúng. Mỗi lần bấm Backspace, một chữ bị xóa.
kt-phim-xoa-tab = Phím Tab
kt-phim-xoa-tab-feedback = Phím Tab dùng để sang ô hoặc nút tiếp theo. Phím xóa là Backspace, ở cuối hàng phím số.
kt-phim-xoa-enter = Phím Enter
kt-phim-xoa-enter-feedback = Phím Enter dùng để bấm nút. Phím xóa là Backspace, ở cuối hàng phím số.

kt-go-a-mu-prompt = Với Unikey kiểu Telex, bạn gõ thế nào để có chữ “â”?
kt-go-a-mu-aa = Gõ a hai lần: aa
kt-go-a-mu-aa-feedback = Đúng. Gõ một chữ hai lần để có mũ: aa thành â, oo thành ô.
kt-go-a-mu-as = Gõ a rồi s: as
kt-go-a-mu-as-feedback = Gõ as ra chữ “á”, có dấu sắc. Để có “â”, bạn gõ a hai lần.
kt-go-a-mu-aw = Gõ a rồi w: aw
kt-go-a-mu-aw-feedback = Gõ aw ra chữ “ă”. Để có “â”, bạn gõ a hai lần.

kt-go-ma-prompt = Bạn muốn gõ chữ “mà”. Với kiểu Telex, bạn gõ các phím nào?
kt-go-ma-maf = m, a, f
kt-go-ma-maf-feedback = Đúng. Phím f thêm dấu huyền: maf thành “mà”.
kt-go-ma-mas = m, a, s
kt-go-ma-mas-feedback = Phím s thêm dấu sắc nên ra “má”. Dấu huyền là phím f.
kt-go-ma-maj = m, a, j
kt-go-ma-maj-feedback = Phím j thêm dấu nặng nên ra “mạ”. Dấu huyền là phím f.

kt-o-tiep-theo-prompt = Bạn gõ xong họ tên trong một ô. Muốn sang ô tiếp theo, bạn bấm phím nào?
kt-o-tiep-theo-tab = Phím Tab
kt-o-tiep-theo-tab-feedback = Đúng. Tab đưa bạn sang ô tiếp theo.
kt-o-tiep-theo-backspace = Phím Backspace
kt-o-tiep-theo-backspace-feedback = Backspace sẽ xóa chữ bạn vừa gõ. Để sang ô tiếp theo, bạn bấm Tab.
kt-o-tiep-theo-phim-cach = Phím cách
kt-o-tiep-theo-phim-cach-feedback = Phím cách thêm khoảng trống trong cùng một ô. Để sang ô tiếp theo, bạn bấm Tab.

kt-dien-o-prompt = Bạn cần viết tên mình vào một ô trống, rồi sang ô tiếp theo. Hãy xếp các việc theo đúng thứ tự.
kt-dien-o-hint = Trước khi gõ, bạn phải chọn ô. Gõ xong mới sang ô khác.
kt-dien-o-bam-vao-o = Bấm chuột trái vào ô trống
kt-dien-o-go-ten = Gõ tên của bạn
kt-dien-o-bam-tab = Bấm Tab để sang ô tiếp theo
