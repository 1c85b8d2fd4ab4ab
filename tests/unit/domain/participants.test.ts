import { describe, expect, it } from 'vitest';
import {
  addParticipant,
  checkRestart,
  contactNoticeDelivery,
  contactNotNotifiedNotice,
  leaveThread,
  removeParticipant,
  transferThread,
} from '../../../shared/domain/group/participants.js';
import { ruleOf } from '../../support/rule-of.js';
import { T0, at, hours } from '../../builders/consent-builder.js';

const alice = 'user-alice';
const bob = 'user-bob';
const carol = 'user-carol';

describe('group membership', () => {
  it('adding a participant posts a notice and tells the contact', () => {
    const change = addParticipant('open', [alice], bob, alice);
    expect(change).toEqual({
      joins: [bob],
      leaves: [],
      notice: { code: 'participant_added', params: { userId: bob, by: alice } },
      contactNotice: { kind: 'participant_added', subjectUserId: bob },
      closesThread: false,
    });
  });

  it('removing a participant', () => {
    const change = removeParticipant('open', [alice, bob], bob, alice);
    expect(change.leaves).toEqual([{ userId: bob, reason: 'removed' }]);
    expect(change.notice).toEqual({ code: 'participant_removed', params: { userId: bob, by: alice } });
    expect(change.contactNotice).toEqual({ kind: 'participant_removed', subjectUserId: bob });
  });

  it('leaving; the last one to leave closes the thread', () => {
    expect(leaveThread('open', [alice, bob], bob)).toMatchObject({
      leaves: [{ userId: bob, reason: 'left' }],
      notice: { code: 'participant_left', params: { userId: bob } },
      closesThread: false,
    });
    expect(leaveThread('open', [alice], alice).closesThread).toBe(true);
  });

  it('transferring hands the thread to someone new', () => {
    const change = transferThread('open', [alice], alice, carol);
    expect(change).toMatchObject({
      joins: [carol],
      leaves: [{ userId: alice, reason: 'transferred' }],
      notice: { code: 'conversation_transferred', params: { from: alice, to: carol } },
      contactNotice: { kind: 'conversation_transferred', subjectUserId: carol },
      closesThread: false,
    });
  });

  it.each([
    ['add by an outsider', () => addParticipant('open', [alice], bob, carol), 'not_a_participant'],
    [
      'add someone already in',
      () => addParticipant('open', [alice, bob], bob, alice),
      'already_a_participant',
    ],
    ['add on a closed thread', () => addParticipant('closed', [alice], bob, alice), 'thread_closed'],
    ['remove someone not in', () => removeParticipant('open', [alice], bob, alice), 'not_a_participant'],
    ['remove by an outsider', () => removeParticipant('open', [alice, bob], bob, carol), 'not_a_participant'],
    ['remove yourself', () => removeParticipant('open', [alice, bob], alice, alice), 'cannot_remove_self'],
    ['leave when not in', () => leaveThread('open', [alice], bob), 'not_a_participant'],
    ['leave a closed thread', () => leaveThread('closed', [alice], alice), 'thread_closed'],
    ['transfer to yourself', () => transferThread('open', [alice], alice, alice), 'cannot_transfer_to_self'],
    [
      'transfer to a participant',
      () => transferThread('open', [alice, bob], alice, bob),
      'already_a_participant',
    ],
    ['transfer by an outsider', () => transferThread('open', [alice], carol, bob), 'not_a_participant'],
  ])('%s is refused', (_label, act, code) => {
    expect(ruleOf(act)).toBe(code);
  });

  it('restart: only a closed thread, and only when the contact has no open thread', () => {
    expect(ruleOf(() => checkRestart('closed', false))).toBeUndefined();
    expect(ruleOf(() => checkRestart('open', false))).toBe('thread_not_closed');
    expect(ruleOf(() => checkRestart('closed', true))).toBe('open_thread_exists');
  });

  it('the contact notice is a plain text inside the window and a template outside it', () => {
    expect(contactNoticeDelivery(T0, at(hours(1)))).toBe('text');
    expect(contactNoticeDelivery(T0, at(hours(24)))).toBe('template');
    expect(contactNoticeDelivery(null, T0)).toBe('template');
  });

  it.each([
    ['participant_added', 'contact_not_notified_participant_added'],
    ['participant_removed', 'contact_not_notified_participant_removed'],
    ['participant_left', 'contact_not_notified_participant_left'],
    ['conversation_transferred', 'contact_not_notified_conversation_transferred'],
  ] as const)('a failed %s notice becomes %s', (kind, code) => {
    expect(contactNotNotifiedNotice(kind, bob)).toEqual({ code, params: { userId: bob } });
  });
});
