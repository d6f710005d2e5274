//! The parameter metadata IF 1.1.0's builtins declare (units, descriptions,
//! aggregation methods), as they appear in `explain` and drive aggregation.

use crate::plugin::Method;

pub fn builtin(method: Method) -> Option<&'static str> {
    Some(match method {
        Method::Sci => SCI,
        Method::SciEmbodied => SCI_EMBODIED,
        Method::TimeSync => TIME_SYNC,
        _ => return None,
    })
}

const SCI: &str = r#"
inputs:
  carbon:
    description: an amount of carbon emitted into the atmosphere
    unit: gCO2e
    aggregation-method: {time: sum, component: sum}
  functional-unit:
    description: the name of the functional unit in which the final SCI value should be expressed, e.g. requests, users
    unit: none
    aggregation-method: {time: sum, component: sum}
outputs:
  sci:
    description: carbon expressed in terms of the given functional unit
    unit: gCO2e
    aggregation-method: {time: avg, component: sum}
"#;

const SCI_EMBODIED: &str = r#"
inputs:
  vCPUs:
    description: number of CPUs allocated to an application
    unit: CPUs
    aggregation-method: {time: copy, component: copy}
  memory:
    description: RAM available for a resource, in GB
    unit: GB
    aggregation-method: {time: copy, component: copy}
  ssd:
    description: number of SSDs available for a resource
    unit: SSDs
    aggregation-method: {time: copy, component: copy}
  hdd:
    description: number of HDDs available for a resource
    unit: HDDs
    aggregation-method: {time: copy, component: copy}
  gpu:
    description: number of GPUs available for a resource
    unit: GPUs
    aggregation-method: {time: copy, component: copy}
  usage-ratio:
    description: a scaling factor that can be used to describe the ratio of actual resource usage comapred to real device usage, e.g. 0.25 if you are using 2 out of 8 vCPUs, 0.1 if you are responsible for 1 out of 10 GB of storage, etc
    unit: dimensionless
    aggregation-method: {time: copy, component: copy}
  time:
    description: a time unit to scale the embodied carbon by, in seconds. If not provided,time defaults to the value of the timestep duration.
    unit: seconds
    aggregation-method: {time: copy, component: copy}
outputs:
  embodied-carbon:
    description: embodied carbon for a resource, scaled by usage
    unit: gCO2eq
    aggregation-method: {time: sum, component: sum}
"#;

const TIME_SYNC: &str = r#"
inputs:
  timestamp:
    description: refers to the time of occurrence of the input
    unit: RFC3339
    aggregation-method: {time: none, component: none}
  duration:
    description: refers to the duration of the input
    unit: seconds
    aggregation-method: {time: sum, component: none}
"#;
