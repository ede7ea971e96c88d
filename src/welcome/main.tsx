/** Welcome page entry: the tokens' theme, then the page with the real settings storage. */
import { render } from 'preact';
import { uiLocale } from '../popup/lib/i18n';
import { getSettings, updateSettings, watchSettings } from '../settings/storage';
import { applyTheme } from '../ui/theme';
import { WelcomeApp, type WelcomeApi } from './welcome-app';

applyTheme(document);
const api: WelcomeApi = {
  getSettings: async () => (await getSettings()).settings,
  updateSettings,
  watchSettings,
  browserLang: uiLocale,
};
const root = document.getElementById('app');
if (root) render(<WelcomeApp api={api} />, root);
