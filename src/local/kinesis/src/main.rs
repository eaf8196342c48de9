//! leadstream-kinesis PORT [--enforce-limits]
//!
//! Serves the ferrokinesis Kinesis emulator on 127.0.0.1:PORT (never 0.0.0.0: a test server must not
//! be reachable from the network). Streams become ACTIVE at once (no CREATING delay) and the shard
//! limit is raised, since tests create many short-lived streams. `--enforce-limits` turns on
//! AWS-like per-shard write throttling (1 MiB/s or 1,000 records/s), so PutRecords returns
//! ProvisionedThroughputExceededException for some entries: the partial failures the sender must
//! retry. Stops on SIGTERM or SIGINT.
use axum::extract::DefaultBodyLimit;
use ferrokinesis::{create_app, store::StoreOptions};
use tokio::signal::unix::{signal, SignalKind};

/// PutRecords allows 5 MiB of data per call; base64 in JSON makes that ~6.7 MiB of body. Matches
/// the ferrokinesis binary's default; axum's own default (2 MiB) would reject full batches.
const MAX_REQUEST_BODY_BYTES: usize = 7 * 1024 * 1024;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args
        .next()
        .and_then(|p| p.parse().ok())
        .expect("usage: leadstream-kinesis PORT [--enforce-limits]");
    let enforce_limits = args.any(|a| a == "--enforce-limits");

    let options = StoreOptions {
        create_stream_ms: 0,
        delete_stream_ms: 0,
        update_stream_ms: 0,
        shard_limit: 1_000,
        enforce_limits,
        // Drop records past the stream's retention period (24 h) so a long-running stack stays bounded.
        retention_check_interval_secs: 60,
        ..StoreOptions::default()
    };
    let (app, _store) = create_app(options);
    let app = app.layer(DefaultBodyLimit::max(MAX_REQUEST_BODY_BYTES));

    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap_or_else(|e| panic!("cannot listen on 127.0.0.1:{port}: {e}"));
    let local = listener.local_addr().expect("bound address");
    println!("listening on http://{local}");

    axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let mut term = signal(SignalKind::terminate()).expect("SIGTERM handler");
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
        })
        .await
        .expect("server error");
}
