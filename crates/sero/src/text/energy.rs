//! User-facing words of `sero sci`.

pub const SCI_TITLE: &str = "Software Carbon Intensity";
pub const SCI_R: &str = "functional unit";
pub const SCI_O: &str = "operational";
pub const SCI_E_TIMES_I: &str = "energy × grid intensity";
pub const SCI_O_OTHER: &str = "other operational (per-item or reported figures, no energy)";
pub const SCI_E: &str = "energy";
pub const SCI_I: &str = "average intensity of E";
pub const SCI_M: &str = "embodied";
pub const SCI_DAYS: &str = "days";
pub const SCI_HINT_PER: &str =
    "give `transaction`, `period`, or a unit and its count in the period such as `request=1200000`";
pub const SCI_BOUNDARY_IN: &str = "Inside the software boundary";
pub const SCI_BOUNDARY_OUT: &str =
    "Outside the software boundary (in `sero estimate`, not in the SCI)";
pub const SCI_ELEMENT: &str = "element";
pub const SCI_COMPONENTS: &str = "components";
pub const SCI_WHY: &str = "why";
pub const SCI_OUT_NOT_SOFTWARE: &str = "not software: the service's offline delivery";
pub const SCI_OUT_OTHER: &str =
    "unclassified: give the component `covers:` (hosting, network…) to place it";
pub const SCI_CHECKLIST: &str = "The specification's boundary list";
pub const SCI_HOW_HOSTING: &str =
    "hosting components (servers, cloud, suppliers' reported hosting)";
pub const SCI_HOW_NETWORK: &str = "network components (data transfer, email, telephony)";
pub const SCI_HOW_IDLE: &str = "the server model counts idle power";
pub const SCI_HOW_DEVICES: &str = "citizens' devices";
pub const SCI_HOW_OPERATIONS: &str = "staff computers";
pub const SCI_HOW_NONE: &str =
    "no component of its own; it may be inside a supplier's reported figure";
pub const SCI_HOW_NO_MODEL: &str = "sero has no model for it";
pub const SCI_METHODOLOGY: &str = "Methodology";
pub const SCI_MODELS: &str = "models inside the boundary";
pub const SCI_LOCATION_BASED: &str = "I is location-based: annual average grid intensity (DESNZ conversion factors for UK electricity, Ember annual averages elsewhere), as the specification allows";
pub const SCI_NO_MARKET: &str = "no market-based measures: offsets, renewable energy certificates and power purchase agreements do not reduce the score, as the specification requires";
pub const SCI_EMBODIED: &str = "M is each model's embodied share: manufacture emissions × time used ÷ expected life (× share of the resource), the specification's TE × TiR/EL × RR/ToR";
pub const SCI_MEASURED: &str = "measured or supplier-reported components (the rest are modelled)";
pub const SCI_GRANULARITY: &str = "granularity: one reporting period of";
pub const SCI_GRANULARITY_NOTE: &str = "annual values are the coarsest the specification accepts";
pub const SCI_RECONCILE: &str = "reconciles with `sero estimate`";
pub const SCI_INSIDE: &str = "inside";
pub const SCI_OUTSIDE: &str = "outside";
pub const SCI_WARN_OTHER: &str =
    "unclassified components are left outside the software boundary; give them `covers:`";
pub const SCI_WARN_REPORTED: &str = "reported figures inside the boundary are taken as given: the SCI needs them location-based, without offsets or certificates";
