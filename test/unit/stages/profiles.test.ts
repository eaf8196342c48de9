/**
 * Every shipped source profile, end to end through the core, on hand-written fixtures in
 * test/fixtures/unit (plain, HTML-only, multipart, quoted-printable, base64, Latin-1/Windows-1252).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { createLeadCore, type LeadCore } from '../../../src/processors/core.js';
import type { ProcessResult } from '../../../src/schemas/result.js';
import { buildEmail } from '../../helpers/factories.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/unit/', import.meta.url));
const KEY = new Uint8Array(32).fill(9);
let core: LeadCore;

beforeAll(async () => {
  core = createLeadCore(await loadConfig(undefined, {}), { hmacKey: KEY });
});

async function run(name: string): Promise<ProcessResult> {
  return core.process(readFileSync(`${FIXTURES}${name}`), { receivedAt: new Date('2026-03-01T00:00:00Z') });
}

async function leadOf(name: string) {
  const r = await run(name);
  if (r.status !== 'lead')
    throw new Error(`${name}: expected a lead, got ${r.rejection.reason}: ${r.rejection.detail}`);
  return r.lead;
}

describe('source profiles', () => {
  it.each([
    [
      'web-form-en-plain.eml',
      'web_form',
      'web-form',
      'acme-motors',
      {
        fullName: 'Jane Doe',
        firstName: 'Jane',
        lastName: 'Doe',
        email: 'jane.doe@example.com',
        phone: '+12025550143',
      },
    ],
    [
      'web-form-es-html-cp1252.eml',
      'web_form',
      'web-form',
      'reformas-sol',
      {
        fullName: 'José Luis Peña',
        email: 'jl.pena@example.es',
        phone: '+34612345678',
      },
    ],
    [
      'facebook-lead-ads-html.eml',
      'facebook_lead_ads',
      'facebook-lead-ads',
      'acme-motors',
      {
        fullName: "Renée O'Connor",
        email: 'renee.oconnor@example.org',
        phone: '+14155550199',
      },
    ],
    [
      'facebook-with-list-unsubscribe.eml',
      'facebook_lead_ads',
      'facebook-lead-ads',
      'acme-motors',
      {
        fullName: 'Mia Wong',
        email: 'mia.wong@example.com',
        phone: '+16465550172',
      },
    ],
    [
      'google-ads-lead-form.eml',
      'google_ads',
      'google-ads-lead-form',
      'bauer-gmbh',
      {
        fullName: 'Jürgen Müller',
        firstName: 'Jürgen',
        lastName: 'Müller',
        email: 'juergen.mueller@example.de',
        phone: '+49891234567',
      },
    ],
    [
      'linkedin-lead-gen.eml',
      'linkedin_lead_gen',
      'linkedin-lead-gen',
      'dupont-conseil',
      {
        fullName: 'Élodie Lefèvre',
        email: 'elodie.lefevre@example.fr',
        phone: '+33612345678',
      },
    ],
    [
      'adf-body.eml',
      'adf_xml',
      'adf-xml',
      'bellevue-acura',
      {
        fullName: 'Carlos Ramírez',
        email: 'carlos.ramirez@example.com',
        phone: '+12065550123',
      },
    ],
    [
      'adf-attachment.eml',
      'adf_xml',
      'adf-xml',
      'fetch-auto',
      { fullName: 'Test User', email: 'test@fetchauto.ca', phone: '+17785554474' },
    ],
    [
      'json-body.eml',
      'web_form',
      'web-form',
      'acme-motors',
      { fullName: 'Priya Patel', email: 'priya.patel@example.com', phone: '+442079460958' },
    ],
    [
      'direct-enquiry.eml',
      'other',
      'other',
      'acme-motors',
      { fullName: "Liam O'Brien", email: 'liam.obrien@example.ie', phone: null },
    ],
  ])('%s → %s', async (file, source, ruleId, businessId, contact) => {
    // Act
    const lead = await leadOf(file);
    // Assess
    expect(lead.source).toBe(source);
    expect(lead.extraction.ruleId).toBe(ruleId);
    expect(lead.businessId).toBe(businessId);
    expect(lead.contact).toMatchObject(contact);
    expect(lead.extraction.confidence).toBeGreaterThan(0);
    expect(lead.extraction.confidence).toBeLessThanOrEqual(1);
  });

  it("keeps the message with its line breaks, ending before the customer's sign-off and name", async () => {
    // "Thanks!" above the name is a courtesy sentence of the customer's, not a sign-off formula.
    expect((await leadOf('web-form-en-plain.eml')).message).toBe(
      'Hello,\nI would like a quote for a new roof.\n\nThanks!',
    );
    expect((await leadOf('web-form-es-html-cp1252.eml')).message).toBe(
      'Hola, quisiera información sobre sus servicios de reforma.\nGracias.',
    );
    expect((await leadOf('adf-body.eml')).message).toBe('Is this car still available? I can come Saturday.');
  });

  it('reads campaign, ad id and attributes', async () => {
    const fb = await leadOf('facebook-lead-ads-html.eml');
    expect(fb).toMatchObject({ campaign: 'Spring Sale 2026', adId: '23851234567890123' });
    expect(fb.attributes.form_name).toBe('Test drive request');
    expect((await leadOf('google-ads-lead-form.eml')).campaign).toBe('Winteraktion München');
    expect((await leadOf('linkedin-lead-gen.eml')).attributes).toMatchObject({
      company: 'Lefèvre & Fils',
      job_title: 'Directrice commerciale',
    });
    expect((await leadOf('adf-body.eml')).attributes).toMatchObject({
      vehicle_make: 'Honda',
      vehicle_model: 'Civic',
      vendor: 'Acura of Bellevue',
    });
  });

  it('never takes the ADF vendor/provider or the forwarder for the customer', async () => {
    const adf = await leadOf('adf-body.eml');
    expect(JSON.stringify(adf.contact)).not.toMatch(/acurabellevue|autotrader|425|888/);
    const de = await leadOf('forwarded-gmail-de.eml');
    expect(de.contact).toMatchObject({
      fullName: 'Anna Schmidt',
      email: 'anna.schmidt@example.de',
      phone: '+4915123456789',
    });
    expect(de.message).toBe('Guten Tag,\nich interessiere mich für einen Einbauschrank.');
    expect(de.extraction.warnings).toContain('forwarded');
    const fr = await leadOf('forwarded-outlook-fr.eml');
    expect(fr.contact).toMatchObject({
      fullName: 'François Girard',
      email: 'francois.girard@example.fr',
      phone: '+33698765432',
    });
    expect(JSON.stringify(fr)).not.toContain('paul@plomberie-martin');
  });

  it('takes a notification forwarded as a message/rfc822 attachment, not the forwarder note', async () => {
    const lead = await leadOf('forwarded-as-attachment.eml');
    expect(lead.contact).toMatchObject({
      fullName: 'Grace Kim',
      email: 'grace.kim@example.co.uk',
      phone: '+447700900123',
    });
    expect(lead.message).toBe('Can you send a quote for 40 seats?');
    expect(lead.businessId).toBe('northpeak');
    expect(JSON.stringify([lead.contact, lead.message, lead.attributes])).not.toMatch(
      /northpeak\.example|0161/,
    );
  });

  it('reads listing-portal enquiries as source other and cuts the portal footer', async () => {
    const lead = await leadOf('listing-portal-es.eml');
    expect(lead).toMatchObject({ source: 'other', extraction: { ruleId: 'listing-portal' } });
    expect(lead.contact).toMatchObject({ fullName: 'Paula Domínguez', email: 'paula.dominguez@example.es' });
    expect(lead.message).toBe('Buenos días,\n\n¿Sigue disponible el piso?');
  });

  it('reads question-style labels, a phone under an unknown label and an unlabelled answer', async () => {
    const lead = await leadOf('questions-fr.eml');
    expect(lead.contact).toMatchObject({ fullName: 'Océane Martin', phone: '+33612345678' });
    expect(lead.message).toBe('Bonsoir,\nSerait-il possible de visiter cette semaine ?\nMerci d’avance.');
    expect(lead.extraction.warnings).toContain('phone_region_inferred');
  });

  it.each([
    ['auto-reply-precedence.eml', 'auto_reply'],
    ['auto-reply.eml', 'auto_reply'],
    ['delivery-report.eml', 'delivery_report'],
    ['newsletter.eml', 'bulk'],
    ['invoice.eml', 'transactional'],
    ['no-contact.eml', 'no_contact'],
  ])('rejects %s as %s, with the lead id and business', async (file, reason) => {
    const r = await run(file);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.rejection.reason).toBe(reason);
    expect(r.leadId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.businessId).toMatch(/^(acme-motors|garage-dupont)$/);
  });
});

describe('layouts without colon labels', () => {
  it('reads a fixed-width web-to-lead notification with dot leaders (Latin-1)', async () => {
    const lead = await leadOf('web-to-lead-dot-leaders-es.eml');
    expect(lead.contact).toMatchObject({
      fullName: 'Iñaki Etxeberria',
      email: 'inaki.etx@example.es',
      phone: '+34612345678',
    });
    expect(lead.message).toBe('¿Tienen disponibilidad para prueba el sábado?');
  });

  it('reads an unlabelled contact block (name, email, phone lines) from a portal notification', async () => {
    const lead = await leadOf('portal-contact-block.eml');
    expect(lead.contact).toMatchObject({
      fullName: 'Sarah Nguyen',
      email: 'sarah.nguyen@example.com',
      phone: '+15035550134',
    });
  });
});

describe('campaign and ad id patterns', () => {
  it('leave the campaign empty when its label has no value, instead of taking the next field (PII)', async () => {
    // Prepare: found by the property test on a mutated Facebook notification.
    const raw = buildEmail({
      from: 'Facebook <notification@facebookmail.com>',
      subject: 'New lead from your Facebook lead ad',
      text: 'Campaign name:\nEmail: emily.k@example.com\nPhone: +1 415 555 0123\nFull name: Emily K',
    });
    // Act
    const r = await core.process(raw, { receivedAt: new Date('2026-03-01T00:00:00Z') });
    // Assess
    expect(r.status).toBe('lead');
    if (r.status !== 'lead') return;
    expect(r.lead.contact.email).toBe('emily.k@example.com');
    expect(r.lead.campaign).toBeNull();
    expect(JSON.stringify(r.analytics)).not.toContain('emily.k@example.com');
  });

  it('take a campaign written on the line below its label', async () => {
    const raw = buildEmail({
      from: 'Facebook <notification@facebookmail.com>',
      subject: 'New lead from your Facebook lead ad',
      text: 'Campaign name\nSpring Test Drive 2026\n\nEmail: emily.k@example.com\nFull name: Emily K',
    });
    const r = await core.process(raw, { receivedAt: new Date('2026-03-01T00:00:00Z') });
    expect(r.status === 'lead' && r.lead.campaign).toBe('Spring Test Drive 2026');
  });
});
