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

/// The ids of `GET path` as `bearer`, or the status and error `param`.
async fn ids(app: &crate::helpers::TestApp, bearer: &str, path: String) -> Result<(Vec<String>, bool), (u16, String)> {
    let response = app
        .http()
        .get(app.url(&path))
        .bearer_auth(bearer)
        .send()
        .await
        .expect("sent");
    let status = response.status().as_u16();
    let body: serde_json::Value = response.json().await.expect("json");
    if status != 200 {
        return Err((status, body["error"]["param"].as_str().unwrap_or_default().to_owned()));
    }
    let ids = body["data"]
        .as_array()
        .expect("data")
        .iter()
        .map(|object| object["id"].as_str().expect("id").to_owned())
        .collect();
    Ok((ids, body["has_more"].as_bool().expect("has_more")))
}

#[tokio::test]
async fn lists_filter_on_creation_time_in_rfc_3339_or_unix_seconds() {
    let app = spawn_app().await;
    let tenant = app.tenant("Acme").await;
    let key = tenant.secret_key.clone();
    // Three customers, 100 s apart from 2023-11-14T22:13:20Z.
    let mut customers = Vec::new();
    for (i, at) in [1_700_000_000_i64, 1_700_000_100, 1_700_000_200]
        .into_iter()
        .enumerate()
    {
        let customer = tenant.create_customer(&format!("c{i}@example.com")).await;
        sqlx::query("update customers set created = $1 where id = $2")
            .bind(at)
            .bind(customer.id.as_str())
            .execute(app.db.writer())
            .await
            .expect("backdated");
        customers.push(customer.id.to_string());
    }
    let [c0, c1, c2] = [&customers[0], &customers[1], &customers[2]].map(String::clone);
    let list = |query: &str| ids(&app, &key, format!("/v1/customers?{query}"));

    assert_eq!(
        list("created[gte]=1700000100").await,
        Ok((vec![c2.clone(), c1.clone()], false))
    );
    assert_eq!(list("created[gt]=1700000100").await, Ok((vec![c2.clone()], false)));
    assert_eq!(
        list("created[lte]=2023-11-14T22:15:00Z").await,
        Ok((vec![c1.clone(), c0.clone()], false))
    );
    assert_eq!(
        list("created[lt]=2023-11-14T23:15:00%2B01:00").await,
        Ok((vec![c0.clone()], false))
    );
    assert_eq!(
        list("created[gte]=1700000000&created[lt]=1700000200").await,
        Ok((vec![c1.clone(), c0.clone()], false))
    );
    assert_eq!(list("created[gt]=1700000200").await, Ok((vec![], false)));
    // With pagination: the filter holds on every page.
    assert_eq!(
        list("created[gte]=1700000000&created[lte]=1700000100&limit=1").await,
        Ok((vec![c1.clone()], true))
    );
    assert_eq!(
        list(&format!(
            "created[gte]=1700000000&created[lte]=1700000100&limit=1&starting_after={c1}"
        ))
        .await,
        Ok((vec![c0.clone()], false))
    );
    for bad in [
        "created[gt]=yesterday",
        "created[lte]=-1",
        "created[gte]=2023-13-01T00:00:00Z",
    ] {
        let err = list(bad).await.expect_err(bad);
        assert_eq!(err.0, 400, "{bad}");
        assert_eq!(
            err.1,
            bad.split('=').next().unwrap_or_default(),
            "{bad} names its param"
        );
    }

    // Every list takes it: events (created now), on the same column name.
    let events = |query: &str| ids(&app, &key, format!("/v1/events?{query}"));
    assert_eq!(events("created[lt]=1700000000").await.map(|(ids, _)| ids.len()), Ok(0));
    let since = chrono::Utc::now().timestamp() - 3600;
    assert!(
        events(&format!("created[gte]={since}"))
            .await
            .is_ok_and(|(ids, _)| !ids.is_empty())
    );
}
