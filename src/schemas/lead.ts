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
  campaign: string | null;
  adId: string | null;
  contact: Contact;
  message: string | null;
  attributes: Record<string, string>;
  subject: string | null;
  messageId: string | null;
  extraction: Extraction;
}
