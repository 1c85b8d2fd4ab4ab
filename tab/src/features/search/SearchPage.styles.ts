import { makeStyles, tokens } from '@fluentui/react-components';
import { rowButton } from '../../ui/option-list.styles.js';

export const useSearchPageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: '800px',
    width: '100%',
    boxSizing: 'border-box',
  },
  heading: { margin: 0 },
  groupHeading: { margin: 0, color: tokens.colorNeutralForeground2 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: {
    ...rowButton,
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    alignItems: 'center',
  },
  name: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis' },
  time: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  snippet: {
    gridColumn: '2 / 4',
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
  },
  hint: { color: tokens.colorNeutralForeground2, margin: 0 },
  more: { alignSelf: 'flex-start' },
});
