/**
 * Triage end to end (issue 9): the core with the shipped rules on hand-written non-lead fixtures
 * (test/fixtures/triage, en/de/fr/es) and on the labelled SpamAssassin sets.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { type LabelledEmail, loadLabelledSets } from '../../bench/train/labelled.js';
import { loadConfig, parseConfig } from '../../src/config/load.js';
import type { LeadstreamConfig } from '../../src/config/schema.js';
import { createLeadCore, type LeadCore } from '../../src/processors/core.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../helpers/factories.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/triage/', import.meta.url));

async function outcome(core: LeadCore, raw: Uint8Array): Promise<string> {
  const r = await core.process(raw, { receivedAt: TEST_RECEIVED_AT });
  return r.status === 'lead' ? 'lead' : r.rejection.reason;
}

describe('triage fixtures through the core with the shipped rules', () => {
  let rules: LeadstreamConfig;
  let core: LeadCore;
  beforeAll(async () => {
    rules = await loadConfig(undefined, {});
    core = createLeadCore(rules, { hmacKey: TEST_HMAC_KEY });
  });

  it.each([
    ['calendar-invitation-en.eml', 'calendar'],
    ['calendar-accepted-de.eml', 'calendar'],
    ['calendar-invitation-fr.eml', 'calendar'],
    ['calendar-declined-es.eml', 'calendar'],
    ['account-password-reset-en.eml', 'account_notice'],
    ['account-signin-alert-de.eml', 'account_notice'],
    ['account-verification-fr.eml', 'account_notice'],
    ['account-quota-es.eml', 'account_notice'],
    ['customer-service-order-en.eml', 'customer_service'],
    ['customer-service-booking-de.eml', 'customer_service'],
    ['customer-service-ticket-fr.eml', 'customer_service'],
    ['customer-service-order-es.eml', 'customer_service'],
    ['customer-service-confirmation-en.eml', 'customer_service'],
    ['customer-service-confirmation-de.eml', 'customer_service'],
    // A form with a field for the booking number and another for the change: the message is only thanks.
    ['customer-service-change-field-en.eml', 'customer_service'],
    ['customer-service-change-field-de.eml', 'customer_service'],
    ['customer-service-change-field-fr.eml', 'customer_service'],
    ['customer-service-change-field-es.eml', 'customer_service'],
    // A fault in what the business installed, or a warranty claim: a client's complaint.
    ['customer-service-fault-en.eml', 'customer_service'],
    ['customer-service-fault-de.eml', 'customer_service'],
    ['customer-service-fault-fr.eml', 'customer_service'],
    ['customer-service-fault-es.eml', 'customer_service'],
    // An existing client moving or cancelling their appointment, with or without a booking number.
    ['customer-service-reschedule-en.eml', 'customer_service'],
    ['customer-service-reschedule-de.eml', 'customer_service'],
    ['customer-service-cancel-fr.eml', 'customer_service'],
    ['customer-service-reschedule-es.eml', 'customer_service'],
    // "I have an appointment with you on 14 March … I need to move it": theirs, stated, then moved.
    ['customer-service-have-appointment-en.eml', 'customer_service'],
    ['customer-service-have-appointment-de.eml', 'customer_service'],
    ['customer-service-have-appointment-fr.eml', 'customer_service'],
    ['customer-service-have-appointment-es.eml', 'customer_service'],
    // An existing client writing about their booking, appointment, order, job or invoice: moving,
    // cancelling, not coming, running late, changing the party, confirming, asking what to bring,
    // how the job stands or about the bill; by plain email, a contact form's message or a booking
    // widget's message (bookings8; the new customers they must not catch are in stages/bookings8).
    ['customer-service-push-back-en-utf8-qp.eml', 'customer_service'],
    ['customer-service-wont-make-it-en-windows1252-8bit.eml', 'customer_service'],
    ['customer-service-running-late-en-utf8-base64.eml', 'customer_service'],
    ['customer-service-guests-en-latin1-qp.eml', 'customer_service'],
    ['customer-service-job-status-en-utf8-7bit.eml', 'customer_service'],
    ['customer-service-invoice-en-utf8-qp.eml', 'customer_service'],
    ['customer-service-confirm-en-utf8-8bit.eml', 'customer_service'],
    ['customer-service-absagen-de-latin1-8bit.eml', 'customer_service'],
    ['customer-service-kann-nicht-de-utf8-qp.eml', 'customer_service'],
    ['customer-service-stornieren-de-windows1252-base64.eml', 'customer_service'],
    ['customer-service-personen-de-utf8-8bit.eml', 'customer_service'],
    ['customer-service-decaler-fr-utf8-base64.eml', 'customer_service'],
    ['customer-service-ne-pourrai-pas-fr-windows1252-qp.eml', 'customer_service'],
    ['customer-service-annuler-fr-latin1-8bit.eml', 'customer_service'],
    ['customer-service-facture-fr-utf8-qp.eml', 'customer_service'],
    ['customer-service-aplazar-es-utf8-8bit.eml', 'customer_service'],
    ['customer-service-no-podre-es-windows1252-base64.eml', 'customer_service'],
    ['customer-service-reserva-que-hice-es-latin1-qp.eml', 'customer_service'],
    ['customer-service-llevar-es-utf8-qp.eml', 'customer_service'],
    // A booking tool's notice that a client moved or cancelled their booking (a new booking's notice
    // with a client's "please confirm my booking" stays a lead: stages/bookings8).
    ['customer-service-widget-rescheduled-en-utf8-7bit.eml', 'customer_service'],
    ['customer-service-widget-cancelled-de-latin1-qp.eml', 'customer_service'],
    ['customer-service-widget-cancelled-fr-windows1252-8bit.eml', 'customer_service'],
    ['customer-service-widget-moved-es-utf8-base64.eml', 'customer_service'],
    // A reply below the business's newsletter that only asks to leave its list, signed with a number.
    ['reply-unsubscribe-bottom-en.eml', 'customer_service'],
    ['reply-unsubscribe-bottom-de.eml', 'customer_service'],
    ['reply-unsubscribe-bottom-fr.eml', 'customer_service'],
    ['reply-unsubscribe-bottom-es.eml', 'customer_service'],
    ['spam-ses-verdict-en.eml', 'spam'],
    ['spam-x-spam-flag-de.eml', 'spam'],
    ['spam-cold-phone-fr.eml', 'spam'],
    ['needs-review-form-with-spam-flag.eml', 'needs_review'],
    ['lead-from-portal-sender-rule.eml', 'bulk'],
    // Leads whose form no profile knows: the form-like structure or the forward vouches for them.
    ['lead-questions-de.eml', 'lead'],
    ['lead-csv-attachment-fr.eml', 'lead'],
    ['lead-span-grid-es.eml', 'lead'],
    ['lead-colleague-forward-en.eml', 'lead'],
  ])('%s → %s', async (file, want) => {
    expect(await outcome(core, await readFile(`${FIXTURES}${file}`))).toBe(want);
  });

  // A polite cold pitch with the sender's own phone: the model decides between spam and review.
  it.each(['spam-cold-pitch-en.eml', 'spam-cold-pitch-de.eml', 'spam-cold-pitch-es.eml'])(
    '%s (a cold sales pitch carrying a phone) is spam or needs_review, never a lead',
    async (file) => {
      expect(['spam', 'needs_review']).toContain(await outcome(core, await readFile(`${FIXTURES}${file}`)));
    },
  );

  // Someone applying for a job (by email with a CV, or through the contact form) and a recruiter
  // offering candidates write like customers, with a name and a phone: never a lead.
  it.each([
    'job-application-en.eml',
    'job-application-de.eml',
    'job-application-fr.eml',
    'job-application-es.eml',
    'job-application-form-en.eml',
    'recruiter-pitch-en.eml',
    'recruiter-pitch-de.eml',
    'recruiter-pitch-fr.eml',
    'recruiter-pitch-es.eml',
    'apprenticeship-en-utf8-qp.eml',
    'apprenticeship-de-latin1-8bit.eml',
    'apprenticeship-fr-windows1252-qp.eml',
    'apprenticeship-es-utf8-b64.eml',
    'internship-en-utf8-7bit.eml',
    'internship-de-latin1-b64.eml',
    'internship-fr-windows1252-8bit.eml',
    'internship-es-utf8-qp.eml',
  ])('%s (a job application or recruiter) goes to needs_review', async (file) => {
    const r = await core.process(await readFile(`${FIXTURES}${file}`), { receivedAt: TEST_RECEIVED_AT });
    expect(r.status).toBe('rejected');
    if (r.status === 'rejected') {
      expect(r.rejection.reason).toBe('needs_review');
      expect(r.rejection.detail).toMatch(/job application or recruiting/);
    }
  });

  // School and learning words alone are a parent's context, not an application for a training place.
  it('keeps a request that mentions a child at school and learning as a lead', async () => {
    const raw = await readFile(`${FIXTURES}lead-school-mention-fr-utf8-8bit.eml`);
    const r = await core.process(raw, { receivedAt: TEST_RECEIVED_AT });
    expect(r.status).toBe('lead');
  });

  // A student asking for the business's service is a customer: studies alone are no application.
  it('keeps a student asking for a quote as a lead', async () => {
    const raw = await readFile(`${FIXTURES}lead-student-es-utf8-8bit.eml`);
    const r = await core.process(raw, { receivedAt: TEST_RECEIVED_AT });
    expect(r.status).toBe('lead');
  });

  it('makes a portal on the business alwaysLead list a lead, and neverLead rejects a sender', async () => {
    const raw = await readFile(`${FIXTURES}lead-from-portal-sender-rule.eml`);
    const withRules = (businesses: Record<string, unknown>) =>
      createLeadCore(
        { ...rules, triage: parseConfig({ version: 1, triage: { businesses } }).triage },
        {
          hmacKey: TEST_HMAC_KEY,
        },
      );
    const always = withRules({ 'acme-motors': { alwaysLead: ['carportal.example'] } });
    const result = await always.process(raw, { receivedAt: TEST_RECEIVED_AT });
    expect(result.status).toBe('lead');
    if (result.status === 'lead') expect(result.lead.contact.email).toBe('grace.holloway@mailbox.example');
    expect(await outcome(withRules({ 'other-business': { alwaysLead: ['carportal.example'] } }), raw)).toBe(
      'bulk',
    );
    expect(await outcome(withRules({ '*': { neverLead: ['leads@carportal.example'] } }), raw)).toBe(
      'sender_rule',
    );
  });
});

/** Issue 9's bound: at most 3% of these non-leads become leads; the held-out half is reported separately. */
const MAX_LEAD_SHARE = 0.03;

describe('the labelled SpamAssassin sets (384 non-leads)', () => {
  let outcomes: { email: LabelledEmail; outcome: string }[] = [];
  beforeAll(async () => {
    const core = createLeadCore(await loadConfig(undefined, {}), { hmacKey: TEST_HMAC_KEY });
    const sets = await loadLabelledSets();
    outcomes = [];
    for (const email of sets) outcomes.push({ email, outcome: await outcome(core, email.raw) });
  }, 120_000);

  it('holds all 384 messages, split by content hash into a training and a held-out half', () => {
    expect(outcomes).toHaveLength(384);
    const held = outcomes.filter((o) => o.email.heldOut).length;
    expect(held).toBeGreaterThan(150);
    expect(held).toBeLessThan(234);
  });

  it.each([
    ['all sets', (_o: LabelledEmail) => true],
    ['the held-out half (never trained on)', (o: LabelledEmail) => o.heldOut],
  ])('lets at most 3%% of %s become leads', (_name, pick) => {
    const rows = outcomes.filter((o) => pick(o.email));
    const leads = rows.filter((o) => o.outcome === 'lead').map((o) => o.email.file);
    expect(leads.length / rows.length, `leads: ${leads.join(', ')}`).toBeLessThanOrEqual(MAX_LEAD_SHARE);
  });
});
