/**
 * The pure lead core: raw email bytes → a Lead plus its analytics record, or a rejection with a
 * reason. Composition only; each stage lives in ./stages. No I/O, no clock (the arrival time comes
 * in the EmailContext), so handlers, the CLI and the benchmark share it unchanged.
 */
import { createHash } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { simpleParser } from 'mailparser';
import type { LeadstreamConfig } from '../config/schema.js';
import type { Lead } from '../schemas/lead.js';
import type { EmailContext, ProcessResult, Rejection } from './result.js';
import { anonymise } from './stages/anonymise.js';
import { classifyAfterExtraction, classifyBeforeExtraction } from './stages/classify.js';
import { createExtractor, type Extracted, phoneRegions } from './stages/extract.js';
import { normaliseMessage, normaliseNames, normalisePhone } from './stages/normalise.js';
import { createParser, type ParsedEmail } from './stages/parse.js';

export interface LeadCoreDeps {
  hmacKey: Uint8Array;
  onStage?: (stage: 'parse' | 'extract' | 'anonymise', micros: number) => void;
}

export interface LeadCore {
  process(raw: Uint8Array, ctx: EmailContext): Promise<ProcessResult>;
}

const TAG = /^[^+@]+\+([a-z0-9][a-z0-9._-]{0,63})@/i;

export function createLeadCore(config: LeadstreamConfig, deps: LeadCoreDeps): LeadCore {
  const parse = createParser(config.limits, simpleParser as never);
  const extractor = createExtractor(config);
  const { businesses } = config;
  const recipientMap = new Map(Object.entries(businesses.recipients).map(([k, v]) => [k.toLowerCase(), v]));
  const messagePolicy = config.analytics.messagePolicy;
  const onStage = deps.onStage;

  /** The envelope recipient decides when the email came through our ingress; else the headers. */
  function businessIdFor(email: ParsedEmail): string {
    const recipients = email.envelopeRecipients.length > 0 ? email.envelopeRecipients : email.recipients;
    for (const r of recipients) {
      const mapped = recipientMap.get(r);
      if (mapped) return mapped;
    }
    for (const r of recipients) {
      const tag = TAG.exec(r)?.[1];
      if (tag) return tag.toLowerCase();
    }
    return businesses.defaultBusinessId;
  }

  /**
   * A notification forwarded as an attachment (message/rfc822): the attached message is the lead,
   * the outer one is the business's note. One level only; the attachment is parsed under the same
   * limits, and a failure falls back to the outer message.
   */
  async function extractWithEmbedded(email: ParsedEmail): Promise<Extracted | null> {
    const business = new Set([...email.envelopeRecipients, ...email.recipients]);
    if (email.embedded) {
      const inner = await parse(email.embedded);
      if (inner.ok) {
        const x = extractor.extract(inner.email, business, email.from?.address ?? null);
        if (x && (x.fields.email || x.fields.phone)) return x;
      }
    }
    return extractor.extract(email, business);
  }

  async function run(raw: Uint8Array, ctx: EmailContext): Promise<ProcessResult> {
    let t0 = performance.now();
    const parsed = await parse(raw);
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

    const early = classifyBeforeExtraction(email);
    if (early) return reject(leadId, businessId, early);

    const extracted = await extractWithEmbedded(email);
    if (!extracted) {
      return reject(leadId, businessId, { reason: 'no_matching_rule', detail: 'no source profile matched' });
    }
    const lead = buildLead(extracted, email, leadId, businessId, ctx);
    const labelled = (o: Extracted['emailOrigin']) => o === 'labels' || o === 'adf' || o === 'json';
    const late = classifyAfterExtraction(email, {
      specificProfile: extracted.specificProfile,
      labelledContact: labelled(extracted.emailOrigin) || labelled(extracted.phoneOrigin),
      hasContact: lead.contact.email !== null || lead.contact.phone !== null,
    });
    if (onStage) {
      const t1 = performance.now();
      onStage('extract', (t1 - t0) * 1000);
      t0 = t1;
    }
    if (late) return reject(leadId, businessId, late);

    const analytics = anonymise(lead, { hmacKey: deps.hmacKey, messagePolicy });
    if (onStage) onStage('anonymise', (performance.now() - t0) * 1000);
    return { status: 'lead', lead, analytics };
  }

  function buildLead(
    x: Extracted,
    email: ParsedEmail,
    leadId: string,
    businessId: string,
    ctx: EmailContext,
  ): Lead {
    const warnings = [...x.warnings];
    const names = normaliseNames(x.fields);
    const region = businesses.regions[businessId] ?? businesses.defaultRegion;
    const phone = normalisePhone(x.fields.phone, phoneRegions(region, x.language, x.fields.email));
    if (phone?.warning) warnings.push(phone.warning);
    const message = normaliseMessage(x.fields.message);
    if (x.forwarded) warnings.push('forwarded');
    if (x.emailOrigin === 'reply-to' || x.emailOrigin === 'from')
      warnings.push(`email_from_${x.emailOrigin}`);
    return {
      leadId,
      receivedAt: ctx.receivedAt,
      businessId,
      source: x.profile.source,
      campaign: clean(x.fields.campaign),
      adId: clean(x.fields.adId),
      contact: { ...names, email: x.fields.email, phone: phone?.value ?? null },
      message,
      attributes: x.attributes,
      subject: email.subject || null,
      messageId: email.messageId,
      extraction: {
        ruleId: x.profile.id,
        confidence: confidence(x, names.fullName !== null, phone?.e164 ?? false, warnings.length),
        warnings,
      },
    };
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

/**
 * Deterministic lead id, so a replayed email (Kinesis re-delivers whole batches) gets the same id
 * and consumers can drop duplicates. With a Message-ID: SHA-256 over "<Message-ID>\n<businessId>"
 * (the same notification sent to two businesses is two leads; a re-sent copy with re-stamped
 * Received headers is still one). Without one (or when the email could not be parsed): SHA-256 over
 * the raw bytes. The first 128 bits are formatted as an RFC 9562 UUIDv8 (custom, hash-based).
 */
export function leadIdFor(raw: Uint8Array, messageId: string | null, businessId: string | null): string {
  const h = createHash('sha256');
  if (messageId && businessId) h.update(`${messageId.trim()}\n${businessId}`, 'utf8');
  else h.update(raw);
  const b = h.digest().subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x80; // version 8
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function safeLeadId(raw: Uint8Array): string {
  try {
    return leadIdFor(raw, null, null);
  } catch {
    return '00000000-0000-8000-8000-000000000000';
  }
}

function clean(v: string | null): string | null {
  const s = v?.trim();
  return s ? s.slice(0, 500) : null;
}

/**
 * 0..1: how sure we are this is a lead with the right contact. A specific profile and form
 * fields count most; header fallbacks and warnings lower it.
 */
function confidence(x: Extracted, hasName: boolean, phoneE164: boolean, warningCount: number): number {
  let c = x.specificProfile ? 0.5 : 0.3;
  if (x.fields.email)
    c += x.emailOrigin === 'labels' || x.emailOrigin === 'adf' || x.emailOrigin === 'json' ? 0.25 : 0.15;
  if (phoneE164) c += 0.1;
  if (hasName) c += 0.1;
  if (x.fields.message) c += 0.05;
  c -= 0.05 * warningCount;
  return Math.round(Math.min(1, Math.max(0.05, c)) * 100) / 100;
}
