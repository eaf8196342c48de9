/**
 * Platform-id stage: an ad's and a campaign's id checked against the shape its platform gives
 * them, once the platform is known. Google, Microsoft, Meta, LinkedIn, TikTok and Pinterest number
 * their ads and campaigns; only Snapchat writes UUIDs. A relay or CRM prints other ids beside them
 * (its own record's GUID, the click id, the lead's id), and a label read loosely ("Lead ID" taken
 * for an ad's) would hand one of those to the ad. By the value's shape the platform's own ad id
 * is told from them, and a bare "Ad"/"Creative" row with a number, which on a listing portal
 * would be a listing's title, is the ad's id under a platform that numbers its ads. Pure.
 */
import type { LeadSource } from '../../schemas/lead.js';

/** The platforms whose ad and campaign ids are numbers; Snapchat's are UUIDs. */
const NUMBERED_ID_PLATFORMS: ReadonlySet<LeadSource> = new Set([
  'google_ads',
  'microsoft_lead_ads',
  'facebook_lead_ads',
  'linkedin_lead_gen',
  'tiktok_lead_ads',
  'pinterest_lead_ads',
]);

/**
 * A platform's number, perhaps with an export's type prefix (Meta's "ag:2385…", "c:2385…") or as
 * LinkedIn's URN ("urn:li:sponsoredCreative:4471…").
 */
const NUMBERED_ID = /^(?:[a-z]{1,3}:|urn:li:[A-Za-z]{1,40}:)?\d{5,25}$/;
/** A number long enough to be an ad's id (a listing's "Ad: 2024" or a price is none). */
const AD_NUMBER = /^\d{6,25}$/;

/** Attribute keys of a row naming the ad itself, without "id": "Ad", "Creative", "Anzeige", "Annonce", "Anuncio". */
const AD_ROW_KEYS = [
  'ad',
  'creative',
  'anzeige',
  'werbeanzeige',
  'annonce',
  'publicite',
  'anuncio',
  'creativo',
];

interface PlatformIds {
  adId: string | null;
  campaignId: string | null;
}

/**
 * The ad and campaign ids the platform would have written: a value of another shape is another
 * id's and is dropped; a missing ad id is taken from a row naming the ad whose value is a number.
 */
export function platformIdsByShape(
  source: LeadSource,
  ids: PlatformIds,
  attributes: Readonly<Record<string, string>>,
): PlatformIds {
  if (!NUMBERED_ID_PLATFORMS.has(source)) return ids;
  const adId = fitting(ids.adId) ?? adRowNumber(attributes);
  return { adId, campaignId: fitting(ids.campaignId) };
}

const fitting = (id: string | null) => (id && NUMBERED_ID.test(id) ? id : null);

function adRowNumber(attributes: Readonly<Record<string, string>>): string | null {
  for (const key of AD_ROW_KEYS) {
    const value = attributes[key]?.trim();
    if (value && AD_NUMBER.test(value)) return value;
  }
  return null;
}
