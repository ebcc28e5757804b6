//! PostgreSQL away (stopped, restarting, the network cut): every page and form answers a 503
//! that says so in the reader's language, `/healthz` says 503, nothing panics; when the
//! database is back the same server answers normally again, without a restart.

use crate::common::{imported, postgres_through, registered, Browser, TestApp};
use app::i18n::{t_in, Lang};
use http::StatusCode;
use std::{
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc, Mutex,
    },
    time::{Duration, Instant},
};
use tokio::{net::TcpListener, task::AbortHandle};

/// A TCP forwarder to the test PostgreSQL that can be cut: cutting closes every connection
/// through it and refuses new ones, as a database restart does.
struct Link {
    addr: SocketAddr,
    up: Arc<AtomicBool>,
    pipes: Arc<Mutex<Vec<AbortHandle>>>,
}

impl Link {
    async fn to_postgres() -> Link {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let up = Arc::new(AtomicBool::new(true));
        let pipes: Arc<Mutex<Vec<AbortHandle>>> = Arc::default();
        let (up2, pipes2) = (up.clone(), pipes.clone());
        tokio::spawn(async move {
            while let Ok((mut client, _)) = listener.accept().await {
                if !up2.load(Ordering::SeqCst) {
                    continue; // dropped: the connection closes at once
                }
                let pipe = tokio::spawn(async move {
                    if let Ok(mut db) = tokio::net::TcpStream::connect("127.0.0.1:5432").await {
                        let _ = tokio::io::copy_bidirectional(&mut client, &mut db).await;
                    }
                });
                pipes2.lock().unwrap().push(pipe.abort_handle());
            }
        });
        Link { addr, up, pipes }
    }

    fn cut(&self) {
        self.up.store(false, Ordering::SeqCst);
        for pipe in self.pipes.lock().unwrap().drain(..) {
            pipe.abort();
        }
    }

    fn restore(&self) {
        self.up.store(true, Ordering::SeqCst);
    }
}

async fn health(app: &TestApp) -> StatusCode {
    Browser::default().get(app, "/healthz").await.status
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_is_a_clear_503_and_the_server_recovers_by_itself() {
    let link = Link::to_postgres().await;
    let app = postgres_through(&link.addr.to_string()).await;
    imported(&app).await;
    // Registered learners read Urdu; a guest gets English.
    let mut learner = registered(&app, "outage.one", "walnut-grove-1990").await;
    let mut guest = Browser::default();
    assert_eq!(guest.get(&app, "/courses").await.status, StatusCode::OK);

    link.cut();
    let away_en = t_in(Lang::En, "error-unavailable", &[]);
    let away_ur = t_in(Lang::Ur, "error-unavailable", &[]);
    let page = guest.get(&app, "/courses/test-course").await;
    assert_eq!(
        page.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        page.body
    );
    assert!(
        page.body.contains(&away_en),
        "a guest reads why: {}",
        page.body
    );
    let page = learner.get(&app, "/dashboard").await;
    assert_eq!(page.status, StatusCode::SERVICE_UNAVAILABLE);
    assert!(page.body.contains(&away_ur), "in Urdu: {}", page.body);
    assert!(page.body.contains(r#"dir="rtl""#));
    let posted = guest
        .post(
            &app,
            "/api/login",
            &[("login", "outage.one"), ("password", "x")],
        )
        .await;
    assert_eq!(
        posted.status,
        StatusCode::SERVICE_UNAVAILABLE,
        "{}",
        posted.body
    );
    assert!(posted.body.contains(&away_en), "{}", posted.body);
    assert_eq!(health(&app).await, StatusCode::SERVICE_UNAVAILABLE);

    link.restore();
    let started = Instant::now();
    loop {
        let dashboard = learner.get(&app, "/dashboard").await.status;
        let course = guest.get(&app, "/courses/test-course").await.status;
        if dashboard == StatusCode::OK && course == StatusCode::OK {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "still {dashboard} / {course} 15 s after the database came back"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(health(&app).await, StatusCode::OK);
}
