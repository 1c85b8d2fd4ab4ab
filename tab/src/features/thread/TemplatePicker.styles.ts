import { makeStyles, tokens } from '@fluentui/react-components';

export const useTemplatePickerStyles = makeStyles({
  surface: { maxWidth: 'min(560px, 95vw)' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: {
    maxHeight: '200px',
    overflowY: 'auto',
    flexWrap: 'nowrap',
  },
  preview: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorNeutralForeground1,
  },
  previewTitle: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
  previewBody: {
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
  },
  filled: {
    backgroundColor: 'transparent',
    color: 'inherit',
    fontWeight: tokens.fontWeightSemibold,
  },
  missing: {
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
    borderRadius: tokens.borderRadiusSmall,
    paddingInline: tokens.spacingHorizontalXXS,
  },
});
