/** Popup entry: localises the document and renders the popup with the real browser API. */
import { render } from 'preact';
import { applyTheme } from '../ui/theme';
import { PopupApp } from './components/popup-app';
import { localiseDocument } from './lib/i18n';
import { createPopupApi } from './lib/popup-api';

applyTheme(document);
localiseDocument(document, 'extName');
const root = document.getElementById('app');
if (root) render(<PopupApp api={createPopupApi()} />, root);
