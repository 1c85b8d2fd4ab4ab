import { useCallback, useEffect, useState } from 'react';
import { ApiError, type ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { OrgSettings } from '../../../../shared/contract/admin.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { errorMessage } from '../shell/error-message.js';
import { changesOf, draftOf, fieldProblems, type SettingsDraft } from './settings-form.js';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface UseOrgSettings {
  /** `forbidden`: the API refused the caller (not an admin); the page says so instead of showing the forms. */
  readonly load:
    | { readonly kind: 'loading' }
    | { readonly kind: 'forbidden' }
    | { readonly kind: 'failed'; readonly reason: string }
    | { readonly kind: 'ready' };
  readonly draft: SettingsDraft | undefined;
  readonly problems: ReturnType<typeof fieldProblems>;
  readonly dirty: boolean;
  readonly save: SaveState;
  change(patch: Partial<SettingsDraft>): void;
  submit(): void;
  reload(): void;
}

/** The organization's settings (`GET`/`PATCH /admin/settings`): a draft the admin edits, kept when saving fails. */
export function useOrgSettings(client: ConnectorClient): UseOrgSettings {
  const i18n = useI18n();
  const [saved, setSaved] = useState<OrgSettings | undefined>(undefined);
  const [draft, setDraft] = useState<SettingsDraft | undefined>(undefined);
  const [load, setLoad] = useState<UseOrgSettings['load']>({ kind: 'loading' });
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    setLoad({ kind: 'loading' });
    client.getOrgSettings().then(
      (settings) => {
        if (cancelled) return;
        setSaved(settings);
        setDraft((current) => current ?? draftOf(settings));
        setLoad({ kind: 'ready' });
      },
      (failure: unknown) => {
        if (cancelled) return;
        setLoad(
          failure instanceof ApiError && failure.status === 403
            ? { kind: 'forbidden' }
            : { kind: 'failed', reason: errorMessage(failure, i18n) },
        );
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, attempt, i18n]);

  const problems = draft ? fieldProblems(draft) : {};
  const changes = saved && draft ? changesOf(saved, draft) : {};
  const dirty = Object.keys(changes).length > 0;

  const submit = useCallback(() => {
    if (!saved || !draft || Object.keys(fieldProblems(draft)).length > 0) return;
    setSave({ kind: 'saving' });
    client.updateOrgSettings(changesOf(saved, draft)).then(
      (settings) => {
        setSaved(settings);
        setDraft(draftOf(settings));
        setSave({ kind: 'saved' });
      },
      (failure: unknown) => setSave({ kind: 'failed', reason: errorMessage(failure, i18n) }),
    );
  }, [client, saved, draft, i18n]);

  return {
    load,
    draft,
    problems,
    dirty,
    save,
    change(patch) {
      setDraft((current) => (current ? { ...current, ...patch } : current));
      setSave((current) => (current.kind === 'saving' ? current : { kind: 'idle' }));
    },
    submit,
    reload: () => setAttempt((n) => n + 1),
  };
}
