/**
 * The conversation reader on its own: what it must not take for a conversation (forms, forwards,
 * voicemail phishing), whose lines are the customer's, and when it yields to labelled fields.
 */
import { describe, expect, it } from 'vitest';
import {
  ownName,
  readConversation,
  takeConversation,
} from '../../../../src/processors/stages/extractors/conversation.js';
import { createLabelDictionary } from '../../../../src/processors/stages/extractors/labels.js';
import { redactText } from '../../../../src/processors/stages/redact.js';
import { newAccumulator } from '../../../../src/processors/stages/type-fields.js';

const dict = createLabelDictionary();
const read = (subject: string, body: string, businessHints: string[] = []) =>
  readConversation({ subject, body, attachments: [], html: '', businessHints, fileNames: [], dict });

describe('readConversation', () => {
  it('does not read a form with repeated unknown labels as a chat', () => {
    const form = 'Budget: 5000\nTimeline: spring\nBudget: flexible\nName: Anna Berg\nEmail: anna@example.com';
    expect(read('New conversation request', form)).toBeNull();
  });

  it('does not take a forward header block for speakers', () => {
    const fwd = [
      '---------- Forwarded message ---------',
      'From: Anna Berg <anna@example.com>',
      'Date: Thu, 3 Dec 2026 at 10:14',
      'Subject: Chat about a quote',
      'To: info@shop.example',
      '',
      'Hello, could you send me a quote?',
    ].join('\n');
    expect(read('Fwd: Chat about a quote', fwd)).toBeNull();
  });

  it('reads a voicemail notice without a transcription as nothing (the shape of voicemail phishing)', () => {
    expect(
      read('New voicemail from +1 415 555 0142', 'Listen to your message: open the attachment.'),
    ).toBeNull();
  });

  it("takes the visitor's request, going on after they hand over their number, never the agent's or the bot's lines", () => {
    const chat = [
      '[09:00] Bot: Hello! How can I help?',
      '[09:01] Guest: I need a quote for a new boiler.',
      '[09:01] Agent Tom: Sure, what is your number? Ours is 020 7946 0000.',
      '[09:02] Guest: 07700 900111, after 5pm please.',
      '[09:03] Guest: The old one is a 2009 combi and it leaks from the bottom.',
    ].join('\n');
    const talk = read('Chat transcript', chat);
    expect(talk).toMatchObject({
      kind: 'chat',
      phone: '07700 900111',
      message: 'I need a quote for a new boiler.\nThe old one is a 2009 combi and it leaks from the bottom.',
    });
  });

  it('reads contact details from the turns that only hand them over, and leaves those turns out of the message', () => {
    const chat = [
      '[09:00] Bot: Welcome! What can we do for you?',
      '[09:01] Visitor: Do you fit skylights in loft conversions? Ours is 4 m wide.',
      "[09:01] Bot: Yes. What's your name?",
      '[09:02] Visitor: Priya Natarajan',
      '[09:02] Bot: And the best number to reach you?',
      '[09:02] Visitor: sure, 07700 900222',
      '[09:03] Visitor: priya.n@example.org',
    ].join('\n');
    expect(read('Chat transcript', chat)).toMatchObject({
      fullName: 'Priya Natarajan',
      phone: '07700 900222',
      email: 'priya.n@example.org',
      message: 'Do you fit skylights in loft conversions? Ours is 4 m wide.',
    });
  });

  it("tells the business's own name in a WhatsApp export from the customer's", () => {
    const export0 = [
      '[01/12/2026, 09:00:00] Anna Berg: Hi, do you clean gutters?',
      '[01/12/2026, 09:05:00] Bright Windows: Yes! Where are you based?',
      '[01/12/2026, 09:06:00] Anna Berg: Leeds, LS6. anna.berg@example.com',
    ].join('\n');
    const talk = read('WhatsApp', export0, ['Bright Windows', 'info@bright-windows.example']);
    expect(talk).toMatchObject({ kind: 'whatsapp', fullName: 'Anna Berg', email: 'anna.berg@example.com' });
    expect(talk?.message).not.toContain('Where are you based');
  });

  it('never takes the tracking number or the number called for the caller', () => {
    const notice =
      'Tracking number: (512) 555-0100\nNumber called: (512) 555-0111\nCaller ID: (512) 555-0199';
    expect(read('Missed call', notice)?.phone).toBe('(512) 555-0199');
  });

  it('reads a spoken address in a transcription', () => {
    const vm = 'Transcription:\nHi, my name is Jo Park, email jo dot park at example dot co dot uk, thanks.';
    expect(read('New voicemail from 07700 900222', vm)).toMatchObject({
      fullName: 'Jo Park',
      email: 'jo.park@example.co.uk',
      phone: '07700 900222',
    });
  });
});

describe('takeConversation', () => {
  it('lets a form whose subject reads like a platform message keep its labelled fields', () => {
    const acc = newAccumulator();
    acc.email = 'anna@example.com';
    const talk = read(
      'New message from Anna Berg',
      'New message from Anna Berg\n\nHello there, 0171 2345678',
    );
    expect(talk?.kind).toBe('platform');
    expect(takeConversation(acc, talk ?? never())).toBe(false);
    expect(acc.email).toBe('anna@example.com');
  });

  it("replaces what labels read in a call notice (the tracking number is not the customer's)", () => {
    const acc = newAccumulator();
    acc.phone = '(512) 555-0100';
    const talk = read('Missed call', 'Tracking number: (512) 555-0100\nCaller ID: (512) 555-0199');
    expect(takeConversation(acc, talk ?? never())).toBe(true);
    expect(acc.phone).toBe('(512) 555-0199');
  });
});

function never(): never {
  throw new Error('expected a conversation');
}

describe('shapes seen in the wild', () => {
  it('reads "(10:14:03 AM) Visitor 48213: …" turns, with a numbered visitor', () => {
    const chat = [
      '(10:14:03 AM) Chatbot: Hi! What can we do for you?',
      '(10:14:40 AM) Visitor 48213: Do you fit heat pumps? my number is 0171 2345678',
      '(10:15:02 AM) System: Visitor 48213 joined the chat',
      '(10:15:10 AM) Visitor 48213: Thanks',
    ].join('\n');
    expect(read('Chat transcript', chat)).toMatchObject({
      phone: '0171 2345678',
      // A closing "Thanks" is courtesy, not part of the request.
      message: 'Do you fit heat pumps? my number is 0171 2345678',
    });
  });

  it('takes the sender\'s name and number from "SMS from Anna Berg (+44 …)"', () => {
    expect(
      read('SMS from Anna Berg (+44 7700 900333)', 'Is Saturday still free for the viewing?'),
    ).toMatchObject({
      kind: 'sms',
      fullName: 'Anna Berg',
      phone: '+44 7700 900333',
      message: 'Is Saturday still free for the viewing?',
    });
  });

  it('reads "You have a new message from X on <platform>" and "X hat Ihnen geschrieben"', () => {
    const en = read(
      'You have a new message from Rachel Adams on Bark',
      'Hi, can you quote for a patio? 07700 900444',
    );
    expect(en).toMatchObject({ kind: 'platform', fullName: 'Rachel Adams', phone: '07700 900444' });
    const de = read(
      'Jonas Weber hat Ihnen geschrieben',
      'Jonas Weber hat Ihnen geschrieben\n\nHallo, ist der Termin frei? 0171 9876543\n\nAntworten',
    );
    expect(de).toMatchObject({
      fullName: 'Jonas Weber',
      message: 'Hallo, ist der Termin frei? 0171 9876543',
    });
  });

  it('reads an iPhone export attachment with direction marks and narrow spaces', () => {
    const text = [
      '\u200e[12/5/26, 10:14:03\u202fAM] Anna Berg: Hi, are you free to paint a hallway next week?',
      '[12/5/26, 10:20:00\u202fAM] Bright Painters: Yes, where is it?',
      '[12/5/26, 10:21:00\u202fAM] Anna Berg: Leeds. anna.berg@example.com',
    ].join('\n');
    const talk = readConversation({
      subject: 'WhatsApp Chat with Anna Berg',
      body: 'Chat attached.',
      attachments: [{ kind: 'text', text }],
      html: '',
      businessHints: ['Bright Painters', 'jo@bright-painters.example'],
      fileNames: [],
      dict,
    });
    expect(talk).toMatchObject({ kind: 'whatsapp', fullName: 'Anna Berg', email: 'anna.berg@example.com' });
  });

  it("takes a saved contact's number from the export's file name", () => {
    const text = [
      '[12/5/26, 10:14:03] Anna: Hi, are you free to paint a hallway next week?',
      '[12/5/26, 10:20:00] Bright Painters: Yes, where is it?',
      '[12/5/26, 10:21:00] Anna: Leeds, any weekday works.',
    ].join('\n');
    const talk = readConversation({
      subject: 'Fwd: chat',
      body: 'See attached.',
      attachments: [{ kind: 'text', text }],
      html: '',
      businessHints: ['Bright Painters', 'jo@bright-painters.example'],
      fileNames: ['WhatsApp Chat - +44 7700 900456.zip', '_chat.txt'],
      dict,
    });
    expect(talk).toMatchObject({ kind: 'whatsapp', phone: '+44 7700 900456' });
  });

  it('reads speakers wrapped in direction marks in a pasted export', () => {
    const body = [
      '[04/12/26, 18:15:22] \u202a+34 612 34 56 78\u202c: Hola, ¿hacéis reformas de cocina?',
      '[04/12/26, 18:30:41] Reformas Turia: Sí, claro.',
      '[04/12/26, 18:33:10] \u202a+34 612 34 56 78\u202c: El martes por la tarde.',
    ].join('\n');
    const talk = readConversation({
      subject: 'Chat',
      body,
      attachments: [],
      html: '',
      businessHints: ['Reformas Turia'],
      fileNames: [],
      dict,
    });
    expect(talk).toMatchObject({ kind: 'whatsapp', phone: '+34 612 34 56 78' });
  });
});

describe('analytics redaction of names a chat customer writes', () => {
  it.each([
    ["No that's all, thanks Sarah!", 'Sarah'],
    ['Perfekt, danke Petra!', 'Petra'],
    ['Merci Julie, à bientôt', 'Julie'],
    ['Vale, muchas gracias Irene.', 'Irene'],
  ])('%s', (text, name) => {
    expect(redactText(text)).not.toContain(name);
  });
});

describe("ownName: the name in the customer's own words", () => {
  it('reads self-introductions and sign-offs in four languages', () => {
    expect(ownName('Hi, this is Jane Doe. I need a plumber.')).toBe('Jane Doe');
    expect(ownName('Guten Tag, mein Name ist Thomas Hartmann und ich wohne hier.')).toBe('Thomas Hartmann');
    expect(ownName('Bonjour, je suis Claire Dubois, votre voisine.')).toBe('Claire Dubois');
    expect(ownName('Hola, soy Marta Gil Navarro, llamaba por una cita.')).toBe('Marta Gil Navarro');
    expect(ownName('Could you quote for oak worktops?\n\nCheers, Ben Watts')).toBe('Ben Watts');
    expect(
      ownName(
        'Presupuesto, por favor.\nSaludos cordiales, Javier Ortega\n612 333 444\nEnviado desde mi iPhone',
      ),
    ).toBe('Javier Ortega');
  });
  it('takes no state or wish written in title case for a name', () => {
    expect(ownName('Hi, I am Interested In Your Services, please call.')).toBeNull();
    expect(ownName('Je suis Propriétaire Occupant depuis dix ans.')).toBeNull();
    expect(ownName('Hola, soy Nueva Cliente.')).toBeNull();
  });
});
