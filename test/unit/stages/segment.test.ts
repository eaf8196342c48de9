import { describe, expect, it } from 'vitest';
import { unwrapForwarded } from '../../../src/processors/stages/segment.js';

describe('unwrapForwarded', () => {
  it.each([
    ['Gmail en', '---------- Forwarded message ---------', 'From', 'Subject'],
    ['Gmail de', '---------- Weitergeleitete Nachricht ---------', 'Von', 'Betreff'],
    ['Gmail fr', '---------- Message transféré ---------', 'De', 'Objet'],
    ['Gmail es', '---------- Mensaje reenviado ---------', 'De', 'Asunto'],
    ['Apple en', 'Begin forwarded message:', 'From', 'Subject'],
    ['Apple de', 'Anfang der weitergeleiteten Nachricht:', 'Von', 'Betreff'],
    ['Apple fr', 'Début du message réexpédié :', 'De', 'Objet'],
    ['Apple es', 'Inicio del mensaje reenviado:', 'De', 'Asunto'],
    ['Outlook en', '-----Original Message-----', 'From', 'Subject'],
    ['Outlook de', '-----Ursprüngliche Nachricht-----', 'Von', 'Betreff'],
    ['Outlook fr', "-----Message d'origine-----", 'De ', 'Objet '],
    ['Outlook es', '-----Mensaje original-----', 'De', 'Asunto'],
  ])('%s: takes the inner message, not the forwarder', (_name, marker, fromKey, subjectKey) => {
    // Prepare
    const text = `FYI\n\nBest regards,\nOwner\n+1 555 0100\n\n${marker}\n${fromKey}: Site <noreply@site.example>\n${subjectKey}: New lead\n\nName: Inner Person\n`;
    // Act
    const out = unwrapForwarded(text);
    // Assess
    expect(out?.headers.from).toBe('Site <noreply@site.example>');
    expect(out?.headers.subject).toBe('New lead');
    expect(out?.body.trim()).toBe('Name: Inner Person');
    expect(out?.preamble).toContain('Owner');
  });

  it('unwraps Outlook underscore separators, quoted forwards and nested forwards', () => {
    const outlook = unwrapForwarded(
      'hi\n________________________________\nFrom: A <a@x.io>\nSent: today\nSubject: S\n\nEmail: c@y.io',
    );
    expect(outlook?.body.trim()).toBe('Email: c@y.io');
    const quoted = unwrapForwarded(
      'Begin forwarded message:\n> From: A <a@x.io>\n> Subject: S\n>\n> Phone: 123456',
    );
    expect(quoted?.body.trim()).toBe('Phone: 123456');
    const nested = unwrapForwarded(
      '-----Original Message-----\nFrom: B <b@x.io>\n\nfwd again\n---------- Forwarded message ---------\nFrom: C <c@x.io>\n\nName: Deep',
    );
    expect(nested?.headers.from).toBe('C <c@x.io>');
    expect(nested?.body.trim()).toBe('Name: Deep');
  });

  it('returns null when nothing was forwarded', () => {
    expect(unwrapForwarded('Name: Ann\nEmail: a@b.co')).toBeNull();
  });
});
