import { describe, expect, it } from 'vitest';
import {
  OPT_IN_NO_PAYLOAD,
  OPT_IN_YES_PAYLOAD,
  RESUME_PAYLOAD,
  intentOfPayload,
  intentOfText,
} from '../../../shared/domain/consent/consent-keywords.js';

describe('what the contact means', () => {
  it.each([
    ['YES', 'opt_in'],
    [' yes! ', 'opt_in'],
    ['Sí', 'opt_in'],
    ['oui', 'opt_in'],
    ['Ja.', 'opt_in'],
    ['sim', 'opt_in'],
    ['はい', 'opt_in'],
    ['START', 'opt_in'],
    ['no', 'decline'],
    ['Nein', 'decline'],
    ['não', 'decline'],
    ['STOP', 'opt_out'],
    ['stop.', 'opt_out'],
    ['Unsubscribe', 'opt_out'],
    ['yes I would like to know more', 'none'],
    ['please stop by the office', 'none'],
    ['', 'none'],
  ])('%j -> %s', (text, intent) => {
    expect(intentOfText(text)).toBe(intent);
  });

  it.each([
    [OPT_IN_YES_PAYLOAD, 'opt_in'],
    [OPT_IN_NO_PAYLOAD, 'decline'],
    [RESUME_PAYLOAD, 'resume'],
    ['SOMETHING_ELSE', 'none'],
  ])('payload %s -> %s', (payload, intent) => {
    expect(intentOfPayload(payload)).toBe(intent);
  });
});
