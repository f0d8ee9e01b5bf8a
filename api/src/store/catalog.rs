//! Products and prices.

use paylera_shared::{
    catalog::{Price, Product, Recurring},
    ids::{PriceId, ProductId, TenantId},
    money::Currency,
};
use sqlx::any::AnyRow;

use super::list::Listing;
use super::{from_json, parse_stored, placeholders, to_json};
use crate::{
    db::{Db, Tx},
    domain::{
        catalog::{PriceFields, ProductFields},
        from_unix,
        ids::Mint,
        now,
        page::Page,
    },
    error::ApiError,
};

/// `active` is read as an integer: sqlx's `Any` driver cannot decode SQLite's
/// `boolean` columns, and an integer expression reads the same on both backends.
const PRODUCT_COLUMNS: &str =
    "id, name, description, features, family, rank, (case when active then 1 else 0 end) as active, metadata, created";

#[derive(sqlx::FromRow)]
struct ProductRow {
    id: String,
    name: String,
    description: Option<String>,
    features: String,
    family: Option<String>,
    rank: i64,
    active: i64,
    metadata: String,
    created: i64,
}

impl ProductRow {
    fn into_product(self) -> Result<Product, sqlx::Error> {
        Ok(Product {
            id: parse_stored(&self.id)?,
            object: "product".to_owned(),
            name: self.name,
            description: self.description,
            features: from_json(&self.features)?,
            family: self.family,
            rank: self.rank,
            active: self.active != 0,
            metadata: from_json(&self.metadata)?,
            created: from_unix(self.created),
        })
    }
}

/// The editable fields of a stored product.
pub fn product_fields(product: &Product) -> ProductFields {
    ProductFields {
        name: product.name.clone(),
        description: product.description.clone(),
        features: product.features.clone(),
        family: product.family.clone(),
        rank: product.rank,
        active: product.active,
        metadata: product.metadata.clone(),
    }
}

/// A product with `fields` and the given identity.
fn product(id: ProductId, created: chrono::DateTime<chrono::Utc>, fields: &ProductFields) -> Product {
    Product {
        id,
        object: "product".to_owned(),
        name: fields.name.clone(),
        description: fields.description.clone(),
        features: fields.features.clone(),
        family: fields.family.clone(),
        rank: fields.rank,
        active: fields.active,
        metadata: fields.metadata.clone(),
        created,
    }
}

pub async fn create_product(tx: &mut Tx, tenant: &TenantId, fields: &ProductFields) -> Result<Product, sqlx::Error> {
    let product = product(ProductId::mint(), now(), fields);
    sqlx::query(
        "insert into products (id, tenant_id, name, description, features, family, rank, active, metadata, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    )
    .bind(product.id.as_str())
    .bind(tenant.as_str())
    .bind(&product.name)
    .bind(&product.description)
    .bind(to_json(&product.features)?)
    .bind(&product.family)
    .bind(product.rank)
    .bind(product.active)
    .bind(to_json(&product.metadata)?)
    .bind(product.created.timestamp())
    .execute(&mut **tx)
    .await?;
    Ok(product)
}

pub async fn get_product(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Product>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {PRODUCT_COLUMNS} from products where tenant_id = $1 and id = $2"
    ));
    let row: Option<ProductRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.map(ProductRow::into_product).transpose()
}

/// Writes a product's editable fields and returns the updated product.
pub async fn update_product(
    tx: &mut Tx,
    tenant: &TenantId,
    before: &Product,
    fields: &ProductFields,
) -> Result<Product, sqlx::Error> {
    sqlx::query(
        "update products set name = $3, description = $4, features = $5, family = $6, rank = $7, active = $8, metadata = $9
         where tenant_id = $1 and id = $2",
    )
    .bind(tenant.as_str())
    .bind(before.id.as_str())
    .bind(&fields.name)
    .bind(&fields.description)
    .bind(to_json(&fields.features)?)
    .bind(&fields.family)
    .bind(fields.rank)
    .bind(fields.active)
    .bind(to_json(&fields.metadata)?)
    .execute(&mut **tx)
    .await?;
    Ok(product(before.id.clone(), before.created, fields))
}

/// A page of products, newest first, optionally only active/archived or of one family.
pub async fn list_products(
    db: &Db,
    tenant: &TenantId,
    active: Option<bool>,
    family: Option<&str>,
    page: &Page,
) -> Result<(Vec<Product>, bool), ApiError> {
    let (rows, has_more) = Listing::new("products", PRODUCT_COLUMNS)
        .flag("active = ?", active)
        .text("family = ?", family)
        .fetch::<ProductRow>(db, tenant, page)
        .await?;
    let products = rows
        .into_iter()
        .map(ProductRow::into_product)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((products, has_more))
}

const PRICE_COLUMNS: &str =
    "id, product_id, nickname, currency, unit_amount, recurring_interval, recurring_interval_count, usage_type,
    (case when active then 1 else 0 end) as active, metadata, created";

#[derive(sqlx::FromRow)]
struct PriceRow {
    id: String,
    product_id: String,
    nickname: Option<String>,
    currency: String,
    unit_amount: i64,
    recurring_interval: String,
    recurring_interval_count: i64,
    usage_type: String,
    active: i64,
    metadata: String,
    created: i64,
}

impl PriceRow {
    fn into_price(self) -> Result<Price, sqlx::Error> {
        Ok(Price {
            id: parse_stored(&self.id)?,
            object: "price".to_owned(),
            product: parse_stored(&self.product_id)?,
            nickname: self.nickname,
            currency: parse_stored(&self.currency)?,
            unit_amount: self.unit_amount,
            recurring: Recurring {
                interval: self.recurring_interval,
                interval_count: self.recurring_interval_count,
                usage_type: self.usage_type,
            },
            active: self.active != 0,
            metadata: from_json(&self.metadata)?,
            created: from_unix(self.created),
        })
    }
}

pub async fn create_price(
    tx: &mut Tx,
    tenant: &TenantId,
    product: &ProductId,
    fields: &PriceFields,
) -> Result<Price, sqlx::Error> {
    let price = Price {
        id: PriceId::mint(),
        object: "price".to_owned(),
        product: product.clone(),
        nickname: fields.nickname.clone(),
        currency: fields.currency,
        unit_amount: fields.unit_amount,
        recurring: fields.recurring.clone(),
        active: true,
        metadata: fields.metadata.clone(),
        created: now(),
    };
    sqlx::query(
        "insert into prices (id, tenant_id, product_id, nickname, currency, unit_amount, recurring_interval, recurring_interval_count, active, metadata, created, usage_type)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
    )
    .bind(price.id.as_str())
    .bind(tenant.as_str())
    .bind(price.product.as_str())
    .bind(&price.nickname)
    .bind(price.currency.code())
    .bind(price.unit_amount)
    .bind(&price.recurring.interval)
    .bind(price.recurring.interval_count)
    .bind(price.active)
    .bind(to_json(&price.metadata)?)
    .bind(price.created.timestamp())
    .bind(&price.recurring.usage_type)
    .execute(&mut **tx)
    .await?;
    Ok(price)
}

pub async fn get_price(db: &Db, tenant: &TenantId, id: &str) -> Result<Option<Price>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {PRICE_COLUMNS} from prices where tenant_id = $1 and id = $2"
    ));
    let row: Option<PriceRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(id)
        .fetch_optional(db.reader())
        .await?;
    row.map(PriceRow::into_price).transpose()
}

/// Writes a price's mutable fields (nickname, active, metadata).
pub async fn update_price(tx: &mut Tx, tenant: &TenantId, price: &Price) -> Result<(), sqlx::Error> {
    sqlx::query("update prices set nickname = $3, active = $4, metadata = $5 where tenant_id = $1 and id = $2")
        .bind(tenant.as_str())
        .bind(price.id.as_str())
        .bind(&price.nickname)
        .bind(price.active)
        .bind(to_json(&price.metadata)?)
        .execute(&mut **tx)
        .await
        .map(drop)
}

/// A page of prices, newest first, with optional filters.
pub async fn list_prices(
    db: &Db,
    tenant: &TenantId,
    product: Option<&str>,
    active: Option<bool>,
    currency: Option<&str>,
    page: &Page,
) -> Result<(Vec<Price>, bool), ApiError> {
    let (rows, has_more) = Listing::new("prices", PRICE_COLUMNS)
        .text("product_id = ?", product)
        .flag("active = ?", active)
        .text("currency = ?", currency)
        .fetch::<PriceRow>(db, tenant, page)
        .await?;
    let prices = rows
        .into_iter()
        .map(PriceRow::into_price)
        .collect::<Result<Vec<_>, _>>()?;
    Ok((prices, has_more))
}

/// The tenant's rows of `table` (a constant) among `ids`, oldest first; ids of no
/// such row are left out.
async fn rows_by_id<R>(
    db: &Db,
    tenant: &TenantId,
    table: &'static str,
    columns: &'static str,
    ids: &[&str],
) -> Result<Vec<R>, sqlx::Error>
where
    R: for<'r> sqlx::FromRow<'r, AnyRow> + Send + Unpin,
{
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "select {columns} from {table} where tenant_id = $1 and id in ({}) order by seq",
        placeholders(2, ids.len())
    ));
    let mut query = sqlx::query_as::<_, R>(sql).bind(tenant.as_str());
    for id in ids {
        query = query.bind(*id);
    }
    query.fetch_all(db.reader()).await
}

/// The tenant's prices among `ids`, oldest first; ids of no such price are left out.
pub async fn prices_by_id(db: &Db, tenant: &TenantId, ids: &[&str]) -> Result<Vec<Price>, sqlx::Error> {
    let rows: Vec<PriceRow> = rows_by_id(db, tenant, "prices", PRICE_COLUMNS, ids).await?;
    rows.into_iter().map(PriceRow::into_price).collect()
}

/// The tenant's products among `ids`, oldest first; ids of no such product are left out.
pub async fn products_by_id(db: &Db, tenant: &TenantId, ids: &[&str]) -> Result<Vec<Product>, sqlx::Error> {
    let rows: Vec<ProductRow> = rows_by_id(db, tenant, "products", PRODUCT_COLUMNS, ids).await?;
    rows.into_iter().map(ProductRow::into_product).collect()
}

/// The first `limit` active products of `family`, oldest first.
pub async fn family_products(
    db: &Db,
    tenant: &TenantId,
    family: &str,
    limit: i64,
) -> Result<Vec<Product>, sqlx::Error> {
    let sql = sqlx::AssertSqlSafe(format!(
        "select {PRODUCT_COLUMNS} from products where tenant_id = $1 and family = $2 and active = $3
         order by seq limit $4"
    ));
    let rows: Vec<ProductRow> = sqlx::query_as(sql)
        .bind(tenant.as_str())
        .bind(family)
        .bind(true)
        .bind(limit)
        .fetch_all(db.reader())
        .await?;
    rows.into_iter().map(ProductRow::into_product).collect()
}

/// The first `limit` active prices in `currency` of the `products`, oldest first.
pub async fn active_prices_of(
    db: &Db,
    tenant: &TenantId,
    products: &[&str],
    currency: Currency,
    limit: i64,
) -> Result<Vec<Price>, sqlx::Error> {
    if products.is_empty() {
        return Ok(Vec::new());
    }
    let sql = sqlx::AssertSqlSafe(format!(
        "select {PRICE_COLUMNS} from prices where tenant_id = $1 and active = $2 and currency = $3
         and product_id in ({}) order by seq limit ${}",
        placeholders(4, products.len()),
        4 + products.len()
    ));
    let mut query = sqlx::query_as::<_, PriceRow>(sql)
        .bind(tenant.as_str())
        .bind(true)
        .bind(currency.code());
    for product in products {
        query = query.bind(*product);
    }
    let rows = query.bind(limit).fetch_all(db.reader()).await?;
    rows.into_iter().map(PriceRow::into_price).collect()
}
