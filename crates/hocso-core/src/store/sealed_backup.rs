//! "Sao lưu ra USB" on a hamlet computer: the whole database, encrypted with a key derived from
//! the hamlet code (XChaCha20-Poly1305), so that a lost stick reveals nobody's name and a
//! restore needs the setup sheet. The automatic backups in the data folder stay plain SQLite
//! files (they live beside the database itself).
//!
//! File layout: the line `HOCSO-SEALED-BACKUP-1`, the code's public id (16 hex digits) and a
//! newline, a 24-byte random nonce, then the ciphertext with its 16-byte tag. The first two
//! lines are authenticated too (associated data): a file cannot be moved under another code.

use std::path::{Path, PathBuf};

use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use rand::RngExt;

use crate::error::{Error, Result};
use crate::reports::{write_atomically, HamletCode};

use super::Store;

const MAGIC: &[u8] = b"HOCSO-SEALED-BACKUP-1\n";
const NONCE_LEN: usize = 24;

/// Whether the file at `path` is a sealed backup (by its first line).
pub fn is_sealed_backup(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; MAGIC.len()];
    std::fs::File::open(path).and_then(|mut f| f.read_exact(&mut head)).is_ok() && head == MAGIC
}

/// The header: the first line and the code's id line.
fn header(code: &HamletCode) -> Vec<u8> {
    let mut h = MAGIC.to_vec();
    h.extend_from_slice(code.code_id().as_bytes());
    h.push(b'\n');
    h
}

fn cipher(code: &HamletCode) -> XChaCha20Poly1305 {
    XChaCha20Poly1305::new(&code.backup_key().into())
}

const PLAIN_PREFIX: &str = ".sealed-backup-";
const PLAIN_SUFFIX: &str = ".tmp.sqlite3";

/// Removes plain copies a sealed backup left behind when the app was killed or the power cut
/// while it was being made (they hold every name). Called at every start.
pub fn remove_leftover_plain_copies(database: &Path) {
    let dir = database.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let remove_where = |dir: &Path, leftover: &dyn Fn(&str) -> bool| {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            if leftover(&entry.file_name().to_string_lossy()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    };
    // The plain copy of a sealed backup, its temporary file and its journal.
    remove_where(dir, &|name| name.contains(PLAIN_PREFIX) && name.contains(PLAIN_SUFFIX));
    // A daily backup cut short (`.hocso-DATE.sqlite3.tmp` and its journal).
    remove_where(&super::backup::backup_dir(database), &|name| {
        name.starts_with(".hocso-") && (name.ends_with(".tmp") || name.ends_with(".tmp-journal"))
    });
}

/// A plain copy of the database in the data folder, removed when dropped.
struct PlainCopy(PathBuf);

impl Drop for PlainCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

impl Store {
    fn plain_copy_path(&self) -> PathBuf {
        let name = format!("{PLAIN_PREFIX}{}{PLAIN_SUFFIX}", std::process::id());
        match self.path().parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(dir) => dir.join(name),
            None => PathBuf::from(name),
        }
    }

    /// "Sao lưu ra USB": on a hamlet computer, the whole database encrypted under its hamlet
    /// code (refused until the code is typed: a plain copy on a stick would carry every name);
    /// on the commune office, a plain copy (see `docs/security.md`).
    pub fn usb_backup_to(&self, out: &Path) -> Result<()> {
        let role = self.installation()?.map(|i| i.role);
        if role != Some(super::Role::Hamlet) {
            return self.backup_to(out);
        }
        let code = self.hamlet_code()?.ok_or(Error::UsbBackupNeedsCode)?;
        // The plain copy is made in the data folder, never on the stick.
        let plain = PlainCopy(self.plain_copy_path());
        self.backup_to(&plain.0)?;
        let bytes = std::fs::read(&plain.0).map_err(Error::io(&plain.0))?;
        let aad = header(&code);
        let nonce: [u8; NONCE_LEN] = rand::rng().random();
        let sealed = cipher(&code)
            .encrypt(&XNonce::from(nonce), Payload { msg: &bytes, aad: &aad })
            .map_err(|_| Error::Internal("encryption failed".into()))?;
        let mut file = aad;
        file.extend_from_slice(&nonce);
        file.extend_from_slice(&sealed);
        if let Some(dir) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|source| Error::Io { path: out.to_owned(), source })?;
        }
        write_atomically(out, &file)
    }

    /// Restores a sealed backup with this computer's hamlet code: a file sealed under another
    /// code (or when this computer has none) is refused and nothing changes, as is a file
    /// altered by one byte.
    pub(super) fn restore_sealed(&mut self, backup: &Path) -> Result<()> {
        let bytes = std::fs::read(backup).map_err(Error::io(backup))?;
        let code = self.hamlet_code()?.ok_or(Error::SealedBackupNeedsCode)?;
        let aad = header(&code);
        if !bytes.starts_with(MAGIC) {
            return Err(Error::DatabaseDamaged { path: backup.to_owned() });
        }
        if !bytes.starts_with(&aad) {
            return Err(Error::SealedBackupOtherCode);
        }
        let rest = &bytes[aad.len()..];
        if rest.len() < NONCE_LEN {
            return Err(Error::DatabaseDamaged { path: backup.to_owned() });
        }
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().expect("split at the nonce's length");
        let plain = cipher(&code)
            .decrypt(&XNonce::from(nonce), Payload { msg: sealed, aad: &aad })
            .map_err(|_| Error::DatabaseDamaged { path: backup.to_owned() })?;
        let copy = PlainCopy(self.plain_copy_path());
        {
            use std::io::Write;
            let mut file = super::private_files::create_private(&copy.0).map_err(Error::io(&copy.0))?;
            file.write_all(&plain).map_err(Error::io(&copy.0))?;
        }
        self.restore_plain(&copy.0)
    }
}
