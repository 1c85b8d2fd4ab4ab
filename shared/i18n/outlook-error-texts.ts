import type { Locale } from './locales.js';

/** Errors only the Outlook contacts API answers with. */
export const OUTLOOK_ERROR_CODES = [
  'outlook_not_configured',
  'outlook_consent_required',
  'outlook_unavailable',
] as const;
export type OutlookErrorCode = (typeof OUTLOOK_ERROR_CODES)[number];

export const OUTLOOK_ERROR_TEXTS: Readonly<Record<Locale, Readonly<Record<OutlookErrorCode, string>>>> = {
  en: {
    outlook_not_configured:
      'Outlook contacts are not set up for this app. Please contact your administrator.',
    outlook_consent_required:
      'To show your Outlook contacts, this app needs your permission. Please allow access and try again.',
    outlook_unavailable: 'Outlook contacts cannot be reached right now. Please try again in a moment.',
  },
  es: {
    outlook_not_configured:
      'Los contactos de Outlook no están configurados para esta aplicación. Póngase en contacto con su administrador.',
    outlook_consent_required:
      'Para mostrar sus contactos de Outlook, esta aplicación necesita su permiso. Concédalo e inténtelo de nuevo.',
    outlook_unavailable:
      'No se puede acceder a los contactos de Outlook en este momento. Inténtelo de nuevo en unos instantes.',
  },
  fr: {
    outlook_not_configured:
      'Les contacts Outlook ne sont pas configurés pour cette application. Veuillez contacter votre administrateur.',
    outlook_consent_required:
      'Pour afficher vos contacts Outlook, cette application a besoin de votre autorisation. Accordez-la puis réessayez.',
    outlook_unavailable:
      'Les contacts Outlook sont inaccessibles pour le moment. Veuillez réessayer dans un instant.',
  },
  de: {
    outlook_not_configured:
      'Outlook-Kontakte sind für diese App nicht eingerichtet. Bitte wenden Sie sich an Ihren Administrator.',
    outlook_consent_required:
      'Um Ihre Outlook-Kontakte anzuzeigen, benötigt diese App Ihre Zustimmung. Bitte erteilen Sie sie und versuchen Sie es erneut.',
    outlook_unavailable:
      'Outlook-Kontakte sind gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  },
  'pt-BR': {
    outlook_not_configured:
      'Os contatos do Outlook não estão configurados para este aplicativo. Entre em contato com o administrador.',
    outlook_consent_required:
      'Para mostrar seus contatos do Outlook, este aplicativo precisa da sua permissão. Permita o acesso e tente novamente.',
    outlook_unavailable: 'Não é possível acessar os contatos do Outlook agora. Tente novamente em instantes.',
  },
  ja: {
    outlook_not_configured:
      'このアプリでは Outlook の連絡先が設定されていません。管理者にお問い合わせください。',
    outlook_consent_required:
      'Outlook の連絡先を表示するには、このアプリへのアクセス許可が必要です。許可してからもう一度お試しください。',
    outlook_unavailable: '現在 Outlook の連絡先に接続できません。しばらくしてからもう一度お試しください。',
  },
};

export function isOutlookErrorCode(code: string): code is OutlookErrorCode {
  return (OUTLOOK_ERROR_CODES as readonly string[]).includes(code);
}
