//! Inline arithmetic (`"=2*carbon"`, `"=3600*24"`) as `@grnsft/if-core`
//! 0.0.30 evaluates it (`utils/arithmetic-helper.js`), without `eval`: the
//! same regular expressions pick operands, and a small evaluator computes
//! the joined JavaScript expression (numbers, `+ - * /`, unary signs).

use std::sync::LazyLock;

use regex::Regex;

use crate::error::{IfError, Result, input_validation};
use crate::pool::Pool;
use crate::value::{Obs, Value};

static PARAMETER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"["']?([a-zA-Z]+(?:[-_/][a-zA-Z]+)*)["']?"#).expect("regex"));
static NUMBERS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^=?[0-9+\-*/\s]+$").expect("regex"));
static ONLY_NUMBERS_AND_OPERATORS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*\d+(\.\d+)?(\s*[-+*/]\s*\d+(\.\d+)?)*\s*$").expect("regex"));
static SIMPLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\d+(\.\d+)?([+\-*/]\d+(\.\d+)?)*$").expect("regex"));
static VALID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^\s*(\d+(\.\d+)?|["']?[a-zA-Z0-9\-_]+["']?)(\s*[-+*/]\s*(\d+(\.\d+)?|["']?[a-zA-Z0-9\-_]+["']?))*\s*$"#,
    )
    .expect("regex")
});
static SPLIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(\s*[+\-*/&]\s*)|((?-u:\b)\d+(?-u:\b))|("[^"]+"|'[^']+')|((?-u:\b)(?-u:\w)[\w\-]*(?-u:\b))"#)
        .expect("regex")
});
static NUMBER_IN_TEXT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[-+]?[0-9]*\.?[0-9]+").expect("regex"));

/// `String.prototype.replace('=', '')`: the first `=` only.
fn strip_first_eq(s: &str) -> String {
    s.replacen('=', "", 1)
}

/// Whether an input value needs the arithmetic evaluator at all.
pub fn is_expression(s: &str) -> bool {
    if s.contains('=') {
        return true;
    }
    // Only digits, dots, operators and blanks can make a bare expression.
    let candidate = s.bytes().all(|b| {
        b.is_ascii_digit()
            || matches!(
                b,
                b'.' | b'+' | b'-' | b'*' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
            )
    });
    candidate && ONLY_NUMBERS_AND_OPERATORS.is_match(s)
}

/// `getParameterFromArithmeticExpression`.
pub fn parameter_of(value: &Value, pool: &mut Pool) -> Result<Value> {
    let text = value.to_js_string(pool);
    let numbers = NUMBERS.is_match(&text);
    if numbers
        && let Some(n) = eval_js(&strip_first_eq(&text))?
        && n.is_finite()
    {
        return Ok(Value::Num(n));
    }
    if let Value::Str(_) = value {
        if let Some(c) = PARAMETER.captures(&text) {
            return Ok(Value::str(pool, c.get(1).map_or("", |m| m.as_str())));
        }
        if numbers {
            return Ok(Value::Undefined);
        }
    }
    Ok(value.clone())
}

/// `isValidArithmeticExpression`.
pub fn is_valid(parameter: &str, pool: &mut Pool) -> Result<bool> {
    let p = Value::str(pool, parameter);
    let checked = parameter_of(&p, pool)?;
    let same = matches!((&checked, &p), (Value::Str(a), Value::Str(b)) if a == b);
    Ok(!same && VALID.is_match(&strip_first_eq(parameter)))
}

/// `evaluateSimpleArithmeticExpression` (for config values).
pub fn evaluate_simple(value: &Value, pool: &Pool) -> Result<Value> {
    if let Value::Str(s) = value {
        let stripped = strip_first_eq(pool.str(*s));
        if SIMPLE.is_match(&stripped) {
            return Ok(eval_js(&stripped)?.map_or(Value::Undefined, Value::Num));
        }
    }
    Ok(value.clone())
}

fn not_expression(value: &Value, pool: &Pool) -> bool {
    match value {
        Value::Str(s) => !is_expression(pool.str(*s)),
        _ => true,
    }
}

/// `evaluateArithmeticExpression`.
fn evaluate(
    expression: &Value,
    parameter: &str,
    to_evaluate: &[String],
    input: &Obs,
    pool: &mut Pool,
) -> Result<Value> {
    if parameter == "timestamp" {
        let k = pool.sym("timestamp");
        return Ok(input.get(pool, k).cloned().unwrap_or(Value::Undefined));
    }
    if not_expression(expression, pool) {
        return Ok(expression.clone());
    }
    let text = expression.to_js_string(pool);
    let stripped = strip_first_eq(&text);
    if ONLY_NUMBERS_AND_OPERATORS.is_match(&stripped) {
        return Ok(eval_js(&stripped)?.map_or(Value::Undefined, Value::Num));
    }
    complex(&text, to_evaluate, input, pool)
}

fn operands(expression: &str) -> Vec<String> {
    let text = strip_first_eq(expression);
    let text = text.trim();
    let mut pieces: Vec<&str> = Vec::new();
    let mut last = 0;
    for caps in SPLIT.captures_iter(text) {
        let whole = caps.get(0).map_or(0..0, |m| m.range());
        pieces.push(&text[last..whole.start]);
        for g in 1..=4 {
            if let Some(m) = caps.get(g) {
                pieces.push(m.as_str());
            }
        }
        last = whole.end;
    }
    pieces.push(&text[last..]);
    pieces
        .into_iter()
        .filter(|p| !p.is_empty())
        .map(|p| {
            let t = p.trim();
            let b = t.as_bytes();
            if b.len() >= 2
                && ((b[0] == b'"' && b[b.len() - 1] == b'"')
                    || (b[0] == b'\'' && b[b.len() - 1] == b'\''))
            {
                t[1..t.len() - 1].to_string()
            } else {
                t.to_string()
            }
        })
        .collect()
}

fn wrong_operator(expression: &str) -> IfError {
    IfError::new(
        "WrongArithmeticExpressionError",
        format!(
            "The operator in `{expression}` should be one of these arithmetic operators: *, +, - or /."
        ),
    )
}

fn complex(
    expression: &str,
    to_evaluate: &[String],
    input: &Obs,
    pool: &mut Pool,
) -> Result<Value> {
    let mut joined = String::new();
    for operand in operands(expression) {
        if !operand.is_empty() && !crate::jsnum::parse_number(&operand).is_nan() {
            joined.push_str(&operand);
            continue;
        }
        if operand.chars().count() == 1 {
            if !matches!(operand.as_str(), "+" | "-" | "*" | "/") {
                return Err(wrong_operator(expression));
            }
            joined.push_str(&operand);
            continue;
        }
        let key = pool.sym(&operand);
        let Some(value) = input.get(pool, key).cloned() else {
            return Err(input_validation(format!(
                "{operand} is missing from the input array or has nullish value."
            )));
        };
        if value.to_number(pool).is_nan() {
            return Err(input_validation(format!(
                "The value of the `{operand}` parameter in the input array is not a number."
            )));
        }
        let value = if is_valid(expression, pool)? {
            let mut more = to_evaluate.to_vec();
            more.push(operand.clone());
            evaluate(&value, &operand, &more, input, pool)?
        } else {
            value
        };
        joined.push_str(&value.to_js_string(pool));
    }
    Ok(eval_js(&joined)?.map_or(Value::Undefined, Value::Num))
}

/// `evaluateInput`: every field of an observation, in order, against the
/// fields evaluated so far.
pub fn evaluate_input(input: &Obs, pool: &mut Pool) -> Result<Obs> {
    let mut out = input.clone();
    let keys = pool.keys(input.shape).to_vec();
    for (i, key) in keys.iter().enumerate() {
        let value = &input.vals[i];
        if not_expression(value, pool) {
            continue;
        }
        let name = pool.str(*key).to_string();
        let v = evaluate(value, &name, &[], &out, pool)?;
        out.vals[i] = v;
    }
    Ok(out)
}

/// `validateArithmeticExpression` for config values (`number` = preprocess to a number).
pub fn validate_config_expression(
    name: &str,
    value: &Value,
    number: bool,
    pool: &mut Pool,
) -> Result<Value> {
    let Value::Str(s) = value else {
        return Ok(value.clone());
    };
    let text = pool.str(*s).to_string();
    let sanitized = strip_first_eq(&text);
    if is_valid(&sanitized, pool)? {
        let evaluated = match eval_js(&sanitized)? {
            Some(n) if n != 0.0 && !n.is_nan() => Value::Num(n),
            _ => value.clone(),
        };
        if !evaluated.to_number(pool).is_nan() {
            return Ok(evaluated);
        }
    }
    let has_eq = text.contains('=');
    let valid = is_valid(&sanitized, pool)?;
    if has_eq != valid {
        return Err(input_validation(format!(
            "The `{name}` contains an invalid arithmetic expression. It should start with `=` and include the symbols `*`, `+`, `-` and `/`."
        )));
    }
    if number && let Some(m) = NUMBER_IN_TEXT.find(&sanitized) {
        return Ok(Value::Num(crate::jsnum::parse_float(m.as_str())));
    }
    Ok(value.clone())
}

/// `evaluateConfig`: config values named in `allowed`, against one input.
pub fn evaluate_config(
    config: &[(String, Value)],
    allowed: &[&str],
    input: &Obs,
    pool: &mut Pool,
) -> Result<Vec<(String, Value)>> {
    let to_evaluate: Vec<String> = allowed.iter().map(|s| s.to_string()).collect();
    let mut out = config.to_vec();
    for (key, value) in out.iter_mut() {
        if allowed.contains(&key.as_str()) {
            validate_config_expression(key, value, false, pool)?;
            *value = evaluate(value, key, &to_evaluate, input, pool)?;
        }
    }
    Ok(out)
}

/// `evaluateArithmeticOutput`: an output parameter written as `=expr`.
pub fn evaluate_output(parameter: &str, output: &mut Obs, pool: &mut Pool) -> Result<()> {
    let p = Value::str(pool, parameter);
    let checked = parameter_of(&p, pool)?;
    let valid = is_valid(parameter, pool)?;
    let key = pool.sym(parameter);
    if parameter.contains('=') && checked.truthy(pool) && valid {
        let from = output.get(pool, key).cloned().unwrap_or(Value::Undefined);
        let checked_text = checked.to_js_string(pool);
        let transformed = strip_first_eq(parameter)
            .replacen(&checked_text, &from.to_js_string(pool), 1)
            .replace(['\'', '"'], "");
        let result = eval_js(&transformed)?.map_or(Value::Undefined, Value::Num);
        output.remove(pool, key);
        let name = pool.sym(&checked_text);
        output.set(pool, name, result);
        return Ok(());
    }
    let same = matches!(checked, Value::Str(s) if s == key);
    if !same {
        return Err(IfError::new(
            "WrongArithmeticExpressionError",
            format!(
                "The output parameter `{parameter}` contains an invalid arithmetic expression. It should start with `=` and include the symbols `*`, `+`, `-` and `/`."
            ),
        ));
    }
    Ok(())
}

/// JavaScript evaluation of an arithmetic expression: `Ok(None)` where
/// `eval` would throw a syntax error or give `NaN`; division giving
/// `Infinity` is IF's `ZeroDivisionArithmeticOperationError`.
pub fn eval_js(expression: &str) -> Result<Option<f64>> {
    let tokens = match tokenize(expression) {
        Some(t) => t,
        None => return Ok(None),
    };
    if tokens.is_empty() {
        return Ok(None);
    }
    let mut p = Parse { tokens, i: 0 };
    let v = match p.additive() {
        Some(v) if p.i == p.tokens.len() => v,
        _ => return Ok(None),
    };
    if v == f64::INFINITY {
        return Err(IfError::new(
            "ZeroDivisionArithmeticOperationError",
            format!("The input expression contains a division by zero: `{expression}`."),
        ));
    }
    Ok((!v.is_nan()).then_some(v))
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(f64),
    Op(u8),
}

fn tokenize(s: &str) -> Option<Vec<Token>> {
    let b = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if matches!(c, b'+' | b'-') && b.get(i + 1) == Some(&c) {
            return None; // `++` / `--` are update operators: a syntax error here
        }
        if matches!(c, b'+' | b'-' | b'*' | b'/') {
            out.push(Token::Op(c));
            i += 1;
            continue;
        }
        if s[i..].starts_with("Infinity") {
            out.push(Token::Num(f64::INFINITY));
            i += 8;
            continue;
        }
        if s[i..].starts_with("NaN") {
            out.push(Token::Num(f64::NAN));
            i += 3;
            continue;
        }
        if c.is_ascii_digit() || c == b'.' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'.') {
                i += 1;
            }
            if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
                i += 1;
                if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
                    i += 1;
                }
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let text = &s[start..i];
            if text.matches('.').count() > 1 || text == "." {
                return None;
            }
            out.push(Token::Num(text.parse().ok()?));
            continue;
        }
        return None;
    }
    Some(out)
}

struct Parse {
    tokens: Vec<Token>,
    i: usize,
}

impl Parse {
    fn peek(&self) -> Option<Token> {
        self.tokens.get(self.i).copied()
    }

    fn additive(&mut self) -> Option<f64> {
        let mut v = self.multiplicative()?;
        while let Some(Token::Op(op @ (b'+' | b'-'))) = self.peek() {
            self.i += 1;
            let r = self.multiplicative()?;
            v = if op == b'+' { v + r } else { v - r };
        }
        Some(v)
    }

    fn multiplicative(&mut self) -> Option<f64> {
        let mut v = self.unary()?;
        while let Some(Token::Op(op @ (b'*' | b'/'))) = self.peek() {
            self.i += 1;
            let r = self.unary()?;
            v = if op == b'*' { v * r } else { v / r };
        }
        Some(v)
    }

    fn unary(&mut self) -> Option<f64> {
        match self.peek()? {
            Token::Op(b'-') => {
                self.i += 1;
                Some(-self.unary()?)
            }
            Token::Op(b'+') => {
                self.i += 1;
                self.unary()
            }
            Token::Num(n) => {
                self.i += 1;
                Some(n)
            }
            Token::Op(_) => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_like_javascript() {
        assert_eq!(eval_js("3600*24").unwrap(), Some(86400.0));
        assert_eq!(eval_js("2*-5").unwrap(), Some(-10.0));
        assert_eq!(eval_js("2--5").unwrap(), None);
        assert_eq!(eval_js("1+2*3").unwrap(), Some(7.0));
        assert!(eval_js("1/0").is_err());
        assert_eq!(eval_js("-1/0").unwrap(), Some(f64::NEG_INFINITY));
    }

    #[test]
    fn splits_operands_like_if() {
        assert_eq!(operands("=2*carbon"), vec!["2", "*", "carbon"]);
        assert_eq!(
            operands("= cpu/energy * 'grid/intensity'"),
            vec!["cpu", "/", "energy", "*", "grid/intensity"]
        );
    }
}
