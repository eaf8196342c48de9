//! leadstream-kinesis PORT [--enforce-limits] [--state-dir DIR]
//!
//! Serves the ferrokinesis Kinesis emulator on 127.0.0.1:PORT (never 0.0.0.0: a test server must not
//! be reachable from the network). Streams become ACTIVE at once (no CREATING delay) and the shard
//! limit is raised, since tests create many short-lived streams. `--enforce-limits` turns on
//! AWS-like per-shard write throttling (1 MiB/s or 1,000 records/s), so PutRecords returns
//! ProvisionedThroughputExceededException for some entries: the partial failures the sender must
//! retry. `--state-dir DIR` makes it durable: every change is appended to a write-ahead log in DIR
//! and fsynced before the call is answered (only the change: wal.rs, durable.rs), and a restart with
//! the same DIR finds its streams, records and sequence numbers again (a kill -9 loses nothing that
//! was acknowledged). Stops on SIGTERM or SIGINT.
mod durable;
mod wal;

use std::path::PathBuf;

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use ferrokinesis::{
    create_router,
    store::{Store, StoreOptions},
};
use tokio::signal::unix::{signal, SignalKind};

/// PutRecords allows 5 MiB of data per call; base64 in JSON makes that ~6.7 MiB of body. Matches
/// the ferrokinesis binary's default; axum's own default (2 MiB) would reject full batches.
const MAX_REQUEST_BODY_BYTES: usize = 7 * 1024 * 1024;
const RETENTION_CHECK_SECS: u64 = 60;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let port: u16 = args
        .next()
        .and_then(|p| p.parse().ok())
        .expect("usage: leadstream-kinesis PORT [--enforce-limits] [--state-dir DIR]");
    let mut enforce_limits = false;
    let mut state_dir: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--enforce-limits" => enforce_limits = true,
            "--state-dir" => {
                state_dir = Some(args.next().expect("--state-dir needs a directory").into())
            }
            other => panic!("unknown argument {other}"),
        }
    }

    let options = StoreOptions {
        create_stream_ms: 0,
        delete_stream_ms: 0,
        update_stream_ms: 0,
        shard_limit: 1_000,
        enforce_limits,
        // ferrokinesis's own durable mode stays off: it logs the whole store per write.
        durable: None,
        ..StoreOptions::default()
    };
    let store = Store::new(options);
    // Restore before serving, so no call sees a half-restored store.
    let wal = match state_dir {
        Some(dir) => Some(
            wal::open(dir, &store)
                .await
                .unwrap_or_else(|e| panic!("durable state: {e}")),
        ),
        None => None,
    };
    // Drop records past the stream's retention period (24 h) so a long-running stack stays bounded;
    // the log drops them at its next snapshot.
    tokio::spawn(ferrokinesis::retention::run_reaper(
        store.clone(),
        RETENTION_CHECK_SECS,
    ));
    let app = create_router(store.clone()).layer(DefaultBodyLimit::max(MAX_REQUEST_BODY_BYTES));
    let app = match wal {
        Some(wal) => app.layer(middleware::from_fn_with_state(
            durable::Durable::new(store, wal, MAX_REQUEST_BODY_BYTES),
            durable::layer,
        )),
        None => app,
    };

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
