import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Template } from '../../../../shared/contract/templates.js';
import { errorMessage } from '../shell/error-message.js';
import { fillTemplate, paramProblem, placeholderNumbers } from './template-fill.js';
import type { TemplateChoice } from './useComposer.js';

export const templateKey = (template: Template) => `${template.name}/${template.language}`;

/** The approved templates (loaded each time the picker opens), the one chosen, and its parameter values. */
export function useTemplatePicker(client: ConnectorClient, open: boolean) {
  const [templates, setTemplates] = useState<readonly Template[] | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(undefined);
  const [params, setParams] = useState<readonly string[]>([]);
  const [tried, setTried] = useState(false);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    setError(undefined);
    client.listTemplates().then(
      (list) => {
        if (cancelled) return;
        setTemplates(list.templates);
        setSelectedKey((key) => key ?? (list.templates[0] ? templateKey(list.templates[0]) : undefined));
      },
      (failure: unknown) => {
        if (!cancelled) setError(errorMessage(failure));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [client, open, attempt]);

  const selected = templates?.find((t) => templateKey(t) === selectedKey);
  const numbers = useMemo(() => (selected ? placeholderNumbers(selected.bodyText) : []), [selected]);
  const problems = numbers.map((n) => paramProblem(params[n - 1] ?? ''));

  const select = useCallback((key: string) => {
    setSelectedKey(key);
    setParams([]);
    setTried(false);
  }, []);

  const setParam = useCallback((number: number, value: string) => {
    setParams((current) => {
      const next = [...current];
      while (next.length < number) next.push('');
      next[number - 1] = value;
      return next;
    });
  }, []);

  /** The choice to send, or undefined (and the problems shown) while a parameter is missing or invalid. */
  const choice = (): TemplateChoice | undefined => {
    setTried(true);
    if (!selected || problems.some((p) => p !== undefined)) return undefined;
    const values = numbers.map((n) => (params[n - 1] ?? '').trim());
    return {
      name: selected.name,
      language: selected.language,
      params: values,
      preview: fillTemplate(selected.bodyText, values),
    };
  };

  const reset = useCallback(() => {
    setParams([]);
    setTried(false);
  }, []);

  return {
    templates,
    error,
    retry: () => setAttempt((n) => n + 1),
    selected,
    select,
    numbers,
    params,
    setParam,
    /** Problems show once the user tried to send, not while they are still typing the first time. */
    problems: tried ? problems : numbers.map(() => undefined),
    choice,
    reset,
  };
}
