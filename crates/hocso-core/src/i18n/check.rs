//! Checks that a locale has every message of the reference locale with the same variables.
//! No Fluent library does this, so we do it ourselves.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

/// A difference between a locale and the reference locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocaleMismatch {
    /// The reference has the message, the other locale does not.
    Missing { id: String },
    /// The other locale has a message the reference lacks.
    Extra { id: String, line: usize },
    /// Both have the message but use different variables.
    Variables { id: String, line: usize, reference: Vec<String>, other: Vec<String> },
}

/// Message ids of a Fluent source with the variables each uses (terms are skipped).
pub fn message_variables(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    messages_with_lines(source).into_iter().map(|(id, (vars, _))| (id, vars)).collect()
}

fn messages_with_lines(source: &str) -> BTreeMap<String, (BTreeSet<String>, usize)> {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut vars = BTreeSet::new();
            if let Some(value) = &message.value {
                collect_pattern(value, &mut vars);
            }
            for attribute in &message.attributes {
                collect_pattern(&attribute.value, &mut vars);
            }
            let id = message.id.name.to_owned();
            let line = definition_line(source, &id);
            out.entry(id).or_insert((vars, line));
        }
    }
    out
}

/// The 1-based line where message `id` is defined (messages start at column 0).
pub(crate) fn definition_line(source: &str, id: &str) -> usize {
    source
        .lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map(|i| i + 1)
        .unwrap_or(1)
}

fn collect_pattern(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            collect_expression(expression, vars);
        }
    }
}

fn collect_expression(expression: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, vars);
            for variant in variants {
                collect_pattern(&variant.value, vars);
            }
        }
        ast::Expression::Inline(inline) => collect_inline(inline, vars),
    }
}

fn collect_inline(inline: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for p in &arguments.positional {
                collect_inline(p, vars);
            }
            for n in &arguments.named {
                collect_inline(&n.value, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => collect_expression(expression, vars),
        _ => {}
    }
}

/// Compares the concatenated sources of a locale with the reference locale's.
pub fn compare_with_reference(reference: &str, other: &str) -> Vec<LocaleMismatch> {
    let reference = messages_with_lines(reference);
    let other = messages_with_lines(other);
    let mut out = vec![];
    for (id, (vars, _)) in &reference {
        match other.get(id) {
            None => out.push(LocaleMismatch::Missing { id: id.clone() }),
            Some((other_vars, line)) if other_vars != vars => out.push(LocaleMismatch::Variables {
                id: id.clone(),
                line: *line,
                reference: vars.iter().cloned().collect(),
                other: other_vars.iter().cloned().collect(),
            }),
            Some(_) => {}
        }
    }
    for (id, (_, line)) in &other {
        if !reference.contains_key(id) {
            out.push(LocaleMismatch::Extra { id: id.clone(), line: *line });
        }
    }
    out
}
