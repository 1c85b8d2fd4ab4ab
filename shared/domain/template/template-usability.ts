/** Meta's template statuses; it adds new ones now and then, which count as not usable. */
export type TemplateStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED'
  | 'PAUSED'
  | 'DISABLED'
  | 'IN_APPEAL'
  | 'PENDING_DELETION'
  | 'DELETED'
  | 'LIMIT_EXCEEDED'
  | (string & {});

export type TemplateCategory = 'MARKETING' | 'UTILITY' | 'AUTHENTICATION' | (string & {});

/** The connector's requests that only a UTILITY template may carry (marketing ones are blocked to some users). */
export const CONSENT_PURPOSES = ['opt_in', 'opt_in_reminder', 'resume'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

export function isConsentPurpose(purpose: string | null): purpose is ConsentPurpose {
  return (CONSENT_PURPOSES as readonly string[]).includes(purpose ?? '');
}

/** Why a template cannot carry one of the connector's consent requests, or null when it can. */
export type ConsentTemplateProblem = 'missing' | 'not_approved' | 'not_utility';

export function consentTemplateProblem(
  template: { readonly status: TemplateStatus; readonly category: TemplateCategory } | null | undefined,
): ConsentTemplateProblem | null {
  if (!template) return 'missing';
  if (template.status !== 'APPROVED') return 'not_approved';
  if (template.category !== 'UTILITY') return 'not_utility';
  return null;
}

/**
 * The status a template has after one of Meta's template events. Quality warnings (FLAGGED) and limits
 * leave it usable; an event Meta invents later changes nothing until the next sync says what it meant.
 */
export function statusAfterEvent(event: string, current: TemplateStatus): TemplateStatus {
  switch (event) {
    case 'APPROVED':
    case 'REINSTATED':
    case 'UNPAUSED':
      return 'APPROVED';
    case 'PAUSED':
    case 'DISABLED':
    case 'REJECTED':
    case 'PENDING':
    case 'IN_APPEAL':
    case 'PENDING_DELETION':
    case 'DELETED':
      return event;
    case 'ARCHIVED':
      return 'DELETED';
    default:
      return current;
  }
}
