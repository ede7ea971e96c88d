/** Options entry: localises the document and renders the options page with the real browser API. */
import { render } from 'preact';
import { applyTheme } from '../ui/theme';
import { OptionsApp } from './components/options-app';
import { localiseDocument } from '../popup/lib/i18n';
import { createOptionsApi } from './lib/options-api';

applyTheme(document);
localiseDocument(document, 'optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsApp api={createOptionsApi()} />, root);
