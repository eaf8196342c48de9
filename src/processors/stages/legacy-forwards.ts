/**
 * Forward markers of terminal mail clients and of Lotus/HCL Notes, which segment.ts's unwrapping
 * reads beside the webmail ones.
 *
 * - mutt and alpine open with "----- Forwarded message from Anna <a@x> -----", quote every
 *   forwarded line with "> " (the inner headers too) and close with "----- End forwarded message
 *   -----": what follows the close is the forwarder's own signature, not the forwarded mail.
 * - Notes opens with "----- Forwarded by Tom Baker/SALES/ACME on 07/12/2026 10:14 -----" and may
 *   name the inner sender on a line of its own ("Anna Weber <a@x>", then the date on the next
 *   line) before its To/cc/Subject lines, instead of a From line.
 */

/** Marker alternatives (sources for segment.ts's one multiline, case-insensitive MARKER). */
export const LEGACY_FORWARD_MARKERS = [
  // mutt / alpine: the marker names the forwarded message's author.
  String.raw`^[ \t>]*-{2,}[ \t]*(?:forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado)[ \t]+(?:from|von|de)[ \t][^\n]{1,200}?-{2,}[ \t]*$`,
  // Notes: the marker names the forwarder ("Forwarded by …", "Weitergeleitet von … am …").
  String.raw`^[ \t>]*-{2,}[ \t]*(?:forwarded by|weitergeleitet von|transféré par|reenviado por)[ \t][^\n]{1,200}?-{2,}[ \t]*$`,
];

const END_OF_FORWARD =
  /^[ \t>]*-{2,}[ \t]*(?:end (?:of )?forwarded message|ende (?:der )?weitergeleiteten nachricht|fin du message transféré|fin del mensaje reenviado)[ \t]*-{2,}[ \t]*$/im;

/** "Anna Weber <anna@x>" or "\"Anna Weber\" <anna@x>" alone on a line: Notes' sender line. */
const NOTES_SENDER = /^[ \t]*("?)([^"<>\n@]{1,80})\1[ \t]*<([^\s<>@]{1,64}@[^\s<>]{1,253})>[ \t]*$/;
/** The date (and time) Notes prints under the sender: "07/12/2026 09:58", "07.12.2026 09:58 AM". */
const NOTES_DATE =
  /^[ \t]*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?)?[ \t]*$/i;

/** A Notes table's label alone on its line, its value on the next ("To" / "anna@x", "Subject" / "…"). */
const NOTES_TABLE_LABEL = /^[ \t]*(to|cc|bcc|subject|an|kopie|betreff|à|cci|objet|para|cco|asunto)[ \t]*$/i;

/**
 * The forwarded part of the text after a marker: up to a terminal client's end marker, with
 * Notes' sender line turned into the From line the header reader knows (its date line dropped)
 * and its table rows, if it printed them so, into "Label: value" lines.
 */
export function forwardedPart(afterMarker: string): string {
  const end = END_OF_FORWARD.exec(afterMarker);
  const part = end ? afterMarker.slice(0, end.index) : afterMarker;
  const lines = part.split('\n');
  const first = lines.findIndex((l) => l.trim());
  const sender = first >= 0 ? NOTES_SENDER.exec(lines[first] ?? '') : null;
  if (!sender || !NOTES_DATE.test(lines[first + 1] ?? '')) return part;
  const headers = [`From: ${(sender[2] ?? '').trim()} <${sender[3]}>`];
  // Notes leaves blank lines between the sender block, its table rows and the letter.
  const blank = (k: number) => k < lines.length && !(lines[k] ?? '').trim();
  let next = first + 2;
  while (blank(next)) next++;
  for (let label = NOTES_TABLE_LABEL.exec(lines[next] ?? ''); label; ) {
    const value = lines[next + 1] ?? '';
    const hasValue = value.trim() !== '' && !NOTES_TABLE_LABEL.test(value);
    headers.push(`${label[1]}: ${hasValue ? value.trim() : ''}`);
    next += hasValue ? 2 : 1;
    let after = next;
    while (blank(after)) after++;
    label = NOTES_TABLE_LABEL.exec(lines[after] ?? '');
    if (label) next = after;
  }
  return [...headers, ...lines.slice(next)].join('\n');
}
