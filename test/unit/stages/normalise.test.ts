import { describe, expect, it } from 'vitest';
import { findEmails, normaliseEmail, normaliseMessage } from '../../../src/processors/stages/normalise.js';

describe('normaliseEmail', () => {
  it('lowercases, unwraps and validates', () => {
    expect(normaliseEmail(' Jane.Doe@Example.COM ')).toBe('jane.doe@example.com');
    expect(normaliseEmail('mailto:<a+b@x.io>')).toBe('a+b@x.io');
    expect(normaliseEmail('not an email')).toBeNull();
    expect(normaliseEmail('a@b')).toBeNull();
    expect(findEmails('x a@b.co y C@D.org')).toEqual(['a@b.co', 'c@d.org']);
  });
});

describe('normaliseMessage', () => {
  it('trims, keeps line breaks and collapses blank runs', () => {
    expect(normaliseMessage('  Hi \r\n\r\n\r\n\r\nthere  ')).toBe('Hi\n\nthere');
    expect(normaliseMessage('   ')).toBeNull();
  });

  it("drops the HTML renderer's block and value-line marks, whichever reader left them", () => {
    expect(normaliseMessage('\u241e\nHi, two hedges.\u241f\nThanks\n\u241e')).toBe('Hi, two hedges.\nThanks');
    expect(normaliseMessage('\u241e\n\u241e')).toBeNull();
  });

  it("drops a separator or a YAML block scalar's indicator at the message's edges", () => {
    expect(normaliseMessage('|\nTwo hedges to cut.\nThanks')).toBe('Two hedges to cut.\nThanks');
    expect(normaliseMessage('>-\nZwei Hecken\nschneiden.')).toBe('Zwei Hecken\nschneiden.');
    expect(normaliseMessage('------\nDeux haies à tailler.\n\n--')).toBe('Deux haies à tailler.');
    expect(normaliseMessage('Dos setos:\n- delantero\n- trasero')).toBe('Dos setos:\n- delantero\n- trasero');
  });

  it("drops the form's checkboxes and field lines echoed under the message", () => {
    expect(normaliseMessage('Two hedges to cut.\nNewsletter ☑ Yes')).toBe('Two hedges to cut.');
    expect(normaliseMessage('Zwei Hecken.\n[x] Ich stimme zu\n\nRückruf → Abends')).toBe('Zwei Hecken.');
    expect(normaliseMessage('Deux haies.\nContact · Le soir')).toBe('Deux haies.');
    expect(normaliseMessage('Dos setos.\nPlazo – Lo Antes Posible')).toBe('Dos setos.');
  });

  it("keeps the customer's own dash list and arrows inside their text", () => {
    expect(normaliseMessage('Two areas:\nFront garden – about 20 m²\nBack garden – about 80 m²')).toBe(
      'Two areas:\nFront garden – about 20 m²\nBack garden – about 80 m²',
    );
    expect(normaliseMessage('Route: gate → shed → pond.\nThanks!')).toBe(
      'Route: gate → shed → pond.\nThanks!',
    );
  });
});
