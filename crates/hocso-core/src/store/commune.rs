//! The commune office's register of its hamlets and of the codes it issued, and the hamlet
//! computer's own code. The commune, not any file, says which hamlets exist, how many people
//! each has in scope, and which code each file must be tagged with.

use rusqlite::{params, OptionalExtension, Transaction};
use serde::Serialize;
use ts_rs::TS;

use crate::error::{Error, InputProblem, Result};
use crate::reports::{place_key, HamletCode, HAMLET_KINDS};

use super::installation::Role;
use super::{now, Store};

/// A hamlet of the commune, as its register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommuneHamlet {
    #[ts(type = "number")]
    pub id: i64,
    /// The official name, as the commune typed it.
    pub name: String,
    /// People in scope, from the commune's own registers.
    pub people_in_scope: Option<u32>,
    pub scope_label: Option<String>,
    /// The code in use, if one was issued.
    pub code: Option<IssuedCode>,
    /// How many codes were issued to this hamlet (more than one: re-issued).
    pub codes_issued: u32,
}

/// One issued code: what the setup sheet shows. Sent to the page without the code itself (the
/// sheet is fetched on its own when it is printed); never printed by `Debug`.
#[derive(Clone, PartialEq, Eq, Serialize, TS)]
pub struct IssuedCode {
    pub code_id: String,
    /// The code in its printed form, 5 groups of 5.
    #[serde(skip_serializing)]
    #[ts(skip)]
    pub printed: String,
    pub check_value: String,
    pub issued_at: String,
}

impl std::fmt::Debug for IssuedCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "IssuedCode({}, issued {})", self.code_id, self.issued_at)
    }
}

impl IssuedCode {
    fn of(code: &HamletCode, issued_at: String) -> IssuedCode {
        IssuedCode { code_id: code.code_id(), printed: code.printed(), check_value: code.check_value(), issued_at }
    }
}

/// One kept file, as the commune lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    pub id: i64,
    pub hamlet: String,
    pub installation_id: String,
    pub export_number: u32,
    pub exported_at: String,
    pub persons: u32,
}

/// Which hamlet a code belongs to, as this computer knows it.
#[derive(Debug, Clone)]
pub(crate) struct KnownCode {
    /// The key the imports and tallies of the hamlet are kept under.
    pub hamlet_key: String,
    pub hamlet_name: String,
    pub code: HamletCode,
    /// The hamlet's newest code (an older one was replaced and is refused).
    pub current: bool,
}

/// The key a commune keeps a registered hamlet's files under.
pub(crate) fn register_key(hamlet_id: i64) -> String {
    format!("hamlet-{hamlet_id}")
}

/// The key a hamlet computer keeps its sibling computers' files under.
pub(crate) const OWN_HAMLET_KEY: &str = "this-hamlet";

fn clean(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses a stored code (written by this app, so always valid).
fn stored_code(printed: &str) -> Result<HamletCode> {
    HamletCode::parse(printed).map_err(|_| Error::Internal("a stored hamlet code is damaged".into()))
}

/// The code `code_id` names, looked up in the commune's register or, on a hamlet computer,
/// against its own code.
pub(crate) fn known_code(tx: &Transaction<'_>, code_id: &str) -> Result<Option<KnownCode>> {
    let role: Option<String> =
        tx.query_row("SELECT role FROM installation WHERE id = 1", [], |r| r.get(0)).optional()?;
    if role.as_deref() == Some("hamlet") {
        let own: Option<(Option<String>, Option<String>, Option<String>)> = tx
            .query_row("SELECT hamlet_code_secret, code_id, hamlet_name FROM installation WHERE id = 1", [], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?))
            })
            .optional()?;
        return match own {
            Some((Some(secret), Some(id), name)) if id == code_id => Ok(Some(KnownCode {
                hamlet_key: OWN_HAMLET_KEY.into(),
                hamlet_name: name.unwrap_or_default(),
                code: stored_code(&secret)?,
                current: true,
            })),
            _ => Ok(None),
        };
    }
    let found: Option<(i64, String, String, Option<String>)> = tx
        .query_row(
            "SELECT h.id, h.name, c.code, c.replaced_at FROM hamlet_codes c JOIN commune_hamlets h ON h.id = c.hamlet_id
             WHERE c.code_id = ?1",
            [code_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    found
        .map(|(id, name, code, replaced)| {
            Ok(KnownCode {
                hamlet_key: register_key(id),
                hamlet_name: name,
                code: stored_code(&code)?,
                current: replaced.is_none(),
            })
        })
        .transpose()
}

impl Store {
    fn require_role(&self, role: Role) -> Result<()> {
        match self.installation()?.map(|i| i.role) {
            Some(r) if r == role => Ok(()),
            Some(Role::Hamlet) => Err(Error::NotACommune),
            Some(Role::Commune) => Err(Error::NotAHamlet),
            None => Err(Error::NotSetUp),
        }
    }

    /// The commune's hamlets, by name.
    pub fn commune_hamlets(&self) -> Result<Vec<CommuneHamlet>> {
        let mut stmt = self.conn().prepare(
            "SELECT h.id, h.name, h.people_in_scope, h.scope_label,
                 (SELECT code FROM hamlet_codes WHERE hamlet_id = h.id AND replaced_at IS NULL),
                 (SELECT issued_at FROM hamlet_codes WHERE hamlet_id = h.id AND replaced_at IS NULL),
                 (SELECT COUNT(*) FROM hamlet_codes WHERE hamlet_id = h.id)
             FROM commune_hamlets h ORDER BY h.name_key",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<u32>>(2)?,
                    r.get::<_, Option<String>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, u32>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter()
            .map(|(id, name, people_in_scope, scope_label, code, issued_at, codes_issued)| {
                let code = match (code, issued_at) {
                    (Some(c), Some(at)) => Some(IssuedCode::of(&stored_code(&c)?, at)),
                    _ => None,
                };
                Ok(CommuneHamlet { id, name, people_in_scope, scope_label, code, codes_issued })
            })
            .collect()
    }

    /// The register's rows without their codes (id, name, people in scope, label), by name: what
    /// the commune's report needs, without deriving anything from the codes.
    pub(crate) fn commune_register(&self) -> Result<Vec<(i64, String, Option<u32>, Option<String>)>> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id, name, people_in_scope, scope_label FROM commune_hamlets ORDER BY name_key")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// The registered hamlet called `name` (accents, case and the word "thôn" aside).
    pub fn commune_hamlet(&self, name: &str) -> Result<CommuneHamlet> {
        let key = place_key(name, HAMLET_KINDS);
        let id: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM commune_hamlets WHERE name_key = ?1", [&key], |r| r.get(0))
            .optional()?;
        let id = id.ok_or_else(|| Error::HamletNotRegistered(clean(name)))?;
        self.commune_hamlet_by_id(id)
    }

    pub fn commune_hamlet_by_id(&self, id: i64) -> Result<CommuneHamlet> {
        self.commune_hamlets()?
            .into_iter()
            .find(|h| h.id == id)
            .ok_or_else(|| Error::HamletNotRegistered(id.to_string()))
    }

    /// Adds a hamlet to the commune's register, by its official name.
    pub fn add_commune_hamlet(&mut self, name: &str) -> Result<CommuneHamlet> {
        self.require_role(Role::Commune)?;
        let name = clean(name);
        if name.is_empty() || name.chars().count() > 80 {
            return Err(Error::InvalidInput(InputProblem::HamletRequired));
        }
        let key = place_key(&name, HAMLET_KINDS);
        let id = self.with_tx(|tx| {
            let exists: bool =
                tx.query_row("SELECT EXISTS (SELECT 1 FROM commune_hamlets WHERE name_key = ?1)", [&key], |r| {
                    r.get(0)
                })?;
            if exists {
                return Err(Error::HamletAlreadyRegistered(name.clone()));
            }
            tx.execute(
                "INSERT INTO commune_hamlets (name, name_key, added_at) VALUES (?1, ?2, ?3)",
                params![name, key, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.commune_hamlet_by_id(id)
    }

    /// Renames a registered hamlet (the 2025 mergers renamed many). Its files, codes and counts
    /// stay with it: a file names its hamlet by its code, never by its name.
    pub fn rename_commune_hamlet(&mut self, id: i64, name: &str) -> Result<CommuneHamlet> {
        self.require_role(Role::Commune)?;
        let name = clean(name);
        if name.is_empty() || name.chars().count() > 80 {
            return Err(Error::InvalidInput(InputProblem::HamletRequired));
        }
        let key = place_key(&name, HAMLET_KINDS);
        self.with_tx(|tx| {
            let taken: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM commune_hamlets WHERE name_key = ?1 AND id != ?2)",
                params![key, id],
                |r| r.get(0),
            )?;
            if taken {
                return Err(Error::HamletAlreadyRegistered(name.clone()));
            }
            tx.execute("UPDATE commune_hamlets SET name = ?1, name_key = ?2 WHERE id = ?3", params![name, key, id])?;
            Ok(())
        })?;
        self.commune_hamlet_by_id(id)
    }

    /// Issues a new code to a hamlet ("Cấp mã thôn"). A hamlet that had one gets a new one and
    /// the old one is marked replaced: its files are refused from now on, and the first file
    /// under the new code replaces all the hamlet's files under older ones (see `import`).
    pub fn issue_hamlet_code(&mut self, hamlet_id: i64) -> Result<IssuedCode> {
        self.record_hamlet_code(hamlet_id, &HamletCode::generate())
    }

    /// Records `code` as the hamlet's new code (what [`Store::issue_hamlet_code`] does with a
    /// fresh random one; demos and tests give a known one).
    pub fn record_hamlet_code(&mut self, hamlet_id: i64, code: &HamletCode) -> Result<IssuedCode> {
        self.require_role(Role::Commune)?;
        self.commune_hamlet_by_id(hamlet_id)?;
        let at = now();
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE hamlet_codes SET replaced_at = ?1 WHERE hamlet_id = ?2 AND replaced_at IS NULL",
                params![at, hamlet_id],
            )?;
            tx.execute(
                "INSERT INTO hamlet_codes (code_id, hamlet_id, code, issued_at) VALUES (?1, ?2, ?3, ?4)",
                params![code.code_id(), hamlet_id, code.printed(), at],
            )?;
            Ok(())
        })?;
        Ok(IssuedCode::of(code, at))
    }

    /// The people in scope of a hamlet, entered at the commune from its own registers.
    pub fn set_commune_hamlet_scope(&mut self, hamlet_id: i64, count: Option<u32>, label: &str) -> Result<()> {
        self.require_role(Role::Commune)?;
        self.commune_hamlet_by_id(hamlet_id)?;
        let label = clean(label);
        let label = (!label.is_empty()).then_some(label);
        self.with_tx(|tx| {
            tx.execute(
                "UPDATE commune_hamlets SET people_in_scope = ?1, scope_label = ?2 WHERE id = ?3",
                params![count, label, hamlet_id],
            )?;
            Ok(())
        })
    }

    /// The kept files, newest first: row id, hamlet (the register's name when known), computer
    /// id, export number, exported at, persons.
    pub fn imported_file_list(&self) -> Result<Vec<ImportedFile>> {
        let mut stmt = self.conn().prepare(
            "SELECT i.id, COALESCE(h.name, i.hamlet_name), i.installation_id, COALESCE(i.export_number, 0),
                 i.exported_at, (SELECT COUNT(*) FROM imported_persons p WHERE p.import_id = i.id)
             FROM imports i LEFT JOIN commune_hamlets h ON 'hamlet-' || h.id = i.hamlet_key
             ORDER BY i.imported_at DESC, i.id DESC",
        )?;
        let files = stmt
            .query_map([], |r| {
                Ok(ImportedFile {
                    id: r.get(0)?,
                    hamlet: r.get(1)?,
                    installation_id: r.get(2)?,
                    export_number: r.get(3)?,
                    exported_at: r.get(4)?,
                    persons: r.get(5)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(files)
    }

    /// A hamlet computer's code, once typed.
    pub fn hamlet_code(&self) -> Result<Option<HamletCode>> {
        let secret: Option<String> = self
            .conn()
            .query_row("SELECT hamlet_code_secret FROM installation WHERE id = 1", [], |r| r.get(0))
            .optional()?
            .flatten();
        secret.map(|s| stored_code(&s)).transpose()
    }

    /// A hamlet computer takes its code (first run, or later in facilitator mode). Its learners
    /// stay: their keys are computed from the code at each export. Files of the hamlet's other
    /// computers imported under another code are removed (they cannot be re-keyed without the
    /// names; those computers export again under the new code).
    pub fn set_hamlet_code(&mut self, code: &HamletCode) -> Result<()> {
        self.require_role(Role::Hamlet)?;
        self.with_tx(|tx| set_code_in(tx, code))
    }
}

pub(crate) fn set_code_in(tx: &Transaction<'_>, code: &HamletCode) -> Result<()> {
    tx.execute(
        "UPDATE installation SET hamlet_code_secret = ?1, code_id = ?2 WHERE id = 1",
        params![code.printed(), code.code_id()],
    )?;
    tx.execute("DELETE FROM imports WHERE code_id IS NOT ?1", [code.code_id()])?;
    tx.execute("DELETE FROM hamlet_tallies WHERE hamlet_key = ?1", [OWN_HAMLET_KEY])?;
    Ok(())
}
