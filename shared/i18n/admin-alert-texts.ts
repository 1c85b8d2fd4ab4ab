import { catalogFor, type LocaleCatalog } from './catalogs/index.js';
import {
  ADMIN_ALERT_CODES,
  type AdminAlertCode,
  TEMPLATE_CATEGORIES,
  TEMPLATE_PROBLEMS,
  TEMPLATE_PURPOSES,
  type TemplateProblem,
} from './codes.js';
import { fill } from './format.js';
import type { Locale } from './locales.js';

/** An alert as the notifier carries it; `params` come from connector-template-health (all optional here). */
export interface AdminAlertInput {
  readonly code: AdminAlertCode;
  readonly params: Readonly<Record<string, string>>;
}

const oneOf =
  <T extends string>(list: readonly T[]) =>
  (value: string | undefined): value is T =>
    value !== undefined && (list as readonly string[]).includes(value);

const isAlertCode = oneOf(ADMIN_ALERT_CODES);
const isPurpose = oneOf(TEMPLATE_PURPOSES);
const isProblem = oneOf(TEMPLATE_PROBLEMS);
const isCategory = oneOf(TEMPLATE_CATEGORIES);

/** Meta's statuses with their own sentence; any other status but APPROVED reads as `other_status`. */
const PROBLEM_BY_STATUS: Readonly<
  Record<string, 'paused' | 'disabled' | 'rejected' | 'pending' | 'deleted'>
> = {
  PAUSED: 'paused',
  DISABLED: 'disabled',
  REJECTED: 'rejected',
  PENDING: 'pending',
  DELETED: 'deleted',
  PENDING_DELETION: 'deleted',
};

/**
 * The text a company's admin reads in Teams when one of the connector's requests (the opt-in request, the
 * resume request, a participant notice…) loses its last usable WhatsApp template or gets one back: which
 * request, what is wrong with which template, what it costs, and what to do. Missing or unknown params
 * never show as placeholders: the wording falls back to what is known.
 */
export function adminAlertText(locale: Locale, alert: AdminAlertInput): string {
  if (!isAlertCode(alert.code)) return String(alert.code); // a code newer than this catalog
  const catalog = catalogFor(locale);
  const texts = catalog.adminAlerts;
  const params = alert.params;
  const purpose = clean(params.purpose);
  const known = isPurpose(purpose) ? purpose : undefined;
  if (alert.code === 'connector_template_restored') {
    return known
      ? fill(texts.restored, { purpose: catalog.templatePurposes[known] })
      : texts.restoredUnknownPurpose;
  }
  const problem = problemOf(params);
  const values = {
    problem: problemSentence(catalog, problem, params),
    consequence: texts.consequences[known ?? 'other'],
    action: texts.actions[problem ?? 'other'],
  };
  return known
    ? fill(texts.unusable, { ...values, purpose: catalog.templatePurposes[known] })
    : fill(texts.unusableUnknownPurpose, values);
}

function clean(value: string | undefined): string | undefined {
  const trimmed = typeof value === 'string' ? value.trim() : '';
  return trimmed === '' ? undefined : trimmed;
}

/** The problem the alert states, or the one its status or category imply when it states none. */
function problemOf(params: Readonly<Record<string, string>>): TemplateProblem | undefined {
  const stated = clean(params.problem);
  if (isProblem(stated)) return stated;
  const status = clean(params.status)?.toUpperCase();
  if (status !== undefined && status !== 'APPROVED') return 'not_approved';
  const category = clean(params.category)?.toUpperCase();
  if (category !== undefined && category !== 'UTILITY') return 'not_utility';
  return undefined;
}

/** "mlm_opt_in_request (en)", or undefined when the alert names no template. */
function templateOf(params: Readonly<Record<string, string>>): string | undefined {
  const name = clean(params.template);
  if (name === undefined) return undefined;
  const language = clean(params.language);
  return language === undefined ? name : `${name} (${language})`;
}

function categoryName(catalog: LocaleCatalog, raw: string | undefined): string | undefined {
  const category = clean(raw);
  if (category === undefined) return undefined;
  const upper = category.toUpperCase();
  return isCategory(upper) ? catalog.templateCategories[upper] : category;
}

function problemSentence(
  catalog: LocaleCatalog,
  problem: TemplateProblem | undefined,
  params: Readonly<Record<string, string>>,
): string {
  const texts = catalog.templateProblems;
  const template = templateOf(params);
  switch (problem) {
    case 'missing':
      return texts.missing;
    case 'not_utility': {
      if (template === undefined) return texts.not_utility_unnamed;
      const category = categoryName(catalog, params.category);
      return category === undefined
        ? fill(texts.not_utility_no_category, { template })
        : fill(texts.not_utility, { template, category });
    }
    case 'not_approved': {
      if (template === undefined) return texts.not_approved_unnamed;
      const status = clean(params.status)?.toUpperCase();
      if (status === undefined || status === 'APPROVED') return fill(texts.not_approved, { template });
      const byStatus = Object.hasOwn(PROBLEM_BY_STATUS, status) ? PROBLEM_BY_STATUS[status] : undefined;
      return byStatus ? fill(texts[byStatus], { template }) : fill(texts.other_status, { template, status });
    }
    default:
      return texts.unknown;
  }
}
