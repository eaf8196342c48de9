import { describe, expect, it } from 'vitest';
import {
  businessParty,
  displayName,
  isPlatformReplyTo,
  signOffName,
} from '../../../src/processors/stages/resolve-parties.js';

describe('businessParty', () => {
  it("takes every address at the business's own domains, not at shared mail providers", () => {
    const isBusiness = businessParty(new Set(['reception@harbourdental.example', 'owner@gmail.com']));
    expect(isBusiness('website@harbourdental.example')).toBe(true);
    expect(isBusiness('Dr.Lee@HarbourDental.example'.toLowerCase())).toBe(true);
    expect(isBusiness('owner@gmail.com')).toBe(true);
    expect(isBusiness('jane.doe@gmail.com')).toBe(false);
    expect(isBusiness('jane@example.com')).toBe(false);
  });
});

describe('isPlatformReplyTo', () => {
  const from = { name: 'Rückruf-Service', address: 'service@rueckruf-tool.example' };
  it('rejects per-message tokens and a machine sender’s own domain', () => {
    expect(isPlatformReplyTo({ name: '', address: 'antwort+8f3a9c21d0@rueckruf-tool.example' }, null)).toBe(
      true,
    );
    expect(isPlatformReplyTo({ name: '', address: 'reply-44183207@mailer.example' }, null)).toBe(true);
    expect(isPlatformReplyTo({ name: '', address: 'leads@rueckruf-tool.example' }, from)).toBe(true);
  });
  it("keeps a customer's own Reply-To", () => {
    expect(isPlatformReplyTo({ name: 'Jane Doe', address: 'jane.doe@gmail.com' }, from)).toBe(false);
    expect(isPlatformReplyTo({ name: '', address: 'k.meier@firma-meier.example' }, from)).toBe(false);
  });
});

describe('signOffName', () => {
  it('reads the name under the last sign-off, in four languages', () => {
    expect(signOffName('Hi Sarah,\n\nA quote please.\n\nBest regards,\nDan Whitfield')).toBe('Dan Whitfield');
    expect(
      signOffName('Hallo,\n\nBitte um Angebot.\n\nMit freundlichen Grüßen\n\nKatrin Neumann\n0157 22334455'),
    ).toBe('Katrin Neumann');
    expect(signOffName('Bonjour,\nUn devis svp.\nCordialement,\nPhilippe Garnier')).toBe('Philippe Garnier');
    expect(signOffName('Hola:\nUn presupuesto.\nUn saludo,\nLaura')).toBe('Laura');
  });
  it('gives nothing for a company line or no sign-off', () => {
    expect(signOffName('Thanks,\nOakwood Website Team')).toBeNull();
    expect(signOffName('Please call me on 0171 2345678.')).toBeNull();
  });
});

describe('displayName', () => {
  it('keeps a person and drops message-taking services and address handles', () => {
    expect(displayName('Jane Doe via Website')).toBe('Jane Doe');
    expect(displayName('María José García')).toBe('María José García');
    for (const machine of [
      'Voicemail',
      'Front Desk Relay',
      'Sekretariatsservice Nord',
      'Telefonservice Süd',
      'Permanence Téléphonique',
      'Buzón de Voz',
      'Centralita Virtual',
      'javi.ortega',
      'anna_berg84',
    ])
      expect(displayName(machine), machine).toBeNull();
  });
});
