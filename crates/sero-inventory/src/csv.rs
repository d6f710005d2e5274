//! A small CSV reader (RFC 4180) that keeps the line each record starts on.
//!
//! Inventories are written by hand or exported from spreadsheets, so every message must name
//! the line a user can find in an editor. Quoted fields may hold commas, doubled quotes and
//! line breaks; a line whose first character is `#` is a comment; blank lines are skipped.

/// One record: its fields and the line (1-based) it starts on.
#[derive(Clone, Debug, PartialEq)]
pub struct Record {
    pub line: usize,
    pub fields: Vec<String>,
}

/// A quoted field that never ends.
#[derive(Clone, Debug, PartialEq)]
pub struct UnclosedQuote {
    pub line: usize,
}

/// Splits `text` into records.
pub fn records(text: &str) -> Result<Vec<Record>, UnclosedQuote> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut records = Vec::new();
    let mut chars = text.chars().peekable();
    let mut line = 1;
    let mut at_record_start = true;
    let mut record = Record {
        line: 1,
        fields: Vec::new(),
    };
    let mut field = String::new();
    let mut quoted_from: Option<usize> = None;
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        if at_record_start {
            at_record_start = false;
            record.line = line;
            if c == '#' {
                // A comment runs to the end of the line.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                line += 1;
                at_record_start = true;
                continue;
            }
            if c == '\n' || c == '\r' {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
                at_record_start = true;
                continue;
            }
        }
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.trim().is_empty() => {
                field.clear();
                in_quotes = true;
                quoted_from = Some(line);
            }
            ',' => record.fields.push(std::mem::take(&mut field)),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => {
                record.fields.push(std::mem::take(&mut field));
                records.push(std::mem::replace(
                    &mut record,
                    Record {
                        line: 0,
                        fields: Vec::new(),
                    },
                ));
                line += 1;
                at_record_start = true;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(UnclosedQuote {
            line: quoted_from.unwrap_or(line),
        });
    }
    if !at_record_start {
        record.fields.push(field);
        records.push(record);
    }
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(line: usize, fields: &[&str]) -> Record {
        Record {
            line,
            fields: fields.iter().map(|f| (*f).to_owned()).collect(),
        }
    }

    #[test]
    fn lines_comments_quotes() {
        let text = "# header comment\nasset,count\n\nlaptop,3\r\n\"desk, top\",\"say \"\"hi\"\"\nthere\"\nmonitor,2";
        assert_eq!(
            records(text).unwrap(),
            vec![
                rec(2, &["asset", "count"]),
                rec(4, &["laptop", "3"]),
                rec(5, &["desk, top", "say \"hi\"\nthere"]),
                rec(7, &["monitor", "2"]),
            ]
        );
    }

    #[test]
    fn unclosed_quote_names_its_line() {
        assert_eq!(
            records("asset,count\n\"laptop,3\n"),
            Err(UnclosedQuote { line: 2 })
        );
    }
}
