import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { errorMessage } from '../shell/error-message.js';

export type MediaUrl =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly url: string }
  | { readonly kind: 'failed'; readonly reason: string };

/** A picture of the thread as an object URL (it needs the user's token, so no plain `<img src>`). */
export function useMediaUrl(client: ConnectorClient, mediaId: string): { media: MediaUrl; retry(): void } {
  const [media, setMedia] = useState<MediaUrl>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let url: string | undefined;
    let cancelled = false;
    setMedia({ kind: 'loading' });
    client.downloadMedia(mediaId).then(
      ({ bytes, mimeType }) => {
        if (cancelled) return;
        url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: mimeType }));
        setMedia({ kind: 'ready', url });
      },
      (failure: unknown) => {
        if (!cancelled) setMedia({ kind: 'failed', reason: errorMessage(failure) });
      },
    );
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [client, mediaId, attempt]);
  return { media, retry: () => setAttempt((n) => n + 1) };
}
