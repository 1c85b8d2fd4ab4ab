import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import { ArrowSync20Regular, CheckmarkCircle16Regular } from '@fluentui/react-icons';
import type { TabTextKey } from '../../../../shared/i18n/tab/index.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useAdminStyles } from './AdminPage.styles.js';
import type { UseTemplates } from './useTemplates.js';

const CATEGORY_TEXT: Readonly<Record<string, TabTextKey>> = {
  MARKETING: 'adminCategoryMarketing',
  UTILITY: 'adminCategoryUtility',
  AUTHENTICATION: 'adminCategoryAuthentication',
};

/** The approved templates with their category, and the button that syncs them from WhatsApp. */
export function TemplatesSection(props: { readonly templates: UseTemplates }) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const { templates, loadError, sync } = props.templates;
  const syncing = sync.kind === 'syncing';
  return (
    <section className={styles.section} aria-labelledby="admin-templates-title">
      <div className={styles.sectionHeader}>
        <Subtitle2 as="h3" id="admin-templates-title" className={styles.sectionTitle}>
          {t('adminTemplatesTitle')}
        </Subtitle2>
        <Button
          icon={syncing ? <Spinner size="tiny" /> : <ArrowSync20Regular />}
          disabledFocusable={syncing}
          onClick={props.templates.startSync}
        >
          {t('adminSyncTemplates')}
        </Button>
      </div>
      <Body1 className={styles.intro}>{t('adminTemplatesIntro')}</Body1>
      <div aria-live="polite">
        {sync.kind === 'queued' && (
          <MessageBar intent="info">
            <MessageBarBody>{t('adminSyncQueued')}</MessageBarBody>
          </MessageBar>
        )}
        {sync.kind === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>{t('adminSyncFailed', { reason: sync.reason })}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {loadError && (
        <MessageBar intent="error">
          <MessageBarBody>{t('adminTemplatesLoadFailed', { reason: loadError })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={props.templates.reload}>{t('retry')}</Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {!templates && !loadError && (
        <Skeleton aria-label={t('loading')}>
          <SkeletonItem size={32} />
          <SkeletonItem size={32} />
        </Skeleton>
      )}
      {templates?.length === 0 && <Body1>{t('adminTemplatesEmpty')}</Body1>}
      {templates && templates.length > 0 && (
        <div className={styles.tableWrap}>
          <Table aria-labelledby="admin-templates-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('adminTemplateName')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateLanguage')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateCategory')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateStatus')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {templates.map((template) => {
                const category = CATEGORY_TEXT[template.category];
                return (
                  <TableRow key={`${template.name}/${template.language}`}>
                    <TableCell>{template.name}</TableCell>
                    <TableCell>{template.language}</TableCell>
                    <TableCell>{category ? t(category) : template.category}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color="success" icon={<CheckmarkCircle16Regular />}>
                        {t('adminStatusApproved')}
                      </Badge>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
