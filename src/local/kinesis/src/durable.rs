//! The HTTP side of `--state-dir`: a layer around ferrokinesis's in-memory server that answers a
//! call that changed something only once the write-ahead log (wal.rs) has the change on disk, and
//! lets no reader see a record before that.
//!
//! - PutRecord(s): after ferrokinesis has stored the records, their keys (shard and sequence
//!   number) come from its answer and the stored records from the store; they go into the log, and
//!   the answer is sent once the log's fsync is done. If the log fails, the records are taken out
//!   of the store again and the caller gets a 500 (InternalFailure), which it retries.
//! - GetRecords: its answer waits until every write that started before it was answered is on
//!   disk, so a consumer never reads, and checkpoints past, a record that a crash could still take
//!   away (a restart would then reassign that sequence number).
//! - Other calls that change something (CreateStream, DeleteStream, retention, tags, resharding):
//!   after they succeed, every stream's metadata goes into the log before the answer.
//! - Describe*, List*, Get* and SubscribeToShard change nothing and pass through.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ferrokinesis::sequence::{resolve_shard_id, shard_ix_to_hex};
use ferrokinesis::store::Store;
use ferrokinesis::types::StreamStatus;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use tokio::sync::watch;

use crate::wal::Wal;

pub struct Durable {
    store: Store,
    wal: Wal,
    writes: InFlight,
    max_body_bytes: usize,
}

impl Durable {
    pub fn new(store: Store, wal: Wal, max_body_bytes: usize) -> Arc<Self> {
        Arc::new(Self {
            store,
            wal,
            writes: InFlight::new(),
            max_body_bytes,
        })
    }
}

/// The axum middleware (`middleware::from_fn_with_state`).
pub async fn layer(State(durable): State<Arc<Durable>>, request: Request, next: Next) -> Response {
    let action = request
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .and_then(|t| t.split_once('.'))
        .map(|(_, action)| action.to_string())
        .unwrap_or_default();
    match action.as_str() {
        "PutRecords" => durable.put(true, request, next).await,
        "PutRecord" => durable.put(false, request, next).await,
        "GetRecords" => {
            let response = next.run(request).await;
            durable.writes.settled().await;
            response
        }
        "" => next.run(request).await,
        a if ["Describe", "List", "Get", "SubscribeToShard"]
            .iter()
            .any(|p| a.starts_with(p)) =>
        {
            next.run(request).await
        }
        _ => {
            let response = next.run(request).await;
            if !response.status().is_success() {
                return response;
            }
            durable.await_transitions().await;
            match durable.wal.append_streams().await {
                Ok(()) => response,
                Err(e) => internal_failure(&e),
            }
        }
    }
}

impl Durable {
    /// ferrokinesis finishes CreateStream, DeleteStream and resharding in a background transition
    /// (at once here: create_stream_ms 0 …); logging before it ends would log, say, a stream still
    /// CREATING without its shards. Waits for it, up to a second.
    async fn await_transitions(&self) {
        for _ in 0..200 {
            let mut moving = false;
            for name in self.store.list_stream_names().await {
                if let Ok(stream) = self.store.get_stream(&name).await {
                    moving |= stream.stream_status != StreamStatus::Active;
                }
            }
            if !moving {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    }

    async fn put(&self, batch: bool, request: Request, next: Next) -> Response {
        let (parts, body) = request.into_parts();
        let Ok(body) = to_bytes(body, self.max_body_bytes).await else {
            return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large").into_response();
        };
        let target: Option<Target> = decode(&parts.headers, &body);
        let _writing = self.writes.begin();
        let response = next.run(Request::from_parts(parts, Body::from(body))).await;
        if !response.status().is_success() {
            return response;
        }

        let (parts, body) = response.into_parts();
        let Ok(body) = to_bytes(body, usize::MAX).await else {
            return internal_failure("unreadable PutRecords answer");
        };
        let placed = if batch {
            decode::<PutRecordsOutput>(&parts.headers, &body).map(|out| out.records)
        } else {
            decode::<Placed>(&parts.headers, &body).map(|one| vec![one])
        };
        let stream = target.and_then(|t| {
            t.stream_name
                .or_else(|| self.store.stream_name_from_arn(&t.stream_arn?))
        });
        let (Some(placed), Some(stream)) = (placed, stream) else {
            return internal_failure("cannot tell which records PutRecords stored");
        };
        // Entries that failed (throttled) have no shard or sequence number and were not stored.
        let keys: Vec<String> = placed.into_iter().filter_map(Placed::key).collect();
        if keys.is_empty() {
            return Response::from_parts(parts, Body::from(body));
        }
        let mut records = Vec::with_capacity(keys.len());
        for key in &keys {
            let end = format!("{key}\u{0}");
            match self.store.get_records_range(&stream, key, &end).await.pop() {
                Some(stored) => records.push(stored),
                None => return internal_failure("a stored record is missing from the store"),
            }
        }
        match self.wal.append_records(stream.clone(), records).await {
            Ok(()) => Response::from_parts(parts, Body::from(body)),
            Err(e) => {
                self.store.delete_record_keys(&stream, &keys).await;
                internal_failure(&e)
            }
        }
    }
}

/// PutRecord(s) request fields that name the stream (the rest is skipped while parsing).
#[derive(Deserialize)]
struct Target {
    #[serde(rename = "StreamName")]
    stream_name: Option<String>,
    #[serde(rename = "StreamARN")]
    stream_arn: Option<String>,
}

#[derive(Deserialize)]
struct PutRecordsOutput {
    #[serde(rename = "Records")]
    records: Vec<Placed>,
}

/// Where PutRecord(s) put one record; both are absent for an entry that failed.
#[derive(Deserialize)]
struct Placed {
    #[serde(rename = "ShardId")]
    shard_id: Option<String>,
    #[serde(rename = "SequenceNumber")]
    sequence_number: Option<String>,
}

impl Placed {
    /// The store's key for the record: `"{shard index as 8 hex digits}/{sequence number}"`.
    fn key(self) -> Option<String> {
        let (_, shard_ix) = resolve_shard_id(&self.shard_id?).ok()?;
        Some(format!(
            "{}/{}",
            shard_ix_to_hex(shard_ix),
            self.sequence_number?
        ))
    }
}

/// Bodies are JSON (AWS JSON 1.1) or CBOR, as the Content-Type says (Java SDKs send CBOR).
fn decode<T: DeserializeOwned>(headers: &HeaderMap, body: &[u8]) -> Option<T> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if content_type.contains("cbor") {
        ciborium::from_reader(body).ok()
    } else {
        serde_json::from_slice(body).ok()
    }
}

fn internal_failure(message: &str) -> Response {
    let body = serde_json::json!({ "__type": "InternalFailure", "message": message }).to_string();
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [
            (header::CONTENT_TYPE, "application/x-amz-json-1.1"),
            (
                header::HeaderName::from_static("x-amzn-errortype"),
                "InternalFailure",
            ),
        ],
        body,
    )
        .into_response()
}

/// Writes between "stored in memory" and "answered". Each takes a ticket; `settled` waits until
/// every ticket taken before the call has been returned.
struct InFlight {
    /// The next ticket, and the tickets not yet returned.
    tickets: Mutex<(u64, BTreeSet<u64>)>,
    /// The lowest ticket not yet returned (the next ticket when none is out).
    lowest: watch::Sender<u64>,
}

struct Writing<'a> {
    flight: &'a InFlight,
    ticket: u64,
}

impl InFlight {
    fn new() -> Self {
        Self {
            tickets: Mutex::new((0, BTreeSet::new())),
            lowest: watch::channel(0).0,
        }
    }

    fn begin(&self) -> Writing<'_> {
        let mut tickets = self.tickets.lock().unwrap();
        let ticket = tickets.0;
        tickets.0 += 1;
        tickets.1.insert(ticket);
        Writing {
            flight: self,
            ticket,
        }
    }

    async fn settled(&self) {
        let upto = self.tickets.lock().unwrap().0;
        let mut lowest = self.lowest.subscribe();
        let _ = lowest.wait_for(|&low| low >= upto).await;
    }
}

impl Drop for Writing<'_> {
    fn drop(&mut self) {
        let mut tickets = self.flight.tickets.lock().unwrap();
        tickets.1.remove(&self.ticket);
        let low = tickets.1.first().copied().unwrap_or(tickets.0);
        self.flight.lowest.send_replace(low);
    }
}
