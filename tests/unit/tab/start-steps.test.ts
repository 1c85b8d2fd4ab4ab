import { describe, expect, it } from 'vitest';
import {
  needsStateCheck,
  watchStep,
  whatsAppStep,
} from '../../../tab/src/features/new-conversation/start-steps.js';

describe('whatsAppStep', () => {
  it('offers SMS for a contact WhatsApp already refused as not on WhatsApp', () => {
    expect(whatsAppStep({ needsOptIn: true, consentState: 'failed' }, 'not_on_whatsapp')).toBe('offerSms');
  });

  it('asks to confirm the opt-in request for a first contact or an undelivered one', () => {
    expect(whatsAppStep({ needsOptIn: true, consentState: 'none' }, undefined)).toBe('confirmOptIn');
    expect(whatsAppStep({ needsOptIn: true, consentState: 'failed' }, 'consent_failed')).toBe('confirmOptIn');
  });

  it('opens the thread when consent was asked or given', () => {
    expect(whatsAppStep({ needsOptIn: false, consentState: 'granted' }, undefined)).toBe('open');
    expect(whatsAppStep({ needsOptIn: false, consentState: 'requested' }, undefined)).toBe('open');
  });

  it('reads the thread state only after a failed consent', () => {
    expect(needsStateCheck({ consentState: 'failed' })).toBe(true);
    expect(needsStateCheck({ consentState: 'declined' })).toBe(false);
    expect(needsStateCheck({ consentState: 'none' })).toBe(false);
  });
});

describe('watchStep', () => {
  it('offers SMS once WhatsApp refuses the request, waits while it is pending, stops on any other state', () => {
    expect(watchStep('not_on_whatsapp')).toBe('offerSms');
    expect(watchStep('awaiting_consent')).toBe('keepWatching');
    expect(watchStep('active')).toBe('stop');
    expect(watchStep('declined')).toBe('stop');
    expect(watchStep('consent_failed')).toBe('stop');
  });
});
