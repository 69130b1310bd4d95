//! The EMVCo checksum (ID 63): CRC-16/CCITT-FALSE.

/// CRC-16/CCITT-FALSE as EMVCo (ISO/IEC 13239) prescribes for ID 63: polynomial `0x1021`,
/// initial value `0xFFFF`, no input or output reflection, no final XOR.
///
/// The check value (the CRC of the ASCII bytes `123456789`) is `0x29B1`.
pub fn crc16_ccitt_false(data: &[u8]) -> u16 {
    const POLY: u16 = 0x1021;
    let mut crc: u16 = 0xFFFF;
    for &byte in data {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 { (crc << 1) ^ POLY } else { crc << 1 };
        }
    }
    crc
}
