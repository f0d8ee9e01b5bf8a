//! The client against a loopback socket that answers what a test scripts.

use std::{
    io::{Read as _, Write as _},
    net::TcpListener,
    sync::Mutex,
};

use super::*;

/// A loopback server answering each of `answers` (raw HTTP/1.1) to one connection.
fn answering(answers: Vec<&'static str>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let base = format!("http://{}", listener.local_addr().expect("address"));
    std::thread::spawn(move || {
        for answer in answers {
            let Ok((mut stream, _)) = listener.accept() else { return };
            let mut request = [0_u8; 4096];
            let _ = stream.read(&mut request);
            let _ = stream.write_all(answer.as_bytes());
        }
    });
    base
}

static SEEN: Mutex<Vec<Option<u16>>> = Mutex::new(Vec::new());

fn remember(status: Option<StatusCode>, _took: Duration) {
    SEEN.lock().expect("lock").push(status.map(|status| status.as_u16()));
}

#[tokio::test]
async fn every_call_is_observed_a_retry_after_is_kept_redirects_are_not_followed_and_a_bare_error_keeps_its_status() {
    let base = answering(vec![
        "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 30\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 81\r\n\r\n\
         {\"error\":{\"type\":\"rate_limit_error\",\"code\":\"rate_limited\",\"message\":\"slow down\"}}",
        "HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:9/elsewhere\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
        "HTTP/1.1 410 Gone\r\nContent-Type: text/html\r\nConnection: close\r\nContent-Length: 13\r\n\r\n<h1>Gone</h1>",
    ]);
    let api = ApiClient::new(format!("{base}/")).with_observer(remember);

    let throttled = api.exchange_portal_link("secret", None).await;
    match throttled {
        Err(ClientError::Api {
            status: 429,
            retry_after: Some(30),
            error,
        }) => assert_eq!(error.error.message, "slow down"),
        other => panic!("expected a 429 with Retry-After: {other:?}"),
    }

    let redirected = api
        .execute(api.request(Method::GET, "/v1/portal/session"))
        .await
        .expect("an answer");
    assert_eq!(redirected.status(), StatusCode::FOUND, "the redirect is the answer");

    // An error page without the envelope keeps its status.
    match api.refresh_portal_session().await {
        Err(err @ ClientError::Status { status: 410, .. }) => assert_eq!(err.status(), Some(410)),
        other => panic!("expected a bare 410: {other:?}"),
    }

    let closed = ApiClient::new("http://127.0.0.1:9").with_observer(remember);
    assert!(matches!(closed.health().await, Err(ClientError::Transport(_))));

    let seen = SEEN.lock().expect("lock").clone();
    assert_eq!(seen, [Some(429), Some(302), Some(410), None]);
}
