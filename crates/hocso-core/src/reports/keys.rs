//! The installation's own Ed25519 key, made at first use and kept in a file beside the
//! database. Its public half travels in every export; the commune trusts it on first import.

use std::path::{Path, PathBuf};

use ed25519_dalek::{Signer, SigningKey};
use rand::RngExt;

use crate::error::{Error, Result};

pub struct InstallationKey {
    signing: SigningKey,
}

impl InstallationKey {
    /// The key file that belongs to the database at `database`.
    pub fn path_for(database: &Path) -> PathBuf {
        let mut name = database.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(".signing-key");
        database.with_file_name(name)
    }

    /// Loads the key, or makes and saves a new one the first time.
    pub fn load_or_create(database: &Path) -> Result<InstallationKey> {
        let path = Self::path_for(database);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let bytes: [u8; 32] = hex::decode(text.trim())
                    .ok()
                    .and_then(|b| b.try_into().ok())
                    .ok_or_else(|| Error::Internal(format!("the key file {} is damaged", path.display())))?;
                Ok(InstallationKey { signing: SigningKey::from_bytes(&bytes) })
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let seed: [u8; 32] = rand::rng().random();
                // Written through a file that is this user's only from its first byte.
                super::write_atomically(&path, hex::encode(seed).as_bytes())?;
                Ok(InstallationKey { signing: SigningKey::from_bytes(&seed) })
            }
            Err(e) => Err(Error::Io { path, source: e }),
        }
    }

    /// A key from a known seed (demo data and tests).
    pub fn from_seed(seed: [u8; 32]) -> InstallationKey {
        InstallationKey { signing: SigningKey::from_bytes(&seed) }
    }

    pub fn public_hex(&self) -> String {
        hex::encode(self.signing.verifying_key().to_bytes())
    }

    pub fn sign_hex(&self, message: &[u8]) -> String {
        hex::encode(self.signing.sign(message).to_bytes())
    }
}
