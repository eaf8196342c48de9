import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { leadstreamHome } from '../config/state-dir.js';
import { LocalServiceError } from '../errors.js';
import {
  freePort,
  killStale,
  type ManagedProcess,
  ownedTempDir,
  type ProcessExit,
  pidAlive,
  portOpen,
  sleep,
  spawnGroup,
  tailFile,
} from './process-group.js';

const run = promisify(execFile);

/**
 * Pinned broker version. Kafka 4.0 removed old protocol API versions (KIP-896); kafkajs 2.2.4 is
 * unmaintained and carries requests back to v0, so 3.9 (the last line accepting them all, and
 * KRaft-only capable) is the safe choice. 3.9.2 is the newest 3.9 release on Maven Central
 * (checked 2026-11). See docs/kafka-broker.md.
 */
export const KAFKA_VERSION = '3.9.2';

const POM = fileURLToPath(new URL('./kafka/pom.xml', import.meta.url));
/** The console tools' jar; libs/ is renamed into place whole, so its presence marks a complete fetch. */
const KAFKA_TOOLS_JAR = `kafka-tools-${KAFKA_VERSION}.jar`;
const READY_TIMEOUT_MS = 90_000;
const READY_POLL_MS = 200;
const STOP_GRACE_MS = 15_000;
/** Maven Central can be slow on a cold CI machine; the first fetch is ~60 jars, ~45 MB. */
const FETCH_TIMEOUT_MS = 10 * 60_000;
const STATE_FILE = 'leadstream-broker.json';
const PID_FILE = 'broker.pid';

export interface KafkaBrokerOptions {
  /**
   * Where the broker keeps its log segments, config and logs. Starting again on the same directory
   * reuses the formatted storage and, unless `port` is given, the same ports, so data survives a
   * stop/start. @default a new directory under leadstreamHome()/tmp, removed by `close()`
   */
  dataDir?: string;
  /** Client (PLAINTEXT) port on 127.0.0.1. @default the port of the last run in `dataDir`, else a free one */
  port?: number;
  /** KRaft controller port on 127.0.0.1. @default a free one */
  controllerPort?: number;
  /** Progress lines ("fetching Kafka jars…"). @default silent */
  log?: (line: string) => void;
  /** Max JVM heap. @default '512m' */
  heap?: string;
  /** How long to wait for the broker to answer a metadata request. @default 90 s */
  readyTimeoutMs?: number;
}

export interface KafkaBroker {
  /** `127.0.0.1:<port>`, for kafkajs `brokers: [bootstrapServers]`. */
  readonly bootstrapServers: string;
  readonly port: number;
  readonly dataDir: string;
  /** The broker's own log (log4j), for diagnosing a failed test. */
  readonly logFile: string;
  /** Stops the broker (SIGTERM, SIGKILL after 15 s), keeping its data. Idempotent. */
  stop(): Promise<void>;
  /** Starts it again on the same port and data directory; resolves when it is ready. No-op if running. */
  start(): Promise<void>;
  /** Freezes the broker process (SIGSTOP): connections stay open but nothing answers. */
  pause(): void;
  /** Undoes `pause` (SIGCONT). */
  resume(): void;
  /** `stop()`, then removes the data directory if startKafkaBroker created it. */
  close(): Promise<void>;
  /** Calls `listener` whenever the broker process dies without `stop()` (a crash, a kill -9). */
  onUnexpectedExit(listener: (exit: ProcessExit) => void): void;
}

interface BrokerState {
  port: number;
  controllerPort: number;
  clusterId: string;
}

/**
 * Starts a single-node Apache Kafka broker in KRaft mode (broker and controller in one JVM) on
 * 127.0.0.1 and resolves once a kafkajs admin client gets cluster metadata from it. The jars are
 * fetched from Maven Central on first use into leadstreamHome()/kafka-<version>/.
 */
export async function startKafkaBroker(options: KafkaBrokerOptions = {}): Promise<KafkaBroker> {
  const log = options.log ?? (() => {});
  const libs = await ensureKafkaJars({ log });
  const ephemeral = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await newTempDir());
  await mkdir(join(dataDir, 'logs'), { recursive: true });
  const logFile = join(dataDir, 'logs', 'server.log');
  const stdoutFile = join(dataDir, 'logs', 'stdout.log');
  const pidFile = join(dataDir, PID_FILE);
  const heap = options.heap ?? '512m';
  const readyTimeoutMs = options.readyTimeoutMs ?? READY_TIMEOUT_MS;

  // A broker from a run that died without cleanup would hold the data directory's lock.
  await killStale(pidFile, dataDir);

  const previous = await readState(dataDir);
  const port =
    options.port ?? (previous && (await portFree(previous.port)) ? previous.port : await freePort());
  const controllerPort =
    options.controllerPort ??
    (previous && previous.controllerPort !== port && (await portFree(previous.controllerPort))
      ? previous.controllerPort
      : await freePortOtherThan(port));
  const state: BrokerState = { port, controllerPort, clusterId: previous?.clusterId ?? newClusterId() };
  await writeFile(join(dataDir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);

  const configFile = join(dataDir, 'server.properties');
  const log4jFile = join(dataDir, 'log4j.properties');
  await writeFile(configFile, serverProperties(state, join(dataDir, 'kraft-logs')));
  await writeFile(log4jFile, log4jProperties(logFile));

  const java = javaBinary();
  const cds = classDataSharing(libs, java);
  const jvmArgs = [
    `-Xmx${heap}`,
    '-Xms128m',
    '-XX:+UseG1GC',
    '-XX:MaxGCPauseMillis=20',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j.configuration=file:${log4jFile}`,
    `-Dkafka.logs.dir=${join(dataDir, 'logs')}`,
    '-cp',
    join(libs, '*'),
  ];

  if (!existsSync(join(dataDir, 'kraft-logs', 'meta.properties'))) {
    log(`kafka: formatting storage in ${dataDir}`);
    try {
      await run(
        java,
        [...jvmArgs, 'kafka.tools.StorageTool', 'format', '-t', state.clusterId, '-c', configFile],
        {
          timeout: 120_000,
        },
      );
    } catch (e) {
      throw new LocalServiceError(`kafka storage format failed: ${(e as { stderr?: string }).stderr ?? e}`, {
        cause: e,
      });
    }
  }

  let proc: ManagedProcess | undefined;
  const bootstrapServers = `127.0.0.1:${port}`;
  const exitListeners: Array<(exit: ProcessExit) => void> = [];

  const start = async (): Promise<void> => {
    if (proc?.running()) return;
    if (!(await portFree(port))) {
      throw new LocalServiceError(`kafka: port ${port} on 127.0.0.1 is in use`, { context: { port } });
    }
    const started = Date.now();
    const cdsArgs = existsSync(cds.archive)
      ? [`-XX:SharedArchiveFile=${cds.archive}`]
      : [`-XX:ArchiveClassesAtExit=${cds.staging}`];
    const spawned = spawnGroup(java, [...cdsArgs, ...jvmArgs, 'kafka.Kafka', configFile], {
      logFile: stdoutFile,
      cwd: dataDir,
    });
    proc = spawned;
    spawned.exited.then((exit) => {
      if (!spawned.stopRequested) for (const listener of exitListeners) listener(exit);
    });
    await writeFile(pidFile, String(proc.pid));
    try {
      await waitReady(proc, bootstrapServers, port, readyTimeoutMs);
    } catch (e) {
      await proc.stop(2_000);
      await cds.commit(false);
      const detail = `${tailFile(logFile)}\n--- stdout/stderr ---\n${tailFile(stdoutFile, 2_000)}`;
      throw new LocalServiceError(
        `kafka broker on ${bootstrapServers} not ready: ${(e as Error).message}\n${detail}`,
        {
          cause: e,
          context: { port },
        },
      );
    }
    log(
      `kafka: ${KAFKA_VERSION} ready on ${bootstrapServers} in ${Date.now() - started} ms (data ${dataDir})`,
    );
  };

  const stop = async (): Promise<void> => {
    if (!proc) return;
    const clean = await proc.stop(STOP_GRACE_MS);
    await rm(pidFile, { force: true });
    await cds.commit(clean);
  };

  await start();
  return {
    bootstrapServers,
    port,
    dataDir,
    logFile,
    stop,
    start,
    pause: () => proc?.signal('SIGSTOP'),
    resume: () => proc?.signal('SIGCONT'),
    async close() {
      await stop();
      if (ephemeral) await rm(dataDir, { recursive: true, force: true });
    },
    onUnexpectedExit: (listener) => exitListeners.push(listener),
  };
}

/**
 * Resolves kafka_2.13:<KAFKA_VERSION>, kafka-tools (the console tools) and their runtime dependencies
 * into leadstreamHome()/kafka-<version>-<pom hash>/libs once, with Maven (local repository under
 * leadstreamHome() too, so nothing lands in ~/.m2). The pom's hash is in the name so a changed pom
 * fetches into a new directory instead of replacing jars a running broker has open. Concurrent
 * callers each resolve into a temporary directory and the first rename wins, so a half-copied
 * directory is never used.
 */
export async function ensureKafkaJars(
  options: { log?: (line: string) => void; home?: string } = {},
): Promise<string> {
  const home = options.home ?? leadstreamHome();
  const pomHash = createHash('sha256')
    .update(await readFile(POM))
    .digest('hex')
    .slice(0, 12);
  const dir = join(home, `kafka-${KAFKA_VERSION}-${pomHash}`);
  const libs = join(dir, 'libs');
  if (existsSync(join(libs, KAFKA_TOOLS_JAR))) return libs;
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, 'libs-staging-'));
  options.log?.(`kafka: fetching Apache Kafka ${KAFKA_VERSION} jars from Maven Central into ${libs}`);
  const started = Date.now();
  try {
    await run(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        POM,
        `-Dkafka.version=${KAFKA_VERSION}`,
        `-Dmaven.repo.local=${join(home, 'm2')}`,
        'dependency:copy-dependencies',
        `-DoutputDirectory=${staging}`,
      ],
      { timeout: FETCH_TIMEOUT_MS, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    const out = e as { stdout?: string; stderr?: string; code?: string };
    const hint = out.code === 'ENOENT' ? ' (is Maven installed? `mvn` was not found on PATH)' : '';
    throw new LocalServiceError(`fetching Kafka jars failed${hint}: ${out.stdout ?? ''}${out.stderr ?? ''}`, {
      cause: e,
    });
  }
  const fetched = await readdir(staging);
  for (const jar of [`kafka_2.13-${KAFKA_VERSION}.jar`, KAFKA_TOOLS_JAR]) {
    if (!fetched.includes(jar)) throw new LocalServiceError(`Maven resolved no ${jar} into ${staging}`);
  }
  try {
    await rename(staging, libs);
  } catch (e) {
    // Another process finished first; its copy is complete, so use it.
    await rm(staging, { recursive: true, force: true });
    if (!existsSync(join(libs, KAFKA_TOOLS_JAR))) throw e;
  }
  options.log?.(`kafka: jars fetched in ${Date.now() - started} ms`);
  return libs;
}

/**
 * Class data sharing (AppCDS): the JVM spends most of a broker start loading and verifying ~5,000
 * classes, and on two busy cores that is seconds. The first broker run writes a dynamic archive of
 * the loaded classes when it exits (-XX:ArchiveClassesAtExit); later runs map it
 * (-XX:SharedArchiveFile). Measured on this machine under load: 7.4–11.5 s to "Kafka Server started"
 * without, 3.5–4.6 s with. The archive is only valid for the same JDK and class path, so it is keyed
 * by the java binary and lives beside the jars; a stale or foreign one only costs a warning, since
 * -Xshare:auto falls back to loading classes normally. It is committed only after a clean exit,
 * because a JVM killed mid-dump leaves a truncated file.
 */
function classDataSharing(
  libs: string,
  java: string,
): { archive: string; staging: string; commit(clean: boolean): Promise<void> } {
  const key = createHash('sha256')
    .update(java)
    .update(process.env.JAVA_HOME ?? '')
    .digest('hex')
    .slice(0, 8);
  const archive = join(libs, '..', `broker-cds-${key}.jsa`);
  const staging = `${archive}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  // A broker whose parent died (watchdog SIGTERM) dumps an archive nobody commits: sweep those.
  const dir = dirname(archive);
  for (const name of readdirSync(dir)) {
    const owner = /\.jsa\.(\d+)-[0-9a-f]+\.tmp$/.exec(name)?.[1];
    if (owner && !pidAlive(Number(owner))) rmSync(join(dir, name), { force: true });
  }
  return {
    archive,
    staging,
    async commit(clean) {
      if (!existsSync(staging)) return;
      if (clean && !existsSync(archive)) await rename(staging, archive).catch(() => {});
      await rm(staging, { force: true });
    },
  };
}

async function waitReady(
  proc: ManagedProcess,
  bootstrap: string,
  port: number,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const exited = proc.exited.then(({ code, signal }) => {
    throw new LocalServiceError(`broker process exited (code ${code}, signal ${signal})`);
  });
  exited.catch(() => {});
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (!proc.running()) await exited;
    if (await portOpen(port)) {
      try {
        await Promise.race([describeOnce(bootstrap), exited]);
        return;
      } catch (e) {
        if (!proc.running()) await exited;
        lastError = e;
      }
    }
    await sleep(READY_POLL_MS);
  }
  throw new LocalServiceError(
    `timed out after ${timeoutMs} ms${lastError ? ` (last error: ${(lastError as Error).message})` : ''}`,
  );
}

/**
 * One metadata round trip through kafkajs itself, so "ready" means ready for the client the project
 * uses. A KRaft broker accepts connections before it has registered with the controller and been
 * unfenced; until then the metadata response lists no broker, so we wait for one.
 */
async function describeOnce(bootstrap: string): Promise<void> {
  const { Kafka, logLevel } = await import('kafkajs');
  const admin = new Kafka({
    clientId: 'leadstream-ready-check',
    brokers: [bootstrap],
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1_000,
    requestTimeout: 2_000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    const cluster = await admin.describeCluster();
    if (cluster.brokers.length === 0 || cluster.controller === null || cluster.controller < 0) {
      throw new LocalServiceError('broker not registered yet');
    }
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

function serverProperties(state: BrokerState, logDir: string): string {
  const lines = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${state.controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${state.port},CONTROLLER://127.0.0.1:${state.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${state.port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'log.dirs': logDir,
    // One node: every replication factor and ISR minimum must be 1 or internal topics never appear.
    'offsets.topic.replication.factor': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'min.insync.replicas': '1',
    'default.replication.factor': '1',
    // The defaults (50 partitions each) make the first consumer group join create 50 logs: seconds
    // of startup for nothing on one node.
    'offsets.topic.num.partitions': '4',
    'transaction.state.log.num.partitions': '4',
    'num.partitions': '1',
    // Topics are created explicitly by the code that owns them; a typo must fail, not create a topic.
    'auto.create.topics.enable': 'false',
    // No 3 s wait for more members before the first rebalance: tests have one consumer.
    'group.initial.rebalance.delay.ms': '0',
    'log.retention.hours': '24',
    'log.segment.bytes': String(64 * 1024 * 1024),
    'num.network.threads': '2',
    'num.io.threads': '4',
  };
  return `${Object.entries(lines)
    .map(([k, v]) => `${k}=${v}`)
    .join('\n')}\n`;
}

/** reload4j (log4j 1.x API, what Kafka 3.9 uses): everything to one size-capped file, nothing to stdout. */
function log4jProperties(logFile: string): string {
  return [
    'log4j.rootLogger=INFO, file',
    'log4j.appender.file=org.apache.log4j.RollingFileAppender',
    `log4j.appender.file.File=${logFile}`,
    'log4j.appender.file.MaxFileSize=10MB',
    'log4j.appender.file.MaxBackupIndex=2',
    'log4j.appender.file.layout=org.apache.log4j.PatternLayout',
    'log4j.appender.file.layout.ConversionPattern=[%d] %p %m (%c)%n',
    'log4j.logger.kafka.request.logger=WARN',
    'log4j.logger.kafka.controller=INFO',
    'log4j.logger.kafka.log.LogCleaner=WARN',
    'log4j.logger.state.change.logger=WARN',
    'log4j.logger.org.apache.kafka.storage.internals.log=WARN',
    'log4j.logger.kafka.log=WARN',
    '',
  ].join('\n');
}

/** A Kafka cluster id: 16 random bytes, base64url without padding (Uuid.toString), never starting with '-' (CLI would read it as a flag). */
function newClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

export function javaBinary(): string {
  const javaHome = process.env.JAVA_HOME;
  return javaHome ? join(javaHome, 'bin', 'java') : 'java';
}

async function readState(dataDir: string): Promise<BrokerState | undefined> {
  try {
    return JSON.parse(await readFile(join(dataDir, STATE_FILE), 'utf8')) as BrokerState;
  } catch {
    return undefined;
  }
}

async function portFree(port: number): Promise<boolean> {
  return !(await portOpen(port, 300));
}

async function freePortOtherThan(port: number): Promise<number> {
  for (;;) {
    const p = await freePort();
    if (p !== port) return p;
  }
}

async function newTempDir(): Promise<string> {
  // An orphan's broker should be dead already (watchdog); make sure before deleting its data.
  return ownedTempDir(join(leadstreamHome(), 'tmp'), 'kafka-', (dir) => killStale(join(dir, PID_FILE), dir));
}
