import type {
  DetailedErrorCode,
  ErrorCode,
  FailureReason,
  MediaUnavailableReason,
  NoticeCode,
  TemplateCategoryName,
  TemplateProblem,
  TemplatePurpose,
} from '../codes.js';
import type { Text } from '../render.js';

/**
 * What an admin reads when one of the connector's requests loses or gets back its WhatsApp template.
 * `{purpose}` takes a name of `templatePurposes`, `{problem}` a sentence of `templateProblems`.
 */
export interface AdminAlertTexts {
  /** Placeholders: purpose, problem, consequence, action (each a whole sentence but purpose). */
  readonly unusable: string;
  /** Placeholders: problem, consequence, action; used when the request is not known. */
  readonly unusableUnknownPurpose: string;
  /** Placeholder: purpose. */
  readonly restored: string;
  readonly restoredUnknownPurpose: string;
  /** What the company's users and contacts miss while the request cannot be sent. */
  readonly consequences: Readonly<Record<TemplatePurpose | 'other', string>>;
  /** What the admin can do about it, by problem. */
  readonly actions: Readonly<Record<TemplateProblem | 'other', string>>;
}

/**
 * Sentences saying why a request's template cannot be used. `{template}` is the template's name with its
 * language, `{status}` Meta's status as Meta spells it, `{category}` a name of `templateCategories`.
 */
export interface TemplateProblemTexts {
  /** No template of the connector carries the request. */
  readonly missing: string;
  readonly paused: string;
  readonly disabled: string;
  readonly rejected: string;
  readonly pending: string;
  /** Deleted, or being deleted. */
  readonly deleted: string;
  /** Any other status that is not APPROVED: {template} and {status}. */
  readonly other_status: string;
  /** Not approved, status not known. */
  readonly not_approved: string;
  readonly not_approved_unnamed: string;
  /** {template} and {category}. */
  readonly not_utility: string;
  readonly not_utility_no_category: string;
  readonly not_utility_unnamed: string;
  /** The template cannot be used, nothing more is known. */
  readonly unknown: string;
}

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
  /**
   * The connector's requests, worded to fit the `{purpose}` slot of the admin alerts: the object of
   * "send", lower-case where the language allows (e.g. en "the opt-in request").
   */
  readonly templatePurposes: Readonly<Record<TemplatePurpose, string>>;
  /** Meta's template categories as WhatsApp Manager names them. */
  readonly templateCategories: Readonly<Record<TemplateCategoryName, string>>;
  readonly templateProblems: TemplateProblemTexts;
  readonly adminAlerts: AdminAlertTexts;
  /** Shown where a contact's picture would be, when it could not be kept; `other` for a reason newer than this catalog. */
  readonly mediaUnavailable: Readonly<Record<MediaUnavailableReason | 'other', string>>;
}
