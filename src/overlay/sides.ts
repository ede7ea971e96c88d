/**
 * Which side of a conflict a party speaks for, so the summary reads like an editor's:
 * "Algeria (army, defence ministry, foreign ministry) — Mali (junta, army general staff)",
 * "the separatists — Mali (army)".
 *
 * The side comes from the context pack: a state's army or government (`kind` state-force or
 * government, one `country`) sides with that country; every other party is placed by the small
 * table below, keyed by pack id. A source the engine could not link to the pack (it gives only
 * a name: "Malian army general staff", "separatists") is placed by the country adjective it
 * starts with, or by its generic name. No DOM, no browser API.
 */
import { BUILTIN_PACK } from '../context/pack';
import type { ContextEntry } from '../context/types';
import type { Lang, Source } from '../engine/types';

/** One side: its name in each language and how engine source names spell it. */
export interface SideDef {
  id: string;
  name: Record<Lang, string>;
  /** The English adjective that starts the engine's names for this side's bodies ("Malian army"). */
  adjective?: string;
  /** Engine source names (lower case) that mean this side when no pack entry is linked. */
  generic?: readonly string[];
}

/** The sides we can name. Country sides are reached from pack entries' `country` field. */
export const SIDES: readonly SideDef[] = [
  { id: 'mali', name: { en: 'Mali', fr: 'Mali' }, adjective: 'Malian' },
  { id: 'burkina-faso', name: { en: 'Burkina Faso', fr: 'Burkina Faso' }, adjective: 'Burkinabè' },
  { id: 'niger', name: { en: 'Niger', fr: 'Niger' }, adjective: 'Nigerien' },
  { id: 'chad', name: { en: 'Chad', fr: 'Tchad' }, adjective: 'Chadian' },
  { id: 'mauritania', name: { en: 'Mauritania', fr: 'Mauritanie' }, adjective: 'Mauritanian' },
  { id: 'algeria', name: { en: 'Algeria', fr: 'Algérie' }, adjective: 'Algerian' },
  { id: 'russia', name: { en: 'Russia', fr: 'Russie' }, adjective: 'Russian' },
  { id: 'france', name: { en: 'France', fr: 'France' }, adjective: 'French' },
  { id: 'separatists', name: { en: 'The separatists', fr: 'Les séparatistes' }, generic: ['separatists', 'separatist group', 'rebels'] },
  { id: 'jihadists', name: { en: 'Jihadist groups', fr: 'Groupes jihadistes' }, generic: ['jihadists'] },
];

/**
 * Parties the pack's fields do not place (armed groups, leaders, foreign forces, Algeria, whose
 * entry has no `country`), by pack id. What the pack would need to make this table unnecessary:
 * a `side` field on party entries (see the issue 17 report).
 */
export const ACTOR_SIDES: Readonly<Record<string, string>> = {
  'assimi-goita': 'mali',
  ortm: 'mali',
  'ibrahim-traore': 'burkina-faso',
  rtb: 'burkina-faso',
  'abdourahamane-tiani': 'niger',
  rtn: 'niger',
  'mahamat-deby': 'chad',
  'algeria-government': 'algeria',
  wagner: 'russia',
  'africa-corps': 'russia',
  'russian-mod': 'russia',
  'russia-government': 'russia',
  barkhane: 'france',
  fla: 'separatists',
  csp: 'separatists',
  cma: 'separatists',
  mnla: 'separatists',
  hcua: 'separatists',
  msa: 'separatists',
  jnim: 'jihadists',
  'katiba-macina': 'jihadists',
  'iyad-ag-ghaly': 'jihadists',
  'amadou-koufa': 'jihadists',
  issp: 'jihadists',
  iswap: 'jihadists',
  'boko-haram': 'jihadists',
  'ansarul-islam': 'jihadists',
};

/** French names of the bodies a state speaks through, after the country adjective is taken off. */
const BODY_FR: Readonly<Record<string, string>> = {
  army: 'armée',
  'air force': 'armée de l’air',
  'army general staff': 'état-major',
  'general staff': 'état-major',
  junta: 'junte',
  government: 'gouvernement',
  authorities: 'autorités',
  presidency: 'présidence',
  'defence ministry': 'ministère de la Défense',
  'defense ministry': 'ministère de la Défense',
  'interior ministry': 'ministère de l’Intérieur',
  'foreign ministry': 'ministère des Affaires étrangères',
  officials: 'responsables',
  'state media': 'médias d’État',
  military: 'armée',
  'security forces': 'forces de sécurité',
  troops: 'soldats',
  separatists: 'séparatistes',
  'separatist group': 'groupe séparatiste',
  rebels: 'rebelles',
  jihadists: 'jihadistes',
  'armed group': 'groupe armé',
  militias: 'milices',
  mercenaries: 'mercenaires',
};

const SIDE_BY_ID = new Map(SIDES.map((s) => [s.id, s]));
let entries: Map<string, ContextEntry> | undefined;
let partyNames: Map<string, string> | undefined;
function entry(id: string): ContextEntry | undefined {
  entries ??= new Map(BUILTIN_PACK.entries.map((e) => [e.id, e]));
  return entries.get(id);
}

/** The pack id of a party named exactly by its name or an alias ("FLA"), for sources the engine left unlinked. */
function partyByName(name: string): string | undefined {
  if (!partyNames) {
    partyNames = new Map();
    for (const e of BUILTIN_PACK.entries) {
      if (!e.party) continue;
      for (const n of [e.name, ...e.aliases.en, ...e.aliases.fr]) if (!partyNames.has(n.toLowerCase())) partyNames.set(n.toLowerCase(), e.id);
    }
  }
  return partyNames.get(name.toLowerCase());
}

/** The side id of a pack entry: from the table, else a state body's single `country`. */
export function sideOfEntity(id: string): string | undefined {
  const fixed = ACTOR_SIDES[id];
  if (fixed) return fixed;
  const e = entry(id);
  if (!e || !e.party) return undefined;
  if ((e.kind === 'state-force' || e.kind === 'government') && e.country?.length === 1) {
    const c = e.country[0] as string;
    return SIDE_BY_ID.has(c) ? c : undefined;
  }
  return undefined;
}

/** Where a party source sits: its side (if known) and its short name in `lang`. */
export interface Placed {
  /** Side id; for a party we cannot place, `party:<name>` (it stands alone). */
  side: string;
  sideName: string;
  /** The body within the side ("defence ministry", « ministère de la Défense », "Africa Corps"). */
  item: string;
}

/** Places one party source on its side, with names in the note language. */
export function placeSource(source: Source, lang: Lang): Placed {
  const name = source.name.trim();
  const lower = name.toLowerCase();
  const entityId = source.entityId ?? partyByName(name);
  let side = entityId ? sideOfEntity(entityId) : undefined;
  let def = side ? SIDE_BY_ID.get(side) : undefined;
  // A body named with the adjective ("Algerian defence ministry") is placed by it, even unlinked.
  const byAdjective = SIDES.find((s) => s.adjective && lower.startsWith(`${s.adjective.toLowerCase()} `));
  if (!def && byAdjective) def = byAdjective;
  if (!def) def = SIDES.find((s) => s.generic?.includes(lower));
  if (!def) {
    const e = entityId ? entry(entityId) : undefined;
    const own = (e && (e.displayName?.[lang] ?? (lang === 'en' ? undefined : e.displayName?.en))) ?? name;
    return { side: `party:${lower}`, sideName: own, item: own };
  }
  side = def.id;
  let item = name;
  if (def.adjective && lower.startsWith(`${def.adjective.toLowerCase()} `)) {
    const body = lower.slice(def.adjective.length + 1);
    item = lang === 'fr' ? (BODY_FR[body] ?? body) : body;
  } else if (def.generic?.includes(lower)) {
    item = lang === 'fr' ? (BODY_FR[lower] ?? lower) : lower;
  } else if (lang === 'fr' && entityId) {
    // A named actor: its French name from the pack when it has one.
    item = entry(entityId)?.displayName?.fr ?? name;
  }
  return { side, sideName: def.name[lang], item };
}
