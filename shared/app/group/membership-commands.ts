import {
  addParticipant,
  leaveThread,
  removeParticipant,
  transferThread,
  type MembershipChange,
} from '../../domain/group/participants.js';
import type { ThreadStatus } from '../../domain/messaging/send-decision.js';
import type { AppDeps } from '../shared/app-deps.js';
import { NotFound } from '../shared/app-errors.js';
import { lockThreadAsParticipant } from '../shared/thread-access.js';
import { applyMembershipChange } from './apply-membership-change.js';

export interface MembershipInput {
  readonly tenantId: string;
  /** Who acts: the participant adding, removing, leaving or handing over. */
  readonly userId: string;
  readonly threadId: string;
}

type Decide = (status: ThreadStatus, active: string[], actor: string) => MembershipChange;

async function run(deps: AppDeps, input: MembershipInput, decide: Decide, mustExist?: string): Promise<void> {
  await deps.store.transaction(input.tenantId, async (tx) => {
    const { thread, participants } = await lockThreadAsParticipant(tx, input.threadId, input.userId);
    if (mustExist && !(await tx.user(mustExist))) throw new NotFound('user');
    const change = decide(
      thread.status,
      participants.map((p) => p.userId),
      input.userId,
    );
    await applyMembershipChange(tx, deps, thread, change, input.userId);
  });
}

export class AddParticipant {
  constructor(private readonly deps: AppDeps) {}
  execute(input: MembershipInput & { readonly participantId: string }): Promise<void> {
    return run(
      this.deps,
      input,
      (s, a, by) => addParticipant(s, a, input.participantId, by),
      input.participantId,
    );
  }
}

export class RemoveParticipant {
  constructor(private readonly deps: AppDeps) {}
  execute(input: MembershipInput & { readonly participantId: string }): Promise<void> {
    return run(this.deps, input, (s, a, by) => removeParticipant(s, a, input.participantId, by));
  }
}

export class LeaveThread {
  constructor(private readonly deps: AppDeps) {}
  execute(input: MembershipInput): Promise<void> {
    return run(this.deps, input, (s, a, by) => leaveThread(s, a, by));
  }
}

export class TransferThread {
  constructor(private readonly deps: AppDeps) {}
  execute(input: MembershipInput & { readonly toUserId: string }): Promise<void> {
    return run(this.deps, input, (s, a, by) => transferThread(s, a, by, input.toUserId), input.toUserId);
  }
}
