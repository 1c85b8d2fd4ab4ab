import type { AdminTemplate, ConnectorRequestHealth } from '../../../../shared/contract/admin.js';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';
import type { I18n } from '../../i18n/i18n.js';

const STATUS: Readonly<Record<string, TabTextKey>> = {
  APPROVED: 'adminStatusApproved',
  PENDING: 'adminStatusPending',
  REJECTED: 'adminStatusRejected',
  PAUSED: 'adminStatusPaused',
  DISABLED: 'adminStatusDisabled',
  DELETED: 'adminStatusDeleted',
  PENDING_DELETION: 'adminStatusDeleted',
};

const CATEGORY: Readonly<Record<string, TabTextKey>> = {
  MARKETING: 'adminCategoryMarketing',
  UTILITY: 'adminCategoryUtility',
  AUTHENTICATION: 'adminCategoryAuthentication',
};

const PURPOSE: Readonly<Record<string, TabTextKey>> = {
  opt_in: 'adminPurposeOptIn',
  opt_in_reminder: 'adminPurposeOptInReminder',
  resume: 'adminPurposeResume',
};

const known = (table: Readonly<Record<string, TabTextKey>>, value: string) =>
  Object.hasOwn(table, value) ? table[value] : undefined;

/** Meta's status in the user's words; one Meta added later, as Meta spells it. */
export function statusLabel(t: I18n['t'], status: string): string {
  const key = known(STATUS, status);
  return key ? t(key) : status;
}

export function categoryLabel(t: I18n['t'], category: string): string {
  const key = known(CATEGORY, category);
  return key ? t(key) : category;
}

/** What a template is for: the users' own messages, one of the app's requests, or another of its notices. */
export function purposeLabel(t: I18n['t'], purpose: string | null): string {
  if (purpose === null) return t('adminPurposeBusiness');
  const key = known(PURPOSE, purpose);
  return key ? t(key) : t('adminPurposeNotice');
}

export type StatusTone = 'success' | 'warning' | 'danger';

export function statusTone(status: AdminTemplate['status']): StatusTone {
  if (status === 'APPROVED') return 'success';
  return status === 'PENDING' || status === 'IN_APPEAL' ? 'warning' : 'danger';
}

/** Why one of the app's consent requests cannot be sent, and what the admin should do; undefined when it can. */
export function requestProblemText(t: I18n['t'], health: ConnectorRequestHealth): string | undefined {
  const template = health.template ? `${health.template.name} (${health.template.language})` : '';
  switch (health.problem) {
    case null:
      return undefined;
    case 'missing':
      return t('adminRequestMissing');
    case 'not_approved':
      return health.template
        ? t('adminRequestNotApproved', { template, status: statusLabel(t, health.template.status) })
        : t('adminRequestMissing');
    case 'not_utility':
      return health.template
        ? t('adminRequestNotUtility', { template, category: categoryLabel(t, health.template.category) })
        : t('adminRequestMissing');
  }
}
