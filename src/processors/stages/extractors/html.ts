/**
 * One streaming pass over HTML with htmlparser2 (no DOM): renders the text a reader sees, with the
 * structures notifications use for fields turned into `Label: value` lines for label-value.ts:
 *  - tables with the label cell beside the value (`<tr><td>Name</td><td>Jane</td></tr>`),
 *  - tables with a label row above a value row (`<tr><th>Name</th>…</tr><tr><td>Jane</td>…</tr>`),
 *    also inside a spreadsheet's column letters and row numbers (sheet-grid.ts),
 *  - `<b>Label:</b> value<br>` (falls out of inline rendering),
 *  - definition lists (`<dt>Label</dt><dd>value</dd>`).
 * Layout tables (a table inside a cell) are rendered cell by cell, so nesting depth does not matter.
 */
import { Parser } from 'htmlparser2';
import { isAddressOrNumber, type LabelTarget, rewriteCaptionsBelow } from './caption-below.js';
import { EMPTY_VALUE } from './empty-answer.js';
import { inputText, isUnchosenOption, sideBySidePairs } from './form-controls.js';
import { VALUE_END, VALUE_LINE } from './label-value.js';
import { CONTACT_TARGETS } from './labels.js';
import { partyRowPairs } from './party-rows.js';
import { sheetPairs } from './sheet-grid.js';
import { telLinkNumber } from './tel-link.js';

/** HTML beyond this is not scanned: a lead form fits in far less, and the parse is linear in it. */
export const MAX_HTML_CHARS = 512 * 1024;
/** An ordered list's first number (`<ol start="3">`), 1 when absent or not a number. */
function listStart(start: string | undefined): number {
  const n = Number.parseInt(start ?? '', 10);
  return Number.isFinite(n) ? n : 1;
}
/** A cell this long is content, not a label. */
const MAX_LABEL_CELL_CHARS = 60;

const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'blockquote',
  'pre',
  'hr',
  'center',
  'form',
  'address',
  'table',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'main',
  'nav',
  'aside',
  'fieldset',
  'legend',
  'figure',
  'caption',
]);
/** Blocks whose end also ends a field value (see VALUE_END). */
const VALUE_BLOCK = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'blockquote',
]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * What a message heading's section can be: a container of paragraphs, not a table or list of
 * fields, nor a <blockquote> (its quoted text keeps its marks, see quoteDepth).
 */
const SECTION_ELEMENT = new Set(['div', 'section', 'article']);
/** A section holds two lines or more: a container of one line is a paragraph among its siblings. */
const MIN_SECTION_LINES = 2;
const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'xml', 'object']);
const DISPLAY_BLOCK = /(?:^|;)\s*display\s*:\s*(?:block|flex|grid|table|list-item)\b/i;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0/i;

interface Row {
  cells: string[];
  header: boolean[];
  /** Each cell's colspan (1 when not given). */
  spans: number[];
}
interface TableState {
  rows: Row[];
  row: Row | null;
  cell: string | null;
  cellIsHeader: boolean;
  cellSpan: number;
  layout: boolean;
}

/**
 * A chip's value after the colon a bold label inside the chip already got
 * (`<span><b>¿Cómo se llama?</b></span> <span>Marta</span>`): the chip's colon is not doubled.
 */
function withoutLeadingColon(text: string): string {
  return text.trimStart().replace(/^[:：]\s*/, '');
}

/** Inline elements whose text, when it is a field label, labels the text after it (`<b>Mob.</b> 0171…`). */
const INLINE_LABEL = new Set(['b', 'strong', 'label', 'dfn']);
/** A required-field marker after a label: `*`, `(required)`, `(Pflichtfeld)`, `obligatoire`. */
const REQUIRED_MARK =
  /^\s*[([]?\s*(?:\*+|(?:(?:champ|campo) )?(?:required|mandatory|obligatoire|requise?|pflichtfeld|pflichtangabe|pflicht|erforderlich|obligatori[oa]|requerid[oa])(?: field)?)\s*[)\]]?\s*$/i;

/**
 * A form's question and the hint it prints after it ("Quel est votre projet ? Dites-nous en plus",
 * "¿En qué podemos ayudarte? Cuéntanos tu proyecto"): one question, then one sentence asking nothing.
 */
const QUESTION_WITH_HINT = /^(¿?[^?？¿\n]{2,100}[?？])\s+(?=\p{Lu})[^?？:：\n]{2,80}$/u;

/** A dash or an arrow between a label element and its value, spaced: not a minus sign ("-5 °C"). */
const VALUE_SEPARATOR = /^\s*(?:[—–-]|->|=>|[→»›])\s+/;

/**
 * `isLabel`: exact dictionary labels (table header rows); `isFieldLabel`: any label the lexicon
 * types, for bold labels written without a colon; `labelTarget`: what a label types as, for
 * telling values printed above their caption (caption-below.ts) from labels above their value.
 */
export function renderHtml(
  input: string,
  isLabel: (text: string) => boolean,
  isFieldLabel: (text: string) => boolean = isLabel,
  labelTarget?: LabelTarget,
): string {
  const html = input.length > MAX_HTML_CHARS ? input.slice(0, MAX_HTML_CHARS) : input;
  const out: string[] = [];
  let line = '';
  let skipDepth = 0;
  let preDepth = 0;
  const tables: TableState[] = [];
  /** Where the text of each open inline label element starts, as an offset into the current line/cell. */
  const inlineStarts: number[] = [];
  /** The same for open <span> elements, null when the span does not start its line. */
  const chipStarts: Array<({ start: number } & ReturnType<typeof chipLook>) | null> = [];
  /**
   * A bold label written without a colon gets one before the text after it, not at its close: a
   * required marker after it (`<b>Message</b> <span>*</span>`) stays in the label, and a colon the
   * template wrote itself (`<b>Name</b>: Jane`) is not doubled.
   */
  let colonPending = false;
  /** A label chip (<span>) just closed: the next element, if it comes before any text, is its value. */
  let chipPending = false;
  /** The pending chip is a label by its muted colour alone: only a bold element after it is its value. */
  let chipNeedsBoldValue = false;
  /** The text of the bold element that closed last, while no text has followed it. */
  let boldText: string | null = null;
  /** A bold element was a field's label (`<b>Name</b>`): the document is a form of bold labels. */
  let boldFieldLabel = false;
  /** Open elements (skipped ones aside), and the depth of the open chip value's element. */
  let depth = 0;
  /** By depth: whether the open element is an inline one styled as a block. */
  const inlineBlocks: boolean[] = [];
  let chipValue: { depth: number; start: number; block: boolean; outAt: number; label: string } | null = null;
  /** The text of the last chip read as a label. */
  let chipLabel = '';
  /**
   * A chip's value ends with its element: chips and values on one line of a grid
   * ("<span>Name</span><span>Jane</span> <span>Email</span>…") are one field each. An inline value
   * that is itself a label ("<span>Name</span><span>Email</span>", a row of column labels) makes
   * the first span no chip.
   */
  const endChipValue = (value: NonNullable<typeof chipValue>) => {
    chipValue = null;
    const first = out[value.outAt];
    if (!value.block && !inCell() && out.length > value.outAt && first?.startsWith(value.label)) {
      // The value broke its line (`<span>Hallo<br>Budget: 900 €</span>`): the colon goes after the
      // label on the line the value started on, and the element's lines are one value (see
      // VALUE_LINE), as a definition's and a table cell's are.
      out[value.outAt] = `${value.label}: ${withoutLeadingColon(first.slice(value.label.length))}`;
      newline();
      const valueLines = out
        .splice(value.outAt)
        .map((l) => l.trim())
        .filter((l) => l && l !== VALUE_END);
      out.push(valueLines.join(VALUE_LINE));
    } else if (!value.block) {
      const text = value.start <= current().length ? current().slice(value.start).trim() : '';
      if (!text) return;
      // An address is a value, whatever word of a label the lexicon finds in it ("…@mail.example").
      if (text.length <= MAX_LABEL_CELL_CHARS && !isAddressOrNumber(text) && isFieldLabel(text)) {
        if (!/\s$/.test(current().slice(0, value.start))) replaceFrom(value.start, ` ${text}`);
        return;
      }
      replaceFrom(current().slice(0, value.start).trimEnd().length, `: ${withoutLeadingColon(text)}`);
    }
    newline();
    if (!inCell() && !out[out.length - 1]?.endsWith(VALUE_END)) emit(VALUE_END);
  };
  /** Open <dd> elements: paragraphs inside a definition are one value, not several. */
  let ddDepth = 0;
  /** Index in `out` of the first line of the open definition's value. */
  let ddStart = 0;
  /** The same inside a table cell: the offset in the cell's text. */
  let ddCellStart = 0;
  /** A definition's value was rendered and is not closed by VALUE_END yet. */
  let definitionOpen = false;
  /**
   * Where the open term's first <dd> started (`out`'s length, the offset in the current line or
   * cell), null for a further <dd> of the same term: a definition left empty (`<dd>&nbsp;</dd>`)
   * is a field the customer left empty, so the paragraph after the list is not its value.
   */
  let ddOpened: { outAt: number; textAt: number } | null = null;
  const endDefinition = () => {
    if (!definitionOpen) return;
    definitionOpen = false;
    newline();
    if (!inCell() && !out[out.length - 1]?.endsWith(VALUE_END)) emit(VALUE_END);
  };
  /**
   * Open <a> elements, with what a `tel:`/`mailto:` href says: a link whose text is "Call now" or
   * "Antworten" renders as the number or address it points to.
   */
  const anchors: Array<{ start: number; target: string; kind: 'tel' | 'mailto' } | null> = [];
  /** Open icon elements (<i>, <span>) and the field label their aria-label or title names. */
  const icons: Array<{ start: number; label: string } | null> = [];
  /** The text being collected (the open cell's, else the current line) and a way to change it. */
  const current = () => {
    const t = top();
    return t && t.cell !== null ? t.cell : line;
  };
  const replaceFrom = (start: number, text: string) => {
    const t = top();
    if (t && t.cell !== null) t.cell = t.cell.slice(0, start) + text;
    else line = line.slice(0, start) + text;
  };
  /** Open <blockquote> elements: quoted reply text keeps its `> ` markers, as a text part has them. */
  let quoteDepth = 0;
  const emit = (l: string) => out.push(quoteDepth > 0 ? `${'> '.repeat(quoteDepth)}${l}` : l);

  /**
   * A message heading (`<h3>Their message</h3>`) or a message label with an empty value
   * (`<li>Nachricht:</li>`, a chat bot's bullet) and its section, the container right after it
   * (`<div><p>…</p><p>…</p></div>`; a run of bare `<p>` is left as it was, its legal and consent
   * paragraphs are the form's and only message-edges.ts tells them apart). The section's paragraphs
   * are one value, as a definition's are: read as stacked paragraphs, a short first one was taken
   * for a value of its own and the message ran on into the business's block after the section.
   * `outAt` is where the heading's line starts in `out`, `depth` the depth of the heading, then of
   * the section's element.
   */
  let heading: { outAt: number; depth: number } | null = null;
  let sectionPending: { outAt: number; depth: number } | null = null;
  let section: { outAt: number; depth: number } | null = null;
  /** A line of the form's own fields: a contact or message label, alone or before its value. */
  const isFormField = (line: string) => {
    const label = /^([^:：\n]{1,60}?)\s*(?:[:：]|$)/.exec(line.trim())?.[1];
    const target = label ? labelTarget?.(label) : null;
    return target === 'message' || (target != null && CONTACT_TARGETS.has(target));
  };
  const endSection = () => {
    const open = section;
    section = null;
    if (!open) return;
    newline();
    const lines = out.splice(open.outAt).flatMap((l) => l.split('\n'));
    const body = lines.slice(1).filter((l) => l.trim() && l.trim() !== VALUE_END);
    if (body.length < MIN_SECTION_LINES || body.some(isFormField)) {
      // One line is a paragraph, whose siblings may continue the message ("<div><b>Mensaje:</b></div>
      // <div>…</div><div>…</div>"); "<h2>Nueva solicitud</h2>" over the form's fields is a
      // notification's title, not a message's.
      out.push(...lines);
      return;
    }
    const title = (lines.shift() ?? '').trim().replace(/[ \t]*[:：]$/, '');
    const paragraphs = lines.map((l) => (l.trim() === VALUE_END ? '' : l.trim())).join(VALUE_LINE);
    // A run of VALUE_LINE is a blank line between paragraphs: kept as one, none at the ends.
    const text = paragraphs.replace(/\u241f{3,}/g, VALUE_LINE + VALUE_LINE).replace(/^\u241f+|\u241f+$/g, '');
    out.push(text ? `${title}: ${text}` : title, VALUE_END);
  };
  /**
   * Where the message label written right before a container starts in `out`, or -1: the label
   * ends in a colon and has no value ("<li>Message:<div>…</div>", "<li>Nachricht:</li></ul><div>").
   */
  const emptyLabelBefore = () => {
    const pending = line.trim();
    const at = pending ? out.length : out[out.length - 1] === VALUE_END ? out.length - 2 : -1;
    const label = pending || (out[at] ?? '');
    const bare = /^(?:[-*•·▪◦‣][ \t]+)?(.{1,60}?)[ \t]*[:：]$/.exec(label)?.[1];
    return bare && labelTarget?.(bare) === 'message' ? at : -1;
  };
  /** On an element's open tag (depth is its own): the section a message heading opens, or its end. */
  const openSectionElement = (name: string) => {
    if (sectionPending && depth === sectionPending.depth) {
      const start = sectionPending;
      sectionPending = null;
      if (SECTION_ELEMENT.has(name)) section = { outAt: start.outAt, depth };
    } else if (SECTION_ELEMENT.has(name) && !section && !inCell() && ddDepth === 0) {
      const at = emptyLabelBefore();
      if (at >= 0) {
        newline();
        section = { outAt: at, depth };
      }
    }
    if (HEADINGS.has(name) && labelTarget && !section && !inCell()) {
      newline();
      heading = { outAt: out.length, depth };
    }
  };
  /** On an element's close tag (depth is its own): a message heading's end, or its section's. */
  const closeSectionElement = (name: string) => {
    if (heading && depth === heading.depth && HEADINGS.has(name)) {
      const title = out
        .slice(heading.outAt)
        .filter((l) => l !== VALUE_END)
        .join(' ')
        .trim();
      if (title && labelTarget?.(title) === 'message') sectionPending = heading;
      heading = null;
      return;
    }
    if (sectionPending && depth < sectionPending.depth) sectionPending = null;
    if (section && depth === section.depth) endSection();
  };

  const top = () => tables[tables.length - 1];
  const inCell = () => {
    const t = top();
    return t !== undefined && t.cell !== null;
  };
  const emitText = (s: string) => {
    const t = top();
    if (t && t.cell !== null) t.cell += s;
    else line += s;
  };
  const newline = () => {
    colonPending = false;
    const t = top();
    if (t && t.cell !== null) {
      t.cell += '\n';
      return;
    }
    const l = line.trim();
    if (l) emit(l);
    line = '';
  };
  const pushLines = (text: string) => {
    newline();
    for (const l of text.split('\n')) {
      const s = l.trim();
      if (s) {
        if (inCell()) emitText(`${s}\n`);
        else emit(s);
      }
    }
  };
  const renderRows = (rows: Row[]) => {
    // A spreadsheet's rows under its column letters: the header labels the lead's row by column.
    // A sheet's first cell is its corner (empty), the letter A or a row number: other tables skip
    // the copy of every cell. Rows naming their party first are read with it (party-rows.ts).
    const sheet = SHEET_CORNER.test(rows[0]?.cells[0] ?? '')
      ? sheetPairs(rows.map((r) => r.cells.map(cleanCell)))
      : partyRowPairs(rows.map((r) => r.cells.map(cleanCell)));
    if (sheet) return sheet.map(([label, value]) => `${pairLine(label, value)}\n${VALUE_END}\n`).join('');
    let buf = '';
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i] as Row;
      const cells = row.cells.map(cleanCell).filter(Boolean);
      if (cells.length === 0) continue;
      if (i === 0 && isKeyValueHeader(cells)) {
        // "Question | Answer", "Feld | Wert": the header of a label/value table, whose rows below
        // are each a label beside its value; read as a label row it would swallow the first field.
        continue;
      }
      if (isGroupHeader(row, rows[i + 1], isFieldLabel)) {
        // "Contact" | "Ad" spanning the column labels below: headings of column groups, not a
        // label row above a value row. Dropped: a heading alone on its line reads as the label of
        // the line under it ("Contact: Ad").
        continue;
      }
      const next = rows[i + 1];
      const nextCells = next ? next.cells.map(cleanCell) : [];
      // Widths first: cleaning every cell again is only worth it for a row as wide as the one below.
      if (
        row.cells.length >= 2 &&
        nextCells.length === row.cells.length &&
        isCaptionRow(row.cells.map(cleanCell), nextCells, isFieldLabel)
      ) {
        // A row of values above a row of their captions ("Jane Doe | jane@…" over "Name | Email"):
        // a label-above table's label row is read with its values below before reaching here.
        buf += columnPairs(nextCells, row.cells.map(cleanCell));
        i++;
        continue;
      }
      const headerRow =
        cells.length >= 2 &&
        nextCells.length === row.cells.length &&
        (row.header.every(Boolean) || cells.every((c) => c.length <= MAX_LABEL_CELL_CHARS && isLabel(c))) &&
        !nextCells.every((c) => c && isLabel(c));
      if (headerRow && next) {
        buf += columnPairs(row.cells.map(cleanCell), nextCells);
        i++;
        continue;
      }
      const sideBySide = sideBySidePairs(row.cells.map(cleanCell), isFieldLabel, isLabel);
      if (sideBySide) {
        for (const [l, v] of sideBySide) buf += `${pairLine(l, v)}\n${VALUE_END}\n`;
        continue;
      }
      const label = cells[0] as string;
      if (
        cells.length === 1 &&
        row.cells.length === 2 &&
        !cleanCell(row.cells[1] as string) &&
        isFieldLabel(label)
      ) {
        // A field's row with an empty value cell: the field is there and empty ("Anmerkungen" | ""),
        // so the paragraph after the table is not its value.
        buf += `${pairLine(label, EMPTY_VALUE)}\n${VALUE_END}\n`;
        continue;
      }
      if (
        cells.length >= 2 &&
        (cells[0] as string).length <= MAX_LABEL_CELL_CHARS &&
        !cells[0]?.includes('\n') &&
        // A number or an address is a value, never the label of the cells beside it (a row of
        // contact buttons rendered as their targets: number | number | address).
        !isAddressOrNumber(cells[0] as string)
      ) {
        buf += `${pairLine(cells[0] as string, cells.slice(1).join(' '))}\n${VALUE_END}\n`;
      } else {
        buf += `${cells.join('\n')}\n${VALUE_END}\n`;
      }
    }
    return buf;
  };

  /** Renders text: a pending label colon goes before it. */
  const renderText = (text: string) => {
    const t = preDepth > 0 ? text : text.replace(/\s+/g, ' ');
    if (t.trim()) boldText = null;
    if (chipPending && t.trim()) chipPending = false;
    if (colonPending && t.trim()) {
      if (!REQUIRED_MARK.test(t)) {
        colonPending = false;
        // "<b>Name</b> — Ann", "<b>Email</b> → ann@…": the dash or arrow is the label's colon.
        const separator = VALUE_SEPARATOR.exec(t);
        if (separator) {
          emitText(': ');
          emitText(t.slice(separator[0].length));
          return;
        }
        // A value glued to its label (two spans with no space between) gets one after the colon.
        if (!/^\s*[:：]/.test(t)) emitText(/^\s/.test(t) || /\s$/.test(current()) ? ':' : ': ');
      }
    }
    emitText(t);
  };
  /** Open lists, innermost last: an ordered list's next item number, null for a bulleted one. */
  const lists: Array<number | null> = [];
  /** Open <select> elements: only their chosen option is shown. */
  let selectDepth = 0;
  /**
   * What goes before a form control's value: a colon when the text before it is a field label,
   * that of a label element still open around the control ("<label>Name <input …></label>"), else
   * that of its line or cell ("<td>Name <input …></td>").
   */
  const controlSeparator = () => {
    const text = current();
    const start = inlineStarts[inlineStarts.length - 1] ?? text.lastIndexOf('\n') + 1;
    const label = start <= text.length ? text.slice(start).trim() : '';
    const labelled =
      label.length > 0 &&
      label.length <= MAX_LABEL_CELL_CHARS &&
      !/[:：]$/.test(label) &&
      isFieldLabel(label);
    if (!labelled) return ' ';
    replaceFrom(text.trimEnd().length, '');
    return ': ';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (skipDepth > 0) {
          skipDepth++;
          return;
        }

        if (
          SKIP.has(name) ||
          (attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style)) ||
          'hidden' in attribs ||
          isUnchosenOption(name, attribs, selectDepth > 0)
        ) {
          skipDepth = 1;
          return;
        }
        depth++;
        // An inline element styled as a block (`<span style="display:block">`) is drawn on its own
        // line: a value and the caption under it are two lines, not "Jane Doe Name".
        const drawnAsBlock = !BLOCK.has(name) && DISPLAY_BLOCK.test(attribs.style ?? '');
        if (drawnAsBlock) newline();
        inlineBlocks[depth] = drawnAsBlock;
        openSectionElement(name);
        if (chipPending && chipNeedsBoldValue && !INLINE_LABEL.has(name)) chipPending = false;
        if (chipPending) {
          // The element after a chip holds its value: a block one starts the value's own line;
          // an inline one is checked when it closes.
          chipPending = false;
          const block = BLOCK.has(name);
          if (block) emitText(':');
          chipValue = { depth, start: current().length, block, outAt: out.length, label: chipLabel };
        }
        if (name === 'a') anchors.push(linkTarget(attribs.href, current().length));
        if (ICON_ELEMENT.has(name)) {
          const label = iconLabel(attribs, isFieldLabel);
          icons.push(label ? { start: current().length, label } : null);
        }
        if (name === 'select') selectDepth++;
        if (name === 'select' || name === 'textarea') renderText(controlSeparator());
        if (name === 'input') {
          const shown = inputText(attribs);
          if (shown !== null) renderText(`${controlSeparator()}${shown} `);
          return;
        }
        if (name === 'img') {
          // A pictogram standing for a label (<img alt="Phone"> 0171…).
          const label = iconLabel(attribs, isFieldLabel);
          if (label) emitText(` ${label}:`);
          return;
        }
        if (name === 'pre') preDepth++;
        if (name === 'blockquote') {
          newline();
          quoteDepth++;
        }
        if (name === 'table') {
          const parent = top();
          if (parent && parent.cell !== null) {
            // A table inside a cell: the parent is layout. Flush what it holds so order is kept.
            if (!parent.layout) {
              parent.layout = true;
              const rendered = renderRows(parent.rows);
              parent.rows = [];
              const pending = parent.cell;
              parent.cell = null;
              pushLines(rendered);
              pushLines(pending);
              parent.cell = '';
            } else {
              const pending = parent.cell;
              parent.cell = null;
              pushLines(pending);
              parent.cell = '';
            }
          } else newline();
          tables.push({ rows: [], row: null, cell: null, cellIsHeader: false, cellSpan: 1, layout: false });
          return;
        }
        const t = top();
        if (t && name === 'tr') {
          t.row = { cells: [], header: [], spans: [] };
          return;
        }
        if (t && (name === 'td' || name === 'th')) {
          if (!t.row) t.row = { cells: [], header: [], spans: [] };
          t.cell = '';
          t.cellIsHeader = name === 'th';
          t.cellSpan = colspan(attribs.colspan);
          return;
        }
        if (INLINE_LABEL.has(name)) {
          const t0 = top();
          inlineStarts.push(t0 && t0.cell !== null ? t0.cell.length : line.length);
          return;
        }
        if (name === 'span') {
          // A badge ("chip") span first on its line may be a label: see the close tag.
          chipStarts.push(lineStartsAt(current()) ? { start: current().length, ...chipLook(attribs) } : null);
        }
        if (name === 'dt') {
          newline();
          endDefinition();
        } else if (name === 'dd') {
          if (ddDepth === 0) {
            // A further <dd> of the same term continues the value rendered before it.
            const further = definitionOpen && !line.trim();
            ddStart = further ? Math.max(out.length - 1, 0) : out.length;
            const cell = top()?.cell;
            ddCellStart = cell ? cell.length : 0;
            ddOpened = further ? null : { outAt: out.length, textAt: current().length };
          }
          ddDepth++;
          emitText(' ');
        } else if (BLOCK.has(name)) newline();
        if (name === 'ol' || name === 'ul') lists.push(name === 'ol' ? listStart(attribs.start) : null);
        if (name === 'li') {
          // An ordered list's items keep their numbers: "1. Do you deliver to Wales?" is how the
          // customer wrote it (a text part prints them too).
          const at = lists.length - 1;
          const number = lists[at];
          if (number !== null && number !== undefined) {
            emitText(`${number}. `);
            lists[at] = number + 1;
          }
        }
      },
      ontext(text) {
        if (skipDepth > 0) return;
        renderText(text);
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        // A chip's value is its next sibling: the end of the element holding the chip ("<div
        // class=cell><span>Name</span></div>") leaves it a plain line.
        chipPending = false;
        closeElement(name);
        closeSectionElement(name);
        if (inlineBlocks[depth]) newline();
        inlineBlocks[depth] = false;
        depth--;
        if (chipValue && depth < chipValue.depth) endChipValue(chipValue);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );

  function closeElement(name: string) {
    if (name === 'a') {
      const link = anchors.pop();
      const text = link && link.start <= current().length ? current().slice(link.start) : null;
      // The text keeps its own spacing; a link glued to the word before it gets a space.
      const spaced = (value: string, shown: string) =>
        `${/^\s/.test(shown) || /\s$/.test(current().slice(0, link?.start)) ? '' : ' '}${value}${/\s$/.test(shown) ? ' ' : ''}`;
      if (link && text !== null && link.kind === 'tel')
        replaceFrom(link.start, spaced(telLinkNumber(text.trim(), link.target), text));
      else if (link && text !== null && !text.includes('@'))
        // A person's name as a mailto link's text stays beside the address ("Jane Doe <jane@…>").
        replaceFrom(
          link.start,
          spaced(
            link.kind === 'mailto' && PERSON_LINK_TEXT.test(text.trim())
              ? `${text.trim()} <${link.target}>`
              : link.target,
            text,
          ),
        );
    }
    if (ICON_ELEMENT.has(name)) {
      const icon = icons.pop();
      const text = icon && icon.start <= current().length ? current().slice(icon.start) : null;
      // Only an icon without text of its own: a tooltip on words is not a label.
      if (icon && text !== null && !/[\p{L}\p{N}]/u.test(text)) replaceFrom(icon.start, ` ${icon.label}:`);
    }
    if ((name === 'ol' || name === 'ul') && lists.length > 0) lists.pop();
    if (name === 'pre' && preDepth > 0) preDepth--;
    if (name === 'select' && selectDepth > 0) selectDepth--;
    if (name === 'blockquote' && quoteDepth > 0) {
      newline();
      quoteDepth--;
    }
    const t = top();
    if (name === 'span') {
      const chip = chipStarts.pop();
      if (chip && chip.start <= current().length) {
        // `<span class="chip">EMAIL</span><span>ann@…</span>`: a span alone at the start of its
        // line whose whole text is a field label labels the value in the element after it. A
        // badge-styled capitalised one does even when the lexicon does not know it ("STAFF
        // CONTACT"): glued to the value after it, it would spoil that value. Bare text after
        // the span ("<span title=…>Tel.</span> 0171…") is running text: left as it is.
        const text = current().slice(chip.start).trim();
        const labelled =
          text &&
          text.length <= MAX_LABEL_CELL_CHARS &&
          !/[:：]$/.test(text) &&
          (isFieldLabel(text) ||
            (CHIP_LABEL.test(text) &&
              (chip.badgeClass || (chip.badgeStyle && (chip.upperCase || isCapitalised(text))))));
        // `<span style="color:#999">Call me on</span> <b>0161 …</b>`: a caption in a muted colour
        // before a bold value is a label without a colon, whatever its words; see onopentag.
        const mutedCaption = !labelled && chip.muted && MUTED_LABEL.test(text);
        if (labelled || mutedCaption) chipPending = true;
        chipNeedsBoldValue = mutedCaption;
        chipLabel = text;
      }
    }
    if (INLINE_LABEL.has(name)) {
      const start = inlineStarts.pop();
      const current = t && t.cell !== null ? t.cell : line;
      if (start === undefined || start > current.length) return;
      const text = current.slice(start).trim();
      boldText = text;
      if (text && text.length <= MAX_LABEL_CELL_CHARS && !/[:：]$/.test(text) && isFieldLabel(text)) {
        colonPending = true;
        boldFieldLabel = true;
      }
      return;
    }
    if (name === 'table' && t) {
      tables.pop();
      if (t.cell !== null) closeCell(t);
      if (t.row) t.rows.push(t.row);
      pushLines(renderRows(t.rows));
      return;
    }
    if (t && (name === 'td' || name === 'th')) {
      closeCell(t);
      return;
    }
    if (t && name === 'tr') {
      if (t.cell !== null) closeCell(t);
      if (t.row && !t.layout) t.rows.push(t.row);
      t.row = null;
      return;
    }
    if (name === 'dt') {
      colonPending = false;
      // A term inside a layout table's cell is written to the cell, not the line.
      if (!/[:：]\s*$/.test(t && t.cell !== null ? t.cell : line)) emitText(':');
      return;
    }
    if (name === 'dd') {
      // Several <dd> under one <dt> are one value: it ends at the next term or the list's end.
      ddDepth = Math.max(0, ddDepth - 1);
      if (
        ddDepth === 0 &&
        ddOpened &&
        out.length === ddOpened.outAt &&
        !current().slice(ddOpened.textAt).trim()
      )
        emitText(EMPTY_VALUE);
      newline();
      if (ddDepth === 0 && t && t.cell !== null) {
        // The same inside a layout table's cell, where the definition's lines are the cell's.
        const value = t.cell
          .slice(ddCellStart)
          .trim()
          .replace(/\s*\n\s*/g, VALUE_LINE);
        t.cell = `${t.cell.slice(0, ddCellStart)}${value}\n`;
      } else if (ddDepth === 0 && (out.length - ddStart > 1 || out[ddStart]?.includes('\n'))) {
        // A definition is one value, whatever lines it holds ("Budget: 60 pounds" inside a
        // message is the customer's text, not a field): its lines (a <pre>'s too) are joined
        // by VALUE_LINE.
        const valueLines = out.splice(ddStart).flatMap((l) => l.split('\n'));
        out.push(
          valueLines
            .map((l) => l.trim())
            .filter(Boolean)
            .join(VALUE_LINE),
        );
      }
      definitionOpen = true;
      return;
    }
    if (name === 'dl') endDefinition();
    if (ddDepth > 0 && VALUE_BLOCK.has(name)) newline();
    else if (VALUE_BLOCK.has(name)) {
      // In a form of bold labels, a paragraph that is one bold question with the form's hint
      // after it ("<p><strong>What can we help with? Here's some space to tell us</strong></p>")
      // is the label of the paragraphs below it: the question names the field, the hint is no
      // part of its name. In a letter, a bold question is the writer's emphasis.
      const hinted =
        boldFieldLabel && !inCell() && boldText && line.trim() === boldText
          ? QUESTION_WITH_HINT.exec(boldText)
          : null;
      if (hinted) line = hinted[1] as string;
      // A stacked layout's value ends with its block (<p>Label</p><p>Value</p>).
      newline();
      if (!inCell() && !out[out.length - 1]?.endsWith(VALUE_END)) emit(VALUE_END);
    } else if (BLOCK.has(name) && name !== 'br') newline();
  }

  function closeCell(t: TableState) {
    colonPending = false;
    const cell = t.cell ?? '';
    t.cell = null;
    if (t.layout) {
      pushLines(cell);
      return;
    }
    if (!t.row) t.row = { cells: [], header: [], spans: [] };
    t.row.cells.push(cell);
    t.row.header.push(t.cellIsHeader);
    t.row.spans.push(t.cellSpan);
  }

  parser.write(html);
  parser.end();
  // Unclosed tables (truncated HTML) still render what they collected.
  while (tables.length > 0) {
    const t = tables.pop() as TableState;
    if (t.cell !== null) closeCell(t);
    if (t.row) t.rows.push(t.row);
    pushLines(renderRows(t.rows));
  }
  newline();
  return (labelTarget ? rewriteCaptionsBelow(out, labelTarget) : out).join('\n');
}

/** A badge's class or style: the look of a label chip, not of running text. */
const CHIP_CLASS = /\b(?:chip|badge|pill|tag|label|caption|key)\b/i;
const BADGE_STYLE = /background(?:-color)?\s*:|border-radius\s*:|border\s*:/i;
const UPPER_CASE_STYLE = /text-transform\s*:\s*uppercase/i;
function chipLook(attribs: Record<string, string>) {
  const style = attribs.style ?? '';
  return {
    badgeClass: CHIP_CLASS.test(attribs.class ?? ''),
    badgeStyle: BADGE_STYLE.test(style),
    upperCase: UPPER_CASE_STYLE.test(style),
    muted: isMutedColour(TEXT_COLOUR.exec(style)?.[1] ?? ''),
  };
}
/** The text colour a style sets (`color: #999`), not a background's or a border's. */
const TEXT_COLOUR = /(?:^|;)\s*color\s*:\s*([^;!]+)/i;
/** Grey by name. */
const GREY_NAME = /^(?:(?:dark|dim|light|slate)?gr[ae]y|silver)$/i;
const HEX_COLOUR = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;
/** How far apart a grey's channels may be, and the band of greys a caption is drawn in (0–255). */
const MAX_GREY_SPREAD = 32;
const MIN_MUTED_LEVEL = 0x55;
const MAX_MUTED_LEVEL = 0xcc;
/** A grey between dark and white (`#999`, `#6b7280`, `grey`): how templates draw a caption. */
function isMutedColour(colour: string): boolean {
  const c = colour.trim();
  if (GREY_NAME.test(c)) return true;
  const hex = HEX_COLOUR.exec(c)?.[1];
  if (!hex) return false;
  const full = hex.length === 3 ? hex.replace(/./g, '$&$&') : hex;
  const channels = [0, 2, 4].map((i) => Number.parseInt(full.slice(i, i + 2), 16));
  const level = channels.reduce((a, b) => a + b, 0) / 3;
  return (
    Math.max(...channels) - Math.min(...channels) <= MAX_GREY_SPREAD &&
    level >= MIN_MUTED_LEVEL &&
    level <= MAX_MUTED_LEVEL
  );
}
/**
 * A muted caption's text: a few words, perhaps a qualifier in brackets ("E-mail (optional)", "Call
 * me on", "Preferred time"), no sentence.
 */
const MUTED_LABEL = /^[¿\p{L}][\p{L}\p{M}'’./-]*(?: [(\p{L}][\p{L}\p{M}'’./()-]*){0,4}\??$/u;
/** A chip's text: one to four words of letters ("STAFF CONTACT", "Nom, prénom"). */
const CHIP_LABEL = /^\p{L}[\p{L}\p{M}'’.-]*(?:,? [\p{L}\p{M}'’.-]+){0,3}$/u;
/** Written in capitals (two letters at least, none lower case). */
function isCapitalised(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text);
}

/** Whether nothing but white space stands before the end of `text` on its last line. */
function lineStartsAt(text: string): boolean {
  const nl = text.lastIndexOf('\n');
  return !/\S/.test(nl < 0 ? text : text.slice(nl + 1));
}

/** Elements icon fonts are drawn with; their aria-label or title names what they stand for. */
const ICON_ELEMENT = new Set(['i', 'span', 'em']);

/** The field label an icon's or image's alt, aria-label or title names, else null. */
function iconLabel(attribs: Record<string, string>, isFieldLabel: (text: string) => boolean): string | null {
  for (const key of ['alt', 'aria-label', 'title']) {
    const v = attribs[key]?.trim();
    if (v && v.length <= MAX_LABEL_CELL_CHARS && isFieldLabel(v)) return v;
  }
  return null;
}

/**
 * A WhatsApp chat link (`https://wa.me/4915…`, `https://api.whatsapp.com/send?phone=4915…`): a
 * messaging button ("Reply on WhatsApp") names the number it opens a chat with.
 */
const WHATSAPP_LINK =
  /^\s*https?:\/\/(?:wa\.me\/|(?:api|web)\.whatsapp\.com\/send\/?\?(?:[^#]{0,200}&)?phone=)\+?(\d{7,15})\b/i;

/**
 * The number or address a `tel:`/`sms:`/`mailto:` or WhatsApp link points to (without
 * `?subject=…`).
 */
function linkTarget(href: string | undefined, start: number) {
  const chat = WHATSAPP_LINK.exec(href ?? '');
  if (chat) return { start, target: `+${chat[1]}`, kind: 'tel' as const };
  const m = /^\s*(tel|sms|mailto|callto):([^?#]*)/i.exec(href ?? '');
  if (!m?.[2]) return null;
  let target: string;
  try {
    target = decodeURIComponent(m[2]).trim();
  } catch {
    target = m[2].trim();
  }
  const kind = (m[1] as string).toLowerCase() === 'mailto' ? ('mailto' as const) : ('tel' as const);
  return target ? { start, target, kind } : null;
}

/** A mailto link's text that may be a person's name ("Javier Moreno"), not "Reply" or "Antworten". */
const PERSON_LINK_TEXT = /^\p{Lu}[\p{L}\p{M}'’.]+(?:[ -]\p{Lu}[\p{L}\p{M}'’.]+){1,3}$/u;

/** The first cell of a spreadsheet's picture: empty, a column letter or a row number (sheet-grid.ts). */
const SHEET_CORNER = /^\s*(?:[A-Za-z]|\d{1,6})?\s*$/;

function cleanCell(cell: string): string {
  return cell
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The two header cells of a label/value table ("Question | Answer", "Champ | Valeur"). */
const KEY_HEADER =
  /^(?:fields?|felde?r?|champs?|campos?|questions?|fragen?|preguntas?|labels?|keys?|attributes?|angaben?|donn[ée]es?|datos?|items?)$/i;
const VALUE_HEADER =
  /^(?:values?|werte?|valeurs?|valore?s?|answers?|antwort(?:en)?|r[ée]ponses?|respuestas?|responses?|details?|détails?|detalles?|angaben?)$/i;

function isKeyValueHeader(cells: readonly string[]): boolean {
  return cells.length === 2 && KEY_HEADER.test(cells[0] as string) && VALUE_HEADER.test(cells[1] as string);
}

/**
 * Values over their captions: two or more cells, the row below as wide with a field label in every
 * cell, and no label among the values.
 */
function isCaptionRow(
  cells: readonly string[],
  below: readonly string[],
  isFieldLabel: (text: string) => boolean,
): boolean {
  if (cells.length < 2 || below.length !== cells.length) return false;
  // An address is a value though the lexicon's keyword guess reads "mail" in it ("…@courriel.fr").
  const label = (c: string) =>
    c.length <= MAX_LABEL_CELL_CHARS && !c.includes('\n') && !isAddressOrNumber(c) && isFieldLabel(c);
  // Values first: a label/value table's first cell is a known label, which ends the check before
  // any value is looked up in the lexicon (values are new text each email, labels are memoised).
  return cells.every((c) => c && !label(c)) && below.every((c) => c && label(c));
}

/** A colspan attribute's value; anything unreadable is one column. */
function colspan(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 && n <= 100 ? n : 1;
}

/**
 * A row of column-group headings: two or more groups, some spanning several columns, over exactly
 * the columns of the row below, which is a header row (every cell a <th>, or every cell a label).
 * One cell spanning a label/value pair ("<td colspan=2>Name</td>" above "<td></td><td>Jane</td>")
 * is a label, not a group.
 */
function isGroupHeader(row: Row, next: Row | undefined, isLabel: (text: string) => boolean): boolean {
  if (!next || row.cells.length < 2 || !row.spans.some((s) => s > 1)) return false;
  const width = row.spans.reduce((a, b) => a + b, 0);
  const nextWidth = next.spans.reduce((a, b) => a + b, 0);
  if (width !== nextWidth || next.cells.length <= row.cells.length) return false;
  const labels = next.cells.map(cleanCell);
  return labels.every(Boolean) && (next.header.every(Boolean) || labels.every((c) => isLabel(c)));
}

/** A row of labels over (or under) a row of values, column by column, as `Label: value` lines. */
function columnPairs(labels: readonly string[], values: readonly string[]): string {
  let out = '';
  labels.forEach((l, j) => {
    const v = values[j] ?? '';
    if (l && v) out += `${pairLine(l, v)}\n${VALUE_END}\n`;
  });
  return out;
}

/** A label cell and its value cell; the value's lines stay one value (see VALUE_LINE). */
function pairLine(label: string, value: string): string {
  const v = value.replace(/\n/g, VALUE_LINE);
  return /[:：]\s*$/.test(label) ? `${label} ${v}` : `${label}: ${v}`;
}
