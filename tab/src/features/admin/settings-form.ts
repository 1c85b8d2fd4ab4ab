import type { OrgSettings, UpdateOrgSettingsRequest } from '../../../../shared/contract/admin.js';

/** The settings form as typed: numbers as text, an empty field meaning "none". */
export interface SettingsDraft {
  readonly whatsappEnabled: boolean;
  readonly senderPhoneNumberId: string;
  readonly whatsappBusinessAccountId: string;
  readonly smsFromNumber: string;
}

export type SettingsField = Exclude<keyof SettingsDraft, 'whatsappEnabled'>;
export type FieldProblem = 'digitsOnly' | 'e164';

export function draftOf(settings: OrgSettings): SettingsDraft {
  return {
    whatsappEnabled: settings.whatsappEnabled,
    senderPhoneNumberId: settings.senderPhoneNumberId ?? '',
    whatsappBusinessAccountId: settings.whatsappBusinessAccountId ?? '',
    smsFromNumber: settings.smsFromNumber ?? '',
  };
}

/** The same rules as the API's, so the admin learns what is wrong next to the field before saving. */
export function fieldProblems(draft: SettingsDraft): Partial<Record<SettingsField, FieldProblem>> {
  const problems: Partial<Record<SettingsField, FieldProblem>> = {};
  for (const field of ['senderPhoneNumberId', 'whatsappBusinessAccountId'] as const) {
    const value = draft[field].trim();
    if (value !== '' && !/^\d{1,30}$/.test(value)) problems[field] = 'digitsOnly';
  }
  const sms = draft.smsFromNumber.trim();
  if (sms !== '' && !/^\+[1-9]\d{1,14}$/.test(sms)) problems.smsFromNumber = 'e164';
  return problems;
}

/** Only what differs from the saved settings; an emptied field clears it (null). */
export function changesOf(saved: OrgSettings, draft: SettingsDraft): UpdateOrgSettingsRequest {
  const request: { -readonly [K in keyof UpdateOrgSettingsRequest]: UpdateOrgSettingsRequest[K] } = {};
  if (draft.whatsappEnabled !== saved.whatsappEnabled) request.whatsappEnabled = draft.whatsappEnabled;
  for (const field of ['senderPhoneNumberId', 'whatsappBusinessAccountId', 'smsFromNumber'] as const) {
    const value = draft[field].trim() || null;
    if (value !== saved[field]) request[field] = value;
  }
  return request;
}
