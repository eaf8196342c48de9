/**
 * A webhook receiver on 127.0.0.1 for the demo and the tests: it checks each delivery's signature
 * the way a business's endpoint should (./signature.ts) and records what arrived. Deliveries are
 * POSTed to `/hooks/<businessId>`; a bad signature gets 401 and is not recorded.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDEMPOTENCY_HEADER, SIGNATURE_HEADER, verifySignature } from './signature.js';

export interface ReceivedDelivery {
  path: string;
  leadId: string;
  businessId: string;
  messageId: string | null;
  idempotencyKey: string;
  arrivedAtMs: number;
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Accepted deliveries, in arrival order (repeats included: a retry after a lost 2xx is one). */
  readonly deliveries: readonly ReceivedDelivery[];
  /** Requests refused for a bad or stale signature. */
  readonly rejectedSignatures: number;
  /** `notified N businesses of M leads`, counting distinct businesses and leadIds. */
  summary(): { businesses: number; leads: number };
  close(): Promise<void>;
}

export interface WebhookReceiverOptions {
  secret: string;
  /**
   * Decides the answer before the body is read; default 204. `'hang'` never answers (a timeout).
   * For tests that make the receiver fail.
   */
  respond?: (path: string, attempt: number) => number | 'hang';
  onDelivery?: (d: ReceivedDelivery) => void;
}

const MAX_BODY_BYTES = 1024 * 1024;

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const deliveries: ReceivedDelivery[] = [];
  const attempts = new Map<string, number>();
  let rejectedSignatures = 0;
  const server = createServer((req, res) => {
    readBody(req)
      .then((body) => {
        const key = `${req.url}|${String(req.headers[IDEMPOTENCY_HEADER] ?? '')}`;
        const attempt = (attempts.get(key) ?? 0) + 1;
        attempts.set(key, attempt);
        const decided = options.respond?.(req.url ?? '/', attempt) ?? 204;
        if (decided === 'hang') return; // the client's timeout ends it
        const signature = String(req.headers[SIGNATURE_HEADER] ?? '');
        if (!verifySignature(options.secret, signature, body, Math.floor(Date.now() / 1000))) {
          rejectedSignatures++;
          res.writeHead(401).end();
          return;
        }
        if (decided >= 200 && decided < 300) {
          const lead = JSON.parse(body) as { leadId: string; businessId: string; messageId: string | null };
          const d = {
            path: req.url ?? '/',
            leadId: lead.leadId,
            businessId: lead.businessId,
            messageId: lead.messageId,
            idempotencyKey: String(req.headers[IDEMPOTENCY_HEADER] ?? ''),
            arrivedAtMs: Date.now(),
          };
          deliveries.push(d);
          options.onDelivery?.(d);
        }
        res.writeHead(decided).end();
      })
      .catch(() => res.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    deliveries,
    get rejectedSignatures() {
      return rejectedSignatures;
    },
    summary: () => ({
      businesses: new Set(deliveries.map((d) => d.businessId)).size,
      leads: new Set(deliveries.map((d) => d.leadId)).size,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
