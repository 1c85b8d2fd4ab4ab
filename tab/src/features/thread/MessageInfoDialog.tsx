import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { statusRows } from './message-info.js';
import { formatStatusTime } from './thread-dates.js';
import { useMessageInfoDialogStyles } from './MessageInfoDialog.styles.js';
import { StatusTicks } from './StatusTicks.js';
import { useMessageInfo } from './useMessageInfo.js';

/** Every status an outbound message reached with its time, kept current while open. */
export function MessageInfoDialog(props: {
  readonly client: ConnectorClient;
  /** The message shown; undefined closes the dialog. */
  readonly messageId: string | undefined;
  readonly version: number;
  onClose(): void;
}) {
  const { t, locale } = useI18n();
  const styles = useMessageInfoDialogStyles();
  const { info, error, retry } = useMessageInfo(props.client, props.messageId, props.version);
  const rows = info ? statusRows(info) : [];
  const preview = info?.message.body ?? info?.message.image?.caption ?? info?.message.template?.name;
  return (
    <Dialog
      open={props.messageId !== undefined}
      onOpenChange={(_event, data) => {
        if (!data.open) props.onClose();
      }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('messageInfoTitle')}</DialogTitle>
          <DialogContent className={styles.content}>
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{t('infoLoadFailed', { reason: error })}</MessageBarBody>
                <MessageBarActions>
                  <Button size="small" onClick={retry}>
                    {t('retry')}
                  </Button>
                </MessageBarActions>
              </MessageBar>
            )}
            {!info && !error && <Spinner size="small" label={t('loading')} />}
            {info && (
              <>
                {preview && <blockquote className={styles.quote}>{preview}</blockquote>}
                <Subtitle2 as="h3" id="message-info-statuses" className={styles.heading}>
                  {t('infoStatuses')}
                </Subtitle2>
                {rows.length === 0 ? (
                  <p>{t('infoNoStatuses')}</p>
                ) : (
                  <ul className={styles.list} aria-labelledby="message-info-statuses">
                    {rows.map((row) => (
                      <li key={`${row.status}-${row.at}`} className={styles.row} data-status-row={row.status}>
                        <span aria-hidden>
                          <StatusTicks status={row.status} />
                        </span>
                        <span className={styles.label}>{t(row.label)}</span>
                        <time className={styles.time} dateTime={row.at}>
                          {formatStatusTime(locale, row.at)}
                        </time>
                        {row.reason && <span className={styles.reason}>{row.reason}</span>}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onClose}>
              {t('infoClose')}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
