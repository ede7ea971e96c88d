/** Stored-setting paths (`labels.figure`, `addedSites[2]`) in the reader's words, for the reset notice. */
import type { Label } from '../../engine/types';
import { t, type MessageKey } from '../../popup/lib/i18n';
import { LABEL_KEYS } from '../../popup/lib/view-model';

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
    const label = LABEL_KEYS[m[2] as Label] as MessageKey | undefined;
    return label ? `${base}: ${t(label)}` : `${base}: ${t('fieldUnknown', [m[2]])}`;
  }
  if (m[3] !== undefined) return t('fieldEntry', [base, Number(m[3]) + 1]);
  return base;
}
