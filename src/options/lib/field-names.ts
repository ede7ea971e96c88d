/** Stored-setting paths (`labels.figure`, `addedSites[2]`) in the reader's words, for the reset notice. */
import { LABELS, type Label } from '../../engine/types';
import { labelText, t, type MessageKey } from '../../popup/lib/i18n';

const FIELD_KEYS: Record<string, MessageKey> = {
  enabled: 'fieldEnabled',
  labels: 'fieldLabels',
  noteLanguage: 'fieldNoteLanguage',
  disabledSites: 'fieldDisabledSites',
  addedSites: 'fieldAddedSites',
  version: 'fieldVersion',
};

/** A setting path as the options page names it (falls back to the path itself for unknown ones). */
export function fieldName(path: string): string {
  const m = /^([A-Za-z]+)(?:\.([\w-]+)|\[(\d+)\])?$/.exec(path);
  const top = m?.[1];
  const key = top !== undefined ? FIELD_KEYS[top] : undefined;
  if (!m || key === undefined) return t('fieldUnknown', [path]);
  const base = t(key);
  if (m[2] !== undefined) {
    const label = LABELS.includes(m[2] as Label) ? labelText(m[2] as Label) : undefined;
    return label ? `${base}: ${label}` : `${base}: ${t('fieldUnknown', [m[2]])}`;
  }
  if (m[3] !== undefined) return t('fieldEntry', [base, Number(m[3]) + 1]);
  return base;
}
