/**
 * The existing-client rule on single messages, en/de/fr/es: a client's own booking, order, job or
 * bill with an ask about it (firm: move, cancel, cannot come, late; soft: confirm, people, what to
 * bring, status, the bill), against new customers who ask to book, quote with a date, mention a
 * marketplace's request number or write about their current supplier.
 */
import { describe, expect, it } from 'vitest';
import { existingClientRequest } from '../../../src/processors/stages/triage-existing-client.js';

describe('existingClientRequest', () => {
  it.each([
    'Je dois reporter notre rendez-vous du 3 mars, pouvez-vous me rappeler ?',
    'The heat pump you installed in March keeps tripping and is not working at all now.',
    'Die Markise, die Sie letzten Sommer montiert haben, ist kaputt. Ist das ein Garantiefall?',
    'La pompe que vous avez installée fuit depuis hier, est-elle sous garantie ?',
    'La caldera que nos instalaron ha dejado de funcionar.',
    'We ordered the oak dining table from you in October and have heard nothing. When will it arrive?',
    'Tengo cita con la doctora el martes, pero me ha surgido un viaje. ¿Podríamos pasarla al jueves?',
    'Ich habe am Donnerstag einen Termin bei Ihnen, aber mir ist etwas dazwischengekommen.',
    'Our appointment tomorrow – could we make it 11 instead of 10? Can we do 11 instead?',
    'Quería confirmar mi cita del jueves a las 10.',
    'Ich wollte meinen Termin am Dienstag bestätigen.',
    'Hi, just checking what I should bring to my session on Saturday.',
    'When will you be back to finish the job you started? Our job number is 77812.',
    'Les travaux que vous avez faits la semaine dernière : la facture ne correspond pas au devis.',
    'Can we move my appointment from Tuesday to Thursday?',
    'I need to push back our booking ref 45521 by a week.',
    "Hi, I won't make it to the appointment on Friday, sorry.",
    "Could we shift it to 4pm? It's the appointment I have with Dr Lee tomorrow.",
    "I'm going to be about 10 minutes late for my 2pm appointment.",
    'We booked a table for 4 on Saturday, could we make it 6 people instead? Add two more people please.',
    'What do I need to bring to my first lesson on Monday?',
    'Any update on my order 551234? It was due last week.',
    'I have a question about the invoice you sent for the job you did last week.',
    'Please cancel my reservation for tonight.',
    'Ich muss meinen Termin am Montag leider absagen.',
    'Können wir unseren Termin am 3. März verschieben?',
    'Meine Buchung Nr. 44821: wir sind zwei Personen mehr.',
    'Ich kann leider nicht zu meinem Termin morgen kommen.',
    'Bitte stornieren Sie meine Bestellung 123456.',
    'Was muss ich zu meinem Termin mitbringen?',
    'Je voudrais décaler mon rendez-vous de mardi.',
    'Je ne pourrai pas venir à mon rendez-vous demain, désolé.',
    'Pouvez-vous annuler ma réservation n° 88123 ?',
    "Notre rendez-vous du 12 : nous serons en retard d'un quart d'heure.",
    'Où en est notre commande ?',
    'Necesito cambiar la cita del lunes.',
    'Quiero anular mi reserva para el sábado.',
    'No podré ir a mi cita de mañana.',
    'La reserva que hice para el viernes: seremos dos personas más.',
    '¿Cómo va el trabajo que nos hicieron? Mi pedido 55412 aún no ha llegado, ¿cómo va?',
    "Hi, I'm writing about my appointment on the 14th. Can we do the 21st instead?",
    // Only a client has an invoice or a receipt to ask a copy of.
    'I paid for four lessons in November but never received a receipt. Could you send me a copy?',
    'Could you send us a copy of the invoice for the hedge work? Our accountant needs it.',
    'Ich habe im Oktober zwei Gläser Honig gekauft. Könnten Sie mir eine Kopie der Rechnung schicken?',
    'Bitte schicken Sie mir eine Rechnungskopie, die Quittung habe ich verlegt.',
    "J'ai égaré ma facture du mois dernier, pourriez-vous m'en envoyer une copie de la facture ?",
    'Pourriez-vous me renvoyer un duplicata de ma facture de septembre ?',
    '¿Me podrían enviar una copia de la factura de la reparación? La necesito para el seguro.',
    'No he recibido ningún recibo del pago de la matrícula, ¿me lo pueden mandar?',
    'We paid the deposit for the wedding flowers last week. Could you email me a receipt, please?',
    'Könnten Sie mir für die Anzahlung vom 3. November bitte eine Quittung zuschicken?',
    "Pourriez-vous m'envoyer un justificatif de paiement pour l'acompte versé en octobre ?",
    '¿Me pueden mandar el comprobante de pago de la señal que hice el lunes?',
  ])('an existing client: %s', (text) => {
    expect(existingClientRequest(text)).toBe(true);
  });

  it.each([
    'Quiero cambiar de compañía, mi factura de la luz es muy alta. ¿Me hacen una oferta?',
    'I want to cancel my contract with my current broadband provider and switch to you.',
    'Meine Rechnung beim alten Anbieter ist zu hoch, ich möchte wechseln und kündigen.',
    'Je voudrais résilier mon contrat actuel et changer de fournisseur, ma facture est trop élevée.',
    'We need a quote to change our boiler. Our appointment with another firm was a no-show.',
    'Hola, quiero cambiar la encimera de mi cocina. ¿Cuándo podrían venir?',
    "Nous aimerions avancer les travaux du jardin avant l'été. Pouvez-vous nous faire un devis ?",
    "I'd like to book an appointment next week. Do you have availability?",
    'Can I get an appointment next week? Please confirm my booking.',
    'Quisiera pedir cita para el martes.',
    'Request #12345: I need a quote for moving house on 3 May; can you move the piano too?',
    "Could you quote for a new fence? We'd like it done by 14 March, we can change the date if needed.",
    'Ich hätte gern einen Termin. Können Sie mir bestätigen, ob Dienstag geht?',
    'Je souhaite prendre rendez-vous. Pouvez-vous me confirmer une date ?',
    "Nous voulons changer la chaudière avant l'hiver, pouvez-vous passer ?",
    'Quiero cambiar el suelo de mi cocina, ¿me dan presupuesto?',
    'My order of preference would be Tuesday then Thursday. I want to change my kitchen.',
    "Our job is to run the school fete; we'd like to hire your bouncy castle. Could it be moved indoors if it rains?",
    'I cancelled with another company because they were late. Can you quote for my garden?',
    "I'd like to book a table for 6. What should we bring for the birthday cake?",
    "Can I have an appointment on Monday? I can't make Tuesday.",
    'Wir möchten unseren Garten umgestalten und einen Termin für eine Besichtigung vereinbaren.',
    'Mi jardín necesita cambiar el césped. ¿Tienen disponibilidad?',
    'The boiler the previous owner installed has stopped working. Do you offer a guarantee on repairs?',
    'Unsere alte Heizung ist kaputt. Bieten Sie eine Garantie auf den Einbau?',
    'Notre portail ne fonctionne plus, pouvez-vous faire un devis ?',
    '¿Qué garantía ofrecen en la instalación de riego?',
    'If we ordered the table this week, when would it be delivered?',
    'Quiero pasarla a limpio: ¿cuánto cuesta imprimir una tesis de 200 páginas?',
    // A new customer asking how billing works, or for a quote to be invoiced.
    'Do you provide an invoice for business customers? We need a quote for 40 m² of paving.',
    'Stellen Sie eine Rechnung aus? Wir brauchen ein Angebot für die Dachrinne.',
    'Pouvez-vous établir une facture au nom de la société ? Nous voulons un devis pour le parquet.',
    '¿Emiten factura? Quiero presupuesto para pintar el piso.',
  ])('a new customer: %s', (text) => {
    expect(existingClientRequest(text)).toBe(false);
  });

  it("reads a soft ask as a new customer's when a booking tool says a booking was made", () => {
    expect(existingClientRequest('Please confirm my booking, thanks!')).toBe(true);
    expect(existingClientRequest('Please confirm my booking, thanks!', true)).toBe(false);
    expect(existingClientRequest('I need to cancel my booking.', true)).toBe(true);
  });
});
