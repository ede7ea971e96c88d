/**
 * Disclaimers: sentences where the article says something could not be verified.
 *
 * Three kinds (GUIDELINE.md, "A disclaimer's reach"):
 * - `backref`: the disclaimer points back at material with a demonstrative or a definite
 *   subject ("These videos…", "The footage could not…", « Ces bilans… », "the videos described
 *   above"): it covers the sentences presenting that material (see discourse.ts for the reach);
 * - `inline`: the cue is about the sentence itself ("a claim that could not be confirmed",
 *   « une information impossible à vérifier »): the sentence alone;
 * - `access`: a general statement that verification is impossible ("access to the area is
 *   restricted"): the sentence alone.
 * Also here: whether a sentence describes footage (the material a visual disclaimer covers).
 */
import type { Compiled } from '../lexicon/index.ts';

export type Material = 'visual' | 'accounts' | 'figures';

export interface Disclaimer {
  kind: 'backref' | 'inline' | 'access';
  material?: Material;
  /** The cue words. */
  cue: string;
}

/** Detects a disclaimer in one normalised sentence. */
export function findDisclaimer(norm: string, text: string, c: Compiled): Disclaimer | undefined {
  const v = c.verification.exec(norm);
  const a = v ? null : c.access.exec(norm);
  if (!v && !a) return undefined;
  const hit = (v ?? a) as RegExpExecArray;
  const cue = text.slice(hit.index, hit.index + hit[0].length);
  if (v) {
    const material = backReference(norm, c);
    if (material) return { kind: 'backref', material, cue };
    return { kind: 'inline', cue };
  }
  return { kind: 'access', cue };
}

function materialOf(noun: string, c: Compiled): Material {
  if (c.materialFigures.test(noun)) return 'figures';
  if (c.materialAccounts.test(noun)) return 'accounts';
  return 'visual';
}

/**
 * The material a disclaimer points back to, if it points back: a demonstrative anywhere
 * ("where or when these videos were filmed"), a definite subject opening the sentence ("The
 * images have not been authenticated"), or "described above". A definite noun later in the
 * sentence ("…, but the date of the images could not be confirmed") refers to material in
 * the same sentence: no reach back.
 */
function backReference(norm: string, c: Compiled): Material | undefined {
  const d = c.demonstrativeMaterial.exec(norm);
  if (d && d[1]) return materialOf(d[1], c);
  const s = c.definiteMaterialStart.exec(norm);
  if (s && s[1]) return materialOf(s[1], c);
  c.describedAbove.lastIndex = 0;
  if (c.describedAbove.test(norm)) return 'visual';
  return undefined;
}

/** True when the sentence describes what footage shows ("Videos … showed", "In one, …"). */
export function describesFootage(norm: string, c: Compiled): boolean {
  c.visualVerb.lastIndex = 0;
  return c.visualVerb.test(norm) || c.visualContinuationStart.test(norm);
}
