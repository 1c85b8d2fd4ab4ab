import { Avatar } from '@fluentui/react-components';
import { useNewConversationStyles } from './NewConversationDialog.styles.js';

/** One person of the typeahead: a toggle button with the avatar, the name and the number. */
export function ContactOption(props: {
  readonly name: string;
  readonly detail: string;
  readonly chosen: boolean;
  readonly disabled?: boolean;
  onPick(): void;
}) {
  const styles = useNewConversationStyles();
  return (
    <button
      type="button"
      className={`${styles.option} ${props.chosen ? styles.chosen : ''}`}
      aria-pressed={props.chosen}
      disabled={props.disabled}
      onClick={props.onPick}
    >
      <Avatar name={props.name} size={32} aria-hidden />
      <span className={styles.optionText}>
        <span>{props.name}</span>
        <span className={styles.number}>{props.detail}</span>
      </span>
    </button>
  );
}
