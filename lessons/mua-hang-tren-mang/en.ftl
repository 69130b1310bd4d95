# Lesson: Shopping online safely. Vietnamese (vi.ftl) is the reference: this file must have
# exactly the same ids. See docs/lesson-format.md. Content must agree with ../shared/domain.md
# §9.1 (choosing a shop, checking on delivery, returns, fake shippers), §4.1 rows D and E,
# §4.3 no. 5, §3 (scanning a QR code sends money; it never receives money).
#
# A "shop" (buy) step S has six ids: S-task (the situation), S-product (the product's name),
# S-shop (the shop's name), S-seller (what the seller writes in the chat box), S-hint (after a
# wrong choice), S-explain.
# A "chat" step S: S-title, S-task, S-hint, S-explain; S-by-F (sender's name), S-msg-M (the
# message; for a picture, what it shows), S-reply-R (a ready-made reply).
# The four signs the app works out from the product page: under 4 stars; fewer than 10
# ratings; a price under half the usual price; a seller who wants to be paid outside the app.
# The lesson names them in plain words, not as button labels. A badge is neither a sure good
# nor a bad sign.
# UNVERIFIED, so not taught: current return deadlines (older copies: 7 days for Shopee Mall,
# 3 days for other shops), whether apps other than Shopee offer a delivery check, the real
# chat app's labels for block and report (the practice app uses its own: "Block this person",
# "Report message"). Shopee's labels are quoted only where domain.md
# sources them, with "the button's name in the real app may differ".
# Names, shops, phone and account numbers are made up; links are written with [.] so they
# cannot be opened. Amounts are written 890,000 dong; stars 4.8 stars.
# Kept in Vietnamese: "Đã nhận được hàng" (the button's name, glossed "Order received"),
# and the names of people, shops and groups.

lesson-title = Shopping online safely
lesson-summary = You practise choosing a trustworthy shop, receiving and checking a parcel the right way, returning goods in the app, and spotting fake delivery people.

## Practice

gioi-thieu-text =
    Shopping online means ordering in a shopping app on your phone. A delivery person, also called a shipper, brings the goods to your door. You do not have to travel far, and there are many goods to choose from.
    But online there are also scam shops, and fraudsters who pretend to be delivery people to take your money.
    In this lesson you practise on a pretend shopping app and a pretend chat app. The names of people and shops are made up. No real money is sent.
    You will practise four things: choosing a trustworthy shop, receiving and checking a parcel, returning goods that are faulty, and spotting fake delivery people.
    Pressing the wrong thing is fine. Read the explanation and try again.

chon-shop-text =
    Before you buy, read the product page carefully. It shows the price, and sometimes the usual price elsewhere so you can compare. It shows stars: buyers rate from 1 to 5 stars. It shows how many ratings there are, how many were sold, and sometimes a badge for the shop.
    Watch for four warning signs.
    One: under 4 stars. Many buyers were not happy.
    Two: very few ratings. In this lesson, fewer than 10 is few. Five stars from only three people does not tell you much.
    Three: a price far too low, under half the usual price. Goods that cheap are likely fake, poor quality, or from a scam shop.
    Four: the seller wants to be paid outside the app, for example by messaging privately on Zalo and transferring money first "for a discount". When you pay in the app and the goods are faulty, you ask for a return and refund right in the app. When you transfer privately, the money goes straight to the seller and is very hard to get back.
    About badges: there is an official-store badge (on Shopee it is called Shopee Mall, on Lazada LazMall) and a well-rated-shop badge (on Shopee called Yêu thích, "Favourite"). A badge is a good sign, but not a guarantee. A shop without a badge but with many good ratings is fine to buy from.
    If you see no warning sign: order in the app, and pay in the app or on delivery.
    If you see even one sign: do not buy, and tick the signs you see.
    Transferring money first straight to the seller is never a good idea.

lt-noi-com-task = You want to buy a new rice cooker for the family. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
lt-noi-com-product = Rice cooker, 1.8 litres
lt-noi-com-shop = Hòa Bình Official Home Appliances
lt-noi-com-seller = Hello from the shop. Just order in the app; you can also choose to pay on delivery.
lt-noi-com-hint = Look again: 4.8 stars, a great many ratings, a price close to the usual price, and the seller does not ask to be paid outside the app. There is no warning sign, so you order in the app. Do not transfer money first to the seller.
lt-noi-com-explain = That's right. 4.8 stars from 2,350 ratings, a price of 890,000 dong close to the usual 950,000 dong, and the seller lets you pay in the app or on delivery. There is no warning sign, so you order in the app.

lt-dien-thoai-task = Your grandchild wants to buy a smartphone and asks you to look at this product page. Choose: order in the app, transfer money first to the seller, or do not buy.
lt-dien-thoai-product = Smartphone with a big screen
lt-dien-thoai-shop = Cheap Phones World 247
lt-dien-thoai-seller = Clearance at shock prices, only 5 phones left, order quickly before they are gone!
lt-dien-thoai-hint = Compare the price with the usual price elsewhere: 1,200,000 dong is under half of 5,500,000 dong. A price far too low is a warning sign. Do not buy, and tick the sign for a price far too low.
lt-dien-thoai-explain = That's right. 1,200,000 dong is under a quarter of the usual 5,500,000 dong. Goods that cheap are likely fake, poor quality, or from a scam shop. "Only 5 left" is there to make you hurry. You do not buy.

lt-hat-giong-task = You need cabbage seeds to sow next season. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
lt-hat-giong-product = Sweet cabbage seeds, 50-gram packet
lt-hat-giong-shop = Grandma Tư's Seed Garden
lt-hat-giong-seller = Thank you for visiting the shop. Fresh seeds, packed this month.
lt-hat-giong-hint = This shop has no badge, but having no badge is not a bad sign. Look again: 4.7 stars, over 300 ratings, a price close to the usual price, and the seller does not ask to be paid outside. You can order in the app.
lt-hat-giong-explain = That's right. The shop has no badge, but it has 4.7 stars from 310 ratings and a price of 25,000 dong close to the usual price. There is no warning sign, so you order in the app.

lt-ao-am-task = The cold season is coming and you want to buy a warm jacket for your father. Read the product page and the seller's message carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
lt-ao-am-product = Warm jacket for older people
lt-ao-am-shop = Mộc Miên Fashion
lt-ao-am-seller = Message the shop privately on Zalo and transfer first, and the shop gives you 15% off.
lt-ao-am-hint = Read the seller's message in the chat box again. Asking you to transfer privately, outside the app, is a warning sign, even though the shop has a badge and many stars. Do not buy, and tick the sign for paying outside the app.
lt-ao-am-explain = That's right. The shop has a badge and many good ratings, but the seller asks you to transfer privately. Money sent privately goes straight to the seller: if the goods never come or are faulty, it is very hard to get it back. A badge is a good sign, not a guarantee.

lt-may-xay-task = You want to buy a blender. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
lt-may-xay-product = Blender with 2 jugs
lt-may-xay-shop = Phú Quý Electronics
lt-may-xay-seller = It's a very good blender, just order it.
lt-may-xay-hint = The price is normal. Look again at the stars and the number of ratings: under 4 stars, and only 7 ratings. Do not buy, and tick the signs you see.
lt-may-xay-explain = That's right. 3.2 stars is under 4 stars: many buyers were not happy. Only 7 ratings is too few to trust. You do not buy, and look for another shop with many good ratings.

nhan-hang-text =
    When you order, you can pay right in the app, or choose to pay on delivery, also called COD (cash on delivery). Paying on delivery means you pay the delivery person when they hand the parcel to you.
    Some apps let you do a delivery check ("đồng kiểm"): you look at the goods together with the delivery person before you accept them. On Shopee, the delivery check has clear rules.
    You may only look at the outside of the parcel, and count that the quantity is complete.
    You do not open anti-counterfeit stickers or the product's own seal, and you do not tear the delivery label.
    You do not try anything out: no plugging in, no trying on clothes, no trying on shoes.
    If the parcel is crushed or torn, or the goods are wrong or missing: refuse it, and hand the delivery person back all the packaging and everything that came with it.
    If you damage the goods or break a seal while checking, the delivery person may refuse to take it back, and you must pay.
    After you accept the parcel, when you open it at home, ask a family member to film it. If the goods are faulty, that video is your proof when you ask for a return.

lt-dong-kiem-prompt = The delivery person brings the rice cooker you ordered, to be paid on delivery. During the delivery check, which things may you do? Choose all the right ones.
lt-dong-kiem-xem-vo-hop = Look at whether the box is crushed, torn or wet
lt-dong-kiem-xem-vo-hop-feedback = Right. During the delivery check, you may look at the outside of the parcel.
lt-dong-kiem-dem-so-luong = Count that you got the quantity you ordered
lt-dong-kiem-dem-so-luong-feedback = Right. During the delivery check, you may count that the quantity is complete.
lt-dong-kiem-boc-niem-phong = Peel off the seal and open the rice cooker's box to look inside
lt-dong-kiem-boc-niem-phong-feedback = During the delivery check you do not peel off stickers or open seals. Once it is opened, the delivery person may refuse to take it back. You only look at the outside and count.
lt-dong-kiem-cam-dien = Plug the rice cooker in and run it for a while
lt-dong-kiem-cam-dien-feedback = During the delivery check you may not try anything out or plug it in. You only look at the outside and count. If the cooker turns out faulty when you use it, ask for a return in the app.

lt-hop-rach-prompt = You go out to receive a parcel you ordered online, to be paid on delivery. One corner of the parcel is crushed and the tape is torn. What do you do?
lt-hop-rach-tu-choi = Refuse it and give the parcel back to the delivery person
lt-hop-rach-tu-choi-feedback = That's right. If the parcel is crushed or torn, refuse it and give back all the packaging and everything that came with it. You do not pay for that parcel.
lt-hop-rach-nhan-roi-tinh = Just accept it and pay to get it over with, then open it at home and see
lt-hop-rach-nhan-roi-tinh-feedback = Once accepted, it is hard to say when the damage happened. If the parcel is crushed or torn, refuse it right then.
lt-hop-rach-boc-ra-xem = Open the parcel to see whether the inside is all right
lt-hop-rach-boc-ra-xem-feedback = If the parcel is crushed or torn, simply refuse it; there is no need to open it. If you break a seal or damage the goods, the delivery person may refuse to take it back, and you must pay.

tra-hang-text =
    You accepted the parcel, and only when you open it at home do you find the goods broken, the wrong colour, the wrong size, or missing? Ask for a return and refund right in the shopping app.
    The steps, for example on Shopee (the button's name in the real app may differ):
    Open that order in the app.
    Press the button to ask for a return and refund.
    Choose "I received the goods but they have a problem", then choose the item.
    Write the reason and a description, and add photos or the video of opening the box.
    Press send, then wait for the answer.
    If it is accepted, send the goods back: a delivery person comes to collect them, or you take them to the post office.
    Important: until you have checked the goods carefully, do not press the button that confirms "Đã nhận được hàng" (Order received). On Shopee, once you press it you can no longer ask for a return. In other apps too, check the goods carefully before you press it.
    The time for returns is limited. Look it up in the app, and act as soon as you see a problem with the goods.
    Returns and refunds are always done in the app. Nobody needs you to scan a QR code or open a link to "get a refund".

lt-tra-hang-prompt = You received a pair of shoes ordered online. When you open the box at home, you see that a sole is coming off. You want to return them. Put the steps in the right order.
lt-tra-hang-hint = Start by opening the order in the app. Sending the goods back is the last thing, done only once the request is accepted.
lt-tra-hang-mo-don = Open the order for the shoes in the shopping app
lt-tra-hang-bam-tra-hang = Press to ask for a return and refund
lt-tra-hang-chon-tinh-trang = Choose "I received the goods but they have a problem", choose the shoes
lt-tra-hang-ghi-ly-do = Write the reason and a description, add photos and the unboxing video
lt-tra-hang-gui-yeu-cau = Press send, then wait for the answer
lt-tra-hang-gui-hang-lai = Once accepted, send the shoes back through a delivery person or the post office

lt-da-nhan-prompt = The parcel arrives; you accept it and pay the delivery person. The app shows the button "Đã nhận được hàng" (Order received). You have not opened the box yet. What do you do?
lt-da-nhan-mo-xem-truoc = Open the box and check the goods first; press the button only if they are fine
lt-da-nhan-mo-xem-truoc-feedback = That's right. On Shopee, once you press "Đã nhận được hàng" you can no longer ask for a return. Check the goods carefully first, and press it only if they are fine.
lt-da-nhan-bam-ngay = Press the button now to be done with it
lt-da-nhan-bam-ngay-feedback = On Shopee, once you press that button you can no longer ask for a return. Open the box and check the goods first, and press it only if they are fine.
lt-da-nhan-bam-roi-tra-sau = Press it now; if the goods are faulty you can still ask for a return afterwards
lt-da-nhan-bam-roi-tra-sau-feedback = On Shopee, once you press "Đã nhận được hàng" you can no longer ask for a return. Open the box and check the goods first, and press it only if they are fine.

shipper-gia-text =
    Fraudsters often pretend to be delivery people. Whether you pay on delivery or paid in advance in the app, they can still message or call you. Common tricks:
    "Nobody answered, so I left the parcel at your gate; please transfer the money to this account." If you do not have the parcel in your hands, do not transfer anything.
    "Your order is held at the warehouse; pay the exit fee by scanning this QR code." Do not scan.
    "The system charged you by mistake; scan this QR code or open this link to get a refund." Remember: scanning a QR code or opening a link never brings money back to your account. Scanning a code is for paying money out.
    "Add me on Zalo so I can send you a photo of the order." Then someone posing as a police officer makes a video call. Do not add them.
    An offer to work as a "collaborator confirming orders" for a shopping app, for a commission but with a deposit first, is also a scam.
    The right way: open the shopping app yourself to see where the order is and how much it costs. Pay only when you hold the parcel in your hands, or pay in the app.
    In the chat app: if a stranger asks you for money in a private chat, block that person. If a message asking for money or a strange QR code is posted in a group, report that very message, so others in the group are not fooled. You do not need to leave the group.
    A real delivery person only arranges for you to come and collect the parcel. Reply to them as usual.

lt-chat-cong-title = Shipper Anh Khoa
lt-chat-cong-task = You are waiting for a parcel you ordered online, to be paid on delivery. A stranger sends you a private message. You go out to the gate and see no parcel. Read the messages, then do the right thing.
lt-chat-cong-hint = A real delivery person hands over the goods first and then takes the money. A stranger who asks for a transfer before you have seen the parcel is a fraudster. This is a private chat, so block this person, do not reply.
lt-chat-cong-explain = That's right. You blocked this stranger. Until you have the parcel in your hands, you do not pay. To know where your order is, open the shopping app yourself and look.
lt-chat-cong-by-shipper = Shipper Anh Khoa
lt-chat-cong-msg-chao = Hello, I'm the shipper delivering your order.
lt-chat-cong-msg-de-cong = I called and called but nobody answered, so I left the parcel at your gate.
lt-chat-cong-msg-doi-tien = Please transfer 285,000 dong for the goods to account number 00001903xxxx, name NGUYEN VAN T. Thank you.
lt-chat-cong-reply-da-chuyen = OK, I'll transfer it right now.
lt-chat-cong-reply-gui-anh = Send me a photo of the parcel, please.

lt-chat-nhom-title = Đồng Tâm hamlet buy and sell
lt-chat-nhom-task = You are in the hamlet's buy-and-sell group. Read the new messages. If you see a scam message, do the right thing with it.
lt-chat-nhom-hint = Scanning a QR code never brings money back to your account. A message promising a refund through a QR code is a scam. In a group, report that very message.
lt-chat-nhom-explain = That's right. You reported the message with the "refund" QR code. Scanning a code is for paying money out, never for getting money back. You could also tell Mrs Hoa not to scan, and to check her order in the shopping app herself.
lt-chat-nhom-by-truong-thon = Hamlet head Lục Văn Hải
lt-chat-nhom-by-hang-xom = Mrs Nông Thị Mơ
lt-chat-nhom-by-nguoi-la = Refund Support
lt-chat-nhom-by-chi-hoa = Mrs Hoàng Thị Hoa
lt-chat-nhom-msg-hop-thon = Hamlet notice: hamlet meeting on Saturday afternoon at 2 pm at the cultural house.
lt-chat-nhom-msg-rau = I have fresh clean cabbage just picked; message me if you need some.
lt-chat-nhom-msg-ma-hoan-tien = A QR code with the words: "The shop sent orders by mistake. If you were charged, scan this code to get a refund today."
lt-chat-nhom-msg-hoi = I was charged yesterday. Should I scan this code, everyone?

ghi-nho-text =
    Remember these points.
    Choosing a shop: look at the stars, the number of ratings, the price against the usual price, and what the seller writes. Under 4 stars, too few ratings, under half the usual price, or a request to pay outside the app: do not buy.
    Pay in the app or on delivery. Do not transfer money first to the seller.
    Delivery check: only look at the outside and count; do not open seals, do not try things out. If the parcel is crushed or torn, refuse it.
    Faulty goods: ask for a return in the app, before you press "Đã nhận được hàng".
    Scanning a QR code or opening a link never brings money back. A stranger asking for money in a private chat: block. A scam message in a group: report.
    Next comes a short check. Take your time; there is no timer.

## Final check

kt-binh-giu-nhiet-task = You want to buy a thermos to take water to the fields. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-binh-giu-nhiet-product = Thermos flask, 1 litre
kt-binh-giu-nhiet-shop = An Khang Official Kitchenware
kt-binh-giu-nhiet-seller = Hello from the shop. Genuine goods; please order in the app.
kt-binh-giu-nhiet-hint = Look again: 4.9 stars, a great many ratings, a price close to the usual price, and the seller does not ask to be paid outside. There is no warning sign, so you order in the app.
kt-binh-giu-nhiet-explain = That's right. 4.9 stars from 5,600 ratings, a price of 320,000 dong close to the usual price, and the seller lets you pay in the app. You order in the app.

kt-phan-bon-la-task = You need a bottle of leaf fertiliser for the vegetable garden. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-phan-bon-la-product = Leaf fertiliser for vegetables, 500 ml bottle
kt-phan-bon-la-shop = Hai Thịnh Farm Supplies
kt-phan-bon-la-seller = It's in stock; order today and the shop sends it tomorrow.
kt-phan-bon-la-hint = The shop has no badge, but that is not a bad sign. Look again: 4.5 stars, 86 ratings, a price close to the usual price, and the seller does not ask to be paid outside. You can order in the app.
kt-phan-bon-la-explain = That's right. No badge, but 4.5 stars from 86 ratings and a price of 65,000 dong close to the usual price. There is no warning sign, so you order in the app.

kt-den-pin-task = Your house often has power cuts in the evening, so you want to buy a rechargeable torch. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-den-pin-product = Rechargeable torch
kt-den-pin-shop = Minh Tâm Home Electrics
kt-den-pin-seller = Thank you. You can choose to pay on delivery too.
kt-den-pin-hint = Look again: 4.7 stars, over 400 ratings, a price close to the usual price, and the seller lets you pay on delivery. There is no warning sign, so you order in the app.
kt-den-pin-explain = That's right. 4.7 stars from 430 ratings, a price of 150,000 dong close to the usual price, and the seller does not ask to be paid outside. You order in the app.

kt-ao-mua-task = You need a raincoat set for going to the market. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-ao-mua-product = Raincoat set, parachute fabric
kt-ao-mua-shop = Auntie Sáu's Raincoats
kt-ao-mua-seller = The coats are thick and come with a bag. Write the size you need in the note when you order.
kt-ao-mua-hint = Look again: 4.2 stars is 4 stars or more, 25 ratings is not few, the price is close to the usual price, and the seller does not ask to be paid outside. There is no warning sign, so you order in the app.
kt-ao-mua-explain = That's right. 4.2 stars, 25 ratings, and a price of 95,000 dong close to the usual price. A small shop without a badge, but with no warning sign. You order in the app.

kt-tivi-task = You plan to buy a television for the whole family. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-tivi-product = Television, 50-inch screen
kt-tivi-shop = Clearance Electronics Supermarket
kt-tivi-seller = Shock prices today only, order now before they are gone!
kt-tivi-hint = Compare the price with the usual price: 3,500,000 dong is under half of 9,000,000 dong. A price far too low is a warning sign. Do not buy, and tick that sign.
kt-tivi-explain = That's right. 3,500,000 dong is under half the usual 9,000,000 dong. Far too cheap is likely fake goods or a scam shop. You do not buy.

kt-giay-task = You want to buy a pair of trainers for your grandchild. Read the product page and the seller's message carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-giay-product = Trainers
kt-giay-shop = Phương Nam Shoes
kt-giay-seller = Message the shop privately on Zalo and transfer first, and the shop adds a free pair of socks.
kt-giay-hint = Read the seller's message in the chat box again. Asking you to transfer privately, outside the app, is a warning sign, even though the shop has a badge. Do not buy, and tick that sign.
kt-giay-explain = That's right. The shop has a badge and many stars, but the seller asks you to transfer privately. Money that goes straight to the seller is very hard to get back. You do not buy.

kt-may-cat-co-task = You want to buy a handheld grass trimmer for the garden. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-may-cat-co-product = Handheld grass trimmer
kt-may-cat-co-shop = Good Price Farm Tools
kt-may-cat-co-seller = A strong machine, with a 6-month warranty.
kt-may-cat-co-hint = The price is normal and there are many ratings. Look again at the stars: 3.4 stars is under 4 stars. Do not buy, and tick that sign.
kt-may-cat-co-explain = That's right. 3.4 stars is under 4 stars: of 150 people who rated it, many were not happy. You do not buy, and look for another shop.

kt-loa-task = You want to buy a small speaker to listen to the radio and music. Read this product page carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-loa-product = Portable music speaker
kt-loa-shop = Hạnh Phúc Radios and Speakers
kt-loa-seller = It sounds great, a full 5 stars.
kt-loa-hint = Five stars sounds good, but look at how many people rated it: only 3 ratings. Too few ratings is a warning sign. Do not buy, and tick that sign.
kt-loa-explain = That's right. Five stars from only 3 people does not tell you much. You do not buy, and look for a shop with more good ratings.

kt-xe-dap-dien-task = You plan to buy an electric bicycle for your child to ride to school. Read the product page and the seller's message carefully, then choose: order in the app, transfer money first to the seller, or do not buy.
kt-xe-dap-dien-product = Electric bicycle
kt-xe-dap-dien-shop = Factory Price E-Bikes
kt-xe-dap-dien-seller = Transfer to the shop first to hold this price, and the bike is delivered to your door.
kt-xe-dap-dien-hint = Compare the price: 2,000,000 dong is under half of 12,000,000 dong. Read the seller's message too: a transfer first, outside the app. Do not buy, and tick the signs you see.
kt-xe-dap-dien-explain = That's right. There are two signs: a price far too low, and a seller who wants a transfer first, outside the app. You do not buy.

kt-chat-phi-kho-title = Kho Vận Chuyển Toàn Quốc
kt-chat-phi-kho-task = You are waiting for a parcel you ordered online. An unknown account sends you a private message. Read the messages, then do the right thing.
kt-chat-phi-kho-hint = There is no "warehouse exit fee" to pay through a QR code a stranger sends. If a stranger asks for money in a private chat, block them. To see where your order is, look in the shopping app yourself.
kt-chat-phi-kho-explain = That's right. You blocked this unknown account. Asking for a "warehouse exit fee" by QR code is a fraudster's trick. Open the shopping app yourself to see your order.
kt-chat-phi-kho-by-kho = Kho Vận Chuyển Toàn Quốc
kt-chat-phi-kho-msg-giu-kho = Your order is being held at the warehouse because the 18,000 dong exit fee has not been paid.
kt-chat-phi-kho-msg-ma-qr = A QR code with the words: "Scan this code to pay and receive your goods today."
kt-chat-phi-kho-reply-hoi-ma-don = What is my order number?
kt-chat-phi-kho-reply-quet-ngay = OK, I'll scan it now.

kt-chat-ket-ban-title = Shipper Minh Đức
kt-chat-ket-ban-task = A few days ago you ordered a blanket and paid in the app. A stranger sends you a private message. Read the messages, then do the right thing.
kt-chat-ket-ban-hint = A real delivery person does not need to add you on Zalo, and the police do not investigate or settle anything through a video call. When a stranger messages you privately like this, block them.
kt-chat-ket-ban-explain = That's right. You blocked this person. Asking to add you on Zalo "to send a photo of the order", followed by a video call from a "police officer", is a scam. To see how your order is doing, look in the shopping app yourself.
kt-chat-ket-ban-by-shipper = Shipper Minh Đức
kt-chat-ket-ban-msg-xung-shipper = I'm the shipper for the blanket you ordered the other day.
kt-chat-ket-ban-msg-ket-ban = There is a problem with your order. Add me on Zalo so I can send you a photo of the order.
kt-chat-ket-ban-msg-cong-an = Soon a police officer will video-call you to verify it; just follow his instructions.
kt-chat-ket-ban-reply-dong-y = OK, send me your Zalo number.
kt-chat-ket-ban-reply-hen-mai = Let's talk tomorrow when I'm free.

kt-chat-hoi-vien-title = Khe Mọc hamlet neighbours
kt-chat-hoi-vien-task = You are in the hamlet's chat group. Read the new messages. If you see a scam message, do the right thing with it.
kt-chat-hoi-vien-hint = A message that threatens a monthly charge and then tells you to open a link to cancel it is a scam. In a group, report that very message.
kt-chat-hoi-vien-explain = That's right. You reported the "shipper membership" message. Threatening a charge and then telling you to open a link to cancel it is a scam trick: opening a strange link can lose you real money. If you have a question about an order, look in the shopping app yourself.
kt-chat-hoi-vien-by-truong-thon = Hamlet head Hoàng Văn Bình
kt-chat-hoi-vien-by-nguoi-la = Delivery Call Centre
kt-chat-hoi-vien-by-hang-xom = Mr Lý Văn Sơn
kt-chat-hoi-vien-msg-lich-tiem = On Monday morning the commune health station vaccinates young children; families, remember to bring the health book.
kt-chat-hoi-vien-msg-hoi-vien = Sorry everyone, the system signed you all up by mistake as shipper members, and you will be charged 2,500,000 dong a month. Open the link tong-dai-huy[.]top to cancel now.
kt-chat-hoi-vien-msg-ban-ga = I have free-range chickens; message me if you need some.

kt-chat-chuyen-truoc-title = Nà Pá hamlet women's group
kt-chat-chuyen-truoc-task = You are in the hamlet women's group. Today you have an order to be paid on delivery. Read the new messages. If you see a scam message, do the right thing with it.
kt-chat-chuyen-truoc-hint = A real delivery person hands over the goods first and then takes the money. A message asking for a transfer before delivery is a scam. In a group, report that very message.
kt-chat-chuyen-truoc-explain = That's right. You reported the message asking for a transfer first. For goods paid on delivery, you pay when you hold the parcel in your hands, and never transfer first to anyone.
kt-chat-chuyen-truoc-by-chi-lan = Mrs Triệu Thị Lan
kt-chat-chuyen-truoc-by-nguoi-la = Shipper Tuấn Giao Hàng
kt-chat-chuyen-truoc-by-bac-tu = Mrs Đặng Thị Tư
kt-chat-chuyen-truoc-msg-mua-chung = Anyone who wants to buy maize seed together, tell me before Thursday.
kt-chat-chuyen-truoc-msg-shipper-doi = If you have a pay-on-delivery order today, transfer first to account 00002468xxxx, then I will leave the goods at the hamlet's cultural house.
kt-chat-chuyen-truoc-msg-cam-on = Thank you, Lan, I'll take two packets.

kt-chat-shipper-that-title = Anh Giao Hàng
kt-chat-shipper-that-task = The shopping app says your order of sandals is being delivered today, to be paid on delivery: 150,000 dong. The delivery person messages you. Read the messages, then do the right thing.
kt-chat-shipper-that-hint = This person only asks you to come and collect; the amount matches the order in the app, and there is no request to transfer first. Reply that you are coming to collect it, will look at the parcel, and then pay.
kt-chat-shipper-that-explain = That's right. This is a real delivery person: the amount matches the order in the app, and you pay when you hold the parcel in your hands. You do not transfer first, and you do not ask for it to be left at the gate.
kt-chat-shipper-that-by-shipper = Anh Giao Hàng
kt-chat-shipper-that-msg-den-noi = I'm at the end of your lane with the sandals you ordered.
kt-chat-shipper-that-msg-so-tien = It's pay on delivery, 150,000 dong. Could you come out and collect it?
kt-chat-shipper-that-reply-chuyen-truoc = Send me your account number and I'll transfer first to save time.
kt-chat-shipper-that-reply-ra-nhan = Coming now. I'll look at the parcel and then pay you.
kt-chat-shipper-that-reply-de-cong = Just leave it at the gate; I'll transfer the money tonight.

kt-dong-kiem-giay-prompt = The delivery person brings the shoes you ordered, to be paid on delivery. During the delivery check, what do you do?
kt-dong-kiem-giay-xem-ngoai-dem = Look at the outside of the parcel and count it is all there
kt-dong-kiem-giay-xem-ngoai-dem-feedback = That's right. During the delivery check you only look at the outside of the parcel and count. No opening seals, no trying on.
kt-dong-kiem-giay-di-thu = Open the box, take the shoes out and try them on for size, and pay only if they fit
kt-dong-kiem-giay-di-thu-feedback = During the delivery check you may not try anything out or try the shoes on. You only look at the outside of the parcel and count.
kt-dong-kiem-giay-xe-nhan = Tear off the delivery label to see the shop's name
kt-dong-kiem-giay-xe-nhan-feedback = Do not tear the delivery label. During the delivery check you only look at the outside of the parcel and count.
kt-dong-kiem-giay-tra-luon = Pay straight away without looking
kt-dong-kiem-giay-tra-luon-feedback = Look at the outside of the parcel and count before you pay. If the parcel is crushed or torn, refuse it.

kt-hop-uot-prompt = You go out to receive a parcel to be paid on delivery. One side of the box is soaking wet and a corner is squashed. What do you do?
kt-hop-uot-tu-choi-tra-du = Refuse it; give the whole box back
kt-hop-uot-tu-choi-tra-du-feedback = That's right. If the outside of the parcel is damaged, refuse it and give the delivery person back all the packaging and everything that came with it.
kt-hop-uot-nhan-roi-tinh = Accept it and pay anyway, then open it at home and see
kt-hop-uot-nhan-roi-tinh-feedback = Once accepted, it is hard to say when the damage happened. If the outside of the parcel is damaged, refuse it right then.
kt-hop-uot-lay-hang-tra-vo = Take out the goods inside, and give only the wet box back to the delivery person to take away
kt-hop-uot-lay-hang-tra-vo-feedback = When you refuse, you give back the whole parcel, all the packaging and everything that came with it, and keep nothing.
kt-hop-uot-boc-xem = Open the box to see whether the goods inside are all right
kt-hop-uot-boc-xem-feedback = If the box is damaged, simply refuse it; there is no need to open it. If you break a seal or damage the goods, the delivery person may refuse to take it back, and you must pay.

kt-tra-hang-prompt = You bought a blanket online. When you open the bag at home, you see a long tear in it. Put the return steps in the right order.
kt-tra-hang-hint = Start by opening the order in the app. Sending the goods back is the last thing, done only once the request is accepted.
kt-tra-hang-mo-don = Open the order for the blanket in the shopping app
kt-tra-hang-bam-tra-hang = Press to ask for a return and refund
kt-tra-hang-chon-tinh-trang = Choose "I received the goods but they have a problem", choose the blanket
kt-tra-hang-ghi-ly-do = Write the reason and a description, add a photo of the tear and the video of opening the bag
kt-tra-hang-gui-yeu-cau = Press send, then wait for the answer
kt-tra-hang-gui-hang-lai = Once accepted, send the blanket back through a delivery person or the post office

kt-nhan-cod-prompt = You ordered a fan and chose to pay on delivery. Today the delivery person calls to say he is nearly there. Put the things to do in the right order.
kt-nhan-cod-hint = First, look at the order in the app yourself. Look at the outside of the parcel before you pay. Pressing "Đã nhận được hàng" is the last thing, after you have opened the box and checked.
kt-nhan-cod-xem-ung-dung = Open the shopping app yourself and look at the fan order and the amount to pay
kt-nhan-cod-ra-gap = Go out to meet the delivery person
kt-nhan-cod-dong-kiem = Look at the outside of the parcel and count it is all there
kt-nhan-cod-tra-tien = Pay and take the parcel
kt-nhan-cod-quay-video = At home, open the box while a family member films it
kt-nhan-cod-bam-da-nhan = If the fan is fine, press "Đã nhận được hàng"

kt-sai-co-prompt = You bought a large shirt for your husband. When you open the bag, the shop has sent a small one. The app is showing the button "Đã nhận được hàng" (Order received). What do you do?
kt-sai-co-yeu-cau-tra = Send a return request in the app, without pressing "Đã nhận được hàng"
kt-sai-co-yeu-cau-tra-feedback = That's right. For the wrong size, ask for a return and refund right in the app. On Shopee, if you press "Đã nhận được hàng" first, you can no longer ask for a return.
kt-sai-co-bam-roi-tra = Press "Đã nhận được hàng" first, then ask for a return
kt-sai-co-bam-roi-tra-feedback = On Shopee, once you press "Đã nhận được hàng" you can no longer ask for a return. Send the return request in the app first.
kt-sai-co-nhan-rieng = Message the seller privately on Zalo and transfer them the cost of sending the shirt back
kt-sai-co-nhan-rieng-feedback = If you send money privately to the seller, the app cannot help you. Send a return request right in the app.
kt-sai-co-bo-di = Never mind, put the shirt away and do nothing
kt-sai-co-bo-di-feedback = You do not have to lose out. Send a return request in the app, before you press "Đã nhận được hàng", and do it soon because the time is limited.

kt-hoan-tien-qr-prompt = A stranger calls, saying he works for a shop: "The shop charged you by mistake; scan the QR code I'm texting you to get your 500,000 dong back." What do you do?
kt-hoan-tien-qr-khong-quet = Do not scan; hang up and check the order in the app yourself
kt-hoan-tien-qr-khong-quet-feedback = That's right. Scanning a QR code never brings money back to your account. Scanning a code is for paying money out. Hang up and open the shopping app yourself to check the order.
kt-hoan-tien-qr-quet-nhan-tien = Scan the code to get the money back
kt-hoan-tien-qr-quet-nhan-tien-feedback = Scanning a QR code is for paying money out, not for getting money in. Do not scan; hang up and check the order in the shopping app yourself.
kt-hoan-tien-qr-bam-link = Do not scan the code, but open the link they sent with it, to be sure of getting the money back
kt-hoan-tien-qr-bam-link-feedback = Opening a link never brings money back either, and it can lose you real money. Do not open it; hang up and check the order in the shopping app yourself.
kt-hoan-tien-qr-quet-thu = Scan it once to try; if no money comes, forget it
kt-hoan-tien-qr-quet-thu-feedback = Scanning even once can send your money away. Do not scan; hang up and check the order in the shopping app yourself.

kt-dau-hieu-prompt = When you choose a shop in a shopping app, which of these are warning signs? Choose all the right ones.
kt-dau-hieu-gia-re-qua = The price is under half the usual price
kt-dau-hieu-gia-re-qua-feedback = Right. Goods far too cheap are likely fake, poor quality, or from a scam shop.
kt-dau-hieu-ru-chuyen-rieng = The seller asks for a private transfer to get a discount
kt-dau-hieu-ru-chuyen-rieng-feedback = Right. When you pay outside the app, the money goes straight to the seller and is very hard to get back.
kt-dau-hieu-khong-huy-hieu = The shop has no badge
kt-dau-hieu-khong-huy-hieu-feedback = Having no badge is not a bad sign. A shop without a badge but with many good ratings is fine to buy from.
kt-dau-hieu-nhieu-danh-gia = The shop has thousands of ratings, 4.8 stars on average
kt-dau-hieu-nhieu-danh-gia-feedback = Many ratings and many stars are a good sign. The warning signs are under 4 stars, or very few ratings.
