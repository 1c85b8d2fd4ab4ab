import { makeStyles, tokens } from '@fluentui/react-components';
import { optionListStyles } from '../../ui/option-list.styles.js';

export const useNewConversationStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  ...optionListStyles,
  number: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  groupHeading: { margin: 0, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  addNumber: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});
