/**
 * Local SMTP ingress: mail in on 127.0.0.1, raw emails out on Kinesis, with the same partition
 * key and claim-check as `leadstream send`. The SMTP protocol is smtp-server's (nodemailer project);
 * this module only decides what to accept and when to say 250.
 *
 * - No open relay: RCPT TO outside `domains` gets 550 5.7.1.
 * - Limits: message size (SIZE advertised; 552 5.3.4 above it), concurrent connections
 *   (smtp-server answers 421 above `maxClients`), recipients per message (452 4.5.3).
 * - Nothing accepted is lost: the reply to DATA is 250 only after Kinesis acknowledged every record
 *   of the message; if it did not, 451 4.3.0 and the client keeps the message and retries later.
 *   Messages that end at the same time share a PutRecords call (./group-put.ts).
 * - One record per business: a message to two businesses becomes two records, each carrying only its
 *   own envelope recipients (src/ingress/envelope.ts), keyed by that business.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { KinesisSender, OutgoingRecord } from '../sender/kinesis-sender.js';
import type { PartitionKeyFn } from '../sender/partition-key.js';
import { traceHeaders } from './envelope.js';
import { createGroupPut } from './group-put.js';

export const DEFAULT_SMTP_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_SMTP_MAX_CLIENTS = 50;
export const DEFAULT_SMTP_MAX_RECIPIENTS = 20;

export interface SmtpIngressOptions {
  /** @default 127.0.0.1 */
  host?: string;
  /** 0 picks a free port. @default 0 */
  port?: number;
  /** Domains we accept mail for (lowercase). Anything else is relaying and gets 550. */
  domains: readonly string[];
  /** @default 10 MiB, the processor's per-email limit */
  maxMessageBytes?: number;
  /** @default 50 */
  maxClients?: number;
  /** @default 20 */
  maxRecipients?: number;
  /** Puts records on Kinesis (claim-check over 1 MiB); `failed > 0` in its stats means no acknowledgement. */
  sender: KinesisSender;
  partitionKey: PartitionKeyFn;
  /** The business of a recipient (src/processors/routing.ts), to split a message per business. */
  route: (recipients: readonly string[]) => string | null;
  /** Called when a message has been acknowledged by Kinesis, with the time its DATA ended and the acknowledgement's. */
  onAccepted?: (info: {
    dataEndedAtMs: number;
    acknowledgedAtMs: number;
    records: readonly OutgoingRecord[];
  }) => void;
  log?: (line: string) => void;
}

export interface SmtpIngressStats {
  accepted: number;
  /** Messages answered 451 because Kinesis did not acknowledge them. */
  deferred: number;
  /** Messages answered 552. */
  oversize: number;
  /** Recipients answered 550 (relay attempts). */
  relayDenied: number;
}

export interface SmtpIngress {
  readonly port: number;
  /** `smtp://127.0.0.1:<port>` */
  readonly url: string;
  readonly domains: readonly string[];
  readonly stats: Readonly<SmtpIngressStats>;
  close(): Promise<void>;
}

type SmtpError = Error & { responseCode?: number };

function smtpError(code: number, message: string): SmtpError {
  const err: SmtpError = new Error(message);
  err.responseCode = code;
  return err;
}

export async function startSmtpIngress(options: SmtpIngressOptions): Promise<SmtpIngress> {
  const host = options.host ?? '127.0.0.1';
  const maxBytes = options.maxMessageBytes ?? DEFAULT_SMTP_MAX_BYTES;
  const maxRecipients = options.maxRecipients ?? DEFAULT_SMTP_MAX_RECIPIENTS;
  const domains = new Set(options.domains.map((d) => d.toLowerCase()));
  const log = options.log ?? (() => {});
  const stats: SmtpIngressStats = { accepted: 0, deferred: 0, oversize: 0, relayDenied: 0 };
  const kinesis = createGroupPut(options.sender);

  async function deliver(raw: Buffer, session: SMTPServerSession): Promise<OutgoingRecord[]> {
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const byBusiness = new Map<string | null, string[]>();
    for (const { address } of session.envelope.rcptTo) {
      const rcpt = address.toLowerCase();
      const business = options.route([rcpt]);
      byBusiness.set(business, [...(byBusiness.get(business) ?? []), rcpt]);
    }
    const trace = {
      heloName: session.hostNameAppearsAs ?? '',
      remoteAddress: session.remoteAddress ?? '',
      at: new Date(),
    };
    const records: OutgoingRecord[] = [...byBusiness.values()].map((rcptTo) => {
      const data = Buffer.concat([traceHeaders({ mailFrom, rcptTo }, trace), raw]);
      return { data, partitionKey: options.partitionKey(data).key };
    });
    if (!(await kinesis.put(records))) {
      throw smtpError(451, '4.3.0 could not queue the message, try again later');
    }
    return records;
  }

  const server = new SMTPServer({
    name: 'leadstream.local',
    banner: 'leadstream SMTP ingress',
    size: maxBytes,
    maxClients: options.maxClients ?? DEFAULT_SMTP_MAX_CLIENTS,
    // Local and loopback only: no credentials to protect, no TLS to offer.
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    onRcptTo(address, session, callback) {
      const at = address.address.lastIndexOf('@');
      const domain = at >= 0 ? address.address.slice(at + 1).toLowerCase() : '';
      if (!domains.has(domain)) {
        stats.relayDenied++;
        return callback(smtpError(550, '5.7.1 relaying denied: we do not accept mail for that domain'));
      }
      if (session.envelope.rcptTo.length >= maxRecipients) {
        return callback(smtpError(452, `4.5.3 too many recipients (at most ${maxRecipients})`));
      }
      callback();
    },
    onData(stream: SMTPServerDataStream, session, callback) {
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // Past the limit the rest is read and dropped: the client still has to finish DATA.
        if (size <= maxBytes) chunks.push(chunk);
      });
      stream.on('error', (err) => callback(err));
      stream.on('end', () => {
        const dataEndedAtMs = Date.now();
        if (stream.sizeExceeded || size > maxBytes) {
          stats.oversize++;
          return callback(smtpError(552, `5.3.4 message exceeds the ${maxBytes}-byte limit`));
        }
        deliver(Buffer.concat(chunks, size), session).then(
          (records) => {
            stats.accepted++;
            options.onAccepted?.({ dataEndedAtMs, acknowledgedAtMs: Date.now(), records });
            callback(null, 'queued');
          },
          (err: SmtpError) => {
            stats.deferred++;
            log(
              `smtp: deferred a message (${err.responseCode === 451 ? 'Kinesis did not acknowledge' : err.name})`,
            );
            callback(
              err.responseCode === 451 ? err : smtpError(451, '4.3.0 temporary failure, try again later'),
            );
          },
        );
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Errors after start (a client resetting its connection) are per connection; smtp-server closes it.
  server.on('error', (err: Error) => log(`smtp: ${err.message}`));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    url: `smtp://${host}:${port}`,
    domains: [...domains],
    stats,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * The default accepted domains: those of the rules file's recipient addresses, else `localhost`.
 * (`+tag` addresses share their domain with the mapped ones, so they are covered.)
 */
export function defaultSmtpDomains(recipients: Readonly<Record<string, string>>): string[] {
  const domains = new Set<string>();
  for (const address of Object.keys(recipients)) {
    const at = address.lastIndexOf('@');
    if (at > 0) domains.add(address.slice(at + 1).toLowerCase());
  }
  return domains.size > 0 ? [...domains].sort() : ['localhost'];
}
