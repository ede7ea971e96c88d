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
import type { Features } from './mentions.ts';

export type Material = 'visual' | 'accounts' | 'figures';

export interface Disclaimer {
  kind: 'backref' | 'inline' | 'access';
  material?: Material;
  /** "the toll", « ce bilan »: one item, the nearest; "these figures": all in reach. */
  singular?: boolean;
  /** The cue words. */
  cue: string;
}

/** Detects a disclaimer in one normalised sentence. */
/** Cheap test before the full patterns: every disclaimer has one of these stems. */
const STEMS = /verif|vérif|confirm|authent|corrobor|établi|establish|determine|geoloc|géoloc|recoup|acc[eè]s|barred|banned|inaccessib|restrict|off-limits|impossible|autoris|empêch|informat|communicat|interdi|banni|suspend|expel|expuls|examin|lack|manque|absence/;

export function findDisclaimer(norm: string, text: string, c: Compiled): Disclaimer | undefined {
  if (!STEMS.test(norm)) return undefined;
  const v = c.verification.exec(norm);
  const a = v ? null : c.access.exec(norm);
  if (!v && !a) return undefined;
  const hit = (v ?? a) as RegExpExecArray;
  const cue = text.slice(hit.index, hit.index + hit[0].length);
  if (v) {
    const ref = backReference(norm, v.index, c);
    if (ref) return ref.singular ? { kind: 'backref', material: ref.material, singular: true, cue } : { kind: 'backref', material: ref.material, cue };
    // "… inaccessible to journalists, which makes any verification impossible": a general
    // statement about access, not a cue about this sentence's own content.
    if (c.access.test(norm)) return { kind: 'access', cue };
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
 * The material a disclaimer points back to, if it points back: a demonstrative ("where or
 * when these videos were filmed", « Ces bilans… »), "described above", or a definite noun
 * ("The images have not been authenticated", "AFP could not verify the footage", "Their
 * accounts…") — unless the sentence presents that material itself before the cue ("Satellite
 * images … appeared to show …, but the date of the images could not be confirmed").
 */
function backReference(norm: string, cueAt: number, c: Compiled): { material: Material; singular: boolean } | undefined {
  const ref = (noun: string) => ({ material: materialOf(noun, c), singular: !/s$|footage|imagery/.test(noun) });
  const d = c.demonstrativeMaterial.exec(norm);
  if (d && d[1]) return ref(d[1]);
  c.describedAbove.lastIndex = 0;
  if (c.describedAbove.test(norm)) return { material: 'visual', singular: false };
  const s = c.definiteMaterial.exec(norm);
  if (s && s[1]) {
    const nounAt = s.index + s[0].length - s[1].length;
    const before = norm.slice(0, Math.min(nounAt, cueAt));
    if (!c.anyMaterial.test(before)) return ref(s[1]);
  }
  return undefined;
}

/** True when the sentence describes what footage shows ("Videos … showed", "In one, …"). */
export function describesFootage(norm: string, feats: Features, c: Compiled): boolean {
  return feats.spans.visual.length > 0 || c.visualContinuationStart.test(norm);
}
