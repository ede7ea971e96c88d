/**
 * Attribution cues inside one sentence and the span naming who speaks.
 *
 * Cue kinds:
 * - `verb`: a speech or assertion verb; the speaker is its subject (searched backwards to the
 *   start of the clause) or, inverted, the words after it ("…,” said X", « », a averti X »);
 * - `weak`: "announced", « annoncer » — only before a clause ("announced that…"), not before
 *   a plain object ("announced its departure", which reports an act, not a claim);
 * - `toll`: "gave a toll", « a communiqué un bilan » — only when the sentence has a number;
 * - `publish`: "posted a message", « a diffusé une vidéo »: material a speaker put out;
 * - `passive`: "described by the army", « accusées par des miliciens »;
 * - `according`: "according to X", « selon X »: the speaker follows;
 * - `for`: "For X, …", « Pour X, … » — a framing that only ever introduces an analyst's view;
 * - `data`: "ACLED data show", « le rapport révèle » — verbs that attribute only to an
 *   independent source ("Images posted by the rebels showed…" is a description, not a claim).
 * A negation between the subject and the verb ("has not commented", « ne les avait pas
 * revendiquées ») cancels the cue.
 */
import type { Compiled, FeatCat } from '../lexicon/index.ts';
import type { Features, Mention, PersonName } from './mentions.ts';
import { classifySpan, type AgentRef, type SpanContext } from './speakers.ts';

export type CueMode = 'verb' | 'data' | 'weak' | 'toll' | 'publish' | 'passive' | 'according' | 'for';

export interface Attribution {
  mode: CueMode;
  /** The cue words as written. */
  cue: string;
  cueStart: number;
  cueEnd: number;
  /** Span of the words naming the speaker (sentence offsets). */
  agentStart: number;
  agentEnd: number;
  agent: AgentRef;
  negated: boolean;
  /** Participle or coordinated verb that took the previous cue's speaker. */
  inherited?: boolean;
}

export interface SentenceInput {
  text: string;
  norm: string;
  /** Actor mentions and word-list features, sentence offsets. */
  feats: Features;
  names: PersonName[];
  /** Where the sentence's figures start (sentence offsets). */
  figureStarts: number[];
}

interface Cue {
  mode: CueMode;
  start: number;
  end: number;
}

const SOFT = /[,()\u2014\u2013]/u;
const ANONYMOUS = /(?:condition of anonymity|requested anonymity|asked not to be (?:named|identified)|speaking anonymously|not authori[sz]ed to speak|sous couvert d(?:e l)?'anonymat|requis l'anonymat|sous le couvert de l'anonymat|a requis l'anonymat|ayant requis l'anonymat)/u;
const HARD_CHARS = new Set(['"', ';', ':']);
const AGAINST = /^(?:against|contre) /;
/** A verb of replying before a participle cue ("responded by saying", « a réagi en affirmant »). */
const REPLIED_BY =
  /(?:\s+\p{L}+ly)?\s+(?:responded|replied|reacted|retorted|answered|hit back)\s+by\s*$|\s+(?:a|ont|avait|avaient)\s+(?:\p{L}+\s+)?(?:réagi|répondu|répliqué|riposté)\s+en\s*$/u;
/**
 * Nothing but a place or a time between a verb and the end of its sentence ("… announced in the
 * capital.", « …, a annoncé lundi le ministère. » aside): no object, so what was announced is
 * the clause before the comma.
 */
const CLOSING_TAIL =
  /^(?:\s+(?:in|on|at|from|late|early|last|this|today|yesterday|overnight|earlier|later|à|au|aux|en|dans|depuis|hier|aujourd'hui|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+[^\s,;:"]+){0,4})?\s*[.!]?["'\s]*$/u;
/** Verbs that may be inverted after a plain comma in English ("…, said the minister"). */
const EN_COMMA_INVERSION = /^(?:said|says|added|adds|wrote|writes|explained|noted|insisted)$/;
const BE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|been|being|be|get|gets|got|été|est|sont|était|étaient|sera|seront|soit|fut)(?:\s+(?:also|not|often|widely|loosely|generally|largely|still|never|already|previously|formerly|informally|officially|commonly|sometimes|pas|souvent|largement|déjà|également|régulièrement|toujours|parfois|aussi|\p{L}{2,}ly|\p{L}{3,}ment))*\s+$/u;

function collectCues(s: SentenceInput, c: Compiled): Cue[] {
  const cues: Cue[] = [];
  const { norm } = s;
  const push = (mode: CueMode, start: number, end: number) => cues.push({ mode, start, end });

  const spans = (cat: FeatCat) => s.feats.spans[cat];
  // "according to X" / « selon X »: the whole forward span is the speaker.
  for (const m of spans('according')) push('according', m.start, m.end);
  // Passives with an agent ("by" / « par » must be there).
  if (/ (?:by|par) /.test(norm)) {
    for (let m = reset(c.passive).exec(norm); m; m = c.passive.exec(norm)) {
      // "has documented killings … by" is an active perfect, not a passive.
      if (/(?<![\p{L}])(?:has|have|had|having|a|ont|avait|avaient)\s+$/u.test(norm.slice(Math.max(0, m.index - 10), m.index))) continue;
      push('passive', m.index, m.index + m[0].length);
    }
  }
  for (const m of spans('data')) {
    if (!c.determinerEnd.test(norm.slice(Math.max(0, m.start - 40), m.start))) push('data', m.start, m.end);
  }
  // Speech verbs.
  for (const m of spans('cue')) {
    const before = norm.slice(Math.max(0, m.start - 40), m.start);
    if (c.determinerEnd.test(before)) continue; // "the claims", « l'analyse »: a noun
    if (BE_BEFORE.test(before)) continue; // "are attributed", « a été confirmé »: a passive
    push('verb', m.start, m.end);
  }
  for (const m of spans('weak')) {
    const before = norm.slice(Math.max(0, m.start - 40), m.start);
    if (BE_BEFORE.test(before)) continue;
    const after = norm.slice(m.end, m.end + 60);
    // Inverted after a quotation ("…,” the group declared" is handled as `quoted`); in French
    // also after a comma with its auxiliary (« …, a annoncé le président »). An English comma
    // alone is not enough: "the Wagner Group, a … organisation, announced its departure".
    const inverted = c.lex.lang === 'fr' ? /(?:,|")\s*(?:a|ont|avait|avaient)\s+$/.test(before) || /"\s*,?\s*$/.test(before) : /"\s*,?\s*$/.test(before);
    const quoted = /"\s*,?\s*[\p{L}\s'-]{0,40}$/u.test(before) && before.includes('"');
    // An announcement is a claim when it is about the conflict (a toll, an attack, control of
    // a town); "announced that they had dissolved their coalition" reports a decision.
    const aboutEvent = s.figureStarts.length > 0 || spans('event').length > 0 || spans('casualty').length > 0;
    // With a plain object, only an announcement of the event itself counts ("announced the
    // deaths of two soldiers", « a annoncé la mort de deux soldats »), within a few words.
    // A figure in the object is the speaker's figure ("announced a force of 5,000 men").
    const objectIsEvent =
      [...spans('event'), ...spans('casualty')].some((x) => x.start >= m.end && x.start - m.end < 60) || s.figureStarts.some((x) => x >= m.end && x - m.end < 100);
    // "…, the ministry announced on Monday." closing the sentence: what comes before the comma
    // is what was announced.
    const comma = norm.lastIndexOf(',', m.start);
    const closing = comma > 0 && m.start - comma <= 90 && !/[;:"]/.test(norm.slice(comma, m.start)) && CLOSING_TAIL.test(norm.slice(m.end));
    if (closing) push('weak', m.start, m.end);
    else if ((c.weakClause.test(after) || inverted || quoted) && aboutEvent) push('weak', m.start, m.end);
    else if (objectIsEvent) push('weak', m.start, m.end);
  }
  if (s.figureStarts.length > 0) {
    for (const m of spans('toll')) {
      if (c.tollNoun.test(norm.slice(m.end, m.end + 60))) push('toll', m.start, m.end);
    }
  }
  for (const m of spans('publish')) {
    const before = norm.slice(Math.max(0, m.start - 40), m.start);
    if (BE_BEFORE.test(before)) continue;
    if (c.publishObject.test(norm.slice(m.end, m.end + 50))) push('publish', m.start, m.end);
  }
  const ff = c.forFrame.exec(norm);
  if (ff) push('for', ff.index, ff.index + ff[0].length);
  cues.sort((a, b) => a.start - b.start || b.end - a.end);
  // Drop cues nested in an earlier one ("reported" inside a passive "reported by").
  const out: Cue[] = [];
  for (const q of cues) {
    const last = out[out.length - 1];
    if (last && q.start < last.end) continue;
    out.push(q);
  }
  return out;
}

function reset(re: RegExp): RegExp {
  re.lastIndex = 0;
  return re;
}

/** Positions (exclusive ends) where a subject search going backwards must stop. */
function hardBoundaries(s: SentenceInput, from: number, upTo: number): number[] {
  const { norm } = s;
  const out: number[] = [from];
  for (let i = from; i < upTo; i++) if (HARD_CHARS.has(norm[i] as string)) out.push(i + 1);
  for (const m of s.feats.spans.clause) {
    if (m.end > upTo || m.start < from) continue;
    // "X as well as Y said", « X ainsi que Y affirment »: one subject, not two clauses.
    if (/(?:ainsi|well)\s$/.test(norm.slice(Math.max(0, m.start - 6), m.start)) || /^as well/.test(norm.slice(m.start, m.start + 7))) continue;
    out.push(m.end);
  }
  return out.sort((a, b) => a - b);
}

/**
 * The forward span after a cue: up to the first comma (plus an appositive that follows it:
 * "Rida Lyammouri, a security analyst with …"), a quote, or the sentence end.
 */
function forwardSpan(text: string, norm: string, from: number, mentions: Mention[]): [number, number] {
  let i = from;
  const n = norm.length;
  // The sentence's own final period ends the span; inner periods are abbreviations ("M. Kané").
  const tail = /\.["'\s]*$/.exec(norm.slice(-8));
  const lastDot = tail ? Math.max(0, norm.length - 8) + tail.index : -1;
  let commas = 0;
  let words = 0;
  for (; i < n; i++) {
    const ch = norm[i] as string;
    if (ch === ' ') {
      words++;
      // "accusations by Mauritania against the army": the speaker ends where its target starts.
      if (words > 18 || AGAINST.test(norm.slice(i + 1, i + 9))) break;
    }
    if (ch === ';' || ch === ':' || ch === '"' || (ch === '.' && i === lastDot)) break;
    if (ch === ',' || ch === '(' || ch === ')' || ch === '\u2014' || ch === '\u2013') {
      // Continue only into the appositive of a name: "Rida Lyammouri, a security analyst
      // with…", "Awa Sidibé, chercheuse à…", "Salif Kanouté, who tracks…" — not after a
      // pronoun or a common noun (« selon lui, le risque… », "according to the ministry, the…").
      const seg = text.slice(from, i);
      const named = /\p{Lu}/u.test(seg.replace(/^\s*\p{Lu}/u, (m) => m.toLowerCase()).trim()) || /^\s*\p{Lu}[\p{L}'’-]+\s*$/u.test(seg);
      const rest = norm.slice(i + 1, i + 40);
      const appositive = /^\s*(?:a|an|the|who|which|un|une|le|la|les|l'|qui|ancien|ancienne)\s/u.test(rest) || startsWithExpert(mentions, i + 1, norm);
      if (commas >= 2 || !appositive || !named) break;
      commas++;
    }
  }
  return [from, i];
}

/**
 * True when an expert title or a role starts within a few characters of `at`, or a few words
 * on before any comma ("lead investigator for…", « chargée de l'Afrique de l'Ouest chez
 * Amnesty »), or an independent body is named there.
 */
function startsWithExpert(mentions: Mention[], at: number, norm?: string): boolean {
  const m = mentions.find((x) => x.start >= at);
  if (!m) return false;
  if (m.start - at <= 3 && (m.kind.t === 'expert' || m.kind.t === 'role')) return true;
  const gap = norm ? norm.slice(at, m.start) : ',';
  return m.start - at <= 40 && !/[,;:"()]/.test(gap) && (m.kind.t === 'expert' || m.kind.t === 'analyst' || m.kind.t === 'analyst-word');
}

/** Splits [s, e) at soft boundaries and drops leading adverbial phrases ("In a statement, …"). */
function trimAdjuncts(norm: string, s: number, e: number, c: Compiled): number {
  let start = s;
  for (let guard = 0; guard < 4; guard++) {
    const seg = norm.slice(start, e);
    const cut = seg.search(SOFT);
    if (cut < 0) break;
    if (!c.adjunctStart.test(seg.slice(0, cut)) && !/^\s*$/.test(seg.slice(0, cut))) break;
    start = start + cut + 1;
  }
  return start;
}

/** Finds every attribution cue of one sentence with its classified speaker. */
export function findAttributions(s: SentenceInput, c: Compiled): Attribution[] {
  const cues = collectCues(s, c);
  if (!cues.length) return [];
  const ctx: SpanContext = { text: s.text, norm: s.norm, mentions: s.feats.mentions, names: s.names, c };
  const out: Attribution[] = [];
  const { norm } = s;
  let prevEnd = 0;
  let prev: Attribution | undefined;
  // Forward spans of "according to" & co. swallow cues inside them.
  let coveredTo = -1;
  for (const q of cues) {
    if (q.start < coveredTo) continue;
    const cueText = s.text.slice(q.start, q.end);
    let agentStart = q.end;
    let agentEnd = q.end;
    let agent: AgentRef = { kind: 'unknown' };
    let negated = false;
    let inherited = false;
    let also: { agent: AgentRef; start: number; end: number } | undefined;
    if (q.mode === 'according' || q.mode === 'for' || q.mode === 'passive') {
      const [fs, fe] = forwardSpan(s.text, norm, q.end, s.feats.mentions);
      agentStart = fs;
      agentEnd = fe;
      agent = classifySpan(ctx, fs, fe);
      coveredTo = fe;
      if (q.mode === 'passive') negated = c.negation.test(norm.slice(Math.max(prevEnd, q.start - 40), q.start));
    } else {
      const before = norm.slice(Math.max(0, q.start - 30), q.start);
      const after = norm.slice(q.end, q.end + 12);
      const pron = c.invertedPronoun.exec(after);
      // Inverted speaker after a quotation ("…,” said X", « », a averti X »), or in French
      // after a comma when a noun phrase follows the verb (« …, précise l'une de ces sources »).
      // An English comma is ambiguous ("X, a researcher, said the attackers…"): the subject
      // before the verb is tried first there.
      const afterQuote = /"\s*,?\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?$/.test(before);
      const commaBefore = /,\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?$/.test(before);
      // Days, "today", the outlet spoken to may sit between an inverted verb and its speaker
      // (« …, a déclaré aujourd'hui à l'AFP X »): skipped.
      const skip = c.invertedAdjuncts.exec(norm.slice(q.end, q.end + 80))?.[0].length ?? 0;
      const from = q.end + skip;
      const afterSkip = ' ' + norm.slice(from, from + 12).trimStart();
      const nounFollows = /^\s+(?:l'|(?:le|la|les|un|une|des|du|son|sa|ses|leur|leurs|cette|ce|cet|m\.|mme|me)\s)/u.test(afterSkip) || /^\s*\p{Lu}/u.test(s.text.slice(from, from + 4));
      const tryForward = (accept: (a: AgentRef) => boolean = () => true) => {
        const [fs, fe] = forwardSpan(s.text, norm, from, s.feats.mentions);
        let a = classifySpan(ctx, fs, fe);
        // "…, said Dupont and other sources": the first of the two names the speaker.
        const and = / (?:and|et) /.exec(norm.slice(fs, fe));
        if (and && a.kind === 'other') {
          const first = classifySpan(ctx, fs, fs + and.index);
          if (first.kind === 'party' || first.kind === 'analyst' || (first.kind === 'anaphor' && first.anaphor === 'surname')) a = first;
        }
        if (a.kind !== 'unknown' && accept(a)) {
          agent = a;
          agentStart = fs;
          agentEnd = fe;
        }
      };
      if (pron) {
        // « souligne-t-il »: the pronoun is the speaker.
        agent = { kind: 'anaphor', anaphor: 'pronoun', word: pron[0].replace(/^-(?:t-)?/, '') };
        agentStart = q.end;
        agentEnd = q.end + pron[0].length;
      } else if (afterQuote || (c.lex.lang === 'fr' && commaBefore && nounFollows)) {
        tryForward();
      }
      if (agent.kind === 'unknown' && c.lex.lang === 'en' && commaBefore && EN_COMMA_INVERSION.test(norm.slice(q.start, q.end)) && s.names.some((n) => n.start >= q.end && n.start <= q.end + 2)) {
        // "…, said Jane Doe, spokesperson for the coalition": a person named right after the verb.
        tryForward();
      }
      if (agent.kind === 'unknown' && c.lex.lang === 'en' && commaBefore && EN_COMMA_INVERSION.test(norm.slice(q.start, q.end)) && /^(?:\s+[^\s,;:"]+){1,6}[.!?]?["'\s]*$/.test(norm.slice(q.end))) {
        // "…, says a security source." closing the sentence (a few words after the verb): they are the
        // speaker, when they name a source that is not a party ("…, said the army withdrew"
        // must not make the army speak; a party there is found by the subject search below).
        tryForward((a) => a.kind === 'other' || a.kind === 'analyst' || (a.kind === 'anaphor' && a.anaphor === 'surname'));
      }
      const participle = c.lex.lang === 'en' ? /ing$/.test(cueText) : /ant$/.test(cueText);
      if (agent.kind === 'unknown' && participle && prev && prev.agent.kind !== 'unknown') {
        // "…, saying it was bringing…", « tout en dénonçant… »: the previous speaker.
        agent = prev.agent;
        agentStart = prev.agentStart;
        agentEnd = prev.agentEnd;
        inherited = true;
      }
      if (agent.kind === 'unknown') {
        // "X quickly responded by saying…", « X a réagi en affirmant… »: X is the subject of both verbs.
        const reply = REPLIED_BY.exec(norm.slice(Math.max(0, q.start - 40), q.start));
        const found = subject(ctx, s, reply ? q.start - reply[0].length : q.start, prevEnd, prev);
        also = found.also;
        agent = found.agent;
        agentStart = found.start;
        agentEnd = found.end;
        inherited = found.inherited;
        negated = c.negation.test(norm.slice(found.regionStart, q.start));
      }
      if (agent.kind === 'unknown' && c.lex.lang === 'en' && commaBefore && EN_COMMA_INVERSION.test(norm.slice(q.start, q.end))) {
        tryForward(); // "…, said the minister."
        negated = false;
      }
      if (agent.kind === 'unknown' && participle) {
        // "Déby has also threatened…, accusing…": the sentence's subject.
        const first = firstSegment(norm);
        const a = classifySpan(ctx, 0, first);
        // Only when the sentence opens with that subject ("A decade of war has weakened the
        // juntas that…, faulting…" is the writer's narration).
        const head = s.feats.mentions.find((m) => m.start < first && m.kind.t !== 'country' && m.kind.t !== 'capital');
        if (a.kind !== 'unknown' && head && head.start <= 25) {
          agent = a;
          agentStart = 0;
          agentEnd = first;
          inherited = true;
        }
      }
    }
    if (agent.kind === 'other' && q.mode === 'verb') {
      // "Witnesses told Human Rights Watch…", « ont déclaré à Amnesty… »: the body's findings.
      const to = /^\s*(?:to\s+|à\s+|au\s+|auprès\s+(?:de|du)\s+)?(?:l'|la\s+|le\s+|the\s+)?/u.exec(norm.slice(q.end, q.end + 20));
      const at = q.end + (to ? to[0].length : 0);
      const body = s.feats.mentions.find((m) => m.start === at && m.kind.t === 'analyst');
      if (body && body.kind.t === 'analyst') agent = { kind: 'analyst', org: body.kind.actor.name };
    }
    if (agent.kind === 'party' && ANONYMOUS.test(norm.slice(Math.min(agentStart, q.start), Math.max(agentEnd, q.end) + 50))) {
      // "an officer speaking on condition of anonymity", « sous couvert d'anonymat »: not a
      // party's statement (GUIDELINE.md, "Who speaks, when nobody is a party").
      agent = { kind: 'other', label: s.text.slice(agentStart, agentEnd).trim() || 'anonymous source' };
    }
    const att: Attribution = { mode: q.mode, cue: cueText, cueStart: q.start, cueEnd: q.end, agentStart, agentEnd, agent, negated };
    if (inherited) att.inherited = true;
    out.push(att);
    if (also) out.push({ ...att, agentStart: also.start, agentEnd: also.end, agent: also.agent });
    // "citing witnesses", « citant des témoins » is a parenthesis between a subject and its
    // verb: it neither becomes the previous speaker nor blocks the subject search.
    if (/^(?:citing|quoting|citant)$/i.test(cueText)) continue;
    if (agent.kind !== 'unknown') prev = att;
    prevEnd = Math.max(q.end, agentEnd > q.end ? agentEnd : q.end);
  }
  return out.filter((a) => a.agent.kind !== 'unknown' && (a.mode !== 'data' || a.agent.kind === 'analyst' || (a.agent.kind === 'anaphor' && a.agent.anaphor !== 'surname')));
}

function firstSegment(norm: string): number {
  const m = /[,;:"]/.exec(norm);
  return m ? m.index : norm.length;
}

/**
 * The subject of a verb at `at`: the region from the last hard boundary (clause word, quote,
 * previous cue) to the verb, minus leading adverbials. If that region names nobody, the
 * search moves one boundary further back (a relative clause: "Wamaps, an independent group
 * that monitors the conflict, said"); past a previous cue, the verbs share its subject
 * ("rejected the findings and have denied").
 */
function subject(
  ctx: SpanContext,
  sent: SentenceInput,
  at: number,
  prevEnd: number,
  prev: Attribution | undefined,
): { agent: AgentRef; start: number; end: number; regionStart: number; inherited: boolean; also?: { agent: AgentRef; start: number; end: number } } {
  const { norm, c } = ctx;
  // Bounded look-back: a subject is never far from its verb (keeps pathological text linear).
  const floor = Math.max(0, at - 300);
  const bounds = hardBoundaries(sent, floor, at);
  let bi = bounds.length - 1;
  let regionStart = Math.max(bounds[bi] ?? 0, prevEnd);
  // Negation is looked for in the verb's own clause only.
  const clauseStart = regionStart;
  const unknown = { agent: { kind: 'unknown' } as AgentRef, start: at, end: at, regionStart: clauseStart, inherited: false };
  // Where the subject's words end: the verb, or the start of a relative clause set aside.
  let end = at;
  for (let tries = 0; tries < 3; tries++) {
    const s = trimAdjuncts(norm, regionStart, end, c);
    // The words right before the verb name the subject when they hold a head ("…, the United
    // Nations said"); otherwise the verb follows an appositive ("X, a researcher at Y, said")
    // and the whole region is read from its start.
    const lastSoft = lastSoftBoundary(norm, s, end);
    // "X (FLA) as well as witnesses said": the words after the bracket continue the subject.
    const continues = /^\s*(?:ainsi que|de même que|as well as|along with|together with)\s/u.test(norm.slice(lastSoft, end));
    if (lastSoft > s && !continues) {
      const near = classifySpan(ctx, lastSoft, end);
      // "…, LocalNews reported." closing the sentence: the name before the verb is the source.
      const closing = near.kind === 'anaphor' && near.anaphor === 'surname' && /^\s*\p{L}+\s*(?:(?:on|this|last)\s+\p{L}+\s*)?[.!]?["'\s]*$/u.test(norm.slice(at));
      if (near.kind !== 'unknown' && (closing || !(near.kind === 'anaphor' && near.anaphor === 'surname'))) return { agent: near, start: lastSoft, end: at, regionStart: clauseStart, inherited: false };
    }
    // A verb coordinated with a previous cue shares its subject ("rejected the findings and
    // have denied", « n'ont communiqué aucun bilan et accusent »).
    const coordinated = prev && /(?:^|\s)(?:and|but|or|et|mais|ou)\s+(?:\S+\s+){0,2}$/u.test(norm.slice(Math.max(prevEnd, at - 40), at)) && !hasHead(ctx, regionStart, at);
    if (coordinated && prev) return { agent: prev.agent, start: prev.agentStart, end: prev.agentEnd, regionStart: clauseStart, inherited: true };
    let agent = classifySpan(ctx, s, end);
    if (agent.kind === 'party' && relativeClause(ctx, regionStart, s, end)) {
      // "farmers who graze where the militias patrol blamed…": the head of a relative
      // clause with its own verb is not the subject of the cue; look further back, without it.
      agent = { kind: 'unknown' };
      const rel = RELATIVE_BEFORE.exec(norm.slice(Math.max(0, regionStart - 12), regionStart));
      end = Math.max(0, regionStart - 12) + (rel ? rel.index : 0);
    }
    if (agent.kind !== 'unknown') {
      // "…, the ministry and two residents said", "He and the association X said": a short noun
      // phrase joined by "and" is part of the subject, and speaks too.
      const also = conjunct(ctx, regionStart, floor, prevEnd);
      return { agent, start: s, end: at, regionStart: clauseStart, inherited: false, ...(also ? { also } : {}) };
    }
    if (regionStart <= prevEnd && prev && regionStart > 0) {
      return { agent: prev.agent, start: prev.agentStart, end: prev.agentEnd, regionStart: clauseStart, inherited: true };
    }
    // Stop at a quotation mark or the sentence start.
    if (regionStart <= floor || norm[regionStart - 1] === '"') break;
    bi--;
    if (bi < 0) break;
    regionStart = Math.max(bounds[bi] ?? 0, prevEnd);
  }
  return unknown;
}

/**
 * The first conjunct of a joint subject ("the ministry and …", "He and …"): a noun phrase of up
 * to three words right before "and"/« et » at `regionStart`, opening the clause, that names a
 * speaker of its own.
 */
function conjunct(ctx: SpanContext, regionStart: number, floor: number, prevEnd: number): { agent: AgentRef; start: number; end: number } | undefined {
  const { norm } = ctx;
  const joined = /(?:^|\s)(?:and|et)\s*$/u.exec(norm.slice(Math.max(0, regionStart - 6), regionStart));
  if (!joined) return undefined;
  const andAt = regionStart - (Math.min(6, regionStart) - joined.index);
  const segStart = Math.max(lastSoftBoundary(norm, Math.max(floor, andAt - 60), andAt), prevEnd);
  const seg = norm.slice(segStart, andAt).trim();
  if (!seg || seg.split(/\s+/).length > 3 || (segStart > 0 && !/[,;:]\s*$/.test(norm.slice(0, segStart)))) return undefined;
  const agent = classifySpan(ctx, segStart, andAt);
  return agent.kind === 'unknown' ? undefined : { agent, start: segStart, end: andAt };
}

const RELATIVE_BEFORE = /(?:^|\s)(?:(?:to|in|at|of) which|where|which|whom|où|auquel|auxquels|auxquelles|laquelle|lequel)\s*$/u;
const AUX_OR_FILLER = /^(?:has|have|had|also|not|still|is|are|was|were|will|would|would have|a|ont|avait|avaient|aussi|également|pas|ne|n'|y|en|it|they|il|ils|elle|elles|then|later|now|déjà)$/u;

/**
 * True when [s, at) is a relative clause ("…where the militias operate", "to which the
 * president belongs –") whose last actor is followed by a verb of its own before the cue.
 */
function relativeClause(ctx: SpanContext, regionStart: number, s: number, at: number): boolean {
  const { norm } = ctx;
  if (!RELATIVE_BEFORE.test(norm.slice(Math.max(0, regionStart - 12), regionStart))) return false;
  const inRegion = ctx.mentions.filter((m) => m.start >= s && m.end <= at);
  const last = inRegion[inRegion.length - 1];
  if (!last) return false;
  const words = norm.slice(last.end, at).split(/[\s,\u2013\u2014-]+/u).filter((w) => w && !AUX_OR_FILLER.test(w));
  return words.length > 0;
}

function lastSoftBoundary(norm: string, s: number, e: number): number {
  for (let i = e - 1; i >= s; i--) {
    const ch = norm[i] as string;
    if (ch === ',' || ch === '(' || ch === ')' || ch === '\u2014' || ch === '\u2013') return i + 1;
  }
  return s;
}

function hasHead(ctx: SpanContext, s: number, e: number): boolean {
  return ctx.mentions.some((m) => m.start >= s && m.end <= e && m.kind.t !== 'country' && m.kind.t !== 'pronoun');
}
