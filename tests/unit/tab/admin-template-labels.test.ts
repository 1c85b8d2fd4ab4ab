import { describe, expect, it } from 'vitest';
import type { ConnectorRequestHealth } from '../../../shared/contract/admin.js';
import { de } from '../../../shared/i18n/tab/de.js';
import { en } from '../../../shared/i18n/tab/en.js';
import {
  purposeLabel,
  requestProblemText,
  statusLabel,
  statusTone,
} from '../../../tab/src/features/admin/template-labels.js';
import { createI18n } from '../../../tab/src/i18n/i18n.js';

const { t } = createI18n('en', en);
const paused: ConnectorRequestHealth = {
  purpose: 'opt_in',
  problem: 'not_approved',
  template: {
    name: 'mlm_opt_in_request',
    language: 'en',
    category: 'UTILITY',
    status: 'PAUSED',
    purpose: 'opt_in',
  },
};

describe('admin template labels', () => {
  it("names Meta's statuses, and shows one it added later as Meta spells it", () => {
    expect(statusLabel(t, 'PAUSED')).toBe('Paused');
    expect(statusLabel(t, 'LIMIT_EXCEEDED')).toBe('LIMIT_EXCEEDED');
    expect([statusTone('APPROVED'), statusTone('PENDING'), statusTone('REJECTED')]).toEqual([
      'success',
      'warning',
      'danger',
    ]);
  });

  it("tells the users' templates from the app's requests and notices", () => {
    expect(purposeLabel(t, null)).toBe('Your users’ messages');
    expect(purposeLabel(t, 'resume')).toBe('Resume request');
    expect(purposeLabel(t, 'participant_added')).toBe('App notice');
  });

  it('says what is wrong with which template, in the reader’s language', () => {
    expect(requestProblemText(t, { ...paused, problem: null, template: null })).toBeUndefined();
    expect(requestProblemText(t, paused)).toBe(
      'Cannot be sent: its template mlm_opt_in_request (en) is “Paused” in WhatsApp. Fix it in WhatsApp Manager, then sync.',
    );
    expect(
      requestProblemText(createI18n('de', de).t, {
        ...paused,
        problem: 'not_utility',
        template: { ...paused.template!, status: 'APPROVED', category: 'MARKETING' },
      }),
    ).toContain('in der Kategorie „Marketing“');
    expect(requestProblemText(t, { purpose: 'resume', problem: 'missing', template: null })).toMatch(
      /^Cannot be sent: there is no template for it/,
    );
  });
});
