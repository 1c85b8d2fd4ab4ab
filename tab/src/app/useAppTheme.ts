import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { TeamsTheme } from '../features/host/host-types.js';

const THEMES: Readonly<Record<TeamsTheme, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Teams' theme mapped to Fluent's; outside Teams the browser's light or dark preference, followed live. */
export function useAppTheme(teamsTheme: TeamsTheme | undefined): { theme: Theme; name: string } {
  const [prefersDark, setPrefersDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);
  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const onChange = () => setPrefersDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  if (teamsTheme) return { theme: THEMES[teamsTheme], name: teamsTheme };
  return prefersDark ? { theme: webDarkTheme, name: 'dark' } : { theme: webLightTheme, name: 'default' };
}
