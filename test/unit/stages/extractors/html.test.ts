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
