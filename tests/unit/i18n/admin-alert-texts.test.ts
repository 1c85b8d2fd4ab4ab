import { describe, expect, it } from 'vitest';
import { adminAlertText } from '../../../shared/i18n/admin-alert-texts.js';
import { CATALOGS } from '../../../shared/i18n/catalogs/index.js';
import {
  type AdminAlertCode,
  TEMPLATE_PROBLEMS,
  TEMPLATE_PURPOSES,
  type TemplateProblem,
} from '../../../shared/i18n/codes.js';
import { type Locale, SUPPORTED_LOCALES } from '../../../shared/i18n/locales.js';
import { UNFILLED } from './helpers.js';

type Params = Record<string, string>;
const unusable = (params: Params) => ({ code: 'connector_template_unusable' as const, params });
const restored = (params: Params) => ({ code: 'connector_template_restored' as const, params });

/** The params connector-template-health sends for each problem (missing: no template to name). */
const FULL: Record<TemplateProblem, Params> = {
  missing: { problem: 'missing' },
  not_approved: {
    problem: 'not_approved',
    template: 'mlm_opt_in_request',
    language: 'en',
    status: 'PAUSED',
    category: 'UTILITY',
  },
  not_utility: {
    problem: 'not_utility',
    template: 'mlm_opt_in_request',
    language: 'en',
    status: 'APPROVED',
    category: 'MARKETING',
  },
};

/** A whole text: not empty, no placeholder or stray value, ends a sentence, no doubled or dangling spaces. */
function expectComplete(text: string, label: string): void {
  expect(text.trim(), label).not.toBe('');
  expect(text, label).not.toMatch(UNFILLED);
  expect(text, label).not.toMatch(/undefined|null|NaN|\(\)/);
  expect(text, label).toMatch(/[.。]$/u);
  expect(text, label).not.toMatch(/ {2}|^\s|\s$| [.,:]/u);
}

/** Every way an alert can arrive incomplete: each param dropped, blanked, or all of them gone. */
function degraded(params: Params): Params[] {
  const keys = Object.keys(params);
  return [
    {},
    ...keys.map((key) => Object.fromEntries(Object.entries(params).filter(([k]) => k !== key))),
    ...keys.map((key) => ({ ...params, [key]: '' })),
    ...keys.map((key) => ({ ...params, [key]: '  ' })),
  ];
}

describe.each(SUPPORTED_LOCALES)('admin alerts in %s', (locale: Locale) => {
  const catalog = CATALOGS[locale];

  it.each(TEMPLATE_PURPOSES)(
    'unusable %s: names the request and, for each problem, the template',
    (purpose) => {
      for (const problem of TEMPLATE_PROBLEMS) {
        const text = adminAlertText(locale, unusable({ purpose, ...FULL[problem] }));
        const label = `${purpose} × ${problem}`;
        expectComplete(text, label);
        expect(text, label).toContain(catalog.templatePurposes[purpose]);
        expect(text, label).toContain(catalog.adminAlerts.consequences[purpose]);
        expect(text, label).toContain(catalog.adminAlerts.actions[problem]);
        if (problem !== 'missing') expect(text, label).toContain('mlm_opt_in_request (en)');
      }
    },
  );

  it.each(TEMPLATE_PURPOSES)('restored %s: says the request works again', (purpose) => {
    const text = adminAlertText(locale, restored({ purpose }));
    expectComplete(text, purpose);
    expect(text).toContain(catalog.templatePurposes[purpose]);
  });

  it('names the template for every status Meta may give it', () => {
    for (const status of [
      'PAUSED',
      'DISABLED',
      'REJECTED',
      'PENDING',
      'DELETED',
      'PENDING_DELETION',
      'IN_APPEAL',
    ]) {
      const params = { ...FULL.not_approved, status, template: 'mlm_resume_conversation', language: 'pt_BR' };
      const text = adminAlertText(locale, unusable({ purpose: 'resume', ...params }));
      expectComplete(text, status);
      expect(text, status).toContain('mlm_resume_conversation (pt_BR)');
    }
  });

  it('shows a status it has no sentence for as Meta spells it', () => {
    const text = adminAlertText(
      locale,
      unusable({ ...FULL.not_approved, purpose: 'opt_in', status: 'IN_APPEAL' }),
    );
    expect(text).toContain('IN_APPEAL');
  });

  it('gives paused and disabled templates different wording', () => {
    const paused = adminAlertText(locale, unusable({ ...FULL.not_approved, purpose: 'opt_in' }));
    const disabled = adminAlertText(
      locale,
      unusable({ ...FULL.not_approved, purpose: 'opt_in', status: 'DISABLED' }),
    );
    expect(paused).not.toBe(disabled);
  });

  it('names the category in the locale, and an unknown category as Meta spells it', () => {
    const marketing = adminAlertText(locale, unusable({ ...FULL.not_utility, purpose: 'opt_in' }));
    expect(marketing).toContain(catalog.templateCategories.MARKETING);
    const other = adminAlertText(
      locale,
      unusable({ ...FULL.not_utility, purpose: 'opt_in', category: 'SERVICE' }),
    );
    expect(other).toContain('SERVICE');
  });

  it.each(TEMPLATE_PROBLEMS)('still reads as whole sentences when a param of %s is missing', (problem) => {
    for (const purpose of [...TEMPLATE_PURPOSES, 'no_such_purpose']) {
      for (const params of degraded({ purpose, ...FULL[problem] })) {
        const label = `${problem} ${JSON.stringify(params)}`;
        expectComplete(adminAlertText(locale, unusable(params)), label);
        expectComplete(adminAlertText(locale, restored(params)), label);
      }
    }
  });

  it('does not look purposes, problems or statuses up on the prototype', () => {
    for (const value of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      const params = { purpose: value, problem: value, status: value, category: value, template: 't' };
      expectComplete(adminAlertText(locale, unusable(params)), value);
      expectComplete(adminAlertText(locale, restored(params)), value);
    }
  });
});

describe('admin alerts in English', () => {
  it('reads as an admin needs it for a paused opt-in template', () => {
    expect(adminAlertText('en', unusable({ purpose: 'opt_in', ...FULL.not_approved }))).toBe(
      'The connector can no longer use WhatsApp to send the opt-in request. ' +
        'Meta has paused the template mlm_opt_in_request (en). ' +
        'Until this is fixed, your team cannot ask contacts for permission to message them. ' +
        'Check the template in WhatsApp Manager and have it approved again, or assign another approved ' +
        'Utility template to this request in the connector’s settings.',
    );
  });

  it('explains a recategorized template', () => {
    expect(adminAlertText('en', unusable({ purpose: 'resume', ...FULL.not_utility }))).toContain(
      'Meta moved the template mlm_opt_in_request (en) to the Marketing category',
    );
  });

  it('says there is no template when none carries the request', () => {
    const text = adminAlertText('en', unusable({ purpose: 'participant_added', problem: 'missing' }));
    expect(text).toContain('The connector has no approved template for it.');
    expect(text).toContain('contacts are not told when someone joins their conversation');
  });

  it('falls back to the general wording without purpose, problem or template', () => {
    expect(adminAlertText('en', unusable({}))).toBe(
      'One of the connector’s WhatsApp templates can no longer be used. Its template can no longer be used. ' +
        'Until this is fixed, the messages that rely on it cannot be sent. ' +
        'Check the connector’s templates in WhatsApp Manager.',
    );
    expect(adminAlertText('en', restored({}))).toBe(CATALOGS.en.adminAlerts.restoredUnknownPurpose);
  });

  it('infers the problem from the status when the alert states none', () => {
    const text = adminAlertText('en', unusable({ purpose: 'opt_in', template: 'x', status: 'PAUSED' }));
    expect(text).toContain('Meta has paused the template x.');
  });

  it('shows the code of an alert this catalog does not know instead of throwing', () => {
    expect(adminAlertText('en', { code: 'brand_new_alert' as AdminAlertCode, params: {} })).toBe(
      'brand_new_alert',
    );
  });

  it('falls back to English for a locale it does not ship', () => {
    const alert = unusable({ purpose: 'opt_in', ...FULL.not_approved });
    expect(adminAlertText('it' as Locale, alert)).toBe(adminAlertText('en', alert));
  });

  it('uses the French no-break space and the Japanese sentence joins', () => {
    const fr = adminAlertText(
      'fr',
      unusable({ purpose: 'opt_in', ...FULL.not_approved, status: 'IN_APPEAL' }),
    );
    expect(fr).toContain('statut\u00a0: IN_APPEAL');
    const ja = adminAlertText('ja', unusable({ purpose: 'opt_in', ...FULL.not_approved }));
    expect(ja).not.toMatch(/。 /u);
  });
});
