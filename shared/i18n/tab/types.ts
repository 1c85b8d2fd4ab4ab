import type { Text } from '../render.js';
import type { en } from './en.js';

/** Every word the tab shows, for one locale: the keys of the English catalog, each translated. */
export type TabTexts = { readonly [K in keyof typeof en]: Text };
export type TabTextKey = keyof TabTexts;
