/**
 * Topic gate: is this article mainly about the Sahel?
 *
 * Standalone on purpose: the always-on content script imports only this module (no lexicons,
 * no detectors) to decide whether to load the rest of the engine, so it must stay a few kB
 * and cost one regular-expression pass over the text.
 *
 * The rule follows the labeling guideline ("mainly about", not "mentions"): Sahel names must
 * appear in the title or the opening, AND across a good share of the paragraphs, AND
 * outweigh the names of other theatres (Sudan, Ukraine, Libya…), in an English or French
 * text. Only prose paragraphs count (a page's menus come first). A story about Russia in
 * Africa with one Mali paragraph fails the spread test; a front page with one teaser about a
 * crash over Mali fails the opening test. A short security report passes on less: a Sahel
 * name in the title, another in the text, and the vocabulary of an attack across the story —
 * many reports from Burkina Faso, Niger or Chad name the country twice, then only villages.
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
  'Iyad Ag Ghaly|Sahel States|Mauritania|Lake Chad|lac Tchad|D[ée]by|Niger(?! Delta| State)|Chad(?![ \u00a0]\\p{Lu}\\p{Ll})|Chadians|' +
  // Towns, regions and provinces beyond the capitals: reports from Burkina Faso, Niger and Chad
  // often name only these.
  'Ouahigouya|Yatenga|Koudougou|Bobo-Dioulasso|Banfora|D[ée]dougou|Tenkodogo|Fada N[’\']?Gourma|Gorom-Gorom|Arbinda|Diapaga|' +
  'Solenzo|Kongoussi|Titao|Sebba|Bourzanga|Koup[ée]la|Loroum|Oudalan|Tapoa|Kompienga|Mouhoun|Gnagna|Seytenga|Tougan|Nouna|' +
  'Zinder|Maradi|Arlit|Ouallam|T[ée]ra|Torodi|Makalondi|Banibangou|Inat[eè]s|Chin[ée]godar|Assamaka|Filingu[ée]|Ayorou|' +
  'Tillia|Tchintabaraden|Ab[ée]ch[ée]|Moundou|Faya-Largeau|Tibesti|Ennedi|Ouadda[ïi]|Kanem|Baga Sola|Bohoma|Adr[ée]|' +
  'Nouadhibou|Bassikounou|Mbera|N[ée]ma|Hodh|Zou[ée]rat|Ansongo|Bourem|Douentza|Bandiagara|Bankass|Hombori|Niono|Diafarab[ée]|' +
  'Macina|S[ée]var[ée]|Diabaly|Boulkessi|Mondoro|Nioro|Aguel[’\']?hok|An[ée]fis|Ogossagou';
const WEAK = 'Gao|AES|CSP|FLA|VDP|Boko Haram|ISWAP|Dosso|Kaya|Gourma|Traor[ée]|Wagner|Africa Corps';
/** Other theatres and places a story "about something else" is about. */
const OTHER =
  'Sudan|Soudan|Darfur|Khartoum|Libya|Libye|Tripoli|Benghazi|Ukraine|Ukrainian|ukrainiens?|Kyiv|Kiev|Kharkiv|Gaza|Israel|Isra[ëe]l|' +
  'Syria|Syrie|Yemen|Y[ée]men|Somalia|Somalie|Ethiopia|Ethiopie|Congo|Kinshasa|Goma|Central African Republic|Centrafrique|Bangui|' +
  'Mozambique|Afghanistan|Iraq|Irak|Lebanon|Liban|Haiti|Ha[ïi]ti|Myanmar|Equatorial Guinea|Port Sudan|Moscow|Moscou|Kremlin|' +
  'Cabo Delgado|Mogadishu|Mogadiscio|Shabaab|Shebab|Rakhine|Cameroon|Cameroun|Cameroonian|camerounaise?s?|Nigeria|Nig[ée]ria|Borno|Maiduguri';

/**
 * The vocabulary of armed conflict, English and French (lower case: headlines' capitals aside,
 * these are running-text words). Alone it says nothing about where; with a Sahel country in the
 * title or the opening it makes a short security story about that country (see `topicGate`).
 */
const CONFLICT =
  'attacks?|attacked|attackers|ambush(?:ed)?|killed|killings?|dead|deaths|wounded|displaced|soldiers|troops|army|military|' +
  'militants|jihadists?|insurgents?|gunmen|terrorists?|fighters|massacre|junta|armed (?:men|groups?)|security forces|' +
  'attaques?|attaqu[ée]e?s?|assaillants|embuscade|tu[ée]e?s|morts|bless[ée]s|d[ée]plac[ée]s|soldats|arm[ée]e|militaires|' +
  'd?jihadistes?|terroristes?|insurg[ée]s|hommes armés|groupes? armés?|junte|exécutions|exactions|forces de (?:défense|sécurité)';

// A leading `\b` (ASCII word boundary) lets V8 skip mid-word positions fast; a lookbehind
// instead makes it test every position (5× slower). `\b` is wrong next to accented letters
// ("éMali"), so the word start is checked again on each match. Names starting with "É" are
// not listed for that reason ("États du Sahel" is found through "Sahel").
// Built on first use: the always-on content script carries this module but, on most pages,
// never calls the gate, and parsing a long Unicode pattern is not free.
let term: RegExp | undefined;
const TERM = (): RegExp => (term ??= new RegExp(`\\b(?:(${STRONG})|(${WEAK})|(${OTHER}))(?![\\p{L}\\p{N}])`, 'gu'));
let conflictTerm: RegExp | undefined;
const CONFLICT_TERM = (): RegExp => (conflictTerm ??= new RegExp(`\\b(?:${CONFLICT})(?![\\p{L}\\p{N}])`, 'gu'));
const LETTER = /[\p{L}\p{N}]/u;

/**
 * Any strong Sahel name, anywhere, word boundaries ignored: a cheap first look at a few parts of
 * a page (content/first-look.ts). It matches wherever TERM() finds a strong name and more, so a page
 * it finds nothing in can never pass the gate below on the same text.
 */
let anywhere: RegExp | undefined;
export const sahelNameAnywhere = (): RegExp => (anywhere ??= new RegExp(STRONG, 'u'));

function wordStart(text: string, i: number): boolean {
  if (i === 0) return true;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return !LETTER.test(text[i - 1] as string);
}

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

/**
 * The gate reads at most this many characters: an article mainly about the Sahel says so
 * early, and the cap keeps the cost constant on huge pages (< 1 ms whatever the size).
 */
export const TOPIC_SCAN_LIMIT = 40_000;

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
 * Frequent English and French words that other languages rarely use. The engine reads English
 * and French only: a page in another language is never annotated, whatever it names (a German
 * ministry release on hunger in the Sahel, a Spanish front page).
 */
const EN_FR = /\b(?:the|and|of|to|was|were|said|with|that|from|has|have|le|la|les|et|est|une|selon|dans|pour|qui|que|sont|aux|du|ont|été)\b/gi;

function enFrShare(text: string): number {
  const sample = text.length > 4000 ? text.slice(0, 4000) : text;
  let hits = 0;
  EN_FR.lastIndex = 0;
  while (EN_FR.exec(sample)) hits++;
  EN_FR.lastIndex = 0;
  let words = 0;
  for (let i = 1; i < sample.length; i++) if (sample.charCodeAt(i) === 32 && sample.charCodeAt(i - 1) !== 32) words++;
  return hits / Math.max(1, words);
}

/** A paragraph of running text: long enough, with a sentence end. */
function isProse(text: string, s: number, e: number): boolean {
  if (e - s < 60) return false;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63) return true; // . ! ?
  }
  return false;
}

/** The vocabulary of an attack: three words or more, in paragraphs that with the Sahel ones make 40 %. */
function securityReport(text: string, paras: { start: number; end: number }[], hitPara: Set<number>): boolean {
  const re = CONFLICT_TERM();
  const topical = new Set(hitPara);
  let words = 0;
  let pi = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordStart(text, m.index)) continue;
    words++;
    while (pi < paras.length && (paras[pi] as { end: number }).end < m.index) pi++;
    if (pi < paras.length && (paras[pi] as { start: number }).start <= m.index) topical.add(pi);
  }
  re.lastIndex = 0;
  return words >= 3 && topical.size / Math.max(1, paras.length) >= 0.4;
}

/**
 * Scores the article. Linear in the text length: one regex pass, then a merge with the
 * paragraph list. Never throws.
 */
export function topicGate(input: TopicInput): TopicResult {
  const full = typeof input.text === 'string' ? input.text : '';
  const text = full.length > TOPIC_SCAN_LIMIT ? full.slice(0, TOPIC_SCAN_LIMIT) : full;
  const title = typeof input.title === 'string' ? input.title : '';
  // Prose paragraphs only: on a whole page, menus, bylines and link lists come first and
  // would hide the article's opening and dilute the spread.
  const paras = paragraphs({ ...input, text }).filter((p) => p.start < text.length && isProse(text, p.start, Math.min(p.end, text.length)));
  let strong = 0;
  let weak = 0;
  let other = 0;
  const names = new Map<string, number>();
  const hitPara = new Set<number>();
  let pi = 0;
  const re = TERM();
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!wordStart(text, m.index)) continue;
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
  re.lastIndex = 0;
  let titleHit = false;
  let titleStrong = false;
  for (let m = re.exec(title); m; m = re.exec(title)) {
    if (!wordStart(title, m.index)) continue;
    if (m[1] || m[2]) titleHit = true;
    if (m[1]) titleStrong = true;
  }
  re.lastIndex = 0;
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
  const enFr = strong >= 1 ? enFrShare(text) >= 0.05 : true;
  if (!enFr) reasons.push('not in English or French');
  // A short security story: a Sahel name in the title, one in the text, and the vocabulary of
  // an attack in a good share of the paragraphs (no other theatre dominating, see `share`).
  const usual = strong >= 3 && (titleHit || leadHit) && spread >= 0.3;
  // Read only when it can decide: a second pass, on the few pages that need it.
  const security = !usual && titleStrong && strong >= 1 && share >= 0.6 && enFr && securityReport(text, paras, hitPara);
  const aboutSahel = (usual || security) && share >= 0.6 && enFr;
  // A smooth score for the popup: mean of the three tests, each capped at 1.
  const smooth = Math.round(
    ((Math.min(1, strong / 6) + Math.min(1, spread / 0.5) + Math.min(1, share / 0.8)) / 3) *
      (titleHit || leadHit ? 1 : 0.5) * (enFr ? 1 : 0.2) * 100,
  ) / 100;
  const score = aboutSahel && security ? Math.max(smooth, 0.6) : smooth;
  if (security && aboutSahel) reasons.push('a security report on a Sahel country');
  if (!aboutSahel && enFr) reasons.push(strong < 3 ? 'too few Sahel names' : spread < 0.3 ? 'Sahel names confined to a few paragraphs' : share < 0.6 ? 'mainly about another place' : 'not named in the title or opening');
  return { aboutSahel, score, reasons };
}
