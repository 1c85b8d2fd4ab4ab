import { ADMIN_ERROR_TEXTS, isAdminErrorCode } from './admin-error-texts.js';
import { errorText, isKnownErrorCode } from './error-texts.js';
import type { Locale } from './locales.js';
import type { Params } from './render.js';
import { isOutlookErrorCode, OUTLOOK_ERROR_TEXTS } from './outlook-error-texts.js';

/** Errors only the contacts API answers with, beyond the catalogs' error codes. */
export const CONTACT_ERROR_CODES = ['contact_exists', 'contact_has_history'] as const;
export type ContactErrorCode = (typeof CONTACT_ERROR_CODES)[number];

const TEXTS: Readonly<Record<Locale, Readonly<Record<ContactErrorCode, string>>>> = {
  en: {
    contact_exists: 'Another contact already has this phone number.',
    contact_has_history: 'This contact cannot be deleted: their conversations are kept as a record.',
  },
  es: {
    contact_exists: 'Otro contacto ya tiene este número de teléfono.',
    contact_has_history: 'No se puede eliminar este contacto: sus conversaciones se conservan como registro.',
  },
  fr: {
    contact_exists: 'Un autre contact a déjà ce numéro de téléphone.',
    contact_has_history:
      'Ce contact ne peut pas être supprimé : ses conversations sont conservées comme archive.',
  },
  de: {
    contact_exists: 'Ein anderer Kontakt hat bereits diese Telefonnummer.',
    contact_has_history:
      'Dieser Kontakt kann nicht gelöscht werden: Seine Unterhaltungen werden als Nachweis aufbewahrt.',
  },
  'pt-BR': {
    contact_exists: 'Outro contato já tem este número de telefone.',
    contact_has_history:
      'Este contato não pode ser excluído: as conversas com ele são mantidas como registro.',
  },
  ja: {
    contact_exists: 'この電話番号は別の連絡先で既に使われています。',
    contact_has_history: 'この連絡先は削除できません。会話は記録として保管されます。',
  },
};

function isContactErrorCode(code: string): code is ContactErrorCode {
  return (CONTACT_ERROR_CODES as readonly string[]).includes(code);
}

/** The text for any code the API answers with: the catalogs' error codes, and the contacts, admin and Outlook APIs' own. */
export function apiErrorText(locale: Locale, code: string, details: Params = {}): string {
  if (!isKnownErrorCode(code) && isContactErrorCode(code)) return TEXTS[locale][code];
  if (!isKnownErrorCode(code) && isAdminErrorCode(code)) return ADMIN_ERROR_TEXTS[locale][code];
  if (!isKnownErrorCode(code) && isOutlookErrorCode(code)) return OUTLOOK_ERROR_TEXTS[locale][code];
  return errorText(locale, code, details);
}
