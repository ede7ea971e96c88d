/**
 * The welcome page's words in English and French (plain text, rendered as text nodes). The
 * names of the four kinds of note come from the UI tokens; their one-line descriptions from
 * the overlay's legend, so the page teaches exactly what the reader will meet.
 */
import type { Lang } from '../engine/types';

const EN = {
  title: 'Welcome to Sahel Lens',
  intro:
    'Sahel Lens marks, in the news you read about the Sahel, which sentences rest on whose word. Below is our own test article, annotated by the extension itself, offline.',
  legendTitle: 'Four kinds of note',
  legendHint: 'Each kind has its colour, its underline and its sign, so you can tell them apart without colour.',
  tryTitle: 'Try it on the article',
  tryMouse: 'Click a sign beside a sentence to open its note.',
  tryKeys:
    'With the keyboard: Tab reaches the signs, Enter opens a note; in a note, ] and [ go to the next and previous one, Esc closes it. Anywhere on the page: Alt+Shift+J / K next / previous note, Alt+Shift+L the summary of the article.',
  controlsTitle: 'Your settings',
  controlsHint: 'These are your real settings: they apply here and on every news page at once.',
  labelsLegend: 'Show notes for',
  languageLegend: 'Language of the notes',
  languageAuto: 'The article’s language',
  languageEn: 'English',
  languageFr: 'French',
  whereTitle: 'Where it runs',
  where:
    'On 32 news sites that cover the Sahel first-hand (the settings page lists them), and on any other page when you press the toolbar button. Nothing leaves your browser.',
  settingsLink: 'All settings',
  articleLabel: 'Example article',
  loading: 'Annotating the example article…',
  count: '{n} notes on this article.',
};

type Key = keyof typeof EN;

const FR: Record<Key, string> = {
  title: 'Bienvenue dans Sahel Lens',
  intro:
    'Sahel Lens signale, dans l’actualité du Sahel que vous lisez, quelles phrases reposent sur la parole de qui. Ci-dessous, notre propre article de test, annoté par l’extension elle-même, hors ligne.',
  legendTitle: 'Quatre types de notes',
  legendHint: 'Chaque type a sa couleur, son soulignement et son signe : on les distingue même sans la couleur.',
  tryTitle: 'Essayez sur l’article',
  tryMouse: 'Cliquez sur un signe à côté d’une phrase pour ouvrir sa note.',
  tryKeys:
    'Au clavier : Tab atteint les signes, Entrée ouvre une note ; dans une note, ] et [ passent à la suivante et à la précédente, Échap la ferme. Partout sur la page : Alt+Maj+J / K note suivante / précédente, Alt+Maj+L le résumé de l’article.',
  controlsTitle: 'Vos réglages',
  controlsHint: 'Ce sont vos vrais réglages : ils s’appliquent ici et sur toutes les pages d’actualité, tout de suite.',
  labelsLegend: 'Afficher les notes pour',
  languageLegend: 'Langue des notes',
  languageAuto: 'Celle de l’article',
  languageEn: 'Anglais',
  languageFr: 'Français',
  whereTitle: 'Où l’extension agit',
  where:
    'Sur 32 sites d’information qui couvrent le Sahel de première main (la page des réglages les liste), et sur toute autre page quand vous appuyez sur le bouton de la barre d’outils. Rien ne quitte votre navigateur.',
  settingsLink: 'Tous les réglages',
  articleLabel: 'Article d’exemple',
  loading: 'Annotation de l’article d’exemple…',
  count: '{n} notes sur cet article.',
};

/** The name of a welcome-page string. */
export type WelcomeKey = Key;

/** The string for `key` in `lang`, `{name}` slots filled as plain text. */
export function w(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  const raw = (lang === 'fr' ? FR : EN)[key];
  return raw.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
