//! Placeholders: the values `sero init` writes for a person to replace. Each is text that
//! starts with [`MARKER`] followed by an example (`transactions: REPLACE-ME 10000`), so a
//! manifest that still holds one is found before it is read against the schema, and refused
//! with the place and the key rather than with a type error.

use crate::tree::{self, Format, Node, NodeKind, Scalar, Span};

/// The text every placeholder value starts with.
pub const MARKER: &str = "REPLACE-ME";

/// A placeholder still in a manifest: where it is, the path of its key
/// (`channels[0].transactions`) and the example that follows the marker.
#[derive(Clone, Debug, PartialEq)]
pub struct Placeholder {
    pub span: Span,
    pub key: String,
    pub example: String,
}

/// The first placeholder of a manifest's text, in document order; `None` when there is none
/// or when the text does not parse (the reader then reports why).
pub fn first(text: &str, format: Format) -> Option<Placeholder> {
    let root = tree::parse(text, format).ok()?;
    find(&root, "")
}

fn find(node: &Node, path: &str) -> Option<Placeholder> {
    match &node.kind {
        NodeKind::Map(entries) => entries.iter().find_map(|entry| {
            let path = if path.is_empty() {
                entry.key.clone()
            } else {
                format!("{path}.{}", entry.key)
            };
            find(&entry.value, &path)
        }),
        NodeKind::Seq(items) => items
            .iter()
            .enumerate()
            .find_map(|(index, item)| find(item, &format!("{path}[{index}]"))),
        NodeKind::Scalar(Scalar::Str(text)) => {
            let rest = text.trim_start().strip_prefix(MARKER)?;
            Some(Placeholder {
                span: node.span,
                key: path.to_owned(),
                example: rest.trim().to_owned(),
            })
        }
        NodeKind::Scalar(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_placeholder_with_its_key_and_example() {
        let text = "service:\n  name: x\nchannels:\n  - id: a\n    transactions: REPLACE-ME 10000\n  - id: b\n    transactions: REPLACE-ME 2000\n";
        let found = first(text, Format::Yaml).expect("a placeholder");
        assert_eq!(found.key, "channels[0].transactions");
        assert_eq!(found.example, "10000");
        assert_eq!(&text[found.span.start..found.span.end], "REPLACE-ME 10000");
    }

    #[test]
    fn finds_none_in_a_manifest_without_the_marker() {
        let text = "service:\n  name: REPLACE ME later\n  note: it says REPLACE-ME inside\n";
        assert_eq!(first(text, Format::Yaml), None);
        assert_eq!(first("[unclosed", Format::Yaml), None);
    }

    #[test]
    fn finds_placeholders_in_toml_and_json_too() {
        let toml = "[service]\nname = \"REPLACE-ME Your service\"\n";
        assert_eq!(first(toml, Format::Toml).unwrap().key, "service.name");
        let json = "{\"period\": {\"start\": \"REPLACE-ME 2025-04-01\"}}";
        let found = first(json, Format::Json).unwrap();
        assert_eq!(found.key, "period.start");
        assert_eq!(found.example, "2025-04-01");
    }
}
