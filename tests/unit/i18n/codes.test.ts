import { describe, expect, expectTypeOf, it } from 'vitest';
import type { RuleCode } from '../../../shared/domain/shared/domain-error.js';
import type {
  ConsentTemplateProblem,
  TemplateCategory,
} from '../../../shared/domain/template/template-usability.js';
import type { SystemNoticeCode } from '../../../shared/domain/thread/system-notice.js';
import {
  ADMIN_ALERT_CODES,
  type AdminAlertCode,
  API_ERROR_CODES,
  ERROR_CODES,
  FAILURE_REASONS,
  MEDIA_UNAVAILABLE_REASONS,
  type MediaUnavailableReason,
  NOTICE_CODES,
  RULE_CODES,
  TEMPLATE_CATEGORIES,
  TEMPLATE_PROBLEMS,
  TEMPLATE_PURPOSES,
  type NoticeCode,
  type TemplateCategoryName,
  type TemplateProblem,
  type TemplatePurpose,
} from '../../../shared/i18n/codes.js';
import type {
  MediaUnavailableReason as PortsMediaUnavailableReason,
  TemplatePurpose as PortsTemplatePurpose,
} from '../../../shared/ports/conversation-records.js';
import type { AdminAlertCode as PortsAdminAlertCode } from '../../../shared/ports/notifier.js';

/** The literal members of a union that also admits any string (`'A' | 'B' | (string & {})` gives 'A' | 'B'). */
type Literals<T> = T extends string ? (string extends T ? never : T) : never;

// The i18n layer may import neither the domain nor the ports, so it keeps its own lists; `tsc -p tests`
// fails here as soon as a union and its mirror differ.
describe('code lists mirror the domain and the ports', () => {
  it('notice codes are exactly the domain SystemNoticeCode union', () => {
    expectTypeOf<NoticeCode>().toEqualTypeOf<SystemNoticeCode>();
  });

  it('rule codes are exactly the domain RuleCode union', () => {
    expectTypeOf<(typeof RULE_CODES)[number]>().toEqualTypeOf<RuleCode>();
  });

  it('admin alert codes are exactly the ports AdminAlertCode union', () => {
    expectTypeOf<AdminAlertCode>().toEqualTypeOf<PortsAdminAlertCode>();
  });

  it('template purposes are exactly the ports TemplatePurpose union', () => {
    expectTypeOf<TemplatePurpose>().toEqualTypeOf<PortsTemplatePurpose>();
  });

  it('template problems are exactly the domain ConsentTemplateProblem union', () => {
    expectTypeOf<TemplateProblem>().toEqualTypeOf<ConsentTemplateProblem>();
  });

  it("template categories are exactly the categories the domain names (Meta's new ones show as spelled)", () => {
    expectTypeOf<TemplateCategoryName>().toEqualTypeOf<Literals<TemplateCategory>>();
  });

  it('media unavailable reasons are exactly the ports MediaUnavailableReason union', () => {
    expectTypeOf<MediaUnavailableReason>().toEqualTypeOf<PortsMediaUnavailableReason>();
  });

  it('the lists have no duplicates', () => {
    for (const list of [
      NOTICE_CODES,
      RULE_CODES,
      API_ERROR_CODES,
      ERROR_CODES,
      FAILURE_REASONS,
      ADMIN_ALERT_CODES,
      TEMPLATE_PURPOSES,
      TEMPLATE_PROBLEMS,
      TEMPLATE_CATEGORIES,
      MEDIA_UNAVAILABLE_REASONS,
    ]) {
      expect(new Set<string>(list).size).toBe(list.length);
    }
  });
});
