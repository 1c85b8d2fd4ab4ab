import { makeStyles, tokens } from '@fluentui/react-components';

export const useMessagePictureStyles = makeStyles({
  thumbButton: {
    display: 'block',
    maxWidth: '100%',
    padding: 0,
    border: 'none',
    background: 'none',
    cursor: 'zoom-in',
    borderRadius: tokens.borderRadiusMedium,
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: tokens.strokeWidthThin,
    },
  },
  thumb: {
    display: 'block',
    // A fixed cap, not a percentage: the bubble takes its width from the picture's.
    maxWidth: '280px',
    maxHeight: '280px',
    objectFit: 'contain',
    borderRadius: tokens.borderRadiusMedium,
  },
  placeholder: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    minWidth: '160px',
    minHeight: '64px',
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  viewerSurface: { maxWidth: 'min(960px, 95vw)' },
  viewerContent: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalS,
  },
  full: {
    maxWidth: '100%',
    maxHeight: '70vh',
    objectFit: 'contain',
  },
  viewerCaption: { margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
});
