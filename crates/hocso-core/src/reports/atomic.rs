//! Writing files so that each is either all there or not there at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` through a temporary file in the same folder, flushed to disk
/// (fsync) and renamed over the target. A full or read-only disk gives an error naming the
/// file, and leaves no half-written file behind.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_all_atomically(&[(path, bytes)])
}

/// Writes several files that belong together (an export and its summaries): every one is
/// first written to a temporary file and flushed; only when all of them are on the disk are
/// they renamed into place. If any write fails (a full or read-only USB stick), every
/// temporary file is removed and no target is touched. The renames come last: a rename within
/// one folder needs no space, so in practice all files appear or none does; if one still
/// failed (the stick pulled out at that instant), the files renamed before it stay, each whole.
pub fn write_all_atomically(files: &[(&Path, &[u8])]) -> Result<()> {
    let mut written: Vec<(PathBuf, &Path)> = vec![];
    for (i, (path, bytes)) in files.iter().enumerate() {
        let tmp = temporary_name(path, i);
        if let Err(e) = write_and_sync(&tmp, bytes) {
            let _ = std::fs::remove_file(&tmp);
            written.iter().for_each(|(t, _)| drop(std::fs::remove_file(t)));
            return Err(Error::Io { path: path.to_path_buf(), source: e });
        }
        written.push((tmp, path));
    }
    for (i, (tmp, path)) in written.iter().enumerate() {
        if let Err(e) = std::fs::rename(tmp, path) {
            written[i..].iter().for_each(|(t, _)| drop(std::fs::remove_file(t)));
            return Err(Error::Io { path: path.to_path_buf(), source: e });
        }
        // The rename itself must reach the disk too.
        if let Ok(d) = std::fs::File::open(folder_of(path)) {
            let _ = d.sync_all();
        }
    }
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."))
}

fn temporary_name(path: &Path, index: usize) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    folder_of(path).join(format!(".{name}.{}-{index}.tmp", std::process::id()))
}

fn write_and_sync(tmp: &Path, bytes: &[u8]) -> std::io::Result<()> {
    // Private from the first byte (what is written here may hold a name or a key); a file meant
    // for others (an export on a stick) is read there by whoever has the stick anyway.
    let mut file = crate::store::private_files::create_private(tmp)?;
    file.write_all(bytes)?;
    file.sync_all()
}
