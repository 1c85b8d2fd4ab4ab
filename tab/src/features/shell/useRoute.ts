import { useCallback, useEffect, useState } from 'react';

const BASE = '/tab/';

/** The tab's screens. The server answers every `/tab/...` path with index.html, so each one is a link. */
export type Route =
  | { readonly screen: 'inbox' }
  /** `messageId`: the message to scroll to and highlight (a search result). */
  | { readonly screen: 'thread'; readonly threadId: string; readonly messageId?: string }
  | { readonly screen: 'search'; readonly query?: string }
  | { readonly screen: 'contacts' }
  | { readonly screen: 'contact'; readonly contactId: string }
  | { readonly screen: 'admin' };

export function routePath(route: Route): string {
  switch (route.screen) {
    case 'inbox':
      return BASE;
    case 'thread':
      return `${BASE}threads/${encodeURIComponent(route.threadId)}${
        route.messageId ? `?message=${encodeURIComponent(route.messageId)}` : ''
      }`;
    case 'search':
      return `${BASE}search${route.query ? `?q=${encodeURIComponent(route.query)}` : ''}`;
    case 'contacts':
      return `${BASE}contacts`;
    case 'contact':
      return `${BASE}contacts/${encodeURIComponent(route.contactId)}`;
    case 'admin':
      return `${BASE}admin`;
  }
}

export function parseRoute(pathname: string, search: string): Route {
  const params = new URLSearchParams(search);
  const thread = /^\/tab\/threads\/([^/]+)\/?$/.exec(pathname);
  if (thread?.[1]) {
    const messageId = params.get('message');
    return { screen: 'thread', threadId: decodeURIComponent(thread[1]), ...(messageId ? { messageId } : {}) };
  }
  const contact = /^\/tab\/contacts\/([^/]+)\/?$/.exec(pathname);
  if (contact?.[1]) return { screen: 'contact', contactId: decodeURIComponent(contact[1]) };
  if (/^\/tab\/contacts\/?$/.test(pathname)) return { screen: 'contacts' };
  if (/^\/tab\/search\/?$/.test(pathname)) {
    const query = params.get('q');
    return { screen: 'search', ...(query ? { query } : {}) };
  }
  if (/^\/tab\/admin\/?$/.test(pathname)) return { screen: 'admin' };
  return { screen: 'inbox' };
}

/** The current screen from the address bar, and `navigate` to another one (a history entry, so Back works). */
export function useRoute(): { route: Route; navigate(route: Route, options?: { replace?: boolean }): void } {
  const [location, setLocation] = useState(() => ({
    pathname: window.location.pathname,
    search: window.location.search,
  }));
  useEffect(() => {
    const onPop = () => setLocation({ pathname: window.location.pathname, search: window.location.search });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((route: Route, options?: { replace?: boolean }) => {
    const next = routePath(route);
    const current = window.location.pathname + window.location.search;
    if (next !== current) {
      if (options?.replace) window.history.replaceState(null, '', next);
      else window.history.pushState(null, '', next);
    }
    const url = new URL(next, window.location.origin);
    setLocation({ pathname: url.pathname, search: url.search });
  }, []);
  return { route: parseRoute(location.pathname, location.search), navigate };
}
