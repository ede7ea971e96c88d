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
 * - `for`: "For X, …", « Pour X, … » — a framing that only ever introduces an analyst's view.
 * A negation between the subject and the verb ("has not commented", « ne les avait pas
 * revendiquées ») cancels the cue.
 */
import type { Compiled } from '../lexicon/index.ts';
import type { Mention, PersonName } from './mentions.ts';
import { classifySpan, type AgentRef, type SpanContext } from './speakers.ts';

export type CueMode = 'verb' | 'weak' | 'toll' | 'publish' | 'passive' | 'according' | 'for';

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
  mentions: Mention[];
  names: PersonName[];
  hasFigure: boolean;
}

interface Cue {
  mode: CueMode;
  start: number;
  end: number;
}

const SOFT = /[,()\u2014\u2013]/u;
const HARD_CHARS = new Set(['"', ';', ':']);
/** Verbs that may be inverted after a plain comma in English ("…, said the minister"). */
const EN_COMMA_INVERSION = /^(?:said|says|added|adds|wrote|writes|explained|noted|insisted)$/;
const BE_BEFORE = /(?<![\p{L}])(?:is|are|was|were|been|being|be|get|gets|got|été|est|sont|était|étaient|sera|seront|soit|fut)(?:\s+(?:also|not|often|widely|loosely|generally|largely|still|never|already|pas|souvent|largement|déjà|également|régulièrement|toujours))*\s+$/u;

function collectCues(s: SentenceInput, c: Compiled): Cue[] {
  const cues: Cue[] = [];
  const { norm } = s;
  const push = (mode: CueMode, start: number, end: number) => cues.push({ mode, start, end });

  // "according to X" / « selon X »: the whole forward span is the speaker.
  for (let m = reset(c.according).exec(norm); m; m = c.according.exec(norm)) push('according', m.index, m.index + m[0].length);
  // Passives with an agent.
  for (let m = reset(c.passive).exec(norm); m; m = c.passive.exec(norm)) push('passive', m.index, m.index + m[0].length);
  // Speech verbs.
  for (let m = reset(c.cueVerb).exec(norm); m; m = c.cueVerb.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    if (c.determinerEnd.test(before)) continue; // "the claims", « l'analyse »: a noun
    if (BE_BEFORE.test(before)) continue; // "are attributed", « a été confirmé »: a passive
    push('verb', m.index, m.index + m[0].length);
  }
  for (let m = reset(c.weakVerb).exec(norm); m; m = c.weakVerb.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    if (BE_BEFORE.test(before)) continue;
    const after = norm.slice(m.index + m[0].length, m.index + m[0].length + 60);
    const inverted = /(?:,|")\s*(?:(?:a|ont|avait|avaient)\s+)?$/.test(before);
    const quoted = /"\s*,?\s*[\p{L}\s'-]{0,40}$/u.test(before) && before.includes('"');
    if (c.weakClause.test(after) || inverted || quoted) push('weak', m.index, m.index + m[0].length);
  }
  if (s.hasFigure) {
    for (let m = reset(c.tollVerb).exec(norm); m; m = c.tollVerb.exec(norm)) {
      if (c.tollNoun.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 60))) push('toll', m.index, m.index + m[0].length);
    }
  }
  for (let m = reset(c.publishVerb).exec(norm); m; m = c.publishVerb.exec(norm)) {
    const before = norm.slice(Math.max(0, m.index - 40), m.index);
    if (BE_BEFORE.test(before)) continue;
    if (c.publishObject.test(norm.slice(m.index + m[0].length, m.index + m[0].length + 50))) push('publish', m.index, m.index + m[0].length);
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
function hardBoundaries(norm: string, c: Compiled, upTo: number): number[] {
  const out: number[] = [0];
  for (let i = 0; i < upTo; i++) if (HARD_CHARS.has(norm[i] as string)) out.push(i + 1);
  for (let m = reset(c.clauseWord).exec(norm); m && m.index < upTo; m = c.clauseWord.exec(norm)) out.push(m.index + m[0].length);
  c.clauseWord.lastIndex = 0;
  return out.sort((a, b) => a - b);
}

/**
 * The forward span after a cue: up to the first comma (plus an appositive that follows it:
 * "Rida Lyammouri, a security analyst with …"), a quote, or the sentence end.
 */
function forwardSpan(norm: string, from: number, c: Compiled): [number, number] {
  let i = from;
  const n = norm.length;
  const stop = (ch: string) => ch === ';' || ch === ':' || ch === '"' || ch === '.' && /\s|$/.test(norm[i + 1] ?? '');
  let commas = 0;
  let words = 0;
  for (; i < n; i++) {
    const ch = norm[i] as string;
    if (ch === ' ') {
      words++;
      if (words > 18) break;
    }
    if (stop(ch)) break;
    if (ch === ',' || ch === '(' || ch === ')' || ch === '\u2014') {
      // Continue only into an appositive: "X, a researcher at…", "X, chercheuse à…", "X, who…".
      const rest = norm.slice(i + 1, i + 40);
      const appositive = /^\s*(?:a|an|the|who|which|un|une|le|la|les|l'|qui|ancien|ancienne)\s/u.test(rest) || startsWithExpert(rest, c);
      if (commas >= 2 || !appositive) break;
      commas++;
    }
  }
  return [from, i];
}

function startsWithExpert(rest: string, c: Compiled): boolean {
  const m = reset(c.mentionRe).exec(rest);
  c.mentionRe.lastIndex = 0;
  if (!m || m.index > 3) return false;
  for (let g = 1; g < m.length; g++) {
    if (m[g] !== undefined) {
      const k = c.kinds[g - 1];
      return !!k && (k.t === 'expert' || k.t === 'role');
    }
  }
  return false;
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

export interface SentenceAttributions {
  attributions: Attribution[];
}

/** Finds every attribution cue of one sentence with its classified speaker. */
export function findAttributions(s: SentenceInput, c: Compiled): Attribution[] {
  const cues = collectCues(s, c);
  if (!cues.length) return [];
  const ctx: SpanContext = { text: s.text, norm: s.norm, mentions: s.mentions, names: s.names, c };
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
    if (q.mode === 'according' || q.mode === 'for' || q.mode === 'passive') {
      const [fs, fe] = forwardSpan(norm, q.end, c);
      agentStart = fs;
      agentEnd = fe;
      agent = classifySpan(ctx, fs, fe);
      coveredTo = fe;
      if (q.mode === 'passive') negated = c.negation.test(norm.slice(Math.max(prevEnd, q.start - 40), q.start));
    } else {
      const before = norm.slice(Math.max(0, q.start - 30), q.start);
      const after = norm.slice(q.end, q.end + 12);
      const pron = c.invertedPronoun.exec(after);
      const invertedFr = c.lex.lang === 'fr' && /(?:,|")\s*(?:(?:a|ont|avait|avaient|aurait)\s+)?$/.test(before);
      const invertedEn =
        c.lex.lang === 'en' &&
        (/"\s*$/.test(before) || /,"\s*$/.test(before) || (/,\s*$/.test(before) && EN_COMMA_INVERSION.test(norm.slice(q.start, q.end))));
      if (pron) {
        // « souligne-t-il »: the pronoun is the speaker.
        agent = { kind: 'anaphor', anaphor: 'pronoun', word: pron[0].replace(/^-(?:t-)?/, '') };
        agentStart = q.end;
        agentEnd = q.end + pron[0].length;
      } else if (invertedFr || invertedEn) {
        const [fs, fe] = forwardSpan(norm, q.end, c);
        const a = classifySpan(ctx, fs, fe);
        if (a.kind !== 'unknown') {
          agent = a;
          agentStart = fs;
          agentEnd = fe;
        }
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
        const found = subject(ctx, q.start, prevEnd, prev);
        agent = found.agent;
        agentStart = found.start;
        agentEnd = found.end;
        inherited = found.inherited;
        negated = c.negation.test(norm.slice(found.regionStart, q.start));
      }
      if (agent.kind === 'unknown' && participle) {
        // "Déby has also threatened…, accusing…": the sentence's subject.
        const first = firstSegment(norm);
        const a = classifySpan(ctx, 0, first);
        if (a.kind !== 'unknown') {
          agent = a;
          agentStart = 0;
          agentEnd = first;
          inherited = true;
        }
      }
    }
    const att: Attribution = { mode: q.mode, cue: cueText, cueStart: q.start, cueEnd: q.end, agentStart, agentEnd, agent, negated };
    if (inherited) att.inherited = true;
    out.push(att);
    if (agent.kind !== 'unknown') prev = att;
    prevEnd = Math.max(q.end, agentEnd > q.end ? agentEnd : q.end);
  }
  return out.filter((a) => a.agent.kind !== 'unknown');
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
  at: number,
  prevEnd: number,
  prev: Attribution | undefined,
): { agent: AgentRef; start: number; end: number; regionStart: number; inherited: boolean } {
  const { norm, c } = ctx;
  const bounds = hardBoundaries(norm, c, at).filter((b) => b <= at);
  let bi = bounds.length - 1;
  let regionStart = Math.max(bounds[bi] ?? 0, prevEnd);
  for (let tries = 0; tries < 3; tries++) {
    const s = trimAdjuncts(norm, regionStart, at, c);
    const agent = classifySpan(ctx, s, at);
    if (agent.kind !== 'unknown') return { agent, start: s, end: at, regionStart, inherited: false };
    if (regionStart <= prevEnd && prev && regionStart > 0) {
      return { agent: prev.agent, start: prev.agentStart, end: prev.agentEnd, regionStart, inherited: true };
    }
    // Stop at a quotation mark or the sentence start.
    if (regionStart === 0 || norm[regionStart - 1] === '"') break;
    bi--;
    if (bi < 0) break;
    regionStart = Math.max(bounds[bi] ?? 0, prevEnd);
  }
  return { agent: { kind: 'unknown' }, start: at, end: at, regionStart, inherited: false };
}
