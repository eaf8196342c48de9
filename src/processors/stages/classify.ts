/**
 * Classification of non-leads. Every pattern is compiled once at module load.
 *
 * Two phases. Before extraction: delivery reports and auto-replies are rejected outright; nothing
 * in them is a new customer. After extraction: bulk and transactional signals are weighed against
 * what extraction found, because real lead notification systems (HubSpot, Mailchimp forms, some
 * ad platforms) send with List-Unsubscribe, Precedence: bulk or Auto-Submitted: auto-generated.
 * Decision: such a signal rejects the email UNLESS a specific source profile (not the `other`
 * fallback) matched AND the contact came from labelled form fields (or ADF/JSON), not from a
 * header fallback. A newsletter that happens to mention an address therefore stays rejected.
 */
import type { Rejection } from '../result.js';
import type { ParsedEmail } from './parse.js';

const DSN_SENDER = /^(?:mailer-daemon|postmaster|mail-daemon|mailerdaemon)@/i;
const DSN_SUBJECT =
  /\b(?:undeliver(?:ed|able)|delivery (?:status notification|failure|has failed|failed|incomplete)|mail delivery (?:failed|failure|subsystem)|returned mail|failure notice|non-delivery|unzustellbar|nicht zustellbar|übermittlungsfehler|non remis|échec (?:de (?:la )?)?(?:remise|distribution|livraison)|message non distribué|no se (?:puede|pudo) entregar|no entregado|error de entrega|notificación de estado de entrega)\b/i;
const OOO_SUBJECT =
  /(?:^|\b)(?:auto(?:matic|matische)?[- ]?(?:reply|response|antwort)|autoreply|out of (?:the )?office|ooo:|away from (?:the )?office|on (?:vacation|holiday|leave)|abwesenheit(?:snotiz)?|abwesend|nicht im büro|im urlaub|réponse automatique|message d.absence|absence du bureau|absent du bureau|en congés?|respuesta automática|fuera de la oficina|ausente de la oficina|ausente:|de vacaciones)(?:\b|(?<=:))/i;
const TRANSACTIONAL_SUBJECT =
  /\b(?:invoice|your receipt|receipt (?:for|from|#)|payment receipt|order confirmation|order #?\s?\d|your order|payment (?:received|confirmation|successful|failed)|password reset|reset your password|verify your (?:e-?mail|account)|confirm your (?:e-?mail|account|subscription|registration)|shipping confirmation|has shipped|subscription renewal|rechnung|quittung|zahlungsbestätigung|bestellbestätigung|ihre bestellung|passwort zurücksetzen|bestätigen sie ihre|facture|votre reçu|reçu de paiement|confirmation de (?:commande|paiement)|votre commande|réinitialis\w+ (?:de )?(?:votre )?mot de passe|confirmez votre|factura|su recibo|tu recibo|recibo de pago|confirmación de (?:pedido|pago)|tu pedido|su pedido|restablec\w+ (?:tu |su )?contraseña|confirma tu)\b/i;
const BULK_PRECEDENCE = /^(?:bulk|list|junk)$/i;

/** Phase one: reasons that no extraction result can overturn. */
export function classifyBeforeExtraction(email: ParsedEmail): Rejection | null {
  const h = email.headers;
  if (email.contentType.startsWith('multipart/report')) {
    return { reason: 'delivery_report', detail: 'multipart/report (RFC 6522)' };
  }
  if (email.from && DSN_SENDER.test(email.from.address)) {
    return { reason: 'delivery_report', detail: 'sent by a mailer daemon' };
  }
  if (DSN_SUBJECT.test(email.subject))
    return { reason: 'delivery_report', detail: 'delivery-status subject' };
  const autoSubmitted = (h.get('auto-submitted') ?? '').trim().toLowerCase();
  // RFC 3834 §5: auto-replied (and unknown extensions) are responses; auto-generated is weighed later.
  if (autoSubmitted && autoSubmitted !== 'no' && !autoSubmitted.startsWith('auto-generated')) {
    return { reason: 'auto_reply', detail: `Auto-Submitted: ${autoSubmitted.slice(0, 40)}` };
  }
  // Precedence: auto_reply is what Exchange and several vacation responders set (not in any RFC).
  if (/^auto[_-]?reply$/i.test((h.get('precedence') ?? '').trim())) {
    return { reason: 'auto_reply', detail: 'Precedence: auto_reply' };
  }
  if (h.has('x-autoreply') || h.has('x-autorespond') || h.has('x-autoresponder')) {
    return { reason: 'auto_reply', detail: 'X-Autoreply header' };
  }
  if (OOO_SUBJECT.test(email.subject)) return { reason: 'auto_reply', detail: 'out-of-office subject' };
  return null;
}

export interface ExtractionEvidence {
  /** A profile other than the fallback matched. */
  specificProfile: boolean;
  /** The email or phone came from form fields, ADF or JSON (not from headers or a body scan). */
  labelledContact: boolean;
  hasContact: boolean;
}

/** Phase two: bulk, auto-generated and transactional signals, then the no-contact check. */
export function classifyAfterExtraction(email: ParsedEmail, ev: ExtractionEvidence): Rejection | null {
  const trusted = ev.specificProfile && ev.labelledContact;
  const h = email.headers;
  if (!trusted) {
    if (h.has('list-unsubscribe') || h.has('list-id'))
      return { reason: 'bulk', detail: 'List-Unsubscribe/List-Id header' };
    const precedence = (h.get('precedence') ?? '').trim();
    if (BULK_PRECEDENCE.test(precedence))
      return { reason: 'bulk', detail: `Precedence: ${precedence.toLowerCase()}` };
    if ((h.get('auto-submitted') ?? '').trim().toLowerCase().startsWith('auto-generated')) {
      return {
        reason: 'auto_reply',
        detail: 'Auto-Submitted: auto-generated without a recognised lead form',
      };
    }
    if (TRANSACTIONAL_SUBJECT.test(email.subject))
      return { reason: 'transactional', detail: 'transactional subject' };
  }
  if (!ev.hasContact) return { reason: 'no_contact', detail: 'no customer email or phone found' };
  return null;
}
