/**
 * Applying a change to the settings: pure, no storage. Kept apart from ./storage.ts so the
 * popup, the options page and tests all merge patches the same way.
 */
import { parseSettingsStrict } from './schema';
import type { Settings, SettingsPatch } from './types';

/**
 * Returns `current` with `patch` applied (labels merged one by one, lists replaced). Throws
 * when the result would not pass the schema: a patch is written by code, so this is a bug.
 */
export function applyPatch(current: Settings, patch: SettingsPatch): Settings {
  const next = {
    ...current,
    ...patch,
    labels: { ...current.labels, ...patch.labels },
    version: current.version,
  };
  const checked = parseSettingsStrict(next);
  if (!checked.ok) {
    throw new Error(`Invalid settings patch: ${checked.errors.map((e) => `${e.path} (${e.expected})`).join(', ')}`);
  }
  return checked.settings;
}
