/**
 * Figures: numbers about the conflict, in digits or words ("96", "three", "dozens",
 * « une vingtaine », « par dizaines », "roughly 2,000"), with what they count.
 *
 * A number is a figure when the noun it counts is conflict vocabulary:
 * - fighters, troops, civilians, bodies, attacks… count whatever the verb;
 * - people, men, « personnes »… count only with a casualty predicate in the sentence
 *   (killed, abducted, displaced; "capable of killing" does not count);
 * - vehicles, weapons count only when seized, destroyed, burned, launched or shot down;
 * - villages, bases count only when attacked.
 * Dates, years, ages, durations, distances, percentages and money never count: a unit noun
 * right after the number ("days", "km", "%") or a month next to it rules it out. A bare
 * number counts when it gives a toll ("put the number of dead at around 100").
 */
import type { Compiled } from '../lexicon/index.ts';
import type { Features } from './mentions.ts';
import type { Figure } from '../types.ts';

const WORD_VALUES: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80,
  ninety: 90, hundred: 100, thousand: 1000,
  deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11,
  douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30, quarante: 40,
  cinquante: 50, soixante: 60, cent: 100, cents: 100, mille: 1000, un: 1, une: 1, et: 0,
};
const QUANTITY_VALUES: [RegExp, number][] = [
  [/dizaines? de milliers|tens of thousands/, 10000],
  [/centaines? de milliers|hundreds of thousands/, 100000],
  [/millions/, 1000000],
  [/milliers|thousands|millier|thousand/, 1000],
  [/centaines|hundreds|centaine|hundred/, 100],
  [/soixantaine/, 60],
  [/cinquantaine/, 50],
  [/quarantaine/, 40],
  [/trentaine/, 30],
  [/vingtaine/, 20],
  [/quinzaine/, 15],
  [/douzaine|dozens?|dizaines?|scores/, 12],
];

function wordValue(w: string): number | undefined {
  const parts = w.split(/[-\s]+/);
  let total = 0;
  let any = false;
  for (const p of parts) {
    const v = WORD_VALUES[p];
    if (v === undefined) continue;
    any = true;
    if (v === 100 || v === 1000) total = (total || 1) * v;
    else total += v;
  }
  return any ? total : undefined;
}

function digitValue(s: string): number | undefined {
  // "2,400" and "4 444" group thousands; "9,5" and "2.6" are decimals.
  const t = s.replace(/[\u00a0\u202f ]/g, '');
  let v: number;
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(t)) v = Number(t.replace(/[.,]/g, ''));
  else v = Number(t.replace(',', '.'));
  return Number.isFinite(v) ? v : undefined;
}

export interface FigureCandidate extends Figure {
  /** What sort of thing is counted. */
  kind: 'people' | 'combatants' | 'equipment' | 'attacks' | 'toll';
}

/**
 * Figures of one sentence (offsets relative to the sentence). `norm` is the normalised
 * sentence. Never throws.
 */
export function findFigures(text: string, norm: string, c: Compiled, feats: Features): FigureCandidate[] {
  const out: FigureCandidate[] = [];
  if (!/\d|[a-zé]{3}/.test(norm)) return out;
  const casualty = feats.spans.casualty.length > 0 && !hypotheticalOnly(norm, c, feats);
  const equipmentPred = feats.spans.equip.length > 0;
  const attackPred = feats.spans.attack.length > 0;
  const re = c.number;
  re.lastIndex = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    const start = m.index;
    // Word start only: not inside "G5", "M23", "2.6" or "4,444".
    const prev = norm[start - 1];
    if (prev !== undefined && (/[\p{L}\p{N}]/u.test(prev) || ((prev === '.' || prev === ',') && /\d/.test(norm[start - 2] ?? '')))) continue;
    const end = start + m[0].length;
    const digits = m[1];
    const quantity = m[2];
    const words = m[3];
    const before = norm.slice(Math.max(0, start - 30), start);
    const after = norm.slice(end, end + 80);
    // Years: four digits 1900–2099 with no counted noun right after.
    if (digits && /^(?:19|20)\d\d$/.test(digits) && !/^\s+(?:people|personnes|soldiers|soldats|troops|fighters|civil)/.test(after)) continue;
    // "a 2,000-strong force": troops.
    const strong = /^-(?:strong|fort)\b/.test(after);
    if (!strong && c.unitStart.test(after)) continue; // "two days", "40 km", "35 percent", "31-year-old"
    if (c.monthStart.test(after.replace(/^\s+/, '')) || c.monthEnd.test(before)) continue; // dates
    if (/[$€£]\s*$/.test(before) || /^\s*(?:h|:)\d/.test(after) || /\d[:h]\s*$/.test(before)) continue; // money, times
    if (/(?:aged|âgée?s? de|age of|page|no\.|n°|numéro|number)\s*$/.test(before)) continue;
    let kind: FigureCandidate['kind'] | undefined = strong ? 'combatants' : undefined;
    let countsEnd = end;
    // The counted noun: right after the number, or after "of"/« de », quotes and up to three
    // qualifiers ("96 Boko Haram fighters", "15 of its own soldiers", « une trentaine » de personnes).
    const lead = /^[\s"]*/.exec(after)?.[0].length ?? 0;
    let pos = lead;
    for (let step = 0; step <= 3 && !kind; step++) {
      // « une trentaine d'assaillants »: elision right after the number only; later, "d'"
      // starts a complement (« fusils d'assaut »).
      const here = step === 0 ? after.slice(pos).replace(/^(?:d'|l')/, '') : after.slice(pos);
      const elided = after.length - pos - here.length;
      const found = countedKind(here, c, { casualty, equipmentPred, attackPred, before });
      if (found) {
        kind = found.kind;
        countsEnd = end + pos + elided + found.len;
        break;
      }
      const part = c.partitiveStart.exec(here);
      if (part && casualty) {
        kind = 'people';
        countsEnd = end + pos + elided + part[0].length;
        break;
      }
      // A counted noun without its predicate ends the search ("20 rifles" not seized).
      if (c.countedPeople.test(here) || c.countedEquipment.test(here) || c.countedPlaces.test(here)) break;
      // Step over one word, unless it ends the phrase (punctuation, a preposition).
      const w = /^(\S+)\s+/u.exec(after.slice(pos));
      if (!w) break;
      const word = (w[1] ?? '').replace(/^"+|"+$/g, '');
      if (/[,;:.!?)]$/.test(word) || c.gapStop.test(word) || /^[—–-]$/.test(word)) break;
      pos += w[0].length;
      while (after[pos] === '"' || after[pos] === ' ') pos++;
    }
    if (!kind) {
      // A bare number that gives a toll: "put the number of dead at around 100", « le bilan à 40 ».
      const clause = norm.slice(Math.max(0, start - 90), start);
      if (c.tollContext.test(clause) || c.tollContext.test(norm.slice(end, end + 30))) kind = 'toll';
      c.tollContext.lastIndex = 0;
      // « par dizaines » after a people noun: "Les assaillants, arrivés à moto par dizaines".
      if (!kind && quantity && /^(?:par|by|in their)/.test(quantity) && (casualty || /(?<![\p{L}])(?:assaillants|combattants|hommes|fighters|attackers|soldats|soldiers)(?![\p{L}])/u.test(norm))) kind = 'combatants';
    }
    if (!kind && casualty) {
      // "more than 100 died", « 12 ont été tués »: the number is the subject of the casualty.
      const pred = /^\s+(?:(?:were|have been|had been|are|was|has been|had|have|has|ont été|sont|avaient été|a été|auraient été|ont)\s+)?(\p{L}+)/u.exec(after);
      const at = end + (pred ? pred.index + pred[0].length - (pred[1] ?? '').length : 0);
      // Not "87 were shot down" (drones): a predicate of equipment too says nothing of people.
      if (pred && feats.spans.casualty.some((x) => x.start === at) && !feats.spans.equip.some((x) => x.start === at)) kind = 'people';
      // "attacks that have displaced millions", "killed dozens": a round quantity as object.
      if (!kind && quantity && /^\s*(?:[.,;:)]|$)/.test(after) && feats.spans.casualty.some((x) => x.end <= start && start - x.end <= 12)) kind = 'people';
      // « ont violé plusieurs femmes, dont deux… », "seized several men, of whom three…": some of those just counted.
      if (!kind && c.partitiveEnd.test(before) && BARE_AFTER.test(after)) kind = 'people';
    }
    if (!kind) continue;
    // Extend to a hedge before the number: "roughly 2,000", « au moins 27 ».
    const approx = c.approxEnd.exec(before);
    const figStart = approx ? start - (before.length - approx.index) + (/^\s/.test(approx[0]) ? approx[0].length - approx[0].trimStart().length : 0) : start;
    const fig: FigureCandidate = {
      text: text.slice(figStart, end),
      start: figStart,
      end,
      approximate: !!approx || !!quantity,
      kind,
    };
    const value = digits ? digitValue(digits) : words ? wordValue(words) : quantityValue(quantity ?? '');
    if (value !== undefined) {
      const mult = /million|milliard|billion/.test(m[0]) ? (/milliard|billion/.test(m[0]) ? 1e9 : 1e6) : /thousand|mille/.test(m[0]) && digits ? 1000 : 1;
      fig.value = value * mult;
    }
    if (countsEnd > end) fig.counts = text.slice(end, countsEnd).replace(/^[\s"“”«»]+|[\s"“”«»]+$/g, '').replace(/^(?:of|de|d'|d’)\s+/i, '');
    out.push(fig);
  }
  re.lastIndex = 0;
  return out;
}

/** No counted noun right after a number: punctuation, or a word that is no noun of its own. */
const BARE_AFTER = /^\s*(?:[.,;:)"\u2013\u2014]|$|(?:sous|under|before|in|dans|à|au|avant|après|after|were|ont|sont|had|have)(?![\p{L}]))/u;

function quantityValue(q: string): number | undefined {
  for (const [re, v] of QUANTITY_VALUES) if (re.test(q)) return v;
  return undefined;
}

/** True when every casualty predicate in the sentence is hypothetical ("capable of killing"). */
function hypotheticalOnly(norm: string, c: Compiled, feats: Features): boolean {
  let any = false;
  for (const m of feats.spans.casualty) {
    if (!c.hypothetical.test(norm.slice(Math.max(0, m.start - 30), m.start))) return false;
    any = true;
  }
  return any;
}

/** The kind of the counted noun at the start of `s`, if it is one. */
/** A force being sized: "a force of 5,000 men", « un contingent de 800 hommes ». */
const FORCE_BEFORE = /(?<![\p{L}])(?:force|forces|contingent|unit|battalion|brigade|troops|deployment|deployed|unité|bataillon|brigade|déploiement|déployé\p{L}*|effectifs?)\s+(?:\p{L}+\s+){0,3}?(?:of|de|d')\s*(?:\p{L}+\s+)?$/u;

function countedKind(
  s: string,
  c: Compiled,
  p: { casualty: boolean; equipmentPred: boolean; attackPred: boolean; before: string },
): { kind: FigureCandidate['kind']; len: number } | undefined {
  let m = c.countedAlways.exec(s);
  if (m) {
    const w = m[0].trim();
    const attack = /^(?:attacks?|strikes|raids?|ambushes|assaults?|bombings?|attaques?|frappes?|embuscades?|assauts?|attentats?)$/.test(w);
    return { kind: attack ? 'attacks' : /soldiers?|troops|fighters?|soldats?|combattants?|militaires|militants?|mercenar|contractors?|personnel|gendarmes?|guards?|gardes|miliciens?|militiamen|recru/.test(w) ? 'combatants' : 'people', len: m[0].length };
  }
  m = c.countedPeople.exec(s);
  if (m && p.casualty) return { kind: 'people', len: m[0].length };
  // Tested last and only here: most numbers never get this far.
  if (m && /^\s*(?:men|hommes)/.test(s) && FORCE_BEFORE.test(p.before)) return { kind: 'combatants', len: m[0].length };
  m = c.countedEquipment.exec(s);
  // Vehicles seized or destroyed, or attacked ("attacked more than 80 tanker trucks").
  if (m && (p.equipmentPred || p.attackPred)) return { kind: 'equipment', len: m[0].length };
  m = c.countedPlaces.exec(s);
  if (m && p.attackPred) return { kind: 'attacks', len: m[0].length };
  return undefined;
}
