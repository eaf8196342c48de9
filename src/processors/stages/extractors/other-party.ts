/**
 * Forms that name two people: an event or table booking names the booker and the attendee or
 * guest, a camp or lesson form the guardian and the child, a gift order the buyer and the
 * recipient, an appointment the patient and the person making it, a job the company contact and
 * the site contact. Each person has a name and often a phone or an email of their own, and the
 * blocks come in either order. The lead is the person who contacted the business, and their name,
 * email and phone must come from that same person: the business calls the wrong person otherwise.
 *
 * Who is who is read from the labels (a role word: "Guest's mobile?", "Patient's phone", "Who
 * will attend?") and from the section heading a form puts over each person's fields, which
 * read-fields.ts carries into their labels ("Guest" / "Phone" reads "Guest Phone"), never from
 * the order of the blocks alone.
 */
import {
  isContactRoleLabel,
  isOtherPartyLabel,
  type LabeledPair,
  type LabelTarget,
  NAME_TARGETS,
} from './labels.js';

const PERSON_TARGETS: ReadonlySet<string> = new Set([...NAME_TARGETS, 'email', 'phone']);
const NONE: ReadonlySet<LabeledPair> = new Set();

/**
 * The name, email and phone fields of the other person, when the form names two: someone under
 * an other-party label (isOtherPartyLabel), and the contact, by a field of the contact's role
 * ("Booked by", "Parent's email") or, when the other person is named, by a name under any other
 * label. On a form naming one person ("Guest name", "Guest phone" on a hotel's form, or "Name"
 * beside "Guest email") the guest is the lead, and the set is empty.
 */
export function otherPartyFields(pairs: readonly LabeledPair[]): ReadonlySet<LabeledPair> {
  const others: LabeledPair[] = [];
  let otherNamed = false;
  let contactNamed = false;
  let contactRole = false;
  for (const pair of pairs) {
    const target = pair.hit?.target;
    if (!target || !PERSON_TARGETS.has(target) || !pair.value.trim()) continue;
    if (isOtherPartyLabel(pair.label)) {
      others.push(pair);
      otherNamed ||= NAME_TARGETS.has(target);
    } else if (isContactRoleLabel(pair.label)) contactRole = true;
    else contactNamed ||= NAME_TARGETS.has(target);
  }
  const twoPeople = others.length > 0 && (contactRole || (otherNamed && contactNamed));
  return twoPeople ? new Set(others) : NONE;
}
