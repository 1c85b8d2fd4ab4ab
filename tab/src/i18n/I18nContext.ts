import { createContext, useContext } from 'react';
import { TAB_TEXTS_EN } from '../../../shared/i18n/tab/index.js';
import { createI18n, type I18n } from './i18n.js';

export { createI18n, type I18n } from './i18n.js';

export const I18nContext = createContext<I18n>(createI18n('en', TAB_TEXTS_EN));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
