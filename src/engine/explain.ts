/**
 * Plain-language notes, in English or French: who says it, and what would confirm it.
 * One to three short sentences per flagged sentence, built from templates. Source names are
 * rendered here from the structured party reference ("Malian army" / « l'armée malienne »).
 */
import type { Label, Lang } from './types.ts';
import type { PartyHead } from './lexicon/types.ts';
import type { PartyRef } from './detectors/speakers.ts';
import type { Material } from './detectors/disclaimers.ts';
import type { Resolved } from './discourse.ts';
import { analystLabel } from './detectors/analysts.ts';

// ----------------------------------------------------------------------------- names

interface FrAdj {
  m: string;
  f: string;
  mp: string;
  fp: string;
}
const fr = (m: string, f = m + 'e', mp = m + 's', fp = f + 's'): FrAdj => ({ m, f, mp, fp });

const COUNTRY: Record<string, { en: string; fr: FrAdj }> = {
  ML: { en: 'Malian', fr: fr('malien', 'malienne') },
  BF: { en: 'Burkinabè', fr: fr('burkinabè', 'burkinabè', 'burkinabè', 'burkinabè') },
  NE: { en: 'Nigerien', fr: fr('nigérien', 'nigérienne') },
  TD: { en: 'Chadian', fr: fr('tchadien', 'tchadienne') },
  MR: { en: 'Mauritanian', fr: fr('mauritanien', 'mauritanienne') },
  RU: { en: 'Russian', fr: fr('russe', 'russe', 'russes', 'russes') },
  DZ: { en: 'Algerian', fr: fr('algérien', 'algérienne') },
  UA: { en: 'Ukrainian', fr: fr('ukrainien', 'ukrainienne') },
  SD: { en: 'Sudanese', fr: fr('soudanais', 'soudanaise', 'soudanais', 'soudanaises') },
  NG: { en: 'Nigerian', fr: fr('nigérian', 'nigériane') },
  FR: { en: 'French', fr: fr('français', 'française', 'français', 'françaises') },
  US: { en: 'U.S.', fr: fr('américain', 'américaine') },
};

/** Head nouns: English, French noun with gender/number, and where the adjective goes. */
const HEADS: Record<PartyHead, { en: string; plural?: boolean; fr: { art: string; noun: string; g: keyof FrAdj; tail?: string } }> = {
  army: { en: 'army', fr: { art: "l'", noun: 'armée', g: 'f' } },
  'air-force': { en: 'air force', fr: { art: "l'", noun: 'armée', g: 'f', tail: " de l'air" } },
  'general-staff': { en: 'army general staff', fr: { art: "l'", noun: 'état-major', g: 'm' } },
  junta: { en: 'junta', fr: { art: 'la ', noun: 'junte', g: 'f' } },
  government: { en: 'government', fr: { art: 'le ', noun: 'gouvernement', g: 'm' } },
  authorities: { en: 'authorities', plural: true, fr: { art: 'les ', noun: 'autorités', g: 'fp' } },
  presidency: { en: 'presidency', fr: { art: 'la ', noun: 'présidence', g: 'f' } },
  ministry: { en: 'government', fr: { art: 'le ', noun: 'gouvernement', g: 'm' } },
  'defence-ministry': { en: 'defence ministry', fr: { art: 'le ', noun: 'ministère', g: 'm', tail: ' de la Défense' } },
  'interior-ministry': { en: 'interior ministry', fr: { art: 'le ', noun: 'ministère', g: 'm', tail: " de l'Intérieur" } },
  'foreign-ministry': { en: 'foreign ministry', fr: { art: 'le ', noun: 'ministère', g: 'm', tail: ' des Affaires étrangères' } },
  minister: { en: 'government', fr: { art: 'le ', noun: 'gouvernement', g: 'm' } },
  officials: { en: 'officials', plural: true, fr: { art: 'les ', noun: 'responsables', g: 'mp' } },
  'state-media': { en: 'state media', plural: true, fr: { art: 'les ', noun: 'médias', g: 'mp', tail: " d'État" } },
  militia: { en: 'militias', plural: true, fr: { art: 'les ', noun: 'milices', g: 'fp' } },
  'armed-group': { en: 'armed group', fr: { art: 'le ', noun: 'groupe armé', g: 'm' } },
  separatists: { en: 'separatists', plural: true, fr: { art: 'les ', noun: 'séparatistes', g: 'mp' } },
  jihadists: { en: 'jihadists', plural: true, fr: { art: 'les ', noun: 'jihadistes', g: 'mp' } },
  mercenaries: { en: 'mercenaries', plural: true, fr: { art: 'les ', noun: 'mercenaires', g: 'mp' } },
  'both-sides': { en: 'both sides', plural: true, fr: { art: 'les ', noun: 'deux camps', g: 'mp' } },
};

/** French names of named actors, with their article. */
const ACTOR_FR: Record<string, string> = {
  JNIM: 'le JNIM', FLA: 'le FLA', CSP: 'le CSP', CMA: 'la CMA', MNLA: 'le MNLA', HCUA: 'le HCUA',
  'Islamic State Sahel': "l'État islamique au Sahel", ISWAP: "l'ISWAP", 'Boko Haram': 'Boko Haram',
  'Ansarul Islam': 'Ansarul Islam', 'al-Qaeda': 'al-Qaïda', 'Wagner Group': 'le groupe Wagner',
  'Africa Corps': "l'Africa Corps", Kremlin: 'le Kremlin', Barkhane: 'la force Barkhane', FAMa: 'les FAMa',
  AES: "l'AES", RSF: 'les Forces de soutien rapide', GATIA: 'le GATIA', 'Dan Na Ambassagou': 'Dan Na Ambassagou',
  Hamas: 'le Hamas', M23: 'le M23',
  'United Nations': "l'ONU", 'UN Human Rights Office': "le Haut-Commissariat aux droits de l'homme",
  UNHCR: 'le HCR', OCHA: "l'OCHA", IOM: "l'OIM", 'International Crisis Group': "l'International Crisis Group",
  'ISS Africa': "l'Institut d'études de sécurité (ISS)", Clingendael: "l'Institut Clingendael",
  'Timbuktu Institute': 'le Timbuktu Institute', ECFR: "l'ECFR", MINUSMA: 'la Minusma', FIDH: 'la FIDH',
  ACLED: "l'ACLED", 'Amnesty International': 'Amnesty International', WFP: 'le PAM', ICRC: 'le CICR',
};
/** English names that take "the". */
const ACTOR_EN_THE = new Set([
  'Wagner Group', 'Africa Corps', 'Kremlin', 'United Nations', 'UN Human Rights Office',
  'International Crisis Group', 'Timbuktu Institute', 'Policy Center for the New South', 'Critical Threats Project',
  'Soufan Center', 'SITE Intelligence Group', 'Institute for the Study of War', 'Islamic State Sahel',
  'Africa Center for Strategic Studies', 'Royal United Services Institute',
]);
const PLURAL_ACTORS = new Set(['FAMa', 'RSF', 'Houthis', 'United Nations']);

/** Canonical (English, no article) name of a party: "Malian army", "JNIM", "separatists". */
export function partyName(p: PartyRef): string {
  if (p.actor) return p.actor;
  const h = HEADS[p.head ?? 'armed-group'];
  const c = p.country && p.head !== 'both-sides' ? COUNTRY[p.country] : undefined;
  return c ? `${c.en} ${h.en}` : h.en;
}

/** Name of a party inside a sentence, with its article: "the Malian army" / « l'armée malienne ». */
export function partyPhrase(p: PartyRef, lang: Lang): string {
  if (p.actor) {
    if (lang === 'fr') return ACTOR_FR[p.actor] ?? p.actor;
    return ACTOR_EN_THE.has(p.actor) ? `the ${p.actor}` : p.actor;
  }
  const h = HEADS[p.head ?? 'armed-group'];
  const c = p.country && p.head !== 'both-sides' ? COUNTRY[p.country] : undefined;
  if (p.head === 'both-sides') return lang === 'en' ? 'both sides' : 'les deux camps';
  if (lang === 'en') return `the ${c ? `${c.en} ` : ''}${h.en}`;
  const adj = c ? ` ${c.fr[h.fr.g]}` : '';
  return `${h.fr.art}${h.fr.noun}${adj}${h.fr.tail ?? ''}`;
}

function isPlural(p: PartyRef): boolean {
  if (p.actor) return PLURAL_ACTORS.has(p.actor);
  return !!HEADS[p.head ?? 'armed-group'].plural;
}

/** Display name of any source, with article where the language wants one. */
export function sourcePhrase(r: Resolved, lang: Lang): string {
  if (r.kind === 'party' && r.party) return partyPhrase(r.party, lang);
  if (r.kind === 'analyst') {
    // "Rida Lyammouri (Policy Center for the New South)": no article inside the brackets.
    const org = r.org ? (r.person ? r.org : lang === 'fr' ? ACTOR_FR[r.org] ?? r.org : ACTOR_EN_THE.has(r.org) ? `the ${r.org}` : r.org) : undefined;
    return analystLabel(org, r.person) || (lang === 'fr' ? 'un analyste indépendant' : 'an independent analyst');
  }
  return r.person ?? r.label ?? (lang === 'fr' ? 'une source' : 'a source');
}

/** The parts of a context-pack entry that name it (a `ContextEntry` fits). */
export interface NamedEntry {
  name: string;
  displayName?: { en?: string; fr?: string };
  aliases: { en: string[]; fr: string[] };
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase();

/**
 * The source's name as a French reader sees it on a note and in the summary (« Armée
 * algérienne »), taken from the context pack: the entry's French alias that says exactly
 * what the engine found (the army rather than the government), else the entry's French display
 * name; without an entry, the note's own French wording. Undefined in English (`name` is shown).
 */
export function sourceLabel(r: Resolved, lang: Lang, entry?: NamedEntry): string | undefined {
  if (lang !== 'fr' || r.kind === 'other') return undefined;
  let label: string | undefined;
  if (r.kind === 'party' && r.party) {
    const phrase = partyPhrase(r.party, 'fr').replace(/^(?:l'|le |la |les )/, '');
    const exact = entry?.aliases.fr.find((a) => fold(a) === fold(phrase));
    label = exact ?? entry?.displayName?.fr ?? (entry && r.party.actor ? entry.name : phrase);
  } else if (entry?.displayName?.fr) label = entry.displayName.fr;
  return label ? cap(label) : undefined;
}

/** Canonical source name for `Source.name`. */
export function sourceName(r: Resolved): string {
  if (r.kind === 'party' && r.party) return partyName(r.party);
  if (r.kind === 'analyst') return r.org ?? r.person ?? 'analyst';
  return r.label ?? r.person ?? 'source';
}

// ----------------------------------------------------------------------------- templates

const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);

/** « de » + article: du, des, de l', de la. */
function deFr(phrase: string): string {
  if (phrase.startsWith('le ')) return 'du ' + phrase.slice(3);
  if (phrase.startsWith('les ') || phrase.startsWith('des ')) return 'des ' + phrase.slice(4);
  // Elision before a vowel or a mute h ("d'un élu", "d'Issouf"), not before an English name
  // with an h ("de Human Rights Watch").
  if (/^(?:[aeéèêiîouy]|h[aeéèiou]|[AEÉÈIOU])/.test(phrase) && !phrase.startsWith("l'") && !phrase.startsWith('la ')) return "d'" + phrase;
  return 'de ' + phrase;
}

export interface ExplainInput {
  labels: Label[];
  source?: Resolved;
  /** Material of the disclaimer covering this sentence, or of the sentence's own disclaimer. */
  material?: Material;
  disclaimer?: 'backref' | 'inline' | 'access' | 'covered';
  /** Sources of conflicting accounts. */
  conflicting: Resolved[];
  hasFigure: boolean;
}

const MATERIAL_EN: Record<Material, { these: string; the: string }> = {
  visual: { these: 'this footage', the: 'the footage' },
  accounts: { these: 'these accounts', the: 'the accounts' },
  figures: { these: 'these figures', the: 'the figures' },
};
const MATERIAL_FR: Record<Material, { noun: string; verified: string }> = {
  visual: { noun: 'images', verified: 'vérifiées' },
  accounts: { noun: 'témoignages', verified: 'vérifiés' },
  figures: { noun: 'chiffres', verified: 'vérifiés' },
};

/** Writes the note for one flagged sentence. */
export function explain(x: ExplainInput, lang: Lang): string {
  const out: string[] = [];
  const src = x.source;
  const labels = new Set(x.labels);
  const en = lang === 'en';
  // Unverified first: it is the strongest caution.
  if (labels.has('unverified')) {
    const mat = x.material ?? 'visual';
    if (x.disclaimer === 'covered') {
      out.push(
        en
          ? `The article says ${MATERIAL_EN[mat].these} could not be independently verified${mat === 'visual' ? '; geolocating it or an independent source would confirm it' : ''}.`
          : `L'article indique que ces ${MATERIAL_FR[mat].noun} n'ont pas pu être ${MATERIAL_FR[mat].verified} de source indépendante${mat === 'visual' ? ' ; une géolocalisation ou une source indépendante permettrait de les confirmer' : ''}.`,
      );
    } else if (x.disclaimer === 'access') {
      out.push(en ? 'Access to the area is restricted, so independent verification is hard: treat accounts from there with care.' : "L'accès à la zone est restreint : la vérification indépendante y est difficile, prudence avec les récits qui en viennent.");
    } else if (x.disclaimer === 'backref') {
      out.push(en ? `The article itself says ${MATERIAL_EN[mat].the} could not be independently verified.` : `L'article précise lui-même que ces ${MATERIAL_FR[mat].noun} n'ont pas pu être ${MATERIAL_FR[mat].verified} de source indépendante.`);
    } else {
      out.push(en ? 'The article flags this as unconfirmed; only an independent source could confirm it.' : "L'article signale cette information comme non confirmée ; seule une source indépendante pourrait la confirmer.");
    }
  }
  if (labels.has('party-claim') && src && src.kind === 'party' && src.party) {
    const who = partyPhrase(src.party, lang);
    if (src.party.head === 'both-sides') {
      out.push(en ? 'This rests on the accounts of both sides, parties to the conflict; no independent source confirms it here.' : 'Cela repose sur les récits des deux camps, parties au conflit ; aucune source indépendante ne le confirme ici.');
    } else if ((src.mode === 'publish' || src.mode === 'passive') && labels.has('unverified') && !labels.has('figure')) {
      // Footage a party put out itself.
      out.push(en ? `It was put out by ${who}, a party to the conflict.` : `Ces images ont été diffusées par ${who}, partie au conflit.`);
    } else if (labels.has('figure')) {
      out.push(en ? `The figure comes from ${who}, a party to the conflict; no independent toll is given.` : `Le chiffre provient ${deFr(who)}, partie au conflit ; aucun bilan indépendant n'est donné.`);
    } else if (src.carried) {
      out.push(en ? `This continues the account of ${who}, a party to the conflict; no independent source confirms it here.` : `Suite de la version ${deFr(who)}, partie au conflit ; aucune source indépendante ne la confirme ici.`);
    } else {
      out.push(en ? `This is the account of ${who}, a party to the conflict; no independent source confirms it here.` : `C'est la version ${deFr(who)}, partie au conflit ; aucune source indépendante ne la confirme ici.`);
    }
  } else if (labels.has('figure')) {
    if (src && src.kind === 'analyst') {
      out.push(en ? `The figure comes from ${sourcePhrase(src, lang)}, an independent source; compare it with the parties' own counts.` : `Le chiffre provient ${deFr(sourcePhrase(src, lang))}, source indépendante ; à comparer avec les bilans des parties.`);
    } else if (src) {
      out.push(en ? `The figure comes from ${sourcePhrase(src, lang)}; early tolls often change, so compare it with independent counts (UN, ACLED).` : `Le chiffre provient ${deFr(sourcePhrase(src, lang))} ; les premiers bilans évoluent souvent, à comparer avec des décomptes indépendants (ONU, ACLED).`);
    } else {
      out.push(en ? 'The article gives this number without naming its source; compare it with independent counts (UN, ACLED).' : "L'article donne ce chiffre sans en citer la source ; à comparer avec des décomptes indépendants (ONU, ACLED).");
    }
  }
  if (labels.has('analyst') && src && src.kind === 'analyst' && !(labels.has('figure') && !labels.has('party-claim'))) {
    const who = sourcePhrase(src, lang);
    if (en) out.push(src.person ? `The view of ${who}, an independent analyst: informed analysis, not a party's claim.` : `The assessment of ${who}, an independent source: informed analysis, not a party's claim.`);
    else out.push(`L'analyse ${deFr(who)}, source indépendante : un éclairage, pas la version d'une partie.`);
  } else if (labels.has('analyst') && (!src || src.kind !== 'analyst') && out.length < 2) {
    out.push(en ? 'It also cites an independent analyst.' : 'Le passage cite aussi un analyste indépendant.');
  }
  if (x.conflicting.length && out.length < 3) {
    const names = uniq(x.conflicting.map((r) => sourcePhrase(r, lang))).slice(0, 2);
    const plural = names.length > 1 || x.conflicting.some((r) => r.party && isPlural(r.party)) || /^(?:the )?\w+ (?:authorities|separatists|jihadists|militias|officials)$/.test(names[0] ?? '');
    const list = names.join(en ? ' and ' : ' et ');
    out.push(en ? `${cap(list)} ${plural ? 'give' : 'gives'} a different account.` : `${cap(list)} ${plural ? 'donnent' : 'donne'} une version différente.`);
  }
  return out.slice(0, 3).join(' ');
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
