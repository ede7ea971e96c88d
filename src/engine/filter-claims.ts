import type { Claim, Label } from './types';

/**
 * Claims with only the labels the reader wants; claims left with none are dropped. The one rule
 * for every place notes are shown (the content script, the welcome page's live example).
 */
export function filterClaims(claims: readonly Claim[], wanted: Record<Label, boolean>): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    const labels = c.labels.filter((l) => wanted[l] !== false);
    if (labels.length) out.push(labels.length === c.labels.length ? c : { ...c, labels });
  }
  return out;
}
