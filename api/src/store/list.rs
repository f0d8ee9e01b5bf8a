//! The one paginated list: every `GET /v1/<objects>` page is read through
//! [`Listing::fetch`], which owns the cursor lookup, the `limit + 1` fetch, the
//! `ending_before` ordering, `has_more` ([`Page::finish`]) and the `400` for a cursor
//! that names no object of the list. Each list supplies only its table, columns,
//! filters and row mapping; its handler wraps the page in a `List` with its URL.
//!
//! SQL safety: the table, the columns and every condition are `&'static str`
//! constants; values (tenant, filters, cursor, limit) are always bound parameters.
//! A condition holds at most one `?`, replaced by its parameter's number.

use paylera_shared::ids::TenantId;
use sqlx::any::AnyRow;

use super::{Order, cursor};
use crate::{
    db::{Backend, Db},
    domain::page::{Created, Cursor, Page},
    error::ApiError,
};

/// `400` for a cursor that names no object of this list.
fn unknown_cursor(page: &Page) -> ApiError {
    let (param, id) = match &page.cursor {
        Cursor::After(id) => ("starting_after", id.as_str()),
        Cursor::Before(id) => ("ending_before", id.as_str()),
        Cursor::Start => ("starting_after", ""),
    };
    ApiError::invalid_param(param, format!("{param} names no object of this list: '{id}'"))
}

/// A value bound to one condition.
enum Bind<'a> {
    Text(&'a str),
    Bool(bool),
}

/// One list's query: its table and columns, and the conditions beyond the tenant's.
pub(crate) struct Listing<'a> {
    table: &'static str,
    columns: &'static str,
    /// The column `created[…]` filters (Unix seconds).
    created: &'static str,
    /// `metadata[key]=value` pairs every row must have.
    metadata: Option<&'a std::collections::BTreeMap<String, String>>,
    conditions: Vec<(&'static str, Option<Bind<'a>>)>,
}

impl<'a> Listing<'a> {
    /// Rows of `table` (a constant, with `seq`, `id` and `tenant_id` columns).
    pub(crate) fn new(table: &'static str, columns: &'static str) -> Self {
        Self {
            table,
            columns,
            created: "created",
            metadata: None,
            conditions: Vec::new(),
        }
    }

    /// Only rows whose `metadata` (a JSON object in text) has each key with its value.
    pub(crate) fn metadata(mut self, pairs: &'a std::collections::BTreeMap<String, String>) -> Self {
        self.metadata = Some(pairs).filter(|pairs| !pairs.is_empty());
        self
    }

    /// Filters `created[…]` on `column` (a constant) instead of `created`.
    pub(crate) fn created_column(mut self, column: &'static str) -> Self {
        self.created = column;
        self
    }

    /// Only rows matching `condition` (a constant without `?`).
    pub(crate) fn only(mut self, condition: &'static str) -> Self {
        self.conditions.push((condition, None));
        self
    }

    /// With a value, only rows where `condition` (one `?`) holds for it.
    pub(crate) fn text(mut self, condition: &'static str, value: Option<&'a str>) -> Self {
        if let Some(value) = value {
            self.conditions.push((condition, Some(Bind::Text(value))));
        }
        self
    }

    /// With a value, only rows where `condition` (one `?`) holds for it.
    pub(crate) fn flag(mut self, condition: &'static str, value: Option<bool>) -> Self {
        if let Some(value) = value {
            self.conditions.push((condition, Some(Bind::Bool(value))));
        }
        self
    }

    /// The page of `tenant`'s rows, newest first, and whether more follow; `400`
    /// when the page's cursor names no row of this tenant in this table.
    pub(crate) async fn fetch<R>(self, db: &Db, tenant: &TenantId, page: &Page) -> Result<(Vec<R>, bool), ApiError>
    where
        R: for<'r> sqlx::FromRow<'r, AnyRow> + Send + Unpin,
    {
        let Some((seq, order)) = cursor(db, self.table, tenant, page).await? else {
            return Err(unknown_cursor(page));
        };
        let sql = self.sql(seq.is_some(), order, page.created, db.backend());
        let mut query = sqlx::query_as::<_, R>(sqlx::AssertSqlSafe(sql)).bind(tenant.as_str());
        for (_, value) in self.conditions {
            query = match value {
                Some(Bind::Text(text)) => query.bind(text),
                Some(Bind::Bool(flag)) => query.bind(flag),
                None => query,
            };
        }
        for (key, value) in self.metadata.into_iter().flatten() {
            query = query.bind(key.as_str()).bind(value.as_str());
        }
        for bound in [page.created.from, page.created.to].into_iter().flatten() {
            query = query.bind(bound);
        }
        if let Some(seq) = seq {
            query = query.bind(seq);
        }
        let rows = query.bind(page.fetch_limit()).fetch_all(db.reader()).await?;
        Ok(page.finish(rows))
    }

    /// The statement, built from constants only.
    fn sql(&self, after_cursor: bool, order: Order, created: Created, backend: Backend) -> String {
        let mut n = 1;
        let mut sql = format!(
            "select {} from {} where {}.tenant_id = $1",
            self.columns, self.table, self.table
        );
        for (condition, value) in &self.conditions {
            let condition = match value {
                Some(_) => {
                    n += 1;
                    condition.replace('?', &format!("${n}"))
                }
                None => (*condition).to_owned(),
            };
            sql.push_str(&format!(" and ({condition})"));
        }
        // A pair's key and value are bound; the function reading the JSON is the dialect's.
        let pairs = match backend {
            Backend::Sqlite => "json_each",
            Backend::Postgres => "jsonb_each_text",
        };
        let cast = match backend {
            Backend::Sqlite => "",
            Backend::Postgres => "::jsonb",
        };
        for _ in self.metadata.into_iter().flatten() {
            sql.push_str(&format!(
                " and exists (select 1 from {pairs}({}.metadata{cast}) m where m.key = ${} and m.value = ${})",
                self.table,
                n + 1,
                n + 2
            ));
            n += 2;
        }
        for (bound, comparison) in [(created.from, ">="), (created.to, "<=")] {
            if bound.is_some() {
                n += 1;
                sql.push_str(&format!(" and {}.{} {comparison} ${n}", self.table, self.created));
            }
        }
        if after_cursor {
            n += 1;
            sql.push_str(&format!(" and {}.seq {} ${n}", self.table, order.comparison()));
        }
        n += 1;
        sql.push_str(&format!(
            " order by {}.seq {} limit ${n}",
            self.table,
            order.direction()
        ));
        sql
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absent_filters_add_no_condition_and_parameters_are_numbered_in_order() {
        let listing = Listing::new("invoices", "id")
            .text("customer_id = ?", Some("cus_1"))
            .text("subscription_id = ?", None)
            .only("deleted_at is null")
            .flag("paid = ?", Some(true));
        assert_eq!(
            listing.sql(true, Order::NewestFirst, Created::default(), Backend::Sqlite),
            "select id from invoices where invoices.tenant_id = $1 and (customer_id = $2) and (deleted_at is null) \
             and (paid = $3) and invoices.seq < $4 order by invoices.seq desc limit $5"
        );
        assert_eq!(
            Listing::new("events", "id").sql(false, Order::OldestFirst, Created::default(), Backend::Sqlite),
            "select id from events where events.tenant_id = $1 order by events.seq asc limit $2"
        );
        let created = Created {
            from: Some(10),
            to: Some(20),
        };
        assert_eq!(
            Listing::new("webhook_attempts", "id")
                .created_column("attempted_at")
                .text("endpoint_id = ?", Some("we_1"))
                .sql(true, Order::NewestFirst, created, Backend::Sqlite),
            "select id from webhook_attempts where webhook_attempts.tenant_id = $1 and (endpoint_id = $2) \
             and webhook_attempts.attempted_at >= $3 and webhook_attempts.attempted_at <= $4 \
             and webhook_attempts.seq < $5 order by webhook_attempts.seq desc limit $6"
        );
        let pairs = std::collections::BTreeMap::from([("order".to_owned(), "6735".to_owned())]);
        assert_eq!(
            Listing::new("invoices", "id").metadata(&pairs).sql(
                false,
                Order::NewestFirst,
                Created::default(),
                Backend::Postgres
            ),
            "select id from invoices where invoices.tenant_id = $1 and exists (select 1 from \
             jsonb_each_text(invoices.metadata::jsonb) m where m.key = $2 and m.value = $3) \
             order by invoices.seq desc limit $4"
        );
    }
}
