import { DomainRuleViolation } from '../shared/domain-error.js';

export const MAX_TEXT_LENGTH = 4096;
export const MAX_CAPTION_LENGTH = 1024;

// WhatsApp formatting marks in a display name would bold or strike the rest of the prefix.
function plainName(name: string): string {
  return name.replace(/[*_~`]/g, '').trim();
}

/**
 * The text the contact receives. In a thread shared by several Teams users the contact cannot tell who
 * writes, so each message carries its sender's name.
 */
export function composeOutboundText(body: string, senderName: string, activeParticipants: number): string {
  if (body.trim().length === 0) throw new DomainRuleViolation('message_empty');
  const text = activeParticipants > 1 && plainName(senderName) ? `*${plainName(senderName)}*: ${body}` : body;
  if (text.length > MAX_TEXT_LENGTH)
    throw new DomainRuleViolation('message_too_long', { max: MAX_TEXT_LENGTH, length: text.length });
  return text;
}

export function checkCaption(caption: string | null): void {
  if (caption && caption.length > MAX_CAPTION_LENGTH)
    throw new DomainRuleViolation('caption_too_long', { max: MAX_CAPTION_LENGTH, length: caption.length });
}
