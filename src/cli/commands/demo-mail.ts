/**
 * The demo's mail side: part of the samples go in over SMTP with a real client (nodemailer), and a
 * local webhook receiver stands in for the businesses' endpoints.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';

/** The environment variable holding the demo's webhook secret (the rules file names it, never holds it). */
export const DEMO_SECRET_ENV = 'LEADSTREAM_DEMO_WEBHOOK_SECRET';

export function demoWebhookSecret(): string {
  return randomBytes(32).toString('hex');
}

/** A rules file that gives `businessIds` a webhook at `<receiverUrl>/hooks/<id>`. */
export async function writeDemoNotifyRules(
  path: string,
  receiverUrl: string,
  businessIds: string[],
): Promise<void> {
  const businesses = Object.fromEntries(
    businessIds.map((id) => [
      id,
      { webhook: { url: `${receiverUrl}/hooks/${id}`, secret: { env: DEMO_SECRET_ENV } } },
    ]),
  );
  await writeFile(path, stringify({ version: 1, notifications: { businesses } }));
}

export interface SmtpSendStats {
  accepted: number;
  failed: number;
}

/** Sends raw messages to the local SMTP port, each to its envelope recipient, over a few pooled connections. */
export async function sendOverSmtp(
  port: number,
  messages: ReadonlyArray<{ raw: Buffer; to: string }>,
): Promise<SmtpSendStats> {
  const nodemailer = await import('nodemailer');
  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 4,
  });
  const stats: SmtpSendStats = { accepted: 0, failed: 0 };
  try {
    await Promise.all(
      messages.map((m) =>
        transport.sendMail({ envelope: { from: 'forms@site.example', to: [m.to] }, raw: m.raw }).then(
          () => {
            stats.accepted++;
          },
          () => {
            stats.failed++;
          },
        ),
      ),
    );
  } finally {
    transport.close();
  }
  return stats;
}
