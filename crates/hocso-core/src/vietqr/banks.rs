//! Bank identification numbers (BINs) that VietQR codes carry in ID 38.01.00.
//!
//! Source: domain.md §3.4. The 26 `9704xx` BINs appear identically in the SBV BIN list
//! (github:subiz/vietqr `bank.csv`) and the vietqr.net-style list (github:openhoangnc/vietqr
//! `src/banks.json`). The last six rows (the Bank for Social Policies, e-wallets and digital
//! banks) are only in the second list. Short names follow the second list, except BVBank
//! (listed there under its former name VietCapitalBank).

use serde::Serialize;

/// A bank (or wallet) that can receive VietQR transfers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Bank {
    /// Six-digit BIN, as written in ID 38.01.00.
    pub bin: &'static str,
    /// The name banking apps show in lists, e.g. `Vietcombank`.
    pub short_name: &'static str,
    /// The full legal name in Vietnamese.
    pub name_vi: &'static str,
}

const fn bank(bin: &'static str, short_name: &'static str, name_vi: &'static str) -> Bank {
    Bank { bin, short_name, name_vi }
}

/// Every BIN this app knows, the SBV `9704xx` list first.
pub const BANKS: &[Bank] = &[
    bank("970436", "Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam"),
    bank("970415", "VietinBank", "Ngân hàng TMCP Công thương Việt Nam"),
    bank("970418", "BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
    bank("970405", "Agribank", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
    bank("970422", "MBBank", "Ngân hàng TMCP Quân đội"),
    bank("970407", "Techcombank", "Ngân hàng TMCP Kỹ thương Việt Nam"),
    bank("970416", "ACB", "Ngân hàng TMCP Á Châu"),
    bank("970403", "Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín"),
    bank("970440", "SeABank", "Ngân hàng TMCP Đông Nam Á"),
    bank("970446", "COOPBANK", "Ngân hàng Hợp tác xã Việt Nam"),
    bank("970452", "KienLongBank", "Ngân hàng TMCP Kiên Long"),
    bank("970409", "BacABank", "Ngân hàng TMCP Bắc Á"),
    bank("970429", "SCB", "Ngân hàng TMCP Sài Gòn"),
    bank("970432", "VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng"),
    bank("970423", "TPBank", "Ngân hàng TMCP Tiên Phong"),
    bank("970441", "VIB", "Ngân hàng TMCP Quốc tế Việt Nam"),
    bank("970443", "SHB", "Ngân hàng TMCP Sài Gòn - Hà Nội"),
    bank("970437", "HDBank", "Ngân hàng TMCP Phát triển Thành phố Hồ Chí Minh"),
    bank("970449", "LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam"),
    bank("970448", "OCB", "Ngân hàng TMCP Phương Đông"),
    bank("970426", "MSB", "Ngân hàng TMCP Hàng Hải Việt Nam"),
    bank("970431", "Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
    bank("970454", "BVBank", "Ngân hàng TMCP Bản Việt"),
    bank("970428", "NamABank", "Ngân hàng TMCP Nam Á"),
    bank("970412", "PVcomBank", "Ngân hàng TMCP Đại Chúng Việt Nam"),
    bank("970425", "ABBANK", "Ngân hàng TMCP An Bình"),
    // Only in the banks.json list.
    bank("999888", "VBSP", "Ngân hàng Chính sách Xã hội"),
    bank("971005", "ViettelMoney", "Tổng Công ty Dịch vụ số Viettel (Viettel Money)"),
    bank("971011", "VNPTMoney", "VNPT Money"),
    bank("963388", "Timo", "Ngân hàng số Timo by Ban Viet Bank"),
    bank("546034", "CAKE", "Ngân hàng số CAKE by VPBank"),
    bank("546035", "Ubank", "Ngân hàng số Ubank by VPBank"),
];

/// The bank with this BIN, if it is in [`BANKS`].
pub fn bank_by_bin(bin: &str) -> Option<&'static Bank> {
    BANKS.iter().find(|b| b.bin == bin)
}
