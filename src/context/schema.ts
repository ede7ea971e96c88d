/**
 * The context pack schema (zod) plus the checks that span entries: duplicate ids, an alias
 * claimed by two entries, unknown related ids. Used at build time (scripts/validate-pack.ts),
 * in tests, and when a reader imports a pack. Every fault names the entry and the field.
 */
import { z } from 'zod';
import { LABELS } from '../engine/types';
import { foldKey } from './normalize';
import type { ContextPack } from './types';

/** One fault in a pack: the entry (its id, or "#index" when it has none) and the field. */
export interface PackFault {
  entry: string;
  field: string;
  message: string;
}

export type PackValidation = { ok: true; pack: ContextPack } | { ok: false; errors: PackFault[] };

export interface ValidateOptions {
  /**
   * Require every id named in `related`, `country` and `trackedBy` to exist in this pack.
   * On for the built-in pack and for a merged pack; off for a user pack that refers to
   * built-in entries (the merge checks those).
   */
  requireKnownIds?: boolean;
}

const KINDS = [
  'armed-group', 'state-force', 'foreign-force', 'government', 'person', 'organisation', 'place',
  'event', 'source', 'guide', 'equipment',
] as const;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (what: string, min = 1) =>
  z.string({ error: `${what} must be a string` }).refine((s) => s.trim().length >= min, {
    message: min > 1 ? `${what} must have at least ${min} characters` : `${what} must not be empty`,
  });

const idRef = z.string().regex(ID, 'must be a kebab-case entry id');

function isHttps(u: string): boolean {
  try {
    return new URL(u).protocol === 'https:';
  } catch {
    return false;
  }
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const contextLinkSchema = z.strictObject({
  title: text('link title'),
  url: z.string().refine(isHttps, { message: 'must be an https:// URL' }),
  lang: z.enum(['en', 'fr']).optional(),
});

const aliasList = z.array(text('alias'));

export const contextEntrySchema = z.strictObject({
  id: z.string().regex(ID, 'must be kebab-case (a-z, 0-9, single dashes)'),
  kind: z.enum(KINDS),
  name: text('name'),
  aliases: z.strictObject({ en: aliasList, fr: aliasList }),
  description: z.strictObject({
    en: text('English description', 20).refine((s) => s.length <= 700, { message: 'longer than 700 characters' }),
    fr: text('French description', 20).refine((s) => s.length <= 700, { message: 'longer than 700 characters' }),
  }),
  links: z.array(contextLinkSchema).min(1, 'needs at least one https link'),
  related: z.array(idRef),
  reviewed: z.string().refine(isIsoDate, { message: 'must be a date YYYY-MM-DD' }),
  party: z.boolean().optional(),
  displayName: z.strictObject({ en: text('name').optional(), fr: text('name').optional() }).optional(),
  salient: z.boolean().optional(),
  country: z.array(idRef).optional(),
  genericAliases: aliasList.optional(),
  caseSensitive: aliasList.optional(),
  asFirstName: aliasList.optional(),
  asSurname: aliasList.optional(),
  labels: z.array(z.enum(LABELS as unknown as [string, ...string[]])).optional(),
  trackedBy: z.array(idRef).optional(),
  metonymFor: idRef.optional(),
});

export const contextPackSchema = z.strictObject({
  version: text('version'),
  entries: z.array(z.unknown()),
  stopPhrases: z.array(text('stop phrase')).optional(),
});

function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(entry)';
}

function entryLabel(raw: unknown, i: number): string {
  if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
    const id = (raw as { id: string }).id;
    if (id.trim()) return id;
  }
  return `#${i}`;
}

/**
 * Validates a raw (parsed JSON) pack. Returns the typed pack, or every fault found, each
 * naming the entry and the field. Never throws.
 */
export function validatePack(raw: unknown, options: ValidateOptions = {}): PackValidation {
  const errors: PackFault[] = [];
  const top = contextPackSchema.safeParse(raw);
  if (!top.success) {
    for (const issue of top.error.issues) {
      errors.push({ entry: '(pack)', field: fieldPath(issue.path), message: issue.message });
    }
    return { ok: false, errors };
  }
  const rawEntries = top.data.entries;
  const entries: ContextPack['entries'] = [];
  rawEntries.forEach((re, i) => {
    const parsed = contextEntrySchema.safeParse(re);
    if (!parsed.success) {
      const label = entryLabel(re, i);
      for (const issue of parsed.error.issues) {
        let field = fieldPath(issue.path);
        let message = issue.message;
        if (issue.code === 'unrecognized_keys') {
          const keys = (issue as { keys?: string[] }).keys ?? [];
          field = keys.length ? fieldPath([...issue.path, keys[0] as string]) : field;
          message = `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`;
        } else if (issue.code === 'invalid_type' && /received undefined/i.test(message)) {
          message = 'missing';
        }
        errors.push({ entry: label, field, message });
      }
      return;
    }
    entries.push(parsed.data as ContextPack['entries'][number]);
  });

  // ---- checks across entries ----
  const ids = new Map<string, number>();
  for (const e of entries) {
    if (ids.has(e.id)) errors.push({ entry: e.id, field: 'id', message: `duplicate id "${e.id}"` });
    else ids.set(e.id, 1);
  }
  const owner = new Map<string, { id: string; field: string }>();
  for (const e of entries) {
    const names: [string, string][] = [
      ['name', e.name],
      ...e.aliases.en.map((a, k): [string, string] => [`aliases.en[${k}]`, a]),
      ...e.aliases.fr.map((a, k): [string, string] => [`aliases.fr[${k}]`, a]),
    ];
    const own = new Set<string>();
    for (const [field, alias] of names) {
      const key = foldKey(alias);
      if (!key) {
        errors.push({ entry: e.id, field, message: 'alias is empty once folded' });
        continue;
      }
      const prev = owner.get(key);
      if (prev && prev.id !== e.id) {
        errors.push({ entry: e.id, field, message: `alias "${alias}" is also claimed by entry "${prev.id}" (${prev.field})` });
      } else if (!prev) owner.set(key, { id: e.id, field });
      own.add(key);
    }
    for (const listName of ['caseSensitive', 'asFirstName', 'asSurname'] as const) {
      (e[listName] ?? []).forEach((a, k) => {
        if (!own.has(foldKey(a))) {
          errors.push({ entry: e.id, field: `${listName}[${k}]`, message: `"${a}" is not one of the entry's aliases` });
        }
      });
    }
    if (e.kind === 'guide') {
      if (!e.displayName?.en) errors.push({ entry: e.id, field: 'displayName.en', message: 'a guide needs an English display name' });
      if (!e.displayName?.fr) errors.push({ entry: e.id, field: 'displayName.fr', message: 'a guide needs a French display name' });
    }
    if (e.genericAliases?.length && !e.country?.length) {
      errors.push({ entry: e.id, field: 'country', message: 'generic aliases need a country' });
    }
    e.related.forEach((r, k) => {
      if (r === e.id) errors.push({ entry: e.id, field: `related[${k}]`, message: 'an entry cannot be related to itself' });
    });
  }
  for (const e of entries) {
    (e.genericAliases ?? []).forEach((g, k) => {
      const prev = owner.get(foldKey(g));
      if (prev) errors.push({ entry: e.id, field: `genericAliases[${k}]`, message: `"${g}" is a specific alias of entry "${prev.id}"` });
    });
  }
  (top.data.stopPhrases ?? []).forEach((s, k) => {
    const prev = owner.get(foldKey(s));
    if (prev) errors.push({ entry: '(pack)', field: `stopPhrases[${k}]`, message: `"${s}" is an alias of entry "${prev.id}"` });
  });
  if (options.requireKnownIds) {
    for (const e of entries) {
      for (const listName of ['related', 'country', 'trackedBy'] as const) {
        (e[listName] ?? []).forEach((r, k) => {
          if (!ids.has(r)) errors.push({ entry: e.id, field: `${listName}[${k}]`, message: `unknown entry id "${r}"` });
        });
      }
      if (e.metonymFor !== undefined && !ids.has(e.metonymFor)) {
        errors.push({ entry: e.id, field: 'metonymFor', message: `unknown entry id "${e.metonymFor}"` });
      }
    }
  }
  if (errors.length) return { ok: false, errors };
  const pack: ContextPack = { version: top.data.version, entries };
  if (top.data.stopPhrases) pack.stopPhrases = top.data.stopPhrases;
  return { ok: true, pack };
}

/** One line per fault: `entry "fla", field "links[0].url": must be an https:// URL`. */
export function formatFault(f: PackFault): string {
  return `entry "${f.entry}", field "${f.field}": ${f.message}`;
}
