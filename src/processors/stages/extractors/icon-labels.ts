import { ARROW } from './answer-arrow.js';
import type { LabelDictionary } from './labels.js';

/**
 * Values labelled only by an icon. Templates put an emoji (`📧 ann@…`, `📞 0171…`, `👤 Ann Lee`)
 * or a pictogram image/icon font (`<img alt="Phone">`, `<i aria-label="E-Mail">`) where a form
 * writes its label. The emoji at the start of a line becomes the word label the lexicon types;
 * html.ts turns an icon's alt/aria-label/title into its label text.
 */

/** Emoji (with or without the emoji variation selector) → the label it stands for. */
const ICON_LABEL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:📧|✉|📨|📩|💌|📮)/u, 'E-mail'],
  [/^(?:📞|☎|📱|📲|☏|🤙)/u, 'Phone'],
  [/^(?:👤|👥|🙋|🧑|👨|👩|🪪)/u, 'Name'],
  [/^(?:🏠|🏡|📍|🏢)/u, 'Address'],
  [/^(?:💬|📝|🗨|🗒|✏)/u, 'Message'],
];
/** A line opening with one of those icons (after an optional bullet), then the value. */
const ICON_LINE =
  /^([ \t]*(?:[-*•][ \t]*)?)(📧|✉|📨|📩|💌|📮|📞|☎|📱|📲|☏|🤙|👤|👥|🙋|🧑|👨|👩|🪪|🏠|🏡|📍|🏢|💬|📝|🗨|🗒|✏)\ufe0f?(?:[ \t]*[:：])?[ \t]*(\S.*)$/gmu;
const ANY_ICON = /[📧✉📨📩💌📮📞☎📱📲☏🤙👤👥🙋🧑👨👩🪪🏠🏡📍🏢💬📝🗨🗒✏]/u;

/** An icon that decorates a written label ("👤 Name: Ann", "💬 What can we do for you?"). */
const WRITTEN_LABEL = /^[^:：\n]{1,60}[:：]|[?？]\s*$/u;
/** A question and its answer behind an arrow on the icon's line ("👤 Who should we ask for? → Jane"). */
const ARROWED_QUESTION = new RegExp(String.raw`^([^?？\n]{1,90}[?？])[ \t]*${ARROW}[ \t]*(\S.*)$`, 'u');
/** Words a label on its own line has at most ("👤 Name", value on the next line). */
const MAX_LABEL_LINE_WORDS = 4;

/**
 * `📧 ann@example.com` → `E-mail: ann@example.com`; an icon before a written label is dropped
 * (the label says more than the icon); lines without a leading icon are kept.
 */
export function labelIcons(text: string, dict: LabelDictionary): string {
  if (!ANY_ICON.test(text)) return text;
  return text.replace(ICON_LINE, (line, lead: string, icon: string, value: string) => {
    const labelLine = value.split(/\s+/).length <= MAX_LABEL_LINE_WORDS && dict.lookup(value) !== null;
    if (labelLine || WRITTEN_LABEL.test(value)) return `${lead}${value}`;
    const label = ICON_LABEL.find(([re]) => re.test(icon))?.[1];
    // The question says what the answer is when the lexicon knows it; else the icon does ("📨 An
    // welche Adresse schreiben wir? 👉 petra@…" is an address).
    const asked = ARROWED_QUESTION.exec(value);
    if (asked)
      return dict.lookup(asked[1] as string) !== null || !label
        ? `${lead}${value}`
        : `${lead}${label}: ${asked[2]}`;
    return label ? `${lead}${label}: ${value}` : line;
  });
}
