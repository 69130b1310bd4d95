# Lesson: Selling farm and OCOP products online. Vietnamese (vi.ftl) is the reference: this file
# must have exactly the same ids. See docs/lesson-format.md. Content must agree with
# ../shared/domain.md §9.2, §9.3 (selling, tax, seller identification), §9.1 (scanning a QR code
# never "refunds" you), §3 (VietQR), §4.1 I and M, §4.4 Q.
#
# A selling "shop" step S: S-task (the task: price, weight, OCOP or not), S-hint (when the photos
# are wrong), S-explain (why it is right); per photo P: S-photo-P (what it shows).
# A "chat" step S: S-title (the person at the top of the chat), S-task, S-hint, S-explain; S-by-F
# (the sender's name), S-msg-M (the message; for a picture, what it shows), S-reply-R (a
# ready-made reply), S-photo-P (the learner's photo).
#
# Forms of address: in Vietnamese, young buyers call the seller “bác” (an older person, man or
# woman) and the seller calls them “cháu”; English uses plain “I” and “you”.
# Prices are written 180,000 dong; weights in grams, as on the posting form.
# All names are made up. No real ID number, OTP or account number appears.
# No decree or law numbers in learner text: only “from 1 July 2025” and “a new law … from
# 1 July 2026” (the law's number is unverified). No revenue threshold (unverified). No postMart,
# Voso or Zalo catalogue screens (unverified).
# Real labels of the “block” and “report” buttons are unverified (domain.md §10): the lesson uses
# plain words and says real buttons may be named differently.

lesson-title = Selling farm and OCOP products online
lesson-summary = You practise putting your own product up for sale with real photos, the right price and weight and a truthful OCOP label; answering buyers safely; getting paid into your own account; and you learn the new rules on tax and seller identification.

## Practice

gioi-thieu-text =
    Many people already sell farm products and OCOP products online: on e-commerce platforms such as Vietnam Post's postMart or Viettel Post's Voso, or by messaging regular customers.
    Selling online, buyers far away can buy your goods too. But crooks also like to pose as buyers to cheat sellers out of money.
    In this lesson you practise three things: putting a product up for sale properly, answering buyers safely, and getting paid into your own account. At the end you learn how to pack goods, and the new rules on tax and on identifying sellers.
    You practise on a pretend selling app and a pretend messaging app. Screens and button names in real apps may be different. All names are made up, and no real money is sent.
    Pressing the wrong thing is fine. Read the explanation and try again.

bai-dang-tot-text =
    A good sales post has these things.
    Real photos of your own product, sharp and well lit. Take them in daylight, in the yard or near a window, and hold your hand still. Blurry photos make buyers doubt.
    Do not take someone else's photos from the internet. That photo belongs to them, and a buyer who receives goods that do not look like the photo will feel cheated.
    Do not post photos showing your ID card, your bank card or your papers, not even in a corner of the photo. Crooks can use such a photo to pretend to be you.
    The product's name and where it is made, for example: Wild-flower honey, Khe Vàng hamlet.
    The price and the weight exactly as you sell it. The price is in dong. The weight is in grams: 1 kilo is 1,000 grams, half a kilo is 500 grams.
    The OCOP label: tick it only when the product has been certified OCOP. Writing OCOP on a product that is not certified misleads buyers.
    Delivery: choose at least one way, for example sending by post.

lt-dang-mat-ong-task = You put your own honey up for sale. Product name: Wild-flower honey. Made in: Khe Vàng hamlet. Each jar weighs 500 grams and costs 180,000 dong. Your honey is not certified OCOP. Choose the photos, fill in every box, choose a way of delivery, then post.
lt-dang-mat-ong-hint = Choose only sharp photos you took of your own honey. Leave out the blurry photo and the photo of your ID card.
lt-dang-mat-ong-explain = Right. A sharp, real photo of your own honey helps buyers trust you. The price of 180,000 dong and the weight of 500 grams are exactly what you sell. The honey is not certified, so you do not tick OCOP.
lt-dang-mat-ong-photo-mo = A photo of two jars of your honey, but your hand shook, so it is blurry
lt-dang-mat-ong-photo-ro = A photo of two jars of your honey, taken in daylight, sharp
lt-dang-mat-ong-photo-cccd = A photo of your ID card, taken the day you did some paperwork

lt-dang-mien-task = The cooperative in your hamlet makes arrowroot glass noodles. The noodles are certified OCOP 3 stars. You post them for sale for the cooperative. Product name: Arrowroot glass noodles. Made in: the Khe Vàng hamlet cooperative. Each bag weighs 500 grams and costs 55,000 dong. Choose the photos, fill in every box, choose a way of delivery, then post.
lt-dang-mien-hint = The photo with the purple background and a strange mark belongs to another shop, downloaded from the internet. Choose photos you took of the cooperative's noodles: one photo or both are fine.
lt-dang-mien-explain = Right. Your own photos show buyers the cooperative's real noodles. The noodles are certified OCOP 3 stars, so this time you tick OCOP.
lt-dang-mien-photo-mang = A very pretty photo of a bag of noodles, glossy purple background, with another shop's mark: downloaded from the internet
lt-dang-mien-photo-phoi = A photo you took of the noodles drying on racks in the cooperative's yard
lt-dang-mien-photo-goi = A photo you took of a bag of the cooperative's noodles, sharp

lt-dang-mang-task = You put your own dried bamboo shoots up for sale. Product name: Dried bamboo shoots. Made in: Khe Vàng hamlet. Each bag weighs 1 kilo, that is 1,000 grams, and costs 250,000 dong. Your bamboo shoots are not certified OCOP. Choose the photos, fill in every box, choose a way of delivery, then post.
lt-dang-mang-hint = Look at each photo carefully. A photo with your ID card beside the goods is not posted, even if the card is only in a corner. Another shop's photo is not posted either. Choose the photo you took of your own bamboo shoots.
lt-dang-mang-explain = Right. From a photo with your ID card beside the goods, crooks can take your details to pretend to be you. You post only a sharp photo of your own bamboo shoots. The price is 250,000 dong, the weight 1,000 grams, and you do not tick OCOP because the bamboo shoots are not certified.
lt-dang-mang-photo-cccd = A photo of your tray of bamboo shoots, with your ID card left lying beside it
lt-dang-mang-photo-mang = A very pretty photo of bamboo shoots, glossy purple background, with another shop's mark: downloaded from the internet
lt-dang-mang-photo-ro = A photo of your tray of bamboo shoots, taken in the yard, sharp

tra-loi-khach-text =
    Buyers often message to ask the price, the weight, how the goods are delivered and how to pay. Answer clearly and truthfully. This lesson has a few ready-made replies: choose the right one and send it.
    A real buyer only needs to know about the goods and how to pay. Never send anyone an OTP (the code a bank or an app sends to your phone), a password, a photo of your ID card or of your bank card.
    Crooks send messages like: “I transferred too much, scan this QR code to refund me.” Open your own banking app and look: if no extra money came in, it is a scam. Even if unknown money really did come in, do not scan the code they send: ask your own bank how to return it. Remember: scanning a QR code sends money out; it never brings money in.
    When a stranger writes like that, or asks for an OTP or a photo of your ID card: do not answer, block that person.
    If such a strange message comes from the account of someone you know, that account may have been taken over by crooks. Do not block someone you know. Report that strange message, so the app knows it is a scam. Then phone the person on the number you always use, to ask and to let them know.
    In real apps, the block and report buttons may be named differently.

lt-hoi-gia-title = Phạm Thu Trang
lt-hoi-gia-task = You sell honey: a 500-gram jar costs 180,000 dong. A buyer sends a question. Choose the right reply and send it.
lt-hoi-gia-hint = The buyer asks the price and how the goods are sent. Choose the reply that says exactly those two things. A seller does not need the buyer's ID card photo, and the money must go into your own account.
lt-hoi-gia-explain = Right. The reply states the price and the delivery clearly. The buyer pays the delivery person only after receiving the goods, so both sides can feel safe.
lt-hoi-gia-by-khach = Phạm Thu Trang
lt-hoi-gia-msg-hoi = Hello, I saw you are selling honey. How much is a 500-gram jar? Can you send goods far away?
lt-hoi-gia-reply-gui-cccd = Send me a photo of your ID card first, then I will sell to you.
lt-hoi-gia-reply-gia-va-giao = A 500-gram jar is 180,000 dong. I send it by post; you pay the delivery person when you receive it.
lt-hoi-gia-reply-tk-ban = Please transfer 180,000 dong first to my friend's account, I have no account.

lt-hoan-tien-title = Tùng Lâm 88
lt-hoan-tien-task = A stranger who has never bought from you sends the messages below. You open your own banking app and look: there is no money at all from this person. What do you do?
lt-hoan-tien-hint = No extra money came into your account. Scanning a QR code sends money out; it does not refund anything. With a stranger like this, do not answer: block them.
lt-hoan-tien-explain = Right. This is the “wrong transfer, scan the code for a refund” trick. If you scanned the code, you would send your own money to the crook. You block this stranger so they cannot message you any more.
lt-hoan-tien-by-la = Tùng Lâm 88
lt-hoan-tien-msg-nham = Hello, I just paid for honey but typed 1,800,000 dong by mistake; it should have been only 180,000 dong.
lt-hoan-tien-msg-ma = A QR code, with the words: “Scan this code to refund me the extra money.”
lt-hoan-tien-msg-giuc = Please send me back 1,620,000 dong right now, I need it urgently!
lt-hoan-tien-reply-quet-ngay = All right, I will scan the code and send it back right now.
lt-hoan-tien-reply-gui-stk = Send me your account number and I will send it back right away.

lt-nguoi-quen-xin-ma-title = Lò Thị Lành
lt-nguoi-quen-xin-ma-task = Lò Thị Lành is a regular customer who buys your honey every year. Tonight Lành's account sends a strange message. At that very moment your phone receives a text with an OTP. What do you do in this chat?
lt-nguoi-quen-xin-ma-hint = Someone you really know never needs your OTP. Lành's account may have been taken over by crooks. Do not read out the code, and do not block someone you know: report the message asking for the code.
lt-nguoi-quen-xin-ma-explain = Right. You report that message so the app knows it is a scam. An OTP is like your house key: read it to a crook and they can take over your account. Then you phone Lành on the number you always use, to tell her that someone else may be using her account.
lt-nguoi-quen-xin-ma-by-khach = Lò Thị Lành
lt-nguoi-quen-xin-ma-msg-cam-on = Hello, I got the honey, it is delicious. I will order from you again next year!
lt-nguoi-quen-xin-ma-msg-da = Thank you, I will keep some for you next year.
lt-nguoi-quen-xin-ma-msg-xin-ma = Hello, I sent a 6-digit code to your phone number by mistake. Please read that code out to me, I need it urgently.
lt-nguoi-quen-xin-ma-reply-doc-ma = All right, let me read you the code in the text message.
lt-nguoi-quen-xin-ma-reply-chup-gui = I will take a picture of the text with the code and send it to you now.

nhan-tien-text =
    Buyers far away usually pay by bank transfer. The easiest way is a QR code in the VietQR standard.
    Your banking app has your own QR code for receiving money. It works with every banking app that supports VietQR: a buyer with a different bank can still pay.
    You send that QR code to the buyer. The buyer scans it, and their screen shows your name. They see your name is right, then transfer.
    The money must go into an account in your own name. Do not ask others to receive money for you. Do not lend or rent out your account: renting out or buying and selling accounts breaks the law.
    Before sending the goods, open your own banking app yourself and see that the full amount has arrived. A screenshot saying “transfer successful” from the buyer does not prove the money arrived.
    On a platform, the buyer can also pay through the platform, or pay the delivery person on receiving the goods.

lt-gui-ma-qr-title = Đặng Quốc Huy
lt-gui-ma-qr-task = A buyer orders 2 jars of honey, 360,000 dong in total, and wants to transfer the money first. Send the buyer one photo, with a short message.
lt-gui-ma-qr-hint = The buyer needs your QR code for receiving money. Do not send a photo of your bank card or your ID card: crooks can use such photos to pretend to be you.
lt-gui-ma-qr-explain = Right. Your receiving QR code carries your name and your account number. The buyer scans it, sees your name, then transfers. Afterwards you look in your own banking app, and send the goods only once the full 360,000 dong has arrived.
lt-gui-ma-qr-by-khach = Đặng Quốc Huy
lt-gui-ma-qr-msg-dat = Hello, I will take 2 jars of honey. I would like to transfer first, please send me your QR code.
lt-gui-ma-qr-photo-the = A photo of your bank card, the card number clearly visible
lt-gui-ma-qr-photo-ma-qr = Your QR code for receiving money, opened in your banking app, in your name
lt-gui-ma-qr-photo-cccd = A photo of your ID card

dong-goi-text =
    When you pack goods to send, film it with your phone. You can stand the phone on a holder, or ask someone at home to hold it.
    Film the shipping label with the order code clearly, film the right goods in the right number going into the box, and film the box being sealed. Film it in one go, without cuts.
    If a buyer says something is missing or broken, this video helps you show that you sent everything, in good condition. Buyers also film opening the parcel, as evidence when they ask to return goods.
    Keep the video until the buyer has received the goods and the return period is over. If you sell on a platform, look up the return period in the platform's app.

lt-dong-goi-prompt = You pack 3 jars of honey to send to a buyer. Put these steps in the right order.
lt-dong-goi-hint = Start filming first, so the video shows the goods going in and the box being sealed. After the goods have gone, you still keep the video.
lt-dong-goi-bat-quay = Start filming, showing the shipping label with the order code clearly
lt-dong-goi-cho-hang = Put all 3 jars in the box in front of the camera, then seal the box
lt-dong-goi-giao = Hand the box to the post office or the delivery person
lt-dong-goi-giu-video = Keep the video until the buyer has the goods and the return period is over

thue-dinh-danh-text =
    The rules on tax for selling online, from 1 July 2025:
    Selling on a platform with a payment function, that is, buyers pay through the platform: the platform itself withholds tax on each order. For goods, it withholds 1% value-added tax and 0.5% personal income tax. For example, on an order of 1,000,000 dong the platform withholds 15,000 dong. Tax the platform has already withheld, you do not declare again.
    Selling where there is no payment function, buyers transfer straight to you: you declare the tax yourself.
    If, over the whole year, your revenue is at a level that pays no tax, you can ask for the tax you paid back. Ask the tax office or the commune staff what that level is.
    Beware of people posing as tax officers: they send a fake letter of invitation, then tell you to install a tax app from a link. Install apps only from CH Play or the App Store, and if anything is unclear, ask the tax office directly.
    Identifying sellers: under a new law on e-commerce, in force from 1 July 2026, sellers on platforms must be identified and verify their identity electronically. People who sell by livestream, that is, by live video, must verify their identity with VNeID, and the platform must check this before the livestream. A big platform has already been identifying its sellers by chip ID card since 2025.
    You do the verifying yourself, following the instructions in the platform's app. Never send a photo of your ID card or an OTP to someone who messages you claiming to be platform staff.

lt-thue-prompt = You sell arrowroot noodles on a platform with a payment function. This month buyers paid 600,000 dong in total for noodles through the platform. How much tax does the platform withhold?
lt-thue-khong-dong = Nothing, because selling online pays no tax
lt-thue-khong-dong-feedback = From 1 July 2025, a platform with a payment function withholds tax on each order: 1% value-added tax and 0.5% personal income tax. On 600,000 dong, that is 9,000 dong.
lt-thue-chin-nghin = 9,000 dong
lt-thue-chin-nghin-feedback = Right. 1% of 600,000 dong is 6,000 dong, 0.5% is 3,000 dong, 9,000 dong together. Tax the platform has already withheld, you do not declare again.
lt-thue-sau-muoi-nghin = 60,000 dong, that is 10%
lt-thue-sau-muoi-nghin-feedback = It is not 10%. For goods, the platform withholds 1% value-added tax and 0.5% personal income tax: 6,000 dong plus 3,000 dong is 9,000 dong.

ghi-nho-text =
    Remember these things:
    Posting: real, sharp photos you took of your own product. Do not take other people's photos. Keep your ID card and bank card out of the picture.
    The price and weight exactly as you sell. Tick OCOP only when the product is certified.
    Answer buyers clearly and truthfully. Never send anyone an OTP, a password, a photo of your ID card or your bank card.
    Scanning a QR code pays money out; it is never a “refund”. A stranger asking for a refund or a code: block. Someone you know sending something strange: report the message, then phone them to ask.
    Getting paid: send your own QR code, then check in your own banking app that the money has arrived before sending the goods.
    Film the packing and keep the video until the buyer has received the goods.
    Tax: a platform with a payment function withholds it; selling elsewhere, you declare yourself. From 1 July 2026, sellers on platforms must be identified electronically, and livestream sellers must verify with VNeID.
    Next comes a short test. Take your time, there is no timer.

## Final check: posting

kt-dang-nam-task = You put your own shiitake mushrooms up for sale. Product name: Dried shiitake. Made in: Khe Vàng hamlet. Each bag weighs 300 grams and costs 150,000 dong. Your mushrooms are certified OCOP 3 stars. Choose the photos, fill in every box, choose a way of delivery, then post.
kt-dang-nam-hint = Choose only the sharp photo you took of your own mushrooms. Leave out the blurry photo and another shop's photo.
kt-dang-nam-explain = Right. A sharp, real photo of your own mushrooms. The price is 150,000 dong, the weight 300 grams. The mushrooms are certified OCOP 3 stars, so you tick OCOP.
kt-dang-nam-photo-mang = A very pretty photo of shiitake, glossy purple background, with another shop's mark: downloaded from the internet
kt-dang-nam-photo-mo = A photo of a bowl of your mushrooms, but your hand shook, so it is blurry
kt-dang-nam-photo-ro = A photo of a bowl of your mushrooms, taken in daylight, sharp

kt-dang-gao-task = You put your own sticky rice up for sale. Product name: Sticky rice. Made in: Khe Vàng hamlet. Each bag weighs 2 kilos, that is 2,000 grams, and costs 70,000 dong. Your rice is not certified OCOP. Choose the photos, fill in every box, choose a way of delivery, then post.
kt-dang-gao-hint = Choose only the sharp photo you took of your own rice. Leave out the blurry photo and the one with your ID card beside the rice.
kt-dang-gao-explain = Right. A sharp, real photo of your own rice, with no papers in it. The price is 70,000 dong, the weight 2,000 grams. The rice is not certified, so you do not tick OCOP.
kt-dang-gao-photo-ro = A photo of your sack of sticky rice, taken in daylight, sharp
kt-dang-gao-photo-cccd = A photo of your sack of sticky rice, with your ID card left lying beside it
kt-dang-gao-photo-mo = A photo of your sack of sticky rice, but your hand shook, so it is blurry

kt-dang-che-task = You put your own green tea up for sale. Product name: Green tea. Made in: Khe Vàng hamlet. Each pack weighs 200 grams and costs 90,000 dong. Your tea is certified OCOP 4 stars. Choose the photos, fill in every box, choose a way of delivery, then post.
kt-dang-che-hint = Choose only the photo you took of your own pack of tea. Leave out the ID card photo and another shop's photo.
kt-dang-che-explain = Right. A sharp photo you took of your own pack of tea. The price is 90,000 dong, the weight 200 grams. The tea is certified OCOP 4 stars, so you tick OCOP.
kt-dang-che-photo-cccd = A photo of your ID card
kt-dang-che-photo-ro = A photo you took of your own pack of tea, sharp and well lit
kt-dang-che-photo-mang = A very pretty photo of a pack of tea, glossy purple background, with another shop's mark: downloaded from the internet

kt-dang-mat-ong-task = You put your own honey up for sale. Product name: Wild-flower honey. Made in: Khe Vàng hamlet. Each large jar weighs 1 kilo, that is 1,000 grams, and costs 350,000 dong. Your honey is not certified OCOP. Choose the photos, fill in every box, choose a way of delivery, then post.
kt-dang-mat-ong-hint = Choose only the sharp photo you took of your own honey. Leave out the blurry photo, the photo with your ID card and another shop's photo.
kt-dang-mat-ong-explain = Right. Only the sharp photo you took of your own honey can be posted. The price is 350,000 dong, the weight 1,000 grams. The honey is not certified, so you do not tick OCOP.
kt-dang-mat-ong-photo-mang = A very pretty photo of honey, glossy purple background, with another shop's mark: downloaded from the internet
kt-dang-mat-ong-photo-cccd = A photo of two jars of your honey, with your ID card left lying beside them
kt-dang-mat-ong-photo-ro = A photo of two jars of your honey, taken in daylight, sharp
kt-dang-mat-ong-photo-mo = A photo of two jars of your honey, but your hand shook, so it is blurry

kt-dang-mien-task = You put your hamlet cooperative's arrowroot glass noodles up for sale. Product name: Arrowroot glass noodles. Made in: the Khe Vàng hamlet cooperative. Each bag weighs 500 grams and costs 60,000 dong. The noodles are certified OCOP 3 stars. Choose the photos, fill in every box, choose a way of delivery, then post.
kt-dang-mien-hint = Choose only sharp photos you took of the cooperative's noodles: one photo or both are fine. Leave out the blurry photo and the one with your ID card beside the goods.
kt-dang-mien-explain = Right. Your own sharp photos show buyers the real noodles. The price is 60,000 dong, the weight 500 grams. The noodles are certified OCOP 3 stars, so you tick OCOP.
kt-dang-mien-photo-goi = A photo you took of a bag of the cooperative's noodles, sharp
kt-dang-mien-photo-phoi = A photo you took of the noodles drying on racks in the cooperative's yard
kt-dang-mien-photo-cccd = A photo of a bag of noodles, with your ID card left lying beside it
kt-dang-mien-photo-mo = A photo of a bag of noodles, but your hand shook, so it is blurry

## Final check: answering buyers

kt-hoi-gia-mien-title = Vi Văn Sơn
kt-hoi-gia-mien-task = You sell the cooperative's arrowroot noodles: a 500-gram bag costs 60,000 dong. A buyer sends a question. Choose the right reply and send it.
kt-hoi-gia-mien-hint = The buyer asks the price and how the goods are sent. Choose the reply that says exactly those two things. A seller does not need the buyer's ID card photo, and the money must go into your own account.
kt-hoi-gia-mien-explain = Right. The reply states the price and how the goods are sent. The buyer pays only after receiving the goods, so both sides can feel safe.
kt-hoi-gia-mien-by-khach = Vi Văn Sơn
kt-hoi-gia-mien-msg-hoi = Hello, how much is a 500-gram bag of arrowroot noodles? How do you send the goods?
kt-hoi-gia-mien-reply-can-cccd = Send me photos of both sides of your ID card first, then I will send the goods.
kt-hoi-gia-mien-reply-tk-em-ho = Please transfer first to my cousin's account, my own account is locked.
kt-hoi-gia-mien-reply-gia-giao = A 500-gram bag is 60,000 dong. I send it by post; you pay when you receive it.

kt-hoi-ocop-title = Nông Thị Hiền
kt-hoi-ocop-task = You sell your own dried bamboo shoots, not certified OCOP. A buyer sends a question. Choose the right reply and send it.
kt-hoi-ocop-hint = Your bamboo shoots are not certified OCOP. Choose the reply that tells the truth.
kt-hoi-ocop-explain = Right. You tell the truth: the bamboo shoots are not certified OCOP. Saying OCOP when a product is not certified misleads buyers.
kt-hoi-ocop-by-khach = Nông Thị Hiền
kt-hoi-ocop-msg-hoi = Hello, are your dried bamboo shoots an OCOP product? How many stars?
kt-hoi-ocop-reply-chua-co = Not yet. I dry the bamboo shoots at home; they are not certified OCOP.
kt-hoi-ocop-reply-co-bon-sao = Of course, OCOP 4 stars, do not worry.
kt-hoi-ocop-reply-sap-co = It is coming soon; just take them as OCOP bamboo shoots, they are the same as everyone's in the hamlet.

kt-hoi-thanh-toan-title = Tạ Minh Thu
kt-hoi-thanh-toan-task = You sell shiitake mushrooms. A buyer wants to transfer the money first and asks about your account. Choose the right reply and send it.
kt-hoi-thanh-toan-hint = The money must go into an account in your own name. Never ask a buyer to read you an OTP.
kt-hoi-thanh-toan-explain = Right. The money goes into an account in your own name. The buyer scans your QR code and sees your name before paying, so they can feel safe.
kt-hoi-thanh-toan-by-khach = Tạ Minh Thu
kt-hoi-thanh-toan-msg-hoi = Hello, I would like to transfer first. Could you give me your account? Whose name is it in?
kt-hoi-thanh-toan-reply-tk-ban = Transfer to a friend's account, a different name is fine, my friend will pass it on to me later.
kt-hoi-thanh-toan-reply-doc-otp = Read me the OTP your bank sends to your phone, and I will make the transfer for you, it is quicker.
kt-hoi-thanh-toan-reply-tk-chinh-minh = The account is in my own name. I will send my QR code; scan it, check it shows my name, then transfer.

kt-gui-anh-that-title = Lục Văn Bình
kt-gui-anh-that-task = You sell your own home-made tea. A buyer wants to see a real photo before buying. Send the buyer one photo, with a short message.
kt-gui-anh-that-hint = The buyer wants to see a real photo of your own pack of tea. Another shop's photo is not your tea, and an ID card photo is not sent to anyone.
kt-gui-anh-that-explain = Right. A photo you took of your own pack of tea shows the buyer exactly the goods they will get.
kt-gui-anh-that-by-khach = Lục Văn Bình
kt-gui-anh-that-msg-hoi = Hello, could you take a real photo of a pack of your tea for me? I am afraid of getting goods that do not look like the picture.
kt-gui-anh-that-photo-mang = A very pretty photo of a pack of tea, glossy purple background, with another shop's mark: downloaded from the internet
kt-gui-anh-that-photo-cccd = A photo of your ID card
kt-gui-anh-that-photo-ro = A photo you just took of your own pack of tea, sharp and well lit

## Final check: scam messages

kt-chuyen-thua-title = Hải Nam Store
kt-chuyen-thua-task = A stranger who has never bought from you sends the messages below. You open your own banking app and look: there is no money at all from this person. What do you do?
kt-chuyen-thua-hint = No extra money came into your account. Scanning a QR code sends money out. With a stranger like this, do not answer: block them.
kt-chuyen-thua-explain = Right. This is the “wrong transfer, scan the code for a refund” trick. You block this stranger and scan no code at all.
kt-chuyen-thua-by-la = Hải Nam Store
kt-chuyen-thua-msg-nham = Hello, I paid for noodles but typed 600,000 dong by mistake; it should have been only 60,000 dong. Refund me 540,000 dong right now!
kt-chuyen-thua-msg-ma = A QR code, with the words: “Scan this code and the refund goes through at once.”
kt-chuyen-thua-reply-quet-tra = All right, I will scan the code and send it back right now.

kt-gia-nhan-vien-san-title = Seller Support 24/7
kt-gia-nhan-vien-san-task = You have a shop on a platform. An unknown account, claiming to be platform staff, sends the messages below. What do you do?
kt-gia-nhan-vien-san-hint = You verify yourself as a seller by following the instructions in the platform's app, never through messages. A stranger asking for ID card photos and an OTP: do not answer, block them.
kt-gia-nhan-vien-san-explain = Right. Real platform staff do not ask for ID card photos or an OTP by message. You block this unknown account. If you are worried about your shop, open the platform's app yourself and look.
kt-gia-nhan-vien-san-by-la = Seller Support 24/7
kt-gia-nhan-vien-san-msg-khoa = Notice: your shop is about to be locked because the seller has not been verified under the new law.
kt-gia-nhan-vien-san-msg-xin = Send photos of both sides of your ID card now and read me the OTP you just received, so I can verify you within 30 minutes, or you lose your shop.
kt-gia-nhan-vien-san-reply-gui-anh = I will send you my ID card photos right now.
kt-gia-nhan-vien-san-reply-doc-otp = Let me read you the OTP.

kt-khach-quen-vay-title = Triệu Văn Phúc
kt-khach-quen-vay-task = Triệu Văn Phúc is a regular customer who buys your noodles every year. Tonight Phúc's account asks to borrow money, as below. What do you do in this chat?
kt-khach-quen-vay-hint = An urgent loan, paid into someone else's account, and he cannot take calls: Phúc's account may have been taken over by crooks. Phúc is a real regular customer, so do not block him: report the message asking for the loan.
kt-khach-quen-vay-explain = Right. You report the message asking for a loan so the app knows it is a scam, and you send no money. Then you phone Phúc on the number you always use, to make sure.
kt-khach-quen-vay-by-khach = Triệu Văn Phúc
kt-khach-quen-vay-msg-cu = Hello, the noodles this year are so good, I will take 10 bags again for Tết!
kt-khach-quen-vay-msg-vay = Hello, I am short of money. Please transfer 5,000,000 dong for me to my friend's account, in the name of Đỗ Văn Tài; I will pay you back tonight. I am in a meeting and cannot take calls.
kt-khach-quen-vay-reply-chuyen-ngay = All right, I will transfer it to your friend right now.

kt-khach-quen-qr-title = Hoàng Thị Yến
kt-khach-quen-qr-task = Hoàng Thị Yến is a regular customer who often buys your dried bamboo shoots. Tonight Yến's account sends a QR code, as below. You check your banking app: last time Yến paid exactly the right amount, not a dong more. What do you do in this chat?
kt-khach-quen-qr-hint = Yến did not overpay last time, and scanning a QR code sends money out. Yến's account may have been taken over by crooks. Yến is a real regular customer, so do not block her: report the message with the QR code.
kt-khach-quen-qr-explain = Right. You report the message with the QR code so the app knows it is a scam, and you do not scan it. Then you phone Yến on the number you always use, to let her know.
kt-khach-quen-qr-by-khach = Hoàng Thị Yến
kt-khach-quen-qr-msg-cu = Hello, your bamboo shoots are delicious, my whole family loved the dish.
kt-khach-quen-qr-msg-ma = A QR code, with the words: “Hello, last time I overpaid 300,000 dong for the bamboo shoots. Please scan this code to pay me back.”
kt-khach-quen-qr-reply-quet-tra = All right, I will scan the code and send it back right now.
kt-khach-quen-qr-reply-gui-stk = Send me your account number, I will send you back 300,000 dong.

## Final check: questions

kt-ocop-hang-xom-prompt = You sell your own dried bamboo shoots, not certified OCOP. A neighbour says: “Just tick OCOP, everyone in the hamlet dries bamboo shoots the same way, you will sell more.” What do you do?
kt-ocop-hang-xom-danh-dau-vi-giong = Tick OCOP, since everyone in the hamlet dries them the same way
kt-ocop-hang-xom-danh-dau-vi-giong-feedback = The OCOP label is only for certified products. Your bamboo shoots are not certified, so you do not tick it: a false label misleads buyers.
kt-ocop-hang-xom-khong-danh-dau = Do not tick it
kt-ocop-hang-xom-khong-danh-dau-feedback = Right. Your bamboo shoots are not certified OCOP. Ticking OCOP on an uncertified product misleads buyers.
kt-ocop-hang-xom-danh-dau-roi-go = Tick it anyway, and remove it if a buyer asks for papers
kt-ocop-hang-xom-danh-dau-roi-go-feedback = Buyers trust the OCOP label as soon as they read the post. If the bamboo shoots are not certified, do not tick it in the first place.
kt-ocop-hang-xom-ghi-vao-ten = Leave the OCOP box empty, but write the word OCOP in the product's name
kt-ocop-hang-xom-ghi-vao-ten-feedback = Writing OCOP in the name also tells buyers the bamboo shoots are certified. If they are not, do not write OCOP anywhere.

kt-tai-khoan-nhan-prompt = A buyer in another province orders your tea and wants to transfer the money first. Into which account do you have the buyer pay?
kt-tai-khoan-nhan-nguoi-quen-nhan-ho = An acquaintance's account, who receives it for you and hands it over
kt-tai-khoan-nhan-nguoi-quen-nhan-ho-feedback = The money should go into an account in your own name, so you can see for yourself that it arrived. Send the buyer your own receiving QR code.
kt-tai-khoan-nhan-tai-khoan-thue = A stranger's account for rent; they pay you a commission
kt-tai-khoan-nhan-tai-khoan-thue-feedback = Renting, renting out, buying or selling accounts breaks the law, and the money can be lost. Send the buyer your own receiving QR code.
kt-tai-khoan-nhan-quet-ma-khach = You scan the buyer's QR code to get the money
kt-tai-khoan-nhan-quet-ma-khach-feedback = Scanning a QR code pays money out; it does not bring money in. Send the buyer your own receiving QR code to scan.
kt-tai-khoan-nhan-tai-khoan-minh = Your own account: send the buyer your receiving QR code
kt-tai-khoan-nhan-tai-khoan-minh-feedback = Right. The buyer scans the code, sees your name, then transfers. Check in your own banking app that the money arrived before sending the goods.

kt-thue-co-thanh-toan-prompt = You sell tea on a platform with a payment function. A buyer pays 1,000,000 dong for tea through the platform. Under the rules from 1 July 2025, what about the tax on this order?
kt-thue-co-thanh-toan-tu-khai-don-nay = You declare and pay the tax on this order yourself
kt-thue-co-thanh-toan-tu-khai-don-nay-feedback = When the buyer pays through a platform with a payment function, the platform withholds the tax for you: 1% and 0.5%, that is 15,000 dong. You do not declare this part again.
kt-thue-co-thanh-toan-san-khau-tru = The platform withholds 15,000 dong in tax; you do not declare this part again
kt-thue-co-thanh-toan-san-khau-tru-feedback = Right. The platform withholds 1% value-added tax (10,000 dong) and 0.5% personal income tax (5,000 dong). Tax the platform has already withheld, you do not declare again.
kt-thue-co-thanh-toan-khong-co-thue = No tax, because it is sold online
kt-thue-co-thanh-toan-khong-co-thue-feedback = Selling online is taxed too. On a platform with a payment function, the platform withholds 1% and 0.5%, that is 15,000 dong for this order.
kt-thue-co-thanh-toan-nop-nguoi-goi = Transfer the tax to a caller who says he is a tax officer
kt-thue-co-thanh-toan-nop-nguoi-goi-feedback = Do not transfer money to a caller who says he is a tax officer: crooks often pose as tax officers. Here the platform has already withheld 15,000 dong for you.

kt-thue-tu-khai-prompt = You sell tea where there is no payment function: buyers transfer straight into your account. Who declares the tax on this sales money?
kt-thue-tu-khai-tu-khai = You, yourself
kt-thue-tu-khai-tu-khai-feedback = Right. Where there is no payment function, nobody withholds for you, so you declare it yourself. If unsure, ask the tax office or the commune staff.
kt-thue-tu-khai-trang-khau-tru = The place where you post withholds the tax for you on every order
kt-thue-tu-khai-trang-khau-tru-feedback = Only a platform with a payment function withholds for you. Here buyers pay you directly, so you declare it yourself.
kt-thue-tu-khai-nguoi-mua-khai = The buyer declares it for you
kt-thue-tu-khai-nguoi-mua-khai-feedback = Buyers do not declare tax for sellers. Here buyers pay you directly, so you declare it yourself.
kt-thue-tu-khai-khong-ai = Nobody, because the money goes straight into your account
kt-thue-tu-khai-khong-ai-feedback = When money comes straight to you, nobody withholds tax for you, so you declare it yourself.

kt-livestream-prompt = From 1 July 2026, you want to livestream, that is, sell with a live video, to sell tea on a platform. Under the new law, what must you do before the livestream?
kt-livestream-gui-anh-cccd = Send a photo of your ID card to someone messaging you as platform staff
kt-livestream-gui-anh-cccd-feedback = Do not send your ID card photo to anyone by message. Verify your identity yourself with VNeID, following the instructions in the platform's app.
kt-livestream-khong-can = Nothing; just switch on and sell
kt-livestream-khong-can-feedback = Under the new law, livestream sellers must verify their identity with VNeID, and the platform checks this before the livestream.
kt-livestream-xac-thuc-vneid = Verify your identity with VNeID, following the platform's instructions
kt-livestream-xac-thuc-vneid-feedback = Right. Under the new law, livestream sellers must verify their identity with VNeID, and the platform checks this before the livestream. You do it yourself in the app, not through messages.
kt-livestream-muon-tai-khoan = Borrow a verified person's account to do the livestream
kt-livestream-muon-tai-khoan-feedback = Using someone else's account hides who the real seller is. Verify your own identity with VNeID.

kt-video-dong-goi-prompt = A buyer writes: “The box I received had only 2 jars, not 3.” You remember sending all 3. What would prove it best?
kt-video-dong-goi-video = The video you filmed in one go while packing that very box, showing the shipping label
kt-video-dong-goi-video-feedback = Right. A video filmed in one go, showing the shipping label, the 3 jars going in and the box being sealed, is the clearest evidence.
kt-video-dong-goi-loi-hua = Your promise to the buyer that you sent them all
kt-video-dong-goi-loi-hua-feedback = A promise is hard to use as evidence. Only the video filmed while packing that box shows you sent them all.
kt-video-dong-goi-anh-dep = The pretty honey photo in your sales post
kt-video-dong-goi-anh-dep-feedback = The photo in your post does not show how many jars were in that box. The video filmed while packing is the evidence.
kt-video-dong-goi-chuyen-tien-ngay = Nothing; just refund the buyer for 1 jar to be done with it
kt-video-dong-goi-chuyen-tien-ngay-feedback = You need not pay when you did send everything. The packing video lets you and the buyer look at it together clearly.

kt-chon-anh-prompt = You are getting ready to post your own shiitake mushrooms for sale. Which photos should you post? Tick every right answer.
kt-chon-anh-anh-mang = A lovely shiitake photo from another shop, downloaded from the internet
kt-chon-anh-anh-mang-feedback = That photo belongs to someone else; it is not your mushrooms. A buyer who gets goods that do not look like the photo will feel cheated.
kt-chon-anh-tu-chup-ro = A photo you took of your own mushrooms, sharp and well lit
kt-chon-anh-tu-chup-ro-feedback = Right. A real, sharp photo helps buyers trust your goods.
kt-chon-anh-canh-cccd = A photo of your mushrooms with your ID card beside them, so buyers trust you
kt-chon-anh-canh-cccd-feedback = Do not post a photo with your ID card: crooks can use the details on it to pretend to be you.
kt-chon-anh-goc-khac = A close-up of your own mushrooms, each one clearly visible
kt-chon-anh-goc-khac-feedback = Right. An extra close-up helps buyers see the real goods clearly.
