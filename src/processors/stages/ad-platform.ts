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
  // "Meta" alone only as a proper noun or an all-caps heading ("META · NEUER LEAD"): lower-case
  // "meta" is a word (Spanish "goal", "meta data").
  ['facebook_lead_ads', /\b(?:Meta|META)\b/],
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
 * The platforms' other products, named by relays and CRMs that pass a lead on ("Synced to
 * Microsoft Dynamics 365 from Facebook Lead Ads", "New row in Google Sheets"), and a person's
 * or page's profile link ("LinkedIn: linkedin.com/in/jane-doe"): none of them is where the ad ran. Google Forms and Microsoft Forms are
 * web forms.
 */
const OTHER_PRODUCT =
  /\b(?:google[\s-]+(?:sheets|drive|docs|forms|maps|calendar|play|workspace|meet|chrome)|microsoft[\s-]+(?:teams|outlook|excel|dynamics|office|365|word|forms|bookings|exchange|azure|power[\s-]+automate|sharepoint)|(?:(?:linkedin|facebook|instagram|tiktok|pinterest)(?:[\s-]+(?:profile|profil|perfil|url))?\s*:\s*)?(?:https?:\/\/)?(?:www\.)?(?:linkedin|facebook|instagram|tiktok|pinterest)\.com\/(?:in\/)?[\w.-]+\/?(?![\w/.-]))/gi;

/**
 * Field keys only one platform writes: its lead webhook's or export's id keys and its click id
 * ("leadgen_id" and "fbclid" are Meta's, "ad_squad_id" Snapchat's, "ttclid" TikTok's,
 * "user_column_data" Google's). A relayed payload or attached file keeps its keys when nothing
 * names the brand. Shared keys ("ad_id", "adgroup_id", which Google and TikTok both write) name
 * no one.
 */
const ID_KEYS: ReadonlyArray<readonly [LeadSource, RegExp]> = [
  ['facebook_lead_ads', /\b(?:leadgen_id|fb_(?:ad|adset|campaign|form|lead)_id|fbclid)\b/i],
  ['snapchat_lead_ads', /\b(?:ad_squad_id|sccid)\b/i],
  ['tiktok_lead_ads', /\bttclid\b/i],
  ['microsoft_lead_ads', /\bmsclkid\b/i],
  ['pinterest_lead_ads', /\b(?:promoted_pin_id|epik)\b/i],
  ['linkedin_lead_gen', /\bli_fat_id\b/i],
  // `user_column_data` is Google's lead-form webhook's own key, in JSON or in the same payload in XML.
  ['google_ads', /\b(?:gclid|gcl_id|gbraid|wbraid|user_column_data)\b/i],
];

/**
 * A form builder numbers its forms from 1 ("Form ID: 12" in a WordPress notification); the ad
 * platforms' form ids are long numbers or UUIDs. A short form id is no platform's.
 */
const MIN_PLATFORM_FORM_ID_CHARS = 6;

/** The form id when it may be an ad platform's, else null (see MIN_PLATFORM_FORM_ID_CHARS). */
export function platformFormId(formId: string | null): string | null {
  const id = formId?.trim() ?? '';
  return id.length >= MIN_PLATFORM_FORM_ID_CHARS ? id : null;
}

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
  /** Attached files (an XML or JSON lead, a CSV export): searched after the texts. */
  files?: readonly string[];
}

/**
 * For a notification with platform identifiers: the platform its record states, else the one its
 * texts (then its files) name first, else the one whose own id keys it writes, else Meta when the
 * ids have Meta's export format or a text names Meta's ads tool. Null when there are no
 * identifiers or nothing points to a platform.
 */
export function adPlatformOf(evidence: PlatformEvidence): LeadSource | null {
  if (!evidence.ids.some((id) => !!id?.trim())) return null;
  const stated = evidence.statedPlatform?.trim();
  if (stated) {
    if (META_PLACEMENT_CODE.test(stated)) return 'facebook_lead_ads';
    const named = firstBrandIn(stated);
    if (named) return named;
  }
  const texts = [...evidence.texts, ...(evidence.files ?? [])].map((raw) =>
    withoutCustomerText(raw.slice(0, MAX_BODY_CHARS), evidence.customerText),
  );
  for (const text of texts) {
    const named = firstBrandIn(text);
    if (named) return named;
  }
  for (const [source, key] of ID_KEYS) if (texts.some((text) => key.test(text))) return source;
  const metaExport =
    evidence.ids.some((id) => !!id && META_EXPORT_ID.test(id.trim())) ||
    texts.some((text) => META_ADS_TOOL.test(text));
  return metaExport ? 'facebook_lead_ads' : null;
}

/** The ad platform a text names first ("Microsoft Advertising", "TikTok Leads"), else null. */
export function firstBrandIn(text: string): LeadSource | null {
  const adText = text.replace(OTHER_PRODUCT, ' ');
  let best: { source: LeadSource; at: number } | null = null;
  for (const [source, brand] of BRANDS) {
    const at = adText.search(brand);
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
