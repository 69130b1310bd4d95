# Lesson catalogue: topic names. See docs/lesson-format.md.

topic-lam-quen = Getting to know the computer
topic-an-toan = Staying safe online
topic-thanh-toan = Paying by QR code
topic-vneid = The VNeID e-identification account
topic-dich-vu-cong = Public services online
topic-mua-ban = Buying and selling online
topic-nen-tang-so = The hamlet group, maps and digital addresses

# The five basic digital skills (CV 3240/BTTTT-CĐSQG), see lessons/skills.toml.
skill-dich-vu-cong-truc-tuyen = Using online public services
skill-mua-sam-truc-tuyen = Shopping online
skill-thanh-toan-truc-tuyen = Paying online
skill-tu-bao-ve-tren-mang = Protecting oneself online
skill-nen-tang-so-dia-phuong = Using other digital platforms suited to the locality

# The basic digital skills framework for residents (CV 3139/BTTTT-KTS&XHS).
competence-cv3139-0-1 = Using the device
competence-cv3139-0-2 = Using the software on the device
competence-cv3139-1-1 = Searching and selecting information on the Internet
competence-cv3139-1-2 = Judging data, information and content on the Internet
competence-cv3139-1-3 = Managing data, information and content
