import { describe, expect, it } from 'vitest';
import { consequenceOfFailure } from '../../../shared/domain/messaging/delivery-failure.js';

describe('what a delivery failure means, by why the message was sent', () => {
  it.each([
    ['opt_in', 131049, { type: 'opt_in_undelivered' }],
    ['opt_in', 131026, { type: 'opt_in_undelivered' }],
    ['opt_in_reminder', 131049, { type: 'opt_in_undelivered' }],
    ['chat', 131047, { type: 'requeue_and_request_resume' }],
    ['chat', 470, { type: 'requeue_and_request_resume' }],
    ['chat', 131049, { type: 'message_failed' }],
    [
      'resume',
      131049,
      { type: 'notify_participants', notice: { code: 'resume_failed', params: {} }, resumeFailed: true },
    ],
  ] as const)('%s failing with %i', (purpose, code, consequence) => {
    expect(consequenceOfFailure(purpose, code)).toEqual(consequence);
  });

  it('a participant notice that never arrived tells the participants which one', () => {
    expect(
      consequenceOfFailure('participant_notice', 131049, { kind: 'participant_left', subjectUserId: 'u1' }),
    ).toEqual({
      type: 'notify_participants',
      notice: { code: 'contact_not_notified_participant_left', params: { userId: 'u1' } },
      resumeFailed: false,
    });
  });
});
