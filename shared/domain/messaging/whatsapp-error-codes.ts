/** WhatsApp Cloud API error codes the rules act on (see docs/whatsapp-platform.md). */
export const NOT_ON_WHATSAPP_ERROR = 131026;
export const WINDOW_CLOSED_ERROR = 131047;
export const LEGACY_WINDOW_CLOSED_ERROR = 470;

export function isWindowClosedError(code: number): boolean {
  return code === WINDOW_CLOSED_ERROR || code === LEGACY_WINDOW_CLOSED_ERROR;
}
