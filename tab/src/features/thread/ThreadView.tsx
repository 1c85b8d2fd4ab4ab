import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { Fragment, useMemo, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Route } from '../shell/useRoute.js';
import { ChannelIcon } from '../inbox/ChannelIcon.js';
import { STATE_BADGES } from '../inbox/thread-labels.js';
import { Composer } from './Composer.js';
import { composerState } from './composer-state.js';
import { LocalBubble, MessageBubble } from './MessageBubble.js';
import { OptInDialog } from './OptInDialog.js';
import { EarlierThreadsDialog } from './EarlierThreadsDialog.js';
import { LeaveDialog } from './LeaveDialog.js';
import { MessageInfoDialog } from './MessageInfoDialog.js';
import { ParticipantPicker } from './ParticipantPicker.js';
import { ThreadActions } from './ThreadActions.js';
import { groupByDay } from './thread-history.js';
import { useComposer } from './useComposer.js';
import { useThread } from './useThread.js';
import { useThreadActions } from './useThreadActions.js';
import { useThreadScroll } from './useThreadScroll.js';
import { useThreadViewStyles } from './ThreadView.styles.js';

export interface ThreadViewProps {
  readonly client: ConnectorClient;
  readonly threadId: string;
  readonly version: number;
  /** A message to scroll to and highlight (opened from a search result). */
  readonly focusMessageId?: string;
  /** Opens another screen (another thread, a contact). */
  readonly navigate: (route: Route) => void;
  /** The signed-in user, once known (not offered for removal from the thread). */
  readonly meUserId?: string | undefined;
  onBack(): void;
}

/** One conversation: header with state and actions, its history by day (older pages on scroll), the composer. */
export function ThreadView(props: ThreadViewProps) {
  const { t, formatDay } = useI18n();
  const styles = useThreadViewStyles();
  const history = useThread(props.client, props.threadId, props.version, props.focusMessageId);
  const { thread, messages, error, upsert, reload } = history;
  const composer = useComposer(props.client, props.threadId, upsert);
  const actions = useThreadActions(props.client, thread, reload, props.navigate);
  const [askingPermission, setAskingPermission] = useState(false);
  const [infoMessageId, setInfoMessageId] = useState<string | undefined>(undefined);

  // Sent messages the server already shows are no longer drawn from the local list.
  const known = useMemo(() => new Set(messages?.map((m) => m.clientMessageId)), [messages]);
  const local = composer.local.filter((m) => !known.has(m.clientMessageId));
  const days = useMemo(() => groupByDay(messages ?? []), [messages]);
  const active = thread?.participants.filter((p) => p.leftAt === null) ?? [];
  // Names on messages once more than one colleague ever wrote here (a handed-over thread keeps them too).
  const groupThread = (thread?.participants.length ?? 0) > 1;
  const scroll = useThreadScroll(history, local.length, props.focusMessageId);

  if (error && !thread) {
    return (
      <div className={styles.center}>
        <MessageBar intent="error">
          <MessageBarBody>{t('threadLoadFailed', { reason: error })}</MessageBarBody>
        </MessageBar>
      </div>
    );
  }
  if (!thread || !messages) {
    return (
      <div className={styles.center}>
        <Spinner label={t('loading')} />
      </div>
    );
  }
  const badge = STATE_BADGES[thread.state];
  const state = composerState(thread);
  return (
    <section className={styles.root} aria-labelledby="thread-title" data-thread-state={thread.state}>
      <div className={styles.header}>
        <Button
          className={styles.back}
          appearance="subtle"
          icon={<ArrowLeft20Regular />}
          aria-label={t('backToInbox')}
          onClick={props.onBack}
        />
        <div className={styles.titleBlock}>
          <div className={styles.titleRow}>
            <ChannelIcon channel={thread.channel} />
            <Subtitle2 as="h2" id="thread-title" className={styles.title}>
              {thread.contact.displayName}
            </Subtitle2>
            {badge && (
              <Badge appearance="tint" color={badge.color} size="small" data-testid="thread-state">
                {t(badge.key)}
              </Badge>
            )}
          </div>
          {thread.contact.phoneE164 && (
            <Caption1 className={styles.subtitle}>{thread.contact.phoneE164}</Caption1>
          )}
        </div>
        <ThreadActions
          thread={thread}
          meUserId={props.meUserId}
          busy={actions.busy}
          onOpen={actions.open}
          onRemove={actions.remove}
          onRestart={actions.restart}
        />
      </div>
      {actions.error && !actions.dialog && (
        <MessageBar intent="error" className={styles.actionError}>
          <MessageBarBody>{t('actionFailed', { reason: actions.error })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={actions.dismissError}>
              {t('infoClose')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <div
        ref={scroll.ref}
        onScroll={scroll.onScroll}
        className={styles.messages}
        role="log"
        aria-label={t('messagesWith', { name: thread.contact.displayName })}
        aria-busy={history.loadingOlder}
        tabIndex={0}
      >
        {history.loadingOlder && <Spinner size="tiny" label={t('loadingOlder')} />}
        {history.olderError && (
          <MessageBar intent="error">
            <MessageBarBody>{t('olderLoadFailed', { reason: history.olderError })}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={scroll.loadOlder}>
                {t('retry')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {!history.hasMore && messages.length > 0 && <p className={styles.start}>{t('historyStart')}</p>}
        {messages.length === 0 && local.length === 0 && <p className={styles.empty}>{t('threadEmpty')}</p>}
        {days.map(({ day, at, items }) => (
          <Fragment key={day}>
            <div className={styles.day} role="separator" aria-label={formatDay(at)}>
              {formatDay(at)}
            </div>
            {items.map((message) => {
              const bubble = (
                <MessageBubble
                  key={message.id}
                  client={props.client}
                  message={message}
                  showSender={groupThread}
                  contactName={thread.contact.displayName}
                  onInfo={() => setInfoMessageId(message.id)}
                />
              );
              return message.id === props.focusMessageId ? (
                <div key={message.id} className={styles.focused} data-focused tabIndex={-1}>
                  {bubble}
                </div>
              ) : (
                bubble
              );
            })}
          </Fragment>
        ))}
        {local.map((message) => (
          <LocalBubble
            key={message.clientMessageId}
            message={message}
            onRetry={() => composer.retry(message.clientMessageId)}
            onEdit={() => composer.edit(message.clientMessageId)}
          />
        ))}
      </div>
      <Composer
        client={props.client}
        thread={thread}
        state={state}
        composer={composer}
        onAskPermission={() => setAskingPermission(true)}
        onThreadChanged={reload}
      />
      <MessageInfoDialog
        client={props.client}
        messageId={infoMessageId}
        version={props.version}
        onClose={() => setInfoMessageId(undefined)}
      />
      <ParticipantPicker
        client={props.client}
        mode={actions.dialog === 'add' || actions.dialog === 'transfer' ? actions.dialog : undefined}
        contactName={thread.contact.displayName}
        exclude={active.map((p) => p.userId)}
        busy={actions.busy}
        error={actions.error}
        onPick={(person) => (actions.dialog === 'transfer' ? actions.transfer : actions.add)(person.userId)}
        onClose={actions.close}
      />
      <LeaveDialog
        open={actions.dialog === 'leave'}
        contactName={thread.contact.displayName}
        last={active.length <= 1}
        busy={actions.busy}
        error={actions.error}
        onConfirm={actions.leave}
        onClose={actions.close}
      />
      <EarlierThreadsDialog
        client={props.client}
        open={actions.dialog === 'earlier'}
        threadId={thread.id}
        contact={thread.contact}
        navigate={props.navigate}
        onClose={actions.close}
      />
      <OptInDialog
        client={props.client}
        threadId={askingPermission ? thread.id : undefined}
        contactName={thread.contact.displayName}
        onDone={(sent) => {
          setAskingPermission(false);
          if (sent) reload();
        }}
      />
    </section>
  );
}
