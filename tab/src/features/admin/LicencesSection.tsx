import {
  Body1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import type { OrgUser } from '../../../../shared/contract/admin.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { SectionLoadState } from './SectionLoadState.js';
import { useAdminStyles } from './AdminPage.styles.js';
import type { UseLicences } from './useLicences.js';

/** Every user of the organization with a switch for their WhatsApp licence, and how many hold one. */
export function LicencesSection(props: { readonly licences: UseLicences }) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const { users, loadError, busy, changeError } = props.licences;
  const licensed = users?.filter((u) => u.licensed).length ?? 0;
  const roleNames = (user: OrgUser) =>
    user.roles
      .map((role) => (role === 'admin' ? t('roleAdmin') : role === 'compliance' ? t('roleCompliance') : role))
      .join(', ');
  return (
    <section className={styles.section} aria-labelledby="admin-licences-title">
      <div className={styles.sectionHeader}>
        <Subtitle2 as="h3" id="admin-licences-title" className={styles.sectionTitle}>
          {t('adminLicencesTitle')}
        </Subtitle2>
        {users && (
          <Body1 data-testid="licence-count">
            {t('adminLicenceCount', { count: licensed, total: users.length })}
          </Body1>
        )}
      </div>
      <Body1 className={styles.intro}>{t('adminLicencesIntro')}</Body1>
      <SectionLoadState
        loaded={users !== undefined}
        failure={loadError ? t('adminUsersLoadFailed', { reason: loadError }) : undefined}
        onRetry={props.licences.reload}
      />
      {users?.length === 0 && <Body1>{t('adminUsersEmpty')}</Body1>}
      {users && users.length > 0 && (
        <div className={styles.tableWrap}>
          <Table aria-labelledby="admin-licences-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('adminUserColumn')}</TableHeaderCell>
                <TableHeaderCell>{t('adminRolesColumn')}</TableHeaderCell>
                <TableHeaderCell>{t('adminLicenceColumn')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {users.map((user) => (
                <TableRow key={user.userId}>
                  <TableCell>
                    {user.displayName}
                    {user.email && <div className={styles.intro}>{user.email}</div>}
                  </TableCell>
                  <TableCell>{roleNames(user)}</TableCell>
                  <TableCell>
                    <Switch
                      aria-label={t('adminLicenceFor', { name: user.displayName })}
                      checked={user.licensed}
                      // Not disabled while the change is on its way: that would take the keyboard focus away.
                      aria-busy={busy.has(user.userId)}
                      onChange={(_, data) => {
                        if (!busy.has(user.userId)) props.licences.setLicensed(user, data.checked);
                      }}
                    />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <div aria-live="polite">
        {changeError && (
          <MessageBar intent="error">
            <MessageBarBody>
              {t('adminLicenceFailed', { name: changeError.name, reason: changeError.reason })}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
