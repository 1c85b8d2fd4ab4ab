import { useCallback, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message, MessageContent } from '../../../../shared/contract/messages.js';
import { errorMessage } from '../shell/error-message.js';
import {
  usePictureAttachment,
  type AttachedPicture,
  type UsePictureAttachment,
} from './usePictureAttachment.js';

/** A chosen template and the values of its placeholders. */
export interface TemplateChoice {
  readonly name: string;
  readonly language: string;
  readonly params: readonly string[];
  /** The body filled in, as the contact will read it. */
  readonly preview: string;
}

/** A message the user sent that the server has not accepted yet, or refused. */
export interface LocalMessage {
  readonly clientMessageId: string;
  /** The text, the picture's caption, or the filled template. */
  readonly body: string;
  readonly createdAt: string;
  readonly state: 'uploading' | 'sending' | 'failed';
  /** While uploading: how much of the picture has gone, in whole percent (0 until the first report). */
  readonly uploadedPercent?: number;
  readonly error?: string;
  readonly picture?: AttachedPicture & { readonly mediaId?: string };
  readonly template?: TemplateChoice;
}

export interface UseComposer {
  readonly draft: string;
  setDraft(text: string): void;
  /** The picture to go with the next message (its caption is the draft). */
  readonly attachment: UsePictureAttachment;
  readonly local: readonly LocalMessage[];
  send(): void;
  sendTemplate(choice: TemplateChoice): void;
  retry(clientMessageId: string): void;
  /** Takes a failed message back into the composer, so nothing typed is lost. */
  edit(clientMessageId: string): void;
}

/**
 * Sends optimistically: the message shows at once with a clock (a picture first uploads); the server's answer
 * replaces it. A failure keeps it with the reason and a retry, which sends the same client message id (never
 * twice) and uploads a picture only if the upload itself failed.
 */
export function useComposer(
  client: ConnectorClient,
  threadId: string,
  onAccepted: (message: Message) => void,
): UseComposer {
  const [draft, setDraft] = useState('');
  const [local, setLocal] = useState<readonly LocalMessage[]>([]);
  const attachment = usePictureAttachment();

  const deliver = useCallback(
    (item: LocalMessage) => {
      const update = (changes: Partial<LocalMessage>) =>
        setLocal((current) =>
          current.map((m) => (m.clientMessageId === item.clientMessageId ? { ...m, ...changes } : m)),
        );
      const { uploadedPercent: _previous, ...fresh } = item;
      setLocal((current) => [
        ...current.filter((m) => m.clientMessageId !== item.clientMessageId),
        fresh.state === 'uploading' ? { ...fresh, uploadedPercent: 0 } : fresh,
      ]);
      const content = async (): Promise<MessageContent> => {
        if (item.template) {
          const { name, language, params } = item.template;
          return { type: 'template', name, language, params: [...params] };
        }
        if (!item.picture) return { type: 'text', body: item.body };
        let mediaId = item.picture.mediaId;
        if (!mediaId) {
          let shown = -1;
          const media = await client.uploadMedia(item.picture.file, {
            fileName: item.picture.name,
            onProgress: (sent, total) => {
              const percent = total > 0 ? Math.min(100, Math.floor((sent / total) * 100)) : 0;
              if (percent === shown) return;
              shown = percent;
              update({ uploadedPercent: percent });
            },
          });
          mediaId = media.mediaId;
          const uploaded = { ...item.picture, mediaId };
          update({ state: 'sending', picture: uploaded });
        }
        return { type: 'image', mediaId, ...(item.body ? { caption: item.body } : {}) };
      };
      content()
        .then((built) =>
          client.sendMessage(threadId, { clientMessageId: item.clientMessageId, content: built }),
        )
        .then(
          ({ message }) => {
            onAccepted(message);
            setLocal((current) => current.filter((m) => m.clientMessageId !== item.clientMessageId));
            if (item.picture) URL.revokeObjectURL(item.picture.previewUrl);
          },
          (failure: unknown) => update({ state: 'failed', error: errorMessage(failure) }),
        );
    },
    [client, threadId, onAccepted],
  );

  const send = useCallback(() => {
    const body = draft.trim();
    const picture = attachment.picture;
    if (!body && !picture) return;
    setDraft('');
    if (picture) attachment.clear(true);
    deliver({
      clientMessageId: crypto.randomUUID(),
      body,
      createdAt: new Date().toISOString(),
      state: picture ? 'uploading' : 'sending',
      ...(picture ? { picture } : {}),
    });
  }, [draft, attachment, deliver]);

  const sendTemplate = useCallback(
    (template: TemplateChoice) =>
      deliver({
        clientMessageId: crypto.randomUUID(),
        body: template.preview,
        createdAt: new Date().toISOString(),
        state: 'sending',
        template,
      }),
    [deliver],
  );

  const retry = useCallback(
    (id: string) => {
      const item = local.find((m) => m.clientMessageId === id);
      if (item) deliver({ ...item, state: item.picture && !item.picture.mediaId ? 'uploading' : 'sending' });
    },
    [local, deliver],
  );

  const edit = useCallback(
    (id: string) => {
      const item = local.find((m) => m.clientMessageId === id);
      if (!item) return;
      setLocal((current) => current.filter((m) => m.clientMessageId !== id));
      if (item.template) return;
      setDraft((current) => (current ? `${item.body}\n${current}` : item.body));
      if (item.picture) attachment.restore(item.picture);
    },
    [local, attachment],
  );

  return { draft, setDraft, attachment, local, send, sendTemplate, retry, edit };
}
