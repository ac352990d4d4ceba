//! Numbers as reports print them ("I", "1.2", "3.", "2a") and the order they
//! give: goals, directions, tasks and a task's indicators are shown in the
//! order of their numbers, which is not the order of the strings ("1.10"
//! comes after "1.9", "IV" after "III").
//!
//! A number is read as a sequence of segments: runs of digits are numbers,
//! runs of capital letters that spell a Roman numeral (I, IV, XII) are numbers
//! too, other runs of letters are compared as words (case ignored); anything
//! else (dots, spaces, brackets, "§") only separates segments. Numbers come
//! before words, and a number that is the start of another comes first
//! ("1" < "1.1" < "1.2" < "1.10" < "2").
//!
//! Items without a number keep their place in the file relative to the
//! numbered ones: each stays right after the item written above it (an item
//! written first, before any numbered one, stays first).

use std::cmp::Ordering;

/// One segment of a number.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Segment {
    Number(u64),
    Word(String),
}

/// The segments of a number as printed.
fn segments(number: &str) -> Vec<Segment> {
    let mut out = Vec::new();
    let mut chars = number.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            out.push(Segment::Number(digits.parse().unwrap_or(u64::MAX)));
        } else if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_alphabetic()) {
                word.push(l);
                chars.next();
            }
            out.push(match roman(&word) {
                Some(n) => Segment::Number(n),
                None => Segment::Word(word.to_lowercase()),
            });
        } else {
            chars.next();
        }
    }
    out
}

/// The value of a Roman numeral in capitals, written the standard way
/// (`IV`, not `IIII`); `None` for any other word.
pub fn roman(word: &str) -> Option<u64> {
    if word.is_empty() || word.len() > 15 || !word.bytes().all(|b| b"IVXLCDM".contains(&b)) {
        return None;
    }
    let value = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        _ => 1000,
    };
    let bytes = word.as_bytes();
    let mut total: i64 = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let v = value(b);
        match bytes.get(i + 1).map(|&n| value(n)) {
            Some(next) if next > v => total -= v,
            _ => total += v,
        }
    }
    // Computed the lax way above; only the standard spelling round-trips.
    let total = u64::try_from(total).ok()?;
    (to_roman(total) == word).then_some(total)
}

fn to_roman(mut n: u64) -> String {
    const TABLE: [(u64, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (value, letters) in TABLE {
        while n >= value {
            out.push_str(letters);
            n -= value;
        }
    }
    out
}

/// How two printed numbers compare: "1.9" < "1.10", "II" < "IV" < "X".
pub fn compare(a: &str, b: &str) -> Ordering {
    segments(a).cmp(&segments(b)).then_with(|| a.cmp(b))
}

/// True when the two print the same number ("3" and "3.", "1.2" and "1.2 ").
pub fn same(a: &str, b: &str) -> bool {
    segments(a) == segments(b) && !segments(a).is_empty()
}

/// The number as shown on pages: as printed, without the dot that ends it in
/// a list ("3." is shown "3", "I." "I") and without surrounding spaces.
pub fn tidy(number: &str) -> String {
    let t = number.trim();
    t.strip_suffix('.').unwrap_or(t).trim_end().to_string()
}

/// Sorts `items` by their numbers (see the module's rules); stable, so items
/// with equal numbers, and items without one, keep their order.
pub fn sort<T>(items: &mut Vec<T>, number: impl Fn(&T) -> Option<String>) {
    if items.iter().all(|i| number(i).is_none()) {
        return;
    }
    // Each item sorts at the number of the nearest numbered item above it
    // (its own, when it has one), then numbered before unnumbered, then file
    // order. `None`: no numbered item above, so it stays at the start.
    let mut anchor: Option<Vec<Segment>> = None;
    let mut keyed: Vec<(Option<Vec<Segment>>, bool, usize, T)> = Vec::with_capacity(items.len());
    for (i, item) in items.drain(..).enumerate() {
        let own = number(&item).as_deref().map(segments);
        if own.is_some() {
            anchor = own;
        }
        let has_own = number(&item).is_some();
        keyed.push((anchor.clone(), !has_own, i, item));
    }
    keyed.sort_by(|a, b| (&a.0, a.1, a.2).cmp(&(&b.0, b.1, b.2)));
    items.extend(keyed.into_iter().map(|(_, _, _, item)| item));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted(items: &[Option<&str>]) -> Vec<Option<String>> {
        let mut v: Vec<(usize, Option<&str>)> = items.iter().copied().enumerate().collect();
        sort(&mut v, |(_, n)| n.map(str::to_string));
        v.into_iter().map(|(i, n)| n.map(|n| n.to_string()).or(Some(format!("#{i}")))).collect()
    }

    #[test]
    fn decimal_numbers_sort_by_their_parts() {
        let mut v = vec!["1.10", "1.9", "2", "1", "1.1", "10", "3."];
        v.sort_by(|a, b| compare(a, b));
        assert_eq!(v, ["1", "1.1", "1.9", "1.10", "2", "3.", "10"]);
    }

    #[test]
    fn roman_numerals_sort_as_numbers() {
        let mut v = vec!["X", "IV", "II", "IX", "I", "V", "III"];
        v.sort_by(|a, b| compare(a, b));
        assert_eq!(v, ["I", "II", "III", "IV", "V", "IX", "X"]);
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IIII"), None);
        assert_eq!(roman("Cel"), None);
        // "II.3" is goal II, item 3.
        assert_eq!(compare("II.3", "II.10"), Ordering::Less);
        assert_eq!(compare("II.3", "III.1"), Ordering::Less);
    }

    #[test]
    fn letters_after_numbers_compare_as_words() {
        let mut v = vec!["2b", "2", "2a", "1c"];
        v.sort_by(|a, b| compare(a, b));
        assert_eq!(v, ["1c", "2", "2a", "2b"]);
    }

    #[test]
    fn unnumbered_items_stay_after_the_item_above_them() {
        // 2, (none), 1 → 1, 2, (none): the unnumbered one follows "2".
        assert_eq!(sorted(&[Some("2"), None, Some("1")]), [Some("1".into()), Some("2".into()), Some("#1".into())]);
        // An unnumbered item written first stays first.
        assert_eq!(sorted(&[None, Some("2"), Some("1")]), [Some("#0".into()), Some("1".into()), Some("2".into())]);
        // Nothing numbered: the file's order.
        assert_eq!(sorted(&[None, None]), [Some("#0".into()), Some("#1".into())]);
    }

    #[test]
    fn printed_forms_of_one_number_are_the_same() {
        assert!(same("3", "3."));
        assert!(same("1.2", " 1.2 "));
        assert!(!same("1.2", "1.20"));
        assert_eq!(tidy("3."), "3");
        assert_eq!(tidy(" II. "), "II");
        assert_eq!(tidy("1.1"), "1.1");
    }
}
