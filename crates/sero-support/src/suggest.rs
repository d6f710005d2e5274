//! The "did you mean" helper behind every hint for a misspelt key, unit, area, channel,
//! column or asset type.

/// Picks the candidate most likely meant by a misspelt `word`, if any is close enough.
///
/// Comparison ignores ASCII case. A candidate qualifies when its Levenshtein distance is at
/// most 2 (and smaller than the word's length, so `"ab"` never suggests `"xy"`), or when its
/// Jaro-Winkler similarity is at least 0.8 (which catches long words sharing a prefix). The
/// closest by edit distance wins, ties go to the higher similarity and then to the earlier
/// candidate, so the answer does not depend on hashing or timing. A candidate identical to
/// `word` is never suggested.
///
/// Words and candidates longer than [`sero_limits::SUGGESTION_LENGTH`] characters are not
/// compared: no such word is a typo of a short key, and comparing two long strings costs the
/// product of their lengths (minutes for two of 200 KB).
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let max = sero_limits::SUGGESTION_LENGTH.get_usize();
    // `chars().nth` stops at the limit: a long word is not counted to its end.
    if word.chars().nth(max).is_some() {
        return None;
    }
    let lowered = word.to_ascii_lowercase();
    let word_len = lowered.chars().count();
    let mut best: Option<(usize, f64, &'a str)> = None;
    for candidate in candidates {
        if candidate == word || candidate.chars().nth(max).is_some() {
            continue;
        }
        let other = candidate.to_ascii_lowercase();
        let distance = strsim::levenshtein(&lowered, &other);
        let similarity = strsim::jaro_winkler(&lowered, &other);
        let close = (distance <= 2 && distance < word_len) || similarity >= 0.8;
        if !close {
            continue;
        }
        let better = match best {
            None => true,
            Some((d, s, _)) => distance < d || (distance == d && similarity > s),
        };
        if better {
            best = Some((distance, similarity, candidate));
        }
    }
    best.map(|(_, _, candidate)| candidate)
}
