/**
 * Across sentences: who "he", "it", "the statement", "the same source" and "Lyammouri" are;
 * which sentences carry a party's or an analyst's word; how far back a disclaimer reaches;
 * which party claims give different accounts of one event.
 *
 * One pass in document order keeps a short memory of recent speakers (the last source, the
 * last person, the last party, a registry of surnames, the last armed group named), so the
 * whole step is linear in the number of sentences.
 */
import type { Compiled } from './lexicon/index.ts';
import type { Label } from './types.ts';
import type { Attribution, CueMode } from './detectors/attribution.ts';
import type { Disclaimer } from './detectors/disclaimers.ts';
import type { FigureCandidate } from './detectors/figures.ts';
import type { Features, Mention, PersonName } from './detectors/mentions.ts';
import { classifySpan, type AgentRef, type Camp, type PartyRef } from './detectors/speakers.ts';
import { opensWithFindings } from './detectors/analysts.ts';
import { quoteMarks, type QuoteMark } from './quote-marks.ts';

export interface Resolved {
  kind: 'party' | 'analyst' | 'other';
  party?: PartyRef;
  org?: string;
  person?: string;
  /** Plain label of a non-party, non-analyst source ("security source"). */
  label?: string;
  cue: string;
  mode: CueMode;
  /** Taken from an earlier sentence (pronoun, "the statement", a surname). */
  carried: boolean;
  negated: boolean;
  /** Position of the cue in the sentence. */
  at: number;
  /** Said at a ceremony: praise and intent, not a claim (carried with the speaker). */
  ceremony?: boolean;
}

export interface Analysed {
  index: number;
  start: number;
  end: number;
  block: number;
  text: string;
  norm: string;
  mentions: Mention[];
  feats: Features;
  names: PersonName[];
  attributions: Attribution[];
  figures: FigureCandidate[];
  disclaimer?: Disclaimer;
  footage: boolean;
  // filled by the discourse pass
  sources: Resolved[];
  labels: Set<Label>;
  coveredBy?: number;
  covers: number[];
  conflicts: Set<number>;
  /** The sentence continues an analyst through their findings ("Le rapport…"). */
  findings?: Resolved;
}

interface Memory {
  src: Resolved;
  at: number;
}

/** How many sentences back a pronoun, a document noun or a role may reach. */
const REACH_PRONOUN = 3;
const REACH_DOCUMENT = 6;
const REACH_ROLE = 8;
/** How many sentences back "the NGO", « l'agence onusienne » may reach for the body. */
const REACH_ORG = 8;
/** Anaphors that name an independent body by what it is. */
const INDEPENDENT_ANAPHOR = /(?:ngo|ong|rights|droits|onusienne|u\.?n\.? |un |investigators|enquêteurs|researchers|chercheurs|watchdog|monitor|observatoire|collecti)/u;

/** Words of a ceremony (GUIDELINE.md: praise, ceremony and announcements of intent are no claims). */
const CEREMONY = /(?<![\p{L}])(?:ceremony|ceremonies|inauguration|inaugurat\p{L}*|groundbreaking|cérémonie|cérémonies|inaugur\p{L}*|pose de la première pierre)(?![\p{L}])/u;
/** A sentence with these is about the conflict even if it also mentions an accident. */
const CONFLICT_WORDS = /(?<![\p{L}])(?:attack\p{L}*|attaqu\p{L}*|ambush\p{L}*|embuscades?|jihad\p{L}*|djihad\p{L}*|terror\p{L}*|insurg\p{L}*|militants?|armed|armée?s?|combat\p{L}*|soldiers?|soldats?|troops|troupes)(?![\p{L}])/u;
/** An acronym given in parentheses after a name. */
const ACRONYM = /\((\p{Lu}[\p{Lu}\d-]{1,9})\)/gu;
const SINGULAR_PERSON = new Set(['he', 'she', 'him', 'her', 'il', 'elle', 'lui']);
/** Roles that always speak for a party, even when the party is not named nearby. */
const SPEAKING_ROLES = /^(?:(?:its|their|his|her|son|sa|ses|leur|leurs)\s+\S+|spokes(?:man|woman|person|people)|porte-parole|commanders?|commandant|officers?|officier)$/;

/** The most frequent country code among country, capital and leader mentions. */
export function dominantCountry(all: Mention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const m of all) {
    const k = m.kind;
    if (k.t === 'country' || k.t === 'capital' || k.t === 'leader') {
      // Sahel states weigh double: the article's own state, not the foreign partner.
      const w = ['ML', 'BF', 'NE', 'TD', 'MR'].includes(k.code) ? 2 : 1;
      counts.set(k.code, (counts.get(k.code) ?? 0) + w);
    }
  }
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of counts) if (v > n) [best, n] = [k, v];
  return best;
}

export interface DiscourseOptions {
  c: Compiled;
  dominant?: string;
}

/** Resolves speakers and sets labels, disclaimer scopes and conflicts on every sentence. */
export function runDiscourse(sents: Analysed[], opts: DiscourseOptions): void {
  resolveSpeakers(sents, opts);
  carryQuotes(sents);
  for (const s of sents) setLabels(s, opts.c);
  applyDisclaimers(sents);
  linkConflicts(sents, opts.c, opts.dominant);
}

// ----------------------------------------------------------------------------- speakers

function resolveSpeakers(sents: Analysed[], opts: DiscourseOptions): void {
  let lastSource: Memory | undefined;
  let lastPerson: Memory | undefined;
  let lastParty: Memory | undefined;
  let lastNonState: Memory | undefined;
  let lastAnalyst: Memory | undefined;
  let lastAnalystMention = -Infinity;
  const registry = new Map<string, Resolved>();
  const lastArmed = new Map<string, string>();
  const armedCamp = new Map<string, Camp>();
  let prevLead: ResolveCtx['prevLead'];
  let prevCountry: string | undefined;

  const within = (m: Memory | undefined, i: number, reach: number) => (m && i - m.at <= reach ? m.src : undefined);

  for (const s of sents) {
    const i = s.index;
    // A question ("What did JNIM claim?", a sub-heading) asserts nothing and names no speaker.
    if (/\?["'”»\s]*$/u.test(s.text)) s.attributions = [];
    // Named armed groups mentioned before each cue resolve "the group" later on.
    const armedBefore = (pos: number) => {
      for (const m of s.mentions) {
        if (m.start >= pos) break;
        if (m.kind.t === 'party' && m.kind.actor.camp && m.kind.actor.camp !== 'state' && m.kind.actor.camp !== 'foreign' && m.kind.actor.name !== 'al-Qaeda') {
          lastArmed.set(m.kind.actor.camp, m.kind.actor.name);
          lastArmed.set('any', m.kind.actor.name);
          armedCamp.set(m.kind.actor.name, m.kind.actor.camp);
        }
      }
    };
    for (const a of s.attributions) {
      armedBefore(a.cueStart);
      const r = resolveAgent(a, s, i, { lastSource, lastPerson, lastParty, lastNonState, lastAnalyst, registry, lastArmed, armedCamp, prevLead, prevCountry, within, dominant: opts.dominant, c: opts.c, sents });
      if (!r) continue;
      if (!r.carried && CEREMONY.test(s.norm)) r.ceremony = true;
      s.sources.push(r);
      if (r.person && (!r.carried || !registry.has(surnameOf(r.person)))) registry.set(surnameOf(r.person), r);
      if (!r.carried && (r.kind === 'analyst' || r.kind === 'party')) {
        // "the Sahel Justice Collective (SJC) said": "SJC" names the same speaker later.
        const acr = [...s.text.slice(0, Math.min(s.text.length, (a.agentEnd > a.cueStart ? a.agentEnd : a.cueStart) + 14)).matchAll(ACRONYM)];
        if (acr.length === 1 && acr[0]?.[1]) registry.set(acr[0][1].toLowerCase(), r);
      }
    }
    armedBefore(Infinity);
    registerAppositions(s, registry, opts, { lastSource, lastPerson, lastParty, lastNonState, lastAnalyst, registry, lastArmed, armedCamp, prevLead, prevCountry, within, dominant: opts.dominant, c: opts.c, sents });
    // The sentence's main speaker becomes the memory.
    const main = s.sources.find((x) => !x.negated);
    if (main) {
      lastSource = { src: main, at: i };
      const person = s.sources.find((x) => !x.negated && x.person);
      if (person) lastPerson = { src: person, at: i };
    }
    const party = s.sources.find((x) => !x.negated && x.kind === 'party' && x.mode !== 'for');
    if (party) lastParty = { src: party, at: i };
    const analyst = s.sources.find((x) => x.kind === 'analyst');
    if (analyst) lastAnalyst = { src: analyst, at: i };
    const nonState = s.sources.find((x) => !x.negated && x.kind === 'party' && x.party && x.party.camp !== 'state' && x.party.camp !== 'foreign');
    if (nonState) lastNonState = { src: nonState, at: i };
    // "Leurs conclusions…", « Le rapport ne précise pas… »: continues a recent analyst.
    if (!s.sources.some((x) => x.kind === 'analyst') && opensWithFindings(s.norm, opts.c)) {
      const recent = within(lastSource, i, 2);
      if (recent && recent.kind === 'analyst') s.findings = { ...recent, carried: true, cue: '', mode: 'verb', at: 0 };
      else if (i - lastAnalystMention <= 2) {
        const org = lastAnalystOrg(sents, i);
        if (org) s.findings = { kind: 'analyst', org, cue: '', mode: 'verb', carried: true, negated: false, at: 0 };
      }
      if (s.findings) lastSource = { src: s.findings, at: i };
    }
    if (s.mentions.some((m) => m.kind.t === 'analyst')) lastAnalystMention = i;
    const country = s.mentions.find((m) => m.kind.t === 'country' || m.kind.t === 'capital');
    prevCountry = country && (country.kind.t === 'country' || country.kind.t === 'capital') ? country.kind.code : undefined;
    const first = s.mentions[0];
    prevLead =
      first && first.start < 15 && first.kind.t === 'party' && first.kind.actor.camp !== 'state' && first.kind.actor.name !== 'al-Qaeda'
        ? { name: first.kind.actor.name, camp: first.kind.actor.camp ?? 'other-armed', ...(first.kind.actor.country ? { country: first.kind.actor.country } : {}) }
        : undefined;
  }
}

/**
 * People introduced with their title ("General Jean Dupont, the defence minister, …",
 * « le général X, ministre de la Défense ») are known by surname afterwards, even when this
 * sentence quotes nobody: "…, Dupont said" then speaks for the ministry.
 */
function registerAppositions(s: Analysed, registry: Map<string, Resolved>, opts: DiscourseOptions, ctx: ResolveCtx): void {
  if (!s.names.length) return;
  const span = { text: s.text, norm: s.norm, mentions: s.mentions, names: s.names, c: opts.c };
  for (const n of s.names) {
    const key = surnameOf(n.text);
    if (registry.has(key)) continue;
    const app = /^\s*,\s*([^,;:"()]{3,80})/u.exec(s.text.slice(n.end));
    let ag: AgentRef | undefined;
    if (app && app[1]) {
      const from = n.end + app[0].length - app[1].length;
      ag = classifySpan(span, from, from + app[1].length);
    }
    if (!ag || (ag.kind !== 'party' && ag.kind !== 'analyst')) {
      // A title right before the name: "the defence minister Jean Dupont".
      const before = s.mentions.filter((m) => m.end <= n.start && n.start - m.end <= 3);
      const last = before[before.length - 1];
      ag = last ? classifySpan(span, last.start, last.end) : undefined;
    }
    if (!ag || (ag.kind !== 'party' && ag.kind !== 'analyst')) continue;
    const r = fromAgent(ag, { cue: '', mode: 'verb', negated: false, at: n.start }, ctx);
    if (r) registry.set(key, { ...r, person: n.text });
  }
}

/** The last party named in a sentence (a speaker or not), as a source. */
function partyNamedIn(s: Analysed | undefined, ctx: ResolveCtx): Resolved | undefined {
  if (!s) return undefined;
  const span = { text: s.text, norm: s.norm, mentions: s.mentions, names: s.names, c: ctx.c };
  for (let j = s.mentions.length - 1; j >= 0; j--) {
    const m = s.mentions[j] as Mention;
    if (m.kind.t !== 'party' && m.kind.t !== 'party-head') continue;
    const r = fromAgent(classifySpan(span, m.start, m.end), { cue: '', mode: 'verb', negated: false, at: m.start }, ctx);
    if (r?.kind === 'party') return r;
  }
  return undefined;
}

function lastAnalystOrg(sents: Analysed[], i: number, reach = 2): string | undefined {
  for (let k = i - 1; k >= Math.max(0, i - reach); k--) {
    const s = sents[k] as Analysed;
    for (let j = s.mentions.length - 1; j >= 0; j--) {
      const m = s.mentions[j] as Mention;
      if (m.kind.t === 'analyst') return m.kind.actor.name;
    }
  }
  return undefined;
}

function surnameOf(person: string): string {
  const w = person.trim().split(/\s+/);
  return (w[w.length - 1] ?? '').toLowerCase();
}

interface ResolveCtx {
  lastSource: Memory | undefined;
  lastPerson: Memory | undefined;
  lastParty: Memory | undefined;
  lastNonState: Memory | undefined;
  lastAnalyst: Memory | undefined;
  registry: Map<string, Resolved>;
  lastArmed: Map<string, string>;
  armedCamp: Map<string, Camp>;
  /** A named non-state or foreign group opening the previous sentence. */
  prevLead: { name: string; camp: Camp; country?: string } | undefined;
  /** The first country (or capital) named in the previous sentence. */
  prevCountry: string | undefined;
  within: (m: Memory | undefined, i: number, reach: number) => Resolved | undefined;
  dominant: string | undefined;
  c: Compiled;
  sents: Analysed[];
}

function resolveAgent(a: Attribution, s: Analysed, i: number, ctx: ResolveCtx): Resolved | undefined {
  const base = { cue: a.cue, mode: a.mode, negated: a.negated, at: a.cueStart };
  const ag = a.agent;
  const direct = fromAgent(ag, base, ctx);
  if (direct) return direct;
  if (ag.kind !== 'anaphor') return undefined;
  const carry = (src: Resolved | undefined): Resolved | undefined =>
    src ? { ...src, ...base, carried: true } : undefined;
  switch (ag.anaphor) {
    case 'pronoun': {
      // A pronoun inside the sentence may point to the sentence's own subject ("Aïchata, 34,
      // walked … after, she said, …"; « des habitants … , selon eux, … »). Not after a
      // quotation ("“…,” he said"): the quotation is not the speaker.
      const pronAt = s.mentions.find((m) => m.kind.t === 'pronoun' && m.start >= a.agentStart && m.end <= Math.max(a.agentEnd, a.agentStart + 1))?.start ?? a.agentStart;
      if (pronAt > 0) {
        const earlier = s.sources.find((x) => x.at < a.cueStart && !x.carried);
        if (earlier) return { ...earlier, ...base, carried: false };
        const ctxSpan = { text: s.text, norm: s.norm, mentions: s.mentions, names: s.names, c: ctx.c };
        const limit = Math.min(pronAt, a.cueStart);
        // Only the words outside a quotation can be the subject: start after the last quote.
        let from = s.norm.lastIndexOf('"', limit - 1) + 1;
        for (let guard = 0; guard < 6 && from < limit; guard++) {
          const cut = s.norm.slice(from, limit).search(/[,;:]/);
          const to = cut < 0 ? limit : from + cut;
          const subj = classifySpan(ctxSpan, from, to);
          if (subj.kind === 'anaphor' && subj.anaphor === 'surname') return surnameSource(subj.word, subj.person, base, ctx);
          const r = subj.kind !== 'anaphor' ? fromAgent(subj, base, ctx) : undefined;
          if (r) return r;
          if (cut < 0) break;
          from = to + 1;
        }
      }
      // "He said": the speaker of the sentence just before, else the last person named.
      const said = SINGULAR_PERSON.has(ag.word)
        ? ctx.within(ctx.lastSource, i, 1) ?? ctx.within(ctx.lastPerson, i, REACH_PRONOUN) ?? ctx.within(ctx.lastSource, i, 2)
        : ctx.within(ctx.lastSource, i, REACH_PRONOUN);
      // "They deny the accusations", « Elles se défendent… »: who answers an accusation is the
      // party accused just before, not the body that accused it.
      if (said?.kind !== 'party' && DENIAL.test(a.cue)) {
        const accused = partyNamedIn(ctx.sents[i - 1], ctx);
        if (accused) return carry(accused);
      }
      return carry(said);
    }
    case 'document': {
      // "the statement", « la note »: a body's text, so the last party or body that spoke
      // rather than a resident quoted since.
      const src = ctx.within(ctx.lastSource, i, REACH_DOCUMENT);
      if (src && src.kind === 'other') return carry(ctx.within(ctx.lastParty, i, REACH_DOCUMENT) ?? ctx.within(ctx.lastAnalyst, i, REACH_DOCUMENT) ?? src);
      return carry(src);
    }
    case 'same': {
      const src = ctx.within(ctx.lastSource, i, REACH_DOCUMENT);
      return carry(src);
    }
    case 'org': {
      // "The NGO added", « l'agence onusienne », "the U.S.-based organisation": an independent
      // body named earlier. Never a party: a speaker the engine cannot type stays untyped.
      const src = ctx.within(ctx.lastAnalyst, i, REACH_ORG);
      if (src) return carry(src);
      const org = lastAnalystOrg(ctx.sents, i, REACH_ORG);
      if (org) return { kind: 'analyst', org, ...base, carried: true };
      // The word itself says what the body is ("the rights group", « l'ONG »).
      if (INDEPENDENT_ANAPHOR.test(ag.word)) return { kind: 'analyst', ...base, carried: true };
      return undefined;
    }
    case 'role': {
      const owner = ctx.within(ctx.lastParty, i, REACH_ROLE);
      if (owner) return carry(owner);
      // A spokesman or an officer with no owner in sight still speaks for a party ("one of
      // their spokesmen"): a generic armed group, or the last non-state party.
      if (SPEAKING_ROLES.test(ag.word)) return fromAgent({ kind: 'party', party: { head: 'armed-group', camp: 'other-armed', generic: true } }, base, ctx);
      return undefined;
    }
    case 'surname':
      return surnameSource(ag.word, ag.person, base, ctx);
    case 'expert': {
      const src = ctx.within(ctx.lastPerson, i, REACH_DOCUMENT) ?? ctx.within(ctx.lastSource, i, REACH_PRONOUN);
      return src && src.kind === 'analyst' ? carry(src) : undefined;
    }
  }
  return undefined;
}

function surnameSource(
  word: string,
  person: string | undefined,
  base: { cue: string; mode: CueMode; negated: boolean; at: number },
  ctx: ResolveCtx,
): Resolved {
  const known = ctx.registry.get(surnameOf(word));
  // "SJC head Jane Doe": the body's source, with the person now named.
  if (known) return { ...known, ...base, carried: true, ...(person && !known.person ? { person } : {}) };
  // Someone named without a title: a source of their own (a resident, an organiser…).
  const r: Resolved = { kind: 'other', label: person ?? word, ...base, carried: false };
  if (person) r.person = person;
  return r;
}

/**
 * Names a generic party ("the group", "the separatists", « le groupe »), in this order: a named
 * group opening the previous sentence ("Wagner, which rarely comments…, published no toll.
 * Telegram channels linked to the group insisted…"); the last armed group named in the same
 * camp; the last non-state party that spoke ("The separatist group claimed… The group
 * stated…"). Left generic when none applies.
 */
function resolveGeneric(party: PartyRef, ctx: ResolveCtx): void {
  const lead = party.camp === 'other-armed' ? ctx.prevLead : undefined;
  const named = ctx.lastArmed.get(party.camp === 'other-armed' ? 'any' : party.camp);
  const spoke = ctx.lastNonState?.src.party;
  if (lead) {
    party.actor = lead.name;
    party.camp = lead.camp;
    if (lead.country) party.country = lead.country;
    delete party.generic;
  } else if (named) {
    party.actor = named;
    party.camp = (party.camp === 'other-armed' ? ctx.armedCamp.get(named) : party.camp) ?? party.camp;
    delete party.generic;
  } else if (spoke && (party.camp === 'other-armed' || spoke.camp === party.camp)) {
    Object.assign(party, spoke);
  }
}

function fromAgent(
  ag: AgentRef,
  base: { cue: string; mode: CueMode; negated: boolean; at: number },
  ctx: ResolveCtx,
): Resolved | undefined {
  if (ag.kind === 'party') {
    const party = { ...ag.party };
    if (party.generic) resolveGeneric(party, ctx);
    if (party.possessive && !party.country && ctx.prevCountry) party.country = ctx.prevCountry;
    delete party.possessive;
    if (party.camp === 'state' && !party.actor && !party.country && ctx.dominant) party.country = ctx.dominant;
    const r: Resolved = { kind: 'party', party, ...base, carried: false };
    if (ag.person) r.person = ag.person;
    return r;
  }
  if (ag.kind === 'analyst') {
    const r: Resolved = { kind: 'analyst', ...base, carried: false };
    if (ag.org) r.org = ag.org;
    if (ag.person) r.person = ag.person;
    return r;
  }
  if (ag.kind === 'other') {
    const r: Resolved = { kind: 'other', label: ag.label, ...base, carried: false };
    if (ag.person) r.person = ag.person;
    return r;
  }
  return undefined;
}

// ----------------------------------------------------------------------------- quotations

/** How many sentences a quotation may run over. */
const QUOTE_REACH = 6;

/**
 * Quotations over several sentences: a quotation opened in one sentence and closed in a
 * later one (“… . … . …,” he said) is the speaker's throughout, whether the speaker is named
 * where it opens ("X said: “…") or where it closes. The marks' directions (./quote-marks.ts)
 * say where a quotation opens and closes, so a lost mark upstream does not turn the later ones
 * round. A sentence that is a quotation on its own (« Même si « … ». »), right after a quoted
 * statement, continues that speaker. Only sentences with no speaker of their own take the carried one.
 */
/** True when a sentence is one quotation, with at most a few words around it ("Even so, “…”."). */
function quotationOnly(text: string, marks: QuoteMark[]): boolean {
  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first?.open || !last || last.open) return false;
  const outside = `${text.slice(0, first.at)} ${text.slice(last.at + 1)}`.match(/[\p{L}\p{N}]+/gu) ?? [];
  return outside.length <= 3;
}

function carryQuotes(sents: Analysed[]): void {
  let openAt = -1;
  let openMark = -1;
  for (const s of sents) {
    const marks = quoteMarks(s.text);
    if (openAt >= 0 && s.index - openAt > QUOTE_REACH) openAt = -1;
    if (openAt < 0 && !s.sources.length && quotationOnly(s.text, marks)) {
      const prev = sents[s.index - 1];
      const src = prev && prev.norm.includes('"') ? prev.sources.find((x) => !x.negated) : undefined;
      if (src) s.sources.push({ ...src, carried: true, at: 0 });
    }
    for (const m of marks) {
      if (m.open) {
        openAt = s.index;
        openMark = m.at;
        continue;
      }
      // A closing mark with nothing open before it in an earlier sentence: nothing to carry.
      if (openAt < 0 || openAt === s.index) {
        openAt = -1;
        continue;
      }
      // Closes here: the speaker after the closing mark, else the one before it opened.
      const open = sents[openAt] as Analysed;
      const src = s.sources.find((x) => !x.negated && x.at > m.at) ?? open.sources.find((x) => !x.negated && x.at < openMark);
      if (src) {
        for (let k = openAt; k <= s.index; k++) {
          const x = sents[k] as Analysed;
          if (!x.sources.length) x.sources.push({ ...src, carried: true, at: 0 });
        }
      }
      openAt = -1;
    }
  }
}

// ----------------------------------------------------------------------------- labels

/**
 * True when a party source makes the sentence a party claim: not negated, not a "For X,"
 * framing, and not reported inside an analyst's statement ("IS Sahel … punishes communities
 * it accuses of…" stays the analyst's reading: the analyst is the origin of the sentence).
 */
function partyCounts(s: Analysed, r: Resolved): boolean {
  if (r.kind !== 'party' || r.negated || r.mode === 'for' || r.mode === 'data' || r.ceremony) return false;
  const analystAt = s.sources.find((x) => x.kind === 'analyst' && !x.carried)?.at ?? Infinity;
  // At the same cue, the two are one joint subject ("He and the association X said").
  return r.at <= analystAt;
}

function setLabels(s: Analysed, c: Compiled): void {
  // Floods, epidemics, accidents: no figure and no party claim (GUIDELINE.md, "Not the conflict").
  // Only where it matters (a number or a party speaking): most sentences have neither.
  const offConflict = (s.figures.length > 0 || s.sources.some((r) => r.kind === 'party')) && c.notConflict.test(s.norm) && !CONFLICT_WORDS.test(s.norm);
  if (offConflict) s.figures = [];
  for (const r of s.sources) {
    if (partyCounts(s, r) && !offConflict) s.labels.add('party-claim');
    // An analyst's negated statement ("the report does not specify…") is still their view.
    if (r.kind === 'analyst') s.labels.add('analyst');
  }
  if (s.findings) s.labels.add('analyst');
  if (s.figures.length) s.labels.add('figure');
  if (s.disclaimer) s.labels.add('unverified');
}

/** The source a claim rests on: a party first, then an analyst, then anyone else. */
export function mainSource(s: Analysed): Resolved | undefined {
  const ok = s.sources.filter((r) => !r.negated || r.kind === 'analyst');
  return (
    ok.find((r) => partyCounts(s, r)) ??
    ok.find((r) => r.kind === 'analyst') ??
    s.findings ??
    ok.find((r) => r.kind === 'other')
  );
}

// ----------------------------------------------------------------------------- disclaimers

/** How many paragraphs before its own a back-referring disclaimer may reach. */
const REACH_PARAGRAPHS = { visual: 3, accounts: 1, figures: 2 } as const;

function applyDisclaimers(sents: Analysed[]): void {
  for (const d of sents) {
    const dis = d.disclaimer;
    if (!dis || dis.kind !== 'backref' || !dis.material) continue;
    const covered: number[] = [];
    const minBlock = d.block - REACH_PARAGRAPHS[dis.material];
    // Walk back sentence by sentence, paragraph by paragraph; never past another disclaimer.
    let k = d.index - 1;
    const inReach = (x: Analysed) => x.block >= minBlock && !(x.disclaimer && x.disclaimer.kind === 'backref');
    if (dis.material === 'visual') {
      // The nearest paragraph with footage described: from its first description to its last
      // (to the disclaimer itself when they share the paragraph).
      while (k >= 0 && inReach(sents[k] as Analysed)) {
        const blk = (sents[k] as Analysed).block;
        const inBlock: Analysed[] = [];
        while (k >= 0 && (sents[k] as Analysed).block === blk && inReach(sents[k] as Analysed)) inBlock.unshift(sents[k--] as Analysed);
        const shows = inBlock.filter((x) => x.footage);
        if (shows.length) {
          const first = (shows[0] as Analysed).index;
          const last = blk === d.block ? d.index - 1 : (shows[shows.length - 1] as Analysed).index;
          for (let j = first; j <= last; j++) covered.push(j);
          break;
        }
      }
    } else if (dis.material === 'accounts') {
      // The contiguous run of attributed statements right before the disclaimer (testimonies,
      // reports, claims).
      while (k >= 0 && inReach(sents[k] as Analysed) && (sents[k] as Analysed).sources.some((r) => r.kind !== 'analyst' && !r.negated)) {
        covered.unshift(k--);
        if (dis.singular) break;
      }
    } else {
      // Every number given by a source (not an independent analyst) in reach.
      for (; k >= 0 && inReach(sents[k] as Analysed); k--) {
        const x = sents[k] as Analysed;
        if (x.figures.length && x.sources.some((r) => r.kind !== 'analyst' && !r.negated)) {
          covered.unshift(k);
          if (dis.singular) break; // "the toll": the nearest one
        }
      }
    }
    for (const j of covered) {
      const x = sents[j] as Analysed;
      x.labels.add('unverified');
      if (x.coveredBy === undefined) x.coveredBy = d.index;
      d.covers.push(j);
    }
  }
}

// ----------------------------------------------------------------------------- conflicts

const EVENT_WORDS =
  /(?<![\p{L}])(?:attack|assault|ambush|clash|fight|fighting|strike|strikes|losses|repel|repelled|control|offensive|operation|toll|attaqu\p{L}*|combats?|pertes|repouss\p{L}*|contrôle|offensive|opération|bilan|frappes?|embuscade)(?![\p{L}])/u;
const DENIAL = /(?<![\p{L}])(?:denied|denies|deny|denying|rejected|rejects|rejecting|dismissed|disputed|defend\p{L}* (?:itself|themselves)|dément|démentent|démenti|défend\p{L}*|rejet\p{L}*|contest\p{L}*)(?![\p{L}])/u;
/** How far apart two accounts of one event may be, in sentences. */
const CONFLICT_WINDOW = 6;

function sideOf(r: Resolved, dominant: string | undefined): string | undefined {
  const p = r.party;
  if (!p) return undefined;
  // "according to accounts from both camps" is no one side's account.
  if (p.head === 'both-sides') return undefined;
  switch (p.camp) {
    case 'state':
      return `state:${p.country ?? dominant ?? '?'}`;
    case 'foreign':
      // Foreign forces fighting alongside a Sahel state share its side (Wagner with FAMa).
      return `state:${dominant ?? p.country ?? '?'}`;
    case 'separatist':
      return 'separatist';
    case 'jihadist':
      return `jihadist:${p.actor ?? 'jihadists'}`;
    default:
      return `armed:${p.actor ?? 'group'}`;
  }
}

function linkConflicts(sents: Analysed[], c: Compiled, dom: string | undefined): void {
  const claims = sents.filter((s) => s.labels.has('party-claim'));
  const eventish = (s: Analysed) => s.figures.length > 0 || EVENT_WORDS.test(s.norm) || s.feats.spans.casualty.length > 0;
  for (let a = 0; a < claims.length; a++) {
    const x = claims[a] as Analysed;
    const sx = mainSource(x);
    if (!sx || sx.kind !== 'party' || !eventish(x)) continue;
    for (let b = a + 1; b < claims.length; b++) {
      const y = claims[b] as Analysed;
      if (y.index - x.index > CONFLICT_WINDOW) break;
      const sy = mainSource(y);
      if (!sy || sy.kind !== 'party' || !eventish(y)) continue;
      const sideX = sideOf(sx, dom);
      const sideY = sideOf(sy, dom);
      if (sideX && sideY && sideX !== sideY) {
        x.conflicts.add(y.index);
        y.conflicts.add(x.index);
      }
    }
  }
  // A party's denial answers the nearest earlier account by someone else (an analyst's
  // findings, another party's claim).
  for (const y of claims) {
    const sy = mainSource(y);
    // The party itself denies or rejects (not "…, which the villagers deny").
    if (!sy || sy.kind !== 'party' || !DENIAL.test(sy.cue.toLowerCase())) continue;
    for (let k = y.index - 1; k >= Math.max(0, y.index - 4); k--) {
      const x = sents[k] as Analysed;
      const sx = mainSource(x);
      if (!sx || (sx.kind !== 'analyst' && sx.kind !== 'party')) continue;
      if (sx.kind === 'party' && sy && sideOf(sx, dom) === sideOf(sy, dom)) continue;
      x.conflicts.add(y.index);
      y.conflicts.add(x.index);
      break;
    }
  }
}

export type { Camp };
