import { graphError, invalidParameter } from './graph-error.js';
import { bodyParameterCount, quickReplies, renderBody } from './templates.js';
import type { ChatButton, EmulatedTemplate } from './types.js';

/** Meta's limits (Cloud API reference). */
export const TEXT_MAX = 4096;
export const CAPTION_MAX = 1024;
export const INTERACTIVE_BODY_MAX = 1024;
export const MAX_REPLY_BUTTONS = 3;
export const BUTTON_TITLE_MAX = 20;
export const BUTTON_ID_MAX = 256;
export const CALLBACK_DATA_MAX = 512;

type Json = Record<string, unknown>;

/** A send Graph accepted, before it is addressed: what the phone will show. */
export interface PreparedMessage {
  readonly type: 'text' | 'image' | 'template' | 'interactive';
  readonly text?: string;
  readonly caption?: string;
  readonly mediaId?: string;
  readonly template?: EmulatedTemplate;
  readonly buttons?: readonly ChatButton[];
  /** Free-form messages need the customer service window. */
  readonly freeForm: boolean;
}

export interface SendEnvelope {
  readonly to: string;
  readonly waId: string;
  readonly callbackData?: string;
  readonly replyToWamid?: string;
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function requiredObject(parent: Json, key: string, path: string): Json {
  const value = parent[key];
  if (!isObject(value)) throw invalidParameter(`Param ${path} is required and must be an object`);
  return value;
}

function requiredString(parent: Json, key: string, path: string, max?: number): string {
  const value = parent[key];
  if (typeof value !== 'string' || value.length === 0)
    throw invalidParameter(`Param ${path} is required and must be a non-empty string`);
  if (max !== undefined && value.length > max)
    throw invalidParameter(`Param ${path} must be at most ${max} characters long`);
  return value;
}

function optionalString(parent: Json, key: string, path: string, max: number): string | undefined {
  const value = parent[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParameter(`Param ${path} must be a string`);
  if (value.length > max) throw invalidParameter(`Param ${path} must be at most ${max} characters long`);
  return value;
}

/** The digits of a phone number as WhatsApp reads it: + and separators dropped. */
export function waIdOf(phone: string): string | undefined {
  const digits = phone.replace(/[\s+\-().]/g, '');
  return /^\d{5,15}$/.test(digits) ? digits : undefined;
}

/** The common fields of a send: recipient, callback data, quoted message. */
export function sendEnvelope(body: Json): SendEnvelope {
  if (body.recipient_type !== undefined && body.recipient_type !== 'individual')
    throw invalidParameter("Param recipient_type must be 'individual'");
  const to = requiredString(body, 'to', 'to');
  const waId = waIdOf(to);
  if (!waId) throw invalidParameter(`Param to must be a phone number: ${to.slice(0, 40)}`);
  const callbackData = optionalString(
    body,
    'biz_opaque_callback_data',
    'biz_opaque_callback_data',
    CALLBACK_DATA_MAX,
  );
  let replyToWamid: string | undefined;
  if (body.context !== undefined) {
    const context = requiredObject(body, 'context', 'context');
    replyToWamid = requiredString(context, 'message_id', 'context.message_id');
  }
  return {
    to,
    waId,
    ...(callbackData !== undefined ? { callbackData } : {}),
    ...(replyToWamid !== undefined ? { replyToWamid } : {}),
  };
}

export interface SendLookups {
  readonly media: (id: string) => { readonly mimeType: string } | undefined;
  readonly templates: (name: string) => readonly EmulatedTemplate[];
}

/** The content of a send, checked as Graph checks it; throws GraphError for what Graph refuses. */
export function prepareMessage(body: Json, lookups: SendLookups): PreparedMessage {
  const type = body.type ?? 'text';
  switch (type) {
    case 'text': {
      const text = requiredObject(body, 'text', 'text');
      const value = requiredString(text, 'body', 'text.body', TEXT_MAX);
      if (text.preview_url !== undefined && typeof text.preview_url !== 'boolean')
        throw invalidParameter('Param text.preview_url must be a boolean');
      return { type: 'text', text: value, freeForm: true };
    }
    case 'image':
      return prepareImage(requiredObject(body, 'image', 'image'), lookups);
    case 'template':
      return prepareTemplate(requiredObject(body, 'template', 'template'), lookups);
    case 'interactive':
      return prepareInteractive(requiredObject(body, 'interactive', 'interactive'));
    default:
      throw invalidParameter(
        `Param type '${String(type).slice(0, 40)}' is not supported by the emulator (text, image, template, interactive)`,
      );
  }
}

function prepareImage(image: Json, lookups: SendLookups): PreparedMessage {
  if (image.link !== undefined)
    throw invalidParameter('Param image.link: the emulator sends uploaded media only (image.id)');
  const id = requiredString(image, 'id', 'image.id');
  const caption = optionalString(image, 'caption', 'image.caption', CAPTION_MAX);
  const media = lookups.media(id);
  if (!media)
    throw graphError(
      131053,
      `Media id ${id.slice(0, 40)} does not exist or was not uploaded by this business`,
    );
  return { type: 'image', mediaId: id, ...(caption ? { caption } : {}), freeForm: true };
}

function prepareInteractive(interactive: Json): PreparedMessage {
  if (interactive.type !== 'button')
    throw invalidParameter("Param interactive.type: the emulator supports 'button' only");
  const text = requiredString(
    requiredObject(interactive, 'body', 'interactive.body'),
    'text',
    'interactive.body.text',
    INTERACTIVE_BODY_MAX,
  );
  const action = requiredObject(interactive, 'action', 'interactive.action');
  const buttons = action.buttons;
  if (!Array.isArray(buttons) || buttons.length === 0 || buttons.length > MAX_REPLY_BUTTONS)
    throw invalidParameter(`Param interactive.action.buttons must have 1 to ${MAX_REPLY_BUTTONS} buttons`);
  const parsed = buttons.map((button: unknown, index): ChatButton => {
    const path = `interactive.action.buttons[${index}]`;
    if (!isObject(button) || button.type !== 'reply')
      throw invalidParameter(`Param ${path}.type must be 'reply'`);
    const reply = requiredObject(button, 'reply', `${path}.reply`);
    const id = requiredString(reply, 'id', `${path}.reply.id`, BUTTON_ID_MAX);
    const title = requiredString(reply, 'title', `${path}.reply.title`, BUTTON_TITLE_MAX);
    return { index, id, title };
  });
  if (new Set(parsed.map((b) => b.id)).size !== parsed.length)
    throw invalidParameter('Param interactive.action.buttons: the reply ids must be unique');
  if (new Set(parsed.map((b) => b.title)).size !== parsed.length)
    throw invalidParameter('Param interactive.action.buttons: the titles must be unique');
  return { type: 'interactive', text, buttons: parsed, freeForm: true };
}

/** The text of one body parameter (text, or the fallback of currency and date_time). */
function parameterText(parameter: unknown, path: string): string {
  if (!isObject(parameter)) throw invalidParameter(`Param ${path} must be an object`);
  switch (parameter.type) {
    case 'text':
      if (typeof parameter.text !== 'string') throw invalidParameter(`Param ${path}.text must be a string`);
      if (parameter.text.length === 0) throw graphError(131008, `Param ${path}.text is required`);
      if (/[\n\t]| {5,}/.test(parameter.text))
        throw graphError(
          132018,
          'Param text cannot have new-line/tab characters or more than 4 consecutive spaces',
        );
      return parameter.text;
    case 'currency':
    case 'date_time': {
      const inner = parameter[parameter.type];
      if (!isObject(inner) || typeof inner.fallback_value !== 'string')
        throw invalidParameter(`Param ${path}.${parameter.type}.fallback_value is required`);
      return inner.fallback_value;
    }
    default:
      throw invalidParameter(`Param ${path}.type must be text, currency or date_time`);
  }
}

function prepareTemplate(template: Json, lookups: SendLookups): PreparedMessage {
  const name = requiredString(template, 'name', 'template.name', 512);
  const language = requiredString(
    requiredObject(template, 'language', 'template.language'),
    'code',
    'template.language.code',
  );
  const components = template.components ?? [];
  if (!Array.isArray(components)) throw invalidParameter('Param template.components must be an array');

  const found = lookups.templates(name).find((t) => t.language === language);
  if (!found)
    throw graphError(
      132001,
      `template name (${name.slice(0, 512)}) does not exist in ${language.slice(0, 20)}`,
      404,
    );
  if (found.status === 'PAUSED') throw graphError(132015, `Template ${name} is paused due to low quality`);
  if (found.status === 'DISABLED')
    throw graphError(132016, `Template ${name} has been disabled due to low quality`);
  if (found.status !== 'APPROVED')
    throw graphError(
      132001,
      `template name (${name}) is not approved in ${language} (status ${found.status})`,
    );

  const parameters: string[] = [];
  const payloads = new Map<number, string>();
  const titles = quickReplies(found);
  components.forEach((component: unknown, index) => {
    const path = `template.components[${index}]`;
    if (!isObject(component)) throw invalidParameter(`Param ${path} must be an object`);
    const kind = String(component.type ?? '').toLowerCase();
    const list = component.parameters ?? [];
    if (!Array.isArray(list)) throw invalidParameter(`Param ${path}.parameters must be an array`);
    if (kind === 'body') {
      list.forEach((p: unknown, i) => parameters.push(parameterText(p, `${path}.parameters[${i}]`)));
    } else if (kind === 'button') {
      if (component.sub_type !== 'quick_reply')
        throw invalidParameter(`Param ${path}.sub_type: the emulator supports quick_reply buttons only`);
      const buttonIndex = Number(component.index);
      if (typeof component.index !== 'string' && typeof component.index !== 'number')
        throw invalidParameter(`Param ${path}.index is required`);
      if (!Number.isInteger(buttonIndex) || buttonIndex < 0 || buttonIndex >= titles.length)
        throw invalidParameter(
          `Param ${path}.index: the template has no quick reply button ${String(component.index)}`,
        );
      const first: unknown = list[0];
      if (!isObject(first) || first.type !== 'payload' || typeof first.payload !== 'string')
        throw invalidParameter(`Param ${path}.parameters[0] must be {type: 'payload', payload}`);
      payloads.set(buttonIndex, first.payload);
    } else if (kind === 'header') {
      if (list.length > 0) throw graphError(132000, `header: the template ${name} has no header parameters`);
    } else {
      throw invalidParameter(`Param ${path}.type must be header, body or button`);
    }
  });
  const expected = bodyParameterCount(found);
  if (parameters.length !== expected)
    throw graphError(
      132000,
      `body: number of localizable_params (${parameters.length}) does not match the expected number of params (${expected})`,
    );
  return {
    type: 'template',
    template: found,
    text: renderBody(found, parameters),
    buttons: titles.map((title, index) => ({ index, title, payload: payloads.get(index) ?? title })),
    freeForm: false,
  };
}
