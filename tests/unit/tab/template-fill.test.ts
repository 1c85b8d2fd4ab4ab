import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  paramProblem,
  placeholderNumbers,
  previewParts,
} from '../../../tab/src/features/thread/template-fill.js';

const BODY = 'Dear {{1}}, this is a reminder of your appointment on {{2}}.';

describe('template placeholders and the live preview', () => {
  it('finds the distinct placeholders in order', () => {
    expect(placeholderNumbers(BODY)).toEqual([1, 2]);
    expect(placeholderNumbers('{{2}} and {{ 1 }} and {{2}} again')).toEqual([1, 2]);
    expect(placeholderNumbers('No parameters.')).toEqual([]);
  });

  it('fills what is typed and keeps the others as placeholders', () => {
    expect(fillTemplate(BODY, ['Ms Example', 'Monday 10:00'])).toBe(
      'Dear Ms Example, this is a reminder of your appointment on Monday 10:00.',
    );
    expect(fillTemplate(BODY, ['  Ms Example '])).toBe(
      'Dear Ms Example, this is a reminder of your appointment on {{2}}.',
    );
    expect(previewParts(BODY, ['', 'Monday'])).toEqual([
      { kind: 'text', text: 'Dear ' },
      { kind: 'param', index: 1, value: undefined },
      { kind: 'text', text: ', this is a reminder of your appointment on ' },
      { kind: 'param', index: 2, value: 'Monday' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('refuses what WhatsApp refuses: empty, a line break, a tab, five spaces', () => {
    expect(paramProblem('Sam')).toBeUndefined();
    expect(paramProblem('   ')).toBe('empty');
    expect(paramProblem('two\nlines')).toBe('newline');
    expect(paramProblem('a\tb')).toBe('newline');
    expect(paramProblem('a     b')).toBe('newline');
    expect(paramProblem('a    b')).toBeUndefined();
  });
});
