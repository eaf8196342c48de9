/**
 * The arrows, ticks and pens forms print before an answer: →, ⇒, ➜, ↳, ▶, », ✓, ✎, ->, ==>, the
 * hooks ↪ ⤷ ➥ ⮑, a tree's branch (└─, ├─, ╰─), and the emoji ones: ➡️, 👉, ✅. They mark where the
 * customer's text starts and are never part of it.
 */
export const ARROW =
  '(?:(?:[→⇒⇨➜➔➝➞↳↪⤷⤶➥➦⮑▶►▸»›➡☞⮕✅✔✓✎✏✍]|\u{1F449})\uFE0F?|[└├╰┗┣][─━]{0,3}>?|-{1,2}>|={1,2}>)';

const LEADING_ARROW = new RegExp(String.raw`^${ARROW}[ \t]+(?=\S)`, 'u');

/** "» Tom Ashdown" → "Tom Ashdown": a value read from a cell or a pair keeps no answer arrow. */
export function withoutAnswerArrow(value: string): string {
  return value.replace(LEADING_ARROW, '');
}
