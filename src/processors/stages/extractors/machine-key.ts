/**
 * A field's name as a payload writes it, not as a person would: snake_case or dotted
 * ("leadgen_id", "PHONE_NUMBER", "field_data.email", "contact.mobile_e164") or camelCase ("adId",
 * "phoneNumber.e164"). Case decides camelCase: "adId" is a key, "Hello" a word.
 */
export const isMachineKey = (key: string): boolean => SNAKE_OR_DOTTED.test(key) || CAMEL_CASE.test(key);

const SNAKE_OR_DOTTED = /^[a-z][a-z\d]*(?:[_.][a-z\d]+)+$/i;
const CAMEL_CASE = /^[a-z]+(?:[A-Z][a-z\d]*)+(?:\.[A-Za-z\d]+)*$/;
