import type { MediaStore } from '../../ports/media-store.js';
import type { WhatsAppMediaGateway } from '../../ports/whatsapp-media.js';

/** Pictures between Teams and WhatsApp: WhatsApp's media endpoints and our own store. */
export interface MediaDeps {
  readonly whatsappMedia: WhatsAppMediaGateway;
  readonly mediaStore: MediaStore;
}
