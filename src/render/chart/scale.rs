//! Axis ticks: a few round values ("nice numbers") covering the data.

/// Tick values from a round floor at or below `min` to a round ceiling at or above
/// `max`, at most `max_intervals` steps apart, each step 1, 2 or 5 × 10^k. With
/// `integer` the step is at least 1 (counts of people have no half-people).
pub fn ticks(min: f64, max: f64, integer: bool, max_intervals: usize) -> Vec<f64> {
    let (min, max) = if max > min { (min, max) } else { (min.min(0.0), min.max(0.0) + 1.0) };
    let intervals = max_intervals.max(1) as f64;
    let raw = (max - min) / intervals;
    let mut exp = raw.log10().floor() as i32;
    let step = loop {
        let base = 10f64.powi(exp);
        let found = [1.0, 2.0, 5.0].iter().map(|m| m * base).find(|step| {
            let lo = (min / step).floor();
            let hi = (max / step).ceil();
            hi - lo <= intervals && (!integer || *step >= 1.0)
        });
        if let Some(step) = found {
            break step;
        }
        exp += 1;
    };
    let lo = (min / step).floor() as i64;
    let hi = (max / step).ceil() as i64;
    // Multiply an integer count of steps (not repeated addition) so 0.1 steps do
    // not drift; the formatter rounds what little error is left.
    (lo..=hi).map(|k| k as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_round_and_cover_the_data() {
        assert_eq!(ticks(0.0, 67.0, true, 4), vec![0.0, 20.0, 40.0, 60.0, 80.0]);
        assert_eq!(ticks(0.0, 2506.0, true, 4), vec![0.0, 1000.0, 2000.0, 3000.0]);
        assert_eq!(ticks(0.0, 34.0, true, 4), vec![0.0, 10.0, 20.0, 30.0, 40.0]);
    }

    #[test]
    fn counts_never_get_fractional_ticks() {
        assert_eq!(ticks(0.0, 2.0, true, 4), vec![0.0, 1.0, 2.0]);
        assert_eq!(ticks(0.0, 2.0, false, 4), vec![0.0, 0.5, 1.0, 1.5, 2.0]);
    }

    #[test]
    fn flat_and_negative_data_still_get_an_axis() {
        assert_eq!(ticks(0.0, 0.0, true, 4), vec![0.0, 1.0]);
        assert_eq!(ticks(-3.0, 7.0, false, 4), vec![-5.0, 0.0, 5.0, 10.0]);
    }
}
