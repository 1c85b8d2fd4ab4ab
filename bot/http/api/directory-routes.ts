import type { Server } from 'restify';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { DirectoryUser } from '../../../shared/contract/users.js';
import { mount, type ApiRuntime } from './api-runtime.js';

const DEFAULT_LIMIT = 20;

/** The people picker's source: the caller's colleagues who hold the WhatsApp licence. */
export function registerDirectoryRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.searchDirectory, async ({ caller, services, query }) => {
    const needle = (query.query ?? '').toLocaleLowerCase();
    const matches = (await services.orgAdmin.members(caller.tenantId)).filter(
      (member) =>
        member.licensed &&
        (member.displayName.toLocaleLowerCase().includes(needle) ||
          (member.email?.toLocaleLowerCase().includes(needle) ?? false)),
    );
    const users: DirectoryUser[] = matches
      .slice(0, query.limit ?? DEFAULT_LIMIT)
      .map(({ userId, displayName, email }) => ({ userId, displayName, email }));
    return { users };
  });
}
