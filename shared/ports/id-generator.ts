export interface IdGenerator {
  /** A new UUID for a thread, message or contact. */
  newId(): string;
}
