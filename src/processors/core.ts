/**
 * The pure lead core: raw email bytes → a Lead plus its analytics record, or a rejection with a
 * reason. Composition only; each stage lives in ./stages. No I/O, no clock (the arrival time comes
 * in the EmailContext), so handlers, the CLI and the benchmark share it unchanged.
 */
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';
import type { LeadstreamConfig } from '../config/schema.js';
import type { EmailContext, ProcessResult, Rejection } from '../schemas/result.js';
import { buildLead } from './assemble-lead.js';
import { createBusinessRouter, leadIdFor } from './routing.js';
import { anonymise } from './stages/anonymise.js';
import { createClassifier } from './stages/classify.js';
import { createExtractor, type Extracted } from './stages/extract.js';
import { createParser, type ParsedEmail } from './stages/parse.js';

export interface LeadCoreDeps {
  hmacKey: Uint8Array;
  onStage?: (stage: 'parse' | 'extract' | 'anonymise', micros: number) => void;
  /** The triage model's feature vector for each email that reaches late classification (training). */
  onTriageFeatures?: (features: number[]) => void;
  /**
   * Monotonic milliseconds for the time budget. @default the wall clock, with the process's CPU
   * time (cpuMillis) deciding once the wall clock says the budget is spent.
   */
  now?: () => number;
}

export interface LeadCore {
  process(raw: Uint8Array, ctx: EmailContext): Promise<ProcessResult>;
}

/**
 * CPU milliseconds this process has used: the time budget measures an email's own work. Wall-clock
 * time also counts every other process on the machine: on the 2-core machine at load 9, emails that
 * take 60 ms of CPU took over 1 s of wall time and were rejected as timeouts (`npm run bench --
 * blind` lost one or two leads a corpus that way). On Lambda a function has its vCPU to itself, so
 * the two agree there. Emails are processed one at a time, so the process's time is the email's.
 */
function cpuMillis(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

/**
 * How stale the CPU reading an email starts from may be. Each reading is a system call, and one per
 * email cost ~5 % of the processor bench here (a 3,000-email CPU profile). A reading up to this much
 * wall time old overcounts the email's CPU time by at most what the process used since it, a small
 * fraction of any budget worth setting.
 */
const CPU_READING_MAX_AGE_MS = 50;

/** The CPU time an email starts from: a reading no older than CPU_READING_MAX_AGE_MS of wall time. */
function createCpuStartClock(wallNow: () => number): () => number {
  let readAt = Number.NEGATIVE_INFINITY;
  let reading = 0;
  return () => {
    const wall = wallNow();
    if (wall - readAt > CPU_READING_MAX_AGE_MS) {
      reading = cpuMillis();
      readAt = wall;
    }
    return reading;
  };
}

export function createLeadCore(config: LeadstreamConfig, deps: LeadCoreDeps): LeadCore {
  const parse = createParser(config.limits, simpleParser as never);
  const extractor = createExtractor(config);
  const classifier = createClassifier(config.triage, { onFeatures: deps.onTriageFeatures });
  const { businesses } = config;
  const routeToBusiness = createBusinessRouter(businesses);
  const messagePolicy = config.analytics.messagePolicy;
  const onStage = deps.onStage;
  const now = deps.now ?? (() => performance.now());
  const cpuNow = deps.now ? null : cpuMillis;
  const cpuAtStart = createCpuStartClock(now);
  const budgetMs = config.limits.timeBudgetMs;

  /** The envelope recipient decides when the email came through our ingress; else the headers. */
  const businessIdFor = (email: ParsedEmail) =>
    routeToBusiness(email.envelopeRecipients.length > 0 ? email.envelopeRecipients : email.recipients) ??
    businesses.defaultBusinessId;

  /**
   * A notification or a customer's letter forwarded as an attachment (message/rfc822): the attached
   * message is the lead, the outer one is the business's note. One level only; the attachment is
   * parsed under the same limits, and a failure falls back to the outer message. `source` is the
   * forwarded message whenever it parsed: triage judges what was forwarded, not the staff's cover
   * note ("please call this customer back" reads as colleagues' mail; a newsletter or an invoice
   * forwarded under such a note, whose contact is then read from the note, must still read as a
   * newsletter or an invoice).
   */
  async function extractWithEmbedded(
    email: ParsedEmail,
  ): Promise<{ extracted: Extracted | null; source: ParsedEmail }> {
    const business = new Set([...email.envelopeRecipients, ...email.recipients]);
    if (email.embedded) {
      // The parse's own wall-clock race, as for the outer message; the checks after it see the total.
      const inner = await parse(email.embedded, budgetMs);
      if (inner.ok) {
        const x = extractor.extract(inner.email, business, email.from?.address ?? null);
        if (x && (x.fields.email || x.fields.phone)) return { extracted: x, source: inner.email };
        return { extracted: extractor.extract(email, business), source: inner.email };
      }
    }
    return { extracted: extractor.extract(email, business), source: email };
  }

  /**
   * One time budget covers the email's whole processing. Synchronous stages cannot be interrupted,
   * so the budget is checked between them; the input caps (parse.ts, MAX_SCAN_CHARS) bound each one.
   */
  function overBudget(deadline: number, cpuStart: number, after: string): Rejection | null {
    if (now() <= deadline) return null;
    // Past the wall-clock budget: the machine may be busy, so the email's own CPU time decides.
    if (cpuNow && cpuNow() - cpuStart <= budgetMs) return null;
    return { reason: 'timeout', detail: `over the ${budgetMs} ms budget after ${after}` };
  }

  async function run(raw: Uint8Array, ctx: EmailContext): Promise<ProcessResult> {
    const deadline = now() + budgetMs;
    const cpuStart = cpuNow ? cpuAtStart() : 0;
    let t0 = performance.now();
    const parsed = await parse(raw, budgetMs);
    if (onStage) {
      const t1 = performance.now();
      onStage('parse', (t1 - t0) * 1000);
      t0 = t1;
    }
    if (!parsed.ok) {
      return reject(leadIdFor(raw, null, null), null, { reason: parsed.reason, detail: parsed.detail });
    }
    const email = parsed.email;
    const businessId = businessIdFor(email);
    const leadId = leadIdFor(raw, email.messageId, businessId);

    const early = classifier.beforeExtraction(email, businessId) ?? overBudget(deadline, cpuStart, 'parse');
    if (early) return reject(leadId, businessId, early);

    const { extracted, source } = await extractWithEmbedded(email);
    const slow = overBudget(deadline, cpuStart, 'extract');
    if (slow) return reject(leadId, businessId, slow);
    if (!extracted) {
      return reject(leadId, businessId, { reason: 'no_matching_rule', detail: 'no source profile matched' });
    }
    const lead = buildLead(businesses, extracted, email, leadId, businessId, ctx);
    const labelled = (o: Extracted['emailOrigin']) => o === 'labels' || o === 'adf' || o === 'json';
    const late = classifier.afterExtraction(source, businessId, {
      specificProfile: extracted.specificProfile,
      labelledContact: labelled(extracted.emailOrigin) || labelled(extracted.phoneOrigin),
      contactFromHeader: extracted.emailOrigin === 'from' || extracted.emailOrigin === 'reply-to',
      hasEmail: lead.contact.email !== null,
      hasPhone: lead.contact.phone !== null,
      hasName: lead.contact.fullName !== null || lead.contact.firstName !== null,
      messageChars: lead.message?.length ?? 0,
      conversationContact:
        extracted.emailOrigin === 'conversation' || extracted.phoneOrigin === 'conversation',
      leadFromFile: extracted.leadFromFile,
      message: lead.message,
      customerEmail: lead.contact.email,
      website: lead.attributes.website ?? null,
    });
    if (onStage) {
      const t1 = performance.now();
      onStage('extract', (t1 - t0) * 1000);
      t0 = t1;
    }
    if (late) return reject(leadId, businessId, late);

    const analytics = anonymise(lead, {
      hmacKey: deps.hmacKey,
      messagePolicy,
      otherNames: extracted.otherNames,
    });
    if (onStage) onStage('anonymise', (performance.now() - t0) * 1000);
    const overdue = overBudget(deadline, cpuStart, 'anonymise');
    if (overdue) return reject(leadId, businessId, overdue);
    return { status: 'lead', lead, analytics };
  }

  return {
    async process(raw, ctx) {
      try {
        return await run(raw, ctx);
      } catch (err) {
        // A bug or an input no limit anticipated: still a result, never a crash past the batch.
        // The detail names the error class only; messages can quote input text.
        const name = err instanceof Error ? err.name : typeof err;
        return reject(safeLeadId(raw), null, { reason: 'malformed', detail: `processing failed (${name})` });
      }
    },
  };
}

function reject(leadId: string, businessId: string | null, rejection: Rejection): ProcessResult {
  return { status: 'rejected', leadId, businessId, rejection };
}

function safeLeadId(raw: Uint8Array): string {
  try {
    return leadIdFor(raw, null, null);
  } catch {
    return '00000000-0000-8000-8000-000000000000';
  }
}

/**
 * Runs the core once on a small notification, so the first real email does not pay for the
 * one-off costs: V8 compiles each of the extractor's patterns on its first use, the Wasm RE2 engine
 * builds its automata, and the JIT warms up. Measured on the 2-core machine under load 9: 0.6–2.1 s
 * for a first email against 0.06–0.25 s for the same email next, so a first email could exceed the
 * 1 s budget and be rejected as a timeout. The outcome is ignored: only the compilation counts.
 * Multipart with labelled text and an HTML table, so the text and HTML readers both run.
 */
export async function warmUp(core: LeadCore): Promise<void> {
  await core.process(WARM_UP_EMAIL, { receivedAt: new Date(0) }).catch(() => undefined);
}

const WARM_UP_EMAIL = Buffer.from(
  [
    'From: Forms <forms@example.com>',
    'To: leads+warmup@example.com',
    'Subject: New lead',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Name: A B',
    'Email: a@example.com',
    'Phone: +1 202 555 0100',
    'Message: Hello, please call me back.',
    '--b',
    'Content-Type: text/html; charset=utf-8',
    '',
    '<table><tr><td>Name</td><td>A B</td></tr><tr><td>Email</td><td>a@example.com</td></tr></table>',
    '--b--',
    '',
  ].join('\r\n'),
);
