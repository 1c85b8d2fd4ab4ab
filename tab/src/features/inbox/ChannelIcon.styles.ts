import { makeStyles, tokens } from '@fluentui/react-components';

export const useChannelIconStyles = makeStyles({
  whatsapp: { color: tokens.colorPaletteGreenForeground1 },
  sms: { color: tokens.colorPaletteBlueForeground2 },
});
