import type { LabelDictionary } from './labels.js';

/**
 * Labels in brackets before their value, as ticketing and chat tools print a form:
 * `[Name] Anna Weber`, `[Téléphone] 06…`, `【E-Mail】 …`, `<Mensaje> …`. The line reader sees no
 * separator there, so the bracketed label becomes `Label: value`. Only a label the lexicon knows
 * is read, so an INI section (`[contact]`, alone on its line), a print_r key (`[name] => …`) or an
 * address in angle brackets stay as written.
 */
const BRACKETED =
  /^([ \t]*)(?:\[([^\]\n]{1,40})\]|【([^】\n]{1,40})】|<([^<>@\n]{1,40})>)[ \t]*[:：]?[ \t]*(?!=>)(\S[^\n]*)$/gm;

export function bracketLabels(text: string, dict: LabelDictionary): string {
  if (!/^[ \t]*[[【<]/m.test(text)) return text;
  return text.replace(
    BRACKETED,
    (line, indent: string, square?: string, lenticular?: string, angle?: string, value?: string) => {
      const label = (square ?? lenticular ?? angle ?? '').trim();
      return label && dict.lookup(label) ? `${indent}${label}: ${value}` : line;
    },
  );
}
