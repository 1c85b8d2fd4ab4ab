import { z } from 'zod';

/**
 * How a configuration value may be shown in logs and diagnostics:
 * - `secret`: never shown, only whether it is set;
 * - `url-credentials`: a URL that may embed a password; shown with the password masked.
 */
export type Sensitivity = 'secret' | 'url-credentials';

export const sensitivity = z.registry<{ sensitivity: Sensitivity }>();

/** Marks a variable's schema as a secret: diagnostics print only whether it is set. */
export function secret<T extends z.ZodType>(schema: T): T {
  sensitivity.add(schema, { sensitivity: 'secret' });
  return schema;
}

/** Marks a URL variable that may carry a password (e.g. DATABASE_URL). */
export function credentialsInUrl<T extends z.ZodType>(schema: T): T {
  sensitivity.add(schema, { sensitivity: 'url-credentials' });
  return schema;
}

/** Returns the URL with its password (if any) replaced by `***`; unparsable input becomes `(invalid URL)`. */
export function redactUrlPassword(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return '(invalid URL)';
  }
  if (url.password) url.password = '***';
  return url.href;
}

/** Replaces every occurrence of the URL's password in `text` with `***` (for error messages that echo it). */
export function scrubUrlPassword(text: string, value: string | undefined): string {
  if (!value) return text;
  let password: string;
  try {
    password = new URL(value).password;
  } catch {
    return text;
  }
  if (!password) return text;
  const decoded = safeDecode(password);
  return [password, decoded].reduce((out, p) => out.split(p).join('***'), text);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
