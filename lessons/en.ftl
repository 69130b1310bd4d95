# Lesson catalogue: topic names. See docs/lesson-format.md.

topic-lam-quen = Getting to know the computer
topic-an-toan = Staying safe online
topic-thanh-toan = Paying by QR code
topic-vneid = The VNeID e-identification account
topic-dich-vu-cong = Public services online
