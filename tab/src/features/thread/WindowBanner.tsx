import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Clock20Regular } from '@fluentui/react-icons';
import { formatDateTime } from '../../../../shared/i18n/render.js';
import { useI18n } from '../../i18n/I18nContext.js';
import { useNow } from './useNow.js';
import { formatRemaining, windowRemainingMs } from './window-time.js';

const TICK_MS = 15_000;

/**
 * WhatsApp's customer service window while it is open: the time left to write freely, counted down as time
 * passes; once it runs out here, what happens to the next message (the server's state follows on reload).
 */
export function WindowBanner(props: { readonly windowEndsAt: string | null }) {
  const { t, locale } = useI18n();
  const now = useNow(TICK_MS);
  const remaining = windowRemainingMs(props.windowEndsAt, now);
  if (remaining === undefined || !props.windowEndsAt) return null;
  if (remaining === 0) {
    return (
      <MessageBar intent="info" layout="multiline" data-testid="window-banner">
        <MessageBarBody>{t('windowJustClosed')}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar intent="info" icon={<Clock20Regular />} data-testid="window-banner">
      <MessageBarBody>
        {t('windowOpen', {
          remaining: formatRemaining(locale, remaining),
          time: formatDateTime(locale, props.windowEndsAt) ?? '',
        })}
      </MessageBarBody>
    </MessageBar>
  );
}
