/**
 * What a form-to-mail script prints about the request under the submission: the CGI/1.1
 * meta-variables (RFC 3875 §4.1: REMOTE_ADDR, SERVER_NAME, SCRIPT_NAME…), the request headers the
 * server passes as HTTP_* (HTTP_USER_AGENT, HTTP_REFERER), the script's own (PAGE_URL), or the
 * same named in words ("IP address", "User agent", "Adresse IP", "Navegador"). They describe the
 * visitor's browser and the business's server, never the customer: "SERVER_NAME" and
 * "SCRIPT_NAME" are no person's name, "SERVER_ADMIN" is the business's address, and none of
 * them belongs in the customer's message. The lexicon types them as form metadata.
 */

/** The first word of a meta-variable's name. */
const META_PREFIX =
  '(?:REMOTE|SERVER|SCRIPT|REQUEST|QUERY|DOCUMENT|GATEWAY|PATH|CONTENT|AUTH|HTTPS?|PHP|UNIQUE|PAGE|FORM)_';
/** A meta-variable as scripts print it: upper case, words joined by underscores. */
const META_VARIABLE = new RegExp(`^${META_PREFIX}[A-Z0-9]+(?:_[A-Z0-9]+)*$`);
/** The same metadata named in words, en/de/fr/es, on label words (lower case, no accents). */
const METADATA_WORDS =
  /^(?:(?:remote|client|sender|visitor|absender|besucher|visiteur|visitante)\s)?(?:ip|ip address|ip adresse|adresse ip|direccion ip|remote address|remote host|host ?name|user ?agent|browser|navigateur|navegador|referr?er)$/;

/** Whether a label names the request's metadata (see above), not a field the customer filled in. */
export function isServerVariable(label: string, words: string): boolean {
  return META_VARIABLE.test(label) || METADATA_WORDS.test(words);
}

/** A line of such metadata at its start (`REMOTE_ADDR: 203.0.113.7`, `HTTP_USER_AGENT = …`). */
export const SERVER_VARIABLE_LINE = new RegExp(`^[ \\t]*${META_PREFIX}[A-Z0-9_]{1,40}[ \\t]*[:=]`);
