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
import { PhraseSet } from '../phrases.ts';
import { drain, type Steps } from '../steps.ts';

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

/** Word-list features found by the one-pass scan (besides actor mentions). */
export type FeatCat =
  | 'cue'
  | 'data'
  | 'weak'
  | 'toll'
  | 'publish'
  | 'according'
  | 'clause'
  | 'casualty'
  | 'equip'
  | 'attack'
  | 'event'
  | 'visual';
export const FEAT_CATS: readonly FeatCat[] = ['cue', 'data', 'weak', 'toll', 'publish', 'according', 'clause', 'casualty', 'equip', 'attack', 'event', 'visual'];

export type Feature = { cat: 'mention'; kind: MentionKind } | { cat: FeatCat };

export interface Compiled {
  lex: Lexicon;
  /** One pass finds every actor mention and word-list feature (see phrases.ts). */
  features: PhraseSet<Feature>;
  weakClause: RegExp;
  tollNoun: RegExp;
  publishObject: RegExp;
  passive: RegExp;
  forFrame: RegExp;
  negation: RegExp;
  determinerEnd: RegExp;
  adjunctStart: RegExp;
  invertedPronoun: RegExp;
  filler: RegExp;
  civilModifierEnd: RegExp;
  /** A qualifier right after a group word: "monitoring…", « de surveillance ». */
  civilQualifierStart: RegExp;
  /** Days, "today", « à l'AFP »… between an inverted verb and its speaker (anchored, any number). */
  invertedAdjuncts: RegExp;
  /** Floods, epidemics, accidents: not the conflict. */
  notConflict: RegExp;
  findingsStart: RegExp;
  // figures
  number: RegExp;
  unitStart: RegExp;
  countedAlways: RegExp;
  countedPeople: RegExp;
  countedEquipment: RegExp;
  countedPlaces: RegExp;
  hypothetical: RegExp;
  partitiveStart: RegExp;
  partitiveEnd: RegExp;
  tollContext: RegExp;
  monthStart: RegExp;
  monthEnd: RegExp;
  approxEnd: RegExp;
  gapStop: RegExp;
  // disclaimers
  verification: RegExp;
  access: RegExp;
  demonstrativeMaterial: RegExp;
  /** A definite material noun anywhere ("could not verify the images"). */
  definiteMaterial: RegExp;
  /** Any material noun (to tell whether the sentence itself presents the material). */
  anyMaterial: RegExp;
  describedAbove: RegExp;
  materialAccounts: RegExp;
  materialFigures: RegExp;
  visualContinuationStart: RegExp;
}

function group(fr: Fragments): string {
  return `(?:${alternation(fr)})`;
}

function* compile(lex: Lexicon): Steps<Compiled> {
  // Every actor list and word list goes into one phrase index, in priority order (parties
  // before other sources on equally long matches).
  const entries: { frag: string; value: Feature }[] = [];
  const add = (frs: Fragments, kind: MentionKind) => {
    for (const f of frs) entries.push({ frag: f, value: { cat: 'mention', kind } });
  };
  const feat = (frs: Fragments, cat: FeatCat) => {
    for (const f of frs) entries.push({ frag: f, value: { cat } });
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
  feat(lex.cueVerbs, 'cue');
  feat(lex.analystVerbs, 'data');
  feat(lex.weakVerbs, 'weak');
  feat(lex.tollVerbs, 'toll');
  feat(lex.publishVerbs, 'publish');
  feat(lex.according, 'according');
  feat(lex.clauseWords, 'clause');
  feat(lex.casualtyPredicates, 'casualty');
  feat(lex.equipmentPredicates, 'equip');
  feat(lex.attackPredicates, 'attack');
  feat(lex.eventWords, 'event');
  feat(lex.visualVerbs, 'visual');
  const features = yield* PhraseSet.build(entries);
  yield;

  const numberWords = group(lex.numberWords);
  const quantity = group(lex.quantityWords);
  const mult = group(lex.multipliers);
  // Digits with separators ("2,400", "9,5", "4 444" with a narrow no-break space, "2.6"),
  // (the word start is checked by the caller: a leading lookbehind makes V8 slow),
  // an optional multiplier ("2.6 million"), or number words, or round quantities.
  const number = new RegExp(
    `(?:(\\d+(?:[.,\\u00a0\\u202f ]\\d{3})+|\\d+(?:[.,]\\d+)?)(?: ${mult})?|(${quantity})|(${numberWords})(?: ${mult})?)(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const material = (m: Fragments) => group(m);
  const allMaterial = alternation([...lex.materialVisual, ...lex.materialAccounts, ...lex.materialFigures]);

  return {
    lex,
    features,
    weakClause: new RegExp(`^(?:\\s+[\\p{L}\\d'.-]+){0,5}?\\s*,?\\s*(?:${alternation(lex.weakClauseStart)})(?![\\p{L}])`, 'u'),
    tollNoun: new RegExp(`^[^.;]{0,40}?(?<![\\p{L}])${group(lex.tollNouns)}(?![\\p{L}])`, 'u'),
    publishObject: new RegExp(`^(?:\\s+[\\p{L}'-]+){0,3}?\\s+${group(lex.publishObjects)}(?![\\p{L}])`, 'u'),
    passive: new RegExp(
      `(?<![\\p{L}])${group(lex.passiveParticiples)}(?:\\s+[\\p{L}'-]+){0,3}?\\s+${group(lex.by)}(?![\\p{L}])`,
      'gu',
    ),
    // "For X, …" opening a sentence; whether X is an analyst is up to the speaker classifier.
    forFrame: new RegExp(`^\\s*(?:(?:but|and|yet|mais|et)\\s+)?${group(lex.forFrame)}\\s+`, 'u'),
    negation: new RegExp(`(?:(?<![\\p{L}])${group(lex.negation)}(?![\\p{L}])|n't)`, 'u'),
    determinerEnd: endRegex(lex.determiners),
    adjunctStart: startRegex(lex.adjunctPrepositions),
    invertedPronoun: new RegExp(`^${group(lex.invertedPronoun ?? [])}(?![\\p{L}])`, 'u'),
    filler: wordRegex(lex.fillers),
    civilModifierEnd: endRegex(lex.civilGroupModifiers),
    civilQualifierStart: startRegex(lex.civilGroupQualifiers),
    invertedAdjuncts: new RegExp(`^(?:\\s*,?\\s*(?:${alternation(lex.invertedAdjuncts)})(?![\\p{L}]))*\\s*,?`, 'u'),
    notConflict: wordRegex(lex.notConflict, 'u'),
    findingsStart: startRegex(lex.findingsSubject),
    number,
    unitStart: new RegExp(`^(?:-|\\s*)${group(lex.units)}(?![\\p{L}])`, 'u'),
    countedAlways: startRegex(lex.countedAlways),
    countedPeople: startRegex(lex.countedPeople),
    countedEquipment: startRegex(lex.countedEquipment),
    countedPlaces: startRegex(lex.countedPlaces),
    hypothetical: new RegExp(`(?<![\\p{L}])${group(lex.hypothetical)}\\s+[\\p{L}'-]*\\s*$`, 'u'),
    partitiveStart: startRegex(lex.partitive),
    partitiveEnd: endRegex(lex.partitiveBefore),
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
    definiteMaterial: new RegExp(`(?<![\\p{L}])${group(lex.definiteStart)}\\s+(?:[\\p{L}-]+\\s+)?(${allMaterial})(?![\\p{L}])`, 'u'),
    anyMaterial: new RegExp(`(?<![\\p{L}])(?:${allMaterial})(?![\\p{L}])`, 'u'),
    describedAbove: wordRegex(lex.describedAbove, 'u'),
    materialAccounts: new RegExp(`^${material(lex.materialAccounts)}$`, 'u'),
    materialFigures: new RegExp(`^${material(lex.materialFigures)}$`, 'u'),
    visualContinuationStart: startRegex(lex.visualContinuation),
  };
}

const cache: Partial<Record<Lang, Compiled>> = {};

/** The compiled lexicon of a language (built on first use). */
export function compiled(lang: Lang): Compiled {
  return drain(compiledSteps(lang));
}

/** `compiled` as a resumable job (src/engine/steps.ts): the first build is the engine's slowest cold step. */
export function* compiledSteps(lang: Lang): Steps<Compiled> {
  let c = cache[lang];
  if (!c) {
    c = yield* compile(lang === 'fr' ? FR : EN);
    cache[lang] = c;
  }
  return c;
}
