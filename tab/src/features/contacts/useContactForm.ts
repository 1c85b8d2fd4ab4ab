import { useState } from 'react';
import { ApiError, type ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Contact } from '../../../../shared/contract/contacts.js';
import { errorMessage } from '../shell/error-message.js';
import { toE164 } from './phone-input.js';

export interface UseContactForm {
  readonly name: string;
  setName(name: string): void;
  readonly phone: string;
  setPhone(phone: string): void;
  /** Shown once the field was left or the form sent: a missing name, a number that is not E.164. */
  readonly nameInvalid: boolean;
  readonly phoneInvalid: boolean;
  touch(field: 'name' | 'phone'): void;
  /** The server refused the number (another contact has it): its message, under the field. */
  readonly phoneError: string | undefined;
  readonly error: string | undefined;
  readonly saving: boolean;
  save(): Promise<Contact | undefined>;
}

/** Adding a contact, or editing one: name and number, checked as typed, then by the server. */
export function useContactForm(client: ConnectorClient, editing: Contact | undefined): UseContactForm {
  const [name, setName] = useState(editing?.displayName ?? '');
  const [phone, setPhone] = useState(editing?.phoneE164 ?? '');
  const [touched, setTouched] = useState({ name: false, phone: false });
  const [phoneError, setPhoneError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const nameBad = name.trim() === '';
  const phoneBad = toE164(phone) === null;

  return {
    name,
    setName,
    phone,
    setPhone(value) {
      setPhone(value);
      setPhoneError(undefined);
    },
    nameInvalid: touched.name && nameBad,
    phoneInvalid: touched.phone && phoneBad,
    touch: (field) => setTouched((t) => ({ ...t, [field]: true })),
    phoneError,
    error,
    saving,
    async save() {
      setTouched({ name: true, phone: true });
      if (nameBad || phoneBad) return undefined;
      setSaving(true);
      setError(undefined);
      setPhoneError(undefined);
      const request = { displayName: name.trim(), phone: phone.trim() };
      try {
        return editing
          ? await client.updateContact(editing.id, request)
          : await client.createContact(request);
      } catch (failure) {
        if (failure instanceof ApiError && failure.code === 'contact_exists') setPhoneError(failure.message);
        else setError(errorMessage(failure));
        return undefined;
      } finally {
        setSaving(false);
      }
    },
  };
}
