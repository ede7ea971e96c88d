/**
 * Who is named in a span of a sentence: a party (army, junta, armed group…), an independent
 * analyst (a monitor, a rights group, a named researcher), another source (residents,
 * security sources, media), or a word that points back (he, the statement, the same source).
 *
 * The span is the subject of a speech verb or the complement of "according to"; the
 * decision rests on the actor mentions found inside it (see mentions.ts) and their order:
 * the head of a noun phrase comes first, so the first actor decides, except that a named
 * independent body anywhere in the subject makes it an analyst ("Lamine Ould Sidi, a UNHCR
 * official"), and a role ("spokesman", « porte-parole ») speaks for the owner named after it.
 */
import type { Compiled, NamedActor, PartyHead } from '../lexicon/index.ts';
import { NOT_NAME_START, type Mention, type PersonName } from './mentions.ts';

export type Camp = 'state' | 'separatist' | 'jihadist' | 'foreign' | 'other-armed';

export interface PartyRef {
  head?: PartyHead;
  /** Canonical name of a named actor ("JNIM", "Africa Corps"). */
  actor?: string;
  camp: Camp;
  /** Country code (ML, BF, NE, TD, RU…) of a state party. */
  country?: string;
  /** "the group", "the rebels": to be resolved to the last armed group named. */
  generic?: boolean;
  /** "Its foreign ministry", « Son ministère »: the country named just before owns it. */
  possessive?: boolean;
}

export type Anaphor = 'pronoun' | 'document' | 'same' | 'org' | 'role' | 'surname' | 'expert';

export type AgentRef =
  | { kind: 'party'; party: PartyRef; person?: string }
  | { kind: 'analyst'; org?: string; person?: string }
  | { kind: 'other'; label: string; person?: string }
  | { kind: 'anaphor'; anaphor: Anaphor; word: string; person?: string }
  | { kind: 'unknown' };

/** Sentence-level data the classifier needs (offsets relative to the sentence). */
export interface SpanContext {
  /** Original sentence text. */
  text: string;
  /** Normalised sentence text (same length). */
  norm: string;
  mentions: Mention[];
  names: PersonName[];
  c: Compiled;
}

const GENERIC_HEADS: ReadonlySet<PartyHead> = new Set(['armed-group', 'jihadists', 'separatists', 'mercenaries', 'militia']);

function headCamp(head: PartyHead): Camp {
  switch (head) {
    case 'separatists':
      return 'separatist';
    case 'jihadists':
      return 'jihadist';
    case 'armed-group':
      return 'other-armed';
    case 'mercenaries':
      return 'foreign';
    case 'both-sides':
      return 'other-armed';
    default:
      return 'state';
  }
}

function actorParty(a: NamedActor): PartyRef {
  const p: PartyRef = { actor: a.name, camp: a.camp ?? 'other-armed' };
  if (a.country) p.country = a.country;
  // "al-Qaeda" in "the al-Qaeda-linked JNIM" is a qualifier: a named group next to it wins.
  if (a.name === 'al-Qaeda') p.generic = true;
  return p;
}

/** The country mention nearest to position `at` inside [s, e) (a head's nationality). */
function nearestCountry(ms: Mention[], at: number): string | undefined {
  let best: string | undefined;
  let dist = Infinity;
  for (const m of ms) {
    if (m.kind.t !== 'country' && m.kind.t !== 'capital' && m.kind.t !== 'leader') continue;
    const d = m.end <= at ? at - m.end : m.start - at;
    if (d < dist) {
      dist = d;
      best = m.kind.code;
    }
  }
  return best;
}

/** A "group" preceded by "medical", "rights"… is not an armed group. */
function isCivilGroup(ctx: SpanContext, m: Mention): boolean {
  if (m.kind.t !== 'party-head' || m.kind.head !== 'armed-group') return false;
  const before = ctx.norm.slice(Math.max(0, m.start - 40), m.start);
  return ctx.c.civilModifierEnd.test(before) || ctx.c.civilQualifierStart.test(ctx.norm.slice(m.end, m.end + 40));
}

/**
 * The head of a named independent body right after a title ("the president of the X Network",
 * « la présidente de la Ligue sahélienne des droits »): the body, when
 * the next actor word names one (an analyst, or an organisation word with a proper name).
 */
function bodyAfter(ctx: SpanContext, ms: Mention[], i: number, personText: string | undefined): AgentRef | undefined {
  const o = ms[i + 1];
  if (!o) return undefined;
  // Only "of the", « de la » and the capitalised words of the body's name in between.
  const between = ctx.text.slice((ms[i] as Mention).end, o.start).replace(/[’]/gu, "'");
  if (!/^\s*(?:of|for|at|with|du|de|de la|de l'|des|d'|à|au)?\s*(?:the|a|an|une?|la|le|l')?\s*(?:\p{Lu}[\p{L}'-]*\s+){0,4}$/u.test(between)) return undefined;
  if (o.kind.t === 'analyst') {
    const r: AgentRef = { kind: 'analyst', org: o.kind.actor.name };
    if (personText) r.person = personText;
    return r;
  }
  if (o.kind.t === 'analyst-word') {
    const org = namedBody(ctx, o);
    if (!org && !personText) return undefined;
    const r: AgentRef = { kind: 'analyst' };
    if (org) r.org = org;
    if (personText) r.person = personText;
    return r;
  }
  return undefined;
}

const INDEPENDENT_BODY = /(?:ngo|ong|non-governmental|non gouvernementale|rights|droits|observ|watchdog|monitor|surveillance)/u;

const COMPLEMENT_PREP = /(?:^|\s)(?:from|against|with|to|into|toward|towards|contre|avec|vers|chez)\s+(?:the|a|an|its|their|le|la|les|l'|un|une|des|du|son|sa|ses|leur|leurs)?\s*$/u;

/** True when a head is the complement of a preposition with words before it in the span. */
function inComplement(ctx: SpanContext, s: number, m: Mention): boolean {
  const before = ctx.norm.slice(s, m.start);
  const p = COMPLEMENT_PREP.exec(before);
  if (!p || !/\p{L}{3,}/u.test(before.slice(0, p.index))) return false;
  // "accounts from both camps", « des informations venant de l'armée »: whose account it is.
  return !/(?:accounts?|statements?|reports?|claims?|information|sources?|figures|testimon\p{L}*|déclarations?|informations?|récits?|bilans?|chiffres|messages?|videos?|vidéos?)\s*$/u.test(before.slice(0, p.index));
}

/** First person name inside [s, e) that is not an actor name ("Human Rights Watch"). */
function personIn(ctx: SpanContext, s: number, e: number): PersonName | undefined {
  for (const n of ctx.names) {
    if (n.start < s || n.end > e) continue;
    const overlaps = ctx.mentions.some(
      (m) => m.start < n.end && m.end > n.start && (m.kind.t === 'party' || m.kind.t === 'analyst' || m.kind.t === 'analyst-word' || m.kind.t === 'leader' || m.kind.t === 'country' || m.kind.t === 'capital' || m.kind.t === 'party-head'),
    );
    if (!overlaps) return n;
  }
  return undefined;
}

/** A lone capitalised word ("Lyammouri said") — a surname to look up. */
function loneCapital(ctx: SpanContext, s: number, e: number): string | undefined {
  const t = ctx.text.slice(s, e).trim();
  const m = /^(?:(?:M\.|Mme|Me|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Prof\.?)\s+)?(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(t);
  if (m && m[1] && !NOT_NAME_START.has(m[1])) return m[1];
  // "the CNDH", « la CNDH »: an acronym with its article.
  const a = /^(?:the|la|le|l'|l’)\s*(\p{Lu}{2,}[\p{Lu}\d-]*)$/u.exec(t);
  return a?.[1];
}

/** Classifies the span [s, e) of the sentence. */
export function classifySpan(ctx: SpanContext, s: number, e: number): AgentRef {
  const ms = ctx.mentions.filter((m) => m.start >= s && m.end <= e);
  const person = personIn(ctx, s, e);
  const personText = person?.text;

  // 1. A named independent body anywhere in the span, unless a party is named before it.
  const analyst = ms.find((m) => m.kind.t === 'analyst');
  if (analyst) {
    const partyBefore = ms.find(
      (m) => m.start < analyst.start && (m.kind.t === 'party' || (m.kind.t === 'party-head' && !isCivilGroup(ctx, m))),
    );
    if (!partyBefore && analyst.kind.t === 'analyst') {
      const r: AgentRef = { kind: 'analyst', org: analyst.kind.actor.name };
      if (personText) r.person = personText;
      return r;
    }
  }
  // 2. An expert title with a name or a generic institution ("an economist at the University").
  const expert = ms.find((m) => m.kind.t === 'expert');
  const orgWord = ms.find((m) => m.kind.t === 'analyst-word');
  if ((expert && (person || orgWord || loneCapitalBefore(ctx, s, expert.start))) || (orgWord && person)) {
    const r: AgentRef = { kind: 'analyst' };
    const org = orgWord ? institutionName(ctx, orgWord) : undefined;
    if (org) r.org = org;
    const p = personText ?? loneCapitalBefore(ctx, s, (expert ?? orgWord as Mention).start);
    if (p) r.person = p;
    return r;
  }
  // 3. The first head decides: party, other source, or a role speaking for an owner.
  const firstHead = ms.findIndex((m) => m.kind.t !== 'country' && m.kind.t !== 'capital' && m.kind.t !== 'pronoun');
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i] as Mention;
    const k = m.kind;
    if ((k.t === 'party' || k.t === 'party-head') && i === firstHead && inComplement(ctx, s, m)) {
      // "recruits … rifles from the government told…": a complement, not the subject.
      continue;
    }
    if (k.t === 'party-head' && k.head === 'presidency') {
      // "the president of the X League": the body's, not the state's.
      const body = bodyAfter(ctx, ms, i, personText);
      if (body) return body;
    }
    if (k.t === 'party' || (k.t === 'party-head' && !isCivilGroup(ctx, m)) || k.t === 'leader') {
      return partyAgent(ctx, ms, m, personText);
    }
    if (k.t === 'org-anaphor') {
      // "the non-governmental organisation SITE": a named body, not a word pointing back.
      const name = /^\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})/u.exec(ctx.text.slice(m.end, m.end + 50));
      if (name && name[1] && INDEPENDENT_BODY.test(ctx.norm.slice(m.start, m.end))) return { kind: 'analyst', org: name[1], ...(personText ? { person: personText } : {}) };
      if (name) continue;
    }
    if (k.t === 'analyst-word') {
      // « le Collectif contre l'impunité », "a Dakar-based NGO": a named body is independent;
      // an unnamed one ("a local NGO") is an ordinary source.
      const org = namedBody(ctx, m);
      if (org) return { kind: 'analyst', org, ...(personText ? { person: personText } : {}) };
      // "a human rights group", « une ONG »: independent by what it is, even unnamed.
      const plural = /(?:s|x)$/.test(ctx.norm.slice(m.start, m.end)) || /(?:^|\s)(?:des|de|plusieurs|certaines?|several|some|various|other|autres)\s+$/u.test(ctx.norm.slice(Math.max(s, m.start - 12), m.start));
      if (INDEPENDENT_BODY.test(ctx.norm.slice(m.start, m.end)) && !plural) return { kind: 'analyst', ...(personText ? { person: personText } : {}) };
      const r: AgentRef = { kind: 'other', label: spanLabel(ctx, s, e, m) };
      if (personText) r.person = personText;
      return r;
    }
    if (k.t === 'relay') {
      // "channels linked to Wagner": the owner decides; without a link, an ordinary source.
      const link = ms.find((x) => x.start >= m.end && x.kind.t === 'relay-link');
      if (link) {
        const owner = ms.find((x) => x.start >= link.end && (x.kind.t === 'party' || x.kind.t === 'party-head' || x.kind.t === 'analyst' || x.kind.t === 'pronoun'));
        // "accounts linked to an ethnic group": owned by no party.
        if (owner && isCivilGroup(ctx, owner)) return { kind: 'other', label: spanLabel(ctx, s, e, m) };
        if (owner && owner.kind.t === 'analyst') return { kind: 'analyst', org: owner.kind.actor.name };
        if (owner && owner.kind.t !== 'pronoun') return partyAgent(ctx, ms, owner, personText);
        return { kind: 'anaphor', anaphor: 'role', word: ctx.norm.slice(m.start, m.end) };
      }
      return { kind: 'other', label: spanLabel(ctx, s, e, m) };
    }
    if (k.t === 'expert' && !person && /(?:^|\s)(?:the|this|le|la|l'|ce|cette)\s*$/.test(ctx.norm.slice(Math.max(s, m.start - 8), m.start))) {
      // "The researcher added…", « Le chercheur souligne… »: the analyst named before.
      return { kind: 'anaphor', anaphor: 'expert', word: ctx.norm.slice(m.start, m.end) };
    }
    if (k.t === 'other' || (k.t === 'party-head' && isCivilGroup(ctx, m)) || k.t === 'expert') {
      const r: AgentRef = { kind: 'other', label: spanLabel(ctx, s, e, m) };
      if (personText) r.person = personText;
      return r;
    }
    if (k.t === 'role') {
      // "Mali's leader", "Niger's president": the state.
      const prevM = ms[i - 1];
      if (prevM && (prevM.kind.t === 'country' || prevM.kind.t === 'capital') && /^'s\s+(?:\p{L}+\s+)?$/u.test(ctx.norm.slice(prevM.end, m.start))) {
        return { kind: 'party', party: { head: 'government', camp: 'state', country: prevM.kind.code }, ...(personText ? { person: personText } : {}) };
      }
      // "XYZ head Jane Doe": the body named by the word before the role, known or not.
      const owner = /(?:^|\s)(\p{Lu}[\p{Lu}\p{L}-]*)\s+$/u.exec(ctx.text.slice(s, m.start));
      if (owner && owner[1] && i === 0 && !NOT_NAME_START.has(owner[1])) {
        return { kind: 'anaphor', anaphor: 'surname', word: owner[1].toLowerCase(), ...(personText ? { person: personText } : {}) };
      }
      // The owner named after the role: "a spokesman for the separatist coalition".
      const body = bodyAfter(ctx, ms, i, personText);
      if (body) return body;
      for (let j = i + 1; j < ms.length; j++) {
        const o = ms[j] as Mention;
        if (o.kind.t === 'party' || (o.kind.t === 'party-head' && !isCivilGroup(ctx, o)) || o.kind.t === 'leader') {
          return partyAgent(ctx, ms, o, personText);
        }
        if (o.kind.t === 'analyst') {
          const r: AgentRef = { kind: 'analyst', org: o.kind.actor.name };
          if (personText) r.person = personText;
          return r;
        }
        if (o.kind.t === 'other') return { kind: 'other', label: spanLabel(ctx, s, e, o) };
        if (o.kind.t === 'country' || o.kind.t === 'capital') {
          // "le représentant de la Russie": the state itself.
          return { kind: 'party', party: { head: 'government', camp: 'state', country: o.kind.code } };
        }
      }
      // "its leader", « leur porte-parole »: keep the possessive, it says someone's role.
      const poss = /(?:^|\s)((?:its|their|his|her|son|sa|ses|leur|leurs)\s+)$/.exec(ctx.norm.slice(Math.max(s, m.start - 8), m.start));
      const r: AgentRef = { kind: 'anaphor', anaphor: 'role', word: (poss ? poss[1] : '') + ctx.norm.slice(m.start, m.end) };
      if (personText) r.person = personText;
      return r;
    }
  }
  // 4. A person named without a title: known from earlier in the article, or a new source.
  if (person) return { kind: 'anaphor', anaphor: 'surname', word: person.surname, person: person.text };
  const lone = ms.length ? undefined : loneCapital(ctx, s, e);
  if (lone) return { kind: 'anaphor', anaphor: 'surname', word: lone.toLowerCase(), person: lone };
  // 5. Words pointing back.
  const same = ms.find((m) => m.kind.t === 'same');
  if (same) return { kind: 'anaphor', anaphor: 'same', word: ctx.norm.slice(same.start, same.end) };
  const org = ms.find((m) => m.kind.t === 'org-anaphor');
  if (org) return { kind: 'anaphor', anaphor: 'org', word: ctx.norm.slice(org.start, org.end) };
  const doc = ms.find((m) => m.kind.t === 'document');
  if (doc) return { kind: 'anaphor', anaphor: 'document', word: ctx.norm.slice(doc.start, doc.end) };
  const pron = ms.find((m) => m.kind.t === 'pronoun');
  if (pron) return { kind: 'anaphor', anaphor: 'pronoun', word: ctx.norm.slice(pron.start, pron.end) };
  // 6. A capital or a country alone stands for its government ("Bamako accuse…", « Le Tchad
  // a annoncé… »).
  const cap = ms.find((m) => m.kind.t === 'capital' || m.kind.t === 'country');
  if (cap && (cap.kind.t === 'capital' || cap.kind.t === 'country') && onlyWords(ctx, s, e, cap)) {
    return { kind: 'party', party: { head: 'government', camp: 'state', country: cap.kind.code } };
  }
  return { kind: 'unknown' };
}

/**
 * The words naming a non-party source, for display: a proper name in the span ("the Sudan
 * Doctors Network", "Radio France Internationale"), else the head noun with the word before
 * it when that is a determiner or a number ("a security source", "three relatives").
 */
function spanLabel(ctx: SpanContext, s: number, e: number, head: Mention): string {
  const proper = /\p{Lu}[\p{L}\p{M}'’.-]*(?:[ \u00a0]+(?:of|de|du|des|for|pour)?[ \u00a0]*\p{Lu}[\p{L}\p{M}'’.-]*)+/u.exec(ctx.text.slice(s, e));
  if (proper && !/^(?:The|A|An|Le|La|Les|Un|Une|According|Selon)$/u.test(proper[0].split(/\s/)[0] ?? '')) return proper[0];
  const before = ctx.norm.slice(Math.max(s, head.start - 30), head.start);
  const det = /(?:^|\s)(a|an|the|two|three|four|several|some|many|un|une|des|deux|trois|plusieurs|[\d,]+)\s+$/u.exec(before);
  const from = det ? head.start - (before.length - det.index) + (det[0].startsWith(' ') ? 1 : 0) : head.start;
  const label = ctx.text.slice(from, head.end);
  // A sentence-initial capital is not part of the name: "A security source" → "a security source".
  return det ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** True when the span holds nothing but the mention (and fillers). */
function onlyWords(ctx: SpanContext, s: number, e: number, m: Mention): boolean {
  const rest = (ctx.norm.slice(s, m.start) + ' ' + ctx.norm.slice(m.end, e)).replace(ctx.c.filler, ' ');
  return !/[\p{L}]{3,}/u.test(rest.replace(/\b(?:has|have|had|a|ont|only|ever|also|officially)\b/gu, ''));
}

/** A capitalised name right before an expert title: "Lyammouri, an analyst". */
function loneCapitalBefore(ctx: SpanContext, s: number, at: number): string | undefined {
  const before = ctx.text.slice(s, at);
  const m = /(\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0]\p{Lu}[\p{L}\p{M}'’-]+)*)\s*,\s*(?:\p{Ll}+\s+){0,3}$/u.exec(before);
  return m ? m[1] : undefined;
}

/**
 * The name of a body given by an organisation word, when it is a proper name: capitalised
 * words around it ("the Sahel Research Network", « Collectif contre l'impunité » inside a
 * sentence), not the acronym of the type alone ("a local NGO", « une ONG »).
 */
function namedBody(ctx: SpanContext, m: Mention): string | undefined {
  const name = institutionName(ctx, m)?.replace(/^(?:(?:The|A|An|Le|La|Les|Un|Une|Des|Du|Selon|According|Pour|For|Cette|Ce|This)\s+)+/u, '');
  if (!name || !/\p{Lu}/u.test(name)) return undefined;
  const own = ctx.text.slice(m.start, m.end);
  if (name.trim() !== own.trim()) return name;
  // The word alone: a name when written with a capital inside the sentence and not in capitals.
  const atStart = !/\S/.test(ctx.text.slice(0, m.start).replace(/["«“'‘(\s]/gu, ''));
  return /^\p{Lu}\p{Ll}/u.test(own) && !atStart ? name : undefined;
}

/** "the University of Bamako", "a German political foundation": the institution's words. */
function institutionName(ctx: SpanContext, m: Mention): string | undefined {
  const after = ctx.text.slice(m.end, m.end + 40);
  // "the University of Bamako"; "the NGO SITE", « l'ONG Acled »: the name right after the type.
  const tail = /^(?:\s+(?:(?:of|de|d'|du|des|for|pour)\s+)?\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,3})?/u.exec(after);
  const before = ctx.text.slice(Math.max(0, m.start - 40), m.start);
  const lead = /(?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,4}$/u.exec(before);
  const name = (lead ? lead[0] : '') + ctx.text.slice(m.start, m.end) + (tail ? tail[0] : '');
  return /\p{Lu}/u.test(name) ? name.trim() : undefined;
}

function partyAgent(ctx: SpanContext, ms: Mention[], m: Mention, person?: string): AgentRef {
  let party: PartyRef;
  const k = m.kind;
  if (k.t === 'party') {
    party = actorParty(k.actor);
    if (party.generic) {
      // A named group later in the span is more specific ("al-Qaeda-linked JNIM").
      const named = ms.find((x) => x.start > m.start && x.kind.t === 'party' && x.kind.actor.name !== 'al-Qaeda');
      if (named && named.kind.t === 'party') party = actorParty(named.kind.actor);
    }
  } else if (k.t === 'leader') {
    party = { head: 'junta', camp: 'state', country: k.code };
  } else if (k.t === 'party-head') {
    party = { head: k.head, camp: headCamp(k.head) };
    // A named actor in the same span names the party better ("Telegram channels linked to
    // Wagner", "the separatist coalition, known as the CSP").
    const named = ms.find((x) => x.start > m.start && x.kind.t === 'party' && x.kind.actor.name !== 'al-Qaeda');
    if (named && named.kind.t === 'party' && (GENERIC_HEADS.has(k.head) || named.kind.actor.camp === 'foreign')) {
      party = actorParty(named.kind.actor);
    } else if (GENERIC_HEADS.has(k.head)) {
      party.generic = true;
    }
  } else {
    party = { camp: 'state' };
  }
  if (party.camp === 'state' && !party.actor) {
    // The nationality may sit inside the head's own words (« ministère algérien de la Défense »).
    const inner = ctx.c.features.all(ctx.norm.slice(m.start, m.end)).find((x) => x.value.cat === 'mention' && x.value.kind.t === 'country');
    const cc = inner && inner.value.cat === 'mention' && inner.value.kind.t === 'country' ? inner.value.kind.code : nearestCountry(ms, m.start);
    if (cc) party.country = cc;
    else if (/(?:^|\s)(?:its|their|son|sa|ses|leur|leurs)\s+$/.test(ctx.norm.slice(Math.max(0, m.start - 8), m.start))) party.possessive = true;
  }
  const r: AgentRef = { kind: 'party', party };
  if (person) r.person = person;
  return r;
}
