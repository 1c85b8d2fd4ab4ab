import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Title3,
} from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Route } from '../shell/useRoute.js';
import { useAdminStyles } from './AdminPage.styles.js';
import { LicencesSection } from './LicencesSection.js';
import { SettingsSection } from './SettingsSection.js';
import { TemplatesSection } from './TemplatesSection.js';
import { useLicences } from './useLicences.js';
import { useOrgSettings } from './useOrgSettings.js';
import { useTemplates } from './useTemplates.js';

/** The organization's admin page: WhatsApp settings, licences, templates. Others are told it is not for them. */
export function AdminPage(props: {
  readonly client: ConnectorClient;
  readonly route: Route;
  readonly navigate: (route: Route) => void;
  /** Bumped by every live event. */
  readonly version: number;
}) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const settings = useOrgSettings(props.client);
  const ready = settings.load.kind === 'ready';
  const licences = useLicences(props.client, ready);
  const templates = useTemplates(props.client, ready);

  return (
    <div className={styles.root}>
      <Title3 as="h2" className={styles.heading}>
        {t('adminTitle')}
      </Title3>
      {settings.load.kind === 'loading' && <Spinner label={t('loading')} />}
      {settings.load.kind === 'forbidden' && (
        <MessageBar intent="warning" data-testid="admin-forbidden">
          <MessageBarBody>{t('adminForbidden')}</MessageBarBody>
        </MessageBar>
      )}
      {settings.load.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{t('adminLoadFailed', { reason: settings.load.reason })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={settings.reload}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {ready && (
        <>
          <SettingsSection settings={settings} />
          <LicencesSection licences={licences} />
          <TemplatesSection templates={templates} />
        </>
      )}
    </div>
  );
}
