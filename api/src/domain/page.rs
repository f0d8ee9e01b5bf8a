//! Cursor pagination: validated `limit` and at most one cursor.

use paylera_shared::list::{ListParams, Timestamp};

pub const DEFAULT_LIMIT: u32 = 10;
pub const MAX_LIMIT: u32 = 100;

/// Which way a page reads from its cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// The newest objects.
    Start,
    /// Objects older than this id (the next page).
    After(String),
    /// Objects newer than this id (the previous page).
    Before(String),
}

/// A validated page request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub limit: u32,
    pub cursor: Cursor,
    pub created: Created,
}

/// The `created[gt|gte|lt|lte]` filters as one inclusive range of Unix seconds (rows
/// store whole seconds): `gt 10.5` and `gte 10.5` both start at 11, `lt 10` ends at 9.
/// Two lower (or upper) bounds keep the tighter; an empty range lists nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Created {
    pub from: Option<i64>,
    pub to: Option<i64>,
}

impl Created {
    fn of(params: &ListParams) -> Self {
        let seconds = |at: &Timestamp| (at.0.timestamp(), at.0.timestamp_subsec_nanos() > 0);
        let from = [
            params.created_gt.as_ref().map(|at| seconds(at).0.saturating_add(1)),
            params.created_gte.as_ref().map(|at| {
                let (secs, fraction) = seconds(at);
                if fraction { secs.saturating_add(1) } else { secs }
            }),
        ];
        let to = [
            params.created_lt.as_ref().map(|at| {
                let (secs, fraction) = seconds(at);
                if fraction { secs } else { secs.saturating_sub(1) }
            }),
            params.created_lte.as_ref().map(|at| seconds(at).0),
        ];
        Self {
            from: from.into_iter().flatten().max(),
            to: to.into_iter().flatten().min(),
        }
    }
}

/// What is wrong with a page request: `(param, message)`.
pub type PageError = (&'static str, String);

impl Page {
    pub fn parse(params: &ListParams) -> Result<Self, PageError> {
        let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
        if !(1..=MAX_LIMIT).contains(&limit) {
            return Err((
                "limit",
                format!("limit must be between 1 and {MAX_LIMIT}, got {limit}."),
            ));
        }
        let cursor = match (&params.starting_after, &params.ending_before) {
            (Some(_), Some(_)) => {
                return Err((
                    "ending_before",
                    "Pass either starting_after or ending_before, not both.".to_owned(),
                ));
            }
            (Some(id), None) => Cursor::After(id.clone()),
            (None, Some(id)) => Cursor::Before(id.clone()),
            (None, None) => Cursor::Start,
        };
        Ok(Self {
            limit,
            cursor,
            created: Created::of(params),
        })
    }

    /// Trims rows fetched with `limit + 1` to the page, newest first, and says
    /// whether more exist in the direction of travel. Rows fetched for
    /// [`Cursor::Before`] arrive oldest first and are put back in order here.
    pub fn finish<T>(&self, mut rows: Vec<T>) -> (Vec<T>, bool) {
        let has_more = rows.len() > self.limit as usize;
        rows.truncate(self.limit as usize);
        if matches!(self.cursor, Cursor::Before(_)) {
            rows.reverse();
        }
        (rows, has_more)
    }

    /// The SQL `limit` to fetch: one extra row tells whether more exist.
    pub fn fetch_limit(&self) -> i64 {
        i64::from(self.limit) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(limit: Option<u32>, after: Option<&str>, before: Option<&str>) -> ListParams {
        ListParams {
            limit,
            starting_after: after.map(Into::into),
            ending_before: before.map(Into::into),
            ..ListParams::default()
        }
    }

    fn at(text: &str) -> Option<Timestamp> {
        Some(text.parse().expect("a time"))
    }

    #[test]
    fn created_bounds_become_one_inclusive_range_of_whole_seconds() {
        let range = |gt, gte, lt, lte| {
            let params = ListParams {
                created_gt: gt,
                created_gte: gte,
                created_lt: lt,
                created_lte: lte,
                ..ListParams::default()
            };
            let created = Page::parse(&params).expect("valid").created;
            (created.from, created.to)
        };
        assert_eq!(range(None, None, None, None), (None, None));
        assert_eq!(range(at("10"), None, at("20"), None), (Some(11), Some(19)));
        assert_eq!(range(None, at("10"), None, at("20")), (Some(10), Some(20)));
        let half = "1970-01-01T00:00:10.5Z";
        assert_eq!(range(at(half), None, at(half), None), (Some(11), Some(10)), "empty");
        assert_eq!(range(None, at(half), None, at(half)), (Some(11), Some(10)));
        assert_eq!(
            range(at("5"), at("8"), at("30"), at("25")),
            (Some(8), Some(25)),
            "the tighter"
        );
        assert_eq!(
            range(None, at("2026-12-07T10:00:00+01:00"), None, None),
            (Some(1_796_634_000), None)
        );
        assert!("yesterday".parse::<Timestamp>().is_err());
        assert!("-5".parse::<Timestamp>().is_err());
        assert!("".parse::<Timestamp>().is_err());
        assert!("99999999999999999999".parse::<Timestamp>().is_err());
    }

    #[test]
    fn limits_outside_one_to_a_hundred_are_refused() {
        assert_eq!(Page::parse(&params(Some(0), None, None)).expect_err("0").0, "limit");
        assert_eq!(Page::parse(&params(Some(101), None, None)).expect_err("101").0, "limit");
        assert_eq!(
            Page::parse(&params(None, None, None)).expect("default").limit,
            DEFAULT_LIMIT
        );
    }

    #[test]
    fn both_cursors_at_once_are_refused() {
        assert!(Page::parse(&params(None, Some("a"), Some("b"))).is_err());
    }

    #[test]
    fn an_extra_row_means_more_and_is_dropped() {
        let page = Page::parse(&params(Some(2), None, None)).expect("valid");
        assert_eq!(page.finish(vec![3, 2, 1]), (vec![3, 2], true));
        assert_eq!(page.finish(vec![3, 2]), (vec![3, 2], false));
    }

    #[test]
    fn a_previous_page_comes_back_newest_first() {
        let page = Page::parse(&params(Some(2), None, Some("x"))).expect("valid");
        assert_eq!(page.finish(vec![4, 5, 6]), (vec![5, 4], true));
    }
}
