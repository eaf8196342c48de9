/**
 * The pitch-text model: how much a message reads as a seller's pitch or spam rather than a
 * customer's request. A text model (./text-model.ts), trained by bench/train/train-pitch-text.ts
 * and committed as pitch-text-model.json. It reads the customer's message (a form's message field,
 * or the body when there are no fields), because a form notification's frame says nothing about
 * who typed into it.
 */
import model from './pitch-text-model.json' with { type: 'json' };
import { createTextScorer, type TextModelFile } from './text-model.js';

/** 0..1: how much `text` reads as a seller's pitch or spam (0 for no text). */
export const pitchTextScore = createTextScorer(model as TextModelFile);
