//! The commune report for people who open it in Excel: CSV (UTF-8 with BOM, so Excel shows
//! Vietnamese correctly) and XLSX.

use rust_xlsxwriter::{Format, Workbook};

use crate::error::{Error, Result};
use crate::i18n::Texts;

use super::criterion::{CommuneReport, HamletRow};

/// A basic skill's id and its name in the reader's language, in the order of
/// `lessons/skills.toml` (see [`crate::lessons::LessonLibrary::skill_names`]).
pub type SkillNames = [(String, String)];

fn headers(texts: &Texts, skills: &SkillNames) -> Vec<String> {
    let mut h: Vec<String> = [
        "report-col-hamlet",
        "report-col-scope",
        "report-col-scope-label",
        "report-col-persons",
        "report-col-skilled",
        "report-col-percent",
        "report-col-met",
        "report-col-needed",
    ]
    .iter()
    .map(|id| texts.get(id))
    .collect();
    h.extend(skills.iter().map(|(_, name)| texts.format("report-col-skill", &[("skill", name.clone().into())])));
    h.push(texts.get("report-col-reported-scope"));
    h
}

fn cells(row: &HamletRow, texts: &Texts, total: bool, skills: &SkillNames) -> Vec<String> {
    let mut c = vec![
        if total { texts.get("report-total") } else { row.hamlet.clone() },
        row.people_in_scope.map(|s| s.to_string()).unwrap_or_default(),
        row.scope_label.clone().unwrap_or_default(),
        row.persons.to_string(),
        row.skilled.to_string(),
        row.percent.map(|p| format!("{p:.1}")).unwrap_or_default(),
        if row.met { "✓".into() } else { String::new() },
        row.needed.map(|n| n.to_string()).unwrap_or_default(),
    ];
    c.extend(skills.iter().map(|(id, _)| row.by_skill.get(id).copied().unwrap_or(0).to_string()));
    c.push(row.reported_scope.map(|s| s.to_string()).unwrap_or_default());
    c
}

/// One CSV field. Text from imported files could start like a spreadsheet formula
/// (`=HYPERLINK(…)`): such a field is prefixed with `'` so that Excel shows it as text. A field
/// with `;` is quoted like one with `,`: Excel in many locales (Vietnamese Windows among them)
/// takes `;` as the list separator.
fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_owned() };
    if s.contains([',', ';', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub fn report_csv(report: &CommuneReport, texts: &Texts, skills: &SkillNames) -> Vec<u8> {
    let mut out = String::from("\u{FEFF}");
    let mut line = |fields: Vec<String>| {
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    };
    line(headers(texts, skills));
    for row in &report.hamlets {
        line(cells(row, texts, false, skills));
    }
    line(cells(&report.total, texts, true, skills));
    out.into_bytes()
}

pub fn report_xlsx(report: &CommuneReport, texts: &Texts, skills: &SkillNames) -> Result<Vec<u8>> {
    let xlsx = |e: rust_xlsxwriter::XlsxError| Error::Internal(e.to_string());
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(texts.get("report-sheet-name")).map_err(xlsx)?;
    let bold = Format::new().set_bold();
    for (c, h) in headers(texts, skills).iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, h, &bold).map_err(xlsx)?;
        sheet.set_column_width(c as u16, if c == 0 || c == 2 || c >= 8 { 28 } else { 14 }).map_err(xlsx)?;
    }
    let rows = report.hamlets.iter().map(|r| (r, false)).chain(std::iter::once((&report.total, true)));
    for (i, (row, total)) in rows.enumerate() {
        let r = (i + 1) as u32;
        let name = if total { texts.get("report-total") } else { row.hamlet.clone() };
        sheet.write_string(r, 0, &name).map_err(xlsx)?;
        if let Some(s) = row.people_in_scope {
            sheet.write_number(r, 1, f64::from(s)).map_err(xlsx)?;
        }
        sheet.write_string(r, 2, row.scope_label.clone().unwrap_or_default()).map_err(xlsx)?;
        sheet.write_number(r, 3, f64::from(row.persons)).map_err(xlsx)?;
        sheet.write_number(r, 4, f64::from(row.skilled)).map_err(xlsx)?;
        if let Some(p) = row.percent {
            sheet.write_number(r, 5, p).map_err(xlsx)?;
        }
        sheet.write_string(r, 6, if row.met { "✓" } else { "" }).map_err(xlsx)?;
        if let Some(n) = row.needed {
            sheet.write_number(r, 7, f64::from(n)).map_err(xlsx)?;
        }
        for (k, (id, _)) in skills.iter().enumerate() {
            let n = row.by_skill.get(id).copied().unwrap_or(0);
            sheet.write_number(r, 8 + k as u16, f64::from(n)).map_err(xlsx)?;
        }
        if let Some(n) = row.reported_scope {
            sheet.write_number(r, 8 + skills.len() as u16, f64::from(n)).map_err(xlsx)?;
        }
    }
    book.save_to_buffer().map_err(xlsx)
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn fields_with_the_separators_of_any_locale_or_a_formula_are_quoted_or_neutralised() {
        assert_eq!(csv_field("Thôn Đông"), "Thôn Đông");
        assert_eq!(csv_field("Đông, Tây"), "\"Đông, Tây\"");
        // Windows in many locales (Vietnamese among them) separates list items with ';'.
        assert_eq!(csv_field("Đông; Tây"), "\"Đông; Tây\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_field("-1"), "'-1");
    }
}
