import { useEffect, useState } from 'react';
import { ApiError, type ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import type { OutlookContact } from '../../../../shared/contract/outlook.js';
import { looksLikeNumber, toE164 } from '../contacts/phone-input.js';
import { errorMessage } from '../shell/error-message.js';

export type Channel = 'whatsapp' | 'sms';

/** The Outlook part of the typeahead: its matches, or why there are none. */
export type OutlookResults =
  | { readonly kind: 'idle' }
  | { readonly kind: 'found'; readonly contacts: readonly OutlookContact[] }
  /** No Microsoft Graph here (the dev server), or no consent for it: said once, quietly. */
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'failed'; readonly reason: string };

export interface UseNewConversation {
  readonly channel: Channel;
  setChannel(channel: Channel): void;
  readonly query: string;
  setQuery(query: string): void;
  readonly contacts: readonly Contact[] | undefined;
  readonly outlook: OutlookResults;
  readonly searching: boolean;
  readonly selected: Contact | undefined;
  select(contact: Contact): void;
  /** Makes an Outlook contact one of the organization's (or finds it there) and selects it. */
  pickOutlook(contact: OutlookContact): Promise<void>;
  /** The Outlook contact just picked has no phone number to message. */
  readonly outlookNoPhone: string | undefined;
  /** The typed number in E.164 when no contact has it: the dialog offers to add it. */
  readonly newNumber: string | undefined;
  /** A number was typed but it is not a valid international one. */
  readonly badNumber: boolean;
  readonly newName: string;
  setNewName(name: string): void;
  addNumber(): Promise<void>;
  readonly working: boolean;
  readonly error: string | undefined;
  reset(): void;
}

const OUTLOOK_UNAVAILABLE = new Set(['outlook_not_configured', 'outlook_consent_required']);

/**
 * The typeahead over the organization's contacts (`GET /contacts?q=`) and the user's Outlook contacts, 250 ms
 * after typing stops, and the ways to make the chosen person a contact: importing from Outlook, adding a number.
 */
export function useNewConversation(client: ConnectorClient, open: boolean): UseNewConversation {
  const [channel, setChannel] = useState<Channel>('whatsapp');
  const [query, setQuery] = useState('');
  const [contacts, setContacts] = useState<readonly Contact[] | undefined>(undefined);
  const [outlook, setOutlook] = useState<OutlookResults>({ kind: 'idle' });
  const [searching, setSearching] = useState(false);
  const [selected, setSelected] = useState<Contact | undefined>(undefined);
  const [newName, setNewName] = useState('');
  const [outlookNoPhone, setOutlookNoPhone] = useState<string | undefined>(undefined);
  const [working, setWorking] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const outlookOff = outlook.kind === 'unavailable';

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setSearching(true);
    const timer = setTimeout(() => {
      const q = query.trim();
      client.listContacts({ ...(q ? { q } : {}), limit: 20 }).then(
        (list) => {
          if (cancelled) return;
          setContacts(list.contacts);
          setSearching(false);
          setError(undefined);
        },
        (failure: unknown) => {
          if (cancelled) return;
          setSearching(false);
          setError(errorMessage(failure));
        },
      );
      // Outlook finds names by their start; a number or a single letter would only make noise.
      if (outlookOff || q.length < 2 || looksLikeNumber(q)) {
        if (!outlookOff) setOutlook({ kind: 'idle' });
        return;
      }
      client.searchOutlookContacts({ q, limit: 10 }).then(
        (list) => {
          if (!cancelled) setOutlook({ kind: 'found', contacts: list.contacts });
        },
        (failure: unknown) => {
          if (cancelled) return;
          if (failure instanceof ApiError && OUTLOOK_UNAVAILABLE.has(failure.code))
            setOutlook({ kind: 'unavailable' });
          else setOutlook({ kind: 'failed', reason: errorMessage(failure) });
        },
      );
    }, 250);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [client, query, open, outlookOff]);

  const typed = query.trim();
  const asNumber = looksLikeNumber(typed) ? toE164(typed) : null;
  const known = contacts?.some((c) => c.phoneE164 === asNumber) ?? false;

  const work = async (task: () => Promise<void>) => {
    setWorking(true);
    setError(undefined);
    setOutlookNoPhone(undefined);
    try {
      await task();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setWorking(false);
    }
  };

  return {
    channel,
    setChannel,
    query,
    setQuery,
    contacts,
    outlook,
    searching,
    selected,
    select: setSelected,
    pickOutlook: (contact) =>
      work(async () => {
        const { results } = await client.importOutlookContacts([contact.outlookId]);
        const imported = results[0]?.contact;
        if (imported) setSelected(imported);
        else setOutlookNoPhone(contact.displayName);
      }),
    outlookNoPhone,
    newNumber: asNumber && contacts && !known ? asNumber : undefined,
    badNumber: looksLikeNumber(typed) && !asNumber && typed.replace(/\D/g, '').length >= 7,
    newName,
    setNewName,
    addNumber: () =>
      work(async () => {
        if (!asNumber || !newName.trim()) return;
        const created = await client.createContact({ displayName: newName.trim(), phone: asNumber });
        setContacts((list) => [created, ...(list ?? [])]);
        setSelected(created);
        setNewName('');
      }),
    working,
    error,
    reset() {
      setQuery('');
      setSelected(undefined);
      setError(undefined);
      setContacts(undefined);
      setNewName('');
      setOutlookNoPhone(undefined);
      setChannel('whatsapp');
      if (outlook.kind !== 'unavailable') setOutlook({ kind: 'idle' });
    },
  };
}
