import { Button, DialogActions, Spinner } from '@fluentui/react-components';

/** A dialog's two answers: go back, or do it (a spinner on it while it runs, both off meanwhile). */
export function ConfirmActions(props: {
  readonly busy: boolean;
  readonly cancelLabel: string;
  readonly confirmLabel: string;
  /** The confirm button stays off without the busy spinner (e.g. nothing chosen yet). */
  readonly confirmDisabled?: boolean;
  onCancel(): void;
  onConfirm(): void;
}) {
  return (
    <DialogActions>
      <Button appearance="secondary" disabled={props.busy} onClick={props.onCancel}>
        {props.cancelLabel}
      </Button>
      <Button
        appearance="primary"
        disabled={props.busy || props.confirmDisabled === true}
        icon={props.busy ? <Spinner size="tiny" /> : undefined}
        onClick={props.onConfirm}
      >
        {props.confirmLabel}
      </Button>
    </DialogActions>
  );
}
