import type { EmulatedTemplate, TemplateCategory, TemplateComponentDefinition } from './types.js';

function template(
  name: string,
  language: string,
  category: TemplateCategory,
  body: string,
  example: readonly string[],
  buttons: readonly string[] = [],
): EmulatedTemplate {
  const components: TemplateComponentDefinition[] = [
    { type: 'BODY', text: body, ...(example.length > 0 ? { example: { body_text: [example] } } : {}) },
  ];
  if (buttons.length > 0)
    components.push({ type: 'BUTTONS', buttons: buttons.map((text) => ({ type: 'QUICK_REPLY', text })) });
  return { name, language, status: 'APPROVED', category, components };
}

/** The templates the connector uses, and two business templates with parameters, as Meta would list them. */
export const SHIPPED_TEMPLATES: readonly EmulatedTemplate[] = [
  template(
    'mlm_opt_in_request',
    'en',
    'UTILITY',
    'Hello! {{1}} would like to message you here on WhatsApp. May we?',
    ['Contoso'],
    ['Yes', 'No'],
  ),
  template(
    'mlm_opt_in_reminder',
    'en',
    'UTILITY',
    'A reminder: {{1}} would still like to message you here. May we?',
    ['Contoso'],
    ['Yes', 'No'],
  ),
  template(
    'mlm_resume_conversation',
    'en',
    'UTILITY',
    'We have a message for you. Tap below to continue the conversation.',
    [],
    ['Resume conversation'],
  ),
  template('mlm_participant_added', 'en', 'UTILITY', '{{1}} joined the conversation.', ['Anna']),
  template('mlm_participant_removed', 'en', 'UTILITY', '{{1}} was removed from the conversation.', ['Anna']),
  template('mlm_participant_left', 'en', 'UTILITY', '{{1}} left the conversation.', ['Anna']),
  template('mlm_conversation_transferred', 'en', 'UTILITY', 'Your conversation is now with {{1}}.', ['Anna']),
  template(
    'appointment_reminder',
    'en',
    'UTILITY',
    'Dear {{1}}, this is a reminder of your appointment on {{2}}.',
    ['Sam', 'Monday 10:00'],
  ),
  template(
    'statement_ready',
    'en',
    'MARKETING',
    'Hello {{1}}, your {{2}} statement is ready. Reply to this message to discuss it with your advisor.',
    ['Sam', 'March'],
  ),
  template(
    'mlm_opt_in_request',
    'es',
    'UTILITY',
    '¡Hola! {{1}} quiere escribirte aquí en WhatsApp. ¿Podemos?',
    ['Contoso'],
    ['Sí', 'No'],
  ),
  template(
    'mlm_opt_in_reminder',
    'es',
    'UTILITY',
    'Un recordatorio: {{1}} todavía quiere escribirte aquí. ¿Podemos?',
    ['Contoso'],
    ['Sí', 'No'],
  ),
  template(
    'mlm_resume_conversation',
    'es',
    'UTILITY',
    'Tenemos un mensaje para ti. Toca abajo para continuar la conversación.',
    [],
    ['Continuar conversación'],
  ),
];

/** The distinct {{n}} placeholders of a template's body. */
export function bodyParameterCount(template: EmulatedTemplate): number {
  const body = template.components.find((c) => c.type === 'BODY');
  if (!body) return 0;
  return new Set([...body.text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((m) => m[1])).size;
}

export function bodyText(template: EmulatedTemplate): string {
  const body = template.components.find((c) => c.type === 'BODY');
  return body?.text ?? '';
}

/** The body with {{n}} replaced by parameter n (1-based). */
export function renderBody(template: EmulatedTemplate, parameters: readonly string[]): string {
  return bodyText(template).replace(
    /\{\{\s*(\d+)\s*\}\}/g,
    (whole, n: string) => parameters[Number(n) - 1] ?? whole,
  );
}

export function quickReplies(template: EmulatedTemplate): string[] {
  const buttons = template.components.find((c) => c.type === 'BUTTONS');
  return buttons ? buttons.buttons.map((b) => b.text) : [];
}
