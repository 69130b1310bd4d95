//! This computer's identity: its role, its hamlet and commune, and the facilitator PIN.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use rand::RngExt;
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{Error, InputProblem, Result};

use super::{now, Store};

/// The two roles chosen at first run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A computer in a hamlet cultural house (nhà văn hóa thôn), where residents practise.
    Hamlet,
    /// The commune office (UBND xã), which imports the hamlets' results.
    Commune,
}

/// The first-run form.
#[derive(Clone, Serialize, Deserialize, TS)]

pub struct Setup {
    pub role: Role,
    /// Required for a hamlet computer, ignored for the commune office.
    pub hamlet_name: String,
    pub commune_name: String,
    /// A hamlet computer's code, as typed from the setup sheet (may be left empty and typed
    /// later in facilitator mode: the computer teaches, but exports only once it has it).
    #[serde(default)]
    #[ts(optional)]
    pub hamlet_code: Option<String>,
    pub pin: String,
    pub pin_repeat: String,
}

#[derive(Clone, PartialEq, Eq)]
pub struct Installation {
    pub role: Role,
    pub hamlet_name: Option<String>,
    pub commune_name: String,
    /// The commune office's PIN recovery code, in its printed form: only in what
    /// [`Store::set_up`] returns, the one time it is shown (only its digest is kept).
    pub recovery_code: Option<String>,
}

impl std::fmt::Debug for Installation {
    /// Never prints the recovery code.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Installation({:?}, {:?}, {:?})", self.role, self.hamlet_name, self.commune_name)
    }
}

impl std::fmt::Debug for Setup {
    /// Never prints the PIN or the hamlet code.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Setup({:?}, {:?}, {:?})", self.role, self.hamlet_name, self.commune_name)
    }
}

/// A PIN is 4 to 8 digits: easy to type on a shared keyboard, hashed with argon2.
pub fn check_pin_format(pin: &str) -> Result<()> {
    if (4..=8).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(())
    } else {
        Err(Error::InvalidInput(InputProblem::PinFormat))
    }
}

pub(super) fn hash_pin(pin: &str) -> Result<String> {
    let salt_bytes: [u8; 16] = rand::rng().random();
    let salt = SaltString::encode_b64(&salt_bytes).map_err(|e| Error::Internal(e.to_string()))?;
    Ok(Argon2::default().hash_password(pin.as_bytes(), &salt).map_err(|e| Error::Internal(e.to_string()))?.to_string())
}

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
    pub fn installation(&self) -> Result<Option<Installation>> {
        Ok(self
            .conn()
            .query_row("SELECT role, hamlet_name, commune_name FROM installation WHERE id = 1", [], |r| {
                let role: String = r.get(0)?;
                Ok(Installation {
                    role: if role == "commune" { Role::Commune } else { Role::Hamlet },
                    hamlet_name: r.get(1)?,
                    commune_name: r.get(2)?,
                    recovery_code: None,
                })
            })
            .optional()?)
    }

    /// First run: records the role, the names and the PIN. Only once.
    pub fn set_up(&mut self, setup: &Setup) -> Result<Installation> {
        if self.installation()?.is_some() {
            return Err(Error::AlreadySetUp);
        }
        let hamlet = clean(&setup.hamlet_name);
        let commune = clean(&setup.commune_name);
        if setup.role == Role::Hamlet && hamlet.is_empty() {
            return Err(Error::InvalidInput(InputProblem::HamletRequired));
        }
        if commune.is_empty() {
            return Err(Error::InvalidInput(InputProblem::CommuneRequired));
        }
        let code = match setup.hamlet_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
            Some(typed) if setup.role == Role::Hamlet => {
                Some(crate::reports::HamletCode::parse(typed).map_err(Error::HamletCode)?)
            }
            _ => None,
        };
        check_pin_format(&setup.pin)?;
        if setup.pin != setup.pin_repeat {
            return Err(Error::InvalidInput(InputProblem::PinMismatch));
        }
        let pin_hash = hash_pin(&setup.pin)?;
        let role = match setup.role {
            Role::Hamlet => "hamlet",
            Role::Commune => "commune",
        };
        let hamlet = (setup.role == Role::Hamlet).then_some(hamlet);
        let recovery = self.with_tx(|tx| {
            tx.execute(
                "INSERT INTO installation (id, role, hamlet_name, commune_name, pin_hash, created_at)
                 VALUES (1, ?1, ?2, ?3, ?4, ?5)",
                params![role, hamlet, commune, pin_hash, now()],
            )?;
            if let Some(code) = &code {
                super::commune::set_code_in(tx, code)?;
            }
            // The commune office has no hamlet code to reset a forgotten PIN with: it gets a
            // recovery code, shown once.
            if setup.role == Role::Commune {
                return Ok(Some(Store::make_recovery_code(tx)?));
            }
            Ok(None)
        })?;
        let mut installation = self.installation()?.ok_or(Error::NotSetUp)?;
        installation.recovery_code = recovery;
        Ok(installation)
    }

    /// Whether `pin` is the facilitator PIN.
    pub fn pin_matches(&self, pin: &str) -> Result<bool> {
        let stored: Option<String> =
            self.conn().query_row("SELECT pin_hash FROM installation WHERE id = 1", [], |r| r.get(0)).optional()?;
        let Some(stored) = stored else { return Err(Error::NotSetUp) };
        let Ok(hash) = PasswordHash::new(&stored) else { return Ok(false) };
        Ok(Argon2::default().verify_password(pin.as_bytes(), &hash).is_ok())
    }
}
