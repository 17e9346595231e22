/** Theme, chef mode, server work shown or not, and the share links' web address: UI state (never in undo history), remembered between visits. */
import { useEffect, useState } from 'react';
import { browserStore } from '../persist/localStore';
import { loadPrefs, savePrefs, type Prefs, type ShellTheme } from '../persist/prefs';

export function usePrefs() {
  const [prefs, setPrefs] = useState<Prefs>(() => loadPrefs(browserStore()));
  useEffect(() => { savePrefs(browserStore(), prefs); }, [prefs]);
  return {
    theme: prefs.theme,
    chef: prefs.chef,
    serverWork: prefs.serverWork,
    shareBaseUrl: prefs.shareBaseUrl,
    setTheme: (theme: ShellTheme) => setPrefs((p) => ({ ...p, theme })),
    toggleChef: () => setPrefs((p) => ({ ...p, chef: !p.chef })),
    setChef: (chef: boolean) => setPrefs((p) => ({ ...p, chef })),
    toggleServerWork: () => setPrefs((p) => ({ ...p, serverWork: !p.serverWork })),
    setShareBaseUrl: (shareBaseUrl: string) => setPrefs((p) => ({ ...p, shareBaseUrl })),
  };
}
