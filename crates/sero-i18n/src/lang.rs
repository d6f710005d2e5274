//! The languages sero speaks, and which one a person asked for.

use unic_langid::LanguageIdentifier;

/// A language of the catalogues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    En,
    /// Welsh (Cymraeg).
    Cy,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Cy];

    /// The BCP 47 code: `en`, `cy`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Cy => "cy",
        }
    }

    pub(crate) fn identifier(self) -> LanguageIdentifier {
        // Both codes are valid language subtags.
        self.code().parse().unwrap_or_default()
    }

    /// Reads a language tag or a POSIX locale name: `cy`, `cy-GB`, `cy_GB.UTF-8`, `en_US`.
    /// `None` for a language sero has no catalogue of.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let language = tag
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match language.as_str() {
            "cy" | "cym" | "wel" => Some(Lang::Cy),
            "en" | "eng" | "c" | "posix" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The language to speak: the `--lang` flag, else `SERO_LANG`, else the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty (POSIX's order), else English. A locale
/// sero has no catalogue for means English. `var` reads an environment variable.
pub fn resolve_lang(flag: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = flag {
        return lang;
    }
    for name in ["SERO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = var(name).filter(|v| !v.is_empty()) {
            return Lang::from_tag(&value).unwrap_or(Lang::En);
        }
    }
    Lang::En
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_locale_names() {
        assert_eq!(Lang::from_tag("cy"), Some(Lang::Cy));
        assert_eq!(Lang::from_tag("cy_GB.UTF-8"), Some(Lang::Cy));
        assert_eq!(Lang::from_tag("CY-gb"), Some(Lang::Cy));
        assert_eq!(Lang::from_tag("en_GB.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("C.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr_FR"), None);
    }

    #[test]
    fn the_flag_wins_then_sero_lang_then_posix_order() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, v)| (*v).to_owned())
            }
        };
        let all = env(&[("SERO_LANG", "en"), ("LC_ALL", "cy_GB.UTF-8")]);
        assert_eq!(resolve_lang(Some(Lang::Cy), all), Lang::Cy);
        assert_eq!(resolve_lang(None, all), Lang::En);
        let posix = env(&[("LC_ALL", ""), ("LC_MESSAGES", "cy_GB"), ("LANG", "en_GB")]);
        assert_eq!(resolve_lang(None, posix), Lang::Cy);
        assert_eq!(
            resolve_lang(None, env(&[("LANG", "fr_FR.UTF-8")])),
            Lang::En
        );
        assert_eq!(resolve_lang(None, env(&[])), Lang::En);
    }
}
