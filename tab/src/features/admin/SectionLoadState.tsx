import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Skeleton,
  SkeletonItem,
} from '@fluentui/react-components';
import { useI18n } from '../../i18n/I18nContext.js';

/** A section's list while it is not there: a skeleton while loading, or why it failed with Try again. */
export function SectionLoadState(props: {
  readonly loaded: boolean;
  /** The localized failure, when the load failed. */
  readonly failure: string | undefined;
  onRetry(): void;
}) {
  const { t } = useI18n();
  if (props.failure)
    return (
      <MessageBar intent="error">
        <MessageBarBody>{props.failure}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>{t('retry')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (props.loaded) return null;
  return (
    <Skeleton aria-label={t('loading')}>
      <SkeletonItem size={32} />
      <SkeletonItem size={32} />
    </Skeleton>
  );
}
