//! The catalogues against the code, and messages rendered in both languages.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sero_i18n::{
    CatalogueProblem, ENGLISH, Lang, Localizer, WELSH, check_catalogues, message_ids_in_source, msg,
};

/// Every `.rs` file under each crate's `src/`, except the two crates that define messages.
fn sources() -> Vec<PathBuf> {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    let mut stack: Vec<PathBuf> = std::fs::read_dir(&crates)
        .expect("the crates folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name != "sero-message" && name != "sero-i18n"
        })
        .map(|p| p.join("src"))
        .collect();
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files
}

fn ids_in_code() -> BTreeSet<String> {
    sources()
        .iter()
        .flat_map(|path| {
            message_ids_in_source(&std::fs::read_to_string(path).expect("a readable source"))
        })
        .collect()
}

#[test]
fn the_catalogues_match_the_code() {
    let used = ids_in_code();
    assert!(used.len() > 50, "the scan found only {} ids", used.len());
    let problems = check_catalogues(&used, ENGLISH, WELSH);
    let report: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{}", report.join("\n"));
}

#[test]
fn the_check_catches_a_missing_id_an_unused_id_a_changed_placeable_and_bad_syntax() {
    let used: BTreeSet<String> = ["greeting", "farewell"].map(str::to_owned).into();
    let english = "greeting = Hello { $name }\nfarewell = Goodbye\nstale = Old words\n";
    let welsh = "greeting = Helo { $enw }\nnonsense = {\n";
    let problems = check_catalogues(&used, english, welsh);
    let has = |wanted: &CatalogueProblem| problems.contains(wanted);
    assert!(has(&CatalogueProblem::Missing {
        lang: Lang::Cy,
        id: "farewell".into()
    }));
    assert!(has(&CatalogueProblem::Unused {
        lang: Lang::En,
        id: "stale".into()
    }));
    assert!(has(&CatalogueProblem::Placeables {
        id: "greeting".into(),
        english: ["name".to_owned()].into(),
        welsh: ["enw".to_owned()].into(),
    }));
    assert!(
        problems.iter().any(|p| matches!(
            p,
            CatalogueProblem::Syntax {
                lang: Lang::Cy,
                line: 2,
                ..
            }
        )),
        "{problems:?}"
    );
}

#[test]
fn the_scan_finds_ids_across_lines_and_not_inside_other_names() {
    let source = r#"
        let a = msg!("one");
        let b = tr!(
            "two",
            x = 1
        );
        let c = not_a_tr!("three");
        let d = msg!(dynamic);
        // A comment may mention tr!("four") without using it.
    "#;
    assert_eq!(message_ids_in_source(source), vec!["one", "two"]);
}

#[test]
fn the_welsh_draft_says_it_awaits_a_translator() {
    let head: String = WELSH.lines().take(8).collect::<Vec<_>>().join("\n");
    assert!(
        head.contains("AWAITING REVIEW BY A WELSH-LANGUAGE TRANSLATOR"),
        "{head}"
    );
}

#[test]
fn messages_render_in_both_languages_with_grouped_numbers_and_plurals() {
    let en = Localizer::new(Lang::En);
    let cy = Localizer::new(Lang::Cy);
    let one = msg!("components-count", count = 1_usize);
    let many = msg!("components-count", count = 12_000_usize);
    assert_eq!(en.render(&one), "1 component");
    assert_eq!(en.render(&many), "12,000 components");
    assert_eq!(cy.render(&many), "12,000 cydran");
    let scope = msg!("scope-3-category", category = 11_u8);
    assert_eq!(
        en.render(&scope),
        "Scope 3, category 11: use of sold products"
    );
    assert_eq!(
        cy.render(&scope),
        "Cwmpas 3, categori 11: defnyddio cynhyrchion a werthwyd"
    );
    // A message inside a message is rendered in the same language.
    let nested = msg!(
        "warning-in-component",
        component = "servers",
        warning = msg!("warning-no-components")
    );
    assert_eq!(
        cy.render(&nested),
        "`servers`: nid oes gan y gwasanaeth gydrannau: mae ei ôl troed yn sero"
    );
    // An id no catalogue has is shown as itself rather than lost.
    assert_eq!(en.render(&msg!("no-such-message")), "no-such-message");
}
