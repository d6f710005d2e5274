//! The aggregation query Cloud Carbon Footprint runs on the provider's billing table, for
//! organisations that would rather not download the raw export: run it where the data is (Athena,
//! BigQuery) and give its result to `sero import cloud`.
//!
//! The query is CCF's (`packages/aws/src/lib/CostAndUsageReports.ts`,
//! `packages/gcp/src/lib/BillingExportTable.ts`, commit b7a049c7) grouped by day, with sero's
//! column names and a `provider` column. The DuckDB dialect changes only what DuckDB spells
//! differently (the day of a timestamp, quoted dotted column names), so the query can be run
//! locally on a copy of the export.

/// Where the query runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// AWS Cost and Usage Report table in Athena (Trino SQL).
    Athena,
    /// Google Cloud billing export table in BigQuery.
    BigQuery,
}

/// How to spell it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// The target's own SQL.
    Native,
    /// DuckDB, over the export loaded as a table with the same column names.
    DuckDb,
}

impl Target {
    pub fn parse(text: &str) -> Option<Target> {
        match text {
            "athena" => Some(Target::Athena),
            "bigquery" => Some(Target::BigQuery),
            _ => None,
        }
    }

    pub fn default_table(self) -> &'static str {
        match self {
            Target::Athena => "cost_and_usage_report",
            Target::BigQuery => "project.dataset.gcp_billing_export_v1",
        }
    }
}

impl Dialect {
    pub fn parse(text: &str) -> Option<Dialect> {
        match text {
            "native" => Some(Dialect::Native),
            "duckdb" => Some(Dialect::DuckDb),
            _ => None,
        }
    }
}

/// A tag name as it may appear in a column name (letters, digits, `_`).
pub fn valid_tag(tag: &str) -> bool {
    !tag.is_empty() && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The query. `tags` must pass [`valid_tag`].
pub fn query(target: Target, dialect: Dialect, table: &str, tags: &[String]) -> String {
    match target {
        Target::Athena => athena(dialect, table, tags),
        Target::BigQuery => bigquery(dialect, table, tags),
    }
}

fn athena(dialect: Dialect, table: &str, tags: &[String]) -> String {
    let day = match dialect {
        Dialect::Native => "DATE(DATE_TRUNC('day', line_item_usage_start_date))",
        Dialect::DuckDb => "CAST(DATE_TRUNC('day', line_item_usage_start_date) AS DATE)",
    };
    let mut select = vec![
        format!("{day} AS day"),
        "line_item_usage_account_id AS account".to_owned(),
        "product_region AS region".to_owned(),
        "line_item_product_code AS service".to_owned(),
        "line_item_usage_type AS usage_type".to_owned(),
        "pricing_unit AS usage_unit".to_owned(),
        "product_vcpu AS vcpus".to_owned(),
        "'aws' AS provider".to_owned(),
    ];
    for tag in tags {
        select.push(format!("resource_tags_user_{tag} AS tag_{tag}"));
    }
    let grouped = select.len();
    select.push("SUM(line_item_usage_amount) AS usage_amount".to_owned());
    select.push("SUM(line_item_blended_cost) AS cost".to_owned());
    format!(
        "-- Cloud Carbon Footprint's aggregation of an AWS Cost and Usage Report (Athena), by day.\n\
         SELECT\n  {}\nFROM {table}\n\
         WHERE line_item_line_item_type IN ('Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage')\n\
         GROUP BY {}\n",
        select.join(",\n  "),
        (1..=grouped)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}

fn bigquery(dialect: Dialect, table: &str, tags: &[String]) -> String {
    // BigQuery reads `project.id` as a field of a record; a CSV copy loaded into DuckDB has a
    // column named `project.id`, which DuckDB must quote.
    let col = |name: &str| match dialect {
        Dialect::Native => name.to_owned(),
        Dialect::DuckDb => format!("\"{name}\""),
    };
    let day = match dialect {
        Dialect::Native => "DATE_TRUNC(DATE(usage_start_time), DAY)".to_owned(),
        Dialect::DuckDb => "CAST(usage_start_time AS DATE)".to_owned(),
    };
    let from = match dialect {
        Dialect::Native => format!("`{table}`"),
        Dialect::DuckDb => table.to_owned(),
    };
    let mut select = vec![
        format!("{day} AS day"),
        format!("{} AS account", col("project.id")),
        format!(
            "IFNULL({}, {}) AS region",
            col("location.region"),
            col("location.location")
        ),
        format!("{} AS service", col("service.description")),
        format!("{} AS usage_type", col("sku.description")),
        format!("{} AS usage_unit", col("usage.unit")),
    ];
    // The machine type, as CCF's query reads it (a system label; a CSV copy has none).
    let join = match dialect {
        Dialect::Native => {
            select.push("machine_spec.value AS machine_type".to_owned());
            "\nLEFT JOIN UNNEST(system_labels) AS machine_spec\n  ON machine_spec.key = 'compute.googleapis.com/machine_spec'"
        }
        Dialect::DuckDb => "",
    };
    select.push("'gcp' AS provider".to_owned());
    for tag in tags {
        select.push(format!(
            "(SELECT l.value FROM UNNEST(labels) AS l WHERE l.key = '{tag}') AS tag_{tag}"
        ));
    }
    let grouped = select.len();
    select.push(format!("SUM({}) AS usage_amount", col("usage.amount")));
    select.push("SUM(cost) AS cost".to_owned());
    format!(
        "-- Cloud Carbon Footprint's aggregation of a Google Cloud billing export (BigQuery), by day.\n\
         SELECT\n  {}\nFROM {from}{join}\n\
         WHERE cost_type != 'rounding_error'\n  AND {} IN ('byte-seconds', 'seconds', 'bytes', 'requests')\n\
         GROUP BY {}\n",
        select.join(",\n  "),
        col("usage.unit"),
        (1..=grouped)
            .map(|i| i.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    )
}
