# Lesson: Paying by QR code. Vietnamese (vi.ftl) is the reference: this file must have exactly
# the same ids. See docs/lesson-format.md. Content must agree with ../shared/domain.md §3
# (VietQR) and §4.1, scam type L (a QR code pasted over the shop's own).
#
# Each "qr-pay" step S has three ids: S-task (the situation), S-hint (a pointer shown after a
# wrong choice), S-explain (why, shown after the right choice).
# The recipient's name on the confirm screen is written in CAPITALS WITHOUT ACCENTS, as banking
# apps show it. The learner's practice account is in the name HOC VIEN HOC SO (“Học Số learner”).
# All names are made up. Accounts are practice accounts: the letters HOCSOMAU then digits
# (see lesson.toml). Real account numbers are digits only, so no bank holds such an
# account: scanning a practice code with a real phone cannot move money.
# Amounts are written 45,000 dong.
# Face check for a large transfer: ../shared/domain.md §1.6 (thresholds 10 million dong
# per transfer, 20 million dong per day); fake “update your biometrics” SMS: §4.4.
# Real banking apps' button and menu names are not given (each bank differs, domain.md does
# not list them), so the lesson only says “the pay button”, “refuse”, “the QR scan button”.

lesson-title = Paying by QR code
lesson-summary = You practise scanning a QR code to pay, reading the recipient's name and the amount carefully before you press pay, spotting a code pasted over the real one, and receiving money with your own QR code.

## Practice

gioi-thieu-text =
    Nowadays many eateries, shops and market stalls have a square full of black and white dots for customers to pay with. That is a QR code.
    Transfer QR codes in Vietnam usually follow one shared standard, called VietQR. One VietQR code works with every banking app and e-wallet that supports VietQR. The shop can use one bank and you another, and you can still pay.
    The code holds the bank and the account number of the person who receives the money. Some codes also hold the amount.
    You scan the code with the banking app on your own phone. The money goes from your account to the recipient's account. Once money has been sent it does not come back by itself, so check carefully before you press pay.
    In this lesson you practise on a pretend banking app. No real money is sent. The names are all made up.
    The QR codes in this lesson are practice codes, marked MẪU (SAMPLE). The account number in a practice code starts with the letters HOCSOMAU. Real account numbers are digits only, so no bank has such an account. Practice codes are only for practising in this lesson: do not scan the codes on the screen with your real phone.
    Pressing the wrong thing is fine. Read the explanation and try again.

cach-quet-text =
    How to scan a code to pay:
    Step one: open the banking app on your phone and log in as usual.
    Step two: press the QR scan button. Each app puts this button in a different place. If you do not know where it is yet, ask a family member or the digital technology team to show you once.
    Step three: point your phone's camera at the QR code and hold your hand still for a moment. The app reads the code by itself.
    Step four: the app shows the confirm screen. This is the most important step: stop and read carefully.
    Scan only with your own bank's app, never with a strange app that someone told you to install.

man-hinh-xac-nhan-text =
    After scanning, the app shows the confirm screen. On it you see:
    The recipient's bank.
    The recipient's name: the name of the person who holds the receiving account, in capitals, without accents. For example, Mrs Lê Thị Mai is shown as LE THI MAI.
    The recipient's account number. In this practice, it starts with the letters HOCSOMAU, so you know it is a practice account, not a real one.
    The amount that will be sent.
    Before you press pay, check two things carefully.
    One: is the recipient's name the shop owner's name? If you do not know the owner's name, ask first.
    Two: is the amount what you owe?
    Only when both are right do you press pay. If something is wrong, refuse, do not pay, and ask the seller.
    Read slowly, and read again to be sure. There is no hurry.

lt-kiem-tra-gi-prompt = You have just scanned the code at an eatery and the confirm screen appears. Before you press pay, what do you need to check carefully?
lt-kiem-tra-gi-ten-va-so-tien = The recipient's name and the amount
lt-kiem-tra-gi-ten-va-so-tien-feedback = That's right. The name must be the shop owner's name, and the amount must be what you owe. Only when both are right do you press pay.
lt-kiem-tra-gi-cung-ngan-hang = Whether the recipient's bank is the same as mine
lt-kiem-tra-gi-cung-ngan-hang-feedback = You can pay even with a different bank: one VietQR code works with every banking app that supports VietQR. What you need to check is the recipient's name and the amount.
lt-kiem-tra-gi-ma-moi-ro-net = Whether the QR code is new and sharp
lt-kiem-tra-gi-ma-moi-ro-net-feedback = A new, sharp code can still be a fraudster's code stuck on top. What you need to check is the recipient's name and the amount on the confirm screen.

lt-pho-ba-mai-task = You eat a bowl of phở for 45,000 dong at Mrs Lê Thị Mai's eatery. Mrs Mai shows you a QR code with the amount in it on her phone for you to scan. Scan the code, read the confirm screen carefully, then choose to pay or refuse.
lt-pho-ba-mai-hint = Look at the confirm screen again: is the recipient Mrs Lê Thị Mai? Is the amount 45,000 dong? When both the name and the amount are right, you can pay.
lt-pho-ba-mai-explain = That's right. The recipient LE THI MAI is Mrs Lê Thị Mai, and 45,000 dong is the price of the bowl of phở. Both are right, so you pay.

hai-loai-ma-text =
    There are two kinds of QR code you often meet.
    The first kind: a printed code, stuck in place at the counter, used by every customer. This code usually has no amount in it. When you scan it, the amount box is empty: you type the amount you owe yourself. When you have typed it, read the number once more before you press pay.
    The second kind: a code with the amount in it. The seller makes this code for exactly what you are buying; it is usually shown on the seller's phone or screen. When you scan it, the amount is already filled in.
    An amount filled in for you can be wrong too: the seller typed it wrong, or added or left out a zero. Still compare the amount on the screen with what you owe.
    If the amount is wrong, do not pay. Ask the seller to make another code with the right amount.
    A tip for reading amounts: count the zeros. 45,000 dong has three zeros. 450,000 dong has four zeros.

lt-tap-hoa-task = You buy a packet of salt and a bar of soap at Mr Trần Văn Hùng's grocery shop, 32,000 dong in all. You scan the printed QR code stuck at the counter to pay.
lt-tap-hoa-hint = Is the recipient Mr Trần Văn Hùng? The code at this counter has no amount in it, so type exactly 32,000 yourself, read it again, then press pay.
lt-tap-hoa-explain = That's right. The recipient TRAN VAN HUNG is Mr Hùng. The code at the counter has no amount, so you type 32,000 dong yourself and read it again before paying.

lt-hang-rau-task = You buy two bunches of greens and five eggs at Mrs Nguyễn Thị Thu's stall, 30,000 dong in all. Mrs Thu shows you a QR code with the amount in it on her phone for you to scan.
lt-hang-rau-hint = The recipient is indeed Mrs Thu. Read the amount on the screen slowly, count each zero, then compare it with the 30,000 dong you owe.
lt-hang-rau-explain = That's right. The name is Mrs Thu's, but the amount is 300,000 dong, one zero too many compared with 30,000 dong. Do not pay; ask Mrs Thu to make the code again with the right amount.

ma-dan-de-text =
    There is a scam called QR code swapping. A fraudster prints a QR code for their own account and secretly sticks it over the shop's real code.
    When customers scan that code, the money goes into the fraudster's account. The shop owner receives nothing and sees no notice of money coming in.
    A code stuck on top looks exactly like the real one. Sometimes the sheet is crooked or stuck over an older one, but often nothing looks odd.
    The surest way to spot it is the confirm screen: the recipient's name on it is not the shop owner's name.
    If you see a strange name, do not pay, and tell the shop owner straight away. The owner will show you another way to pay, for example in cash. Telling them also saves the next customers from losing money.
    What if the strange name belongs to someone in the owner's family? Just ask the owner before you pay. It never hurts to ask to be sure.

lt-nuoc-mia-task = You buy a cup of sugarcane juice for 10,000 dong at Mr Phạm Văn Long's juice cart. A QR code printed with the amount 10,000 dong is stuck on the cart. Scan the code to pay.
lt-nuoc-mia-hint = The amount is right. Read the recipient's name on the screen again and compare it with the name of the juice cart's owner: Mr Phạm Văn Long.
lt-nuoc-mia-explain = That's right. The recipient is VUONG VAN THANH, not Mr Phạm Văn Long. This code may have been stuck over the real one. Do not pay; tell Mr Long straight away, then pay another way.

lt-sau-khi-tu-choi-prompt = You have just refused because the name on the confirm screen was not the shop owner's name. What do you do next?
lt-sau-khi-tu-choi-bao-chu-quan = Tell the owner that the code shows a strange name, then ask how else to pay
lt-sau-khi-tu-choi-bao-chu-quan-feedback = That's right. The owner needs to know so they can take the strange code down, and they will show you another way to pay, for example in cash. You also help the customers who come after you.
lt-sau-khi-tu-choi-quet-lai-roi-tra = Scan again; if it still shows that name, pay anyway
lt-sau-khi-tu-choi-quet-lai-roi-tra-feedback = Scanning again shows the same name, because the code has not changed. If the name is strange, do not pay. Tell the shop owner.
lt-sau-khi-tu-choi-lang-le-di = Quietly go home without a word
lt-sau-khi-tu-choi-lang-le-di-feedback = That way you have not paid, and the owner does not know the code was swapped, so the next customers may still lose money. Tell the owner, then pay another way.

khi-ban-hang-text =
    If you sell things and take payment by QR code, remember these points.
    Before you hand over the goods, check yourself that the money has reached your account: look at the money-in notice (balance change) in your own banking app. Only when the money is in, for the right amount, do you hand over the goods.
    Do not just look at the customer's phone screen or a screenshot. The word “successful” on the customer's phone does not mean the money has reached your account.
    Every day, check that nobody has stuck anything over the QR code at your counter. You can scan your own code as a test: the screen must show your own name.
    If a customer says they have paid but you see no money coming in, check the code at your counter straight away.

lt-khach-gio-dien-thoai-prompt = You sell a sack of rice for 250,000 dong at your shop. The customer scans the QR code at your counter, then holds up their phone: “Look, it's done.” What do you do before handing over the rice?
lt-khach-gio-dien-thoai-xem-ung-dung-minh = Open my own banking app and see whether 250,000 dong has come into my account
lt-khach-gio-dien-thoai-xem-ung-dung-minh-feedback = That's right. Only when your own bank says the money is in, for the right amount, do you hand over the goods.
lt-khach-gio-dien-thoai-tin-man-hinh-khach = Seeing the word “successful” on the customer's phone is enough
lt-khach-gio-dien-thoai-tin-man-hinh-khach-feedback = The customer's screen does not mean the money has reached your account. Check the money-in notice in your own banking app before handing over the goods.
lt-khach-gio-dien-thoai-dua-hang-truoc = Hand over the rice first and check the money this evening
lt-khach-gio-dien-thoai-dua-hang-truoc-feedback = If you only check in the evening and something is wrong, the customer is long gone. Check for the money right away in your own banking app, then hand over the goods.

nhan-tien-text =
    When someone pays you, you are the one receiving money.
    The right way to receive: open your own banking app, find your QR code, and show it to the person paying so they can scan it. This code carries your name and your account number.
    You can also print your code on paper and stick it up at your stall. The first time, ask a family member or the digital technology team to help.
    Remember: scanning a code is for sending money out, not for getting money in. If anyone tells you “scan this code to receive money” or “scan to get a refund”, it is a trap: if you scan, you send money to them.
    An OTP code is a number for one use only, which the bank sends to your phone by text message. It is only for you to type into your own app. Do not read out or send your OTP code or password to anyone, not even a seller, a buyer or someone who says they are bank staff. To receive money, you never need to give anyone an OTP code.
    In this lesson, your practice account is in the name HOC VIEN HOC SO.

lt-ban-mang-task = You sell 1 kg of dried bamboo shoots to a customer at the market, 240,000 dong in all. The customer wants to pay you by bank transfer. What do you do to receive the money?
lt-ban-mang-hint = You are the one receiving money. The receiver shows their own QR code for the payer to scan. If you scan a code, you become the one paying.
lt-ban-mang-explain = That's right. You show your own QR code for the customer to scan. The customer's screen will show the name HOC VIEN HOC SO. Then you check your own banking app, and hand over the goods only when you see the 240,000 dong has come in.

lt-otp-prompt = You have just paid by QR code at the market. A person standing nearby says they are bank staff, says your payment went wrong, and tells you to read out the OTP code just sent to your phone so they can “sort it out”. What do you do?
lt-otp-khong-doc = Read the code to nobody. Open my own banking app to check, or call the hotline printed on my card
lt-otp-khong-doc-feedback = That's right. An OTP code is only for you to type into your own app. Real bank staff do not ask for your OTP code.
lt-otp-doc-cho-nhanh = Read the code to that person to get it over with quickly
lt-otp-doc-cho-nhanh-feedback = An OTP code is like your house key: do not read it out to anyone, even someone who says they are bank staff. Open your own app yourself to check.
lt-otp-dua-dien-thoai = Hand my phone to that person to look
lt-otp-dua-dien-thoai-feedback = Handing your phone to a stranger is like handing over your house key. Keep your phone, open your banking app yourself to check, or call the hotline printed on your card.

xac-thuc-khuon-mat-text =
    When you make a large transfer, the banking app will ask you to verify your face, also called biometric verification: you look straight into the phone's camera so the app can recognise that it really is you sending the money.
    Under the State Bank's rules, this happens when you send more than 10 million dong in one transfer, or when the total you send in one day goes over 20 million dong.
    Paying for a bowl of phở or a bunch of greens usually does not need this step. Buying a calf or a motorbike usually does.
    The face check is done only in your own banking app, which you opened yourself on your own phone, while you yourself are sending money.
    Never scan your face on a video call, or in an app or a link that someone else sent you. Whoever tells you to do that, even if they say they are bank staff or police, is a scammer.
    To receive money, you only show your QR code for the payer to scan. You never have to scan your face for anyone.
    A text message telling you to tap a link to “update your biometrics” or your account will be locked is also a scam, even when it shows up together with the bank's real messages.

lt-khuon-mat-prompt = You buy a calf for 15,000,000 dong from Mr Hoàng Văn Sơn. You open your own banking app yourself, scan Mr Sơn's QR code, and see his right name and the right amount. After you press pay, the app asks you to look into the camera to verify your face. What do you do?
lt-khuon-mat-lam-theo = Follow the steps shown on the screen
lt-khuon-mat-lam-theo-feedback = That's right. You are sending more than 10 million dong in one transfer, in the banking app you opened yourself, so the app asking for your face is normal.
lt-khuon-mat-dung-lai-vi-lua = Stop and close the app, because a real bank never asks for your face
lt-khuon-mat-dung-lai-vi-lua-feedback = A real bank does ask, but only in your own app, when you make a large transfer. Here you opened the app yourself and are sending over 10 million dong, so go ahead.
lt-khuon-mat-nho-con-quet = Ask a grandchild to do the face check
lt-khuon-mat-nho-con-quet-feedback = The app needs to recognise you, the person sending the money. Look into the camera yourself, in the banking app you opened yourself.

ghi-nho-text =
    Remember these points:
    Scan codes with your own bank's app.
    Read the confirm screen carefully: the recipient's name is the shop owner's, the amount is what you owe. Only when both are right do you press pay.
    A code without an amount: type it yourself, then read it again.
    A strange name: do not pay, tell the shop owner. A wrong amount: do not pay, ask the seller.
    When you sell: see the money come in in your own banking app before you hand over the goods.
    When you receive money: show your QR code for the other person to scan. Never scan anyone's code to “receive money”.
    Never read out or send your OTP code or password to anyone.
    A large transfer: your banking app asking for a face check is normal. Do it only in the banking app you opened yourself, never on a video call or in an app someone else sent.
    Next comes a short check. Take your time; there is no clock.

## Final check

kt-sua-xe-task = You have a new inner tube fitted to your bicycle at Mr Đặng Văn Toàn's repair shop, 60,000 dong. Mr Toàn shows you a QR code with the amount in it on his phone for you to scan.
kt-sua-xe-hint = Look again: is the recipient Mr Đặng Văn Toàn? Is the amount 60,000 dong?
kt-sua-xe-explain = That's right. DANG VAN TOAN is Mr Toàn, and 60,000 dong is what you owe, so you pay.

kt-phan-bon-task = You buy a sack of fertiliser at Mrs Vũ Thị Nga's farm supply shop, 520,000 dong in all. Mrs Nga makes a QR code with the amount in it for you to scan.
kt-phan-bon-hint = Look again: is the recipient Mrs Vũ Thị Nga? Is the amount 520,000 dong?
kt-phan-bon-explain = That's right. VU THI NGA is Mrs Nga, and 520,000 dong is what you owe, so you pay.

kt-gui-xe-task = You park your motorbike at the commune market's parking area, 5,000 dong a time. The sign at the parking area says its owner is Mrs Hoàng Thị Lan. You scan the QR code stuck on a post to pay.
kt-gui-xe-hint = Read the recipient's name on the screen again and compare it with the owner of the parking area: Mrs Hoàng Thị Lan.
kt-gui-xe-explain = That's right. The recipient is TRINH VAN DAT, not Mrs Hoàng Thị Lan. The code may have been stuck over the real one. Do not pay; tell Mrs Lan.

kt-cat-toc-task = You have a haircut at Mr Đỗ Văn Hải's barber shop, 30,000 dong. A QR code printed with the amount is stuck on the mirror; it looks quite new. Scan the code to pay.
kt-cat-toc-hint = Read the recipient's name on the screen again and compare it with the shop owner: Mr Đỗ Văn Hải.
kt-cat-toc-explain = That's right. The recipient is LY VAN TUAN, not Mr Đỗ Văn Hải. A new, neat code can still be one stuck over the real one. Do not pay; tell Mr Hải.

kt-gao-te-task = You buy 10 kg of ordinary rice at Mrs Bùi Thị Liên's house, 180,000 dong in all. Mrs Liên makes a QR code with the amount in it on her phone for you to scan.
kt-gao-te-hint = The recipient is indeed Mrs Liên. Read each digit of the amount slowly, then compare it with the 180,000 dong you owe.
kt-gao-te-explain = That's right. The name is Mrs Liên's, but the amount is 810,000 dong, not 180,000 dong. Do not pay; ask Mrs Liên to make the code again with the right amount.

kt-thuoc-thu-y-task = You buy medicine for your chickens at Mr Triệu Văn Sáng's veterinary supply shop, 75,000 dong. You scan the printed QR code stuck at the counter to pay.
kt-thuoc-thu-y-hint = Is the recipient Mr Triệu Văn Sáng? This code has no amount in it, so type exactly 75,000 yourself, read it again, then press pay.
kt-thuoc-thu-y-explain = That's right. TRIEU VAN SANG is Mr Sáng. The code has no amount, so you type 75,000 dong yourself and read it again before paying.

kt-ban-gao-nep-task = You sell 5 kg of sticky rice to a customer, 150,000 dong in all. The customer holds up a phone showing a QR code and says: “Scan this code and you'll get the money.” What do you do to receive the money?
kt-ban-gao-nep-hint = Scanning a code is for sending money out, not for getting money in. The receiver shows their own QR code for the payer to scan.
kt-ban-gao-nep-explain = That's right. You do not scan the customer's code. You show your own QR code for the customer to scan, then check your own banking app, and hand over the rice only when you see the 150,000 dong has come in.

kt-thit-lon-task = You buy 1 kg of pork at Ms Hà Thị Hoa's stall, 140,000 dong in all. Ms Hoa shows you a QR code with the amount in it on her phone for you to scan.
kt-thit-lon-hint = Look again: is the recipient Ms Hà Thị Hoa? Is the amount 140,000 dong? When both are right, you can pay.
kt-thit-lon-explain = That's right. HA THI HOA is Ms Hoa, and 140,000 dong is what you owe, so you pay.

kt-cay-giong-task = You buy three young pomelo trees at Mr Hà Văn Khánh's plant nursery, 90,000 dong in all. A printed QR code hangs at the nursery gate. Scan the code to pay.
kt-cay-giong-hint = Is the recipient Mr Hà Văn Khánh? This printed code has no amount in it, so type exactly 90,000 yourself, read it again, then press pay.
kt-cay-giong-explain = That's right. HA VAN KHANH is Mr Khánh. The code has no amount, so you type 90,000 dong yourself and read it again before paying.

kt-banh-mi-task = You buy a bread roll for 15,000 dong at Ms Mai Thị Hương's bread cart. A QR code printed with the amount 15,000 dong is stuck on the cart. Scan the code to pay.
kt-banh-mi-hint = The amount is right. Read the recipient's name on the screen again and compare it with the owner of the bread cart: Ms Mai Thị Hương.
kt-banh-mi-explain = That's right. The recipient is CAO VAN PHUC, not Ms Mai Thị Hương. The code may have been stuck over the real one. Do not pay; tell Ms Hương.

kt-quan-ao-task = You buy a set of clothes for your grandchild at Ms Lò Thị Xuân's stall, 120,000 dong in all. Ms Xuân makes a QR code with the amount in it on her phone for you to scan.
kt-quan-ao-hint = The recipient is indeed Ms Xuân. Read the amount on the screen slowly, count each zero, then compare it with the 120,000 dong you owe.
kt-quan-ao-explain = That's right. The name is Ms Xuân's, but the amount is 1,200,000 dong, one zero too many compared with 120,000 dong. Do not pay; ask Ms Xuân to make the code again with the right amount.

kt-ban-ga-task = You sell a chicken to your neighbour for 160,000 dong. She wants to pay by bank transfer and asks: “Will you show me your code to scan, or will you scan mine?” What do you do to receive the money?
kt-ban-ga-hint = You are the one receiving money. The receiver shows their own QR code for the payer to scan. If you scan her code, you become the one paying.
kt-ban-ga-explain = That's right. You show your own QR code for your neighbour to scan. Then you check your own banking app, and hand over the chicken only when you see the 160,000 dong has come in.

kt-ten-la-prompt = You eat noodles at Mrs Ngô Thị Hằng's eatery. You scan the QR code stuck on the table, and the confirm screen shows the recipient as DINH VAN KHAI. What do you do?
kt-ten-la-khong-tra-bao-chu-quan = Do not pay; tell Mrs Hằng that the code shows a strange name
kt-ten-la-khong-tra-bao-chu-quan-feedback = That's right. If the name is not Mrs Hằng's, do not pay. Tell Mrs Hằng so she can take the strange code down and show you another way to pay.
kt-ten-la-tra-vi-ma-trong-quan = Pay anyway, because the code is right there in the eatery
kt-ten-la-tra-vi-ma-trong-quan-feedback = A fraudster can secretly stick their own code over the eatery's code. If the name is not Mrs Hằng's, do not pay, and tell Mrs Hằng.
kt-ten-la-tra-roi-hoi-sau = Pay first, then ask Mrs Hằng afterwards
kt-ten-la-tra-roi-hoi-sau-feedback = Once money has been sent it does not come back by itself. If the name is strange, do not pay, and ask Mrs Hằng first.
kt-ten-la-quet-lai-roi-tra = Scan the QR code on the table again; if the confirm screen still shows DINH VAN KHAI, pay
kt-ten-la-quet-lai-roi-tra-feedback = Scanning again shows the same name, because the code has not changed. If the name is not Mrs Hằng's, do not pay, and tell Mrs Hằng.

kt-anh-chup-prompt = You sell a pair of chickens for 400,000 dong. The customer sends you a screenshot saying “transfer successful” on Zalo, then asks to take the chickens. What do you do?
kt-anh-chup-xem-ung-dung-minh = Open my own banking app, and hand over the chickens once the money is in
kt-anh-chup-xem-ung-dung-minh-feedback = That's right. Only when your bank says the money is in, the full 400,000 dong, do you hand over the goods.
kt-anh-chup-tin-anh-chup = The screenshot clearly says “transfer successful”, so the customer can take the chickens right away
kt-anh-chup-tin-anh-chup-feedback = A screenshot does not mean the money has reached your account. Check in your own banking app first.
kt-anh-chup-xem-ten-trong-anh = Seeing my name in the picture is enough
kt-anh-chup-xem-ten-trong-anh-feedback = Your name in the picture still does not mean the money has come in. Check in your own banking app first.
kt-anh-chup-hoi-lai-khach = Ask the customer again; if they say they paid, hand over the chickens
kt-anh-chup-hoi-lai-khach-feedback = What the customer says does not mean the money has reached your account. Check in your own banking app first.

kt-otp-nguoi-ban-prompt = You scan a QR code to pay at a shop. The bank texts your phone an OTP code, that is, a number for one use only sent by text message. The seller says: “Read me the OTP code so I can confirm it.” What do you do?
kt-otp-nguoi-ban-tu-nhap = Type the code into my own app myself; read it to nobody
kt-otp-nguoi-ban-tu-nhap-feedback = That's right. The seller does not need your OTP code. An OTP code is only for you to type into your own app.
kt-otp-nguoi-ban-doc-cho-nguoi-ban = Read the OTP code to the seller, because the seller needs it to confirm
kt-otp-nguoi-ban-doc-cho-nguoi-ban-feedback = The seller does not need your OTP code. An OTP code is like your house key: you only type it into your own app yourself.
kt-otp-nguoi-ban-chup-gui = Take a picture of the message with the code and send it to the seller
kt-otp-nguoi-ban-chup-gui-feedback = Sending a picture of your OTP code is the same as reading it out to someone. Only type the code into your own app yourself.
kt-otp-nguoi-ban-dua-dien-thoai = Hand my phone to the seller to read the code
kt-otp-nguoi-ban-dua-dien-thoai-feedback = Handing your phone to someone else is like handing over your house key. Keep your phone, and only type the code into your own app yourself.

kt-ma-khong-so-tien-prompt = You buy goods for 85,000 dong and scan the printed QR code stuck at the counter. The confirm screen shows the shop owner's name, but the amount box is empty. What do you do?
kt-ma-khong-so-tien-tu-go-doc-lai = Type 85,000 myself, read it once more, then press pay
kt-ma-khong-so-tien-tu-go-doc-lai-feedback = That's right. A printed code at a counter usually has no amount. The name is right, so you type exactly what you owe, read it again, then pay.
kt-ma-khong-so-tien-tu-choi-vi-ma-gia = Do not pay, because a QR code with no amount in it must be a fake code stuck on top
kt-ma-khong-so-tien-tu-choi-vi-ma-gia-feedback = A printed code at a counter usually has no amount; that is normal. What you check is the recipient's name. When the name is right, type 85,000 yourself, read it again, then pay.
kt-ma-khong-so-tien-bam-tra-luon = Press pay straight away; the app fills in an empty amount box by itself
kt-ma-khong-so-tien-bam-tra-luon-feedback = The app does not know how much you owe. Type exactly 85,000 yourself, read it again, then press pay.
kt-ma-khong-so-tien-quet-lai-nhieu-lan = Scan a few more times until an amount shows up
kt-ma-khong-so-tien-quet-lai-nhieu-lan-feedback = This code has no amount in it; scanning again will not change that. Type exactly 85,000 yourself, read it again, then press pay.

kt-xem-gi-prompt = You scan a QR code to pay at an eatery, and the confirm screen appears. Before you press pay, what must you read carefully?
kt-xem-gi-ten-nguoi-nhan = Whether the recipient's name is the owner's name
kt-xem-gi-ten-nguoi-nhan-feedback = Right. The recipient's name must be the owner's name. A strange name may mean the code was stuck over the real one.
kt-xem-gi-so-tien = Whether the amount is what I owe
kt-xem-gi-so-tien-feedback = Right. The amount must be exactly what you owe, not more, not less.
kt-xem-gi-cung-ngan-hang = Whether the recipient's bank is the same as my own bank
kt-xem-gi-cung-ngan-hang-feedback = You can still pay with a different bank: a VietQR code works with every banking app that supports VietQR. What you read carefully is the recipient's name and the amount.
kt-xem-gi-ma-moi-dep = Whether the QR sheet is new, neat and sharp
kt-xem-gi-ma-moi-dep-feedback = A new, neat code can still be a fraudster's code stuck on top. What you read carefully is the recipient's name and the amount.

kt-khong-thay-tien-prompt = You sell vegetables at the market. A customer scans the printed QR code stuck at your stall, then says they have paid. But your banking app shows no money coming in. What should you do?
kt-khong-thay-tien-xem-ma-o-sap = Check the code at my stall right away: has anyone stuck something over it?
kt-khong-thay-tien-xem-ma-o-sap-feedback = Right. A fraudster can stick their own code over yours. Then the customer's money goes into the fraudster's account, and you see no money coming in.
kt-khong-thay-tien-tu-quet-thu = Scan that code myself as a test: it must show my name; then cancel
kt-khong-thay-tien-tu-quet-thu-feedback = Right. The screen must show your own name. A strange name means the code was stuck over yours; take the strange code down. After looking, cancel and send nothing.
kt-khong-thay-tien-tin-loi-khach = The customer says they have paid, so believe them and hand over the goods
kt-khong-thay-tien-tin-loi-khach-feedback = What the customer says does not mean the money has reached your account. If you see no money coming in, check the code at your stall right away.
kt-khong-thay-tien-xem-anh-khach = Seeing “successful” on the customer's phone is enough
kt-khong-thay-tien-xem-anh-khach-feedback = The word “successful” on the customer's phone does not mean the money has reached your account. If you see no money coming in, check the code at your stall right away.

kt-khuon-mat-video-prompt = You have just sold a pig for 12,000,000 dong and are waiting for the buyer to send the money. A stranger makes a Zalo video call, says they are bank staff, and says that because it is a lot of money you must scan your face or the money cannot come in. What do you do?
kt-khuon-mat-video-tat-may-tu-xem = Hang up at once, then open my own banking app myself and look at my balance
kt-khuon-mat-video-tat-may-tu-xem-feedback = That's right. Receiving money needs no face scan. A face check is done only in the banking app you opened yourself, when you yourself send money, never on a video call.
kt-khuon-mat-video-quet-trong-cuoc-goi = Look into the camera during the video call so they can scan my face
kt-khuon-mat-video-quet-trong-cuoc-goi-feedback = A bank never scans your face over a video call. Whoever tells you to do that is a scammer. Hang up and open your own banking app yourself to check.
kt-khuon-mat-video-cai-ung-dung-ho-gui = Install the app that person sends on Zalo, then follow its steps
kt-khuon-mat-video-cai-ung-dung-ho-gui-feedback = An app sent by a stranger can take the money in your account. Install nothing, hang up, then open your own banking app yourself to check.
kt-khuon-mat-video-gui-anh-mat = Take a photo of my face and send it
kt-khuon-mat-video-gui-anh-mat-feedback = Do not send a photo of your face to a stranger. Receiving money needs no face scan. Hang up and open your own banking app yourself to check.

kt-khuon-mat-trong-ngay-prompt = This morning you sent 15,000,000 dong to pay for fertiliser. In the afternoon you open your banking app yourself and scan the QR code at a shop to pay 8,000,000 dong for seed rice. The name and the amount are both right. After you press pay, the app asks you to look into the camera to verify your face. What do you do?
kt-khuon-mat-trong-ngay-nhin-camera = Do it: today's total is over 20 million
kt-khuon-mat-trong-ngay-nhin-camera-feedback = That's right. Today you have sent more than 20 million dong in total, so the app you opened yourself asking for your face is normal.
kt-khuon-mat-trong-ngay-huy-vi-duoi-muoi-trieu = Cancel, because this time is under 10 million, so being asked for my face must be a scam
kt-khuon-mat-trong-ngay-huy-vi-duoi-muoi-trieu-feedback = Counting the whole day, you have sent more than 20 million dong, so the app asking for your face is normal. It is the app you opened yourself: go ahead.
kt-khuon-mat-trong-ngay-nho-nguoi-ban-quet = Let the seller do the face check
kt-khuon-mat-trong-ngay-nho-nguoi-ban-quet-feedback = The app needs to recognise you, the person sending the money. Keep your phone and look into the camera yourself.
kt-khuon-mat-trong-ngay-chuyen-lai-tu-dau = Back out and scan the code again from the start to skip the face check
kt-khuon-mat-trong-ngay-chuyen-lai-tu-dau-feedback = Starting again, the app will still ask, because today you have already sent more than 20 million dong. It is the app you opened yourself: just look into the camera.
