import {
  Badge,
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@fluentui/react-components';
import {
  ArrowSync20Regular,
  CheckmarkCircle16Regular,
  ErrorCircle16Regular,
  Clock16Regular,
} from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { SectionLoadState } from './SectionLoadState.js';
import { useAdminStyles } from './AdminPage.styles.js';
import {
  categoryLabel,
  purposeLabel,
  requestProblemText,
  statusLabel,
  statusTone,
  type StatusTone,
} from './template-labels.js';
import type { UseTemplates } from './useTemplates.js';

const TONE_ICON: Readonly<Record<StatusTone, React.ReactElement>> = {
  success: <CheckmarkCircle16Regular />,
  warning: <Clock16Regular />,
  danger: <ErrorCircle16Regular />,
};

/**
 * The account's templates with their category, status and use; an alert for each of the app's consent
 * requests that cannot be sent (no APPROVED UTILITY template); and the button that syncs from WhatsApp.
 */
export function TemplatesSection(props: { readonly templates: UseTemplates }) {
  const { t } = useI18n();
  const styles = useAdminStyles();
  const { list, loadError, sync } = props.templates;
  const templates = list?.templates;
  const problems = (list?.connectorRequests ?? []).flatMap((health) => {
    const text = requestProblemText(t, health);
    return text ? [{ purpose: health.purpose, text }] : [];
  });
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
      {problems.map((problem) => (
        <MessageBar key={problem.purpose} intent="warning" layout="multiline" data-testid="request-problem">
          <MessageBarBody>
            <MessageBarTitle>{purposeLabel(t, problem.purpose)}</MessageBarTitle>
            {problem.text}
          </MessageBarBody>
        </MessageBar>
      ))}
      <SectionLoadState
        loaded={templates !== undefined}
        failure={loadError ? t('adminTemplatesLoadFailed', { reason: loadError }) : undefined}
        onRetry={props.templates.reload}
      />
      {templates?.length === 0 && <Body1>{t('adminTemplatesEmpty')}</Body1>}
      {templates && templates.length > 0 && (
        <div className={styles.tableWrap}>
          <Table aria-labelledby="admin-templates-title" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.templateNameColumn}>
                  {t('adminTemplateName')}
                </TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateLanguage')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateCategory')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplateStatus')}</TableHeaderCell>
                <TableHeaderCell>{t('adminTemplatePurpose')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {templates.map((template) => {
                const tone = statusTone(template.status);
                return (
                  <TableRow key={`${template.name}/${template.language}`}>
                    <TableCell className={styles.templateName}>{template.name}</TableCell>
                    <TableCell>{template.language}</TableCell>
                    <TableCell>{categoryLabel(t, template.category)}</TableCell>
                    <TableCell>
                      <Badge appearance="tint" color={tone} icon={TONE_ICON[tone]}>
                        {statusLabel(t, template.status)}
                      </Badge>
                    </TableCell>
                    <TableCell>{purposeLabel(t, template.purpose)}</TableCell>
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
