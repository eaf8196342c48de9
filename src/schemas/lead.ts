/**
 * TypeScript view of `lead.avsc`. The .avsc file is the contract; this type mirrors it
 * (test/unit/schemas checks that every field here round-trips through the Avro type).
 */
export const LEAD_SOURCES = [
  'web_form',
  'facebook_lead_ads',
  'google_ads',
  'linkedin_lead_gen',
  'adf_xml',
  'other',
  'tiktok_lead_ads',
  'snapchat_lead_ads',
  'microsoft_lead_ads',
  'pinterest_lead_ads',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export interface Contact {
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
}

export interface Extraction {
  ruleId: string;
  confidence: number;
  warnings: string[];
}

export interface Lead {
  leadId: string;
  /** timestamp-millis in Avro; a Date in JS (avsc maps the logical type). */
  receivedAt: Date;
  businessId: string;
  source: LeadSource;
  /** The campaign's name; its platform id is `campaignId`. */
  campaign: string | null;
  adId: string | null;
  contact: Contact;
  message: string | null;
  attributes: Record<string, string>;
  subject: string | null;
  messageId: string | null;
  extraction: Extraction;
  formId: string | null;
  campaignId: string | null;
  /** The ad platform's id of this lead; never taken for `adId`. */
  platformLeadId: string | null;
}
