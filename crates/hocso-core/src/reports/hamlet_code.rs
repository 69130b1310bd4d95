//! The hamlet code ("mã thôn"): one secret the commune issues to each of its hamlets.
//!
//! - 100 random bits, written as 20 symbols of Crockford's base-32 alphabet (no I, L, O, U:
//!   nothing that reads as 1 or 0), in 5 groups of 4, each group followed by one check
//!   symbol: `7K2M-Q` … printed `7K2MQ-…`. A mistyped group is named ("nhóm 3").
//! - Everything else is derived from it with HKDF-SHA-256, one label per use: the code's public
//!   id (which tells the commune which hamlet and which issue of its code a file is under), the
//!   short check value printed on the setup sheet, the key of person keys, the key of file tags,
//!   and the key of encrypted USB backups. Without the code, none of them can be computed.
//!
//! The alphabet is 32 symbols and each symbol is drawn on its own (5 bits each), so the code
//! needs no bit packing: the mapping is a table lookup, simpler than any crate's API for it.

use hkdf::Hkdf;
use hmac::{Hmac, KeyInit, Mac};
use rand::RngExt;
use sha2::Sha256;

use crate::store::search_key;

/// Crockford's base-32 symbols, in value order.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols of data in the code: 20 × 5 bits = 100 bits.
pub const DATA_SYMBOLS: usize = 20;
/// Data symbols per printed group; each group ends with one check symbol.
const GROUP_DATA: usize = 4;
pub const GROUPS: usize = DATA_SYMBOLS / GROUP_DATA;
/// Symbols typed in all: 5 groups of 5.
pub const TYPED_SYMBOLS: usize = GROUPS * (GROUP_DATA + 1);

/// What is wrong with a typed code, so that the screen can say where to look.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeProblem {
    /// Not 25 letters and digits (spaces and dashes aside): `typed` were found.
    WrongLength { typed: usize },
    /// A character that is in no code (a letter U, a punctuation mark), in group `group` (1-based).
    BadCharacter { group: usize },
    /// Group `group` (1-based) does not match its check symbol: one of its 5 is mistyped.
    GroupMistyped { group: usize },
}

/// A hamlet's code, held as its 20 data symbols (values 0–31).
#[derive(Clone, PartialEq, Eq)]
pub struct HamletCode {
    symbols: [u8; DATA_SYMBOLS],
}

impl std::fmt::Debug for HamletCode {
    /// Never prints the secret: only its public id.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "HamletCode({})", self.code_id())
    }
}

/// The value of one typed symbol: Crockford's reading rules (case aside; I and L are 1, O is 0).
fn symbol_value(c: char) -> Option<u8> {
    let c = match c.to_ascii_uppercase() {
        'I' | 'L' => '1',
        'O' => '0',
        other => other,
    };
    ALPHABET.iter().position(|&a| char::from(a) == c).map(|p| p as u8)
}

/// The check symbol of group `index` (0-based) over its data symbols: Luhn mod 32, with the
/// group's position mixed in so that two groups typed in each other's place are caught too.
/// Luhn mod N catches every single mistyped symbol and most swaps of two neighbours.
fn check_symbol(index: usize, data: &[u8]) -> u8 {
    let mut sum = 0u32;
    // From the right, every second value doubled and its base-32 digits added.
    let values = std::iter::once(index as u8).chain(data.iter().copied()).collect::<Vec<_>>();
    for (i, &v) in values.iter().rev().enumerate() {
        let mut v = u32::from(v);
        if i % 2 == 0 {
            v *= 2;
            v = v / 32 + v % 32;
        }
        sum += v;
    }
    ((32 - sum % 32) % 32) as u8
}

impl HamletCode {
    /// A new random code (100 bits from the operating system's generator).
    pub fn generate() -> HamletCode {
        let mut rng = rand::rng();
        let mut symbols = [0u8; DATA_SYMBOLS];
        for s in &mut symbols {
            *s = rng.random_range(0..32u8);
        }
        HamletCode { symbols }
    }

    /// A code from known symbols (tests and demo data).
    pub fn from_seed(seed: u64) -> HamletCode {
        use rand::SeedableRng;
        let mut rng = rand::rngs::ChaCha8Rng::seed_from_u64(seed);
        let mut symbols = [0u8; DATA_SYMBOLS];
        for s in &mut symbols {
            *s = rng.random_range(0..32u8);
        }
        HamletCode { symbols }
    }

    /// Reads a typed or pasted code: spaces and dashes anywhere, any case, I/L for 1, O for 0.
    pub fn parse(typed: &str) -> Result<HamletCode, CodeProblem> {
        let chars: Vec<char> = typed.chars().filter(|c| !c.is_whitespace() && *c != '-').collect();
        if chars.len() != TYPED_SYMBOLS {
            return Err(CodeProblem::WrongLength { typed: chars.len() });
        }
        let mut symbols = [0u8; DATA_SYMBOLS];
        for (g, group) in chars.chunks(GROUP_DATA + 1).enumerate() {
            let values: Option<Vec<u8>> = group.iter().map(|&c| symbol_value(c)).collect();
            let values = values.ok_or(CodeProblem::BadCharacter { group: g + 1 })?;
            if check_symbol(g, &values[..GROUP_DATA]) != values[GROUP_DATA] {
                return Err(CodeProblem::GroupMistyped { group: g + 1 });
            }
            symbols[g * GROUP_DATA..(g + 1) * GROUP_DATA].copy_from_slice(&values[..GROUP_DATA]);
        }
        Ok(HamletCode { symbols })
    }

    /// The printed form: 5 groups of 5 symbols joined by dashes, e.g. `7K2MQ-0RTV8-…`.
    pub fn printed(&self) -> String {
        self.groups().join("-")
    }

    /// The 5 printed groups (4 data symbols and a check symbol each).
    pub fn groups(&self) -> Vec<String> {
        self.symbols
            .chunks(GROUP_DATA)
            .enumerate()
            .map(|(g, data)| {
                data.iter()
                    .chain(std::iter::once(&check_symbol(g, data)))
                    .map(|&v| char::from(ALPHABET[usize::from(v)]))
                    .collect()
            })
            .collect()
    }

    /// 32 bytes derived for one use (`label`), never the code itself.
    fn derive(&self, label: &str) -> [u8; 32] {
        let secret: Vec<u8> = self.symbols.iter().map(|&v| ALPHABET[usize::from(v)]).collect();
        let hk = Hkdf::<Sha256>::new(Some(b"hocso-hamlet-code-v1"), &secret);
        let mut out = [0u8; 32];
        hk.expand(label.as_bytes(), &mut out).expect("32 bytes is a valid HKDF-SHA-256 length");
        out
    }

    /// The code's public id (16 hex digits): names the code in files and registers without
    /// revealing it.
    pub fn code_id(&self) -> String {
        hex::encode(&self.derive("code-id")[..8])
    }

    /// The short value printed on the setup sheet and shown after the code is typed, to compare:
    /// six digits in two groups, "482 915".
    pub fn check_value(&self) -> String {
        let d = self.derive("check-value");
        let n = u32::from_be_bytes([d[0], d[1], d[2], d[3]]) % 1_000_000;
        format!("{:03} {:03}", n / 1000, n % 1000)
    }

    /// A person's key: HMAC-SHA-256 under this code's person-key key over the folded name
    /// (no accents, no case, single spaces) and the birth year. Two computers of the same
    /// hamlet give the same key; without the code, nobody can test a name against it.
    pub fn person_key(&self, name: &str, birth_year: i32) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.derive("person-key")).expect("HMAC takes any key length");
        mac.update(search_key(name).as_bytes());
        mac.update(b"\n");
        mac.update(birth_year.to_string().as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The tag of an export: HMAC-SHA-256 under this code's file-tag key over the file's digest.
    pub fn file_tag(&self, digest: &str) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.derive("file-tag")).expect("HMAC takes any key length");
        mac.update(digest.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// Whether `tag` is this code's tag of `digest` (compared in constant time).
    pub fn verify_file_tag(&self, digest: &str, tag: &str) -> bool {
        let Ok(tag) = hex::decode(tag) else { return false };
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.derive("file-tag")).expect("HMAC takes any key length");
        mac.update(digest.as_bytes());
        mac.verify_slice(&tag).is_ok()
    }

    /// The key of encrypted USB backups.
    pub fn backup_key(&self) -> [u8; 32] {
        self.derive("usb-backup")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_printed_code_reads_back_whatever_the_case_spaces_and_lookalikes() {
        let code = HamletCode::from_seed(7);
        let printed = code.printed();
        assert_eq!(printed.len(), TYPED_SYMBOLS + GROUPS - 1);
        assert!(printed.split('-').all(|g| g.len() == 5 && g.bytes().all(|b| b.is_ascii_alphanumeric())));
        assert_eq!(HamletCode::parse(&printed), Ok(code.clone()));
        assert_eq!(HamletCode::parse(&printed.to_lowercase().replace('-', " ")), Ok(code.clone()));
        let lookalikes = printed.replace('1', "l").replace('0', "O");
        assert_eq!(HamletCode::parse(&lookalikes), Ok(code.clone()));
        assert_eq!(HamletCode::parse(&printed.replace('-', "")), Ok(code));
    }

    #[test]
    fn every_single_mistyped_symbol_is_caught_and_its_group_named() {
        for seed in 0..40 {
            let code = HamletCode::from_seed(seed);
            let printed: Vec<char> = code.groups().concat().chars().collect();
            for i in 0..printed.len() {
                for &a in ALPHABET.iter() {
                    let a = char::from(a);
                    if a == printed[i] {
                        continue;
                    }
                    let mut typo = printed.clone();
                    typo[i] = a;
                    let typed: String = typo.iter().collect();
                    assert_eq!(
                        HamletCode::parse(&typed),
                        Err(CodeProblem::GroupMistyped { group: i / 5 + 1 }),
                        "{typed}"
                    );
                }
            }
        }
    }

    #[test]
    fn swapped_neighbours_and_swapped_groups_are_mostly_caught() {
        let (mut swaps, mut caught) = (0, 0);
        for seed in 0..200 {
            let code = HamletCode::from_seed(seed);
            let groups = code.groups();
            for g in groups.iter() {
                let c: Vec<char> = g.chars().collect();
                for i in 0..4 {
                    if c[i] == c[i + 1] {
                        continue;
                    }
                    let mut swapped = c.clone();
                    swapped.swap(i, i + 1);
                    let typed = groups.iter().map(|x| if x == g { swapped.iter().collect() } else { x.clone() });
                    swaps += 1;
                    caught += usize::from(HamletCode::parse(&typed.collect::<Vec<String>>().join("-")).is_err());
                }
            }
            let mut moved = groups.clone();
            moved.swap(0, 1);
            assert!(HamletCode::parse(&moved.join("-")).is_err(), "two groups in each other's place");
        }
        assert!(caught * 100 >= swaps * 95, "{caught} of {swaps} swaps caught");
    }

    #[test]
    fn wrong_length_and_bad_characters_say_where() {
        assert_eq!(HamletCode::parse("ABCD"), Err(CodeProblem::WrongLength { typed: 4 }));
        let printed = HamletCode::from_seed(3).printed();
        let bad = format!("{}U{}", &printed[..12], &printed[13..]);
        assert_eq!(HamletCode::parse(&bad), Err(CodeProblem::BadCharacter { group: 3 }));
    }

    #[test]
    fn derived_values_differ_by_use_and_by_code() {
        let (a, b) = (HamletCode::from_seed(1), HamletCode::from_seed(2));
        assert_ne!(a.code_id(), b.code_id());
        assert_eq!(a.code_id().len(), 16);
        assert_eq!(a.person_key("Nguyễn Thị Múi", 1962), a.person_key("nguyen thi  MUI", 1962));
        assert_ne!(a.person_key("Nguyễn Thị Múi", 1962), b.person_key("Nguyễn Thị Múi", 1962));
        assert_ne!(a.person_key("Nguyễn Thị Múi", 1962), a.person_key("Nguyễn Thị Múi", 1963));
        let tag = a.file_tag("abc");
        assert!(a.verify_file_tag("abc", &tag));
        assert!(!b.verify_file_tag("abc", &tag));
        assert!(!a.verify_file_tag("abd", &tag));
        assert_eq!(a.check_value().len(), 7);
        assert!(!format!("{a:?}").contains(&a.printed()[..5]), "Debug never shows the code");
    }
}
