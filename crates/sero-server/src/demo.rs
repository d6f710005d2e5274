//! `sero serve --demo`: a demonstration organisation built from the bundled examples, with an
//! administrator whose password is made at start and printed.

use sero_i18n::msg;
use sero_manifest::tree::Format;
use sero_store::{Author, NewVersion, Role, StoreError};

use crate::App;
use crate::assess;

/// The bundled examples the demonstration is made of.
const BLUE_BADGE: &str = include_str!("../../../examples/blue-badge-wales.yaml");
const POTHOLE: &str = include_str!("../../../examples/report-a-pothole.toml");
const ESTATE_CSV: &str = include_str!("../../../examples/welsh-council-estate.csv");
const ESTATE_MANIFEST: &str = include_str!("../demo/council-it-estate.yaml");

/// How to sign in to the demonstration.
pub struct DemoLogin {
    pub email: String,
    pub password: String,
}

/// The demonstration organisation's short name.
pub const ORG: &str = "example-council";

/// Fills an empty store with the demonstration organisation.
pub async fn seed(app: &std::sync::Arc<App>) -> Result<DemoLogin, StoreError> {
    let password = sero_store::new_token()[..20].to_owned();
    let hash = crate::auth::hash_password_async(password.clone()).await;
    let email = "demo@example.org".to_owned();
    let name = app
        .localizer(sero_i18n::Lang::En)
        .render(&msg!("web-demo-admin-name"));
    let user = app.store.user_create(&email, &name, &hash, true).await?;
    let org_name = app
        .localizer(sero_i18n::Lang::En)
        .render(&msg!("web-demo-org-name"));
    let org = app.store.org_create(ORG, &org_name).await?;
    app.store.member_set(org.id, user.id, Role::Admin).await?;

    // The Blue Badge service in two versions: as published, then after moving a third of the
    // paper applications online (the example's own `--shift` scenario, written as a version).
    let shifted = BLUE_BADGE
        .replacen("transactions: 7200", "transactions: 8000", 1)
        .replacen("transactions: 2400", "transactions: 1600", 1);
    let blue = [
        (BLUE_BADGE.to_owned(), msg!("web-demo-first-version")),
        (shifted, msg!("web-demo-shift-version")),
    ];
    let mut service = None;
    for (text, message) in blue {
        let version = version(app, user.id, &text, Format::Yaml, &message, Vec::new())?;
        match service {
            None => {
                let (s, _) = app
                    .store
                    .service_create(
                        org.id,
                        "apply-for-a-blue-badge",
                        "Apply for a Blue Badge",
                        version,
                    )
                    .await?;
                service = Some(s);
            }
            Some(ref s) => {
                app.store.version_save(org.id, s.id, version).await?;
            }
        }
    }
    let pothole = version(
        app,
        user.id,
        POTHOLE,
        Format::Toml,
        &msg!("web-demo-first-version"),
        Vec::new(),
    )?;
    app.store
        .service_create(org.id, "report-a-pothole", "Report a pothole", pothole)
        .await?;

    // An import: the example estate inventory, turned into the activity file a manifest reads
    // (as `sero import inventory --activity` does), kept with the version.
    let estate = inventory_activity(app)?;
    let files = vec![sero_store::File {
        name: "estate.json".to_owned(),
        kind: "inventory".to_owned(),
        content: estate.into_bytes(),
    }];
    let it = version(
        app,
        user.id,
        ESTATE_MANIFEST,
        Format::Yaml,
        &msg!("web-demo-inventory-version"),
        files,
    )?;
    app.store
        .service_create(org.id, "council-it-estate", "Council IT estate", it)
        .await?;
    Ok(DemoLogin { email, password })
}

fn version(
    app: &App,
    user: sero_store::UserId,
    text: &str,
    format: Format,
    message: &sero_i18n::Message,
    files: Vec<sero_store::File>,
) -> Result<NewVersion, StoreError> {
    let assessed = assess::run(app, text, format, &files).map_err(|_| StoreError::NotFound)?;
    Ok(NewVersion {
        author: Author::User(user),
        message: app.localizer(sero_i18n::Lang::En).render(message),
        manifest: text.to_owned(),
        format: assess::format_name(format).to_owned(),
        files,
        assessment: assessed.stored,
    })
}

/// The example inventory's activity file, as `sero import inventory --activity` writes it.
fn inventory_activity(app: &App) -> Result<String, StoreError> {
    let rows = sero_inventory::parse(ESTATE_CSV).map_err(|_| StoreError::NotFound)?;
    let inventory =
        sero_inventory::estimate(&rows, &app.factors).map_err(|_| StoreError::NotFound)?;
    let produced_by = format!("sero {} (demonstration)", env!("CARGO_PKG_VERSION"));
    let file = sero_inventory::export::activity_file(&inventory, &produced_by);
    let body = serde_json::Value::Object(sero_manifest::activity::to_json(&file));
    sero_render::document::write(sero_render::document::Kind::Activity, None, body)
        .map_err(|_| StoreError::NotFound)
}
