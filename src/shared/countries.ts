// The library without its locales (country names in ~80 languages, which nothing here shows): the
// codes are all that is needed, and the locales would cost every process ~2 MB of heap.
import countries from 'i18n-iso-countries/index.js';

/**
 * ISO 3166 country codes as Algoreg takes them: alpha-2 or alpha-3, any case, read once here for
 * every input that carries one (customers, name search, transactions, press, identity sessions).
 */

/** The code in the form asked for (upper-case), or undefined when it is not an ISO 3166 code. */
export function countryCode(
  code: string,
  form: 'alpha2' | 'alpha3' | 'as-given' = 'as-given',
): string | undefined {
  const c = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(c) || !countries.isValid(c)) return undefined;
  if (form === 'alpha3') return c.length === 3 ? c : countries.alpha2ToAlpha3(c);
  if (form === 'alpha2') return c.length === 2 ? c : countries.alpha3ToAlpha2(c);
  return c;
}
