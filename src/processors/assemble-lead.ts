/**
 * Lead assembly: what the extract stage found, normalised into the Lead record, with a confidence
 * score. Pure, like the stages it calls.
 */
import type { LeadstreamConfig } from '../config/schema.js';
import type { Lead } from '../schemas/lead.js';
import type { EmailContext } from '../schemas/result.js';
import { type Extracted, phoneRegions } from './stages/extract.js';
import { normaliseMessage, normaliseNames, normalisePhone } from './stages/normalise.js';
import type { ParsedEmail } from './stages/parse.js';

export function buildLead(
  businesses: LeadstreamConfig['businesses'],
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
  if (x.emailOrigin === 'reply-to' || x.emailOrigin === 'from') warnings.push(`email_from_${x.emailOrigin}`);
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
