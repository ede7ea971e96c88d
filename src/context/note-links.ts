/**
 * Links attached to a note, and what the overlay shows for a context entry. Pure data work on
 * a built index: no DOM, no browser API.
 *
 * - party claim → the party's entry, then the monitors that track its incidents (the entry's
 *   `trackedBy`, else the sources labelled "party-claim": ACLED, Crisis Group);
 * - analyst → the analyst's organisation;
 * - figure → who gives the figure (when known), where independent counts are kept (sources
 *   labelled "figure": ACLED, OCHA…), then advice on differing tolls;
 * - unverified → the verification guides (reverse image search, geolocation, who posted
 *   first), then fact-checkers.
 * With several labels the lists are interleaved (party, analyst, unverified, figure), so each
 * label keeps its most useful link; duplicates are dropped and at most MAX_NOTE_LINKS remain.
 */
import type { Label, Lang, Link } from '../engine/types';
import { entryById, lookupAlias, type ContextIndex } from './linker';
import type { ContextEntry, ContextLink } from './types';

export const MAX_NOTE_LINKS = 5;

export type NoteLinkRole = 'party' | 'monitor' | 'analyst' | 'source' | 'counts' | 'verify' | 'fact-check';

/** A note link: a `Link`, plus the entry it comes from so the overlay can open its card. */
export interface NoteLink extends Link {
  entryId: string;
  role: NoteLinkRole;
}

/** The parts of a claim that decide its links (a `Claim` fits). */
export interface ClaimForLinks {
  labels: Label[];
  source?: { kind: string; entityId?: string; name: string };
  entityIds: string[];
}

/** What the overlay shows for an entry, in one language. */
export interface EntryCard {
  id: string;
  kind: string;
  name: string;
  description: string;
  party: boolean;
  /** Links, those in the requested language first. */
  links: Link[];
  related: { id: string; name: string }[];
  reviewed: string;
}

const LABEL_ORDER: Label[] = ['party-claim', 'analyst', 'unverified', 'figure'];

const TITLES: Record<Exclude<NoteLinkRole, 'verify'>, Record<Lang, (name: string) => string>> = {
  party: { en: (n) => `${n}: background`, fr: (n) => `${n} : contexte` },
  monitor: { en: (n) => `${n}: independent monitoring`, fr: (n) => `${n} : suivi indépendant` },
  analyst: { en: (n) => `${n}: about this source`, fr: (n) => `${n} : à propos de cette source` },
  source: { en: (n) => `${n}: who gives this figure`, fr: (n) => `${n} : qui donne ce chiffre` },
  counts: { en: (n) => `${n}: independent counts`, fr: (n) => `${n} : décomptes indépendants` },
  'fact-check': { en: (n) => `${n}: fact-checks`, fr: (n) => `${n} : vérifications` },
};

/** The name to show for an entry in a language. */
export function displayName(entry: ContextEntry, lang: Lang): string {
  return entry.displayName?.[lang] ?? entry.name;
}

/** The entry's links, those in `lang` (or of no stated language) first, order otherwise kept. */
export function linksInLanguage(entry: ContextEntry, lang: Lang): ContextLink[] {
  const rank = (l: ContextLink) => (l.lang === lang ? 0 : l.lang === undefined ? 1 : 2);
  return entry.links.map((l, i) => ({ l, i })).sort((a, b) => rank(a.l) - rank(b.l) || a.i - b.i).map((x) => x.l);
}

/** The card the overlay shows for an entry (by id or entry), or undefined for an unknown id. */
export function entryCard(index: ContextIndex, entry: string | ContextEntry, lang: Lang): EntryCard | undefined {
  const e = typeof entry === 'string' ? entryById(index, entry) : entry;
  if (!e) return undefined;
  return {
    id: e.id,
    kind: e.kind,
    name: displayName(e, lang),
    description: e.description[lang],
    party: e.party === true,
    links: linksInLanguage(e, lang).map((l) => ({ title: l.title, url: l.url })),
    related: e.related.flatMap((id) => {
      const r = entryById(index, id);
      return r ? [{ id, name: displayName(r, lang) }] : [];
    }),
    reviewed: e.reviewed,
  };
}

function linkTo(entry: ContextEntry, role: NoteLinkRole, lang: Lang, pick: 'lang' | 'first' = 'lang'): NoteLink | undefined {
  const l = pick === 'first' ? entry.links[0] : linksInLanguage(entry, lang)[0];
  if (!l) return undefined;
  const name = displayName(entry, lang);
  const title = role === 'verify' ? name : TITLES[role][lang](name);
  return { title, url: l.url, entryId: entry.id, role };
}

/**
 * Entries of `kind` carrying `label`. Sources keep pack order; guides whose first label is
 * `label` come before guides that only also serve it (so "differing tolls" leads for figures).
 */
function labelled(index: ContextIndex, kind: 'source' | 'guide', label: Label): ContextEntry[] {
  const found = index.entries.filter((e) => e.kind === kind && e.labels?.includes(label));
  if (kind === 'source') return found;
  return found
    .map((e, i) => ({ e, i, rank: e.labels?.indexOf(label) ?? 0 }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.e);
}

function resolveSource(claim: ClaimForLinks, index: ContextIndex): ContextEntry | undefined {
  const s = claim.source;
  if (!s) return undefined;
  if (s.entityId) {
    const e = entryById(index, s.entityId);
    if (e) return e;
  }
  return s.name ? lookupAlias(index, s.name) : undefined;
}

function mentioned(claim: ClaimForLinks, index: ContextIndex, test: (e: ContextEntry) => boolean): ContextEntry | undefined {
  for (const id of claim.entityIds) {
    const e = entryById(index, id);
    if (e && test(e)) return e;
  }
  return undefined;
}

const isOrg = (e: ContextEntry) => !e.party && (e.kind === 'source' || e.kind === 'organisation');

function compact(list: (NoteLink | undefined)[]): NoteLink[] {
  return list.filter((l): l is NoteLink => l !== undefined);
}

/**
 * The context links of a note, most useful first, without duplicates, at most
 * MAX_NOTE_LINKS. `lang` is the note language (titles, and links in that language first).
 */
export function linksForClaim(claim: ClaimForLinks, index: ContextIndex, lang: Lang): NoteLink[] {
  const source = resolveSource(claim, index);
  const lists: NoteLink[][] = [];
  for (const label of LABEL_ORDER) {
    if (!claim.labels.includes(label)) continue;
    if (label === 'party-claim') {
      const party = source?.party ? source : mentioned(claim, index, (e) => e.party === true && e.kind !== 'place');
      const monitors = party?.trackedBy?.length
        ? compact(party.trackedBy.map((id) => entryById(index, id)).map((e) => (e ? linkTo(e, 'monitor', lang, 'first') : undefined)))
        : compact(labelled(index, 'source', 'party-claim').map((e) => linkTo(e, 'monitor', lang, 'first')));
      const advice = labelled(index, 'guide', 'party-claim')[0];
      const head = party ? linkTo(party, 'party', lang) : advice ? linkTo(advice, 'verify', lang) : undefined;
      lists.push(compact([head, ...monitors]));
    } else if (label === 'analyst') {
      const org = source && isOrg(source) ? source : mentioned(claim, index, (e) => e.kind === 'source');
      lists.push(org ? compact([linkTo(org, 'analyst', lang, 'first')]) : []);
    } else if (label === 'figure') {
      const giver = source ? linkTo(source, source.party ? 'party' : 'source', lang) : undefined;
      const keepers = labelled(index, 'source', 'figure').map((e) => linkTo(e, 'counts', lang, 'first'));
      const guides = labelled(index, 'guide', 'figure').map((e) => linkTo(e, 'verify', lang));
      lists.push(compact([giver, ...keepers.slice(0, 2), guides[0], ...keepers.slice(2), ...guides.slice(1)]));
    } else {
      const guides = labelled(index, 'guide', 'unverified').map((e) => linkTo(e, 'verify', lang));
      const checkers = labelled(index, 'source', 'unverified')
        .map((e) => ({ e, rank: e.links.some((l) => l.lang === lang) ? 0 : 1 }))
        .sort((a, b) => a.rank - b.rank)
        .map(({ e }) => linkTo(e, 'fact-check', lang));
      lists.push(compact([...guides.slice(0, 3), checkers[0], ...guides.slice(3), ...checkers.slice(1)]));
    }
  }
  const out: NoteLink[] = [];
  const seenUrl = new Set<string>();
  const seenEntry = new Set<string>();
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest && out.length < MAX_NOTE_LINKS; i++) {
    for (const list of lists) {
      const l = list[i];
      if (!l || seenUrl.has(l.url) || seenEntry.has(l.entryId)) continue;
      seenUrl.add(l.url);
      seenEntry.add(l.entryId);
      out.push(l);
      if (out.length >= MAX_NOTE_LINKS) break;
    }
  }
  return out;
}
