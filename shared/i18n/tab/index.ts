import type { Locale } from '../locales.js';
import { en } from './en.js';
import type { TabTexts } from './types.js';

export type { TabTextKey, TabTexts } from './types.js';
export { en as TAB_TEXTS_EN } from './en.js';

/**
 * The tab's catalog of a locale. English is part of the first download; the others are loaded when asked
 * for (a bundler makes one small chunk of each).
 */
export async function loadTabTexts(locale: Locale): Promise<TabTexts> {
  switch (locale) {
    case 'es':
      return (await import('./es.js')).es;
    case 'fr':
      return (await import('./fr.js')).fr;
    case 'de':
      return (await import('./de.js')).de;
    case 'pt-BR':
      return (await import('./pt-br.js')).ptBR;
    case 'ja':
      return (await import('./ja.js')).ja;
    case 'en':
      return en;
  }
}
