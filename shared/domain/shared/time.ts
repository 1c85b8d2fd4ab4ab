export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;

export function addMs(at: Date, ms: number): Date {
  return new Date(at.getTime() + ms);
}

export function laterOf(a: Date | null, b: Date): Date {
  return a && a.getTime() >= b.getTime() ? a : b;
}
