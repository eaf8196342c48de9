/** The package types only its entry point; its per-language name lists are CommonJS modules exporting a Map. */
declare module 'gender-detection-from-name/names/de.js' {
  /** Lowercase given name → 'male' | 'female' | 'unisex'. */
  const names: Map<string, string>;
  export default names;
}
