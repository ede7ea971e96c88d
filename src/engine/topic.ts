/**
 * Topic gate: is this article mainly about the Sahel?
 *
 * Standalone on purpose: the always-on content script imports only this module (no lexicons,
 * no detectors) to decide whether to load the rest of the engine, so it must stay a few kB
 * and cost one regular-expression pass over the text.
 *
 * The rule follows the labeling guideline ("mainly about", not "mentions"): Sahel names must
 * appear in the title or the opening, AND across a good share of the paragraphs, AND
 * outweigh the names of other theatres (Sudan, Ukraine, Libya…). A story about Russia in
 * Africa with one Mali paragraph fails the spread test; a front page with one teaser about a
 * crash over Mali fails the opening test.
 */

/**
 * Sahel names. Strong names (weight 2) are unambiguous; weak names (weight 1) are also first
 * names, surnames, acronyms or a river ("Chad", "Gao", "Niger", "AES", "CSP") and only count
 * next to strong ones. Case-sensitive: "Chad" the country, not "chad".
 */
const STRONG =
  'Sahel|Sahéliens?|Sahélienne|Mali|Malian|Malians|Maliens?|Malienne|maliens?|malienne|Burkina(?: Faso)?|Burkinab[èe]|burkinab[èe]|' +
  'Bamako|Ouagadougou|Niamey|N[’\']?Djamena|Nouakchott|Kidal|Timbuktu|Tombouctou|Mopti|M[ée]naka|S[ée]gou|' +
  'Tillab[ée]ri|Tahoua|Agadez|Diffa|Djibo|Barsalogho|Liptako|Azawad|Tinzaouat[eè]ne?|Tessalit|Kayes|Sikasso|Koulikoro|' +
  'JNIM|GSIM|FAMa|MINUSMA|Minusma|Barkhane|Go[ïi]ta|Tiani|Bazoum|Damiba|Nigerien|Nigeriens|Nigériens?|Nigérienne|nigériens?|nigérienne|' +
  'Chadian|Tchad|tchadiens?|tchadienne|Mauritanian|Mauritanie|mauritaniens?|mauritanienne|Katiba Macina|Ansarul Islam|Koufa|' +
  'Iyad Ag Ghaly|Sahel States|[ÉE]tats du Sahel|Mauritania|Lake Chad|lac Tchad|D[ée]by|Niger(?! Delta| State)|Chad(?![ \u00a0]\\p{Lu}\\p{Ll})';
const WEAK = 'Gao|AES|CSP|FLA|VDP|Boko Haram|ISWAP|Dosso|Kaya|Gourma|Traor[ée]|Wagner|Africa Corps';
/** Other theatres and places a story "about something else" is about. */
const OTHER =
  'Sudan|Soudan|Darfur|Khartoum|Libya|Libye|Tripoli|Benghazi|Ukraine|Ukrainian|ukrainiens?|Kyiv|Kiev|Kharkiv|Gaza|Israel|Isra[ëe]l|' +
  'Syria|Syrie|Yemen|Y[ée]men|Somalia|Somalie|Ethiopia|[ÉE]thiopie|Congo|Kinshasa|Goma|Central African Republic|Centrafrique|Bangui|' +
  'Mozambique|Afghanistan|Iraq|Irak|Lebanon|Liban|Haiti|Ha[ïi]ti|Myanmar|Equatorial Guinea|Port Sudan|Moscow|Moscou|Kremlin';

const TERM = new RegExp(`(?<![\\p{L}\\p{N}])(?:(${STRONG})|(${WEAK})|(${OTHER}))(?![\\p{L}\\p{N}])`, 'gu');

export interface TopicResult {
  aboutSahel: boolean;
  /** 0..1: how strongly the article reads as a Sahel story. */
  score: number;
  /** Short reasons in English (for the popup and the CLI). */
  reasons: string[];
}

export interface TopicInput {
  title?: string;
  text: string;
  /** Paragraph blocks, if known; default: split on blank lines. */
  blocks?: { start: number; end: number }[];
}

/** Paragraph ranges: the given blocks, or runs separated by blank lines (capped). */
function paragraphs(input: TopicInput): { start: number; end: number }[] {
  if (input.blocks && input.blocks.length) return input.blocks;
  const out: { start: number; end: number }[] = [];
  const re = /\n\s*\n/g;
  let s = 0;
  for (let m = re.exec(input.text); m; m = re.exec(input.text)) {
    out.push({ start: s, end: m.index });
    s = m.index + m[0].length;
  }
  out.push({ start: s, end: input.text.length });
  return out;
}

/**
 * Scores the article. Linear in the text length: one regex pass, then a merge with the
 * paragraph list. Never throws.
 */
export function topicGate(input: TopicInput): TopicResult {
  const text = typeof input.text === 'string' ? input.text : '';
  const title = typeof input.title === 'string' ? input.title : '';
  const paras = paragraphs({ ...input, text }).filter((p) => p.end - p.start > 40 || /[.!?]/.test(text.slice(p.start, p.end)));
  let strong = 0;
  let weak = 0;
  let other = 0;
  const names = new Map<string, number>();
  const hitPara = new Set<number>();
  let pi = 0;
  TERM.lastIndex = 0;
  for (let m = TERM.exec(text); m; m = TERM.exec(text)) {
    if (m[3]) {
      other++;
      continue;
    }
    if (m[1]) strong++;
    else weak++;
    names.set(m[0], (names.get(m[0]) ?? 0) + 1);
    if (m[1]) {
      while (pi < paras.length && (paras[pi] as { end: number }).end < m.index) pi++;
      if (pi < paras.length && (paras[pi] as { start: number }).start <= m.index) hitPara.add(pi);
    }
  }
  TERM.lastIndex = 0;
  let titleHit = false;
  for (let m = TERM.exec(title); m; m = TERM.exec(title)) if (m[1] || m[2]) titleHit = true;
  TERM.lastIndex = 0;
  // The opening: the first two paragraphs with text.
  const leadHit = hitPara.has(0) || hitPara.has(1);
  const n = Math.max(1, paras.length);
  const spread = hitPara.size / n;
  const sahel = strong + (strong > 0 ? weak * 0.5 : 0);
  const share = sahel / Math.max(1, sahel + other);
  const reasons: string[] = [];
  const top = [...names.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k}×${v}`);
  if (top.length) reasons.push(`Sahel names: ${top.join(', ')}`);
  reasons.push(`in ${hitPara.size} of ${n} paragraphs`);
  if (titleHit) reasons.push('named in the title');
  if (leadHit) reasons.push('named in the opening');
  if (other) reasons.push(`other places named ${other} times`);
  const aboutSahel = strong >= 3 && (titleHit || leadHit) && spread >= 0.3 && share >= 0.6;
  // A smooth score for the popup: mean of the three tests, each capped at 1.
  const score = Math.round(
    ((Math.min(1, strong / 6) + Math.min(1, spread / 0.5) + Math.min(1, share / 0.8)) / 3) *
      (titleHit || leadHit ? 1 : 0.5) * 100,
  ) / 100;
  if (!aboutSahel) reasons.push(strong < 3 ? 'too few Sahel names' : spread < 0.3 ? 'Sahel names confined to a few paragraphs' : share < 0.6 ? 'mainly about another place' : 'not named in the title or opening');
  return { aboutSahel, score, reasons };
}
