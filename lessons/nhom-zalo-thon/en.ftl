# Lesson: The hamlet's Zalo group. Vietnamese (vi.ftl) is the reference: this file must have
# exactly the same ids. See docs/lesson-format.md. Content must agree with
# ../shared/domain.md §10 (the hamlet's Zalo group), §1.5 (police warnings), §4.1 (scam types
# A, D, N) and §11 (the "task" scam chat groups).
#
# The app in this lesson is a simulated "messaging app", not Zalo: no real app's name or logo.
# The lesson only says that many hamlets use a Zalo group.
# Verified Zalo labels (domain.md §10), given as Zalo's words: trưởng nhóm (group owner),
# phó nhóm (deputy), duyệt thành viên (approve members), bảng tin nhóm (group board:
# nhắc hẹn reminders, bình chọn polls, tin nhắn đã ghim pinned messages, ghi chú notes),
# “Xác thực hai lớp” (two-factor authentication), “Khóa Zalo” (Zalo lock).
# UNVERIFIED, so only plain words are used and never presented as real button names: joining
# by link or QR code, muting, reporting a message (“Báo xấu”), leaving, sending a photo or a
# reply. Where it helps, the lesson says “the button names in the real app may differ”.
#
# Each "chat" step S has: S-title (the group or person at the top), S-task (what to do),
# S-hint (a pointer after a wrong action), S-explain (why, after the right one); S-by-F (the
# name of sender F); S-msg-M (message M's text; for a poll, the question); S-msg-M-O (poll
# option O); S-reply-R (ready-made reply R); S-photo-P (what photo P on the learner's phone
# shows). All names are made up. Numbers in wrong replies are practice zeros (000 000).
# The one web address is written with [.] so it cannot be clicked. Amounts: 100,000 dong.

lesson-title = The hamlet's Zalo group
lesson-summary = You practise using your hamlet's message group: reading pinned notices, replying, voting, sending a photo of something broken, muting notifications, and staying safe from scam messages in a group.

## Practice

gioi-thieu-text =
    Many hamlets have a shared message group, often a Zalo group. The hamlet head posts meeting times, vaccination days, power cuts and news from the commune there. People report shared problems and keep in touch.
    In this lesson you practise on a simulated messaging app. It is not Zalo or any real app, but it works in a similar way. The button names in the real app may differ.
    The group in this lesson is the group of Đồng Tâm hamlet. The names of people and of the hamlet are made up. Nothing you send in this lesson reaches anyone.
    You will practise reading the pinned notice, pressing like, replying, voting, sending a photo of something broken and muting notifications. You will also practise staying safe: when to report a message, when to block someone, when to leave a group.
    Pressing the wrong thing is fine. Read the hint and try again.

vao-nhom-text =
    Usually the hamlet head, or someone the hamlet head has asked, adds you to the group. Sometimes they give you a link or a QR code so you can join the group yourself.
    On Zalo, the person who creates a group is usually the group owner (trưởng nhóm). The owner can appoint deputies (phó nhóm). The owner and the deputies can approve new members and remove people who post bad messages. In Đồng Tâm hamlet in this lesson, the group owner is Mr Bình, the hamlet head.
    Join a group only when the hamlet head invites you himself, or hands you the link or QR code in person, for example at a hamlet meeting. If a stranger sends you a link to a “new hamlet group”, call the hamlet head first.
    The steps to join by link or QR code differ from app to app, and the button names in the real app may differ. If you are not used to it, ask a family member or the digital technology team to do it with you once.
    To join, you do not have to send anything to anyone: no ID card number, no photo of your ID card, no code of any kind.

lt-link-nhom-moi-prompt = A stranger's account messages you privately: “After the merger, the hamlet has set up a new group. Press this link to join; the old group will be deleted soon.” What do you do?
lt-link-nhom-moi-hoi-truong-thon = Don't press it yet; call the hamlet head to ask whether there really is a new group
lt-link-nhom-moi-hoi-truong-thon-feedback = That's right. The link to the hamlet group must come from the hamlet head himself. When a stranger sends a link and rushes you with “the old group will be deleted soon”, ask the hamlet head first, on the phone number you already have.
lt-link-nhom-moi-bam-ngay = Press the link at once, before the old group is deleted
lt-link-nhom-moi-bam-ngay-feedback = Fraudsters like to rush you. A link from a stranger can lead into a scam group or a fake page. Don't press it yet; call the hamlet head first.
lt-link-nhom-moi-gui-can-cuoc = Send that person your ID card number so they approve you into the group
lt-link-nhom-moi-gui-can-cuoc-feedback = Joining the hamlet group does not need your ID card number. Send nothing to a stranger, and call the hamlet head to ask whether there really is a new group.

bang-tin-text =
    In a big group, new messages push older ones out of sight. That is why important messages are often pinned.
    In this practice app, the pinned message sits at the very top, with a pin picture. Press it to read it, even if it was sent last week.
    On Zalo, the group board (bảng tin nhóm) gathers four things: reminders (nhắc hẹn), polls (bình chọn), pinned messages (tin nhắn đã ghim) and notes (ghi chú). New members can still see the group board.
    Every day, open the group and read the pinned message first, then the other messages.
    To let the sender know you have read a message, press like on that very message. You don't need to write anything.

lt-doc-tin-ghim-title = Đồng Tâm hamlet group
lt-doc-tin-ghim-task = The hamlet head has pinned a notice. Read the pinned message, then press like on that very message to show you have read it.
lt-doc-tin-ghim-hint = The pinned message is the hamlet head's message at the very top, with a pin picture. Press like on that message, not on a neighbour's.
lt-doc-tin-ghim-explain = That's right. By counting the likes, the hamlet head knows how many households have read it, without calling each one. Remember to bring your dogs and cats for their vaccination on Saturday morning.
lt-doc-tin-ghim-by-truong-thon = Mr Bình (hamlet head)
lt-doc-tin-ghim-by-chi-mai = Mai
lt-doc-tin-ghim-by-co-lan = Mrs Lan
lt-doc-tin-ghim-msg-tb = NOTICE: Saturday at 7 in the morning, the vet vaccinates dogs and cats against rabies at the hamlet cultural house. When you have read this, please press like on this message so I know.
lt-doc-tin-ghim-msg-cho = There's fresh fish at the market this morning, everyone.
lt-doc-tin-ghim-msg-ga = Whose speckled hen is lost? It's in my garden.

lt-tra-loi-title = Đồng Tâm hamlet group
lt-tra-loi-task = Two people in your household are over 60 and want the check-up. Choose the most fitting ready-made reply and send it to the group.
lt-tra-loi-hint = The hamlet head only needs to know how many people from your household are going. Choose the reply that gives just the number of people. Never send your ID card number to the group: everyone in it can read it.
lt-tra-loi-explain = That's right. The reply is short and answers exactly what the hamlet head asked. If the health station needs to see papers, bring your ID card there in person; don't post the number in the group.
lt-tra-loi-by-truong-thon = Mr Bình (hamlet head)
lt-tra-loi-by-chu-hai = Mr Hai
lt-tra-loi-msg-hoi = On Thursday morning, the commune health station gives free check-ups to people aged 60 and over. Households with someone going, please reply in the group: how many people.
lt-tra-loi-msg-chu-hai = One person from my house.
lt-tra-loi-reply-hoi-tien = Does the check-up cost money?
lt-tra-loi-reply-hai-nguoi = Two people from my house for the check-up.
lt-tra-loi-reply-kem-can-cuoc = Two people from my house. My ID card number is 000 000 000 000, please note it down.

lt-binh-chon-title = Đồng Tâm hamlet group
lt-binh-chon-task = On Saturday evening your family has a death-anniversary meal. You can only go to the meeting on Sunday morning. Vote for the time you can go.
lt-binh-chon-hint = Press the hamlet head's poll and choose the time you can go: Sunday morning.
lt-binh-chon-explain = That's right. A poll shows the hamlet head which time most people can make. On Zalo, polls are also kept on the group board.
lt-binh-chon-by-truong-thon = Mr Bình (hamlet head)
lt-binh-chon-by-co-lan = Mrs Lan
lt-binh-chon-msg-bc = Hamlet meeting about building the concrete road. Please choose the meeting time:
lt-binh-chon-msg-bc-toi-t7 = Saturday evening, 7:30 pm
lt-binh-chon-msg-bc-sang-cn = Sunday morning, 8 am
lt-binh-chon-msg-ban = I'm busy on Saturday evening, everyone.

lt-cach-bao-prompt = The street light at the end of your lane is broken. You want to report it to the hamlet group with a photo. Put the steps in the right order.
lt-cach-bao-hint = You need the photo first before you can choose it to send. Choose the photo, then write a few words with it, and only then press send.
lt-cach-bao-chup-anh = Standing somewhere safe, take a clear photo of what is broken
lt-cach-bao-chon-anh = In the hamlet group, press send photo and choose the photo you just took
lt-cach-bao-viet-chu = Write a short sentence with it: where, and what is broken
lt-cach-bao-gui-xem-lai = Press send, then look at the message you sent

lt-den-hong-title = Đồng Tâm hamlet group
lt-den-hong-task = Last night the street light at the end of your lane did not come on, and the pole is leaning. You have taken a photo. Send that photo to the group, with a few words saying where the light is.
lt-den-hong-hint = Choose the photo of the broken light pole, not the photo of your ID card or of the vegetable garden. Remember to write a few words with it, for example: “The light at the end of the lane in Xóm Trên is broken.”
lt-den-hong-explain = That's right. A clear photo with a short sentence, “where, and what is broken”, helps the hamlet head get the commune to repair it quickly. A photo of your ID card is never sent to the group.
lt-den-hong-by-truong-thon = Mr Bình (hamlet head)
lt-den-hong-by-anh-tuan = Tuấn
lt-den-hong-msg-tb = If you see a broken street light, water pipe, bridge or culvert, take a photo and send it to the group, saying exactly where, so the hamlet can ask the commune to repair it.
lt-den-hong-msg-mua = Heavy rain tonight, take care on the roads, everyone.
lt-den-hong-photo-can-cuoc = A photo of your ID card
lt-den-hong-photo-den-hong = A photo of a leaning street-light pole, its lamp not lit
lt-den-hong-photo-vuon-rau = A photo of your vegetable garden

giu-an-toan-text =
    The hamlet group has many people, including people you don't know. Whatever you send to the group, anyone can read it, save it and send it on elsewhere.
    So never send to the group: an OTP code, your VNeID passcode, a password, a photo of your ID card, a photo of your bank card.
    An OTP is the string of digits sent to your phone when you yourself are doing something, such as sending money. The VNeID passcode is the 6 digits you set yourself to confirm things in the VNeID app. Nobody needs these codes from you, not the hamlet head, not the police.
    If a message in the group asks for a code or a photo of an ID card, or has a link to borrow money or receive a gift: don't do what it says; report that message, then call the hamlet head. The group owner or a deputy can remove that person from the group. The name of the report button in the real app may differ.
    Someone who messages you privately, calling themselves “admin” or “group manager”, and asks for money or codes is not the hamlet's group owner. Block that person.
    Someone claiming to be the police who pulls you into a “closed group” to “work privately” with you is a scammer. Leave the group at once.

lt-tin-xau-title = Đồng Tâm hamlet group
lt-tin-xau-task = An account called “Help for residents” has just posted in the group. Read that message carefully. What do you do with it?
lt-tin-xau-hint = This message asks for OTP codes: it is a scam. Don't send a code, and don't leave the hamlet group. Report the message from “Help for residents”.
lt-tin-xau-explain = That's right. Nobody hands out support money by asking for OTP codes. You have reported the bad message. Also call the hamlet head, so that the group owner removes this person and reminds everyone not to send codes.
lt-tin-xau-by-truong-thon = Mr Bình (hamlet head)
lt-tin-xau-by-ho-tro = Help for residents
lt-tin-xau-by-co-lan = Mrs Lan
lt-tin-xau-msg-tb = This Sunday we clean the village roads together, 7 in the morning, one person per household.
lt-tin-xau-msg-xau = The hamlet is getting 2 million dong of support per household. When you receive an OTP code, send it to the group straight away so I can do the paperwork quickly.
lt-tin-xau-msg-hoi = Is that true? Does anyone know?
lt-tin-xau-reply-gui-ma = My OTP code is 000 000.
lt-tin-xau-reply-lam-ngay = Thank you, I'll do it right away.

lt-admin-rieng-title = Đồng Tâm hamlet group manager
lt-admin-rieng-task = An account you don't know messages you privately, calling itself the manager of the hamlet group. The owner of the hamlet group is Mr Bình, the hamlet head. Read the messages, then do the safest thing.
lt-admin-rieng-hint = This person is not Mr Bình, and asks for money and your passcode. Don't reply, don't send money. Block this person.
lt-admin-rieng-explain = That's right. The owner of the hamlet group is the hamlet head, someone you know by sight. Nobody collects a “group upkeep fee”, and nobody needs your passcode. Once you have blocked them, call the hamlet head so he can warn the whole group.
lt-admin-rieng-by-qtv = Đồng Tâm hamlet group manager
lt-admin-rieng-msg-chao = Hello, I am the manager of the Đồng Tâm hamlet group.
lt-admin-rieng-msg-doi = The group is about to sort out its members. Transfer 100,000 dong group upkeep fee to my account, then send me your VNeID passcode so I can verify you. Otherwise I will remove you from the group.
lt-admin-rieng-reply-gui-passcode = My passcode is 000 000.
lt-admin-rieng-reply-chuyen-ngay = I'll transfer the money right away.

lt-nhom-kin-title = Special case team (closed group)
lt-nhom-kin-task = A caller claiming to be the police told you to join this group “to work privately”. In the group, several people claim to be police and prosecutors. What do you do?
lt-nhom-kin-hint = Real police do not investigate or settle a case through a message group, do not tell you to keep secrets, and do not ask you to transfer money. Don't reply, don't send money. Leave this group.
lt-nhom-kin-explain = That's right. This is a scammers' “closed group”: everyone in it is one of them, playing police and prosecutors. Leave the group, tell your family at once, and go to the commune police to ask in person. Real police summonses come on paper, through the local authorities.
lt-nhom-kin-by-dieu-tra = Investigator Phạm Quang
lt-nhom-kin-by-kiem-sat = Prosecutor Đỗ Minh
lt-nhom-kin-msg-mo = Your name is in the file of a money-laundering ring. You have been added to this closed group so we can work with you privately.
lt-nhom-kin-msg-vks = The procuracy confirms this. You must not tell anyone, not even your children.
lt-nhom-kin-msg-tien = Declare all the money in your account and transfer it to the holding account before 5 pm today to prove your innocence.
lt-nhom-kin-reply-vang = Yes, I'll declare it right away.
lt-nhom-kin-reply-khong-biet = I know nothing about this.

lt-tat-thong-bao-title = Đồng Tâm hamlet group
lt-tat-thong-bao-task = It is night, and your phone keeps ringing because everyone is sending wedding congratulations. You want to sleep in peace, but stay in the group so you don't miss the hamlet's news. What do you do?
lt-tat-thong-bao-hint = If you leave the group, you will miss the hamlet's news. Mute the group's notifications: the phone stops ringing and you stay in the group.
lt-tat-thong-bao-explain = That's right. With notifications muted, the phone stops ringing but messages still arrive. Remember to open the group yourself every day and read the pinned message. The button name in the real app may differ; if you can't find it, ask a family member to show you once.
lt-tat-thong-bao-by-truong-thon = Mr Bình (hamlet head)
lt-tat-thong-bao-by-anh-tuan = Tuấn
lt-tat-thong-bao-by-chi-mai = Mai
lt-tat-thong-bao-by-chu-hai = Mr Hai
lt-tat-thong-bao-by-co-lan = Mrs Lan
lt-tat-thong-bao-msg-tb = Hamlet meeting: 8 am on Sunday, at the hamlet cultural house.
lt-tat-thong-bao-msg-c1 = Congratulations on the wedding of Hoa, Mr Sáu's daughter!
lt-tat-thong-bao-msg-c2 = Wishing the young couple a hundred years of happiness!
lt-tat-thong-bao-msg-c3 = Congratulations, congratulations!
lt-tat-thong-bao-msg-c4 = Be happy, you two!
lt-tat-thong-bao-msg-c5 = The whole neighbourhood is so happy!
lt-tat-thong-bao-reply-chuc-mung = Congratulations to you both!

lt-sau-khi-tat-prompt = You have muted the hamlet group's notifications. How do you make sure you don't miss meetings and vaccination days?
lt-sau-khi-tat-tu-mo = Open the group yourself every day and read the pinned message first
lt-sau-khi-tat-tu-mo-feedback = That's right. With notifications muted the phone doesn't ring, but messages still arrive in the group. Open the group once a day and read the pinned message first, and you won't miss the hamlet's news.
lt-sau-khi-tat-cho-keu = Wait for the phone to ring, then read
lt-sau-khi-tat-cho-keu-feedback = Once notifications are muted, the phone won't ring for the group any more. Open the group yourself every day and read the pinned message first.
lt-sau-khi-tat-roi-luon = Leave the group altogether and hear the news later from others
lt-sau-khi-tat-roi-luon-feedback = If you leave the group, you miss all the hamlet's news. Stay in the group, and open it yourself every day to read the pinned message.

ghi-nho-text =
    Remember these points.
    Read the pinned message first. To show you have read it, press like. Reply briefly, answering exactly what the hamlet head asked.
    To report something broken: one clear photo, with one sentence “where, and what is broken”.
    If the group is noisy, mute its notifications; don't leave the hamlet group.
    Never send to the group an OTP code, a passcode, a password or a photo of your ID card.
    A bad message in the group: report it, then call the hamlet head. Someone who messages you privately as “admin” and asks for money or codes is not the group owner: block them.
    Pulled into a “closed group” by people claiming to be police, or into a “do tasks, earn money” group: leave at once and send no money.
    The police also advise turning on two extra protections for your Zalo account: “Xác thực hai lớp” (two-factor authentication) and “Khóa Zalo” (a lock code for the app). If you don't know how to turn them on, ask a family member or the digital technology team to do it with you.

## Final check: in the group

k-chon-ngay-tiem-title = Đồng Tâm hamlet group
k-chon-ngay-tiem-task = On Wednesday morning and Sunday morning you work away from home. You are only home on Friday morning. Vote for the day you are home to bring your chickens and ducks for vaccination.
k-chon-ngay-tiem-hint = You are only home on Friday morning. Press the hamlet head's poll and choose that day.
k-chon-ngay-tiem-explain = That's right. You chose Friday morning, the day you are home. The hamlet head looks at the poll result to book the vet.
k-chon-ngay-tiem-by-truong-thon = Mr Bình (hamlet head)
k-chon-ngay-tiem-by-chi-mai = Mai
k-chon-ngay-tiem-msg-bc = The vet is coming to the hamlet to vaccinate chickens and ducks. Please choose the day that suits you best:
k-chon-ngay-tiem-msg-bc-thu-tu = Wednesday morning
k-chon-ngay-tiem-msg-bc-thu-sau = Friday morning
k-chon-ngay-tiem-msg-bc-chu-nhat = Sunday morning
k-chon-ngay-tiem-msg-chon = I choose Sunday morning.

k-chon-cho-don-title = Đồng Tâm hamlet group
k-chon-cho-don-task = On Sunday the hamlet cleans up together. You have seen that the ditch beside the school is the most blocked with rubbish, and water is already spilling onto the road. Vote for that place to be cleaned first.
k-chon-cho-don-hint = Press the hamlet head's poll and choose the ditch beside the school, the place you saw was the dirtiest.
k-chon-cho-don-explain = That's right. You chose the ditch beside the school, the most blocked place. A poll helps the whole hamlet decide where to clean first.
k-chon-cho-don-by-truong-thon = Mr Bình (hamlet head)
k-chon-cho-don-by-chu-hai = Mr Hai
k-chon-cho-don-msg-tb = This Sunday we clean up together, 7 in the morning, one person per household.
k-chon-cho-don-msg-bc = Please choose where to clean first:
k-chon-cho-don-msg-bc-muong-truong = The ditch beside the school
k-chon-cho-don-msg-bc-duong-truc = The hamlet's main road
k-chon-cho-don-msg-bc-bai-dat = The plot behind the cultural house
k-chon-cho-don-msg-y = Anywhere is fine, I'll come.

k-tra-loi-di-hop-title = Đồng Tâm hamlet group
k-tra-loi-di-hop-task = You will go to the meeting alone. Choose the most fitting ready-made reply and send it to the group.
k-tra-loi-di-hop-hint = The hamlet head only needs to know how many people from your household are coming. Choose the reply saying one person can come. An OTP code is never sent to the group.
k-tra-loi-di-hop-explain = That's right. The reply is short and answers exactly what the hamlet head asked. A hamlet meeting has no attendance code; an OTP code is never given to anyone.
k-tra-loi-di-hop-by-truong-thon = Mr Bình (hamlet head)
k-tra-loi-di-hop-by-chu-hai = Mr Hai
k-tra-loi-di-hop-msg-hop = 7:30 pm on Friday, hamlet meeting at the cultural house about sharing the cost of the road. Households that can come, please reply so we can set out chairs.
k-tra-loi-di-hop-msg-tl = One person from my house is coming.
k-tra-loi-di-hop-reply-otp = I've just received OTP code 000 000, can you check if it's the attendance code?
k-tra-loi-di-hop-reply-di-mot = One person from my house can come.
k-tra-loi-di-hop-reply-troi-dep = Lovely weather today.

k-tra-loi-muc-2-title = Đồng Tâm hamlet group
k-tra-loi-muc-2-task = Your parents don't have a level-2 e-ID account yet, and will go on Thursday morning. Choose the most fitting ready-made reply and send it to the group.
k-tra-loi-muc-2-hint = The hamlet head only asks how many people are going. Choose the reply saying two people from your house. Never send an ID card photo or a passcode to the group.
k-tra-loi-muc-2-explain = That's right. You only give the number of people. A level-2 account is done in person at the commune police: your parents bring their ID cards there; nobody needs an ID card photo or a passcode in the group.
k-tra-loi-muc-2-by-truong-thon = Mr Bình (hamlet head)
k-tra-loi-muc-2-by-co-lan = Mrs Lan
k-tra-loi-muc-2-msg-tb = Message from the commune police: anyone without a level-2 e-ID account, bring your chip ID card and the phone whose number is registered in your own name to the commune police office on Thursday morning this week. Households with someone going, please reply with the number of people.
k-tra-loi-muc-2-msg-tl = One person from my house.
k-tra-loi-muc-2-reply-gui-anh = I'll take photos of both sides of my parents' ID cards and post them here for you.
k-tra-loi-muc-2-reply-passcode = My mother already has VNeID, her passcode is 000 000.
k-tra-loi-muc-2-reply-hai-nguoi = Two from my house, Thursday morning.
k-tra-loi-muc-2-photo-can-cuoc = A photo of your mother's ID card

k-thich-cat-dien-title = Đồng Tâm hamlet group
k-thich-cat-dien-task = You have read the power-cut notice. Let the hamlet head know you have read it, the way he asked.
k-thich-cat-dien-hint = The hamlet head asked you to press like on the pinned message. Press like on the hamlet head's message, not on Tuấn's.
k-thich-cat-dien-explain = That's right. One like on the pinned message is enough for the hamlet head to know you have read it.
k-thich-cat-dien-by-truong-thon = Mr Bình (hamlet head)
k-thich-cat-dien-by-anh-tuan = Tuấn
k-thich-cat-dien-msg-tb = The power company says: next Tuesday the power will be off from 7 to 11 am to repair the line. When you have read this, please press like on this message.
k-thich-cat-dien-msg-xay-lua = I was going to mill rice on Tuesday, good thing I know in advance.

k-thich-cam-on-title = Đồng Tâm hamlet group
k-thich-cam-on-task = The hamlet head has just thanked everyone for the new road. You want to answer his thanks with a like, without writing anything.
k-thich-cam-on-hint = Press like on the hamlet head's thank-you message at 17:30, not on the pinned message.
k-thich-cam-on-explain = That's right. A like on the thank-you message is a short answer that doesn't make the group noisier.
k-thich-cam-on-by-truong-thon = Mr Bình (hamlet head)
k-thich-cam-on-by-chu-hai = Mr Hai
k-thich-cam-on-msg-tb = Rubbish collection: Monday and Thursday mornings every week.
k-thich-cam-on-msg-cam-on = The concrete road in Xóm Dưới is finished. Thank you all for your work and effort!
k-thich-cam-on-msg-dep = What a lovely road!

k-bao-cay-do-title = Đồng Tâm hamlet group
k-bao-cay-do-task = This morning a big tree fell across the road into Xóm Trên. You took a photo from a safe distance. Send that photo to the group, with a few words saying where the tree fell.
k-bao-cay-do-hint = Choose the photo of the tree blocking the road, and write a few words with it, for example: “A tree is blocking the road into Xóm Trên.” A photo of your ID card is never sent to the group.
k-bao-cay-do-explain = That's right. A clear photo with a sentence saying “where” helps the hamlet clear it quickly and lets people avoid that road.
k-bao-cay-do-by-chi-mai = Mai
k-bao-cay-do-by-truong-thon = Mr Bình (hamlet head)
k-bao-cay-do-msg-gio = Such strong wind last night.
k-bao-cay-do-msg-dan = If you see fallen trees or broken power lines anywhere, take a photo and report it in the group. Remember to stay well away from power lines.
k-bao-cay-do-photo-vuon-rau = A photo of your vegetable garden
k-bao-cay-do-photo-can-cuoc = A photo of your ID card
k-bao-cay-do-photo-cay-do = A photo of a big tree fallen across the village road

k-bao-ong-nuoc-title = Đồng Tâm hamlet group
k-bao-ong-nuoc-task = You see that the water pipe beside the school gate has burst and water is spraying onto the road. You have taken a photo. Send the photo of the burst to the group, with a few words saying where.
k-bao-ong-nuoc-hint = Choose the photo of the burst pipe and write a few words saying where. A screenshot of a message with an OTP code and a photo of your ID card are never sent to the group.
k-bao-ong-nuoc-explain = That's right. A photo of the burst with a sentence saying “where” helps the hamlet get it repaired early, so the neighbourhood loses less water.
k-bao-ong-nuoc-by-truong-thon = Mr Bình (hamlet head)
k-bao-ong-nuoc-by-co-lan = Mrs Lan
k-bao-ong-nuoc-msg-tb = Hamlet clean water: if you see a burst or leaking pipe, take a photo and send it to the group, saying exactly where.
k-bao-ong-nuoc-msg-yeu = Why is my water so weak today?
k-bao-ong-nuoc-photo-ong-vo = A photo of a burst water pipe, water spraying onto the road
k-bao-ong-nuoc-photo-tin-otp = A screenshot of a text message with an OTP code
k-bao-ong-nuoc-photo-can-cuoc = A photo of your ID card

k-bao-cao-vay-title = Đồng Tâm hamlet group
k-bao-cao-vay-task = There is a strange message in the hamlet group. What do you do with that message?
k-bao-cao-vay-hint = An advert for a loan with a strange link and a fee to pay first is a scam. Don't leave the hamlet group. Report the message from “Fast loan 24h”.
k-bao-cao-vay-explain = That's right. A loan that asks for a fee first is a scam. Report the message, don't press the link, then call the hamlet head so the group owner removes this person from the group.
k-bao-cao-vay-by-truong-thon = Mr Bình (hamlet head)
k-bao-cao-vay-by-chu-hai = Mr Hai
k-bao-cao-vay-by-vay-nhanh = Fast loan 24h
k-bao-cao-vay-by-co-lan = Mrs Lan
k-bao-cao-vay-msg-tb = This Sunday we clean the village roads together, 7 in the morning, one person per household.
k-bao-cao-vay-msg-di = My house can come.
k-bao-cao-vay-msg-vay = Borrow 50 million with no collateral, approved in 5 minutes! Go to vaynhanh-24h[.]vip and pay a 2 million application fee first.
k-bao-cao-vay-msg-hoi = Who let this person into the group?

k-bao-cao-qua-tet-title = Đồng Tâm hamlet group
k-bao-cao-qua-tet-task = In the hamlet group, an account called “Commune Tết gifts” has just posted. What do you do with that message?
k-bao-cao-qua-tet-hint = This message asks for ID card photos and OTP codes in the group: it is a scam. Don't send a photo, don't reply. Report the message from “Commune Tết gifts”.
k-bao-cao-qua-tet-explain = That's right. Gifts from the commune never ask for ID card photos or OTP codes in a group. Report the message, then call the hamlet head.
k-bao-cao-qua-tet-by-qua-tet = Commune Tết gifts
k-bao-cao-qua-tet-by-co-lan = Mrs Lan
k-bao-cao-qua-tet-by-chu-hai = Mr Hai
k-bao-cao-qua-tet-msg-qua = The commune is giving Tết gifts to elderly people. Take photos of both sides of your ID card and send them to the group, with the OTP code you just received, to get your name on the list.
k-bao-cao-qua-tet-msg-hoi = Shall I send mine now?
k-bao-cao-qua-tet-msg-khoan = Wait a moment, Mrs Lan.
k-bao-cao-qua-tet-reply-gui-ngay = I'm sending it now.
k-bao-cao-qua-tet-reply-cam-on = Many thanks to the commune.
k-bao-cao-qua-tet-photo-can-cuoc = A photo of your ID card

k-tat-thong-bao-title = Đồng Tâm hamlet group
k-tat-thong-bao-task = Tonight many people in the group are talking about football, and your phone keeps ringing. You need to sleep early, but still want to get the hamlet's news. What do you do?
k-tat-thong-bao-hint = If you leave the group, you miss the hamlet's news. Mute the group's notifications: the phone stops ringing and you stay in the group.
k-tat-thong-bao-explain = That's right. With notifications muted, the phone stops ringing but messages still arrive. Tomorrow morning, open the group yourself and read the pinned message.
k-tat-thong-bao-by-truong-thon = Mr Bình (hamlet head)
k-tat-thong-bao-by-anh-tuan = Tuấn
k-tat-thong-bao-by-chu-hai = Mr Hai
k-tat-thong-bao-by-chi-mai = Mai
k-tat-thong-bao-msg-tb = Children's vaccinations: the morning of the 5th of every month, at the commune health station.
k-tat-thong-bao-msg-b1 = The match has started, everyone!
k-tat-thong-bao-msg-b2 = Goal! Goal!
k-tat-thong-bao-msg-b3 = What a game!
k-tat-thong-bao-msg-b4 = Only ten minutes left.
k-tat-thong-bao-msg-b5 = We won, everyone!
k-tat-thong-bao-reply-hay-qua = Great game!

k-roi-nhom-kin-title = Private work (closed group)
k-roi-nhom-kin-task = After a call from someone claiming to be the police, you have been added to this group. What do you do?
k-roi-nhom-kin-hint = Real police do not investigate or settle a case through a message group, do not ask for money, and do not tell you to post ID card photos in a group. Don't send anything, don't reply. Leave this group.
k-roi-nhom-kin-explain = That's right. A “closed group to work privately” is a trick of scammers posing as police and courts. Leave the group, tell your family, and go to the commune police to ask in person if you are worried.
k-roi-nhom-kin-by-can-bo = Officer Lê Hùng
k-roi-nhom-kin-by-toa-an = Court clerk Vũ Lan
k-roi-nhom-kin-msg-mo = Your name is in the file of a fraud case. You have been added to this closed group to work privately, and you must not tell anyone.
k-roi-nhom-kin-msg-toa = The court confirms this. If you cooperate, you will not be arrested.
k-roi-nhom-kin-msg-doi = Send photos of both sides of your ID card to the group, then transfer your savings to the holding account to be checked.
k-roi-nhom-kin-reply-vang = Yes, I'll do it right away.
k-roi-nhom-kin-photo-can-cuoc = A photo of your ID card

k-roi-nhom-nhiem-vu-title = Work from home
k-roi-nhom-nhiem-vu-task = A stranger added you to this group. Everyone in it boasts about the money they make. What do you do?
k-roi-nhom-nhiem-vu-hint = Paying small sums first and then demanding big deposits is the “task” scam. Don't deposit money, don't reply. Leave this group.
k-roi-nhom-nhiem-vu-explain = That's right. In a scam group, the people boasting about money are all working with the scammers. At first they pay a few tens of thousands of dong so you trust them, then they demand big deposits and never let you withdraw. Leave the group and don't deposit a single dong.
k-roi-nhom-nhiem-vu-by-quan-ly = Manager Thu Trang
k-roi-nhom-nhiem-vu-by-tv-mot = Hồng Nhung
k-roi-nhom-nhiem-vu-by-tv-hai = Minh Khôi
k-roi-nhom-nhiem-vu-msg-chao = Welcome, new member! Every day, give 5-star reviews to eateries on the map and get 10,000 dong per review.
k-roi-nhom-nhiem-vu-msg-khoe = I withdrew 50,000 dong today!
k-roi-nhom-nhiem-vu-msg-nap = New task: deposit 3,000,000 dong, get 3,600,000 dong back after 1 hour.
k-roi-nhom-nhiem-vu-msg-khoe-2 = I deposited and got it all back, be quick, everyone!
k-roi-nhom-nhiem-vu-reply-tham-gia = Count me in.

k-chan-pho-nhom-gia-title = Đồng Tâm hamlet group deputy
k-chan-pho-nhom-gia-task = An account you don't know messages you privately, calling itself a deputy of the hamlet group. The owner of the hamlet group is Mr Bình, the hamlet head. What do you do?
k-chan-pho-nhom-gia-hint = This person asks for money and an OTP code; that is not what a group owner or deputy does. Don't reply, don't send money. Block this person.
k-chan-pho-nhom-gia-explain = That's right. The hamlet group charges no fee, and nobody needs your OTP code. Once you have blocked them, call Mr Bình so he can warn the whole group.
k-chan-pho-nhom-gia-by-gia = Đồng Tâm hamlet group deputy
k-chan-pho-nhom-gia-msg-chao = Hello, I am a deputy of the Đồng Tâm hamlet group.
k-chan-pho-nhom-gia-msg-phi = The group is moving to a new version; each household pays a 50,000 dong upkeep fee. Transfer it to my account, then send me the OTP code that just came to your phone so I can keep you in the group.
k-chan-pho-nhom-gia-reply-da-chuyen = I've transferred it, my code is 000 000.
k-chan-pho-nhom-gia-reply-hoi-ai = Who are you?

k-chan-truong-thon-gia-title = Mr Bình, hamlet head (new account)
k-chan-truong-thon-gia-task = Tonight, a new account with the hamlet head's name messages you privately. The hamlet head's phone number is already in your contacts. What do you do right here in this chat?
k-chan-truong-thon-gia-hint = The real hamlet head never asks for a passcode or ID card photos. Don't send anything, don't reply. Block this account.
k-chan-truong-thon-gia-explain = That's right. A sender's name can be faked. Nobody needs your passcode or a photo of your ID card. Once you have blocked it, call the hamlet head on the number already in your contacts to tell him.
k-chan-truong-thon-gia-by-gia = Mr Bình, hamlet head
k-chan-truong-thon-gia-msg-doi-tk = Hello, it's Bình the hamlet head, I've switched to a new account.
k-chan-truong-thon-gia-msg-xin = The commune is making a list for support payments. Take photos of both sides of your ID card and send them to me, and tell me your VNeID passcode, it's very urgent.
k-chan-truong-thon-gia-reply-passcode = My passcode is 000 000.
k-chan-truong-thon-gia-photo-can-cuoc = A photo of your ID card

## Final check: what you know

kt-ai-xem-otp-prompt = In the hamlet group, someone writes: “Anyone who gets an OTP code, send it to the group to be put on the support list.” Who may know your OTP code?
kt-ai-xem-otp-khong-ai = Nobody
kt-ai-xem-otp-khong-ai-feedback = That's right. An OTP code is only for you to type into your own app. Nobody may know it, not the hamlet head and not the police.
kt-ai-xem-otp-truong-thon = The hamlet head, because he runs the group
kt-ai-xem-otp-truong-thon-feedback = The hamlet head does not need your OTP code. An OTP code is like your house key: nobody may know it.
kt-ai-xem-otp-nguoi-quen = Someone in the group you have known for years
kt-ai-xem-otp-nguoi-quen-feedback = People you know don't need your OTP code either, and their account can be taken over by a fraudster. Nobody may know this code.
kt-ai-xem-otp-cong-an = The commune police, if they ask in the group
kt-ai-xem-otp-cong-an-feedback = The police never ask for an OTP code. Whoever asks for an OTP code, whoever they say they are, it is a sign of a scam.

kt-anh-can-cuoc-prompt = An account with a deputy's name posts in the hamlet group: “The hamlet is making a list of households in difficulty; please photograph both sides of your ID card and send them to the group.” What do you do?
kt-anh-can-cuoc-gui-vi-pho-nhom = Send them to the group, because the deputy is from the hamlet
kt-anh-can-cuoc-gui-vi-pho-nhom-feedback = In the group, anyone can save a photo of your ID card, and the deputy's account may have been taken over. Don't send it; call the hamlet head to ask directly.
kt-anh-can-cuoc-khong-gui-hoi = Don't send them; call the hamlet head to ask
kt-anh-can-cuoc-khong-gui-hoi-feedback = That's right. A photo of your ID card is never sent to the group. If the hamlet really needs papers, the hamlet head will ask you to bring them in person.
kt-anh-can-cuoc-gui-rieng = Send them privately to the deputy, not to the group
kt-anh-can-cuoc-gui-rieng-feedback = Sending privately still means sending a photo of your ID card online, to an account that may have been taken over. Don't send it; call the hamlet head to ask directly.
kt-anh-can-cuoc-che-so = Take the photo, cover a few digits, then send
kt-anh-can-cuoc-che-so-feedback = With a few digits covered, the photo still shows your name, date of birth and face. Don't send it; call the hamlet head to ask directly.

kt-them-vao-nhom-prompt = A stranger messages you privately: “Send me your ID card number and the OTP code that just came to your phone, and I'll add you to the hamlet group.” What do you do?
kt-them-vao-nhom-gui-het = Send both, to be quick
kt-them-vao-nhom-gui-het-feedback = Joining the hamlet group needs neither your ID card number nor an OTP code. Send nothing, and ask the hamlet head how to join the group.
kt-them-vao-nhom-gui-so = Send only the ID card number and keep the OTP
kt-them-vao-nhom-gui-so-feedback = Your ID card number is not for strangers either, and joining doesn't need it. Send nothing, and ask the hamlet head how to join the group.
kt-them-vao-nhom-khong-gui = Send nothing; ask the hamlet head how to join the group
kt-them-vao-nhom-khong-gui-feedback = That's right. The hamlet head adds you to the group, or hands you the link or QR code in person, without needing any code of yours.

kt-tat-hay-roi-prompt = The hamlet group has so many messages that your phone rings all day. What is the best thing to do?
kt-tat-hay-roi-tat-thong-bao = Mute the group's notifications and open it yourself every day to read the pinned message
kt-tat-hay-roi-tat-thong-bao-feedback = That's right. The phone stops ringing, you stay in the group, and you don't miss the hamlet's news.
kt-tat-hay-roi-roi-nhom = Leave the group for some peace
kt-tat-hay-roi-roi-nhom-feedback = If you leave the group, you miss the hamlet's news. Mute the group's notifications and open it yourself every day to read the pinned message.
kt-tat-hay-roi-chan-truong-thon = Block the hamlet head to get fewer messages
kt-tat-hay-roi-chan-truong-thon-feedback = The hamlet head's messages are the most important ones. Mute the group's notifications and open it yourself every day to read the pinned message.
kt-tat-hay-roi-tat-may = Switch the phone off all day
kt-tat-hay-roi-tat-may-feedback = With the phone off, your family can't call you either. You only need to mute the group's notifications.

kt-tin-ghim-prompt = Last week the hamlet head announced the meeting time and pinned that message. Since then the group has had hundreds of new messages. Where do you look for the meeting time to find it quickly?
kt-tin-ghim-goi-tung-nha = Phone each neighbour's house to ask
kt-tin-ghim-goi-tung-nha-feedback = Asking the neighbours works too, but it is a lot of trouble. The meeting time is pinned: open the pinned messages and you will see it at once.
kt-tin-ghim-xem-tin-ghim = Open the pinned messages on the group board
kt-tin-ghim-xem-tin-ghim-feedback = That's right. A pinned message does not get pushed out of sight. Open the pinned messages and you see the meeting time at once.
kt-tin-ghim-roi-vao-lai = Leave the group and ask to join again so the message shows at the top
kt-tin-ghim-roi-vao-lai-feedback = Leaving and joining again does not bring old messages to the top, and it bothers the hamlet head. Open the pinned messages.
kt-tin-ghim-mat-han = You can't find it any more: old messages that scroll away are lost
kt-tin-ghim-mat-han-feedback = A pinned message is not lost. Open the pinned messages and you will see the meeting time.

kt-viet-kem-anh-prompt = You take a photo of a collapsed culvert on the village road to send to the hamlet group. What do you write with it?
kt-viet-kem-anh-khong-viet = Nothing; the photo is enough
kt-viet-kem-anh-khong-viet-feedback = From the photo alone, the hamlet head can hardly tell where the culvert is. Write a short sentence with it: where, and how it is broken.
kt-viet-kem-anh-so-can-cuoc = Your ID card number and date of birth, so the commune knows who reported it
kt-viet-kem-anh-so-can-cuoc-feedback = Your account name already shows who reported it. Your ID card number is never sent to the group. Write: where the culvert is and how it is broken.
kt-viet-kem-anh-o-dau = Where the culvert is and how it is broken
kt-viet-kem-anh-o-dau-feedback = That's right. A short sentence, “where, and how it is broken”, with a clear photo is enough for the hamlet to ask the commune to repair it.

kt-khong-dang-prompt = Which things must never be sent to the hamlet group? Choose all the right answers.
kt-khong-dang-otp = The OTP code that just came to your phone
kt-khong-dang-otp-feedback = Right. An OTP code is only for you to type into your own app.
kt-khong-dang-lich-hop = The reply “One person from my house is coming to the meeting”
kt-khong-dang-lich-hop-feedback = This reply can go to the group: it only says how many people are coming, and reveals nothing private about you.
kt-khong-dang-passcode = Your VNeID passcode
kt-khong-dang-passcode-feedback = Right. The VNeID passcode is 6 digits that only you know.
kt-khong-dang-anh-den = A photo of a broken street-light pole
kt-khong-dang-anh-den-feedback = A photo of something broken in the hamlet should go to the group, with a few words saying where.
kt-khong-dang-anh-can-cuoc = A photo of your ID card
kt-khong-dang-anh-can-cuoc-feedback = Right. A photo of your ID card sent to the group can be saved by anyone, and a fraudster can use it to pretend to be you.

kt-duyet-thanh-vien-prompt = In the hamlet group, who can approve new people joining and remove people who post bad messages?
kt-duyet-thanh-vien-ai-cung = Anyone in the group
kt-duyet-thanh-vien-ai-cung-feedback = Not everyone can do this. It is the job of the group owner and the deputies.
kt-duyet-thanh-vien-truong-pho = The group owner and the deputies
kt-duyet-thanh-vien-truong-pho-feedback = That's right. The group owner, usually the person who created the group, appoints deputies. They approve new members and remove people who post bad messages.
kt-duyet-thanh-vien-admin-rieng = Someone who messages you privately, calls themselves admin and asks for a fee
kt-duyet-thanh-vien-admin-rieng-feedback = Someone who messages you privately asking for money is not the hamlet's group owner: block that person. Approving members is the job of the group owner and the deputies.
