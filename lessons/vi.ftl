# Danh mục bài học: tên các chủ đề. Xem docs/lesson-format.md.

topic-lam-quen = Làm quen với máy tính
topic-an-toan = An toàn trên mạng
topic-thanh-toan = Thanh toán bằng mã QR
topic-vneid = Tài khoản định danh điện tử VNeID
topic-dich-vu-cong = Dịch vụ công trực tuyến
topic-mua-ban = Mua bán trên mạng
topic-nen-tang-so = Nhóm của thôn, bản đồ và địa chỉ số

# Năm kỹ năng số cơ bản (CV 3240/BTTTT-CĐSQG), xem lessons/skills.toml.
skill-dich-vu-cong-truc-tuyen = Sử dụng dịch vụ công trực tuyến
skill-mua-sam-truc-tuyen = Mua sắm trực tuyến
skill-thanh-toan-truc-tuyen = Thanh toán trực tuyến
skill-tu-bao-ve-tren-mang = Tự bảo vệ trên không gian mạng
skill-nen-tang-so-dia-phuong = Sử dụng các nền tảng số khác tùy theo đặc điểm của địa phương

# Khung kỹ năng số cơ bản cho người dân (CV 3139/BTTTT-KTS&XHS).
competence-cv3139-0-1 = Sử dụng thiết bị
competence-cv3139-0-2 = Sử dụng phần mềm trên thiết bị
competence-cv3139-1-1 = Tìm kiếm, chọn lọc thông tin trên Internet
competence-cv3139-1-2 = Đánh giá dữ liệu, thông tin và nội dung trên môi trường Internet
competence-cv3139-1-3 = Quản lý dữ liệu, thông tin và nội dung
