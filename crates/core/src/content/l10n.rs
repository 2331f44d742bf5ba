//! Localization: choosing a locale (fluent-langneg), formatting messages with
//! English as the fallback (fluent-bundle), and reading the shape of a Fluent
//! file (fluent-syntax) for the compiler's checks.

use crate::diagnostics::line_of;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use fluent_syntax::ast;
use std::collections::BTreeSet;
use unic_langid::LanguageIdentifier;

/// The source locale: complete by definition, the fallback for every other.
pub const SOURCE_LOCALE: &str = "en";

/// Turns an OS locale such as `es_MX.UTF-8` or `ar-EG` into a language tag,
/// or `None` when it is not one (`C`, `POSIX`, empty).
pub fn os_locale_to_tag(os: &str) -> Option<LanguageIdentifier> {
    let base = os.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("c") || base.eq_ignore_ascii_case("posix") {
        return None;
    }
    let mut tag: LanguageIdentifier = base.parse().ok()?;
    with_chinese_script(&mut tag);
    Some(tag)
}

/// Chinese is offered by script (zh-Hans, zh-Hant), but systems often say
/// only a region (zh_TW, zh-HK). CLDR's likely script for each: traditional
/// characters in Taiwan, Hong Kong and Macau, simplified elsewhere. This is
/// the one likely-subtag rule our languages need.
fn with_chinese_script(tag: &mut LanguageIdentifier) {
    if tag.language.as_str() != "zh" || tag.script.is_some() {
        return;
    }
    let traditional = tag.region.is_some_and(|r| matches!(r.as_str(), "TW" | "HK" | "MO"));
    tag.script = Some(if traditional { "Hant" } else { "Hans" }.parse().expect("a valid script subtag"));
}

/// Picks the best of `available` for the user's `requested` locales (most
/// preferred first), falling back to English.
pub fn negotiate(requested: &[String], available: &[String]) -> String {
    let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| os_locale_to_tag(r)).collect();
    let available_ids: Vec<LanguageIdentifier> = available.iter().filter_map(|a| a.parse().ok()).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("en is a valid tag");
    let chosen = negotiate_languages(&requested, &available_ids, Some(&default), NegotiationStrategy::Lookup);
    chosen.first().map(ToString::to_string).unwrap_or_else(|| SOURCE_LOCALE.to_owned())
}

/// Formats messages in one locale, falling back to English for any message
/// the locale lacks. Placeables keep Fluent's bidi isolation marks so mixed
/// right-to-left and left-to-right text renders correctly.
pub struct Localizer {
    locale: String,
    chain: Vec<FluentBundle<FluentResource>>,
}

/// A formatted message, and whether it came from the English fallback.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Formatted {
    /// The text.
    pub text: String,
    /// True when the locale lacked it and English was used.
    pub fallback: bool,
}

impl Localizer {
    /// Builds the chain `[locale, en]` from Fluent sources. `ftl_of` returns
    /// the Fluent files of a locale. Files with syntax errors still
    /// contribute the messages that parsed; the compiler reports the rest.
    pub fn new(locale: &str, ftl_of: impl Fn(&str) -> Vec<String>) -> Self {
        let mut codes = vec![locale.to_owned()];
        if locale != SOURCE_LOCALE {
            codes.push(SOURCE_LOCALE.to_owned());
        }
        let chain = codes
            .iter()
            .map(|code| {
                let langid: LanguageIdentifier = code.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                // NUMBER() is part of Fluent's standard library; translators may use it.
                let _ = bundle.add_builtins();
                for text in ftl_of(code) {
                    let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
                    // A duplicate id keeps its first definition; the compiler reports it.
                    let _ = bundle.add_resource(resource);
                }
                bundle
            })
            .collect();
        Localizer { locale: locale.to_owned(), chain }
    }

    /// The locale this localizer formats for.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// Formats a message, or `None` if neither the locale nor English has it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<Formatted> {
        for (i, bundle) in self.chain.iter().enumerate() {
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
            return Some(Formatted { text, fallback: i > 0 });
        }
        None
    }

    /// Formats a message; a message missing everywhere yields an empty
    /// string, never its id, so a raw id can never reach the screen.
    pub fn text(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.format(id, args).map(|f| f.text).unwrap_or_default()
    }
}

/// What the compiler needs to know about one Fluent file.
#[derive(Debug, Default)]
pub struct FtlShape {
    /// Messages and terms, in file order.
    pub entries: Vec<FtlEntry>,
    /// Syntax errors: 1-based line and description.
    pub errors: Vec<(usize, String)>,
}

/// One message or term (`-ice`) in a Fluent file.
#[derive(Debug)]
pub struct FtlEntry {
    /// The id; terms keep their leading `-`.
    pub id: String,
    /// 1-based line of its definition.
    pub line: usize,
    /// The variables (`$name`) it uses, in its value and attributes.
    pub variables: BTreeSet<String>,
    /// The terms (`-ice`) it refers to. Translations must keep them, so that
    /// agency names stay the same everywhere.
    pub terms: BTreeSet<String>,
    /// True when the message has a value (not only attributes).
    pub has_value: bool,
}

/// Parses a Fluent file and reports its entries and syntax errors.
pub fn ftl_shape(text: &str) -> FtlShape {
    let (resource, errors) = match fluent_syntax::parser::parse(text) {
        Ok(r) => (r, Vec::new()),
        Err((r, errs)) => (r, errs),
    };
    let mut shape = FtlShape {
        errors: errors.iter().map(|e| (error_line(text, e), e.kind.to_string())).collect(),
        ..FtlShape::default()
    };
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_owned(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let mut refs = Refs::default();
        value.into_iter().chain(attributes.iter().map(|a| &a.value)).for_each(|p| pattern_refs(p, &mut refs));
        let line = definition_line(text, &id);
        shape.entries.push(FtlEntry {
            id,
            line,
            variables: refs.variables,
            terms: refs.terms,
            has_value: value.is_some(),
        });
    }
    shape
}

/// The line of the entry that failed to parse: where its junk starts, past
/// blank lines (the error position itself may be at the end of the file).
fn error_line(text: &str, e: &fluent_syntax::parser::ParserError) -> usize {
    let start = e.slice.as_ref().map_or(e.pos.start, |s| s.start).min(text.len());
    let skipped = text[start..].len() - text[start..].trim_start().len();
    line_of(text, start + skipped)
}

/// Line where `id` is defined: the first line that starts with `id =`.
fn definition_line(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| l.strip_prefix(id).is_some_and(|rest| rest.trim_start().starts_with('=')))
        .map_or(1, |i| i + 1)
}

/// Variables and terms a pattern refers to.
#[derive(Default)]
struct Refs {
    variables: BTreeSet<String>,
    terms: BTreeSet<String>,
}

fn pattern_refs(pattern: &ast::Pattern<&str>, out: &mut Refs) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &ast::Expression<&str>, out: &mut Refs) {
    match expression {
        ast::Expression::Inline(inline) => inline_refs(inline, out),
        ast::Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            variants.iter().for_each(|v| pattern_refs(&v.value, out));
        }
    }
}

fn inline_refs(inline: &ast::InlineExpression<&str>, out: &mut Refs) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.variables.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            arguments.positional.iter().for_each(|a| inline_refs(a, out));
            arguments.named.iter().for_each(|a| inline_refs(&a.value, out));
        }
        ast::InlineExpression::Placeable { expression } => expression_refs(expression, out),
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            out.terms.insert(format!("-{}", id.name));
            // A term's own arguments are literals or variables passed in.
            if let Some(args) = arguments {
                args.positional.iter().for_each(|a| inline_refs(a, out));
                args.named.iter().for_each(|a| inline_refs(&a.value, out));
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_os_locales_with_english_fallback() {
        let available = vec!["en".to_owned(), "es".to_owned(), "ar".to_owned()];
        assert_eq!(negotiate(&["es_MX.UTF-8".into()], &available), "es");
        assert_eq!(negotiate(&["ar-EG".into()], &available), "ar");
        assert_eq!(negotiate(&["de_DE.UTF-8".into(), "es".into()], &available), "es");
        assert_eq!(negotiate(&["de_DE".into()], &available), "en");
        assert_eq!(negotiate(&["C".into()], &available), "en");
        // Script and region: likely subtags pick the right Chinese, any Portuguese finds pt-BR.
        let available: Vec<String> = ["en", "zh-Hans", "zh-Hant", "pt-BR"].map(String::from).to_vec();
        assert_eq!(negotiate(&["zh_CN.UTF-8".into()], &available), "zh-Hans");
        assert_eq!(negotiate(&["zh_TW.UTF-8".into()], &available), "zh-Hant");
        assert_eq!(negotiate(&["zh-HK".into()], &available), "zh-Hant");
        assert_eq!(negotiate(&["zh_MO".into()], &available), "zh-Hant");
        assert_eq!(negotiate(&["zh".into()], &available), "zh-Hans");
        assert_eq!(negotiate(&["zh-SG".into()], &available), "zh-Hans");
        assert_eq!(negotiate(&["zh-Hant-US".into()], &available), "zh-Hant");
        assert_eq!(negotiate(&["pt_PT.UTF-8".into()], &available), "pt-BR");
    }

    #[test]
    fn falls_back_to_english_and_never_returns_an_id() {
        let ftl = |code: &str| match code {
            "en" => vec!["hello = Hello\nonly-en = Only English\n".to_owned()],
            _ => vec!["hello = Hola\n".to_owned()],
        };
        let l = Localizer::new("es", ftl);
        assert_eq!(l.format("hello", None), Some(Formatted { text: "Hola".into(), fallback: false }));
        assert_eq!(l.format("only-en", None), Some(Formatted { text: "Only English".into(), fallback: true }));
        assert_eq!(l.text("nowhere", None), "");
    }

    #[test]
    fn shape_reports_variables_terms_and_syntax_errors_with_lines() {
        let shape = ftl_shape("-ice = ICE\nseen = { -ice } saw { $count ->\n  [one] one\n *[other] { $count } and { $who }\n}\nbroken = {\n");
        let ids: Vec<_> = shape.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, ["-ice", "seen"]);
        assert_eq!(shape.entries[1].variables.iter().collect::<Vec<_>>(), ["count", "who"]);
        assert_eq!(shape.entries[1].line, 2);
        assert_eq!(shape.errors.len(), 1);
        assert_eq!(shape.errors[0].0, 6);
    }
}
