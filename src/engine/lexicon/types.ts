/**
 * Shape of a language's word lists and cue phrases. Everything is data: lists of words, or
 * regular-expression alternations (lower case, curly quotes already folded to straight ones)
 * that the detectors compile once. No alternation may contain a nested quantifier over
 * overlapping characters (see DESIGN.md: linear regular expressions only).
 */

/** Where a party stands; used to name it and to tell different accounts apart. */
export type PartyHead =
  | 'army'
  | 'air-force'
  | 'general-staff'
  | 'junta'
  | 'government'
  | 'authorities'
  | 'presidency'
  | 'ministry'
  | 'defence-ministry'
  | 'interior-ministry'
  | 'foreign-ministry'
  | 'minister'
  | 'officials'
  | 'state-media'
  | 'militia'
  | 'armed-group'
  | 'separatists'
  | 'jihadists'
  | 'mercenaries'
  | 'both-sides';

/**
 * Alternatives of one alternation: literal phrases or small regular-expression fragments
 * (lower case; straight quotes). Compiled longest first so that "des dizaines de milliers"
 * wins over "des dizaines".
 */
export type Fragments = readonly string[];

export interface PartyPattern {
  /** Alternation matched on the normalised span. */
  re: Fragments;
  head: PartyHead;
}

export interface NamedActor {
  /** Alternation matched on the normalised span. */
  re: Fragments;
  /** Canonical name ("JNIM", "Wagner Group", "Human Rights Watch"). */
  name: string;
  /** For parties: which camp (to find conflicting accounts). */
  camp?: 'state' | 'separatist' | 'jihadist' | 'foreign' | 'other-armed';
  /** For parties aligned with a state ("Africa Corps" with the Malian state): its country. */
  country?: string;
}

export interface CountryWord {
  /** Alternation: adjectives, possessives and "of X" forms. */
  re: Fragments;
  code: string;
}

export interface Lexicon {
  lang: 'en' | 'fr';
  // ---- attribution ----
  /** Speech and assertion verbs: any form that asserts on someone's behalf. */
  cueVerbs: Fragments;
  /** Verbs that attribute only to an independent source: "ACLED data show", « le rapport révèle ». */
  analystVerbs: Fragments;
  /** Verbs that attribute only before a clause ("announced that…", not "announced its departure"). */
  weakVerbs: Fragments;
  /** What may follow a weak verb for it to count: "that", a pronoun subject, an infinitive. */
  weakClauseStart: Fragments;
  /** Verbs that attribute only when the sentence gives a number ("gave a toll of…"). */
  tollVerbs: Fragments;
  /** The noun a toll verb needs nearby. */
  tollNouns: Fragments;
  /** Publishing verbs + material: "posted its own message", « a diffusé une vidéo ». */
  publishVerbs: Fragments;
  publishObjects: Fragments;
  /** Participles that take an agent: "described by the army", « accusées par ». */
  passiveParticiples: Fragments;
  /** "by" / « par ». */
  by: Fragments;
  /** "according to", « selon ». */
  according: Fragments;
  /** Sentence-initial framing that attributes a view: "For X, …", « Pour X, … ». */
  forFrame: Fragments;
  /** Words that negate an attribution ("has not said", « n'a pas revendiqué »). */
  negation: Fragments;
  /** Words that cannot precede a verb form that is also a noun ("the claims", « l'analyse »). */
  determiners: Fragments;
  /** Words that end a subject span going backwards (relative pronouns, conjunctions). */
  clauseWords: Fragments;
  /** Prepositions opening an adverbial phrase to skip when looking for the subject. */
  adjunctPrepositions: Fragments;
  /** Suffixes of an inverted French verb ("souligne-t-il"): pronoun subject. */
  invertedPronoun?: Fragments;
  // ---- who is speaking ----
  partyPatterns: PartyPattern[];
  parties: NamedActor[];
  analystOrgs: NamedActor[];
  /** Generic words for a named independent body ("… Institute", « Institut … »). */
  analystOrgWords: Fragments;
  /** Expert titles: analyst, researcher, « chercheuse »… (need a name or an organisation). */
  expertTitles: Fragments;
  /** Non-parties, non-analysts: residents, security sources, media, associations… */
  others: Fragments;
  /** Roles that speak for an owner named next to them: spokesman, official, « porte-parole ». */
  roles: Fragments;
  /** "channels linked to", « proches de »: the owner decides. */
  relayNouns: Fragments;
  relayLinks: Fragments;
  /** Group words that are not armed groups when so qualified ("a medical group"). */
  civilGroupModifiers: Fragments;
  /** The same, qualified after the noun ("a group monitoring the conflict", « groupe de surveillance »). */
  civilGroupQualifiers: Fragments;
  /**
   * Words that may sit between an inverted speech verb and its speaker (« a déclaré
   * aujourd'hui à l'AFP X », "said on Monday the NGO"): days, "today", the outlet spoken to.
   */
  invertedAdjuncts: Fragments;
  /** Capitals used for their governments ("Bamako accuse…"): only alone as subject. */
  capitals: { re: Fragments; code: string }[];
  /** Heads of state or juntas, by country. */
  leaders: { re: Fragments; code: string }[];
  countries: CountryWord[];
  // ---- anaphora ----
  /** Subject pronouns and stressed pronouns ("he", « lui »). */
  pronouns: Fragments;
  /** A statement or report standing for its author ("the statement", « le texte »). */
  documentNouns: Fragments;
  /** "the same source", « l'une de ces sources ». */
  sameSource: Fragments;
  /** "the organisation", "the agency": an org named earlier. */
  orgAnaphors: Fragments;
  /** Findings nouns opening a sentence that continues an analyst ("Their findings…"). */
  findingsSubject: Fragments;
  /** Adverbs to drop from a subject span ("also", « de son côté »). */
  fillers: Fragments;
  /** Words of a conflict event (attack, toll, control…): an announcement about one is a claim. */
  eventWords: Fragments;
  // ---- figures ----
  /** Cardinal number words ("three", « vingt-sept »); "one"/« un » are handled apart. */
  numberWords: Fragments;
  /** Round quantities: "dozens", "hundreds", « une vingtaine », « des milliers ». */
  quantityWords: Fragments;
  /** "million", « milliers »: multiply a preceding number. */
  multipliers: Fragments;
  /** Hedges before a number: "about", "at least", « au moins ». */
  approximators: Fragments;
  /** Nouns after a number that make it something else than a count (days, km, %, tonnes…). */
  units: Fragments;
  /** Things counted whatever the verb: fighters, troops, civilians, bodies, attacks. */
  countedAlways: Fragments;
  /** People nouns counted only with a conflict predicate: people, men, « personnes ». */
  countedPeople: Fragments;
  /** Equipment counted when seized, destroyed, burned, launched, shot down. */
  countedEquipment: Fragments;
  /** Places counted when attacked ("eight localities at once"). */
  countedPlaces: Fragments;
  /** Killed, wounded, abducted, displaced… */
  casualtyPredicates: Fragments;
  equipmentPredicates: Fragments;
  attackPredicates: Fragments;
  /** "capable of killing": a hypothetical is no count. */
  hypothetical: Fragments;
  /** "three of its members", "14,000 of them", « d'entre eux ». */
  partitive: Fragments;
  /** Words before a bare number that picks some of the people just counted (« plusieurs femmes, dont deux… »). */
  partitiveBefore: Fragments;
  /** Words a bare number can refer to: "the toll", « le bilan », "the number of dead". */
  tollContext: Fragments;
  /** Month names (a number next to one is a date). */
  months: Fragments;
  /** Fillers allowed between a number and its noun ("Malian", "of its own"). */
  numberNounGap: Fragments;
  // ---- disclaimers ----
  /** Sentences saying something could not be verified or confirmed. */
  verification: Fragments;
  /**
   * Not the conflict: floods, epidemics, accidents. A sentence about one gives no figure and
   * no party claim (GUIDELINE.md, "Not the conflict").
   */
  notConflict: Fragments;
  /** Sentences saying access is restricted (verification impossible in general). */
  access: Fragments;
  /** Demonstratives that point back: "these", "those", « ces ». */
  demonstratives: Fragments;
  /** Definite subjects at the start that point back: "The videos…", « Leurs récits… ». */
  definiteStart: Fragments;
  /** "described above", « ci-dessus ». */
  describedAbove: Fragments;
  materialVisual: Fragments;
  materialAccounts: Fragments;
  materialFigures: Fragments;
  /** Verbs describing what footage shows: "showed", "visible", « montrent ». */
  visualVerbs: Fragments;
  /** Openings continuing a description of footage: "In one,", « Sur l'une d'elles ». */
  visualContinuation: Fragments;
}
