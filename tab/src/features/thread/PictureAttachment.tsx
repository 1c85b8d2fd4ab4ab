import { Button, Caption1 } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { useI18n } from '../../i18n/I18nContext.js';
import { useComposerStyles } from './Composer.styles.js';
import { formatFileSize } from './picture-check.js';
import type { AttachedPicture } from './usePictureAttachment.js';

/** The picture waiting to be sent: a thumbnail, its name and size, and a way to take it off. */
export function PictureAttachment(props: { readonly picture: AttachedPicture; onRemove(): void }) {
  const { t, locale } = useI18n();
  const styles = useComposerStyles();
  const { picture } = props;
  const label = t('pictureToSend', { name: picture.name, size: formatFileSize(locale, picture.size) });
  return (
    <div className={styles.attachment} role="group" aria-label={label} data-testid="picture-attachment">
      <img className={styles.thumbnail} src={picture.previewUrl} alt="" />
      <Caption1 className={styles.attachmentName}>{label}</Caption1>
      <Button
        appearance="subtle"
        size="small"
        icon={<Dismiss16Regular />}
        aria-label={t('removePicture')}
        onClick={props.onRemove}
      />
    </div>
  );
}
