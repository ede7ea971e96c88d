/**
 * Compiles a language's lexicon into the regular expressions the detectors use, once per
 * language (cached). All expressions are alternations of literal phrases with at most
 * bounded gaps, so matching is linear in the text length.
 */
import type { Lang } from '../types.ts';
import { EN } from './en.ts';
import { FR } from './fr.ts';
import type { Fragments, Lexicon, NamedActor, PartyHead } from './types.ts';
import { alternation, endRegex, startRegex, wordRegex } from '../text.ts';

export type { Lexicon, NamedActor, PartyHead } from './types.ts';

/** What an actor mention is. */
export type MentionKind =
  | { t: 'party-head'; head: PartyHead }
  | { t: 'party'; actor: NamedActor }
  | { t: 'analyst'; actor: NamedActor }
  | { t: 'analyst-word' }
  | { t: 'expert' }
  | { t: 'other' }
  | { t: 'role' }
  | { t: 'relay' }
  | { t: 'relay-link' }
  | { t: 'capital'; code: string }
  | { t: 'leader'; code: string }
  | { t: 'country'; code: string }
  | { t: 'pronoun' }
  | { t: 'document' }
  | { t: 'same' }
  | { t: 'org-anaphor' };

export interface Compiled {
  lex: Lexicon;
  /** One pass finds every actor mention; group i+1 ↔ kinds[i]. */
  mentionRe: RegExp;
  kinds: MentionKind[];
  cueVerb: RegExp;
  weakVerb: RegExp;
  weakClause: RegExp;
  tollVerb: RegExp;
  tollNoun: RegExp;
  publishVerb: RegExp;
  publishObject: RegExp;
  passive: RegExp;
  according: RegExp;
  forFrame: RegExp;
  negation: RegExp;
  determinerEnd: RegExp;
  clauseWord: RegExp;
  adjunctStart: RegExp;
  auxiliaryEnd: RegExp;
  invertedPronoun: RegExp;
  filler: RegExp;
  civilModifierEnd: RegExp;
  findingsStart: RegExp;
  // figures
  number: RegExp;
  unitStart: RegExp;
  countedAlways: RegExp;
  countedPeople: RegExp;
  countedEquipment: RegExp;
  countedPlaces: RegExp;
  casualty: RegExp;
  equipmentPred: RegExp;
  attackPred: RegExp;
  hypothetical: RegExp;
  partitiveStart: RegExp;
  tollContext: RegExp;
  monthStart: RegExp;
  monthEnd: RegExp;
  approxEnd: RegExp;
  gapStop: RegExp;
  // disclaimers
  verification: RegExp;
  access: RegExp;
  demonstrativeMaterial: RegExp;
  definiteMaterialStart: RegExp;
  describedAbove: RegExp;
  materialVisual: RegExp;
  materialAccounts: RegExp;
  materialFigures: RegExp;
  visualVerb: RegExp;
  visualContinuationStart: RegExp;
}

function group(fr: Fragments): string {
  return `(?:${alternation(fr)})`;
}

function compile(lex: Lexicon): Compiled {
  // The mention alternation: every fragment of every actor list, longest first, each in its
  // own capturing group so that the kind of the match is known without a second search.
  const entries: { frag: string; kind: MentionKind }[] = [];
  const add = (frs: Fragments, kind: MentionKind) => {
    for (const f of frs) entries.push({ frag: f, kind });
  };
  for (const p of lex.partyPatterns) add(p.re, { t: 'party-head', head: p.head });
  for (const a of lex.parties) add(a.re, { t: 'party', actor: a });
  for (const a of lex.analystOrgs) add(a.re, { t: 'analyst', actor: a });
  add(lex.analystOrgWords, { t: 'analyst-word' });
  add(lex.expertTitles, { t: 'expert' });
  add(lex.others, { t: 'other' });
  add(lex.roles, { t: 'role' });
  add(lex.relayNouns, { t: 'relay' });
  add(lex.relayLinks, { t: 'relay-link' });
  for (const c of lex.capitals) add(c.re, { t: 'capital', code: c.code });
  for (const c of lex.leaders) add(c.re, { t: 'leader', code: c.code });
  for (const c of lex.countries) add(c.re, { t: 'country', code: c.code });
  add(lex.pronouns, { t: 'pronoun' });
  add(lex.documentNouns, { t: 'document' });
  add(lex.sameSource, { t: 'same' });
  add(lex.orgAnaphors, { t: 'org-anaphor' });
  // Longest fragment first; on equal length the earlier list wins (parties before others).
  const order = entries.map((e, i) => ({ ...e, i })).sort((a, b) => b.frag.length - a.frag.length || a.i - b.i);
  const seen = new Set<string>();
  const uniq = order.filter((e) => (seen.has(e.frag) ? false : (seen.add(e.frag), true)));
  const mentionRe = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${uniq.map((e) => `(${e.frag})`).join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const kinds = uniq.map((e) => e.kind);

  const numberWords = group(lex.numberWords);
  const quantity = group(lex.quantityWords);
  const mult = group(lex.multipliers);
  // Digits with separators ("2,400", "9,5", "4 444" with a narrow no-break space, "2.6"),
  // an optional multiplier ("2.6 million"), or number words, or round quantities.
  const number = new RegExp(
    `(?<![\\p{L}\\p{N}.,])(?:(\\d+(?:[.,\\u00a0\\u202f ]\\d{3})+|\\d+(?:[.,]\\d+)?)(?: ${mult})?|(${quantity})|(${numberWords})(?: ${mult})?)(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const material = (m: Fragments) => group(m);
  const allMaterial = alternation([...lex.materialVisual, ...lex.materialAccounts, ...lex.materialFigures]);

  return {
    lex,
    mentionRe,
    kinds,
    cueVerb: wordRegex(lex.cueVerbs),
    weakVerb: wordRegex(lex.weakVerbs),
    weakClause: new RegExp(`^(?:\\s+[\\p{L}\\d'.-]+){0,5}?\\s*,?\\s*(?:${alternation(lex.weakClauseStart)})(?![\\p{L}])`, 'u'),
    tollVerb: wordRegex(lex.tollVerbs),
    tollNoun: new RegExp(`^[^.;]{0,40}?(?<![\\p{L}])${group(lex.tollNouns)}(?![\\p{L}])`, 'u'),
    publishVerb: wordRegex(lex.publishVerbs),
    publishObject: new RegExp(`^(?:\\s+[\\p{L}'-]+){0,3}?\\s+${group(lex.publishObjects)}(?![\\p{L}])`, 'u'),
    passive: new RegExp(
      `(?<![\\p{L}])${group(lex.passiveParticiples)}(?:\\s+[\\p{L}'-]+){0,3}?\\s+${group(lex.by)}(?![\\p{L}])`,
      'gu',
    ),
    according: wordRegex(lex.according),
    forFrame: new RegExp(`^\\s*(?:(?:but|and|yet|mais|et)\\s+)?${group(lex.forFrame)}\\s+(?!(?:the|a|an|its|their|some|many|most|years|decades|le|la|les|l'|un|une|des|ce|cette|ces|leur|leurs|son|sa|ses)\\s)`, 'u'),
    negation: new RegExp(`(?:(?<![\\p{L}])${group(lex.negation)}(?![\\p{L}])|n't)`, 'u'),
    determinerEnd: endRegex(lex.determiners),
    clauseWord: wordRegex(lex.clauseWords),
    adjunctStart: startRegex(lex.adjunctPrepositions),
    auxiliaryEnd: endRegex(lex.auxiliaries),
    invertedPronoun: new RegExp(`^${group((lex.invertedPronoun ?? []).map((s) => s.replace(/-/g, '\\-')))}(?![\\p{L}])`, 'u'),
    filler: wordRegex(lex.fillers),
    civilModifierEnd: endRegex(lex.civilGroupModifiers),
    findingsStart: startRegex(lex.findingsSubject),
    number,
    unitStart: new RegExp(`^(?:-|\\s*)${group(lex.units)}(?![\\p{L}])`, 'u'),
    countedAlways: startRegex(lex.countedAlways),
    countedPeople: startRegex(lex.countedPeople),
    countedEquipment: startRegex(lex.countedEquipment),
    countedPlaces: startRegex(lex.countedPlaces),
    casualty: wordRegex(lex.casualtyPredicates, 'u'),
    equipmentPred: wordRegex(lex.equipmentPredicates, 'u'),
    attackPred: wordRegex(lex.attackPredicates, 'u'),
    hypothetical: new RegExp(`(?<![\\p{L}])${group(lex.hypothetical)}\\s+[\\p{L}'-]*\\s*$`, 'u'),
    partitiveStart: startRegex(lex.partitive),
    tollContext: wordRegex(lex.tollContext, 'u'),
    monthStart: startRegex(lex.months),
    monthEnd: endRegex(lex.months),
    approxEnd: endRegex(lex.approximators),
    gapStop: new RegExp(`^${group(lex.numberNounGap)}$`, 'u'),
    verification: new RegExp(lex.verification.join('|'), 'u'),
    access: new RegExp(lex.access.join('|'), 'u'),
    demonstrativeMaterial: new RegExp(
      `(?<![\\p{L}])${group(lex.demonstratives)}\\s+(?:[\\p{L}-]+\\s+)?(${allMaterial})(?![\\p{L}])`,
      'u',
    ),
    definiteMaterialStart: new RegExp(`^\\s*${group(lex.definiteStart)}\\s+(?:[\\p{L}-]+\\s+)?(${allMaterial})(?![\\p{L}])`, 'u'),
    describedAbove: wordRegex(lex.describedAbove, 'u'),
    materialVisual: new RegExp(`^${material(lex.materialVisual)}$`, 'u'),
    materialAccounts: new RegExp(`^${material(lex.materialAccounts)}$`, 'u'),
    materialFigures: new RegExp(`^${material(lex.materialFigures)}$`, 'u'),
    visualVerb: wordRegex(lex.visualVerbs, 'u'),
    visualContinuationStart: startRegex(lex.visualContinuation),
  };
}

const cache: Partial<Record<Lang, Compiled>> = {};

/** The compiled lexicon of a language (built on first use). */
export function compiled(lang: Lang): Compiled {
  let c = cache[lang];
  if (!c) {
    c = compile(lang === 'fr' ? FR : EN);
    cache[lang] = c;
  }
  return c;
}
