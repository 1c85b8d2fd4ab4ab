import { tokens, type GriffelStyle } from '@fluentui/react-components';

/** A whole-width row of a list that is one button (a contact, a search result, a choice). */
export const rowButton = {
  width: '100%',
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  border: 'none',
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: 'transparent',
  color: tokens.colorNeutralForeground1,
  textAlign: 'start',
  cursor: 'pointer',
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  ':focus-visible': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-2px',
  },
} satisfies GriffelStyle;

/**
 * A list of choices the user picks one from (contacts, colleagues): shared by the dialogs that search and
 * pick, spread into their own `makeStyles`.
 */
export const optionListStyles = {
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '280px',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  option: {
    ...rowButton,
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid transparent`,
    ':disabled': { color: tokens.colorNeutralForegroundDisabled, cursor: 'not-allowed' },
  },
  chosen: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ':hover': { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  optionText: { display: 'flex', flexDirection: 'column' },
} satisfies Record<string, GriffelStyle>;
