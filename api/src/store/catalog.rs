//! Products and prices (the demo seed uses these; the catalog API builds on them).

use paylera_shared::{
    catalog::{Price, Product, Recurring},
    ids::{PriceId, ProductId, TenantId},
};

use crate::{
    db::Tx,
    domain::{ids::Mint, now},
};

/// Inserts an active product in `tx`.
pub async fn create_product(
    tx: &mut Tx,
    tenant: &TenantId,
    name: &str,
    description: Option<&str>,
) -> Result<Product, sqlx::Error> {
    let product = Product {
        id: ProductId::mint(),
        object: "product".to_owned(),
        name: name.to_owned(),
        description: description.map(str::to_owned),
        active: true,
        created: now(),
    };
    sqlx::query(
        "insert into products (id, tenant_id, name, description, active, created) values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(product.id.as_str())
    .bind(tenant.as_str())
    .bind(&product.name)
    .bind(&product.description)
    .bind(product.active)
    .bind(product.created.timestamp())
    .execute(&mut **tx)
    .await?;
    Ok(product)
}

/// Inserts an active recurring price of `product` in `tx`.
pub async fn create_price(
    tx: &mut Tx,
    tenant: &TenantId,
    product: &ProductId,
    currency: &str,
    unit_amount: i64,
    recurring: Recurring,
) -> Result<Price, sqlx::Error> {
    let price = Price {
        id: PriceId::mint(),
        object: "price".to_owned(),
        product: product.clone(),
        currency: currency.to_owned(),
        unit_amount,
        recurring,
        active: true,
        created: now(),
    };
    sqlx::query(
        "insert into prices (id, tenant_id, product_id, currency, unit_amount, recurring_interval, recurring_interval_count, active, created)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(price.id.as_str())
    .bind(tenant.as_str())
    .bind(price.product.as_str())
    .bind(&price.currency)
    .bind(price.unit_amount)
    .bind(&price.recurring.interval)
    .bind(price.recurring.interval_count)
    .bind(price.active)
    .bind(price.created.timestamp())
    .execute(&mut **tx)
    .await?;
    Ok(price)
}
