//! Time (horizontal) and component (vertical) aggregation.

use crate::run;

fn manifest(kind: &str, carbon_meta: &str) -> String {
    format!(
        r#"name: agg
aggregation:
  metrics: [carbon]
  type: {kind}
initialize:
  plugins:
    double:
      method: Coefficient
      path: builtin
      config: {{input-parameter: c, coefficient: 2, output-parameter: carbon}}
      parameter-metadata:
        outputs:
          carbon: {{unit: g, description: carbon, aggregation-method: {carbon_meta}}}
tree:
  pipeline:
    compute: [double]
  children:
    a:
      inputs:
        - {{timestamp: '2024-01-01T00:00:00.000Z', duration: 60, c: 1}}
        - {{timestamp: '2024-01-01T00:01:00.000Z', duration: 60, c: 2}}
    b:
      inputs:
        - {{timestamp: '2024-01-01T00:00:00.000Z', duration: 60, c: 10}}
        - {{timestamp: '2024-01-01T00:01:00.000Z', duration: 60, c: 20}}
"#
    )
}

#[test]
fn both_sums_over_time_and_components() {
    let out = run(&manifest("both", "{time: sum, component: sum}")).ok();
    assert_eq!(out.num("tree.children.a.aggregated.carbon"), 6.0);
    assert_eq!(out.num("tree.children.b.aggregated.carbon"), 60.0);
    // Component aggregation pairs the children's outputs by index.
    assert_eq!(out.num("tree.outputs.0.carbon"), 22.0);
    assert_eq!(out.num("tree.outputs.1.carbon"), 44.0);
    assert_eq!(
        out.text("tree.outputs.1.timestamp"),
        "2024-01-01T00:01:00.000Z"
    );
    assert_eq!(out.num("tree.aggregated.carbon"), 66.0);
}

#[test]
fn avg_copy_and_none() {
    let out = run(&manifest("both", "{time: avg, component: copy}")).ok();
    assert_eq!(out.num("tree.children.a.aggregated.carbon"), 3.0);
    // copy across components keeps the last child's value
    assert_eq!(out.num("tree.outputs.0.carbon"), 20.0);
    let out = run(&manifest("horizontal", "{time: none, component: none}")).ok();
    assert!(out.get("tree.children.a.aggregated.carbon").is_none());
    assert!(
        out.get("tree.outputs").is_none(),
        "horizontal leaves grouping nodes alone"
    );
}

#[test]
fn vertical_only_leaves_leaves_without_aggregated() {
    let out = run(&manifest("vertical", "{time: sum, component: sum}")).ok();
    assert!(out.get("tree.children.a.aggregated").is_none());
    assert_eq!(out.num("tree.aggregated.carbon"), 66.0);
}

#[test]
fn a_missing_metric_fails_like_if() {
    let text = manifest("both", "{time: sum, component: sum}")
        .replace("metrics: [carbon]", "metrics: [carbon, energy]");
    let out = run(&text);
    assert_eq!(
        out.failed().js_string(),
        "MissingAggregationParamError: Aggregation metric energy is not found in inputs[0]."
    );
}
