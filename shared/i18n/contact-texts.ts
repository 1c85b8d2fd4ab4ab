import { fill } from './format.js';
import { DEFAULT_LOCALE, type Locale } from './locales.js';

/** Free-form texts the connector itself sends to a WhatsApp contact inside the service window. */
export type ContactTextKey =
  'opted_out' | 'participant_added' | 'participant_removed' | 'participant_left' | 'conversation_transferred';

type Catalog = Record<ContactTextKey, string>;

const CATALOGS: Record<Locale, Catalog> = {
  en: {
    opted_out:
      'You will not receive further messages from us on WhatsApp. If you change your mind, reply YES at any time.',
    participant_added: '{name} has joined this conversation.',
    participant_removed: '{name} is no longer part of this conversation.',
    participant_left: '{name} has left this conversation.',
    conversation_transferred: 'Your conversation has been handed over to {name}.',
  },
  es: {
    opted_out:
      'No recibirá más mensajes nuestros por WhatsApp. Si cambia de opinión, responda SÍ en cualquier momento.',
    participant_added: '{name} se ha unido a esta conversación.',
    participant_removed: '{name} ya no forma parte de esta conversación.',
    participant_left: '{name} ha salido de esta conversación.',
    conversation_transferred: 'Su conversación ha sido transferida a {name}.',
  },
  fr: {
    opted_out:
      'Vous ne recevrez plus de messages de notre part sur WhatsApp. Si vous changez d’avis, répondez OUI à tout moment.',
    participant_added: '{name} a rejoint cette conversation.',
    participant_removed: '{name} ne fait plus partie de cette conversation.',
    participant_left: '{name} a quitté cette conversation.',
    conversation_transferred: 'Votre conversation a été transférée à {name}.',
  },
  de: {
    opted_out:
      'Sie erhalten von uns keine weiteren Nachrichten über WhatsApp. Wenn Sie es sich anders überlegen, antworten Sie jederzeit mit JA.',
    participant_added: '{name} ist dieser Unterhaltung beigetreten.',
    participant_removed: '{name} ist nicht mehr Teil dieser Unterhaltung.',
    participant_left: '{name} hat diese Unterhaltung verlassen.',
    conversation_transferred: 'Ihre Unterhaltung wurde an {name} übergeben.',
  },
  'pt-BR': {
    opted_out:
      'Você não receberá mais mensagens nossas pelo WhatsApp. Se mudar de ideia, responda SIM a qualquer momento.',
    participant_added: '{name} entrou nesta conversa.',
    participant_removed: '{name} não faz mais parte desta conversa.',
    participant_left: '{name} saiu desta conversa.',
    conversation_transferred: 'Sua conversa foi transferida para {name}.',
  },
  ja: {
    opted_out:
      '今後、WhatsApp で当社からメッセージが届くことはありません。再開をご希望の場合は、いつでも「はい」と返信してください。',
    participant_added: '{name} がこの会話に参加しました。',
    participant_removed: '{name} はこの会話から外れました。',
    participant_left: '{name} がこの会話から退出しました。',
    conversation_transferred: 'この会話は {name} に引き継がれました。',
  },
};

export function contactText(
  locale: Locale,
  key: ContactTextKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return fill((CATALOGS[locale] ?? CATALOGS[DEFAULT_LOCALE])[key], params);
}

export const CONTACT_TEXT_CATALOGS = CATALOGS;
