import type { Server } from 'restify';
import type { OrgSettings, OrgUser } from '../../../shared/contract/admin.js';
import { API_ROUTES } from '../../../shared/contract/routes.js';
import type { Locale } from '../../../shared/i18n/locales.js';
import {
  NumberInUse,
  type OrgAdministration,
  type OrgMember,
  type OrgSettingsChanges,
  type OrgSettingsRecord,
} from '../../../shared/ports/org-administration.js';
import { auditAdminChange, requireAdmin } from './admin-access.js';
import { mount, type ApiRuntime } from './api-runtime.js';
import type { Caller } from './caller.js';
import { apiError } from './error-mapping.js';

const toSettings = (tenantId: string, record: OrgSettingsRecord): OrgSettings => ({ tenantId, ...record });

const toUser = (member: OrgMember): OrgUser => ({ ...member, roles: [...member.roles] });

async function storedSettings(
  orgAdmin: OrgAdministration,
  caller: Caller,
  locale: Locale,
): Promise<OrgSettings> {
  const settings = await orgAdmin.settings(caller.tenantId);
  if (!settings) throw apiError(404, 'not_found', locale);
  return toSettings(caller.tenantId, settings);
}

/** The organization's settings, its users' licences and its template sync, for users with the Admin role. */
export function registerAdminRoutes(server: Server, runtime: ApiRuntime): void {
  mount(server, runtime, API_ROUTES.getOrgSettings, async ({ caller, locale, services }) => {
    requireAdmin(caller, locale);
    return storedSettings(services.orgAdmin, caller, locale);
  });

  mount(server, runtime, API_ROUTES.updateOrgSettings, async ({ caller, locale, services, body }) => {
    requireAdmin(caller, locale);
    const changes: OrgSettingsChanges = {
      ...(body.whatsappEnabled !== undefined ? { whatsappEnabled: body.whatsappEnabled } : {}),
      ...(body.senderPhoneNumberId !== undefined ? { senderPhoneNumberId: body.senderPhoneNumberId } : {}),
      ...(body.whatsappBusinessAccountId !== undefined
        ? { whatsappBusinessAccountId: body.whatsappBusinessAccountId }
        : {}),
      ...(body.smsFromNumber !== undefined ? { smsFromNumber: body.smsFromNumber } : {}),
    };
    if (Object.keys(changes).length === 0) return storedSettings(services.orgAdmin, caller, locale);
    let settings: OrgSettingsRecord | null;
    try {
      settings = await services.orgAdmin.updateSettings(caller.tenantId, changes);
    } catch (error) {
      throw error instanceof NumberInUse ? apiError(409, 'number_in_use', locale) : error;
    }
    if (!settings) throw apiError(404, 'not_found', locale);
    auditAdminChange(runtime.logger, caller, 'settings_updated', { changes });
    return toSettings(caller.tenantId, settings);
  });

  mount(server, runtime, API_ROUTES.listOrgUsers, async ({ caller, locale, services }) => {
    requireAdmin(caller, locale);
    return { users: (await services.orgAdmin.members(caller.tenantId)).map(toUser) };
  });

  for (const [route, licensed] of [
    [API_ROUTES.grantLicence, true],
    [API_ROUTES.revokeLicence, false],
  ] as const) {
    mount(server, runtime, route, async ({ caller, locale, services, params }) => {
      requireAdmin(caller, locale);
      const member = await services.orgAdmin.setLicence(caller.tenantId, params.id, licensed);
      if (!member) throw apiError(404, 'user_not_found', locale);
      auditAdminChange(runtime.logger, caller, licensed ? 'licence_granted' : 'licence_revoked', {
        targetUserId: params.id,
      });
      return toUser(member);
    });
  }

  mount(server, runtime, API_ROUTES.syncTemplates, async ({ caller, locale, services }) => {
    requireAdmin(caller, locale);
    const settings = await services.orgAdmin.settings(caller.tenantId);
    const wabaId = settings?.whatsappBusinessAccountId;
    if (!wabaId) throw apiError(409, 'business_account_missing', locale);
    const now = runtime.clock.now();
    // One sync a minute per organization: a second click in the same minute finds the one queued.
    const queued = await services.orgAdmin.queueTemplateSync(caller.tenantId, wabaId, {
      dedupeKey: `sync:admin:${now.toISOString().slice(0, 16)}`,
      runAt: now,
    });
    if (!queued.alreadyQueued)
      auditAdminChange(runtime.logger, caller, 'templates_sync_queued', { wabaId, jobId: queued.jobId });
    return queued;
  });
}
