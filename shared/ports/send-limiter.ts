/** Whether a user may send one more message now. */
export type SendAllowance =
  | { readonly allowed: true; readonly counted: boolean }
  | { readonly allowed: false; readonly retryAfterMs: number };

/**
 * Each user's send allowance, shared by every connector instance. A send whose client message id was already
 * accepted is a replay: always allowed, never counted.
 */
export interface SendLimiter {
  take(tenantId: string, userId: string, clientMessageId: string): Promise<SendAllowance>;
  /** Gives back what `take` counted, for a send that recorded nothing new (a concurrent replay, a refusal). */
  giveBack(tenantId: string, userId: string): Promise<void>;
}

/** No limit: every send is allowed and nothing is counted. */
export const unlimitedSends: SendLimiter = {
  take: () => Promise.resolve({ allowed: true, counted: false }),
  giveBack: () => Promise.resolve(),
};
