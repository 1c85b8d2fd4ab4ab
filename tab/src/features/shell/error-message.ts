import { ApiError } from '../../../../shared/client/connector-client.js';

/** What to show for a failed call: the API's own message (already in the user's language), else the error's. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}
