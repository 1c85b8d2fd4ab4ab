import type { PluralText, Text } from '../../../shared/i18n/render.js';

/** The {placeholders} of a template. */
export function placeholdersOf(template: string): Set<string> {
  return new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!));
}

export function formsOf(text: Text): string[] {
  if (typeof text === 'string') return [text];
  const { count: _count, ...forms } = text;
  return Object.values(forms).filter((form): form is string => typeof form === 'string');
}

/** The placeholders used by any form of a text. */
export function placeholdersOfText(text: Text): string[] {
  return [...new Set(formsOf(text).flatMap((form) => [...placeholdersOf(form)]))].sort();
}

export function isPlural(text: Text): text is PluralText {
  return typeof text !== 'string';
}

export const UNFILLED = /\{\w+\}/;
