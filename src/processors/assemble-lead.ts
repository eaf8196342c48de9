/**
 * Lead assembly: what the extract stage found, normalised into the Lead record, with a confidence
 * score. Pure, like the stages it calls.
 */
import type { LeadstreamConfig } from '../config/schema.js';
import type { Lead } from '../schemas/lead.js';
import type { EmailContext } from '../schemas/result.js';
import type { Extracted } from './stages/extract.js';
import { normaliseMessage } from './stages/normalise.js';
import { normaliseNames } from './stages/normalise-names.js';
import { normalisePhone } from './stages/normalise-phone.js';
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
  const { fields } = x;
  const names = normaliseNames(fields, { order: x.nameOrder });
  const phone = normalisePhone(fields.phone, {
    countryField: fields.country,
    // "Lausanne, Suisse" under "City" names the country as an address's last line does.
    addressCountry: x.attributes.address ?? x.attributes.city ?? null,
    labelRegion: fields.phoneLabelRegion,
    businessRegion: businesses.regions[businessId] ?? businesses.defaultRegion,
    formLanguage: x.language,
  });
  if (phone?.warning) warnings.push(phone.warning);
  // contact.phone is E.164 or null: what could not be read stays visible as an attribute.
  const attributes = { ...x.attributes };
  if (phone?.extension) attributes.phone_extension = phone.extension;
  if (phone && !phone.e164) attributes.phone_raw = phone.raw;
  const message = normaliseMessage(fields.message);
  if (x.forwarded) warnings.push('forwarded');
  if (x.emailOrigin === 'reply-to' || x.emailOrigin === 'from') warnings.push(`email_from_${x.emailOrigin}`);
  return {
    leadId,
    receivedAt: ctx.receivedAt,
    businessId,
    source: x.source,
    campaign: clean(fields.campaign),
    adId: clean(fields.adId),
    contact: { ...names, email: fields.email, phone: phone?.e164 ?? null },
    message,
    attributes,
    subject: email.subject || null,
    messageId: email.messageId,
    extraction: {
      ruleId: x.profile.id,
      confidence: confidence(x, names.fullName !== null, !!phone?.e164, warnings.length),
      warnings,
    },
    formId: clean(fields.formId),
    campaignId: clean(fields.campaignId),
    platformLeadId: clean(fields.platformLeadId),
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
