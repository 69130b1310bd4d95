# Lesson: Using the mouse and keyboard. Vietnamese (vi.ftl) is the reference: this file must
# have exactly the same ids. See docs/lesson-format.md.

lesson-title = Using the mouse and keyboard
lesson-summary = You practise clicking the mouse, rolling its wheel, typing Vietnamese letters with accents, and using the Enter, Backspace and Tab keys.

## Practice

chuot-la-gi-text =
    This is the mouse. Rest your hand on it, with your index finger on the left button.
    Gently push the mouse across the table. The small arrow on the screen follows your hand.
    The left button is for choosing: move the arrow to what you want, then press the left button once.
    The small wheel in the middle moves the page up or down.
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

kt-chon-nut-prompt = There is a button “Start” on the screen. How do you press it with the mouse?
kt-chon-nut-dua-roi-bam-trai = Move the arrow onto the button, then press the left mouse button once
kt-chon-nut-dua-roi-bam-trai-feedback = Right. Move the arrow onto the button and press the left button to choose it.
kt-chon-nut-bam-phai = Press the right mouse button
kt-chon-nut-bam-phai-feedback = The right button is for other things. To choose a button, press the left button.
kt-chon-nut-banh-xe = Roll the mouse wheel
kt-chon-nut-banh-xe-feedback = The wheel moves the page up and down. To choose a button, press the left button.

kt-tim-mui-ten-prompt = You cannot see the mouse arrow anywhere on the screen. What do you do?
kt-tim-mui-ten-di-chuot = Gently move the mouse back and forth on the table, then look for the arrow
kt-tim-mui-ten-di-chuot-feedback = Right. A moving arrow is easier to spot.
kt-tim-mui-ten-tat-may = Turn the computer off and on again
kt-tim-mui-ten-tat-may-feedback = No need to turn the computer off. Just move the mouse back and forth: the arrow moves with it, so it is easy to spot.
kt-tim-mui-ten-bam-manh = Press the mouse hard, many times
kt-tim-mui-ten-bam-manh-feedback = Pressing hard does not make the arrow appear, and you may click the wrong place. Gently move the mouse back and forth to find the arrow.

kt-banh-xe-prompt = What is the small wheel in the middle of the mouse for?
kt-banh-xe-keo-trang = Moving the page up or down
kt-banh-xe-keo-trang-feedback = Right. Roll the wheel to see the top or the bottom part of the page.
kt-banh-xe-xoa-chu-go-nham = Deleting a wrong letter
kt-banh-xe-xoa-chu-go-nham-feedback = Deleting letters is the job of the Backspace key. The wheel moves the page up and down.
kt-banh-xe-tat-may = Turning the computer off
kt-banh-xe-tat-may-feedback = The wheel does not turn the computer off. The wheel moves the page up and down.

kt-phim-xoa-prompt = You typed one letter too many. Which key deletes the letter just before the blinking line?
kt-phim-xoa-backspace = The Backspace key
kt-phim-xoa-backspace-feedback = Right. Each time you press Backspace, one letter is deleted.
kt-phim-xoa-tab = The Tab key
kt-phim-xoa-tab-feedback = Tab moves to the next box or button. The delete key is Backspace, at the end of the row of numbers.
kt-phim-xoa-enter = The Enter key
kt-phim-xoa-enter-feedback = Enter presses a button. The delete key is Backspace, at the end of the row of numbers.

kt-go-a-mu-prompt = With Unikey and the Telex method, how do you type the letter “â”?
kt-go-a-mu-aa = Type a twice: aa
kt-go-a-mu-aa-feedback = Right. Type a letter twice to add the hat: aa gives â, oo gives ô.
kt-go-a-mu-as = Type a then s: as
kt-go-a-mu-as-feedback = Typing as gives “á”, with the acute accent. To get “â”, type a twice.
kt-go-a-mu-aw = Type a then w: aw
kt-go-a-mu-aw-feedback = Typing aw gives “ă”. To get “â”, type a twice.

kt-go-ma-prompt = You want to type the word “mà”. With the Telex method, which keys do you type?
kt-go-ma-maf = m, a, f
kt-go-ma-maf-feedback = Right. The f key adds the grave accent: maf gives “mà”.
kt-go-ma-mas = m, a, s
kt-go-ma-mas-feedback = The s key adds the acute accent, so you get “má”. The grave accent is the f key.
kt-go-ma-maj = m, a, j
kt-go-ma-maj-feedback = The j key adds the dot below, so you get “mạ”. The grave accent is the f key.

kt-o-tiep-theo-prompt = You have finished typing your full name in a box. Which key takes you to the next box?
kt-o-tiep-theo-tab = The Tab key
kt-o-tiep-theo-tab-feedback = Right. Tab takes you to the next box.
kt-o-tiep-theo-backspace = The Backspace key
kt-o-tiep-theo-backspace-feedback = Backspace would delete what you just typed. To go to the next box, press Tab.
kt-o-tiep-theo-phim-cach = The space bar
kt-o-tiep-theo-phim-cach-feedback = The space bar adds a space inside the same box. To go to the next box, press Tab.

kt-dien-o-prompt = You need to write your name in an empty box, then go to the next box. Put the actions in the right order.
kt-dien-o-hint = Before typing, you have to choose the box. Only go to another box when you have finished typing.
kt-dien-o-bam-vao-o = Click the empty box with the left mouse button
kt-dien-o-go-ten = Type your name
kt-dien-o-bam-tab = Press Tab to go to the next box
