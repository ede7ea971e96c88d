/**
 * What the overlay shows, computed from the engine's claims: no DOM, no Preact, so it is
 * tested in Node. The summary's "things to check" are chosen here by simple rules over the
 * claims (conflicts, party figures, unverified material, analysts, one dominant source).
 */
import type { Claim, Label, Lang } from '../engine/types';
import { LABEL_ORDER } from '../ui/tokens';
import { t } from './i18n';
import { placeSource } from './sides';

/** A summary entry that jumps to a sentence. */
export interface SummaryItem {
  /** Claim the item jumps to. */
  id: string;
  text: string;
}

/** A party the article relies on, with how often. */
export interface PartyItem {
  name: string;
  count: number;
  /** First sentence relying on this party. */
  id: string;
}

/** One body within a side ("defence ministry"), with the claims that rest on it. */
export interface SideItem {
  name: string;
  count: number;
  /** The claims, in document order, each jumping to its sentence. */
  claims: SummaryItem[];
}

/** One side of the conflict as the article gives it voice: "Algeria", 3 claims, three bodies. */
export interface PartySide {
  id: string;
  name: string;
  count: number;
  items: SideItem[];
}

/** Everything the summary panel shows. */
export interface SummaryModel {
  counts: Record<Label, number>;
  total: number;
  /** Parties by source name (for the checks). */
  parties: PartyItem[];
  /** Parties grouped by side, most claims first; items within a side, most claims first. */
  sides: PartySide[];
  analysts: SummaryItem[];
  unverified: SummaryItem[];
  checks: SummaryItem[];
}

/** A sentence shortened for buttons and labels, on a word boundary, with an ellipsis. */
export function snippet(text: string, max = 90): string {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).replace(/[\s,;:]+$/, '')}…`;
}

/** Labels of a claim in the legend's order (stable rendering whatever the engine's order). */
export function orderedLabels(labels: readonly Label[]): Label[] {
  return LABEL_ORDER.filter((l) => labels.includes(l));
}

/** A display name for who a claim rests on ("Rida Lyammouri (Policy Center for the New South)"). */
export function sourceName(claim: Claim, lang: Lang): string {
  const s = claim.source;
  if (!s) return t(lang, 'source.unknown');
  // The pack's French name on French notes (`label`), the normalised name otherwise.
  const name = (lang === 'fr' && s.label) || s.name;
  if (s.person && s.person !== s.name) return `${s.person} (${name})`;
  return name || t(lang, 'source.unknown');
}

/** Counts, parties, analysts, unverified material and 2–3 checks for the summary panel. */
export function buildSummary(claims: readonly Claim[], lang: Lang): SummaryModel {
  const counts: Record<Label, number> = { unverified: 0, 'party-claim': 0, figure: 0, analyst: 0 };
  const parties = new Map<string, PartyItem>();
  const analysts = new Map<string, SummaryItem>();
  const unverified: SummaryItem[] = [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const sides = new Map<string, PartySide>();

  for (const c of claims) {
    for (const l of c.labels) if (l in counts) counts[l]++;
    const s = c.source;
    if (s?.kind === 'party' && s.name) {
      const p = parties.get(s.name);
      if (p) p.count++;
      else parties.set(s.name, { name: (lang === 'fr' && s.label) || s.name, count: 1, id: c.id });
      const placed = placeSource(s, lang);
      let side = sides.get(placed.side);
      if (!side) sides.set(placed.side, (side = { id: placed.side, name: placed.sideName, count: 0, items: [] }));
      side.count++;
      let item = side.items.find((i) => i.name === placed.item);
      if (!item) side.items.push((item = { name: placed.item, count: 0, claims: [] }));
      item.count++;
      item.claims.push({ id: c.id, text: snippet(c.text, 110) });
    }
    if (s?.kind === 'analyst' || c.labels.includes('analyst')) {
      const name = sourceName(c, lang);
      if (!analysts.has(name)) analysts.set(name, { id: c.id, text: name });
    }
    if (c.labels.includes('unverified')) unverified.push({ id: c.id, text: snippet(c.text, 110) });
  }

  const checks: SummaryItem[] = [];
  const conflict = claims.find((c) => c.conflictsWith.some((id) => byId.has(id)));
  if (conflict) {
    const other = byId.get(conflict.conflictsWith.find((id) => byId.has(id)) as string) as Claim;
    checks.push({ id: conflict.id, text: t(lang, 'check.conflict', { a: sourceName(conflict, lang), b: sourceName(other, lang) }) });
  }
  for (const c of claims) {
    const f = c.figures.find((fig) => fig.givenBy) ?? (c.source?.kind === 'party' ? c.figures[0] : undefined);
    if (f && c.labels.includes('figure')) {
      checks.push({ id: c.id, text: t(lang, 'check.figure', { figure: f.text, source: f.givenBy && f.givenBy !== c.source?.name ? f.givenBy : sourceName(c, lang) }) });
      break;
    }
  }
  if (unverified.length) {
    // Point at the caveat itself when there is one (it says what was not verified).
    const caveat = claims.find((c) => c.covers?.length && c.labels.includes('unverified'));
    checks.push({ id: caveat?.id ?? (unverified[0] as SummaryItem).id, text: t(lang, 'check.unverified') });
  }
  const firstAnalyst = claims.find((c) => c.labels.includes('analyst'));
  if (firstAnalyst) {
    checks.push({ id: firstAnalyst.id, text: t(lang, 'check.analyst', { person: firstAnalyst.source?.person ?? sourceName(firstAnalyst, lang) }) });
  }
  const sourced = claims.filter((c) => c.source?.kind === 'party').length;
  const top = [...parties.values()].sort((a, b) => b.count - a.count)[0];
  if (top && top.count >= 3 && top.count >= sourced * 0.6) {
    checks.push({ id: top.id, text: t(lang, 'check.singleSource', { source: top.name }) });
  }

  return {
    counts,
    total: claims.length,
    parties: [...parties.values()].sort((a, b) => b.count - a.count),
    // Stable sorts: ties keep the order of first mention.
    sides: [...sides.values()]
      .map((side) => ({ ...side, items: [...side.items].sort((a, b) => b.count - a.count) }))
      .sort((a, b) => b.count - a.count),
    analysts: [...analysts.values()],
    unverified,
    checks: checks.slice(0, 3),
  };
}

/** Only http(s) links are shown: anything else (javascript:, data:) from any source is dropped. */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
