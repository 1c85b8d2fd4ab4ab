/** Quick-reply payloads of the opt-in and resume templates (the emulator and Meta echo them back). */
export const OPT_IN_YES_PAYLOAD = 'OPT_IN_YES';
export const OPT_IN_NO_PAYLOAD = 'OPT_IN_NO';
export const RESUME_PAYLOAD = 'RESUME_CONVERSATION';

// Words a contact may type instead of tapping, in the languages the product ships.
const YES_WORDS = new Set([
  'yes',
  'y',
  'si',
  'sí',
  'oui',
  'ja',
  'sim',
  'はい',
  'start',
  'unstop',
  'subscribe',
]);
const NO_WORDS = new Set(['no', 'non', 'nein', 'não', 'nao', 'いいえ']);
const STOP_WORDS = new Set([
  'stop',
  'stopall',
  'unsubscribe',
  'cancel',
  'end',
  'quit',
  'arret',
  'arrêt',
  'alto',
  'parar',
  '停止',
]);

export type ContactIntent = 'opt_in' | 'decline' | 'opt_out' | 'resume' | 'none';

function normalize(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s.!¡?¿。！]+$/u, '')
    .replace(/^[\s¡¿]+/u, '');
}

/** What a quick-reply payload means. */
export function intentOfPayload(payload: string): ContactIntent {
  switch (payload) {
    case OPT_IN_YES_PAYLOAD:
      return 'opt_in';
    case OPT_IN_NO_PAYLOAD:
      return 'decline';
    case RESUME_PAYLOAD:
      return 'resume';
    default:
      return 'none';
  }
}

/** What a typed message means for consent: only a whole-message keyword counts, never a word inside a sentence. */
export function intentOfText(text: string): ContactIntent {
  const word = normalize(text);
  if (STOP_WORDS.has(word)) return 'opt_out';
  if (YES_WORDS.has(word)) return 'opt_in';
  if (NO_WORDS.has(word)) return 'decline';
  return 'none';
}
