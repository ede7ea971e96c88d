/**
 * The overlay's words, in English and French. The language follows the article (or the
 * reader's note-language setting); see `uiLanguage`. Strings are plain text with `{name}`
 * slots, always rendered as text nodes (never as HTML).
 */
import type { Label, Lang } from '../engine/types';
import { labelName as tokenLabelName } from '../ui/tokens';

const EN = {
  'legend.party-claim': 'A side in the conflict says this: it is their account, not an established fact.',
  'legend.figure': 'A number (killed, seized, displaced…) and who gives it.',
  'legend.unverified': 'Material the article itself says was not independently verified.',
  'legend.analyst': 'An analyst’s view: who they are and whom they work for.',
  'line.solid': 'solid underline',
  'line.dashed': 'dashed underline',
  'line.dotted': 'dotted underline',
  'line.wavy': 'wavy underline',
  'app.name': 'Sahel Lens',
  'card.dialog': 'Sahel Lens note: {labels}',
  'card.position': 'Note {n} of {total}',
  'card.sentence': 'Sentence',
  'card.why': 'Why it is flagged',
  'card.who': 'Who says it',
  'card.party': '{name}, a party to the conflict',
  'card.carried': 'attribution carried over from the previous sentence',
  'card.cue': 'Words that attribute it: “{cue}”',
  'card.figures': 'Figures',
  'card.givenBy': 'given by {source}',
  'card.givenByUnknown': 'source not stated',
  'card.approximate': 'approximate',
  'card.coveredBy': 'Caveat that covers it',
  'card.covers': 'This caveat covers',
  'card.conflicts': 'Conflicting account',
  'card.jumpConflict': 'Go to the other side’s account',
  'card.jumpTo': 'Go to: {snippet}',
  'card.context': 'Context',
  'card.newTab': '(opens in a new tab)',
  'card.close': 'Close note',
  'card.prev': 'Previous note',
  'card.next': 'Next note',
  'marker.label': 'Note {n} of {total}: {labels}. {snippet}',
  'announce.open': 'Note opened: {labels}. {explanation}',
  'announce.summary': 'Article summary opened.',
  'summary.region': 'Sahel Lens article summary',
  'summary.toggle': 'Sahel Lens: {count}',
  'summary.toggleHint': 'Show or hide the article summary (Alt+Shift+L)',
  'summary.title': 'What this article rests on',
  'summary.counts': 'Notes by kind',
  'summary.parties': 'Parties whose claims it relies on, by side',
  'summary.analysts': 'Analysts cited',
  'summary.unverified': 'Unverified material',
  'summary.checks': 'What a careful reader could check',
  'summary.none': 'None in this article.',
  'summary.noNotes': 'No notes on this article.',
  'summary.close': 'Close summary',
  'summary.keys': 'Keys: Alt+Shift+L summary · Alt+Shift+J / K next / previous note · Esc close.',
  'notes.one': '{n} note',
  'notes.other': '{n} notes',
  'claims.one': '{n} claim',
  'claims.other': '{n} claims',
  'check.conflict': 'Compare the two accounts: {a} and {b} describe the same events differently.',
  'check.figure': '“{figure}” comes only from {source}: look for an independent count (monitors, hospitals, the UN).',
  'check.unverified': 'Some material was not verified: look for an independent verification before relying on it.',
  'check.analyst': 'Who is {person}? See where they work and whether other analysts agree.',
  'check.singleSource': 'Much of the article rests on {source}: look for another source.',
  'source.unknown': 'unnamed source',
  'fix.wrong': 'This note is wrong',
  'fix.missing': 'This needs a note',
  'fix.legendWrong': 'What should this sentence be marked as? Leave all unticked if it needs no note.',
  'fix.legendMissing': 'What should this sentence be marked as?',
  'fix.save': 'Save correction',
  'fix.cancel': 'Cancel',
  'fix.saved': 'Correction saved in this browser only. The options page lists, exports and deletes your corrections.',
  'fix.failed': 'The correction could not be saved: {error}',
  'fix.noLabel': 'Tick at least one kind of note.',
  'fix.unchanged': 'These are the labels the note already has: change at least one.',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  'legend.party-claim': 'Une partie au conflit l’affirme : c’est sa version, pas un fait établi.',
  'legend.figure': 'Un chiffre (tués, saisis, déplacés…) et qui le donne.',
  'legend.unverified': 'Des éléments que l’article lui-même dit non vérifiés de façon indépendante.',
  'legend.analyst': 'L’avis d’un analyste : qui il est, pour qui il travaille.',
  'line.solid': 'soulignement plein',
  'line.dashed': 'soulignement en tirets',
  'line.dotted': 'soulignement en pointillés',
  'line.wavy': 'soulignement ondulé',
  'app.name': 'Sahel Lens',
  'card.dialog': 'Note de Sahel Lens : {labels}',
  'card.position': 'Note {n} sur {total}',
  'card.sentence': 'Phrase',
  'card.why': 'Pourquoi ce signalement',
  'card.who': 'Qui l’affirme',
  'card.party': '{name}, partie au conflit',
  'card.carried': 'attribution reprise de la phrase précédente',
  'card.cue': 'Mots qui l’attribuent : « {cue} »',
  'card.figures': 'Chiffres',
  'card.givenBy': 'avancé par {source}',
  'card.givenByUnknown': 'source non précisée',
  'card.approximate': 'approximatif',
  'card.coveredBy': 'Réserve qui la couvre',
  'card.covers': 'Cette réserve couvre',
  'card.conflicts': 'Version contradictoire',
  'card.jumpConflict': 'Voir la version de l’autre partie',
  'card.jumpTo': 'Aller à : {snippet}',
  'card.context': 'Contexte',
  'card.newTab': '(s’ouvre dans un nouvel onglet)',
  'card.close': 'Fermer la note',
  'card.prev': 'Note précédente',
  'card.next': 'Note suivante',
  'marker.label': 'Note {n} sur {total} : {labels}. {snippet}',
  'announce.open': 'Note ouverte : {labels}. {explanation}',
  'announce.summary': 'Résumé de l’article ouvert.',
  'summary.region': 'Résumé de l’article par Sahel Lens',
  'summary.toggle': 'Sahel Lens : {count}',
  'summary.toggleHint': 'Afficher ou masquer le résumé de l’article (Alt+Maj+L)',
  'summary.title': 'Sur quoi repose cet article',
  'summary.counts': 'Notes par type',
  'summary.parties': 'Parties dont l’article reprend les affirmations, par camp',
  'summary.analysts': 'Analystes cités',
  'summary.unverified': 'Éléments non vérifiés',
  'summary.checks': 'Ce qu’un lecteur attentif pourrait vérifier',
  'summary.none': 'Aucun dans cet article.',
  'summary.noNotes': 'Aucune note sur cet article.',
  'summary.close': 'Fermer le résumé',
  'summary.keys': 'Touches : Alt+Maj+L résumé · Alt+Maj+J / K note suivante / précédente · Échap fermer.',
  'notes.one': '{n} note',
  'notes.other': '{n} notes',
  'claims.one': '{n} affirmation',
  'claims.other': '{n} affirmations',
  'check.conflict': 'Comparez les deux versions : {a} et {b} décrivent différemment les mêmes faits.',
  'check.figure': '« {figure} » ne vient que de {source} : cherchez un décompte indépendant (ONG de suivi, hôpitaux, ONU).',
  'check.unverified': 'Certains éléments n’ont pas été vérifiés : cherchez une vérification indépendante avant de vous y fier.',
  'check.analyst': 'Qui est {person} ? Voyez où cette personne travaille et si d’autres analystes sont d’accord.',
  'check.singleSource': 'Une grande part de l’article repose sur {source} : cherchez une autre source.',
  'source.unknown': 'source non nommée',
  'fix.wrong': 'Cette note est fausse',
  'fix.missing': 'Il manque une note ici',
  'fix.legendWrong': 'Comment cette phrase devrait-elle être signalée ? Ne cochez rien si elle ne demande aucune note.',
  'fix.legendMissing': 'Comment cette phrase devrait-elle être signalée ?',
  'fix.save': 'Enregistrer la correction',
  'fix.cancel': 'Annuler',
  'fix.saved': 'Correction enregistrée dans ce navigateur seulement. La page des options liste, exporte et supprime vos corrections.',
  'fix.failed': 'La correction n’a pas pu être enregistrée : {error}',
  'fix.noLabel': 'Cochez au moins un type de note.',
  'fix.unchanged': 'Ce sont déjà les étiquettes de la note : changez-en au moins une.',
};

const TABLES: Record<Lang, Record<Key, string>> = { en: EN, fr: FR };

/** The name of an overlay string. */
export type MessageKey = Key;

/** The string for `key` in `lang`, with `{name}` slots filled from `params` (as plain text). */
export function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const raw = TABLES[lang]?.[key] ?? EN[key];
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** A counted phrase ("1 note", "3 notes"; French uses the singular for 0 and 1). */
export function tn(lang: Lang, base: 'notes' | 'claims', n: number): string {
  const one = lang === 'fr' ? n <= 1 : n === 1;
  return t(lang, `${base}.${one ? 'one' : 'other'}` as Key, { n });
}

/** The plain-words name of a label (defined once, in the UI tokens). */
export function labelName(lang: Lang, label: Label): string {
  return tokenLabelName(lang, label);
}

/** Label names joined for a sentence ("Claim by a party, Figure"). */
export function labelNames(lang: Lang, labels: readonly Label[]): string {
  return labels.map((l) => labelName(lang, l)).join(', ');
}

/**
 * The UI language: the reader's note-language setting when it is 'en' or 'fr', else the
 * language the engine found for the article (its notes' language first).
 */
export function uiLanguage(setting: 'auto' | Lang | undefined, article: { noteLanguage?: Lang; language?: Lang }): Lang {
  if (setting === 'en' || setting === 'fr') return setting;
  return article.noteLanguage ?? article.language ?? 'en';
}
