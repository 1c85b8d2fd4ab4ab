import { useEffect, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import type { Template } from '../../../../shared/contract/templates.js';
import { fillTemplate } from './template-fill.js';

/** One request for the approved templates per signed-in client, shared by every template message shown. */
const loaded = new WeakMap<ConnectorClient, Promise<readonly Template[]>>();

function approvedTemplates(client: ConnectorClient): Promise<readonly Template[]> {
  let templates = loaded.get(client);
  if (!templates) {
    templates = client.listTemplates().then(
      (list) => list.templates,
      () => {
        loaded.delete(client); // asked again by the next message shown
        return [];
      },
    );
    loaded.set(client, templates);
  }
  return templates;
}

/**
 * A template message as the contact read it: the approved template's body with the message's parameters, or
 * undefined (the caller shows the template's name) while unknown or for the connector's own templates.
 */
export function useTemplateText(client: ConnectorClient, template: Message['template']): string | undefined {
  const [text, setText] = useState<string | undefined>(undefined);
  const name = template?.name;
  const language = template?.language;
  const params = template?.params.join('\u0000');
  useEffect(() => {
    if (name === undefined || params === undefined) return;
    let cancelled = false;
    void approvedTemplates(client).then((templates) => {
      const found = templates.find((t) => t.name === name && t.language === language);
      if (!cancelled && found)
        setText(fillTemplate(found.bodyText, params === '' ? [] : params.split('\u0000')));
    });
    return () => {
      cancelled = true;
    };
  }, [client, name, language, params]);
  return text;
}
