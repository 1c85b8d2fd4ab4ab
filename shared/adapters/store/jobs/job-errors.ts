/** Thrown by a handler when retrying cannot help: the job goes straight to `dead`. */
export class PermanentJobError extends Error {
  override readonly name = 'PermanentJobError';
}
