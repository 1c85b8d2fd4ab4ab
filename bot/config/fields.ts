import { z } from 'zod';

// Field builders for environment variables. Every builder receives `undefined` for an unset (or empty)
// variable. Messages never echo the value: it may be a secret.

/** An optional free-form string. */
export function text() {
  return z.string().optional();
}

/** A whole number in [min, max], with a default when unset. */
export function integer(min: number, max: number, fallback: number) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return fallback;
      const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return n;
    });
}

/** An absolute URL whose scheme is one of `protocols` (e.g. `['http:', 'https:']`); no trailing slash. */
export function url(protocols: readonly string[]) {
  const schemes = protocols.map((p) => p.replace(/:$/, '')).join(' or ');
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      let parsed: URL;
      try {
        parsed = new URL(value.trim());
      } catch {
        ctx.addIssue({ code: 'custom', message: `must be an absolute URL (${schemes})` });
        return z.NEVER;
      }
      if (!protocols.includes(parsed.protocol)) {
        ctx.addIssue({ code: 'custom', message: `must be a ${schemes} URL` });
        return z.NEVER;
      }
      return parsed.href.replace(/\/+$/, '');
    });
}

/** A string matching `pattern`, described as `expected` in the error message. */
export function matching(pattern: RegExp, expected: string) {
  return z
    .string()
    .optional()
    .refine((value) => value === undefined || pattern.test(value), { message: `must be ${expected}` });
}

/** One of `values`; `expected` describes the accepted values in the error message. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, expected: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      if (!(values as readonly string[]).includes(value)) {
        ctx.addIssue({ code: 'custom', message: `must be ${expected}` });
        return z.NEVER;
      }
      return value as T[number];
    });
}

/**
 * A comma-separated list of ids (letters, digits, `.`, `_`, `-`), or `*` for any; blanks around commas are
 * ignored. Unset stays undefined (the caller picks the default).
 */
export function idList(expected: string) {
  return z
    .string()
    .optional()
    .transform((value, ctx): readonly string[] | '*' | undefined => {
      if (value === undefined) return undefined;
      if (value.trim() === '*') return '*';
      const ids = value.split(',').map((id) => id.trim());
      if (ids.some((id) => !/^[A-Za-z0-9._-]+$/.test(id))) {
        ctx.addIssue({ code: 'custom', message: `must be ${expected}` });
        return z.NEVER;
      }
      return [...new Set(ids)];
    });
}
