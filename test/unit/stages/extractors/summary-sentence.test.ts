import { describe, expect, it } from 'vitest';
import { summaryName } from '../../../../src/processors/stages/extractors/summary-sentence.js';

describe('summaryName', () => {
  it.each([
    ['New booking from Anna Schmidt', 'Anna Schmidt'],
    ['Sie haben eine neue Anfrage von Jana Nováková erhalten.', 'Jana Nováková'],
    ['Neue Kontaktanfrage von Tobias Roth', 'Tobias Roth'],
    ['Vous avez reçu une nouvelle Demande de Julie Martin.', 'Julie Martin'],
    ['Priya Nair from Leeds submitted your form "Free survey".', 'Priya Nair'],
    ['Bonne nouvelle ! Marie Leclerc (Bordeaux) vient de remplir votre formulaire.', 'Marie Leclerc'],
    ['Carlos Moreno, de Sevilla, ha rellenado el formulario.', 'Carlos Moreno'],
    ['Lucía F. te ha enviado una solicitud', 'Lucía F.'],
    ['Jonas Weber aus Kassel hat das Formular ausgefüllt.', 'Jonas Weber'],
    ['Anna Weber has registered for the open day and is bringing 1 guest: Tom Fischer', 'Anna Weber'],
  ])('%s → %s', (text, name) => {
    // Act / Assess
    expect(summaryName(text, 'forms.example')).toBe(name);
  });

  it.each([
    ['Neue Anfrage von MeisterPortal Plus', 'meisterportal.example'],
    ['Neue Nachricht von Ihrem Kunden', 'forms.example'],
    ['Sie haben eine neue Nachricht von Ihrer Webseite erhalten.', 'forms.example'],
    ['Google Ads has sent you a new lead', 'ads.example'],
    ['Thank you. The Team submitted nothing', 'forms.example'],
    ['a request from the website', 'forms.example'],
    ['Ein Nutzer hat Ihr Lead-Formular ausgefüllt.', 'forms.example'],
    ['Un Usuario De PisoYa te ha escrito sobre Ref. 42630736', 'pisoya.example'],
    ['Une Utilisatrice a rempli votre formulaire.', 'forms.example'],
  ])('%s names nobody', (text, domain) => {
    // Act / Assess
    expect(summaryName(text, domain)).toBeNull();
  });
});
