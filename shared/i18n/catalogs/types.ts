import type { DetailedErrorCode, ErrorCode, FailureReason, NoticeCode } from '../codes.js';
import type { Text } from '../render.js';

/** Every word a Teams user reads from the connector, for one locale. */
export interface LocaleCatalog {
  /** Stands in for a Teams user whose id is unknown (an empty id in a notice). */
  readonly someone: string;
  readonly notices: Readonly<Record<NoticeCode, Text>>;
  /** Wording used when the error's details are missing. */
  readonly errors: Readonly<Record<ErrorCode, Text>>;
  /** More precise wording used when all the details of DETAILED_ERROR_PARAMS are given. */
  readonly errorDetails: Readonly<Record<DetailedErrorCode, Text>>;
  readonly failureReasons: Readonly<Record<FailureReason, string>>;
}
