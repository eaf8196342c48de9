/**
 * Pitches and spam typed into the business's own contact form, and personal mail from people who
 * are not customers (test/fixtures/formspam, hand-written, en/de/fr/es, several form systems):
 * through the core with the shipped rules, none of them is a lead, and customers writing through
 * the same forms about the same topics (a website, SEO) still are.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { createLeadCore, type LeadCore } from '../../src/processors/core.js';
import { pitchTextScore } from '../../src/processors/stages/pitch-text.js';
import { TEST_HMAC_KEY, TEST_RECEIVED_AT } from '../helpers/factories.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/formspam/', import.meta.url));

describe('spam and pitches through contact forms', () => {
  let core: LeadCore;
  const outcome = async (file: string) => {
    const r = await core.process(await readFile(`${FIXTURES}${file}`), { receivedAt: TEST_RECEIVED_AT });
    return r.status === 'lead' ? 'lead' : r.rejection.reason;
  };
  beforeAll(async () => {
    core = createLeadCore(await loadConfig(undefined, {}), { hmacKey: TEST_HMAC_KEY });
  });

  it.each([
    'cf7-seo-page-one-en.eml',
    'cf7-copyright-threat-en.eml',
    'elementor-webdesign-de.eml',
    'wix-referencement-fr.eml',
    'hubspot-posicionamiento-es.eml',
    'html-table-funding-en.eml',
  ])('%s (a pitch in a genuine form notification) is spam', async (file) => {
    expect(await outcome(file)).toBe('spam');
  });

  it.each(['direct-recruiter-de.eml', 'direct-supplier-fr.eml', 'direct-internal-note-es.eml'])(
    '%s (a person who is not a customer) goes to needs_review',
    async (file) => {
      expect(await outcome(file)).toBe('needs_review');
    },
  );

  it.each(['cf7-customer-wants-website-en.eml', 'wix-customer-referencement-fr.eml'])(
    '%s (a customer asking through the same kind of form) stays a lead',
    async (file) => {
      expect(await outcome(file)).toBe('lead');
    },
  );
});

describe('the pitch-text model', () => {
  it('scores a seller offering a website above a customer asking for one, in each language', () => {
    const pairs: [string, string][] = [
      [
        'We can build you a brand new website for only $399, with free hosting. Reply for details.',
        'We need a new website for our shop, how much would that cost?',
      ],
      [
        'Wir erstellen Ihnen eine neue Website zum Festpreis, jetzt unverbindliches Angebot anfordern.',
        'Wir brauchen eine neue Website für unseren Laden, was würde das kosten?',
      ],
      [
        'Notre agence améliore votre référencement naturel, audit gratuit sur simple réponse.',
        'Pourriez-vous refaire notre site et améliorer notre référencement ? Quel serait le prix ?',
      ],
      [
        'Mejoramos su posicionamiento web desde 99 € al mes, ¿le envío una propuesta?',
        'Queremos mejorar el posicionamiento de nuestra tienda, ¿cuánto cuesta?',
      ],
    ];
    for (const [pitch, request] of pairs)
      expect(pitchTextScore(pitch)).toBeGreaterThan(pitchTextScore(request));
  });

  it('is 0 without text and deterministic', () => {
    expect(pitchTextScore(null)).toBe(0);
    expect(pitchTextScore('   ')).toBe(0);
    expect(pitchTextScore('Guest post with a dofollow backlink?')).toBe(
      pitchTextScore('Guest post with a dofollow backlink?'),
    );
  });

  it('reads a word that names an Object property as an unknown word, not as a weight', () => {
    const score = pitchTextScore('Our constructor can start the extension on Monday.');
    expect(Number.isFinite(score)).toBe(true);
    expect(score).toBeCloseTo(pitchTextScore('Our builder can start the extension on Monday.'), 1);
  });
});
