import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../../src/processors/stages/extractors/html.js';
import { VALUE_END, VALUE_LINE } from '../../../../src/processors/stages/extractors/label-value.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';

const dict = createLabelDictionary();
const isLabel = (t: string) => dict.isKnownLabel(t.replace(/[:*]\s*$/, ''));
/** The rendering without its value-end markers (tested on their own below). */
const render = (html: string) =>
  renderHtml(html, isLabel)
    .split('\n')
    .filter((l) => l !== VALUE_END)
    .join('\n');

describe('renderHtml', () => {
  it('renders label-cell-beside-value tables as Label: value lines', () => {
    const out = render(
      '<table><tr><td><b>Name</b></td><td>Jane Doe</td></tr><tr><td>Email:</td><td><a href="mailto:j@x.io">j@x.io</a></td></tr></table>',
    );
    expect(out).toBe('Name: Jane Doe\nEmail: j@x.io');
  });

  it('pairs a label row (th or known labels) with the value row below it', () => {
    const th = render(
      '<table><tr><th>Vorname</th><th>E-Mail</th></tr><tr><td>Jürgen</td><td>j@example.de</td></tr></table>',
    );
    expect(th).toBe('Vorname: Jürgen\nE-Mail: j@example.de');
    const td = render(
      '<table><tr><td>Name</td><td>Phone</td></tr><tr><td>Ann Lee</td><td>555 0101</td></tr></table>',
    );
    expect(td).toBe('Name: Ann Lee\nPhone: 555 0101');
  });

  it('renders <b>Label:</b> value<br> and definition lists', () => {
    expect(render('<p><b>Nombre:</b> José<br><b>Correo:</b> jose@example.es</p>')).toBe(
      'Nombre: José\nCorreo: jose@example.es',
    );
    expect(render('<dl><dt>Prénom</dt><dd>Élodie</dd><dt>Courriel</dt><dd>e@example.fr</dd></dl>')).toBe(
      'Prénom: Élodie\nCourriel: e@example.fr',
    );
  });

  it('keeps line breaks inside a value cell as one value and flattens layout tables', () => {
    const html =
      '<table><tr><td><h1>New lead</h1><table><tr><td>Message</td><td>Line 1<br>Line 2</td></tr></table><p>Footer text</p></td></tr></table>';
    expect(render(html)).toBe(`New lead\nMessage: Line 1${VALUE_LINE}Line 2\nFooter text`);
  });

  it('keeps a definition one value: its lines, its paragraphs and further <dd> of the same term', () => {
    const html =
      '<dl><dt>Message *</dt><dd><p>Hello,</p><p>Budget: about 60 pounds</p></dd><dd>Thanks</dd><dt>Phone</dt><dd>0171</dd></dl>';
    expect(render(html)).toBe(
      `Message *:${VALUE_LINE}Hello,${VALUE_LINE}Budget: about 60 pounds${VALUE_LINE}Thanks\nPhone: 0171`,
    );
  });

  it("puts a bold label's colon after its required marker, and does not double a written colon", () => {
    expect(render('<p><strong>Message</strong> <span>*</span> Hi</p>')).toBe('Message *: Hi');
    expect(render('<p><b>Name</b>: Jane Doe</p>')).toBe('Name: Jane Doe');
    expect(render('<p><b>Phone</b> 0171 2345678</p>')).toBe('Phone: 0171 2345678');
  });

  it('drops scripts, styles, head and hidden elements and decodes entities', () => {
    const html =
      '<html><head><title>T</title><style>p{}</style></head><body><div style="display:none">preheader</div><script>x()</script><p>Tom &amp; Jerry&nbsp;Ltd</p></body></html>';
    expect(render(html)).toBe('Tom & Jerry Ltd');
  });

  it('marks the end of each table row and stacked block so values do not run on', () => {
    expect(renderHtml('<table><tr><td>Message</td><td>Hi</td></tr></table><p>Footer</p>', isLabel)).toBe(
      `Message: Hi\n${VALUE_END}\nFooter\n${VALUE_END}`,
    );
    expect(renderHtml('<p>Anfrage</p><p>Hallo<br>Welt</p>', isLabel)).toBe(
      `Anfrage\n${VALUE_END}\nHallo\nWelt\n${VALUE_END}`,
    );
  });

  it('survives unclosed tables and truncated markup', () => {
    expect(render('<table><tr><td>Email</td><td>a@b.co')).toBe('Email: a@b.co');
  });
});

describe('renderHtml: links and icons as labels', () => {
  const isFieldLabel = (t: string) => dict.lookup(t.replace(/[:*]\s*$/, '').trim()) !== null;
  const renderIcons = (html: string) =>
    renderHtml(html, isLabel, isFieldLabel)
      .split('\n')
      .filter((l) => l !== VALUE_END)
      .join('\n');

  it('renders a tel:/mailto: link whose text is a call to action as its number or address', () => {
    const out = render(
      '<table><tr><th>Telefon</th><td><a href="tel:+4915112345678">Jetzt anrufen</a></td></tr><tr><th>E-Mail</th><td><a href="mailto:t.w%40example.de?subject=Anfrage">Antworten</a></td></tr></table>',
    );
    expect(out).toBe('Telefon: +4915112345678\nE-Mail: t.w@example.de');
  });

  it("takes the link's international number when the text shows the same number nationally", () => {
    expect(render('<p>Phone: <a href="tel:+447700900123">07700 900123</a></p>')).toBe('Phone: +447700900123');
  });

  it('keeps a different number the text shows (the link may be a template default)', () => {
    expect(render('<p>Phone: <a href="tel:+441130000000">07700 900123</a></p>')).toBe('Phone: 07700 900123');
  });

  it('turns an image alt or an icon font aria-label/title into the label, not a tooltip on words', () => {
    expect(renderIcons('<div><img src="p.png" alt="Phone"> 0171 2345678</div>')).toBe('Phone: 0171 2345678');
    expect(renderIcons('<div><i class="fa fa-envelope" aria-label="E-Mail"></i> a@example.de</div>')).toBe(
      'E-Mail: a@example.de',
    );
    expect(renderIcons('<div><span title="Telephone">Tel.</span> 0171 2345678</div>')).toBe(
      'Tel. 0171 2345678',
    );
    expect(renderIcons('<div><img src="logo.png" alt="Acme Windows"> Welcome</div>')).toBe('Welcome');
  });
});

describe('renderHtml: round-5 structures (chips, captions below, grouped headers)', () => {
  const isFieldLabel = (t: string) => dict.lookup(t.replace(/[:*]\s*$/, '').trim()) !== null;
  const target = (t: string) => dict.lookup(t.replace(/[:*]\s*$/, '').trim())?.target ?? null;
  const render5 = (html: string) =>
    renderHtml(html, isLabel, isFieldLabel, target)
      .split('\n')
      .filter((l) => l !== VALUE_END)
      .join('\n');

  it('reads a badge span as the label of the element after it, one field per value element', () => {
    expect(
      render5(
        '<div style="display:grid"><span class="label">Name</span> <span>Jane Doe</span>\n<span class="label">Email</span> <span>jane@x.com</span></div>',
      ),
    ).toBe('Name: Jane Doe\nEmail: jane@x.com');
    // An unknown label in capitals on a badge is still a label ("STAFF CONTACT").
    expect(
      render5('<div><span style="background:#eee">STAFF CONTACT</span><span>Owen Price</span></div>'),
    ).toBe('STAFF CONTACT: Owen Price');
  });

  it('puts the colon after a chip whose value breaks its line, and keeps its lines one value', () => {
    expect(
      render5(
        '<div><span class="chip">NACHRICHT</span> <span>Hallo, ein Termin bitte.<br>Budget: 900 €<br>Danke!</span></div>',
      ),
    ).toBe(`NACHRICHT: Hallo, ein Termin bitte.${VALUE_LINE}Budget: 900 €${VALUE_LINE}Danke!`);
  });

  it('does not double the colon of a bold question inside a chip', () => {
    expect(render5('<p><span><b>¿Cómo se llama?</b></span> <span>Marta Gil</span></p>')).toBe(
      '¿Cómo se llama?: Marta Gil',
    );
  });

  it('leaves a span whose next sibling is a label, or that ends its cell, as a plain line', () => {
    expect(render5('<div><span>Name</span> <span>Email</span></div>')).toBe('Name Email');
    expect(
      render5('<div class="cell"><span>Name</span></div><div class="cell"><span>Jane</span></div>'),
    ).toBe('Name\nJane');
  });

  it('reads values printed above their captions, in blocks, cells or rows', () => {
    const blocks = ['Jane Doe', 'Name', 'jane@x.com', 'Email', '+1 415 555 0100', 'Phone']
      .map((t) => `<div>${t}</div>`)
      .join('');
    expect(render5(`<h2>New lead</h2>${blocks}`)).toBe(
      'New lead\nName: Jane Doe\nEmail: jane@x.com\nPhone: +1 415 555 0100',
    );
    expect(
      render5(
        '<table><tr><td>Jane Doe<br><small>Name</small></td></tr><tr><td>jane@x.com<br><small>Email</small></td></tr><tr><td>0171 2345678<br><small>Phone</small></td></tr></table>',
      ),
    ).toBe('Name: Jane Doe\nEmail: jane@x.com\nPhone: 0171 2345678');
    expect(
      render5(
        '<table><tr><td>Jane Doe</td><td>jane@x.com</td></tr><tr><td>Name</td><td>Email</td></tr></table>',
      ),
    ).toBe('Name: Jane Doe\nEmail: jane@x.com');
  });

  it('keeps labels above their values when the shapes say so', () => {
    const blocks = ['Name', 'Jane Doe', 'Email', 'jane@x.com', 'Phone', '+1 415 555 0100']
      .map((t) => `<p>${t}</p>`)
      .join('');
    expect(render5(`<h2>New lead</h2>${blocks}`)).toBe(
      'New lead\nName\nJane Doe\nEmail\njane@x.com\nPhone\n+1 415 555 0100',
    );
  });

  it('drops a row of column-group headings above the label row, and a Question | Answer header', () => {
    expect(
      render5(
        '<table><tr><th colspan="2">Contact</th><th>Ad</th></tr><tr><th>Name</th><th>Email</th><th>Ad ID</th></tr><tr><td>Jane</td><td>j@x.io</td><td>77</td></tr></table>',
      ),
    ).toBe('Name: Jane\nEmail: j@x.io\nAd ID: 77');
    expect(
      render5(
        '<table><tr><th>Question</th><th>Answer</th></tr><tr><td>Full name</td><td>Jane Doe</td></tr><tr><td>Email</td><td>j@x.io</td></tr></table>',
      ),
    ).toBe('Full name: Jane Doe\nEmail: j@x.io');
  });
});
