import type { Locale } from './locales.js';

/** Errors only the admin settings API answers with. */
export const ADMIN_ERROR_CODES = ['number_in_use', 'business_account_missing'] as const;
export type AdminErrorCode = (typeof ADMIN_ERROR_CODES)[number];

export const ADMIN_ERROR_TEXTS: Readonly<Record<Locale, Readonly<Record<AdminErrorCode, string>>>> = {
  en: {
    number_in_use: 'Another organization already uses this number.',
    business_account_missing:
      'Templates cannot be synced: no WhatsApp Business Account is set for your organization.',
  },
  es: {
    number_in_use: 'Otra organización ya usa este número.',
    business_account_missing:
      'No se pueden sincronizar las plantillas: su organización no tiene una cuenta de WhatsApp Business configurada.',
  },
  fr: {
    number_in_use: 'Une autre organisation utilise déjà ce numéro.',
    business_account_missing:
      'Impossible de synchroniser les modèles : aucun compte WhatsApp Business n’est défini pour votre organisation.',
  },
  de: {
    number_in_use: 'Eine andere Organisation verwendet diese Nummer bereits.',
    business_account_missing:
      'Vorlagen können nicht synchronisiert werden: Für Ihre Organisation ist kein WhatsApp-Business-Konto festgelegt.',
  },
  'pt-BR': {
    number_in_use: 'Outra organização já usa este número.',
    business_account_missing:
      'Não é possível sincronizar os modelos: nenhuma conta do WhatsApp Business está definida para sua organização.',
  },
  ja: {
    number_in_use: 'この番号は既に別の組織で使用されています。',
    business_account_missing:
      'テンプレートを同期できません。組織に WhatsApp Business アカウントが設定されていません。',
  },
};

export function isAdminErrorCode(code: string): code is AdminErrorCode {
  return (ADMIN_ERROR_CODES as readonly string[]).includes(code);
}
