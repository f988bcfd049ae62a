//! Data tables, generated or written once and verified by tests. Private to the crate.

pub(crate) mod abbrev_period;
pub(crate) mod letters;

#[cfg(test)]
mod tests {
    /// `abbrev_period.rs` must be what `tools/gen_abbrev_tables.py` makes of the TSV today.
    #[test]
    fn period_abbreviations_are_fresh() {
        let tsv = include_str!("../../data/abbreviations.tsv");
        let mut keys: Vec<&str> = tsv
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .filter_map(|l| {
                let cols: Vec<&str> = l.split('\t').collect();
                let flags = cols.get(3).copied().unwrap_or("");
                flags.split(',').any(|f| f == "period").then_some(cols[0])
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(
            keys,
            super::abbrev_period::PERIOD_ABBREVIATIONS,
            "src/tables/abbrev_period.rs is stale: run `python3 tools/gen_abbrev_tables.py`"
        );
    }
}
