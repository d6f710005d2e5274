//! The published constants of the TDP model, each with its source (used by [`crate::measure`]
//! and quoted by [`crate::text`]).

/// A published constant with its source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Constant {
    pub value: f64,
    pub unit: &'static str,
    pub what: &'static str,
    pub publisher: &'static str,
    pub title: &'static str,
    pub edition: &'static str,
    pub url: &'static str,
}

/// CodeCarbon: average power as a fraction of TDP in its constant model.
pub const TDP_FRACTION: Constant = Constant {
    value: 0.5,
    unit: "fraction of TDP",
    what: "average power of a processor as a share of its TDP (CONSUMPTION_PERCENTAGE_CONSTANT)",
    publisher: "CodeCarbon (mlco2)",
    title: "codecarbon/external/hardware.py; docs/explanation/power-estimation.md",
    edition: "3.3",
    url: "https://github.com/mlco2/codecarbon/blob/master/codecarbon/external/hardware.py",
};

/// CodeCarbon: TDP per logical CPU for a processor model it does not know.
pub const DEFAULT_TDP_PER_THREAD: Constant = Constant {
    value: 4.0,
    unit: "W per logical CPU",
    what: "TDP assumed per logical CPU for an unknown processor model (DEFAULT_POWER_PER_CORE)",
    publisher: "CodeCarbon (mlco2)",
    title: "codecarbon/core/cpu.py",
    edition: "3.3",
    url: "https://github.com/mlco2/codecarbon/blob/master/codecarbon/core/cpu.py",
};

/// CodeCarbon: TDP when the processor model cannot be detected.
pub const DEFAULT_TDP: Constant = Constant {
    value: 85.0,
    unit: "W",
    what: "TDP assumed when the processor cannot be identified (POWER_CONSTANT)",
    publisher: "CodeCarbon (mlco2)",
    title: "codecarbon/external/hardware.py",
    edition: "3.3",
    url: "https://github.com/mlco2/codecarbon/blob/master/codecarbon/external/hardware.py",
};
