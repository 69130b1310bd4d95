# Lesson: Spotting scams. Vietnamese (vi.ftl) is the reference: this file must have exactly the
# same ids. See docs/lesson-format.md. Content must agree with ../shared/domain.md §4, §4.4 (and
# §1.5, §1.6 on VNeID, §2.5 on traffic fines, §13 on the merger).
#
# Each "message" step M has three ids: M-sender (what the phone shows as sender), M-body (the
# message or call transcript), M-explain (why it is a scam / why it is safe, and what to do).
# A line in brackets at the start or end of M-body describes the situation; it is not part of the message.
# "(stranger)" after a Zalo name: an account that is not a friend. A call showing only a number: not in contacts.
# All names, phone numbers and account numbers are made up; every link is written with [.] so it cannot be opened.
#
# Suggested labels for the 12 red flags (the real labels live in the app's locales; the lesson uses these words):
#   link               A strange link or QR code
#   install-app        Asks you to install an app
#   asks-otp           Asks for an OTP code or password
#   asks-personal-data Asks for personal information
#   urgency            Rushes you
#   threat             Threatens you
#   secrecy            Tells you to keep it secret, not to ask anyone
#   money-first        Asks you to transfer money or pay a fee first
#   personal-account   Money to a personal account
#   too-good           Too good to be true
#   impersonation      Pretends to be someone else
#   stranger           Unknown number or person
#
# UNVERIFIED: domain.md does not give the real SMS brandnames of the Police Department, the power
# company or the portal, so safe messages just name the body instead of inventing a brandname.
# A sender's name can be faked (brandnames too, even inside the bank's real message thread): this
# is taught once, in the an-toan-cung-co step. Each safe message's explanation starts "Safe: " and
# then gives that message's own reason (its content and situation), not a shared sentence.
#
# Words: glossed at first use (OTP, passcode, tích hợp, judicial record, CSKH, sàn, giải ngân,
# customs clearance, camera fine, eSIM). The teaching text never uses "district" as a current
# level; a scam text may keep an old name on purpose (see m-a-toa-an-link). No decree numbers in
# learner text. The 2025–2026 forms follow ../shared/domain.md §4.4; the face scan §1.6.

lesson-title = Spotting scams
lesson-summary = You practise recognising scam messages and calls by their warning signs, and learn what to do when in doubt.

## Practice

gioi-thieu-text =
    Scammers often send messages or phone you, pretending to be the police, a bank, the electricity company, a delivery person, sometimes even your own children or grandchildren.
    They want the money in your account, or your OTP code (a one-time code sent by text message), your password or your ID card number.
    In this lesson you read many sample messages and calls. For each one, you choose “Scam” or “Safe”. If it is a scam, you tick the warning signs you see.
    Every message here is a sample; the names and phone numbers are made up. The dots in links are written as [.] so that nobody opens them by mistake.
    Choosing wrong is fine. Read the explanation and try again.

dau-hieu-link-app-text =
    Sign one: a strange link or QR code.
    A link is the address of a web page, for example vcb-xacthuc[.]top. Scam messages often tell you to tap a link to “verify”, “get a gift” or “cancel a transaction”.
    Scam links often have strange endings such as top, vip, xyz, cc, or look like the name of a bank or a government office with letters added or left out.
    A strange QR code sent in a message is just like a link: do not scan it.
    Sign two: asks you to install an app. For example: “install the new VNeID”, “install the new electricity app”, “allow installing apps from unknown sources”.
    A fake app can read the messages on your phone, take your OTP codes and then empty your bank account.
    Remember: install apps only from CH Play (Android phones) or the App Store (iPhone). Never install from a link or a file someone sends you.

dau-hieu-ma-so-text =
    Sign three: asks for an OTP code or password.
    An OTP code is a number the bank or VNeID sends to your phone when you yourself are doing something. A passcode is a 6-digit number you set yourself to confirm things inside an app, such as VNeID. Your OTP codes, passwords and passcode are like your house key: do not read them out or send them to anyone, even someone who says they are the police or bank staff.
    Sign four: asks for personal information. For example: your ID card number, a photo of your ID card, a photo of your bank card, your account number, how much money you have, or asking you to look into the camera for a “face scan”.
    A face scan is only right when you do it inside your own banking app or your own VNeID app, which you opened yourself. For example: when you transfer more than 10 million dong at once, or more than 20 million dong in one day, your banking app asks for your face. Never do a face scan on a video call, or in an app someone else sent you.
    Sign five: pretends to be someone else. The caller says they are the police, a court, a bank, the electricity company, a doctor, a teacher, a delivery person, or uses a relative's Zalo account. The name shown on a message can also be faked, even a bank's name.
    Sign six: unknown number or person. A number that is not in your contacts, a Zalo account marked “stranger”, an online friend you have never met.
    The real police never investigate or settle a case by phone, Zalo or video call. The police do not ask for money, do not tell you to transfer money “for checking”, do not ask for your OTP code or passcode, do not tell you to install an app or tap a link, and do not tell you to keep it secret.
    Police summons (a written call to come and answer questions) come on paper, through the local authorities. The commune police may ask the hamlet to pass on a general notice in the hamlet's Zalo group, such as the dates for ID cards; such a notice asks nothing personal of you. To get a level-2 e-ID account, you go to the commune police and do it in person.

lt-vcb-khoa-sender = VCB
lt-vcb-khoa-body =
    (This message appears in the conversation named VCB, right under the bank's real balance messages.)
    Your account has been temporarily locked because of an unusual login. Unlock it within 2 hours at vcb-mokhoa[.]top with your username, password and OTP code.
lt-vcb-khoa-explain = Scam: a fake message can carry the bank's exact name and appear right in the bank's real message thread. This one threatens to lock your account, gives you 2 hours, has a strange link and asks for your username, password and OTP code. Do not tap the link; open your own banking app yourself, or call the hotline printed on your card to ask.

lt-vneid-goi-sender = Call from 0395 xxx 641
lt-vneid-goi-body =
    Caller: Hello, I'm from the commune police. Your VNeID account isn't level 2 yet, so I'll do it online for you right now, no need to come to the commune office.
    Caller: Read me your ID card number, then the OTP code that was just sent to your phone.
lt-vneid-goi-explain = Scam: an unknown number claims to be the police and asks for your ID number and OTP code. A level-2 e-ID account (the full VNeID account) is only done in person at the commune police; hang up and read out nothing.

lt-quet-mat-prompt = You open the banking app on your own phone yourself to transfer 15 million dong for rice seed. The app shows: face verification needed. What do you do?
lt-quet-mat-lam-theo = Do it right there in that app
lt-quet-mat-lam-theo-feedback = That's right. When you transfer more than 10 million dong at once, your own banking app asks for your face. This step is safe because you opened the app and started the transfer yourself.
lt-quet-mat-goi-video = Video-call a bank employee so they can scan it for you
lt-quet-mat-goi-video-feedback = Nobody does a face scan over a video call. Just do it right in the banking app you opened yourself.
lt-quet-mat-cai-app-khac = Install a “face verification” app from the link in a message you just received
lt-quet-mat-cai-app-khac-feedback = Do not install apps from links. Your banking app already has the face-scan step; do it right there.

dau-hieu-gap-doa-text =
    Sign seven: rushes you. “Within 24 hours”, “before 5 pm”, “right now”, “expires today”. Scammers want you to hurry, with no time to think and no time to ask anyone.
    Sign eight: threatens you. Threatens to lock your account, arrest you, sue you, cut your power, fine you, or make you lose money.
    Sign nine: tells you to keep it secret, not to ask anyone. “Don't tell anyone”, “don't call the child”, “no need to call and check”. They are afraid you will ask your family or call back to check.
    When you notice you are both scared and in a hurry, stop. You always have the right to hang up, drink some water and ask your family first.

dau-hieu-tien-text =
    Sign ten: asks you to transfer money or pay a fee first. A fee to receive a gift, a “disbursement” fee for a loan (that is, a fee to get the loan money), a “tax” to withdraw profits, a deposit to get work, a delivery payment before you have seen the parcel, money to “prove you are innocent”.
    Sign eleven: money to a personal account. The money has to go into some private person's own account, not to the office, shop or relative you mean to pay; for example the account of “my friend”, “my sister”, “the collector”. When you scan a QR code, the name of the receiver on the screen must be the shop owner's name.
    Sign twelve: too good to be true. Easy work with high pay, 20% profit every week, winning a motorbike, a gift from abroad, an unexpected refund, a loan with no collateral, being paid to rent out your bank account.
    Renting out, lending or selling your bank account is against the law. Never agree to it, however much they pay.

lt-con-cap-cuu-sender = Call from 0336 xxx 284
lt-con-cap-cuu-body =
    Caller: Are you Vy's mother, class 3B? I'm the school nurse. Vy fell and broke her arm, she is at the provincial hospital and needs an urgent operation.
    Caller: Transfer 15 million right now to my account so I can pay the hospital fee first. Don't call her class teacher, she will only worry.
lt-con-cap-cuu-explain = Scam: an unknown number panics you, rushes you to transfer money right away to the caller's own account, and stops you from calling the teacher. Hang up and call the teacher or the school on a number you already have; hospitals do not demand transfers by phone.

an-toan-cung-co-text =
    Not every message is a scam. Banks, the electricity company, VNeID and the hamlet head do send real messages.
    But do not judge a message by the sender's name. The name shown on your phone can be faked, even a bank's name. A fake message can even appear right in the bank's real message thread, under the real balance messages. Whether a message is real or fake depends on what it says and on your situation.
    Real messages usually have no strange link. Sometimes they only mention an app or an official site; even so, open the app yourself rather than tapping an address in the message.
    Real messages do not ask for your OTP code or password, do not ask you to transfer money to a personal account, do not threaten you and do not rush you.
    A real OTP should only arrive when you yourself have just started something, such as a transfer or activating an account. If an OTP arrives when you did nothing, someone is trying to get into your account. Either way, never read a code out to anyone.
    When a real message reminds you to pay, you pay in your own banking app or in person, not by tapping a link in the message.

lt-tien-dien-that-sender = Power company
lt-tien-dien-that-body = Electricity company notice: the October electricity bill for customer code PA0xxxxxxx is 286,900 dong. Please pay through your banking app, an e-wallet or an Electricity company payment point.
lt-tien-dien-that-explain = Safe: the message only gives this month's electricity bill and the usual places to pay; it has no link, does not threaten to cut your power and does not ask you to transfer to anyone's account. Pay as usual through your banking app or an Electricity company payment point, never to someone who phones you demanding money.

lt-goi-cong-an-prompt = Someone calls from an unknown number, saying they are the provincial police. They say you are involved in a criminal case, tell you to stay on the line and not to tell anyone. What do you do?
lt-goi-cong-an-cup-may = Hang up. If you are worried, ask your family, or go to the commune police and ask in person
lt-goi-cong-an-cup-may-feedback = That's right. The real police do not investigate a case by phone, and do not make you stay on the line or keep secrets. Hanging up is the safest thing; for peace of mind, go and ask at the commune police.
lt-goi-cong-an-doc-can-cuoc = Read out your ID card number so they can check it for you
lt-goi-cong-an-doc-can-cuoc-feedback = Do not read anything out to a stranger. Pretending to be the police, threatening you and telling you to keep it secret are signs of a scam. Hang up, then ask the commune police.
lt-goi-cong-an-chuyen-tien = Transfer money to the account they read out, to “prove you are innocent”
lt-goi-cong-an-chuyen-tien-feedback = This is exactly what the scammer wants. The police never ask for money or tell you to transfer money “for checking”. Hang up, tell your family, and go to the commune police if you are worried.

thu-doan-moi-text =
    Since 2025, scammers have been using some new tricks. Remember these true facts.
    After the commune merger, you do not have to get a new ID card. Your old card is still valid. If you want a card with the new address, you can do it for free in the VNeID app. Anyone who asks for a fee to re-issue your card, or tells you to “re-confirm VNeID after the merger” through a link or a phone call, is a scammer.
    Social insurance: the real hotline is 1900 9068. A caller from another number who promises “Tết support money”, or says your social-insurance book must be “integrated” (tích hợp: put together in one place) into VNeID and then asks for an OTP code or tells you to install an app, is a scammer.
    Traffic fines caught on camera (“phạt nguội”): never pay a fine through a link in a message. Look it up yourself in the VNeTraffic app or on the National Public Service Portal.
    Tax: someone calling himself a tax officer who sends an invitation with a red stamp and then tells you to reinstall the eTax Mobile app from a link is a scammer. Every app is installed only from CH Play or the App Store.
    Phone network: someone who says “upgrade your SIM” or “switch to eSIM” (a SIM built into the phone) and then asks for an OTP code is a scammer. If you read that code out, your phone number moves to the scammer's SIM, and your messages, including your bank's OTP codes, go to their phone.
    Once you have been scammed, you may meet people who promise to “get your money back” for a fee, calling themselves police, lawyers or “hackers”. That is a second scam. Report to the commune police and pay no fee to anyone.

quy-tac-text =
    Remember this: rushing you, keeping it secret, a link or an app to install, asking for money or an OTP code, money to a personal account: that is a scam.
    When in doubt, do this:
    One: hang up. Do not tap the link, do not reply, do not read out any code.
    Two: call back yourself on an official number you already knew before, such as the number printed on your bank card, the number on your electricity bill, the usual number of your child or grandchild. Never call the number a stranger just gave you.
    Three: go and ask in person: the commune police, the bank counter, the electricity company office.
    Four: ask your family, or the hamlet's digital technology team.
    Five: call the hotline 156 to report or ask about a scam call or message.
    If you have already read out an OTP code or sent money, don't be embarrassed: tell your bank and the commune police straight away, the sooner the better.

## Final check: scam messages

# A. Fake police, procuracy, court

m-a-cs-hinh-su-sender = Call from 0869 xxx 512
m-a-cs-hinh-su-body =
    Caller: This is the Criminal Police Department of the provincial police. Your ID card number is linked to a money-laundering ring; you may be arrested and detained.
    Caller: You must not tell anyone, not even your wife and children. Stay on the line right now so an officer can write up a report, declare all the money you have in your account, then transfer it over so that we can verify it.
m-a-cs-hinh-su-explain = Scam: an unknown number pretends to be the police, threatens arrest, rushes you, tells you to keep it secret, asks how much money is in your account and then wants it transferred “for verification”. The real police do not investigate by phone and never tell you to transfer money for checking; hang up, and if you are worried, go and ask at the commune police.

m-a-vks-lenh-bat-sender = Call from 0243 xxx 390
m-a-vks-lenh-bat-body =
    Caller: The Procuracy informs you that there is detention warrant number 125 against Mrs Nguyễn Thị Hạnh.
    Caller: To prove your innocence, transfer all your savings to the holding account in the name of the officer in charge, Trần Văn Hải, before 5 pm today.
m-a-vks-lenh-bat-explain = Scam: an unknown number pretends to be the Procuracy, threatens arrest, sets a deadline and demands a transfer to one person's account. No office ever makes anyone transfer money to “prove their innocence”; hang up and ask the commune police.

# This scam message keeps the old district level on purpose (districts ended on 1/7/2025); the lesson's own words never use “district” as a current level.

m-a-toa-an-link-sender = 0587 xxx 204
m-a-toa-an-link-body = The district People's Court sends you a summons: you are being sued over a credit-card debt. Tap toa-an-hoso[.]top to see the file and pay the advance court fee.
m-a-toa-an-link-explain = Scam: an unknown number pretends to be a court, threatens a lawsuit, sends a strange link and demands money. Do not tap the link; take the message to the commune People's Committee or the commune police and ask.

m-a-truy-na-zalo-sender = Zalo · Investigator Lê Minh (stranger)
m-a-truy-na-zalo-body =
    I am sending you the wanted notice with your photo. You are under investigation in a fraud case.
    Transfer your money to the account in the name of Đỗ Văn Khánh, the officer in charge, so that we can check where it came from; it will be returned afterwards.
    This is an investigation secret; you must not tell your children.
m-a-truy-na-zalo-explain = Scam: a stranger on Zalo pretends to be the police, threatens you with a wanted notice, tells you to keep it secret and demands a transfer to a personal account. The real police do not investigate through Zalo and do not ask for money; do not reply, tell your family at once and go to the commune police.

# B. Fake VNeID, fake public services

m-b-vneid-cap-nhat-sender = Call from 0374 xxx 918
m-b-vneid-cap-nhat-body =
    Caller: I'm an officer of the new commune police after the merger. Your level-2 e-ID account has an error and must be updated today.
    Caller: Download the new VNeID at vneid-capnhat[.]app, then open the camera so I can scan your face.
m-b-vneid-cap-nhat-explain = Scam: an unknown number pretends to be the police, rushes you, gives a link to install a “new” VNeID and asks for a face scan on their say-so. VNeID is installed only from CH Play or the App Store, a face scan is only done in an app you opened yourself, and the police do not guide you by phone; hang up and go to the commune police.

m-b-dvc-dong-bo-sender = Dich vu cong
m-b-dvc-dong-bo-body = Your file has not been synchronised with level-2 e-ID and will be locked in 24h. Update at dichvucong-gov[.]vip, entering your ID number and VNeID password.
m-b-dvc-dong-bo-explain = Scam: a message pretending to be Public Services threatens to lock you out, gives 24 hours, has a strange link and asks for your ID number and password. Do not tap the link; if you need to check, open the VNeID app you installed from CH Play or the App Store yourself, or ask the commune police.

m-b-cai-app-khong-ro-nguon-sender = Zalo · Minh Tân commune police (stranger)
m-b-cai-app-khong-ro-nguon-body =
    Hello, I'm from the commune police. If you are too busy to come to the commune office, I'll guide you through syncing online.
    Tap the link vneid-dongbo[.]net to install the app; when the phone asks, turn on “allow installing apps from unknown sources”.
    Once it's installed, just read me the OTP code sent to your phone.
m-b-cai-app-khong-ro-nguon-explain = Scam: a stranger's account pretends to be the commune police, sends a link to install an app from outside CH Play and the App Store, and asks for your OTP code. The police only guide you with VNeID in person at their office; do not turn on “unknown sources”, do not read out the OTP, and ask the commune police directly.

m-b-xa-moi-quet-mat-sender = Call from 0965 xxx 027
m-b-xa-moi-quet-mat-body =
    Caller: Hello, I'm an official of the new commune after the merger. The commune is updating residents' information.
    Caller: Read me your 12-digit ID card number and its date of issue, then turn on a video call so I can scan your face. If you don't update, your e-ID account will be locked.
m-b-xa-moi-quet-mat-explain = Scam: an unknown number uses the commune merger as an excuse to ask for your ID number, demands a face scan over a video call and threatens to lock your account. Nobody does a face scan over a video call; hang up, and if there is anything to do, go and ask at the commune People's Committee or the commune police.

# C. Fake bank brandname SMS (fake base station)

m-c-vcb-sinh-trac-sender = VCB
m-c-vcb-sinh-trac-body =
    (This message appears in the conversation named VCB, right under the real balance messages.)
    Your account will be temporarily locked because your biometrics have not been updated. Verify today at vcb-xacthuc[.]top: take a photo of your face and enter the OTP code.
m-c-vcb-sinh-trac-explain = Scam: a fake message can appear right in the bank's real message thread, so do not trust it because of where it sits. It threatens to lock your account, rushes you to act today, has a strange link and asks for your face photo and OTP code. A face scan is only done in the banking app you opened yourself; do not tap the link, open the app yourself or call the hotline printed on your card.

m-c-agribank-diem-sender = Agribank
m-c-agribank-diem-body = You have 8,650 reward points that expire today. Exchange them for gifts at agri-uudai[.]xyz
m-c-agribank-diem-explain = Scam: a fake message in a bank's name, sometimes right in the bank's real message thread; it promises gifts, rushes you with “expires today” and has a strange link. Do not tap it; to learn about reward points, ask at the bank counter or look in your own banking app.

m-c-bidv-huy-gd-sender = BIDV
m-c-bidv-huy-gd-body =
    (This message sits right under the real balance message BIDV sent yesterday.)
    A transaction of 4,990,000 dong from your account is awaiting approval. If it was not you, cancel it now at bidv-huy[.]cc and enter the OTP code.
m-c-bidv-huy-gd-explain = Scam: a fake message in the bank's name, in the same thread as the real ones, scares you about losing money, rushes you to cancel through a strange link and asks for your OTP code. Entering the OTP there is exactly how you lose the money; open your banking app yourself, or call the hotline printed on your card.

m-c-vcb-ung-dung-moi-sender = VCB
m-c-vcb-ung-dung-moi-body = Your old banking app will stop working in 48 hours. Download the new version at vcb-ungdung[.]top to keep using it.
m-c-vcb-ung-dung-moi-explain = Scam: a fake message in a bank's name, which can appear right in the real message thread; it threatens that your app will stop, gives 48 hours and makes you install an app from a strange link. Banking apps are installed and updated only in CH Play or the App Store; do not tap the link.

# D. Easy work, high pay; task scams

m-d-ctv-shopee-sender = Zalo · Shopee Recruitment (stranger)
m-d-ctv-shopee-body =
    Hiring home-based collaborators, earn 300 to 800 thousand a day.
    You just pay for orders first; the system refunds you plus 15% commission. Reply to get your first task.
m-d-ctv-shopee-explain = An “easy work, high pay” scam: a stranger borrows the name of Shopee, a shopping site on the internet, promises “commission” (pay per order) and makes you put your own money in first. Real work does not make you pay; do not reply.

m-d-nhiem-vu-combo-sender = Zalo · Task Customer Service (stranger)
m-d-nhiem-vu-combo-body =
    You have completed task 2; your 36,000 dong commission has arrived.
    The next combo task needs a deposit of 3,500,000 dong to the account of accountant Phạm Thị Thu within 30 minutes. Only after all 3 orders can you withdraw your money plus profit. If you stop halfway, the money you deposited will be locked.
m-d-nhiem-vu-combo-explain = Task scam: they pay a little at first so you trust them, then demand a big deposit to a personal account, rush you and threaten to lock your money. “CSKH” (in the Vietnamese name) is short for “customer care”; anyone can give themselves that name. Stop now, pay in nothing more, and report it to the commune police.

m-d-like-video-sender = 0358 xxx 660
m-d-like-video-body = Just like and follow 10 TikTok videos a day, paid 20 thousand per video. Download the Telegram app and join the group t[.]me/viecnhe-tuyen; the group leader will guide you.
m-d-like-video-explain = Scam: an unknown number promises far too easy money, tells you to install the Telegram app and sends a link to a group, where they will slowly push you to deposit money. Do not install it, do not tap the link, and delete the message.

# E. Fake delivery person, fake cash on delivery

m-e-de-o-cong-sender = Zalo · Shipper Tuấn (stranger)
m-e-de-o-cong-body = I'm the delivery guy; I called and called but nobody answered, so I left the parcel at your gate. Please transfer the 285,000 dong cash-on-delivery to account 1903xxxx, name NGUYEN VAN TUAN.
m-e-de-o-cong-explain = Scam: a stranger says he is a delivery person and asks you to transfer money to a personal account before you have seen the parcel. Go and look at the gate first and check the order in your shopping app; no parcel seen, no money sent.

m-e-phi-xuat-kho-sender = 0812 xxx 339
m-e-phi-xuat-kho-body = Your order is held at the warehouse because an 18,000 dong release fee is unpaid. Scan the attached QR code or tap giaohang-phikho[.]shop to pay and get your parcel today.
m-e-phi-xuat-kho-explain = Scam: an unknown number says it is the delivery company, asks for a “release fee” first, with a strange link and QR code, and rushes you to act today. Do not scan or tap; check the order in your own shopping app.

m-e-hoi-vien-shipper-sender = Call from 0896 xxx 402
m-e-hoi-vien-shipper-body =
    Caller: I'm sorry, madam, the system signed you up as a shipper member by mistake, so 2.5 million will be taken from you every month.
    Caller: Please tap the link the call centre sent you by text to cancel it right now, then read me the OTP code to confirm.
m-e-hoi-vien-shipper-explain = Scam: an unknown number threatens monthly charges, rushes you to cancel through a link and asks for your OTP code. Hang up, do not tap the link, do not read an OTP to anyone.

m-e-hoan-tien-app-sender = Zalo · Delivery Customer Service (stranger)
m-e-hoan-tien-app-body = Your order was cancelled, so we are refunding you 350,000 dong. Install the refund app at hoantien-nhanh[.]net, then enter your account number and banking password to receive the money.
m-e-hoan-tien-app-explain = Scam: a stranger promises a refund but makes you install an app from a strange link and enter your banking password. “Customer care” (CSKH in Vietnamese) is just a Zalo name they gave themselves. Receiving money never needs your password; check the order in your shopping app.

# F. Investment, crypto

m-f-san-lai-20-sender = Zalo · Khải (stranger)
m-f-san-lai-20-body = I'm trading on this platform, 20% profit every week. Try depositing 2 million, I'll guide you, and if there's no profit I'll cover it. Sign up at vang-dautu[.]pro.
m-f-san-lai-20-explain = Investment scam: an online acquaintance promises far too high profits and invites you to deposit money through a strange link. A “platform” (“sàn”) here is a website or app that takes money to “invest”; a scam platform makes up the profit figures. Nobody can be sure of 20% profit every week; do not deposit anything.

m-f-thue-rut-tien-sender = Zalo · Gold Exchange Customer Service (stranger)
m-f-thue-rut-tien-body = Your account holds 1.2 billion dong in profit. To withdraw it, you must first pay 10% income tax within 24 hours. If you miss the deadline, your account will be frozen.
m-f-thue-rut-tien-explain = Scam: the “profit” is just a number on a screen; the “platform” (“sàn”, a site that takes money to invest) makes you pay “tax” before you can withdraw, gives 24 hours and threatens to freeze the account. “Customer care” (CSKH) is just a name they gave themselves. Paying more only loses more; stop and report it to the commune police.

m-f-nhom-vip-coin-sender = 0779 xxx 215
m-f-nhom-vip-coin-body = VIP coin signals group: we guarantee to triple your account in 30 days. Joining fee 5 million, transfer to account 0451xxxx VO THANH PHONG, money back if you lose.
m-f-nhom-vip-coin-explain = Scam: an unknown number guarantees triple profits and asks for a fee first into a personal account. With real investments nobody guarantees a profit; delete the message.

# G. Romance, gifts from abroad

m-g-hop-qua-usd-sender = Zalo · David Miller (stranger)
m-g-hop-qua-usd-body = My love, I have sent you a gift box with 50,000 dollars and an iPhone. Customs will call you; please pay the customs clearance fee for me. Don't tell anyone, or people will be jealous.
m-g-hop-qua-usd-explain = Scam: a stranger met online pretends to be a foreigner in love with you, promises a big gift, invents “customs” who will call, makes you pay a “customs clearance fee” (a fee for getting goods through customs) and tells you to keep it secret. Someone you have never met who sends a big gift and then makes you pay a fee is a scammer; tell your family and stop talking to him.

m-g-phi-bao-hiem-qua-sender = Call from +44 7xxx xxx 781
m-g-phi-bao-hiem-qua-body =
    Caller: We are an international shipping company. The gift parcel sent to you is over the allowed limit.
    Caller: Pay 18 million insurance fee to the account of our employee Hoàng Văn Lâm today to have it delivered, or the parcel will be confiscated.
m-g-phi-bao-hiem-qua-explain = Scam: an unknown foreign number claims to be a shipping company, demands a fee for a gift into a personal account, rushes you to pay today and threatens confiscation. Hang up and do not transfer anything.

m-g-bac-si-tau-bien-sender = Zalo · Robert (stranger)
m-g-bac-si-tau-bien-body = I'm a doctor working on a ship, coming to Vietnam soon to marry you. Lend me 30 million for my leave fee, and when I arrive I'll pay you back double.
m-g-bac-si-tau-bien-explain = Romance scam: someone you have never met calls himself a doctor, promises marriage and double repayment to borrow money. Do not transfer anything, and tell your family about it.

# H. "Your child is in the emergency room"

m-h-phong-mo-sender = Call from 0327 xxx 866
m-h-phong-mo-body =
    Caller: Are you the mother of Minh, class 6A? He fell down the stairs with a head injury and is in the operating room.
    Caller: Transfer 40 million right now to Doctor Hùng's account so the operation can start in time.
m-h-phong-mo-explain = Scam: an unknown number panics you and rushes you to transfer money right away into one person's account. Hospitals do not demand transfers by phone; hang up and call the teacher or the school on a number you already have.

m-h-giao-vien-sender = Call from 0856 xxx 093
m-h-giao-vien-body =
    Caller: I'm your child's class teacher. Your child has had an accident, and the hospital requires the fee to be paid first.
    Caller: Transfer 20 million right now to my account so I can pay it. Don't call your child, he is unconscious.
m-h-giao-vien-explain = Scam: an unknown number claims to be a teacher, rushes you to transfer money to a private account and stops you from calling to check. Hang up and call the school or your family on the usual numbers.

m-h-khoa-cap-cuu-sender = Call from 0292 xxx 417
m-h-khoa-cap-cuu-body =
    Caller: Hello, this is the emergency department. Are you a relative of Nguyễn Văn An?
    Caller: Transfer a 25 million advance right now to the account of the nurse on duty, or we cannot operate.
m-h-khoa-cap-cuu-explain = Scam: an unknown number claims to be a hospital, threatens that there will be no operation and rushes you to transfer money to one person's account. Hospitals do not demand money by phone; call your relative on the usual number, or go to the hospital yourself.

# I. A relative's hijacked account, fake video

m-i-con-trai-hop-sender = Zalo · Tuấn (son)
m-i-con-trai-hop-body =
    Mum, I'm short of money to pay back a friend. Please transfer 15 million right now to my friend's account. I'm in a meeting and can't answer the phone.
    (Then there is a video call of about 5 seconds with a blurry picture, then “weak signal” and it hangs up.)
m-i-con-trai-hop-explain = Scam: your son's Zalo may have been taken over and the video may be fake; the message rushes you to transfer money to someone else's account and avoids a phone call. Call your son's usual phone number to ask before doing anything.

m-i-chau-hoa-hoc-phi-sender = Zalo · Hoa (niece)
m-i-chau-hoa-hoc-phi-body = Auntie, it's Hoa. Can I borrow 8 million for my school fees? I'll send it back tonight. My account has a problem, so please transfer it to my sister's account.
m-i-chau-hoa-hoc-phi-explain = Scam: your niece's Zalo account may have been taken over by a scammer, which is why the money must go to someone else's account. Call Hoa's usual number to ask; if it really is her, transfer to an account in her own name.

m-i-video-san-bay-sender = Zalo video call · Nam (younger brother)
m-i-video-san-bay-body =
    Caller: I'm at the airport and they are holding my luggage. Transfer 12 million urgently to this customs officer's account.
    (The video is blurry, the lips don't match the voice, “your brother” does not answer your question properly, then hangs up.)
m-i-video-san-bay-explain = Scam: the video may be fake because it is blurry and does not answer your question properly, and it rushes you to transfer money to a stranger's account. Call your brother's usual phone number to check.

# J. Fake electricity company staff

m-j-cat-dien-20h-sender = Call from 0388 xxx 562
m-j-cat-dien-20h-body =
    Caller: The electricity company informs you that your household owes 2 months of electricity bills; the power will be cut at 8 pm today.
    Caller: Transfer 1,460,000 dong to the account of the collector, Lý Văn Thắng, to keep your power on.
m-j-cat-dien-20h-explain = Scam: an unknown number pretends to be the electricity company, threatens to cut the power within hours and demands a transfer to a personal account. Hang up, check your bill the way you usually do, or ask at the electricity company office.

m-j-ma-kh-moi-sender = Zalo · Electricity Customer Care (stranger)
m-j-ma-kh-moi-body = From this month the old customer codes are cancelled. Install the new electricity app from the link evn-capnhat[.]com to update, or you won't be able to pay your electricity bill.
m-j-ma-kh-moi-explain = Scam: a stranger's account pretends to be the electricity company, makes you install an app from a link and threatens that you won't be able to pay. Anyone can put “customer care” (CSKH) in a Zalo name. Do not tap the link; if you have questions, ask at the electricity company office.

m-j-dong-ho-gian-lan-sender = Call from 0704 xxx 318
m-j-dong-ho-gian-lan-body =
    Caller: The electricity meter at your house shows signs of tampering. You must pay a 5 million fine to avoid criminal charges.
    Caller: Add this number on Zalo to receive the report. Don't let anyone else know about this.
m-j-dong-ho-gian-lan-explain = Scam: an unknown number pretends to be the electricity company, threatens criminal charges, demands a fine and tells you to keep it quiet. Hang up and ask at the electricity company office in person.

m-j-hoan-tien-dien-sender = 0917 xxx 205
m-j-hoan-tien-dien-body = Electricity company: you are due a refund of 245,000 dong for overcharged electricity. Send photos of both sides of your bank card and the OTP code by Zalo to 08xx xxx 126 to get it back.
m-j-hoan-tien-dien-explain = Scam: an unknown number pretends to be the electricity company, promises a refund but asks for photos of your bank card and your OTP code. Nobody needs your OTP code to pay you; delete the message.

# K. Prizes, reward points

m-k-trung-xe-sh-sender = 0865 xxx 731
m-k-trung-xe-sh-body = Congratulations, your phone number has won an SH motorbike in the network's customer appreciation programme. Pay a 2 million registration fee to receive it.
m-k-trung-xe-sh-explain = Scam: an unknown number uses the phone network's name to announce a big prize and demands a fee first. Do not pay anything, and delete the message.

m-k-doi-diem-iphone-sender = Ngan hang
m-k-doi-diem-iphone-body = Your 10,460 card points expire today. Exchange them now for an iPhone 16 at doidiem-nh[.]vip
m-k-doi-diem-iphone-explain = Scam: a fake message in a bank's name, sometimes right in the bank's real message thread; it promises a big gift, rushes you with “today” and has a strange link. Do not tap it; to ask about reward points, ask at the bank counter.

m-k-qua-tet-sender = Zalo · Tết Appreciation Gifts (stranger)
m-k-qua-tet-body = You have been chosen to receive a Tết gift from the Ministry. Fill in your full name, ID card number and OTP code in the form at quatet-trian[.]online to have the gift delivered to your home.
m-k-qua-tet-explain = Scam: a stranger uses a government office's name to promise a gift, sends a strange link and asks for your ID number and OTP code. Receiving a gift never needs an OTP code; do not fill in anything.

# L. Swapped QR codes

m-l-dan-de-quay-sender = Call from 0849 xxx 577
m-l-dan-de-quay-body =
    Caller: Hello, are you the owner of the grocery shop? I'm the bank employee in charge of QR codes.
    Caller: This afternoon I'll come by and stick a new QR code over the old one on your counter. You don't need to check anything, customers' payments will still go to your account.
m-l-dan-de-quay-explain = QR-swap scam: a stranger claiming to be from a bank wants to stick their QR code over the shop's code, so that customers' payments go into the scammer's account. Do not let anyone stick a strange code on your counter; if you want a new code, go to your bank yourself.

m-l-ma-chung-cho-sender = Zalo · Market Management Board (stranger)
m-l-ma-chung-cho-body =
    The Market Management Board announces: from tomorrow all stalls use a shared QR code.
    Each stall must print the QR code in this picture and stick it over its old code before 7 am. The screen shows the name NGUYEN VAN KHOA, the market accountant.
m-l-ma-chung-cho-explain = QR-swap scam: a stranger's account tells you to stick a new code over your stall's code; customers' payments would go to a stranger's account instead of yours. Ask the market management board in person and keep your own code.

m-l-quan-com-sender = Zalo · Bà Tư's Rice Shop (stranger)
m-l-quan-com-body = The shop has changed its QR code. Scan the code in this picture to pay for your meal. If the confirmation screen shows the name TRAN VAN KIEN, just go ahead, no need to call the shop.
m-l-quan-com-explain = Scam: a stranger's account pretends to be the shop, sends a QR code whose receiver is not the shop owner, and tells you not to call. Call the shop on the number you know; the name on the confirmation screen must be the shop owner's.

# M. Renting, lending, buying and selling bank accounts

m-m-thue-tai-khoan-sender = Zalo · Side Jobs (stranger)
m-m-thue-tai-khoan-body = Looking to rent a bank account in the owner's own name, paying 800 thousand a month. Just send a photo of your ID card, your SIM card and your banking app password.
m-m-thue-tai-khoan-explain = Scam: accounts are rented so scammers can pass stolen money through your account; renting out or selling an account is against the law and can be punished. Say no and send nothing.

m-m-mo-ho-tai-khoan-sender = Call from 0763 xxx 804
m-m-mo-ho-tai-khoan-body =
    Caller: I need someone to open 3 online bank accounts for me; I'll pay 500 thousand for each.
    Caller: You open them with your own ID card, then send me the usernames and passwords, and that's it. Don't tell anyone.
m-m-mo-ho-tai-khoan-explain = Scam: a stranger pays you to open accounts and hand over the passwords, and tells you to keep it secret. Those accounts will be used to receive scam money and you can be punished; say no.

m-m-nhan-ho-tien-sender = Zalo · Dũng (stranger)
m-m-nhan-ho-tien-body = Lend me your account number to receive payments for my goods. When the money comes in, transfer it back to my account, and I'll give you 10% commission.
m-m-nhan-ho-tien-explain = Scam: a stranger wants to use your account to receive money, which may be money stolen from other people. Lending your account is against the law; say no.

# N. Loan apps

m-n-phi-bao-hiem-vay-sender = 0598 xxx 130
m-n-phi-bao-hiem-vay-body = Your application for a 50 million loan with no collateral has been approved. Pay a 2.5 million loan insurance fee to the account of the appraisal officer to get the money today.
m-n-phi-bao-hiem-vay-explain = Scam: it promises an easy loan but demands a fee first into a personal account, and rushes you to pay today. “Disbursement” (“giải ngân”) means paying the loan money out to the borrower; a real loan does not make you pay a fee into someone's own account. Do not pay; if you need a loan, go and ask at a bank counter.

m-n-dong-bang-sender = Zalo · Fast Finance (stranger)
m-n-dong-bang-body = Your loan has been frozen because you entered a wrong account number. Pay 5 million within 2 hours to unlock it; the money will be returned when the loan is paid out. If you miss the deadline, you will be fined under the contract.
m-n-dong-bang-explain = Scam: it invents a “wrong account number” error to make you pay, gives 2 hours and threatens a fine. “Disbursement” (“giải ngân”) means paying the loan out to you, but here, however much you pay, there is no loan; stop and report it to the commune police.

m-n-app-danh-ba-sender = 0354 xxx 982
m-n-app-danh-ba-body = Borrow 10 million with no collateral, approved in 5 minutes. Download the app at vaynhanh-5phut[.]app and give it permission to see the contacts and photos on your phone.
m-n-app-danh-ba-explain = Scam: an unknown number promises an easy loan, sends a link to install an app from outside CH Play and the App Store, and wants your contacts and photos to chase debts later and shame you in front of people you know. Do not install it.

# New forms of 2025–2026 (../shared/domain.md §4.4)

# O. Social insurance, pensions

m-o-bhxh-tet-sender = Call from 0934 xxx 571
m-o-bhxh-tet-body =
    Caller: Hello, I'm from social insurance. Because you receive a pension, you get an extra 2 million in Tết support money.
    Caller: I've just sent an OTP code to your phone. Read it to me so I can transfer the money to you.
m-o-bhxh-tet-explain = Scam: an unknown number claims to be social insurance, promises Tết support money and then asks for your OTP code. Receiving money never needs you to read an OTP code to anyone. The real hotline of Vietnam Social Security is 1900 9068; hang up and dial it yourself to ask.

m-o-bhxh-tich-hop-sender = Zalo · BHXH Support (stranger)
m-o-bhxh-tich-hop-body =
    Your social-insurance book has not been integrated into VNeID yet; from next month your pension will be suspended.
    Install the app at bhxh-tichhop[.]site to integrate it, and whatever the phone asks, just tap “Allow”.
m-o-bhxh-tich-hop-explain = Scam: a stranger's account borrows the name of social insurance (BHXH), threatens to stop your pension and tells you to install an app from a link. “Integrate” means put together in one place; that never needs you to install an app from anyone's link. Do not tap it; to ask, call 1900 9068 yourself, the real hotline of Vietnam Social Security.

m-o-luong-huu-cap-nhat-sender = Call from 0842 xxx 306
m-o-luong-huu-cap-nhat-body =
    Caller: Hello, this is social insurance. Your pension file is missing information after the merger and must be updated today.
    Caller: Read me your ID card number, the number of the account your pension goes to and how much money is in it. If you don't update, you won't get your pension this month.
m-o-luong-huu-cap-nhat-explain = Scam: an unknown number claims to be social insurance, rushes you to act today, threatens that you will not get your pension and asks for your ID number, your account number and how much money you have. Read out nothing; hang up and call 1900 9068 yourself, the real hotline of Vietnam Social Security.

# P. Fake traffic fines, fake look-up portals

m-p-phat-nguoi-link-sender = 0569 xxx 213
m-p-phat-nguoi-link-body = Traffic police notice: your motorbike broke the speed limit and has a camera fine of 1,500,000 dong. Pay before 5 pm on 25/10 at dichvucong-phatnguoi[.]site, or your driving licence will be withdrawn.
m-p-phat-nguoi-link-explain = Scam: an unknown number claims to be the traffic police (CSGT), threatens to take your driving licence, sets a deadline and tells you to pay the fine through a link. That site only pretends to be the Public Service Portal. Never pay a fine through a link in a message; look it up yourself in the VNeTraffic app or on the National Public Service Portal.

m-p-phat-nguoi-qr-sender = Zalo · Camera-fine Look-up (stranger)
m-p-phat-nguoi-qr-body =
    Your motorbike has a camera fine report for running a red light, with camera pictures.
    Scan the QR code in this picture to see the offence and pay the fine today. After the deadline the file goes for processing and the motorbike will be impounded.
m-p-phat-nguoi-qr-explain = Scam: a stranger's account uses a camera fine (“phạt nguội”) as bait, sends a strange QR code to pay, rushes you to pay today and threatens to impound the motorbike. A strange QR code is just like a link: do not scan it. To know whether your vehicle has a fine, look it up yourself in the VNeTraffic app or on the National Public Service Portal.

# Q. Fake tax officers, “reinstall eTax”

m-q-thue-etax-zalo-sender = Zalo · Tax officer Phạm Hòa (stranger)
m-q-thue-etax-zalo-body =
    (You run a small grocery shop. This person also sends a picture of an invitation letter with a red stamp.)
    The tax office invites your household business to a meeting about tax. Before you come, uninstall your old eTax Mobile, install the new version from etax-capnhat[.]app and log in with your eTax password. If you don't install it, your file will be fined for late filing.
m-q-thue-etax-zalo-explain = Scam: a stranger pretends to be a tax officer, sends an invitation with a fake red stamp to look real, then tells you to reinstall eTax Mobile from a link, asks for your password and threatens a fine. Every app is installed only from CH Play or the App Store. If you have an invitation, take it to the tax office in person and ask; do not call the number written on it.

m-q-thue-goi-cai-lai-sender = Call from 0826 xxx 940
m-q-thue-goi-cai-lai-body =
    Caller: I'm a tax officer. Household businesses now have to declare tax in a new way; your shop hasn't declared yet, so you will be fined soon.
    Caller: Add this number on Zalo, I'll send you a link to reinstall the new eTax Mobile, and once it's installed I'll declare for you.
m-q-thue-goi-cai-lai-explain = Scam: an unknown number claims to be a tax officer, threatens a fine and wants to send you a link to reinstall eTax Mobile. An app installed from a link can read your messages, take your OTP codes and drain your money. Hang up, install apps only from CH Play or the App Store, and ask the tax office directly.

# R. “We'll get your lost money back”

m-r-luat-su-lay-lai-sender = Zalo · Lawyer Minh – Scam Money Recovery (stranger)
m-r-luat-su-lay-lai-body = We know you have just lost 30 million to a scam online. Our law office can get 100% of it back in 7 days. You only need to pay a 3 million file fee first.
m-r-luat-su-lay-lai-explain = Second scam: the scammers know you have just lost money, pose as a lawyer promising to get it all back, then ask for a fee first. A stranger who finds you and promises to get your money back if you pay a fee is a well-known trick. Report it to the commune police or call 156, and do not send another dong.

m-r-cong-an-tra-tien-sender = Call from 0708 xxx 155
m-r-cong-an-tra-tien-body =
    Caller: I'm an officer of the provincial police. We have caught the gang that scammed you last month, and your money will be returned.
    Caller: Pay a 2 million verification fee to the account of the officer in charge, Lê Văn Tâm. The case is under investigation, so don't tell anyone.
m-r-cong-an-tra-tien-explain = Second scam: an unknown number pretends to be the police, promises to return the money you lost but demands a fee into one person's account and tells you to keep it secret. The police never ask for money to give your money back. Hang up and go to the commune police yourself to ask about your case.

# S. After the merger: a fee to re-issue the ID card, “re-confirm VNeID”

m-sap-nhap-cap-doi-sms-sender = 0523 xxx 718
m-sap-nhap-cap-doi-sms-body = Commune police notice: after the merger, ID cards with the old address will no longer be valid from 01/12. Pay the 22,000 dong re-issue fee at capdoi-cancuoc[.]online before 30/11 so that your bank account is not locked.
m-sap-nhap-cap-doi-sms-explain = Scam: an unknown number invents the idea that old ID cards “are no longer valid”, threatens to lock your account, sets a deadline and tells you to pay a fee through a link. After the merger, old ID cards are still valid and you do not have to change them; if you want one with the new address, it is free in the VNeID app. The small fee is only bait: one person paid 22 thousand and then lost more than a hundred million.

m-sap-nhap-cap-doi-zalo-sender = Zalo · New ward police (stranger)
m-sap-nhap-cap-doi-zalo-body = After the merger, you must get a new ID card with the new ward name. Take photos of both sides of your ID card and send them to me, and transfer the 150,000 dong card fee to the account of officer Vũ Thị Ngân; I'll do it for you at home, so you don't have to travel.
m-sap-nhap-cap-doi-zalo-explain = Scam: a stranger pretends to be the police and asks for photos of your ID card and a fee into one person's account. After the merger you do not have to get a new card; anyone who wants one with the new address can do it for free in the VNeID app. Send nothing, transfer nothing, and ask the police where you live directly.

m-sap-nhap-vneid-sms-sender = 0387 xxx 602
m-sap-nhap-vneid-sms-body = VNeID: Because of the merger of administrative units, your e-ID account must be re-confirmed within 48h, or it will be locked. Confirm at vneid-xacnhan[.]site with your password and passcode.
m-sap-nhap-vneid-sms-explain = Scam: the message uses the merger as an excuse, threatens to lock your VNeID, gives 48 hours, has a strange link and asks for your password and passcode (the 6-digit code you set in VNeID). The real VNeID site is vneid[.]gov[.]vn, and nobody should know your passcode. Do not tap; if you need to check, open your own VNeID app yourself.

m-sap-nhap-vneid-goi-sender = Call from 0976 xxx 233
m-sap-nhap-vneid-goi-body =
    Caller: I'm an officer of the new commune police. After the merger, your VNeID account must be re-confirmed under the new commune's name.
    Caller: I'll send you a link on Zalo; install that app, then read me the OTP code and that's it, no need to come to the commune office.
m-sap-nhap-vneid-goi-explain = Scam: an unknown number pretends to be the new commune police, tells you to install an app from a link and asks for your OTP code. The police only guide you with VNeID in person at their office, and do not phone to tell you to re-confirm it. Hang up; if you have questions, go and ask at the commune police.

m-sap-nhap-vneid-zalo-sender = Zalo · New Đông Hải Commune People's Committee (stranger)
m-sap-nhap-vneid-zalo-body = Notice: after the merger, residents must re-confirm their VNeID accounts. Scan the QR code in this picture, then take a photo of your face and both sides of your ID card and send them in to finish.
m-sap-nhap-vneid-zalo-explain = Scam: a stranger's account borrows the name of the commune People's Committee, sends a strange QR code and asks for a photo of your face and of your ID card. Nobody makes you re-confirm VNeID through a strange QR code; a face scan is only done in the VNeID or banking app you opened yourself. Ask the commune People's Committee in person.

# T. “Upgrade your SIM, switch to eSIM” to get your OTP

m-t-esim-goi-sender = Call from 0899 xxx 471
m-t-esim-goi-body =
    Caller: I'm from the phone network's call centre. Your SIM is old and will be blocked for calls and messages today. I'll switch you to an eSIM right now.
    Caller: I've just sent an OTP code to your phone; read it to me to confirm.
m-t-esim-goi-explain = Scam: an unknown number claims to be the phone network, threatens to block your SIM today and then asks for your OTP code. An “eSIM” is a SIM built into the phone; if you read that code out, your phone number moves to the scammer's SIM, and then your bank's OTP codes go to their phone too. Hang up; if you want to change your SIM, go to the network's shop in person.

m-t-sim-4g-sms-sender = 0366 xxx 059
m-t-sim-4g-sms-body = Network notice: your SIM has not been upgraded to 4G and will lose signal in 24h. To upgrade, reply to this message with the OTP code you have just received.
m-t-sim-4g-sms-explain = Scam: an unknown number borrows the phone network's name, threatens to cut your signal in 24 hours and tells you to send back an OTP code. With that code, the scammer can move your phone number to their SIM. Delete the message; if you have questions, ask at the network's shop.

m-t-esim-zalo-sender = Zalo · Network Offers (stranger)
m-t-esim-zalo-body = Switch to eSIM and get 6 months of free mobile data. Send me photos of both sides of your ID card, your phone number and the OTP code you will receive, and we'll set up the eSIM for you.
m-t-esim-zalo-explain = Scam: a stranger promises a big gift to get photos of your ID card and your OTP code, which is enough to take over your phone number. An “eSIM” is a SIM built into the phone; send nothing, and if you want an eSIM, go to the network's shop in person.

## Final check: safe messages

m-s-vneid-phe-duyet-sender = Police Dept. for Administrative Management of Social Order
m-s-vneid-phe-duyet-body =
    (Last week you registered for an e-ID account at the commune police.)
    The Police Department for Administrative Management of Social Order informs you: the e-ID account registration of citizen NGUYEN VAN BINH has been approved. Please open the VNeID app or go to vneid[.]gov[.]vn to activate the account.
m-s-vneid-phe-duyet-explain = Safe: the message comes after you yourself registered at the commune police, only mentions the VNeID app and the official site vneid[.]gov[.]vn, asks for nothing and demands no money. Open the VNeID app you installed from CH Play or the App Store yourself to activate it, and read your OTP code to no one.

m-s-otp-tu-chuyen-sender = Agribank
m-s-otp-tu-chuyen-body =
    (You have just tapped transfer money to your child in your own banking app.)
    Your OTP code is 482913, valid for 3 minutes. NEVER give this code to anyone, including bank staff.
m-s-otp-tu-chuyen-explain = Safe: the OTP code came just as you yourself tapped to transfer money, and the message has no link. Enter the code only in your own app and read it to no one, even someone who says they are bank staff.

m-s-bao-tien-dien-sender = Power company
m-s-bao-tien-dien-body = Electricity company notice: the September electricity bill for customer code PA0xxxxxxx is 312,450 dong. Please pay through your banking app, an e-wallet or an Electricity company payment point.
m-s-bao-tien-dien-explain = Safe: this is the monthly electricity bill notice, giving only the amount and the usual places to pay; no link, no threat of an immediate cut-off, no transfer to a personal account. Pay through your banking app or the payment point you know, never to someone who phones you demanding money.

m-s-ho-so-khai-sinh-sender = Public services
m-s-ho-so-khai-sinh-body =
    (This morning you submitted the birth registration for your grandchild.)
    Your birth registration file has been received; the result is due on 20/10. Check it on the National Public Service Portal or in the VNeID app.
m-s-ho-so-khai-sinh-explain = Safe: the message is about the birth registration you submitted this morning, only mentions places you already use, has no link and asks for no money. Open the VNeID app or the Public Service Portal yourself to check, and don't follow anyone who phones to “help” with your file.

m-s-shipper-that-sender = Call from 0912 xxx 678
m-s-shipper-that-body =
    (You ordered a rice cooker in a shopping app. This number matches the delivery person's number shown in the app.)
    Caller: Hello, I'm delivering the rice cooker you ordered. I'm at your gate; please come and get it, check it, then pay me 650,000 dong.
m-s-shipper-that-explain = Safe: you did order a rice cooker, the number calling matches the delivery person's number in the app, and you pay after you have seen the goods. Still remember: no parcel seen, no money sent to anyone.

m-s-bien-dong-so-du-sender = Agribank
m-s-bien-dong-so-du-body =
    (Your daughter has just called from her usual number, saying she will send you money.)
    Account 3206xxxx815 +2,000,000 VND at 09:12 15/10. Balance: 5,430,000 VND. Note: TRAN THI HOA sends money to mum
m-s-bien-dong-so-du-explain = Safe: your daughter has just called from her usual number to say she is sending money, and the message only reports money coming in; no link, no questions, no demands. Still, open your banking app to see your real balance rather than trusting the message alone.

m-s-hop-thon-sender = Zalo · Đồng Tâm hamlet group · Hamlet head
m-s-hop-thon-body = Notice: at 8 am this Sunday the hamlet meets at the cultural house to discuss building the concrete road. Each household is invited to send one person.
m-s-hop-thon-explain = Safe: the hamlet head invites you to a meeting in person at the cultural house about a matter for the whole hamlet; no link, no money, no questions about your information. If a message in the group ever asks you to transfer money, still ask the hamlet head in person first.

m-s-con-goi-lai-sender = Call from Hoa (daughter)
m-s-con-goi-lai-body =
    Hoa: Mum, I'm short for the rent this month. Could you lend me 2 million? Transfer it to my account, please.
    (You hang up and call Hoa back on her usual number. Hoa answers, talks normally and explains the whole story. When you transfer, the screen shows her name, TRAN THI HOA.)
m-s-con-goi-lai-explain = Safe: you hung up, called your daughter back on her usual number to ask, and the money goes to an account in her own name. Every time a relative asks for money, call back to check like this.

m-s-muc2-cong-an-xa-sender = Zalo · Đồng Tâm hamlet group · Hamlet head
m-s-muc2-cong-an-xa-body = The commune police asked the hamlet to announce: anyone without a level-2 e-ID account should bring their chip ID card to the commune police station during office hours to have it done in person. Remember your own phone number.
m-s-muc2-cong-an-xa-explain = Safe: this is a general notice the commune police asked the hamlet to pass on, inviting you to their office to do it in person; no link, no OTP code or personal information asked by message. The police may pass on general notices like this; if anyone phones to guide you through e-ID registration by phone, hang up.

m-s-giao-hang-sms-sender = 0977 xxx 210
m-s-giao-hang-sms-body =
    (Yesterday you ordered seeds in a shopping app.)
    Your seed order will be delivered this afternoon. The delivery person will call before arriving. Check the goods, then pay when you receive them.
m-s-giao-hang-sms-explain = Safe: you did order seeds yesterday, the message gives the delivery time and lets you pay on receipt; no link, no money asked in advance. Still, only pay once the parcel is in your hands.

m-s-qr-co-lan-sender = Zalo · Mrs Lan the vegetable seller
m-s-qr-co-lan-body =
    (Mrs Lan is the woman you always buy vegetables from; you have been Zalo friends for a long time. You have just ordered vegetables.)
    Here is my QR code. Scan it, and when you see the name NGUYEN THI LAN, transfer 45,000 dong for the vegetables.
m-s-qr-co-lan-explain = Safe: Mrs Lan is someone you have known for years, you have just ordered vegetables, and the receiver's name is hers. When you scan, still check the name and the amount on the confirmation screen carefully before you tap transfer. If the sender tells you to pay a different name, or you ordered nothing, do not scan.

m-s-ngan-hang-canh-bao-sender = Agribank
m-s-ngan-hang-canh-bao-body = Agribank advises: Agribank does NOT ask you for your password or OTP code by phone, text message or social media. Do not tap strange links.
m-s-ngan-hang-canh-bao-explain = Safe: the message only advises you to be careful; no link, no questions, nothing to do. What it says is what you learned today: nobody should know your password or OTP code.

m-s-con-chuyen-tien-sender = Zalo · Tuấn (son)
m-s-con-chuyen-tien-body = Mum, I've just transferred 3 million to your account so you can pay Na's school fees. Open your banking app and check whether it has arrived.
m-s-con-chuyen-tien-explain = Safe: your son is sending you money, not asking for it; no code asked, no link. If this Zalo account ever asks you for money, still call your son's usual number to ask first.

m-s-tiem-chung-sender = Zalo · Đồng Tâm hamlet group · Hamlet health worker
m-s-tiem-chung-body = The commune health station will vaccinate children under 1 year old on Thursday morning this week, at the commune health station. Families, remember to bring the baby's vaccination book.
m-s-tiem-chung-explain = Safe: the message invites you to take the baby to the commune health station in person for vaccination; no link, no money collected by message, no questions about your information. If anything is unclear, ask the hamlet health worker directly.

m-s-cat-dien-bao-duong-sender = Power company
m-s-cat-dien-bao-duong-body = Electricity company notice: power supply will be suspended for grid maintenance from 7:00 to 11:00 on 20/10 in the Dong Tam hamlet area. We apologise for the inconvenience.
m-s-cat-dien-bao-duong-explain = Safe: this is a planned power cut for repairing the grid, announced in advance with the day, the hours and the place; it asks for no money, has no link and does not make you do anything. If someone phones saying “you owe money, your power will be cut” and demands a transfer, that is the scam.

m-s-ly-lich-tu-phap-sender = Public services
m-s-ly-lich-tu-phap-body =
    (Last week you requested a judicial record certificate, a paper saying whether you have ever been convicted of a crime, in the VNeID app.)
    Your request for a judicial record certificate has a result. Receive it in the way you registered, or check it in the VNeID app.
m-s-ly-lich-tu-phap-explain = Safe: the message gives the result of what you requested last week and only mentions the VNeID app; no link, no money. Open the VNeID app yourself to check, and don't tap any strange link that claims to be for “getting your result”.

m-s-goi-tong-dai-sender = Outgoing call · Bank hotline (number printed on the card)
m-s-goi-tong-dai-body =
    (You saw a strange message in your bank's name, so you called the hotline number printed on your own bank card yourself.)
    Operator: That message is not from the bank, please don't tap the link. Your account is fine. You don't need to read any OTP code or password to me.
m-s-goi-tong-dai-explain = Safe: you made the call yourself, to the hotline printed on your card, and the person who answered did not ask for your OTP code or password. Only call numbers you found yourself on your card or bank papers, never a number given in a strange message.

m-s-to-cong-nghe-so-sender = Zalo · Hùng from the digital technology team
m-s-to-cong-nghe-so-body = This Sunday at 8 am, the digital technology team will show everyone how to pay by QR code and how to recognise scam messages, at the hamlet cultural house. It's free; please bring your phones.
m-s-to-cong-nghe-so-explain = Safe: someone you know from the hamlet's digital technology team invites you to learn in person, for free; no link, no questions about your information. Even the helper does not need to know your OTP code or password.

## Final check: what to do next

c-video-cong-an-prompt = Someone makes a Zalo video call, wearing a police uniform, and says you are involved in a criminal case. They tell you to look straight into the camera for a face scan. What do you do?
c-video-cong-an-tat-may = Hang up, then go and ask at the commune police yourself
c-video-cong-an-tat-may-feedback = That's right. The real police do not investigate by video call, and nobody does a face scan over a call. Hang up and ask the commune police in person.
c-video-cong-an-nhin-camera = Look into the camera so they can scan, since the uniform looks right
c-video-cong-an-nhin-camera-feedback = A police uniform, and even the picture in a video, can be faked. A face scan is only done in an app you opened yourself. Hang up and go and ask at the commune police.
c-video-cong-an-hoi-cap-bac = Ask their name and rank, then do it
c-video-cong-an-hoi-cap-bac-feedback = Scammers recite names and ranks very smoothly. The real police do not investigate or scan anyone's face by video; hang up and go to the commune police.

c-quet-mat-chuyen-tien-prompt = You open your own banking app yourself and transfer 15 million dong to your child. The app shows: face verification needed. What do you do?
c-quet-mat-chuyen-tien-bo-do = Stop, because being asked for your face is always a scam
c-quet-mat-chuyen-tien-bo-do-feedback = Not quite. When you transfer more than 10 million dong at once, your own banking app asks for your face; carry on in that app.
c-quet-mat-chuyen-tien-lam-tiep = Carry on right there in that app
c-quet-mat-chuyen-tien-lam-tiep-feedback = That's right. You opened the app and started a large transfer yourself, so this face-scan step is real.
c-quet-mat-chuyen-tien-goi-so-la = Call the unknown number that just texted you and ask them how to scan
c-quet-mat-chuyen-tien-goi-so-la-feedback = Do not ask a stranger. The face-scan step is already in your banking app; carry on right there.

c-tin-trong-khung-that-prompt = In the conversation named after your bank, right under the real balance messages, there is a new message: “Your account will be locked in 24 hours, update it at this link.” What do you do?
c-tin-trong-khung-that-bam-link = Tap it, because it sits with the real ones
c-tin-trong-khung-that-bam-link-feedback = A fake message can appear right in the bank's real thread. Do not tap; open your banking app yourself or call the number printed on your card.
c-tin-trong-khung-that-nhan-lai = Reply and ask
c-tin-trong-khung-that-nhan-lai-feedback = Replying means talking to the scammer. Open your banking app yourself or call the number printed on your card.
c-tin-trong-khung-that-tu-mo-app = Don't tap; open the banking app yourself or call the number on your card
c-tin-trong-khung-that-tu-mo-app-feedback = That's right. A fake message can sit right in the real thread; check through the app or the number printed on your card yourself.

c-so-nguoi-la-dua-prompt = A caller says he works for your bank and reads you a phone number: “Call me back on this number so you know I'm real.” You want to check. Which number do you call?
c-so-nguoi-la-dua-so-ho-doc = The number he just read out
c-so-nguoi-la-dua-so-ho-doc-feedback = That number may belong to his accomplices. Call the hotline printed on your own bank card.
c-so-nguoi-la-dua-so-tren-the = The hotline printed on your bank card
c-so-nguoi-la-dua-so-tren-the-feedback = That's right. Only call numbers you found yourself on your card or bank papers, never a number a stranger gives you.
c-so-nguoi-la-dua-so-vua-goi = Call back exactly the number that just called, to hear the voice again and be sure
c-so-nguoi-la-dua-so-vua-goi-feedback = Calling that number back reaches the same person. Call the hotline printed on your own bank card.

c-lo-doc-otp-prompt = A little while ago you read an OTP code out to someone who said they were bank staff. What do you do first, now?
c-lo-doc-otp-cho-xem = Wait a few days to see whether money is taken from the account, and only tell someone once it is gone
c-lo-doc-otp-cho-xem-feedback = Waiting wastes precious time. Call the number printed on your card right away to tell the bank, then tell the commune police.
c-lo-doc-otp-giau = Keep it quiet to avoid embarrassment
c-lo-doc-otp-giau-feedback = Don't be embarrassed; anyone can be scammed. Call the number printed on your card right away to tell the bank, then tell the commune police.
c-lo-doc-otp-bao-ngay = Call the number on your card right away to tell the bank, then the commune police
c-lo-doc-otp-bao-ngay-feedback = That's right. The sooner you tell them, the better the bank's chance of stopping the money.

c-bao-156-prompt = You have just hung up on a scam call and want to report it to the authorities. Which hotline do you call?
c-bao-156-so-vua-goi = The number that just called you, to tell them off
c-bao-156-so-vua-goi-feedback = Calling the scammer back does not help. The hotline for reporting scams is 156.
c-bao-156-so-156 = 156
c-bao-156-so-156-feedback = That's right. Call 156 to report or ask about a scam call or message.
c-bao-156-so-trong-tin = A number that a strange message gives for “reporting scams”
c-bao-156-so-trong-tin-feedback = A strange message may give a scammer's number. The hotline for reporting scams is 156.

c-bhxh-hoi-prompt = Someone calls saying they are from social insurance: you can receive Tết support money, you only need to read out an OTP code. You want to be sure. What do you do?
c-bhxh-hoi-goi-1900 = Hang up and dial 1900 9068 yourself to ask
c-bhxh-hoi-goi-1900-feedback = That's right. 1900 9068 is the real hotline of Vietnam Social Security, and you dial it yourself.
c-bhxh-hoi-doc-otp = Read out the code, since I'm receiving money, not losing any
c-bhxh-hoi-doc-otp-feedback = Receiving money never needs an OTP code. Hang up and call 1900 9068 yourself to ask.
c-bhxh-hoi-goi-lai = Call back the number that just called
c-bhxh-hoi-goi-lai-feedback = That number belongs to a stranger. Call 1900 9068 yourself, the real hotline of Vietnam Social Security.

c-phat-nguoi-prompt = You get a message saying your motorbike has a camera fine, with a link to pay it before 5 pm. What do you do?
c-phat-nguoi-nop-ngay = Tap it and pay at once to be in time
c-phat-nguoi-nop-ngay-feedback = Never pay a fine through a link in a message. Look it up yourself in the VNeTraffic app or on the National Public Service Portal.
c-phat-nguoi-tu-tra-cuu = Don't tap; look it up yourself in the VNeTraffic app or on the Public Service Portal
c-phat-nguoi-tu-tra-cuu-feedback = That's right. Open those official places yourself to see whether your vehicle has a fine.
c-phat-nguoi-goi-so-trong-tin = Call the number in the message to ask
c-phat-nguoi-goi-so-trong-tin-feedback = The number in a fake message is the scammer's. Look it up yourself in the VNeTraffic app or on the National Public Service Portal.

c-zalo-con-xin-tien-prompt = Your son's Zalo writes: “Mum, please transfer 10 million urgently to my friend's account.” Before transferring, what do you do?
c-zalo-con-xin-tien-nhan-hoi-zalo = Reply on that same Zalo to ask whether it is really him
c-zalo-con-xin-tien-nhan-hoi-zalo-feedback = If your son's Zalo has been taken over, the scammer will answer in his place. Call your son's usual phone number.
c-zalo-con-xin-tien-cho-video = Wait for a video call; if I see his face, send it
c-zalo-con-xin-tien-cho-video-feedback = Video can be faked too. Call your son's usual phone number to ask.
c-zalo-con-xin-tien-goi-so-quen = Call your son's usual phone number
c-zalo-con-xin-tien-goi-so-quen-feedback = That's right. Hear his own voice on the usual number before anything else; money only goes to an account in his own name.

c-cap-doi-can-cuoc-prompt = Someone writes: “After the commune merger, old ID cards are no longer valid; you must pay 50,000 dong to get a new one.” What do you do?
c-cap-doi-can-cuoc-khong-nop = Don't pay; the old card is still valid, and ask the commune police directly
c-cap-doi-can-cuoc-khong-nop-feedback = That's right. After the merger you do not have to change your card; if you want one with the new address, it is free in the VNeID app.
c-cap-doi-can-cuoc-nop-tien = Pay at once to be done with it, it's not much
c-cap-doi-can-cuoc-nop-tien-feedback = A small fee is only bait for bigger money. The old card is still valid; ask the commune police directly.
c-cap-doi-can-cuoc-gui-anh = Send photos of both sides of the card so they can see whether it must be redone
c-cap-doi-can-cuoc-gui-anh-feedback = Do not send photos of your ID card to a stranger. The old card is still valid; ask the commune police directly.

c-cong-an-khong-lam-prompt = Which of these do the real police never do?
c-cong-an-khong-lam-bao-zalo-thon = Ask the hamlet head to post the ID-card dates in the hamlet's Zalo group
c-cong-an-khong-lam-bao-zalo-thon-feedback = This can happen: the commune police ask the hamlet to pass on a general notice. What the police never do is phone to ask for an OTP code or tell you to transfer money.
c-cong-an-khong-lam-hoi-otp = Phone to ask for an OTP code, or a transfer “for checking”
c-cong-an-khong-lam-hoi-otp-feedback = That's right. The police never ask for an OTP code or passcode, or tell you to transfer money, whether by phone, Zalo or video.
c-cong-an-khong-lam-giay-moi = Send a written summons through the local authorities
c-cong-an-khong-lam-giay-moi-feedback = This is real: summons are sent on paper through the local authorities. What the police never do is phone to ask for an OTP code or tell you to transfer money.
