import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18nContext.js';
import { checkPicture, formatFileSize, PICTURE_HEADER_BYTES } from './picture-check.js';

/** A picture chosen to go with the next message, checked and shown before anything is uploaded. */
export interface AttachedPicture {
  readonly file: Blob;
  readonly name: string;
  readonly size: number;
  /** An object URL of the local file, for the preview; revoked when the picture is no longer shown. */
  readonly previewUrl: string;
}

export interface UsePictureAttachment {
  readonly picture: AttachedPicture | undefined;
  /** Why the last file was refused, in the user's language. */
  readonly error: string | undefined;
  attach(file: File): void;
  /** Puts back a picture already checked (a failed message taken back into the composer). */
  restore(picture: AttachedPicture): void;
  /** Removes the picture; `keepUrl` when its preview lives on in a message being sent. */
  clear(keepUrl?: boolean): void;
}

export function usePictureAttachment(): UsePictureAttachment {
  const { t, locale } = useI18n();
  const [picture, setPicture] = useState<AttachedPicture | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const current = useRef<AttachedPicture | undefined>(undefined);
  current.current = picture;

  useEffect(
    () => () => {
      if (current.current) URL.revokeObjectURL(current.current.previewUrl);
    },
    [],
  );

  const attach = useCallback(
    (file: File) => {
      const name = file.name || t('pictureMessage');
      file
        .slice(0, PICTURE_HEADER_BYTES)
        .arrayBuffer()
        .then(
          (header) => {
            const check = checkPicture(file.size, new Uint8Array(header));
            if (!check.ok) {
              const size = formatFileSize(locale, file.size);
              const key =
                check.problem === 'tooBig'
                  ? 'pictureTooBig'
                  : check.problem === 'empty'
                    ? 'pictureEmpty'
                    : 'pictureWrongType';
              setError(t(key, { name, size }));
              return;
            }
            setError(undefined);
            setPicture((previous) => {
              if (previous) URL.revokeObjectURL(previous.previewUrl);
              const typed = file.type === check.mimeType ? file : new Blob([file], { type: check.mimeType });
              return { file: typed, name, size: file.size, previewUrl: URL.createObjectURL(typed) };
            });
          },
          () => setError(t('pictureUnreadable', { name })),
        );
    },
    [t, locale],
  );

  const restore = useCallback((restored: AttachedPicture) => {
    setError(undefined);
    setPicture((previous) => {
      if (previous && previous.previewUrl !== restored.previewUrl) URL.revokeObjectURL(previous.previewUrl);
      return restored;
    });
  }, []);

  const clear = useCallback((keepUrl = false) => {
    setError(undefined);
    setPicture((previous) => {
      if (previous && !keepUrl) URL.revokeObjectURL(previous.previewUrl);
      return undefined;
    });
  }, []);

  return { picture, error, attach, restore, clear };
}
