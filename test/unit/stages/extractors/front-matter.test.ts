import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../../src/processors/stages/extractors/front-matter.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { readFields } from '../../../../src/processors/stages/read-fields.js';

const dict = createLabelDictionary();

describe('readFrontMatter', () => {
  it('reads the fields between the rules and the document after them', () => {
    // Prepare
    const text =
      '---\nvorname: Jörg\ne_mail: j@example.de\n---\n\nGuten Tag, ein Teich bitte.\n\n---\nGesendet via Formbridge\n';
    // Act
    const front = readFrontMatter(text, dict);
    // Assess
    expect(front?.pairs.map((p) => [p.hit?.target, p.value])).toEqual([
      ['firstName', 'Jörg'],
      ['email', 'j@example.de'],
    ]);
    expect(front?.prose).toBe('Guten Tag, ein Teich bitte.');
  });

  it('is null without a closing rule or when the block is not YAML', () => {
    expect(readFrontMatter('---\nname: Ann\n\nHello', dict)).toBeNull();
    expect(readFrontMatter('---\n- a\n- b\n---\nHello', dict)).toBeNull();
    expect(readFrontMatter('Name: Ann\n---\n', dict)).toBeNull();
    // A whole body that is one YAML document (a site's dump) is no front matter: nothing follows it.
    expect(readFrontMatter('---\nkontakt:\n  vorname: Ann\nnachricht: |\n  Hallo\n...\n', dict)).toBeNull();
    expect(readFrontMatter('---\nname: Ann\n---\n\n', dict)).toBeNull();
  });
});

describe('readFields with front matter', () => {
  it('reads the document as the message when no field holds one', () => {
    const { pairs } = readFields('---\nnombre: Inés\nemail: ines@example.es\n---\n\n¿Podan olivos?\n', dict);
    expect(pairs.map((p) => [p.hit?.target, p.value])).toEqual([
      ['name', 'Inés'],
      ['email', 'ines@example.es'],
      ['message', '¿Podan olivos?'],
    ]);
  });

  it('keeps a message field and leaves a footer document out of it', () => {
    const { pairs } = readFields('---\nname: Ann\nmessage: A hedge.\n---\n\n_Sent via Formbridge._\n', dict);
    expect(pairs.filter((p) => p.hit?.target === 'message').map((p) => p.value)).toEqual(['A hedge.']);
  });

  it('reads the fields of a document that has its own', () => {
    const { pairs } = readFields('---\nform: Contact\n---\n\n- **Email:** ann@example.com\n', dict);
    expect(pairs.map((p) => p.label)).toEqual(['form', 'Email']);
  });
});
