import { describe, expect, it } from 'vitest';
import {
  continuesOpenValue,
  FIELD_SYNTAX,
  type FieldSyntax,
  type FieldWords,
  indentOf,
  type LinesBelow,
  writtenAsCustomer,
} from '../../../../src/processors/stages/extractors/open-value.js';

const leaderForm = {
  syntax: FIELD_SYNTAX.leader,
  formSyntaxes: new Set<FieldSyntax>([FIELD_SYNTAX.leader]),
  indent: 0,
};

describe('continuesOpenValue', () => {
  it('keeps a line written as a field in a syntax the form never used', () => {
    // Prepare / Act / Assess: "Budget: up to A$900." under "Message ....... We are six…".
    expect(
      continuesOpenValue(leaderForm, {
        syntax: FIELD_SYNTAX.colon,
        indent: 0,
        formsOwnField: false,
        writtenAsCustomer: false,
      }),
    ).toBe(true);
  });

  it('leaves a field in the form’s own syntax, or in the open field’s, to the reader', () => {
    expect(
      continuesOpenValue(leaderForm, {
        syntax: FIELD_SYNTAX.leader,
        indent: 0,
        formsOwnField: false,
        writtenAsCustomer: false,
      }),
    ).toBe(false);
    const first = { syntax: FIELD_SYNTAX.colon, formSyntaxes: new Set<FieldSyntax>(), indent: 0 };
    expect(
      continuesOpenValue(first, {
        syntax: FIELD_SYNTAX.colon,
        indent: 0,
        formsOwnField: false,
        writtenAsCustomer: false,
      }),
    ).toBe(false);
  });

  it('keeps a line indented under the open field, field-like or not', () => {
    const bullet = { syntax: FIELD_SYNTAX.bullet, formSyntaxes: new Set<FieldSyntax>(), indent: 0 };
    expect(
      continuesOpenValue(bullet, {
        syntax: FIELD_SYNTAX.colon,
        indent: 2,
        formsOwnField: false,
        writtenAsCustomer: false,
      }),
    ).toBe(true);
    expect(
      continuesOpenValue(bullet, { syntax: null, indent: 2, formsOwnField: false, writtenAsCustomer: false }),
    ).toBe(true);
    expect(
      continuesOpenValue(bullet, { syntax: null, indent: 0, formsOwnField: false, writtenAsCustomer: false }),
    ).toBe(false);
  });

  it('never keeps the customer’s contact, an id, a consent or staff field, in any syntax or indent', () => {
    expect(
      continuesOpenValue(leaderForm, {
        syntax: FIELD_SYNTAX.colon,
        indent: 0,
        formsOwnField: true,
        writtenAsCustomer: false,
      }),
    ).toBe(false);
    expect(
      continuesOpenValue(leaderForm, {
        syntax: null,
        indent: 4,
        formsOwnField: true,
        writtenAsCustomer: false,
      }),
    ).toBe(false);
  });

  it('keeps a line written in the customer’s words in the form’s own syntax', () => {
    const colonForm = {
      syntax: FIELD_SYNTAX.colon,
      formSyntaxes: new Set<FieldSyntax>([FIELD_SYNTAX.colon]),
      indent: 0,
    };
    expect(
      continuesOpenValue(colonForm, {
        syntax: FIELD_SYNTAX.colon,
        indent: 0,
        formsOwnField: false,
        writtenAsCustomer: true,
      }),
    ).toBe(true);
  });
});

const words = (label: string, value = '', more: Partial<FieldWords> = {}): FieldWords => ({
  label,
  value,
  namesMessage: false,
  formSpeaksAsCustomer: false,
  underProse: false,
  ...more,
});
const below = (items: number, after: LinesBelow['after'], closesText = false): LinesBelow => ({
  items,
  after,
  closesText,
});

describe('writtenAsCustomer', () => {
  it('reads a lead-in above the customer’s list and closing line as theirs, in any language', () => {
    // Prepare / Act / Assess: "Our questions:" / "- Is clay included?" / "- …" / "Thanks!".
    for (const label of ['Our questions', 'Meine Fragen', 'Nos questions', 'Nuestras preguntas'])
      expect(writtenAsCustomer(words(label), below(3, 'prose'))).toBe(true);
    // "A few questions:" speaks as nobody, but a list and a closing line follow it: no field holds that.
    expect(writtenAsCustomer(words('A few questions', '', { namesMessage: true }), below(2, 'prose'))).toBe(
      true,
    );
    // "My situation:" alone above a sentence of theirs.
    expect(writtenAsCustomer(words('My situation'), below(0, 'prose'))).toBe(true);
  });

  it('leaves a label above a list that the form goes on after, or above one value, to the form', () => {
    expect(writtenAsCustomer(words('Services'), below(2, 'field'))).toBe(false);
    expect(writtenAsCustomer(words('Services'), below(2, 'end'))).toBe(false);
    expect(writtenAsCustomer(words('Mein Name'), below(0, 'value'))).toBe(false);
  });

  it('reads a first-person label or a sentence as the customer’s line', () => {
    expect(
      writtenAsCustomer(
        words('Unser Projekt', 'ein Keramikkurs für 6 Personen.', { namesMessage: true }),
        below(0, 'prose'),
      ),
    ).toBe(true);
    expect(writtenAsCustomer(words('Best time to reach me', '9:00–11:00.'), below(0, 'field'))).toBe(true);
    expect(writtenAsCustomer(words('Mejor hora para llamarme', '18:00–20:00.'), below(0, 'end'))).toBe(true);
    expect(writtenAsCustomer(words('Budget', 'up to £1,500.'), below(0, 'end'))).toBe(true);
  });

  it('reads topic lines closing the customer’s prose as theirs, in any language', () => {
    // Prepare / Act / Assess: "…Dusche statt Wanne." / "Budget: ca. € 4.500,–" / "Zeitraum: ab 1. Juni" / "--".
    for (const [label, value] of [
      ['Budget', 'ca. € 4.500,–'],
      ['Zeitraum', 'ab 1. Juni 2026'],
      ['Délai', 'à partir de mai'],
      ['Plazo', 'a partir de marzo de 2027'],
      ['Timing', 'from mid 2026'],
    ] as const)
      expect(writtenAsCustomer(words(label, value, { underProse: true }), below(0, 'field', true))).toBe(
        true,
      );
  });

  it('leaves topic lines to the form when no prose is above them, or the form asks for them', () => {
    // "Nachricht:" left empty, then the form's "Budget: 5000" closing the mail.
    expect(writtenAsCustomer(words('Budget', '5000'), below(0, 'end', true))).toBe(false);
    // The form addresses the customer, asks, or names its free-text field.
    expect(writtenAsCustomer(words('Your budget', '5000', { underProse: true }), below(0, 'end', true))).toBe(
      false,
    );
    expect(
      writtenAsCustomer(words('Anything else?', 'no', { underProse: true }), below(0, 'end', true)),
    ).toBe(false);
    expect(
      writtenAsCustomer(
        words('Remarks', 'none', { underProse: true, namesMessage: true }),
        below(0, 'end', true),
      ),
    ).toBe(false);
  });

  it('leaves the form’s own fields to the form', () => {
    // A bare value, a label that addresses the customer, a question, a free-text field's label.
    expect(writtenAsCustomer(words('Preferred date', '12 May'), below(0, 'end'))).toBe(false);
    expect(writtenAsCustomer(words('Budget', '900 €'), below(0, 'field'))).toBe(false);
    expect(writtenAsCustomer(words('Budget', 'up to £1,500.'), below(0, 'field'))).toBe(false);
    expect(
      writtenAsCustomer(words('How did you hear about us', 'A friend recommended you.'), below(0, 'end')),
    ).toBe(false);
    expect(writtenAsCustomer(words('Votre budget', 'jusqu’à 900 €.'), below(0, 'end'))).toBe(false);
    expect(
      writtenAsCustomer(
        words('Special requests', 'We are celebrating.', { namesMessage: true }),
        below(0, 'end'),
      ),
    ).toBe(false);
    // The form's own labels speak as "I": a first-person label is no sign.
    expect(
      writtenAsCustomer(words('Mein Wohnort', 'Bremen', { formSpeaksAsCustomer: true }), below(0, 'end')),
    ).toBe(false);
  });
});

describe('indentOf', () => {
  it('counts the spaces and tabs opening a line', () => {
    expect(indentOf('   → We need')).toBe(3);
    expect(indentOf('\tBudget: 600 €')).toBe(1);
    expect(indentOf('Name')).toBe(0);
  });
});
