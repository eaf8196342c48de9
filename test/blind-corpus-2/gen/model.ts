/** The shape of truth.jsonl (see README.md). */
export type Lang = 'en' | 'de' | 'fr' | 'es';
export const LANGS: readonly Lang[] = ['en', 'de', 'fr', 'es'];

export interface Expected {
  email: string | null;
  phone: string | null;
  fullName: string | null;
  firstName: string | null;
  lastName: string | null;
  message: string | null;
  source: string;
  campaign: string | null;
  adId: string | null;
  formId: string | null;
  campaignId: string | null;
  platformLeadId: string | null;
  businessId: string;
}

export interface LeadTruth {
  file: string;
  kind: 'lead';
  layout: string;
  language: Lang;
  encoding: string;
  expected: Expected;
  pii: string[];
  otherPii: string[];
}

export interface NonLeadTruth {
  file: string;
  kind: 'non-lead';
  layout: string;
  language: Lang;
  encoding: string;
  expectedReason: string;
}

export type Truth = LeadTruth | NonLeadTruth;
