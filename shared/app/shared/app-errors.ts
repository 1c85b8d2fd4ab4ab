/** The thread, message or contact does not exist for this caller. Callers may not learn which. */
export class NotFound extends Error {
  constructor(readonly resource: 'thread' | 'message' | 'contact' | 'user' | 'tenant') {
    super(`${resource} not found`);
    this.name = 'NotFound';
  }
}

/** The tenant has not enabled WhatsApp, or the user holds no WhatsApp licence. */
export class NotEnabled extends Error {
  constructor(readonly what: 'tenant' | 'licence' | 'sender_number') {
    super(`WhatsApp is not enabled: ${what}`);
    this.name = 'NotEnabled';
  }
}
