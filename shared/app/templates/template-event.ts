/** One of Meta's template webhooks: a status event, or a category change (event CATEGORY_CHANGED). */
export interface TemplateEvent {
  readonly wabaId: string;
  readonly templateName: string;
  readonly language: string;
  readonly event: string;
  readonly reason?: string;
  readonly templateId?: string;
  readonly newCategory?: string;
  readonly at?: Date;
}

export const CATEGORY_CHANGED = 'CATEGORY_CHANGED';

/**
 * Names one event for deduplication. Meta redelivers the same body, so equal events collapse; a second pause
 * after a reinstatement differs by its time (and is applied again by the sync it triggers if Meta sent none).
 */
export function templateEventKey(event: TemplateEvent): string {
  return [
    'wa:tpl',
    event.templateName,
    event.language,
    event.event,
    event.newCategory ?? '',
    event.at ? String(event.at.getTime()) : '',
  ].join(':');
}

/** Jobs carry their payload as JSON: the date comes back as a string. */
export function templateEventFromJob(payload: unknown): TemplateEvent {
  const event = payload as TemplateEvent & { at?: string };
  return { ...event, ...(event.at ? { at: new Date(event.at) } : {}) } as TemplateEvent;
}
