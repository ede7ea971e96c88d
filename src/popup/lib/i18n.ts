/**
 * UI strings for the popup and the options page, from `_locales/<lang>/messages.json` through
 * browser.i18n, so both pages follow the browser's language (English or French, English
 * otherwise). Keys are typed from the English file: a missing key is a compile error.
 */
import browser from 'webextension-polyfill';
import type { Label } from '../../engine/types';
import { labelName } from '../../ui/tokens';

/** Every message key of `_locales/en/messages.json`. */
export type MessageKey = keyof typeof import('../../../_locales/en/messages.json');

/** The localised string for `key`, with `$1…$9` placeholders filled from `subs`; the key itself if missing. */
export function t(key: MessageKey, subs?: readonly (string | number)[]): string {
  const text = browser.i18n.getMessage(key, subs?.map(String));
  return text || key;
}

/** The language the UI strings are in ('en' or 'fr'), for `<html lang>`. */
export function uiLocale(): 'en' | 'fr' {
  return t('locale') === 'fr' ? 'fr' : 'en';
}

/** Sets `<html lang>` and the document title so screen readers use the right voice. */
export function localiseDocument(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = uiLocale();
  doc.title = t(titleKey);
}

/** The plain-language name of a kind of note in the UI's language (from the UI tokens). */
export function labelText(label: Label): string {
  return labelName(uiLocale(), label);
}
