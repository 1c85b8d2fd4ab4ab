/** Where a Teams user has read a thread up to. */
export interface ReadMarker {
  readonly threadId: string;
  readonly userId: string;
  readonly lastReadMessageId: string;
  /** When the user marked it read. */
  readonly readAt: Date;
}

export interface MarkedRead {
  readonly marker: ReadMarker;
  /** False when the marker already stood at this message or a newer one (it never moves back). */
  readonly advanced: boolean;
}

/** Per-user read markers and the unread counts they give; each call is scoped to one tenant. */
export interface ReadMarkers {
  /**
   * Moves the user's marker in the thread up to this message, unless it already stands at it or further.
   * Null when the message is not one of the thread's.
   */
  markRead(
    tenantId: string,
    threadId: string,
    userId: string,
    messageId: string,
    at: Date,
  ): Promise<MarkedRead | null>;
  /**
   * For each thread, how many of the contact's messages (inbound) came after the user's marker (all of
   * them without one). Colleagues' messages and system notices never count. Threads with none are left out.
   */
  unreadCounts(tenantId: string, userId: string, threadIds: readonly string[]): Promise<Map<string, number>>;
}
