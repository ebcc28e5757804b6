//! The report's filters, all held in the URL (`?from=2025-04&to=2026-03&course=…&group=…&
//! gender=…&district=…`) so a link reproduces the view. An empty value means "all"; anything
//! else that is not understood is refused with its reason, never ignored.

use crate::{
    auth::{Gender, LearnerGroup},
    error::AppError,
};

/// A parsed, well-formed filter set. Districts and courses are checked against the database
/// and the viewer's scope by the report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// First month counted, yyyymm.
    pub from: Option<i32>,
    /// Last month counted, yyyymm.
    pub to: Option<i32>,
    pub course: Option<String>,
    pub group: Option<LearnerGroup>,
    pub gender: Option<Gender>,
    pub district: Option<String>,
}

fn invalid(field: &str) -> AppError {
    AppError::invalid(field, &format!("coverage-error-{field}"))
}

/// `2025-04` as 202504.
pub fn parse_month(s: &str) -> Option<i32> {
    let (y, m) = s.split_once('-')?;
    if y.len() != 4 || m.len() != 2 {
        return None;
    }
    let (y, m): (i32, i32) = (y.parse().ok()?, m.parse().ok()?);
    ((2000..=2100).contains(&y) && (1..=12).contains(&m)).then_some(y * 100 + m)
}

/// 202504 as `2025-04`.
pub fn month_code(m: i32) -> String {
    format!("{:04}-{:02}", m / 100, m % 100)
}

impl Filters {
    /// Reads the query pairs of a report URL.
    pub fn parse<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Filters, AppError> {
        let mut f = Filters::default();
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "from" => f.from = Some(parse_month(value).ok_or_else(|| invalid("period"))?),
                "to" => f.to = Some(parse_month(value).ok_or_else(|| invalid("period"))?),
                "course" if crate::ids::valid_id(value) => f.course = Some(value.into()),
                "group" => {
                    f.group = Some(LearnerGroup::from_code(value).ok_or_else(|| invalid("group"))?)
                }
                "gender" => {
                    f.gender = Some(Gender::from_code(value).ok_or_else(|| invalid("gender"))?)
                }
                "district" if crate::ids::valid_id(value) => f.district = Some(value.into()),
                "course" | "district" => return Err(invalid(key)),
                _ => return Err(invalid("filter")),
            }
        }
        if let (Some(from), Some(to)) = (f.from, f.to) {
            if from > to {
                return Err(invalid("period"));
            }
        }
        Ok(f)
    }

    /// The query string that reproduces these filters (empty when none), keys in a fixed order.
    pub fn query(&self) -> String {
        let pairs = [
            ("from", self.from.map(month_code)),
            ("to", self.to.map(month_code)),
            ("course", self.course.clone()),
            ("group", self.group.map(|g| g.code().to_owned())),
            ("gender", self.gender.map(|g| g.code().to_owned())),
            ("district", self.district.clone()),
        ];
        let parts: Vec<String> = pairs
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| format!("{k}={v}")))
            .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &[(&str, &str)]) -> Result<Filters, AppError> {
        Filters::parse(q.iter().copied())
    }

    #[test]
    fn a_full_filter_round_trips_through_its_url() {
        let f = parse(&[
            ("from", "2025-04"),
            ("to", "2026-03"),
            ("course", "digital-literacy-basics"),
            ("group", "shg-member"),
            ("gender", "female"),
            ("district", "srinagar"),
        ])
        .expect("valid");
        let q = f.query();
        let pairs: Vec<(&str, &str)> = q[1..]
            .split('&')
            .filter_map(|p| p.split_once('='))
            .collect();
        assert_eq!(Filters::parse(pairs).expect("again"), f);
    }

    #[test]
    fn empty_values_mean_all() {
        assert_eq!(
            parse(&[("group", ""), ("district", " ")]).expect("ok"),
            Filters::default()
        );
    }

    #[test]
    fn malformed_filters_are_refused_not_ignored() {
        for q in [
            [("from", "2025-13")],
            [("to", "25-01")],
            [("group", "shg")],
            [("gender", "f")],
            [("district", "../x")],
            [("colour", "red")],
        ] {
            assert!(matches!(parse(&q), Err(AppError::Invalid { .. })), "{q:?}");
        }
        assert!(parse(&[("from", "2026-01"), ("to", "2025-01")]).is_err());
    }
}
