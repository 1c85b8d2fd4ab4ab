import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RuleCode } from '../../../shared/domain/shared/domain-error.js';
import type { SystemNoticeCode } from '../../../shared/domain/thread/system-notice.js';
import {
  API_ERROR_CODES,
  ERROR_CODES,
  FAILURE_REASONS,
  NOTICE_CODES,
  RULE_CODES,
  type NoticeCode,
} from '../../../shared/i18n/codes.js';

// The i18n layer may not import the domain, so it keeps its own lists; `tsc -p tests` fails here
// as soon as a domain union and its mirror differ.
describe('code lists mirror the domain', () => {
  it('notice codes are exactly the domain SystemNoticeCode union', () => {
    expectTypeOf<NoticeCode>().toEqualTypeOf<SystemNoticeCode>();
  });

  it('rule codes are exactly the domain RuleCode union', () => {
    expectTypeOf<(typeof RULE_CODES)[number]>().toEqualTypeOf<RuleCode>();
  });

  it('the lists have no duplicates', () => {
    for (const list of [NOTICE_CODES, RULE_CODES, API_ERROR_CODES, ERROR_CODES, FAILURE_REASONS]) {
      expect(new Set<string>(list).size).toBe(list.length);
    }
  });
});
