// The texts of one application come from its catalogue (texts.en.js beside its shell): a page asks
// for a text by key, so a translation is a new catalogue file, not a hunt through the pages.
// A catalogue entry is a string, with {name} placeholders, or a function of the values.

let catalogue = {};

export function useCatalogue(texts) {
  catalogue = texts;
}

/** The text for `key`, its {placeholders} filled from `values`; the key itself when it is missing. */
export function t(key, values = {}) {
  const entry = catalogue[key];
  if (entry === undefined) {
    return key;
  }
  if (typeof entry === 'function') {
    return entry(values);
  }
  return entry.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Whether the catalogue has a text for `key` (an optional explanation, such as a problem's). */
export function has(key) {
  return catalogue[key] !== undefined;
}
