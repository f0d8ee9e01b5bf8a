//! Cursor pagination and filters.

use paylera_shared::{customer::CustomerFilter, list::ListParams};

use crate::helpers::spawn_app;

#[tokio::test]
async fn pages_walk_forwards_and_backwards_newest_first() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let mut created = Vec::new();
    for i in 0..5 {
        created.push(tenant.create_customer(&format!("c{i}@example.com")).await.id);
    }
    created.reverse(); // newest first
    let no_filter = CustomerFilter::default();

    let first = tenant
        .api
        .list_customers(
            &no_filter,
            &ListParams {
                limit: Some(2),
                ..Default::default()
            },
        )
        .await
        .expect("page 1");
    assert_eq!(
        first.data.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        created[..2]
    );
    assert!(first.has_more);
    assert_eq!(first.object, "list");

    let after = Some(first.data[1].id.to_string());
    let second = tenant
        .api
        .list_customers(
            &no_filter,
            &ListParams {
                limit: Some(2),
                starting_after: after,
                ..Default::default()
            },
        )
        .await
        .expect("page 2");
    assert_eq!(
        second.data.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        created[2..4]
    );
    assert!(second.has_more);

    let last_after = Some(second.data[1].id.to_string());
    let third = tenant
        .api
        .list_customers(
            &no_filter,
            &ListParams {
                limit: Some(2),
                starting_after: last_after,
                ..Default::default()
            },
        )
        .await
        .expect("page 3");
    assert_eq!(third.data.len(), 1);
    assert!(!third.has_more);

    let before = Some(third.data[0].id.to_string());
    let back = tenant
        .api
        .list_customers(
            &no_filter,
            &ListParams {
                limit: Some(2),
                ending_before: before,
                ..Default::default()
            },
        )
        .await
        .expect("back");
    assert_eq!(
        back.data.iter().map(|c| c.id.clone()).collect::<Vec<_>>(),
        created[2..4]
    );
    assert!(back.has_more);
}

#[tokio::test]
async fn the_email_filter_is_case_insensitive() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let ada = tenant.create_customer("Ada@Example.com").await;
    tenant.create_customer("grace@example.com").await;
    let found = tenant
        .api
        .list_customers(
            &CustomerFilter {
                email: Some("ada@example.COM".into()),
            },
            &ListParams::default(),
        )
        .await
        .expect("list");
    assert_eq!(found.data, vec![ada]);
}
