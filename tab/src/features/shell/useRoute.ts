import { useCallback, useEffect, useState } from 'react';

const BASE = '/tab/';

/** The tab's client routes: `/tab/` (the inbox) and `/tab/threads/{id}`; the server answers both with index.html. */
export function useRoute(): { threadId: string | undefined; openThread(id: string | undefined): void } {
  const [path, setPath] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const openThread = useCallback((id: string | undefined) => {
    const next = id ? `${BASE}threads/${encodeURIComponent(id)}` : BASE;
    if (next !== window.location.pathname) window.history.pushState(null, '', next);
    setPath(next);
  }, []);
  const match = /^\/tab\/threads\/([^/]+)$/.exec(path);
  return { threadId: match?.[1] ? decodeURIComponent(match[1]) : undefined, openThread };
}
