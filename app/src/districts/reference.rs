//! Reference data compiled in from `jk-districts.csv` (sources in `SOURCES.md`; Kashmiri and
//! Dogri names flagged in its `unverified_fields` column await a native speaker's review).

const CSV: &str = include_str!("jk-districts.csv");

/// One row of the reference file.
pub struct ReferenceRow {
    pub slug: &'static str,
    pub division: String,
    /// en, hi, ur, ks, doi.
    pub names: [&'static str; 5],
    pub population_2011: i64,
}

/// The 20 districts from the CSV. Panics only if the compiled-in file is malformed, which the
/// tests below rule out.
pub fn reference_rows() -> Vec<ReferenceRow> {
    CSV.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let f: Vec<&'static str> = line.split(',').collect();
            ReferenceRow {
                slug: f[0],
                division: f[1].to_lowercase(),
                names: [f[2], f[3], f[4], f[5], f[6]],
                population_2011: f[7].parse().expect("population is a number"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twenty_districts_ten_per_division() {
        let rows = reference_rows();
        assert_eq!(rows.len(), 20);
        assert_eq!(rows.iter().filter(|r| r.division == "jammu").count(), 10);
        assert_eq!(rows.iter().filter(|r| r.division == "kashmir").count(), 10);
        assert!(rows
            .iter()
            .all(|r| r.names.iter().all(|n| !n.is_empty()) && r.population_2011 > 100_000));
        let kashmir: Vec<_> = rows
            .iter()
            .filter(|r| r.division == "kashmir")
            .map(|r| r.slug)
            .collect();
        for slug in [
            "srinagar",
            "budgam",
            "ganderbal",
            "pulwama",
            "anantnag",
            "kulgam",
            "shopian",
            "baramulla",
            "bandipora",
            "kupwara",
        ] {
            assert!(kashmir.contains(&slug), "{slug}");
        }
    }
}
