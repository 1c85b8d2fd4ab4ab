import type { RemoteTemplate } from '../../../ports/template-source.js';

/** One page of GET {waba-id}/message_templates: `{data: [...], paging: {cursors: {before, after}, next?}}`. */
export interface TemplatePage {
  readonly templates: RemoteTemplate[];
  /** Entries without a name, language, status or category, left out. */
  readonly skipped: number;
  /** The URL of the next page; absent on the last. */
  readonly next?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.length > 0 ? value : undefined;

export function remoteTemplateOf(entry: unknown): RemoteTemplate | undefined {
  if (typeof entry !== 'object' || entry === null) return undefined;
  const fields = entry as Record<string, unknown>;
  const name = text(fields.name);
  const language = text(fields.language);
  const status = text(fields.status);
  const category = text(fields.category);
  if (!name || !language || !status || !category) return undefined;
  const id = text(fields.id);
  return {
    ...(id ? { id } : {}),
    name,
    language,
    status,
    category,
    components: Array.isArray(fields.components) ? (fields.components as unknown[]) : [],
  };
}

export function templatePageOf(body: unknown): TemplatePage {
  const data = (body as { data?: unknown } | undefined)?.data;
  const entries = Array.isArray(data) ? (data as unknown[]) : [];
  const templates = entries.map(remoteTemplateOf).filter((t): t is RemoteTemplate => t !== undefined);
  const next = text((body as { paging?: { next?: unknown } } | undefined)?.paging?.next);
  return { templates, skipped: entries.length - templates.length, ...(next ? { next } : {}) };
}
