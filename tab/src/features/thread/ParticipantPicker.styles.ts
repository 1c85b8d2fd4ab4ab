import { makeStyles, tokens } from '@fluentui/react-components';
import { optionListStyles } from '../../ui/option-list.styles.js';

export const useParticipantPickerStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2 },
  ...optionListStyles,
  email: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});
