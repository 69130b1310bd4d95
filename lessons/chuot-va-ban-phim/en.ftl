# Lesson: Using the mouse and keyboard. Vietnamese (vi.ftl) is the reference: this file must
# have exactly the same ids. See docs/lesson-format.md.

lesson-title = Using the mouse and keyboard
lesson-summary = You practise clicking the mouse, rolling its wheel, typing Vietnamese letters with accents, and using the Enter, Backspace and Tab keys.

## Practice

chuot-la-gi-text =
    This is the mouse. Rest your hand on it, with your index finger on the left button.
    Gently push the mouse across the table. The small arrow on the screen follows your hand.
    The left button is for choosing: move the arrow to what you want, then press the left button once.
    The small wheel in the middle moves the page up or down. Roll it towards you and the page moves down. Roll it away from you and the page moves up.
    If the mouse has reached the edge of the table but the arrow is not there yet, lift the mouse, put it back in the middle of the table, and push again.
    If you cannot see the arrow, move the mouse back and forth a little and you will spot it.
    A light press is enough. Pressing the wrong thing is fine: the computer will not break, and you can always do it again.

nut-trai-prompt = You want to choose a button on the screen. You move the arrow onto it, then what do you press on the mouse?
nut-trai-trai = The left button
nut-trai-trai-feedback = That's right. The left button is the one you use most: press it once to choose.
nut-trai-phai = The right button
nut-trai-phai-feedback = The right button is for other things. To choose, press the left button, under your index finger.
nut-trai-banh-xe = The wheel in the middle
nut-trai-banh-xe-feedback = The wheel moves the page up and down. To choose, press the left button, under your index finger.

lan-banh-xe-prompt = The page on the screen is too long and the bottom part is hidden. What do you do to see the bottom part?
lan-banh-xe-lan-ve-phia-minh = Roll the mouse wheel towards you
lan-banh-xe-lan-ve-phia-minh-feedback = That's right. Rolling the wheel towards you moves the page down. Rolling it away from you moves the page up.
lan-banh-xe-mep-duoi = Move the arrow right to the bottom edge of the screen
lan-banh-xe-mep-duoi-feedback = The page does not move by itself when the arrow is at the bottom edge. Try rolling the small wheel in the middle of the mouse.
lan-banh-xe-bam-phai = Press the right mouse button
lan-banh-xe-bam-phai-feedback = The right button does not move the page. Try rolling the small wheel between the two buttons.

ban-phim-text =
    This is the keyboard. Each key has a letter, a number or a sign on it.
    Before you type, click with the left button in the box you want to write in. A small blinking line appears in the box: what you type shows up there.
    The longest key on the bottom row is the space bar. It puts a space between two words.
    The Enter key is the big key on the right. Pressing Enter is like clicking the button that is chosen.
    The Backspace key is at the end of the row of numbers, at the top right. It says Backspace, or shows a long arrow pointing left.
    Each time you press Backspace, the letter just before the blinking line is deleted.
    To type a capital letter, hold down the Shift key and press the letter.
    Typing a wrong letter is fine: delete it and type again.

xoa-chu-prompt = You want to type “Lan” but typed “Lam” by mistake. Which key do you press to delete the “m”?
xoa-chu-backspace = The Backspace key
xoa-chu-backspace-feedback = That's right. Press Backspace once and the “m” is gone. Then type “n”.
xoa-chu-enter = The Enter key
xoa-chu-enter-feedback = Enter presses a button; it does not delete letters. The delete key is Backspace, at the end of the row of numbers.
xoa-chu-phim-cach = The space bar
xoa-chu-phim-cach-feedback = The space bar adds a space; it does not delete letters. Look for the Backspace key at the end of the row of numbers.

go-dau-text =
    To type letters with Vietnamese accents, the computer uses a program called Unikey, with the Telex typing method.
    You type the letter first, then one more key to add the accent.
    The s key adds the acute accent (dấu sắc): type a then s to get á.
    The f key adds the grave accent (dấu huyền): type a then f to get à.
    The r key adds the hook (dấu hỏi): ả. The x key adds the tilde (dấu ngã): ã. The j key adds the dot below (dấu nặng): ạ.
    Type a letter twice: aa gives â, ee gives ê, oo gives ô, dd gives đ.
    Add a w: aw gives ă, ow gives ơ, uw gives ư.
    You do not need to remember all of this today. It gets easier with practice.
    If the letters come out without accents, ask your helper to turn Unikey on. When Unikey is typing Vietnamese, there is usually a V at the bottom right of the screen.

go-chu-ba-prompt = You want to type the word “bà”. Put the actions in the right order.
go-chu-ba-hint = Type the letters first and the accent key last. The word “bà” starts with b.
go-chu-ba-go-b = Type the letter b
go-chu-ba-go-a = Type the letter a
go-chu-ba-go-f = Type the letter f to add the grave accent
go-chu-ba-thay-chu-ba = The word “bà” appears on the screen

tab-enter-text =
    In this app you can also do everything with the keyboard alone.
    The Tab key is on the left side of the keyboard, next to the letter Q.
    Each time you press Tab, the next box or button is chosen.
    When the button you want is chosen, press Enter. This is the same as clicking it with the left mouse button.
    If you went too far, hold down Shift and press Tab to go back.
    When you fill in several boxes, press Tab after each box to go to the next one.

bam-nut-tiep-prompt = You want to press the “Continue” button on the screen. Which ways work?
bam-nut-tiep-chuot-trai = Move the arrow onto the button, then click the left mouse button
bam-nut-tiep-chuot-trai-feedback = Right. Clicking the button with the left mouse button is the most familiar way.
bam-nut-tiep-tab-roi-enter = Press Tab until the button is chosen, then press Enter
bam-nut-tiep-tab-roi-enter-feedback = Right. Tab chooses the button, Enter presses it. No mouse needed.
bam-nut-tiep-backspace = Press the Backspace key
bam-nut-tiep-backspace-feedback = Backspace deletes letters; it cannot press a button. Use the left mouse button, or Tab then Enter.

## Final check
# The right option is not always the longest, and does not repeat the question's words more than the wrong ones.

### Mouse group

kt-chon-nut-prompt = There is a button “Start” on the screen. You want to press it. What do you do?
kt-chon-nut-dua-roi-bam-trai = Move the arrow onto the button, click the left button once
kt-chon-nut-dua-roi-bam-trai-feedback = Right. Move the arrow onto the button, then press the left button once to choose it.
kt-chon-nut-bam-phai = Move the arrow onto the button, click the right button once
kt-chon-nut-bam-phai-feedback = The right button is for other things. To press a button on the screen, use the left mouse button.
kt-chon-nut-banh-xe = Move the arrow onto the button, then roll the wheel a few times
kt-chon-nut-banh-xe-feedback = The wheel only moves the page up and down. To press a button, move the arrow onto it and press the left button.
kt-chon-nut-cham-man-hinh = Touch the button on the screen with your finger and hold it
kt-chon-nut-cham-man-hinh-feedback = A computer screen usually does not work by touch. Use the mouse: move the arrow onto the button, then press the left button.

kt-tim-mui-ten-prompt = You cannot see the mouse arrow anywhere on the screen. What do you do?
kt-tim-mui-ten-di-chuot = Gently push the mouse back and forth
kt-tim-mui-ten-di-chuot-feedback = Right. The arrow follows your hand, so it is easier to see when it moves.
kt-tim-mui-ten-tat-may = Turn the computer off and on again
kt-tim-mui-ten-tat-may-feedback = No need to turn the computer off. Just push the mouse back and forth: the arrow moves with it, so it is easy to spot.
kt-tim-mui-ten-bam-manh = Press the left button hard, many times
kt-tim-mui-ten-bam-manh-feedback = Pressing hard does not make the arrow appear, and you may click the wrong place. Gently push the mouse back and forth to find the arrow.
kt-tim-mui-ten-nhin-ky = Sit still and search the whole screen, without touching the mouse
kt-tim-mui-ten-nhin-ky-feedback = The arrow is small and hard to see when it stands still. Gently push the mouse back and forth: a moving arrow is easier to spot.

kt-len-dau-trang-prompt = You have moved down to the bottom of a long page. Now you want to see the top of the page again. What do you do?
kt-len-dau-trang-lan-ra-truoc = Roll the wheel away from you
kt-len-dau-trang-lan-ra-truoc-feedback = Right. Rolling the wheel away from you moves the page up, so you see the top again.
kt-len-dau-trang-lan-ve-minh = Roll the wheel towards you
kt-len-dau-trang-lan-ve-minh-feedback = Rolling towards you moves the page further down. To go to the top, roll the wheel away from you.
kt-len-dau-trang-bam-trai-hai-lan = Press the left button twice, quickly
kt-len-dau-trang-bam-trai-hai-lan-feedback = The left button is for choosing; it does not move the page. Roll the wheel away from you.
kt-len-dau-trang-mep-tren = Move the arrow to the top edge of the screen
kt-len-dau-trang-mep-tren-feedback = The page does not move by itself when the arrow is at the top edge. Roll the wheel away from you.

kt-mep-ban-prompt = You pushed the mouse to the edge of the table, but the arrow has not reached the button yet. What do you do?
kt-mep-ban-nhac-chuot = Lift the mouse, put it back in the middle, push again
kt-mep-ban-nhac-chuot-feedback = Right. While the mouse is lifted, the arrow stays still. Put the mouse down in the middle of the table and push again.
kt-mep-ban-bam-phai = Press the right button, the arrow will go there by itself
kt-mep-ban-bam-phai-feedback = The right button does not move the arrow. Lift the mouse, put it back in the middle of the table, and push again.
kt-mep-ban-phim-enter = Press Enter so the arrow finds the button
kt-mep-ban-phim-enter-feedback = The Enter key does not move the arrow. Lift the mouse, put it back in the middle of the table, and push again.
kt-mep-ban-cho-mot-luc = Leave the mouse alone and wait for the arrow to reach the button
kt-mep-ban-cho-mot-luc-feedback = The arrow only moves when you push the mouse. Lift the mouse, put it back in the middle of the table, and push again.

kt-bam-vao-hoc-prompt = You want to press the “Start” button with the mouse. Put the actions in the right order.
kt-bam-vao-hoc-hint = Your hand goes on the mouse first. The arrow must be on the button before you press.
kt-bam-vao-hoc-dat-tay = Rest your hand on the mouse, index finger on the left button
kt-bam-vao-hoc-day-chuot = Gently push the mouse until the arrow is on “Start”
kt-bam-vao-hoc-bam-trai = Press the left button once
kt-bam-vao-hoc-bai-hien-ra = The lesson appears on the screen

### Keys group

kt-phim-xoa-prompt = You want to type “Minh” but typed “Minhh” by mistake. Which key do you press to delete the extra “h”?
kt-phim-xoa-backspace = Backspace, at the end of the number row
kt-phim-xoa-backspace-feedback = Right. Press Backspace once and the extra “h” is gone.
kt-phim-xoa-tab = Tab, on the left, next to the letter Q
kt-phim-xoa-tab-feedback = Tab moves to the next box or button. The delete key is Backspace, at the end of the row of numbers.
kt-phim-xoa-enter = Enter, the big key on the right
kt-phim-xoa-enter-feedback = Enter presses a button; it does not delete letters. The delete key is Backspace, at the end of the row of numbers.
kt-phim-xoa-phim-cach = The space bar, the longest key on the bottom row
kt-phim-xoa-phim-cach-feedback = The space bar adds a space; it does not delete letters. The delete key is Backspace, at the end of the row of numbers.

kt-o-tiep-theo-prompt = You have finished typing your full name in a box. Which key takes you to the next box?
kt-o-tiep-theo-tab = The Tab key
kt-o-tiep-theo-tab-feedback = Right. Tab takes you to the next box.
kt-o-tiep-theo-backspace = The Backspace key
kt-o-tiep-theo-backspace-feedback = Backspace would delete what you just typed. To go to the next box, press Tab.
kt-o-tiep-theo-phim-cach = The space bar
kt-o-tiep-theo-phim-cach-feedback = The space bar adds a space inside the same box. To go to the next box, press Tab.
kt-o-tiep-theo-enter = The Enter key
kt-o-tiep-theo-enter-feedback = Enter is for pressing a button, not for going to another box. To go to the next box, press Tab.

kt-chu-hoa-prompt = You want a capital “L” at the start of the name “Lan”. What do you do?
kt-chu-hoa-giu-shift = Hold down Shift and press l
kt-chu-hoa-giu-shift-feedback = Right. Hold Shift while you press a letter, and the letter comes out as a capital.
kt-chu-hoa-bam-hai-lan = Press l twice, quickly
kt-chu-hoa-bam-hai-lan-feedback = Pressing twice gives two small l letters. For a capital, hold down Shift and press l.
kt-chu-hoa-giu-lau = Press and hold the l key for a long time
kt-chu-hoa-giu-lau-feedback = Holding the key gives many l letters in a row. For a capital, hold down Shift and press l.
kt-chu-hoa-tab-truoc = Press Tab first, then press l
kt-chu-hoa-tab-truoc-feedback = Tab takes you to another box. For a capital, hold down Shift and press l.

kt-khoang-trong-prompt = You have just typed the family name “Lê”. Now you want to type the name “Lan”, with a gap between the two words. Which key do you press?
kt-khoang-trong-phim-cach = The space bar, on the bottom row
kt-khoang-trong-phim-cach-feedback = Right. The space bar puts a space between two words. Then you type “Lan”.
kt-khoang-trong-tab = Tab, on the left, next to the letter Q
kt-khoang-trong-tab-feedback = Tab takes you to the next box; it does not add a space. Press the space bar, the long key on the bottom row.
kt-khoang-trong-enter = Enter, the biggest key on the right side
kt-khoang-trong-enter-feedback = Enter presses a button; it does not add a space. Press the space bar, the long key on the bottom row.
kt-khoang-trong-backspace = Backspace, at the end of the number row
kt-khoang-trong-backspace-feedback = Backspace deletes the “ê” you just typed. Press the space bar, the long key on the bottom row.

kt-nut-da-chon-prompt = You pressed Tab until the “Send” button was chosen. Now you want to press that button. Which ways work?
kt-nut-da-chon-enter = Press the Enter key
kt-nut-da-chon-enter-feedback = Right. When the button is chosen, pressing Enter presses it.
kt-nut-da-chon-chuot-trai = Move the arrow onto “Send”, then click the left mouse button
kt-nut-da-chon-chuot-trai-feedback = Right. You can always click a button with the left mouse button, even when Tab has chosen it.
kt-nut-da-chon-backspace = Press the Backspace key
kt-nut-da-chon-backspace-feedback = Backspace deletes letters; it cannot press a button. Press Enter, or click the button with the left mouse button.
kt-nut-da-chon-tab-them = Press Tab one more time
kt-nut-da-chon-tab-them-feedback = Pressing Tab again chooses the next button, and “Send” is skipped. Press Enter, or click the button with the left mouse button.

kt-lui-lai-prompt = You pressed Tab a few times too many and went past the button you need. How do you go back?
kt-lui-lai-shift-tab = Hold down Shift and press Tab
kt-lui-lai-shift-tab-feedback = Right. Shift and Tab together go back one box or button.
kt-lui-lai-backspace = Press the Backspace key once
kt-lui-lai-backspace-feedback = Backspace deletes letters; it does not go back to the last button. Hold down Shift and press Tab.
kt-lui-lai-giu-tab = Press and hold the Tab key for a long time
kt-lui-lai-giu-tab-feedback = Holding Tab takes you even further. To go back, hold down Shift and press Tab.
kt-lui-lai-enter = Press Enter to go back
kt-lui-lai-enter-feedback = Enter presses the button that is chosen; it does not go back. To go back, hold down Shift and press Tab.

kt-dien-hai-o-prompt = You need to fill in your full name in the first box, then your phone number in the second box. Put the actions in the right order.
kt-dien-hai-o-hint = Before typing, you have to choose the box. Finish one box before going to the other.
kt-dien-hai-o-bam-o-ten = Click the full name box with the left mouse button
kt-dien-hai-o-go-ten = Type your full name
kt-dien-hai-o-bam-tab = Press Tab to go to the phone number box
kt-dien-hai-o-go-so = Type your phone number

### Accents group

kt-go-a-mu-prompt = With Unikey and the Telex method, how do you type the letter “â”?
kt-go-a-mu-aa = Type a then a
kt-go-a-mu-aa-feedback = Right. Type a letter twice to add the hat: aa gives â, oo gives ô.
kt-go-a-mu-as = Type a then s
kt-go-a-mu-as-feedback = Typing as gives “á”, with the acute accent. To get “â”, type a twice.
kt-go-a-mu-aw = Type a then w
kt-go-a-mu-aw-feedback = Typing aw gives “ă”. To get “â”, type a twice.
kt-go-a-mu-af = Type a then f
kt-go-a-mu-af-feedback = Typing af gives “à”, with the grave accent. To get “â”, type a twice.

kt-go-o-moc-prompt = With Unikey and the Telex method, how do you type the letter “ơ”?
kt-go-o-moc-ow = Type o then w
kt-go-o-moc-ow-feedback = Right. Add a w for the hook: ow gives ơ, uw gives ư.
kt-go-o-moc-oo = Type o then o
kt-go-o-moc-oo-feedback = Typing oo gives “ô”, with the hat. To get “ơ”, type o then w.
kt-go-o-moc-of = Type o then f
kt-go-o-moc-of-feedback = Typing of gives “ò”, with the grave accent. To get “ơ”, type o then w.
kt-go-o-moc-oj = Type o then j
kt-go-o-moc-oj-feedback = Typing oj gives “ọ”, with the dot below. To get “ơ”, type o then w.

kt-go-ma-prompt = You want to type the word “mà”. With the Telex method, which keys do you type?
kt-go-ma-maf = m, a, f
kt-go-ma-maf-feedback = Right. The f key adds the grave accent: maf gives “mà”.
kt-go-ma-mas = m, a, s
kt-go-ma-mas-feedback = The s key adds the acute accent, so you get “má”. The grave accent is the f key.
kt-go-ma-maj = m, a, j
kt-go-ma-maj-feedback = The j key adds the dot below, so you get “mạ”. The grave accent is the f key.
kt-go-ma-mar = m, a, r
kt-go-ma-mar-feedback = The r key adds the hook, so you get “mả”. The grave accent is the f key.

kt-khong-co-dau-prompt = You type b, a, f but the screen shows “baf”, with no accent. What do you do?
kt-khong-co-dau-nho-bat-unikey = Ask your helper to turn Unikey on
kt-khong-co-dau-nho-bat-unikey-feedback = Right. When Unikey is off, the computer adds no accents. Turn Unikey on and type again.
kt-khong-co-dau-go-nhanh = Delete it and type it again, faster
kt-khong-co-dau-go-nhanh-feedback = Typing fast or slowly makes no difference. When accents do not appear, ask your helper to turn Unikey on.
kt-khong-co-dau-them-f = Type one more f
kt-khong-co-dau-them-f-feedback = Another f only adds another letter f. When accents do not appear, ask your helper to turn Unikey on.
kt-khong-co-dau-enter-go-lai = Press Enter, then type it again on the next line
kt-khong-co-dau-enter-go-lai-feedback = A new line does not make accents appear. When accents do not appear, ask your helper to turn Unikey on.

kt-go-ba-lan-prompt = You want to type “bà Lan”. Put the actions in the right order.
kt-go-ba-lan-hint = Finish the word “bà” first. There is a space between the two words. The capital L needs the Shift key.
kt-go-ba-lan-go-ba = Type b, a, f to get “bà”
kt-go-ba-lan-phim-cach = Press the space bar once
kt-go-ba-lan-shift-l = Hold down Shift and press l
kt-go-ba-lan-go-an = Type a, n to get “Lan”
