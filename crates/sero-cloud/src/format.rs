//! Billing export formats: which one a header is, and where each field is.

use sero_core::{Message, msg};

use crate::Provider;
use crate::text;

/// A billing export format, detected from its header.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// AWS Cost and Usage Report, legacy CSV (`lineItem/UsageStartDate`).
    AwsCur,
    /// AWS Cost and Usage Report with snake_case columns: CUR 2.0 or the Athena table
    /// (`line_item_usage_start_date`).
    AwsCurSnake,
    /// Azure cost export (`Date`, `MeterCategory`, `Quantity`).
    Azure,
    /// Google Cloud billing export as BigQuery exports it to CSV (`usage_start_time`, `sku.description`).
    Gcp,
    /// The result of `sero import cloud --sql …` run on the provider's side.
    QueryResult,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::AwsCur => "AWS Cost and Usage Report (legacy CSV columns)",
            Format::AwsCurSnake => "AWS Cost and Usage Report (CUR 2.0 / Athena columns)",
            Format::Azure => "Azure cost export",
            Format::Gcp => "Google Cloud billing export",
            Format::QueryResult => "result of sero's aggregation query",
        }
    }

    /// The format's name in the reader's language.
    pub fn message(self) -> Message {
        match self {
            Format::AwsCur => msg!("cloud-format-aws-cur"),
            Format::AwsCurSnake => msg!("cloud-format-aws-cur2"),
            Format::Azure => msg!("cloud-format-azure"),
            Format::Gcp => msg!("cloud-format-gcp"),
            Format::QueryResult => msg!("cloud-format-query-result"),
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Format::AwsCur => "aws-cur",
            Format::AwsCurSnake => "aws-cur2",
            Format::Azure => "azure-export",
            Format::Gcp => "gcp-billing-export",
            Format::QueryResult => "query-result",
        }
    }
}

/// Where a tag's value is in a line.
#[derive(Clone, Debug, PartialEq)]
pub enum TagSource {
    /// Its own column (`resourceTags/user:service`, `resource_tags_user_service`, `tag_service`).
    Column(usize),
    /// A key in a JSON object column (CUR 2.0 `resource_tags` with key `user_service`; Azure
    /// `Tags`, with or without the braces).
    JsonKey(usize, String),
    /// A `[{"key": …, "value": …}]` list (Google's `labels`).
    KeyValueList(usize, String),
    /// `key: value, key: value` lists in these columns, the last one that has the key winning:
    /// CCF's BigQuery query gives Google's tags, project labels and labels so (`tag_tags`,
    /// `tag_projectLabels`, `tag_labels`).
    ColonLists(Vec<usize>, String),
    /// The export has no such tag: the value is empty.
    Absent,
}

/// The column of every field sero reads.
#[derive(Clone, Debug)]
pub struct Columns {
    pub format: Format,
    pub provider: Provider,
    pub day: usize,
    pub account: usize,
    pub region: usize,
    /// Google: `location.location` when `location.region` is empty.
    pub region_fallback: Option<usize>,
    pub service: usize,
    pub usage_type: usize,
    pub unit: usize,
    pub vcpus: Option<usize>,
    /// Google: the machine type (`e2-standard-4`), as CCF's query reads it from the system
    /// label `compute.googleapis.com/machine_spec`.
    pub machine_type: Option<usize>,
    pub amount: usize,
    pub cost: usize,
    /// AWS `lineItem/LineItemType`; only usage lines count.
    pub line_type: Option<usize>,
    /// Google `cost_type`; rounding errors do not count.
    pub cost_type: Option<usize>,
    /// Query results: the provider column.
    pub provider_column: Option<usize>,
    pub tags: Vec<TagSource>,
    /// Names of the columns, for messages.
    pub names: Vec<String>,
}

fn find(header: &[String], names: &[&str]) -> Option<usize> {
    names
        .iter()
        .find_map(|n| header.iter().position(|h| h == n))
}

fn need(header: &[String], format: Format, names: &[&str]) -> Result<usize, Message> {
    find(header, names).ok_or_else(|| text::missing_column(format.message(), names[0]))
}

/// Detects the format from the header and finds the columns, with the tags asked for.
pub fn detect(header: &[String], tags: &[String]) -> Result<Columns, Message> {
    let has = |n: &str| header.iter().any(|h| h == n);
    let format = if has("lineItem/UsageStartDate") {
        Format::AwsCur
    } else if has("line_item_usage_start_date") {
        Format::AwsCurSnake
    } else if has("MeterCategory") || has("meterCategory") {
        Format::Azure
    } else if has("usage_start_time") {
        Format::Gcp
    } else if has("usage_amount") && has("usage_unit") {
        Format::QueryResult
    } else {
        return Err(text::unknown_format(header));
    };
    let n = |names: &[&str]| need(header, format, names);
    let o = |names: &[&str]| find(header, names);
    let columns = match format {
        Format::AwsCur => Columns {
            format,
            provider: Provider::Aws,
            day: n(&["lineItem/UsageStartDate"])?,
            account: n(&["lineItem/UsageAccountId"])?,
            region: n(&["product/region"])?,
            region_fallback: None,
            service: n(&["lineItem/ProductCode"])?,
            usage_type: n(&["lineItem/UsageType"])?,
            unit: n(&["pricing/unit"])?,
            vcpus: o(&["product/vcpu"]),
            machine_type: None,
            amount: n(&["lineItem/UsageAmount"])?,
            cost: n(&["lineItem/BlendedCost", "lineItem/UnblendedCost"])?,
            line_type: o(&["lineItem/LineItemType"]),
            cost_type: None,
            provider_column: None,
            tags: tags
                .iter()
                .map(|t| {
                    o(&[
                        &format!("resourceTags/user:{t}"),
                        &format!("resourceTags/{t}"),
                    ])
                    .map_or(TagSource::Absent, TagSource::Column)
                })
                .collect(),
            names: header.to_vec(),
        },
        Format::AwsCurSnake => Columns {
            format,
            provider: Provider::Aws,
            day: n(&["line_item_usage_start_date"])?,
            account: n(&["line_item_usage_account_id"])?,
            region: n(&["product_region", "product_region_code"])?,
            region_fallback: None,
            service: n(&["line_item_product_code"])?,
            usage_type: n(&["line_item_usage_type"])?,
            unit: n(&["pricing_unit"])?,
            vcpus: o(&["product_vcpu"]),
            machine_type: None,
            amount: n(&["line_item_usage_amount"])?,
            cost: n(&["line_item_blended_cost", "line_item_unblended_cost"])?,
            line_type: o(&["line_item_line_item_type"]),
            cost_type: None,
            provider_column: None,
            tags: tags
                .iter()
                .map(|t| {
                    if let Some(i) = o(&[&format!("resource_tags_user_{t}")]) {
                        TagSource::Column(i)
                    } else if let Some(i) = o(&["resource_tags"]) {
                        TagSource::JsonKey(i, format!("user_{t}"))
                    } else {
                        TagSource::Absent
                    }
                })
                .collect(),
            names: header.to_vec(),
        },
        Format::Azure => Columns {
            format,
            provider: Provider::Azure,
            day: n(&["Date", "date", "UsageDateTime"])?,
            account: n(&[
                "SubscriptionId",
                "SubscriptionGuid",
                "subscriptionId",
                "SubscriptionName",
                "subscriptionName",
            ])?,
            region: n(&["ResourceLocation", "resourceLocation"])?,
            region_fallback: None,
            service: n(&["MeterCategory", "meterCategory"])?,
            usage_type: n(&["MeterName", "meterName"])?,
            unit: n(&["UnitOfMeasure", "unitOfMeasure"])?,
            vcpus: None,
            machine_type: None,
            amount: n(&["Quantity", "quantity"])?,
            cost: n(&[
                "CostInBillingCurrency",
                "costInBillingCurrency",
                "Cost",
                "CostInUSD",
                "costInUSD",
                "PreTaxCost",
            ])?,
            line_type: None,
            cost_type: None,
            provider_column: None,
            tags: tags
                .iter()
                .map(|t| {
                    // `tag:resourceGroup` is the resource group's column, as CCF reads it.
                    let group = (t == "resourceGroup")
                        .then(|| o(&["ResourceGroup", "resourceGroup", "ResourceGroupName"]))
                        .flatten();
                    match (group, o(&["Tags", "tags"])) {
                        (Some(i), _) => TagSource::Column(i),
                        (None, Some(i)) => TagSource::JsonKey(i, t.clone()),
                        (None, None) => TagSource::Absent,
                    }
                })
                .collect(),
            names: header.to_vec(),
        },
        Format::Gcp => Columns {
            format,
            provider: Provider::Gcp,
            day: n(&["usage_start_time"])?,
            account: n(&["project.id"])?,
            region: n(&["location.region"])?,
            region_fallback: o(&["location.location"]),
            service: n(&["service.description"])?,
            usage_type: n(&["sku.description"])?,
            unit: n(&["usage.unit"])?,
            vcpus: None,
            machine_type: o(&["machine_type", "machineType"]),
            amount: n(&["usage.amount"])?,
            cost: n(&["cost"])?,
            line_type: None,
            cost_type: o(&["cost_type"]),
            provider_column: None,
            tags: tags
                .iter()
                .map(|t| {
                    o(&["labels"])
                        .map_or(TagSource::Absent, |i| TagSource::KeyValueList(i, t.clone()))
                })
                .collect(),
            names: header.to_vec(),
        },
        Format::QueryResult => Columns {
            format,
            provider: Provider::Aws,
            day: n(&["day"])?,
            account: n(&["account"])?,
            region: n(&["region"])?,
            region_fallback: None,
            service: n(&["service"])?,
            usage_type: n(&["usage_type"])?,
            unit: n(&["usage_unit"])?,
            vcpus: o(&["vcpus"]),
            machine_type: o(&["machine_type"]),
            amount: n(&["usage_amount"])?,
            cost: n(&["cost"])?,
            line_type: None,
            cost_type: None,
            provider_column: Some(n(&["provider"])?),
            tags: tags
                .iter()
                .map(|t| {
                    if let Some(i) = o(&[&format!("tag_{t}")]) {
                        return TagSource::Column(i);
                    }
                    let lists: Vec<usize> = ["tag_tags", "tag_projectLabels", "tag_labels"]
                        .iter()
                        .filter_map(|n| o(&[n]))
                        .collect();
                    if lists.is_empty() {
                        TagSource::Absent
                    } else {
                        TagSource::ColonLists(lists, t.clone())
                    }
                })
                .collect(),
            names: header.to_vec(),
        },
    };
    Ok(columns)
}

impl Columns {
    /// The columns read, in file order (to read only these from a columnar file).
    pub fn used(&self) -> Vec<usize> {
        let mut used = vec![
            self.day,
            self.account,
            self.region,
            self.service,
            self.usage_type,
            self.unit,
            self.amount,
            self.cost,
        ];
        used.extend(
            [
                self.region_fallback,
                self.vcpus,
                self.machine_type,
                self.line_type,
                self.cost_type,
                self.provider_column,
            ]
            .into_iter()
            .flatten(),
        );
        for tag in &self.tags {
            match tag {
                TagSource::ColonLists(list, _) => used.extend(list.iter().copied()),
                TagSource::Column(i) | TagSource::JsonKey(i, _) | TagSource::KeyValueList(i, _) => {
                    used.push(*i)
                }
                TagSource::Absent => {}
            }
        }
        used.sort_unstable();
        used.dedup();
        used
    }
}

/// The value of `key` in a JSON-ish object (`{"service":"blue-badge"}`, or Azure's
/// `"service": "blue-badge","env": "prod"` without braces). Only string values are read.
pub fn json_key<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let mut rest = text;
    while let Some(i) = rest.find('"') {
        let after = &rest[i + 1..];
        let end = after.find('"')?;
        let name = &after[..end];
        let tail = after[end + 1..].trim_start();
        if let Some(value) = tail.strip_prefix(':') {
            let value = value.trim_start();
            if let Some(v) = value.strip_prefix('"') {
                let close = v.find('"')?;
                if name == key {
                    return Some(&v[..close]);
                }
                rest = &v[close + 1..];
                continue;
            }
        }
        rest = &after[end + 1..];
    }
    None
}

/// The value for `key` in Google's `[{"key":"service","value":"blue-badge"}, …]`.
pub fn key_value_list<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let mut rest = text;
    while let Some(i) = rest.find('{') {
        let object = &rest[i..];
        let end = object.find('}')?;
        let object = &object[..=end];
        if json_key(object, "key") == Some(key) {
            return json_key(object, "value");
        }
        rest = &rest[i + end + 1..];
    }
    None
}

/// The value for `key` in CCF's `key: value, key: value` list.
pub fn colon_list<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    text.split(", ")
        .filter_map(|pair| pair.split_once(": "))
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v)
}
