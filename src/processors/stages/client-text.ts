/**
 * The client-text model: how much a message reads as an existing client writing about what they
 * already have or had with the business (an appointment, a booking, an order, a course, a repair, a
 * delivery, a subscription, a bill) rather than a new customer's enquiry. A text model
 * (./text-model.ts), trained by bench/train/train-client-text.ts and committed as
 * client-text-model.json. The word lists of ./triage-existing-client.ts name the wordings they
 * were written from; this model reads the many others a client may use.
 */
import model from './client-text-model.json' with { type: 'json' };
import { createTextScorer, type TextModelFile } from './text-model.js';

/**
 * The score from which triage takes a message for a client's. High, because a lost lead costs more
 * than a customer-service mail among the leads: only a message that reads clearly as a client's.
 */
export const CLIENT_TEXT_THRESHOLD = 0.85;

/** 0..1: how much `text` reads as an existing client's (0 for no text). */
export const clientTextScore = createTextScorer(model as TextModelFile);
