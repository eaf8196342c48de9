//! The write-ahead log behind `--state-dir` (docs/local-durability.md).
//!
//! ferrokinesis's own durable mode appends a snapshot of the whole store per write, so a write costs
//! in proportion to what the streams retain. This log appends only what changed: the records one
//! PutRecord(s) call stored, each under its key (shard and sequence number), or every stream's
//! metadata after a change to any stream. Calls that arrive while an append is on its way to disk
//! go together in the next append and share its fsync (group commit).
//!
//! Files in the state directory, one JSON entry per line:
//! - `wal-N.log`: the log's segments. Once the open one passes `SEGMENT_BYTES`, the next is opened
//!   and a snapshot of the store is written in the background:
//! - `snapshot-N.log`: the store (what retention kept) at some time after `wal-N.log` was opened. It
//!   replaces every earlier segment and snapshot, so a restart replays at most what the streams
//!   retain plus about one segment.
//!
//! A restart replays the newest snapshot and the segments from its number on, then appends to a new
//! segment. A torn last line (a crash mid-append) was never acknowledged and is skipped.

use std::collections::{BTreeMap, HashMap};
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ferrokinesis::persistence::PersistentStream;
use ferrokinesis::sequence::parse_sequence;
use ferrokinesis::store::Store;
use ferrokinesis::types::{StoredRecord, StreamStatus};
use serde::{Deserialize, Serialize};
use tokio::sync::{mpsc, oneshot};

/// A segment this large is sealed and compacted into a snapshot (~8,000 records of 4 KB).
const SEGMENT_BYTES: u64 = 32 * 1024 * 1024;
/// Records per line in a snapshot, so reading one back never holds a whole stream in one string.
const SNAPSHOT_RECORDS_PER_LINE: usize = 500;
/// Sequence counters are restored by allocating numbers in batches of this many.
const COUNTER_STEP: u64 = 65_536;

/// One line of the log, as read back.
#[derive(Deserialize)]
enum Entry {
    Streams(Vec<PersistentStream>),
    Records {
        stream: String,
        records: Vec<(String, StoredRecord)>,
    },
}

/// One line of the log, as written (the same JSON as `Entry`, without copying the records).
#[derive(Serialize)]
enum EntryRef<'a> {
    Streams(&'a [PersistentStream]),
    Records {
        stream: &'a str,
        records: &'a [(String, StoredRecord)],
    },
}

enum Job {
    /// Log the records one PutRecord(s) call stored.
    Records {
        stream: String,
        records: Vec<(String, StoredRecord)>,
    },
    /// Log every stream's metadata as it is now (after CreateStream, DeleteStream, …).
    Streams,
}

/// Appends to the log; every method resolves once the entry is on disk.
#[derive(Clone)]
pub struct Wal {
    jobs: mpsc::UnboundedSender<(Job, oneshot::Sender<Result<(), String>>)>,
}

impl Wal {
    pub async fn append_records(
        &self,
        stream: String,
        records: Vec<(String, StoredRecord)>,
    ) -> Result<(), String> {
        self.submit(Job::Records { stream, records }).await
    }

    pub async fn append_streams(&self) -> Result<(), String> {
        self.submit(Job::Streams).await
    }

    async fn submit(&self, job: Job) -> Result<(), String> {
        let (done, result) = oneshot::channel();
        self.jobs
            .send((job, done))
            .map_err(|_| "the write-ahead log has stopped".to_string())?;
        result
            .await
            .unwrap_or_else(|_| Err("the write-ahead log has stopped".to_string()))
    }
}

/// Restores `store` from the log in `dir` (created if missing) and starts the log's writer.
pub async fn open(dir: PathBuf, store: &Store) -> Result<Wal, String> {
    fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    // ferrokinesis's own durable mode wrote these; refuse rather than start empty over them.
    for legacy in ["wal.log", "snapshot.bin"] {
        if dir.join(legacy).exists() {
            return Err(format!(
                "{} holds state in ferrokinesis's own format ({legacy}), which this server no longer reads; \
                 start without --keep or delete the directory",
                dir.display()
            ));
        }
    }
    let files = LogFiles::list(&dir).map_err(|e| format!("cannot list {}: {e}", dir.display()))?;
    let mut replay = Replay::default();
    for path in files.to_replay() {
        replay
            .file(&path)
            .map_err(|e| format!("cannot replay {}: {e}", path.display()))?;
    }
    replay.install(store).await?;
    let segment_no = files.next_segment();
    let segment =
        open_segment(&dir, segment_no).map_err(|e| format!("cannot open a log segment: {e}"))?;
    files.remove_replaced();

    let (jobs, queue) = mpsc::unbounded_channel();
    let writer = Writer {
        dir,
        store: store.clone(),
        segment: Arc::new(segment),
        segment_no,
        segment_bytes: 0,
        logged_streams: export_streams(store)
            .await
            .into_iter()
            .map(|(meta, json)| (meta.name, json))
            .collect(),
        failed: None,
        compacting: Arc::new(AtomicBool::new(false)),
    };
    // Segments were replayed: fold them into a snapshot now, so restarts do not pile them up.
    if files.segments.range(files.first_kept()..).next().is_some() {
        writer.start_compaction(segment_no);
    }
    tokio::spawn(writer.run(queue));
    Ok(Wal { jobs })
}

/// The single writer: appends batches of jobs, one fsync per batch.
struct Writer {
    dir: PathBuf,
    store: Store,
    segment: Arc<File>,
    segment_no: u64,
    segment_bytes: u64,
    /// Each stream's metadata (JSON) as last logged. ferrokinesis makes some changes in background
    /// transitions (CreateStream's shards appear when it turns ACTIVE), which no call announces: a
    /// stream whose metadata differs from the logged one gets a fresh entry before its records.
    logged_streams: HashMap<String, String>,
    /// After a failed write or fsync the file's state is unknown (the kernel may have dropped the
    /// pages), so every later write fails too rather than acknowledging on top of a hole.
    failed: Option<String>,
    compacting: Arc<AtomicBool>,
}

impl Writer {
    async fn run(
        mut self,
        mut queue: mpsc::UnboundedReceiver<(Job, oneshot::Sender<Result<(), String>>)>,
    ) {
        while let Some(first) = queue.recv().await {
            // Group commit: everything that queued up during the previous fsync goes in this one.
            let mut batch = vec![first];
            while let Ok(next) = queue.try_recv() {
                batch.push(next);
            }
            let result = self.append(batch.iter().map(|(job, _)| job)).await;
            for (_, done) in batch {
                let _ = done.send(result.clone());
            }
            if result.is_ok()
                && self.segment_bytes >= SEGMENT_BYTES
                && !self.compacting.load(Ordering::Acquire)
            {
                if let Err(e) = self.rotate() {
                    self.failed = Some(format!("cannot open a log segment: {e}"));
                }
            }
        }
    }

    async fn append(&mut self, jobs: impl Iterator<Item = &Job>) -> Result<(), String> {
        if let Some(failed) = &self.failed {
            return Err(failed.clone());
        }
        let mut buf = Vec::new();
        for job in jobs {
            match job {
                Job::Streams => self.push_streams(&mut buf).await,
                Job::Records { stream, records } => {
                    let current = self
                        .store
                        .get_stream(stream)
                        .await
                        .ok()
                        .map(|s| metadata_json(&s));
                    if current.as_ref() != self.logged_streams.get(stream) {
                        self.push_streams(&mut buf).await;
                    }
                    push_line(&mut buf, &EntryRef::Records { stream, records });
                }
            }
        }
        let len = buf.len() as u64;
        let segment = Arc::clone(&self.segment);
        let written = tokio::task::spawn_blocking(move || {
            (&*segment).write_all(&buf)?;
            segment.sync_data()
        })
        .await
        .unwrap_or_else(|e| Err(io::Error::other(e)));
        match written {
            Ok(()) => {
                self.segment_bytes += len;
                Ok(())
            }
            Err(e) => {
                let failed = format!("write-ahead log append failed: {e}");
                self.failed = Some(failed.clone());
                Err(failed)
            }
        }
    }

    async fn push_streams(&mut self, buf: &mut Vec<u8>) {
        let (streams, json): (Vec<_>, Vec<_>) =
            export_streams(&self.store).await.into_iter().unzip();
        self.logged_streams = streams.iter().map(|s| s.name.clone()).zip(json).collect();
        push_line(buf, &EntryRef::Streams(&streams));
    }

    /// Seals the open segment, opens the next and compacts everything before it into a snapshot.
    fn rotate(&mut self) -> io::Result<()> {
        let next = self.segment_no + 1;
        self.segment = Arc::new(open_segment(&self.dir, next)?);
        self.segment_no = next;
        self.segment_bytes = 0;
        self.start_compaction(next);
        Ok(())
    }

    /// Writes `snapshot-<first_kept>.log` in the background, then removes what it replaces. The
    /// writer goes on appending meanwhile: whatever the export misses is in segments ≥ first_kept,
    /// and replaying a record twice stores it under the same key.
    fn start_compaction(&self, first_kept: u64) {
        self.compacting.store(true, Ordering::Release);
        let (dir, store, compacting) = (
            self.dir.clone(),
            self.store.clone(),
            Arc::clone(&self.compacting),
        );
        tokio::spawn(async move {
            let streams: Vec<_> = export_streams(&store)
                .await
                .into_iter()
                .map(|(meta, _)| meta)
                .collect();
            let mut records = Vec::with_capacity(streams.len());
            for stream in &streams {
                let stored: Vec<_> = store
                    .get_record_store(&stream.name)
                    .await
                    .into_iter()
                    .collect();
                records.push((stream.name.clone(), stored));
            }
            let written = tokio::task::spawn_blocking(move || {
                write_snapshot(&dir, first_kept, &streams, &records)?;
                LogFiles::list(&dir)?.remove_replaced();
                Ok::<_, io::Error>(())
            })
            .await;
            if let Err(e) = written.unwrap_or_else(|e| Err(io::Error::other(e))) {
                // The segments stay; the next rotation tries again.
                eprintln!("write-ahead log: snapshot failed: {e}");
            }
            compacting.store(false, Ordering::Release);
        });
    }
}

/// Every stream's metadata and per-shard sequence counters (the next sequence index to assign),
/// each with its metadata's JSON without the counters (what `logged_streams` compares).
async fn export_streams(store: &Store) -> Vec<(PersistentStream, String)> {
    let mut streams = Vec::new();
    for name in store.list_stream_names().await {
        let Ok(stream) = store.get_stream(&name).await else {
            continue;
        };
        let mut counters = Vec::with_capacity(stream.shards.len());
        for shard_ix in 0..stream.shards.len() {
            counters.push(store.current_shard_seq(&name, shard_ix as i64).await);
        }
        let json = metadata_json(&stream);
        streams.push((PersistentStream::from_stream(name, &stream, counters), json));
    }
    streams
}

fn metadata_json(stream: &ferrokinesis::types::Stream) -> String {
    serde_json::to_string(stream).expect("stream metadata serializes")
}

fn push_line(buf: &mut Vec<u8>, entry: &EntryRef) {
    serde_json::to_writer(&mut *buf, entry).expect("log entries serialize");
    buf.push(b'\n');
}

fn write_snapshot(
    dir: &Path,
    first_kept: u64,
    streams: &[PersistentStream],
    records: &[(String, Vec<(String, StoredRecord)>)],
) -> io::Result<()> {
    let tmp = dir.join("snapshot.tmp");
    let mut out = BufWriter::new(File::create(&tmp)?);
    let mut buf = Vec::new();
    push_line(&mut buf, &EntryRef::Streams(streams));
    for (stream, stored) in records {
        for chunk in stored.chunks(SNAPSHOT_RECORDS_PER_LINE) {
            push_line(
                &mut buf,
                &EntryRef::Records {
                    stream,
                    records: chunk,
                },
            );
            out.write_all(&buf)?;
            buf.clear();
        }
    }
    out.write_all(&buf)?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    fs::rename(&tmp, dir.join(format!("snapshot-{first_kept}.log")))?;
    File::open(dir)?.sync_all()
}

fn open_segment(dir: &Path, n: u64) -> io::Result<File> {
    let file = OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!("wal-{n}.log")))?;
    // The new name must survive a crash too, or its appends would be acknowledged into nothing.
    File::open(dir)?.sync_all()?;
    Ok(file)
}

/// The log's files in a state directory.
struct LogFiles {
    dir: PathBuf,
    snapshots: BTreeMap<u64, PathBuf>,
    segments: BTreeMap<u64, PathBuf>,
}

impl LogFiles {
    fn list(dir: &Path) -> io::Result<Self> {
        let mut files = Self {
            dir: dir.to_path_buf(),
            snapshots: BTreeMap::new(),
            segments: BTreeMap::new(),
        };
        for entry in fs::read_dir(dir)? {
            let path = entry?.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                continue;
            };
            let numbered = |prefix: &str| {
                name.strip_prefix(prefix)?
                    .strip_suffix(".log")?
                    .parse::<u64>()
                    .ok()
            };
            if let Some(n) = numbered("snapshot-") {
                files.snapshots.insert(n, path);
            } else if let Some(n) = numbered("wal-") {
                files.segments.insert(n, path);
            }
        }
        Ok(files)
    }

    /// The number of the newest snapshot: segments before it are in it.
    fn first_kept(&self) -> u64 {
        self.snapshots.keys().next_back().copied().unwrap_or(0)
    }

    fn to_replay(&self) -> Vec<PathBuf> {
        let first_kept = self.first_kept();
        let snapshot = self.snapshots.get(&first_kept).cloned();
        snapshot
            .into_iter()
            .chain(self.segments.range(first_kept..).map(|(_, p)| p.clone()))
            .collect()
    }

    fn next_segment(&self) -> u64 {
        let last = self.segments.keys().next_back().copied().unwrap_or(0);
        last.max(self.first_kept()) + 1
    }

    /// Removes the snapshots and segments that the newest snapshot replaces (best effort: a file
    /// left behind is only replaced again on the next start).
    fn remove_replaced(&self) {
        let first_kept = self.first_kept();
        let old_snapshots = self.snapshots.range(..first_kept);
        let old_segments = self.segments.range(..first_kept);
        for (_, path) in old_snapshots.chain(old_segments) {
            let _ = fs::remove_file(path);
        }
        let _ = fs::remove_file(self.dir.join("snapshot.tmp"));
    }
}

/// The state rebuilt from the log before it goes into the store.
#[derive(Default)]
struct Replay {
    streams: BTreeMap<String, (PersistentStream, BTreeMap<String, StoredRecord>)>,
}

impl Replay {
    /// Applies every complete line of one file.
    fn file(&mut self, path: &Path) -> io::Result<()> {
        let mut reader = BufReader::new(File::open(path)?);
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = reader.read_until(b'\n', &mut line)?;
            if n == 0 || line.last() != Some(&b'\n') {
                // The end, or a torn last line: an append cut short by a crash, never acknowledged.
                return Ok(());
            }
            let entry: Entry = serde_json::from_slice(&line).map_err(io::Error::other)?;
            self.apply(entry);
        }
    }

    fn apply(&mut self, entry: Entry) {
        match entry {
            Entry::Streams(list) => {
                let mut previous = std::mem::take(&mut self.streams);
                for mut meta in list {
                    let records = match previous.remove(&meta.name) {
                        // The same stream (not one deleted and created again under its name).
                        Some((old, records))
                            if old.stream_creation_timestamp == meta.stream_creation_timestamp =>
                        {
                            // Counters only grow; a snapshot can be newer than a later segment's entry.
                            raise_counters(&mut meta.shard_counters, &old.shard_counters);
                            records
                        }
                        _ => BTreeMap::new(),
                    };
                    self.streams.insert(meta.name.clone(), (meta, records));
                }
            }
            Entry::Records { stream, records } => {
                let Some((meta, stored)) = self.streams.get_mut(&stream) else {
                    return;
                };
                for (key, record) in records {
                    if let Some((shard_ix, seq)) = key_sequence(&key) {
                        let next = seq.seq_ix.unwrap_or(0) + 1;
                        raise_counters(&mut meta.shard_counters, &counter_at(shard_ix, next));
                    }
                    stored.insert(key, record);
                }
            }
        }
    }

    /// Puts the streams, their sequence counters and their records (those within the stream's
    /// retention period) into the store.
    async fn install(self, store: &Store) -> Result<(), String> {
        let now_ms = ferrokinesis::util::current_time_ms();
        for (meta, records) in self.streams.into_values() {
            let retention_ms = u64::from(meta.retention_period_hours) * 3_600_000;
            let (name, mut stream, counters) = meta.into_parts();
            // Transitions are not logged; this server makes them at once (create_stream_ms: 0 …).
            match stream.stream_status {
                StreamStatus::Deleting => continue,
                _ => stream.stream_status = StreamStatus::Active,
            }
            store
                .put_stream(&name, stream.clone())
                .await
                .map_err(|e| e.to_string())?;
            restore_counters(store, &name, &stream, &counters).await?;
            let kept: Vec<(String, StoredRecord)> = records
                .into_iter()
                .filter(|(key, _)| {
                    let written_ms = key_sequence(key)
                        .and_then(|(_, s)| s.seq_time)
                        .unwrap_or(now_ms);
                    written_ms + retention_ms >= now_ms
                })
                .collect();
            for chunk in kept.chunks(10_000) {
                store
                    .put_records_batch(&name, chunk)
                    .await
                    .map_err(|e| e.to_string())?;
            }
        }
        Ok(())
    }
}

/// ferrokinesis has no call that sets a shard's sequence counter, and a new stream's start at 1, so
/// this allocates (and drops) sequence numbers until each open shard's counter is where it was:
/// records written after the restart then sort after every record written before it. Closed
/// shards (after a split or merge) take no more records and are left alone.
async fn restore_counters(
    store: &Store,
    name: &str,
    stream: &ferrokinesis::types::Stream,
    counters: &[u64],
) -> Result<(), String> {
    for (shard_ix, shard) in stream.shards.iter().enumerate() {
        if shard.sequence_number_range.ending_sequence_number.is_some() {
            continue;
        }
        let target = counters.get(shard_ix).copied().unwrap_or(1);
        let hash_key = shard.hash_key_range.start_u128();
        let mut current = store.current_shard_seq(name, shard_ix as i64).await;
        while current < target {
            let step = (target - current).min(COUNTER_STEP);
            let hash_keys = vec![hash_key; step as usize];
            store
                .allocate_sequences_batch(name, &hash_keys)
                .await
                .map_err(|e| e.to_string())?;
            current = store.current_shard_seq(name, shard_ix as i64).await;
        }
    }
    Ok(())
}

/// The shard index and parsed sequence number of a record key `"{shard_hex}/{sequence number}"`.
fn key_sequence(key: &str) -> Option<(usize, ferrokinesis::sequence::SeqObj)> {
    let seq = parse_sequence(key.split_once('/')?.1).ok()?;
    Some((usize::try_from(seq.shard_ix).ok()?, seq))
}

fn counter_at(shard_ix: usize, next: u64) -> Vec<u64> {
    let mut counters = vec![0; shard_ix + 1];
    counters[shard_ix] = next;
    counters
}

fn raise_counters(counters: &mut Vec<u64>, floor: &[u64]) {
    if counters.len() < floor.len() {
        counters.resize(floor.len(), 1);
    }
    for (counter, &min) in counters.iter_mut().zip(floor) {
        *counter = (*counter).max(min);
    }
}
