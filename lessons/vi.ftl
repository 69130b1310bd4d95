# Danh mục bài học: tên các chủ đề. Xem docs/lesson-format.md.

topic-lam-quen = Làm quen với máy tính
topic-an-toan = An toàn trên mạng
topic-thanh-toan = Thanh toán bằng mã QR
topic-vneid = Tài khoản định danh điện tử VNeID
topic-dich-vu-cong = Dịch vụ công trực tuyến
