/** Check page entry: localises the document and renders the page. */
import { render } from 'preact';
import { localiseDocument } from '../popup/lib/i18n';
import { CheckApp } from './components/check-app';
import { createCheckApi } from './lib/check-api';

localiseDocument(document, 'checkTitle');
const root = document.getElementById('app');
if (root) render(<CheckApp api={createCheckApi(window)} />, root);
