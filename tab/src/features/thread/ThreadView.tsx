import {
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { ArrowLeft20Regular } from '@fluentui/react-icons';
import { Fragment, useEffect, useMemo, useRef, useState } from 'react';
import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import type { Message } from '../../../../shared/contract/messages.js';
import { useI18n } from '../../i18n/I18nContext.js';
import type { Route } from '../shell/useRoute.js';
import { ChannelIcon } from '../inbox/ChannelIcon.js';
import { STATE_BADGES } from '../inbox/thread-labels.js';
import { Composer } from './Composer.js';
import { composerState } from './composer-state.js';
import { LocalBubble, MessageBubble } from './MessageBubble.js';
import { OptInDialog } from './OptInDialog.js';
import { useComposer } from './useComposer.js';
import { useThread } from './useThread.js';
import { useThreadViewStyles } from './ThreadView.styles.js';

export interface ThreadViewProps {
  readonly client: ConnectorClient;
  readonly threadId: string;
  readonly version: number;
  /** A message to scroll to and highlight (opened from a search result). */
  readonly focusMessageId?: string;
  /** Opens another screen (another thread, a contact). */
  readonly navigate: (route: Route) => void;
  onBack(): void;
}

/** One conversation: header with state, messages by day, the composer. */
export function ThreadView(props: ThreadViewProps) {
  const { t, formatDay } = useI18n();
  const styles = useThreadViewStyles();
  const { thread, messages, error, upsert, reload } = useThread(props.client, props.threadId, props.version);
  const composer = useComposer(props.client, props.threadId, upsert);
  const [askingPermission, setAskingPermission] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);

  // Sent messages the server already shows are no longer drawn from the local list.
  const known = useMemo(() => new Set(messages?.map((m) => m.clientMessageId)), [messages]);
  const local = composer.local.filter((m) => !known.has(m.clientMessageId));
  const days = useMemo(() => groupByDay(messages ?? []), [messages]);
  const groupThread = (thread?.participants.filter((p) => p.leftAt === null).length ?? 0) > 1;

  useEffect(() => {
    const element = scroller.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [messages, local.length]);

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
      </div>
      <div
        ref={scroller}
        className={styles.messages}
        role="log"
        aria-label={t('messagesWith', { name: thread.contact.displayName })}
        tabIndex={0}
      >
        {messages.length === 0 && local.length === 0 && <p className={styles.empty}>{t('threadEmpty')}</p>}
        {days.map(({ day, at, items }) => (
          <Fragment key={day}>
            <div className={styles.day}>{formatDay(at)}</div>
            {items.map((message) => (
              <MessageBubble
                key={message.id}
                client={props.client}
                message={message}
                showSender={groupThread}
                contactName={thread.contact.displayName}
              />
            ))}
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

/** Messages cut by the local calendar day they were written or received on. */
function groupByDay(messages: readonly Message[]): { day: string; at: string; items: Message[] }[] {
  const groups: { day: string; at: string; items: Message[] }[] = [];
  for (const message of messages) {
    const at = message.receivedAt ?? message.createdAt;
    const date = new Date(at);
    const day = `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`;
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(message);
    else groups.push({ day, at, items: [message] });
  }
  return groups;
}
