/**
 * Sample and template values an integration sends when it tests a webhook or previews a step
 * before any real submission: a merge field left unfilled (`{{email}}`, `{{ contact.phone }}`,
 * `%email%`, Mailchimp's `*|EMAIL|*`) and the sample addresses tools fill in at the documentation
 * domains of RFC 2606 (`test@example.com`, `user@example.org`). Nobody answered such a field.
 * A personal address at those domains (`jane.doe@example.com`) is not a sample: test suites and
 * demos use them for people.
 */
const MERGE_FIELD = /^(?:\{\{[^{}\n]{1,60}\}\}|%[\w.-]{1,60}%|\*\|[\w.-]{1,60}\|\*)$/;
const SAMPLE_ADDRESS =
  /^(?:test(?:ing|er)?|sample|example|demo|user|email|e-mail|mail|name|you|your[._-]?(?:e-?mail|name)|foo|noreply)@example\.(?:com|net|org)$/i;

export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  return MERGE_FIELD.test(v) || SAMPLE_ADDRESS.test(v);
}
