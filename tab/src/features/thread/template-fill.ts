export {
  fillTemplate,
  placeholderNumbers,
  previewParts,
  type PreviewPart,
} from '../../../../shared/contract/template-body.js';

/**
 * Why a parameter cannot be sent, if it cannot: WhatsApp refuses empty ones, and ones with a new line or a
 * tab (or more than four spaces in a row).
 */
export function paramProblem(value: string): 'empty' | 'newline' | undefined {
  if (value.trim() === '') return 'empty';
  if (/[\n\t]| {5,}/.test(value)) return 'newline';
  return undefined;
}
