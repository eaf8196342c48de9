/**
 * Relayed and routed leads (test/fixtures/relays5, named shape-language-charset-encoding,
 * en/de/fr/es): a marketplace relaying a buyer's message under "First via Platform" with a masked
 * reply address (the full name is the buyer's sign-off; the text runs over paragraphs and stops
 * before the shared contact details and safety tips), a franchise head office routing a lead to a
 * branch (the enquiry stops before the routing notes, response deadline and head office
 * signature), and a forward from Outlook mobile (the forwarder's "Get Outlook for iOS" signature
 * above the original). `notInMessage` names what must stay out.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { relayedPerson } from '../../../src/processors/stages/relay.js';
import { describeExtractedFixtures } from '../../helpers/extract-fixture.js';

describeExtractedFixtures(
  fileURLToPath(new URL('../../fixtures/relays5/', import.meta.url)),
  'relayed and routed leads',
);

describe('relayedPerson', () => {
  const from = (name: string, address: string) => ({ name, address });
  it('reads the buyer behind a platform that masks the reply address', () => {
    const relay = from('Anna B. über Kiezly', 'nachrichten@kiezly.example');
    expect(relayedPerson(relay, [from('', 'antwort-7f3a9c21d0e4@relay.kiezly.example')])).toBe('Anna B.');
    expect(
      relayedPerson(from('Lucía de Barriox', 'avisos@barriox.example'), [from('', 'r-1@barriox.example')]),
    ).toBe('Lucía');
  });
  it('is no relay for a person named "de …" or a form tool replying to the customer', () => {
    expect(relayedPerson(from('Ana de la Cruz', 'ana.cruz@example.com'), [])).toBeNull();
    const form = from('Jane Doe via Formora', 'notifications@formora.example');
    expect(relayedPerson(form, [from('Jane Doe', 'jane.doe@example.com')])).toBeNull();
  });
});
