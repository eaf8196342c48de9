/**
 * The seventh round's plain-text readers on their own: fields side by side on one line, bracketed
 * labels, logfmt records. Negative cases first-class: what each must leave as written.
 */
import { describe, expect, it } from 'vitest';
import { bracketLabels } from '../../../../src/processors/stages/extractors/bracket-labels.js';
import { splitColumnPairs } from '../../../../src/processors/stages/extractors/column-pairs.js';
import { renderHtml } from '../../../../src/processors/stages/extractors/html.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { logfmtAt } from '../../../../src/processors/stages/extractors/logfmt.js';

const dict = createLabelDictionary();

describe('fields side by side on one line', () => {
  it('splits where a known label opens a column, keeping a time or a URL whole', () => {
    expect(splitColumnPairs('Vorname: Jonas     Nachname: Brandt', dict)).toBe(
      'Vorname: Jonas\nNachname: Brandt',
    );
    expect(splitColumnPairs('Campaign: Spring offer    Submitted at: 10:30', dict)).toBe(
      'Campaign: Spring offer\nSubmitted at: 10:30',
    );
    expect(splitColumnPairs('Page : https://x.example/a     Campagne : Printemps', dict)).toBe(
      'Page: https://x.example/a\nCampagne: Printemps',
    );
  });

  it('reads labels padded to their separator', () => {
    expect(splitColumnPairs('Name      : Anna Weber        Telefon   : 0171 1234567', dict)).toBe(
      'Name: Anna Weber\nTelefon: 0171 1234567',
    );
  });

  it('reads alternating label and value cells without separators', () => {
    expect(splitColumnPairs('Prénom\tMATHILDE\tNom\tGIRARD', dict)).toBe('Prénom: MATHILDE\nNom: GIRARD');
  });

  it('leaves one field with wide spaces, a header row and prose as written', () => {
    for (const line of [
      'Message: Hello.  We would like a quote.',
      'Name\tEmail\tPhone\tMessage',
      'We met at 10:30    and talked it over.',
      'Message: We arrive at 10:30.   Note: the gate code is 1234',
    ])
      expect(splitColumnPairs(line, dict)).toBe(line);
  });
});

describe('bracketed labels', () => {
  it('reads known labels in square, lenticular and angle brackets', () => {
    expect(bracketLabels('[Téléphone] 06 12 34 56 78\n【E-Mail】 a@b.example\n<Mensaje> Hola', dict)).toBe(
      'Téléphone: 06 12 34 56 78\nE-Mail: a@b.example\nMensaje: Hola',
    );
  });

  it('leaves INI sections, print_r keys, unknown tags and addresses alone', () => {
    const text = '[contact]\n[first_name] => Olivia\n[INFO] Service started\n<ann@x.example> wrote';
    expect(bracketLabels(text, dict)).toBe(text);
  });
});

describe('logfmt records', () => {
  it('reads quoted and bare values over several lines, keys as words', () => {
    const lines = [
      'lead_id=l_1 campaignName="Spring offer"',
      'email=a@b.example message="Call me, please."',
      'Bye',
    ];
    expect(logfmtAt(lines, 0)).toEqual({
      pairs: [
        ['lead id', 'l_1'],
        ['campaign name', 'Spring offer'],
        ['email', 'a@b.example'],
        ['message', 'Call me, please.'],
      ],
      end: 2,
    });
  });

  it('reads a log line whose pairs follow a timestamp, a level and an event name', () => {
    const line = '2026-03-10T09:12:44Z INFO lead.created lead_id=7 email=a@b.example message="Call me"';
    expect(logfmtAt([line], 0)?.pairs).toEqual([
      ['lead id', '7'],
      ['email', 'a@b.example'],
      ['message', 'Call me'],
    ]);
  });

  it("reads logfmt's own msg key as the log line's text, not the customer's message", () => {
    const line = 'level=info msg="lead received" email=a@b.example comment="Call me"';
    expect(logfmtAt([line], 0)?.pairs).toEqual([
      ['level', 'info'],
      ['log msg', 'lead received'],
      ['email', 'a@b.example'],
      ['comment', 'Call me'],
    ]);
  });

  it('leaves one pair a line, separator-joined pairs and prose with an equals sign to the other readers', () => {
    expect(logfmtAt(['name=Ann', 'email=a@b.example', 'phone=0171'], 0)).toBeNull();
    expect(logfmtAt(['first_name=Olivia; email=a@b.example; tel=0171'], 0)).toBeNull();
    expect(logfmtAt(['The total is x=4 and y=5 today'], 0)).toBeNull();
  });
});

describe('read-only copies of a submitted form (HTML)', () => {
  const render = (html: string) =>
    renderHtml(
      html,
      (t) => dict.isKnownLabel(t),
      (t) => dict.lookup(t) !== null,
    );

  it('shows each control’s value after its label: enclosing, before it in the cell, or its own element', () => {
    const text = render(
      '<label>Nombre <input type="text" value="Andrés Molina" readonly></label><br>' +
        '<table><tr><td>Telefon <input type="tel" value="0171 1234567"></td></tr></table>' +
        '<label for="s">Objet</label><select id="s"><option>Devis</option><option selected>Rendez-vous</option></select>',
    );
    expect(text).toContain('Nombre: Andrés Molina');
    expect(text).toContain('Telefon: 0171 1234567');
    expect(text).toContain('Rendez-vous');
    expect(text).not.toContain('Devis');
  });

  it('shows an empty control as empty and hidden fields, buttons and search boxes not at all', () => {
    const text = render(
      '<p>Email <input type="email" value=""></p><input type="hidden" value="tok_123">' +
        '<p>Search <input type="search" value=""></p><input type="submit" value="Send">',
    );
    expect(text).toContain('Email: -');
    expect(text).not.toMatch(/tok_123|Send|Search:/);
  });

  it('shows a checkbox’s state before its label text', () => {
    const text = render(
      '<label><input type="checkbox" checked disabled> I agree to be contacted</label><br>' +
        '<label><input type="checkbox"> Newsletter</label>',
    );
    expect(text).toMatch(/☑ +I agree to be contacted/);
    expect(text).toMatch(/☐ +Newsletter/);
  });

  it('reads two label/value pairs per table row', () => {
    const text = render(
      '<table><tr><th>First name</th><td>OLIVER</td><th>Last name</th><td>BENNETT</td></tr></table>',
    );
    expect(text).toContain('First name: OLIVER');
    expect(text).toContain('Last name: BENNETT');
  });
});
