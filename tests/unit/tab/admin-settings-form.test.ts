import { describe, expect, it } from 'vitest';
import type { OrgSettings } from '../../../shared/contract/admin.js';
import { changesOf, draftOf, fieldProblems } from '../../../tab/src/features/admin/settings-form.js';

const saved: OrgSettings = {
  tenantId: 't',
  whatsappEnabled: true,
  senderPhoneNumberId: '106540352242922',
  whatsappBusinessAccountId: null,
  smsFromNumber: '+14155550100',
};

describe('admin settings form', () => {
  it('shows missing numbers as empty fields', () => {
    expect(draftOf(saved)).toEqual({
      whatsappEnabled: true,
      senderPhoneNumberId: '106540352242922',
      whatsappBusinessAccountId: '',
      smsFromNumber: '+14155550100',
    });
  });

  it('sends only what changed, trimmed, and an emptied field as null', () => {
    expect(changesOf(saved, draftOf(saved))).toEqual({});
    expect(
      changesOf(saved, {
        whatsappEnabled: false,
        senderPhoneNumberId: '106540352242922',
        whatsappBusinessAccountId: ' 200000000000002 ',
        smsFromNumber: '  ',
      }),
    ).toEqual({ whatsappEnabled: false, whatsappBusinessAccountId: '200000000000002', smsFromNumber: null });
  });

  it('names the field that the API would refuse, and accepts empty ones', () => {
    expect(fieldProblems(draftOf(saved))).toEqual({});
    expect(
      fieldProblems({
        whatsappEnabled: true,
        senderPhoneNumberId: '10654-0352',
        whatsappBusinessAccountId: '',
        smsFromNumber: '0033612345678',
      }),
    ).toEqual({ senderPhoneNumberId: 'digitsOnly', smsFromNumber: 'e164' });
    expect(fieldProblems({ ...draftOf(saved), whatsappBusinessAccountId: 'abc' })).toEqual({
      whatsappBusinessAccountId: 'digitsOnly',
    });
  });
});
