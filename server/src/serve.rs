//! Serving connections: read timeouts, so a slowly trickled request cannot hold a connection,
//! and a graceful shutdown that lets requests in flight finish.

use axum::{
    body::{Body, Bytes, HttpBody},
    extract::ConnectInfo,
    http::{header, Request, StatusCode},
    middleware::Next,
    response::{IntoResponse, Response},
    Router,
};
use hyper_util::{
    rt::{TokioExecutor, TokioIo, TokioTimer},
    server::{conn::auto, graceful::GracefulShutdown},
    service::TowerToHyperService,
};
use std::{
    future::Future,
    pin::Pin,
    sync::{
        atomic::{AtomicBool, Ordering},
        Arc,
    },
    task::{Context, Poll},
    time::Duration,
};
use tokio::{net::TcpListener, time::Sleep};
use tower::ServiceExt;

/// How long a client has to send a request's headers, counted from the connection or the
/// previous response (so it also closes idle keep-alive connections).
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a client has to send a request's whole body, counted from its headers.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(30);
/// How long requests in flight may take to finish once shutdown begins.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// Serves `app` on `listener` until `shutdown` completes, then stops accepting and waits up to
/// [`SHUTDOWN_GRACE`] for the requests in flight. Returns false if some had to be cut off.
pub async fn run(listener: TcpListener, app: Router, shutdown: impl Future<Output = ()>) -> bool {
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_TIMEOUT);
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let accepted = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let (tcp, peer) = match accepted {
            Ok(accepted) => accepted,
            Err(err) => {
                accept_failed(err).await;
                continue;
            }
        };
        // Without TCP_NODELAY small responses wait ~40 ms for Nagle's algorithm.
        let _ = tcp.set_nodelay(true);
        let service = app
            .clone()
            .map_request(move |mut req: Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(ConnectInfo(peer));
                req
            });
        let conn = builder
            .serve_connection(TokioIo::new(tcp), TowerToHyperService::new(service))
            .into_owned();
        let conn = graceful.watch(conn);
        tokio::spawn(async move {
            if let Err(err) = conn.await {
                tracing::debug!(error = %err, "connection ended with an error");
            }
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => true,
        () = tokio::time::sleep(SHUTDOWN_GRACE) => false,
    }
}

/// A failed accept: a connection the client already dropped is nothing; anything else (out of
/// file descriptors) is logged, and accepting resumes after a pause rather than spinning.
async fn accept_failed(err: std::io::Error) {
    use std::io::ErrorKind::{ConnectionAborted, ConnectionRefused, ConnectionReset};
    if !matches!(
        err.kind(),
        ConnectionAborted | ConnectionRefused | ConnectionReset
    ) {
        tracing::error!(error = %err, "accepting a connection failed");
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

/// Completes on SIGTERM (service managers, containers) or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}

/// Gives a request body [`BODY_TIMEOUT`] to arrive in full. A body still trickling in then
/// fails, and the answer is 408 with the connection closed, whatever the handler made of it.
pub async fn body_deadline(req: Request<Body>, next: Next) -> Response {
    if req.body().is_end_stream() {
        return next.run(req).await;
    }
    let expired = Arc::new(AtomicBool::new(false));
    let flag = expired.clone();
    let req = req.map(|body| {
        Body::new(Deadline {
            body,
            sleep: Box::pin(tokio::time::sleep(BODY_TIMEOUT)),
            expired: flag,
        })
    });
    let res = next.run(req).await;
    if expired.load(Ordering::Relaxed) {
        tracing::info!("request body not received in time");
        return (
            StatusCode::REQUEST_TIMEOUT,
            [(header::CONNECTION, "close")],
            "request body not received in time",
        )
            .into_response();
    }
    res
}

/// A body that fails once its deadline has passed.
struct Deadline {
    body: Body,
    sleep: Pin<Box<Sleep>>,
    expired: Arc<AtomicBool>,
}

impl HttpBody for Deadline {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<http_body::Frame<Bytes>, axum::Error>>> {
        if let Poll::Ready(frame) = Pin::new(&mut self.body).poll_frame(cx) {
            return Poll::Ready(frame);
        }
        if self.sleep.as_mut().poll(cx).is_ready() {
            self.expired.store(true, Ordering::Relaxed);
            let timed_out = std::io::Error::new(
                std::io::ErrorKind::TimedOut,
                "request body not received in time",
            );
            return Poll::Ready(Some(Err(axum::Error::new(timed_out))));
        }
        Poll::Pending
    }

    fn is_end_stream(&self) -> bool {
        self.body.is_end_stream()
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.body.size_hint()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::{routing::post, Router};
    use http_body_util::BodyExt;

    fn app() -> Router {
        Router::new()
            .route(
                "/echo",
                post(|body: Bytes| async move { (StatusCode::OK, body) }),
            )
            .layer(axum::middleware::from_fn(body_deadline))
    }

    /// A body that sends one byte, then nothing more.
    struct Stalled {
        sent: bool,
    }

    impl HttpBody for Stalled {
        type Data = Bytes;
        type Error = std::convert::Infallible;

        fn poll_frame(
            mut self: Pin<&mut Self>,
            _: &mut Context<'_>,
        ) -> Poll<Option<Result<http_body::Frame<Bytes>, Self::Error>>> {
            if self.sent {
                return Poll::Pending;
            }
            self.sent = true;
            Poll::Ready(Some(Ok(http_body::Frame::data(Bytes::from_static(b"a")))))
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_body_gets_408_after_the_deadline() {
        let started = tokio::time::Instant::now();
        let req = Request::post("/echo")
            .body(Body::new(Stalled { sent: false }))
            .unwrap();
        let res = app().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::REQUEST_TIMEOUT);
        assert_eq!(res.headers()[header::CONNECTION], "close");
        assert!(started.elapsed() >= BODY_TIMEOUT);
    }

    #[tokio::test(start_paused = true)]
    async fn a_whole_body_passes() {
        let req = Request::post("/echo").body(Body::from("hello")).unwrap();
        let res = app().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK);
        let body = res.into_body().collect().await.unwrap().to_bytes();
        assert_eq!(&body[..], b"hello");
    }
}
