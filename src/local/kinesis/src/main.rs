//! leadstream-kinesis PORT [--enforce-limits] [--state-dir DIR]
//!
//! Serves the ferrokinesis Kinesis emulator on 127.0.0.1:PORT (never 0.0.0.0: a test server must not
//! be reachable from the network). Streams become ACTIVE at once (no CREATING delay) and the shard
//! limit is raised, since tests create many short-lived streams. `--enforce-limits` turns on
//! AWS-like per-shard write throttling (1 MiB/s or 1,000 records/s), so PutRecords returns
//! ProvisionedThroughputExceededException for some entries: the partial failures the sender must
//! retry. `--state-dir DIR` turns on ferrokinesis's durable mode: every mutation is appended to a
//! write-ahead log in DIR and fsynced before the call is answered, and a restart with the same DIR
//! finds its streams and records again (a kill -9 loses nothing that was acknowledged).
//! Stops on SIGTERM or SIGINT.
use std::path::PathBuf;

use axum::extract::DefaultBodyLimit;
use ferrokinesis::{
    create_app,
    store::{DurableStateOptions, StoreOptions, DEFAULT_DURABLE_SNAPSHOT_INTERVAL_SECS},
};
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
        .expect("usage: leadstream-kinesis PORT [--enforce-limits] [--state-dir DIR]");
    let mut enforce_limits = false;
    let mut state_dir: Option<PathBuf> = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--enforce-limits" => enforce_limits = true,
            "--state-dir" => state_dir = Some(args.next().expect("--state-dir needs a directory").into()),
            other => panic!("unknown argument {other}"),
        }
    }

    let options = StoreOptions {
        create_stream_ms: 0,
        delete_stream_ms: 0,
        update_stream_ms: 0,
        shard_limit: 1_000,
        enforce_limits,
        // Drop records past the stream's retention period (24 h) so a long-running stack stays bounded.
        retention_check_interval_secs: 60,
        durable: state_dir.map(|state_dir| DurableStateOptions {
            state_dir,
            // A compacting snapshot every 30 s (ferrokinesis's default) bounds the log's replay time.
            snapshot_interval_secs: DEFAULT_DURABLE_SNAPSHOT_INTERVAL_SECS,
            max_retained_bytes: None,
        }),
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
