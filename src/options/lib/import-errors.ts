/** Import refusals (settings and context packs) as localised lines, precise to the field. */
import type { ImportError } from '../../settings/export-import';
import type { PackImportError } from '../../settings/custom-pack-import';
import type { JsonFileError } from '../../settings/json-file';
import type { Expectation, FieldError } from '../../settings/schema';
import { t, type MessageKey } from '../../popup/lib/i18n';

const EXPECTATION_KEYS: Partial<Record<Expectation, MessageKey>> = {
  object: 'expObject',
  boolean: 'expBoolean',
  'note-language': 'expNoteLanguage',
  hostname: 'expHostname',
  list: 'expList',
  version: 'expVersion',
  'newer-version': 'expNewerVersion',
  'too-many': 'expTooMany',
};

/** At most this many faults are listed; the rest are counted. */
export const MAX_LISTED = 20;

/** One field error: `labels.figure: expected true or false, found "yes"`. */
export function fieldErrorLine(e: FieldError): string {
  if (e.expected === 'known-field') return t('errFieldUnknown', [e.path]);
  if (e.expected === 'present') return t('errFieldMissing', [e.path]);
  const key = EXPECTATION_KEYS[e.expected];
  return t('errField', [e.path, key ? t(key) : e.expected, e.got]);
}

function jsonLines(error: JsonFileError): string[] {
  switch (error.kind) {
    case 'empty':
      return [t('errEmpty')];
    case 'too-large':
      return [t('errTooLarge', [error.bytes, error.max])];
    case 'json':
      return [error.line !== null ? t('errJsonAt', [error.line, error.column ?? 0]) : t('errJson'), error.detail];
  }
}

function capped(lines: string[]): string[] {
  return lines.length > MAX_LISTED ? [...lines.slice(0, MAX_LISTED), t('packMore', [lines.length - MAX_LISTED])] : lines;
}

/** The lines explaining why a settings file was refused. */
export function settingsImportErrorLines(error: ImportError): string[] {
  switch (error.kind) {
    case 'not-settings':
      return [t(error.looksLike === 'context-pack' ? 'errContextPack' : 'errNotSettings')];
    case 'fields':
      return [t('errFields'), ...capped(error.errors.map(fieldErrorLine))];
    default:
      return jsonLines(error);
  }
}

/** The lines explaining why a context pack was refused: each entry and field at fault. */
export function packImportErrorLines(error: PackImportError): string[] {
  if (error.kind !== 'invalid') return jsonLines(error);
  return capped(error.errors.map((e) => t('packFault', [e.entry, e.field, e.message])));
}
