import { describe, expect, it } from 'vitest';
import { redactUrlPassword, scrubUrlPassword } from '../../../bot/config/sensitivity.js';

describe('redactUrlPassword', () => {
  it('masks the password and keeps the rest', () => {
    expect(redactUrlPassword('postgres://app:s3cret@db:5432/app')).toBe('postgres://app:***@db:5432/app');
  });
  it('leaves URLs without a password alone', () => {
    expect(redactUrlPassword('postgres://postgres@127.0.0.1:1/x')).toBe('postgres://postgres@127.0.0.1:1/x');
  });
  it('does not echo unparsable input', () => {
    expect(redactUrlPassword('postgres://app:pw@[bad')).toBe('(invalid URL)');
  });
});

describe('scrubUrlPassword', () => {
  it('removes the raw and the percent-decoded password from a message', () => {
    const url = 'postgres://app:p%40ss@db/app';
    expect(scrubUrlPassword('failed for p%40ss and p@ss', url)).toBe('failed for *** and ***');
  });
  it('returns the text unchanged without a password', () => {
    expect(scrubUrlPassword('connect ECONNREFUSED', 'postgres://db/app')).toBe('connect ECONNREFUSED');
    expect(scrubUrlPassword('connect ECONNREFUSED', undefined)).toBe('connect ECONNREFUSED');
  });
});
