/**
 * The company footer under a person's email (src/processors/stages/mail-footer.ts) and the reply
 * address a writer gives in their own words (extractors/sentence-lead.ts `ownAddressInMessage`).
 */
import { describe, expect, it } from 'vitest';
import { ownAddressInMessage } from '../../../src/processors/stages/extractors/sentence-lead.js';
import { isMailFooterLine, withoutMailFooter } from '../../../src/processors/stages/mail-footer.js';

describe('isMailFooterLine', () => {
  it.each([
    'This e-mail and any attachments are confidential and may be legally privileged.',
    'Brightwell Logistics Ltd is registered in England No. 04567123.',
    'Please consider the environment before printing this e-mail.',
    'Hofmann GmbH | Sitz der Gesellschaft: München | Amtsgericht München HRB 123456',
    'Geschäftsführer: Dr. Peter Hofmann',
    'Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.',
    'Alvéa SAS au capital de 50 000 € – RCS Lyon 812 345 678',
    "Pensez à l'environnement avant d'imprimer ce message.",
    'Grupo Levante S.L. – CIF B12345678 – Inscrita en el Registro Mercantil de Valencia',
    'Antes de imprimir este mensaje, piense en el medio ambiente.',
  ])('%s', (line) => {
    expect(isMailFooterLine(line)).toBe(true);
  });

  it.each([
    'Is this confidential?',
    'Facilities Manager | Operations',
    'Assistenz der Geschäftsführung',
    'Responsable des services généraux',
    'Tel.: +34 963 123 400, anexo 214',
    'We need it cleaned before the registered office moves.',
  ])('%s is the writer’s', (line) => {
    expect(isMailFooterLine(line)).toBe(false);
  });
});

describe('withoutMailFooter', () => {
  it('drops the footer lines the email ends with, and only those', () => {
    const text = [
      'Could you quote for the cleaning?',
      '',
      'Kind regards,',
      'Hannah Okafor',
      '',
      'Registered in England No. 04567123.',
      '',
      'This e-mail and any attachments are confidential and intended solely for the addressee.',
      'Please consider the environment before printing this e-mail.',
    ].join('\n');
    expect(withoutMailFooter(text)).toBe('Could you quote for the cleaning?\n\nKind regards,\nHannah Okafor');
  });

  it('keeps a text that has no footer as it is', () => {
    expect(withoutMailFooter('Hello,\n\nDo you have vans for hire?\n')).toBe(
      'Hello,\n\nDo you have vans for hire?\n',
    );
  });
});

describe('ownAddressInMessage', () => {
  it.each([
    ["I'm writing from work, so please reply to my own address, sam@home.example.", 'sam@home.example'],
    ['Bitte antworten Sie mir an meine private Adresse felix@privat.example.', 'felix@privat.example'],
    ['Merci de me répondre sur mon adresse perso : claire@perso.example', 'claire@perso.example'],
    ['Por favor, escríbanme a mi correo personal lucia@casa.example', 'lucia@casa.example'],
  ])('%s', (text, address) => {
    expect(ownAddressInMessage(text)).toBe(address);
  });

  it.each([
    'I tried writing to your office at info@business.example last week.',
    'Our accounts team (accounts@firm.example) will pay on receipt.',
    'E: h.okafor@brightwell.example',
  ])('%s names no address of the writer’s', (text) => {
    expect(ownAddressInMessage(text)).toBeNull();
  });
});
