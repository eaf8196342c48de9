import { describe, expect, it } from 'vitest';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { ruledSections } from '../../../../src/processors/stages/extractors/ruled-sections.js';

const dict = createLabelDictionary();

describe('abbreviated labels, read from the lexicon’s own words', () => {
  it.each([
    ['Betr.', 'attr:service'],
    ['Vorn.', 'firstName'],
    ['Nachn.', 'lastName'],
    ['Prén.', 'firstName'],
    ['Nomb.', 'name'],
    ['Obs.', 'message'],
    ['Anm.', 'message'],
    ['Komm.', 'message'],
    ['Emp.', 'company'],
    ['Str.', 'attr:address'],
    ['Ctry', 'attr:country'],
    ['Dde', 'message'],
    ['Tfno. móv.', 'phone'],
    ['Teléf.', 'phone'],
    ['Adr. mail', 'email'],
  ])('%s → %s', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });

  it.each([
    // Salutations, capitals and words with vowels are no contractions.
    'Mr',
    'Mme',
    'Sr',
    'TBC',
    'Rennes',
    // A cut no lexicon word starts with, and no contraction keeping the last letter ("portable").
    'Pobl.',
  ])('%s → nothing', (label) => {
    expect(dict.lookup(label)).toBeNull();
  });

  it.each([
    ['REMOTE_ADDR', 'attr:remote_addr'],
    ['SERVER_NAME', 'attr:server_name'],
    ['SCRIPT_NAME', 'attr:script_name'],
    ['SERVER_ADMIN', 'attr:server_admin'],
    ['HTTP_USER_AGENT', 'attr:http_user_agent'],
    ['Adresse IP', 'attr:adresse_ip'],
    ['Navegador', 'attr:navegador'],
  ])('server variable %s → %s, never a contact field', (label, target) => {
    expect(dict.lookup(label)?.target).toBe(target);
  });
});

describe('a message under a ruled heading', () => {
  it('takes the lines up to the end marker as one value, colons and all', () => {
    // Prepare
    const text = [
      '=== Nachricht ===',
      'Kurze Frage: geht das?',
      '',
      'Danke.',
      '=== Ende ===',
      'REMOTE_ADDR: 1.2.3.4',
    ];
    // Act
    const out = ruledSections(text.join('\n'), dict);
    // Assess
    expect(out.split('\n')).toEqual([
      'Nachricht: Kurze Frage: geht das?\u241f\u241fDanke.',
      '\u241e',
      'REMOTE_ADDR: 1.2.3.4',
    ]);
  });

  it('ends at server variables when no end marker is written', () => {
    const out = ruledSections(
      ['*** Mensaje ***', '¿Tienen sitio?', '', 'REMOTE_ADDR: 1.2.3.4'].join('\n'),
      dict,
    );
    expect(out.split('\n')[0]).toBe('Mensaje: ¿Tienen sitio?');
    expect(out).toContain('\nREMOTE_ADDR: 1.2.3.4');
  });

  it.each([
    // A forward's marker, no message title.
    ['----- Original Message -----', 'From: ann@example.com'],
    // Markdown's bold label, no rule.
    ['**Your message:**', '> We have an old oak.'],
    // The customer's emphasis inside their text.
    ['--- the pond must stay! ---', 'Thanks'],
    // A heading over the contact's fields.
    ['=== Your enquiry ===', 'Email: ann@example.com'],
    // A heading of another field.
    ['--- Contact ---', 'Jane Doe'],
  ])('leaves %s as it is', (heading, next) => {
    const text = [heading, next, 'More text'].join('\n');
    expect(ruledSections(text, dict)).toBe(text);
  });
});
