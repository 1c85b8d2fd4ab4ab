// How a template message reads: its body with each {{n}} filled from the message's parameters. The inbox
// line (server) and the template picker's preview and the thread (tab) render it the same way.

/** One piece of a template body's preview: plain text, or placeholder `n` (1-based) with its value if filled. */
export type PreviewPart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'param'; readonly index: number; readonly value: string | undefined };

const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/** The distinct placeholder numbers of a body, in order ({{1}}, {{2}}...). */
export function placeholderNumbers(bodyText: string): number[] {
  const numbers = new Set([...bodyText.matchAll(PLACEHOLDER)].map((m) => Number(m[1])));
  return [...numbers].sort((a, b) => a - b);
}

/** The body cut into text and placeholders, each placeholder with the value typed for it so far. */
export function previewParts(bodyText: string, params: readonly string[]): PreviewPart[] {
  const parts: PreviewPart[] = [];
  let last = 0;
  for (const match of bodyText.matchAll(PLACEHOLDER)) {
    if (match.index > last) parts.push({ kind: 'text', text: bodyText.slice(last, match.index) });
    const index = Number(match[1]);
    const value = params[index - 1]?.trim();
    parts.push({ kind: 'param', index, value: value ? value : undefined });
    last = match.index + match[0].length;
  }
  if (last < bodyText.length) parts.push({ kind: 'text', text: bodyText.slice(last) });
  return parts;
}

/** The body as the contact will read it. */
export function fillTemplate(bodyText: string, params: readonly string[]): string {
  return previewParts(bodyText, params)
    .map((part) => (part.kind === 'text' ? part.text : (part.value ?? `{{${part.index}}}`)))
    .join('');
}
