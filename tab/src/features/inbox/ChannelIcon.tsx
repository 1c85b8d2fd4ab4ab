import { Chat16Filled, PhoneChat16Regular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { useChannelIconStyles } from './ChannelIcon.styles.js';

/** WhatsApp's green chat mark, or the SMS phone; named for screen readers. */
export function ChannelIcon(props: { readonly channel: 'whatsapp' | 'sms' }) {
  const { t } = useI18n();
  const styles = useChannelIconStyles();
  return props.channel === 'whatsapp' ? (
    <Chat16Filled className={styles.whatsapp} role="img" aria-label={t('channelWhatsApp')} />
  ) : (
    <PhoneChat16Regular className={styles.sms} role="img" aria-label={t('channelSms')} />
  );
}
