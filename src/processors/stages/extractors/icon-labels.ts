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

/** `📧 ann@example.com` → `E-mail: ann@example.com`; lines without a leading icon are kept. */
export function labelIcons(text: string): string {
  if (!ANY_ICON.test(text)) return text;
  return text.replace(ICON_LINE, (line, lead: string, icon: string, value: string) => {
    const label = ICON_LABEL.find(([re]) => re.test(icon))?.[1];
    return label ? `${lead}${label}: ${value}` : line;
  });
}
