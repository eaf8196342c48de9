/**
 * Ad-platform stage: which lead-ad platform a notification came from when no platform profile
 * recognised its sender or wording. Platforms rename their senders, relay through the business's
 * CRM or a mail gateway, and word their notifications per market, so a profile's sender and
 * phrase patterns miss many of them. Two things stay: the notification carries the platform's own
 * identifiers (ad, form, campaign or lead id; a website form has none of these), and it names the
 * platform. Pure: the decision rests on the texts it is given.
 */
import type { LeadSource } from '../../schemas/lead.js';

/** Brand names as the platforms write them in their notifications, in any language. */
const BRANDS: ReadonlyArray<readonly [LeadSource, RegExp]> = [
  ['facebook_lead_ads', /\b(?:facebook|instagram|meta(?:[\s-]+(?:business|ads|lead|platforms)))\b/i],
  // "Meta" alone only as a proper noun: lower-case "meta" is a word (Spanish "goal", "meta data").
  ['facebook_lead_ads', /\bMeta\b/],
  // The lead-form webhook's own `google_key` field names Google in a relayed payload, and an
  // alerting tool's record its platform as `platform=google_ads`.
  ['google_ads', /\bgoogle(?:\b|_(?:key|ads)\b)/i],
  ['linkedin_lead_gen', /\blinked\s?in\b/i],
  ['tiktok_lead_ads', /\btik\s?tok\b/i],
  ['snapchat_lead_ads', /\bsnap(?:chat|\s+ads|\s+inc)\b/i],
  ['microsoft_lead_ads', /\b(?:microsoft|bing)\b/i],
  ['pinterest_lead_ads', /\bpinterest\b/i],
];

/**
 * Meta's lead export (the CSV an advertiser or agency downloads) writes its ids with a type prefix:
 * `l:` the lead, `ag:` the ad, `as:` the ad set, `c:` the campaign, `f:` the form. No other
 * platform writes them so, and the export itself never names the brand ("platform: ig").
 */
const META_EXPORT_ID = /^(?:l|ag|as|c|f):\d{6,}$/;

/** The export's `platform` column codes where Meta showed the ad: Facebook, Instagram, Audience Network, Messenger. */
const META_PLACEMENT_CODE = /^(?:fb|ig|an|msg)$/i;

/**
 * Meta's ads tool, as its interface names it per language. A cover note on an export names the
 * tool it came from rather than the brand. Other platforms' tools carry their brand in the name
 * ("TikTok Ads Manager"), which is matched first.
 */
const META_ADS_TOOL =
  /\b(?:ads manager|werbeanzeigenmanager|gestionnaire de publicit[ée]s|administrador de anuncios|business suite)\b/i;

/** How much of the body is searched: platforms name themselves in the header or footer of a short notification. */
const MAX_BODY_CHARS = 16 * 1024;

export interface PlatformEvidence {
  /** The ids the extractor read (null when the email had none). */
  ids: ReadonlyArray<string | null>;
  /** Sender display names and addresses, then the subject, then the body: earlier texts name the sender best. */
  texts: readonly string[];
  /** The customer's own message, which may mention any platform ("I saw your ad on Facebook"). */
  customerText: string | null;
  /** The record's own `platform` field, when it has one ("ig", "tiktok"). */
  statedPlatform?: string | null;
}

/**
 * For a notification with platform identifiers: the platform its record states, else the one its
 * texts name first, else Meta when the ids have Meta's export format or a text names Meta's ads
 * tool. Null when there are no identifiers or nothing points to a platform.
 */
export function adPlatformOf(evidence: PlatformEvidence): LeadSource | null {
  if (!evidence.ids.some((id) => !!id?.trim())) return null;
  const stated = evidence.statedPlatform?.trim();
  if (stated) {
    if (META_PLACEMENT_CODE.test(stated)) return 'facebook_lead_ads';
    const named = firstBrandIn(stated);
    if (named) return named;
  }
  const texts = evidence.texts.map((raw) =>
    withoutCustomerText(raw.slice(0, MAX_BODY_CHARS), evidence.customerText),
  );
  for (const text of texts) {
    const named = firstBrandIn(text);
    if (named) return named;
  }
  const metaExport =
    evidence.ids.some((id) => !!id && META_EXPORT_ID.test(id.trim())) ||
    texts.some((text) => META_ADS_TOOL.test(text));
  return metaExport ? 'facebook_lead_ads' : null;
}

function firstBrandIn(text: string): LeadSource | null {
  let best: { source: LeadSource; at: number } | null = null;
  for (const [source, brand] of BRANDS) {
    const at = text.search(brand);
    if (at >= 0 && (best === null || at < best.at)) best = { source, at };
  }
  return best?.source ?? null;
}

function withoutCustomerText(text: string, customerText: string | null): string {
  if (!customerText) return text;
  // The message was normalised from the body; remove it line by line, as whitespace may differ.
  let out = text;
  for (const line of customerText.split('\n')) {
    const t = line.trim();
    if (t.length >= 3) out = out.split(t).join(' ');
  }
  return out;
}
