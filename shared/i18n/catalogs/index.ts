import { DEFAULT_LOCALE, type Locale } from '../locales.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { ptBR } from './pt-br.js';
import type { LocaleCatalog } from './types.js';

export type { LocaleCatalog } from './types.js';

export const CATALOGS: Readonly<Record<Locale, LocaleCatalog>> = { en, es, fr, de, 'pt-BR': ptBR, ja };

/** The catalog of a locale; the default locale's for a value that is not a supported locale. */
export function catalogFor(locale: Locale): LocaleCatalog {
  return CATALOGS[locale] ?? CATALOGS[DEFAULT_LOCALE];
}
