import { makeStyles, tokens } from '@fluentui/react-components';

export const useStatusTicksStyles = makeStyles({
  root: {
    display: 'inline-flex',
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
  double: {
    display: 'inline-flex',
    '& > :last-child': { marginLeft: '-10px' },
  },
  read: { color: tokens.colorPaletteBlueForeground2 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});
