/**
 * Sahel Lens's one visual language (issue 17): the colours of every surface we draw on, light
 * and dark, and for each of the four kinds of note its colour, tint, underline style, glyph and
 * plain-language name in English and French. Defined here and nowhere else: the page highlights,
 * the overlay, the popup, the options page and the welcome page read these values, and
 * `test/unit/ui/tokens.test.ts` fails when a UI source file carries a colour or a label glyph
 * of its own, or when a pair drawn together falls below WCAG AA (4.5:1 text, 3:1 marks).
 *
 * Pure data and string building: no DOM, no browser API, safe to import anywhere.
 */
import type { Label, Lang } from '../engine/types';

/** The two colour schemes, switched by `prefers-color-scheme`. */
export type Scheme = 'light' | 'dark';
export const SCHEMES: readonly Scheme[] = ['light', 'dark'];

/** How one kind of note looks and is called, everywhere. */
export interface LabelToken {
  /** Underline, marker and swatch colour; also the glyph's colour (so it is text: ≥ 4.5:1 on `bg`). */
  color: Record<Scheme, string>;
  /** Translucent tint behind highlighted text (the text on it stays ≥ 4.5:1). */
  tint: Record<Scheme, string>;
  /** Underline style: the four kinds differ in line as well as colour. */
  line: 'solid' | 'dashed' | 'dotted' | 'wavy';
  /** A character shown on markers, chips and legends: a third cue besides colour and line. */
  glyph: string;
  /** The plain-language name of the kind. */
  name: Record<Lang, string>;
}

/** Order in which labels are listed and layered (the first paints on top). */
export const LABEL_ORDER: readonly Label[] = ['unverified', 'party-claim', 'figure', 'analyst'];

/** The four kinds of note. */
export const LABEL_TOKENS: Readonly<Record<Label, LabelToken>> = {
  unverified: {
    color: { light: '#be123c', dark: '#fb7185' },
    tint: { light: 'rgba(225, 29, 72, 0.14)', dark: 'rgba(251, 113, 133, 0.20)' },
    line: 'wavy',
    glyph: '?',
    name: { en: 'Unverified', fr: 'Non vérifié' },
  },
  'party-claim': {
    color: { light: '#c2410c', dark: '#fb923c' },
    tint: { light: 'rgba(234, 88, 12, 0.16)', dark: 'rgba(251, 146, 60, 0.20)' },
    line: 'solid',
    glyph: '❝',
    name: { en: 'Claim by a party', fr: 'Affirmation d’une partie' },
  },
  figure: {
    color: { light: '#0f766e', dark: '#2dd4bf' },
    tint: { light: 'rgba(13, 148, 136, 0.14)', dark: 'rgba(45, 212, 191, 0.18)' },
    line: 'dashed',
    glyph: '#',
    name: { en: 'Figure', fr: 'Chiffre' },
  },
  analyst: {
    color: { light: '#4338ca', dark: '#a5b4fc' },
    tint: { light: 'rgba(79, 70, 229, 0.13)', dark: 'rgba(165, 180, 252, 0.20)' },
    line: 'dotted',
    glyph: '◆',
    name: { en: 'Analyst view', fr: 'Avis d’analyste' },
  },
};

/** The colours of the surfaces we draw on (overlay, popup, options, welcome page). */
export interface SurfaceTokens {
  /** Page / panel background. */
  bg: string;
  /** Body text. */
  fg: string;
  /** Secondary text (hints, headings of sections, counts). */
  muted: string;
  /** Lines between parts and around controls (decorative: no contrast requirement). */
  border: string;
  /** A slightly different background (quotes, jump buttons). */
  soft: string;
  /** Link text. */
  link: string;
  /** Focus rings (≥ 3:1 on bg and soft). */
  focus: string;
  /** Filled buttons and switches that are on. */
  action: string;
  /** Text on `action`. */
  actionFg: string;
  /** The thumb of a switch. */
  knob: string;
  /** The sentence whose note is open, painted in the page: its background and its text. */
  activeBg: string;
  activeFg: string;
  /** The open sentence in the fallback (box) painter, drawn over the text: translucent. */
  activeBox: string;
  /** Shadow of floating cards and panels. */
  shadow: string;
  /** Shadow of the small markers beside sentences. */
  markShadow: string;
}

/** Light and dark surfaces. */
export const SURFACES: Readonly<Record<Scheme, SurfaceTokens>> = {
  light: {
    bg: '#ffffff',
    fg: '#1c1c1f',
    muted: '#52525b',
    border: '#d4d4d8',
    soft: '#f4f4f5',
    link: '#1d4ed8',
    focus: '#1d4ed8',
    action: '#8a4b00',
    actionFg: '#ffffff',
    knob: '#ffffff',
    activeBg: '#fde047',
    activeFg: '#1c1917',
    activeBox: 'rgba(250, 204, 21, 0.45)',
    shadow: '0 8px 28px rgba(0, 0, 0, 0.18), 0 1px 3px rgba(0, 0, 0, 0.12)',
    markShadow: '0 1px 2px rgba(0, 0, 0, 0.2)',
  },
  dark: {
    bg: '#1e1f23',
    fg: '#f1f1f4',
    muted: '#b4b4bd',
    border: '#3f3f46',
    soft: '#2a2b31',
    link: '#93b4ff',
    focus: '#93b4ff',
    action: '#f0a64a',
    actionFg: '#1c1c1e',
    knob: '#ffffff',
    activeBg: '#713f12',
    activeFg: '#fefce8',
    activeBox: 'rgba(250, 204, 21, 0.30)',
    shadow: '0 8px 28px rgba(0, 0, 0, 0.6), 0 1px 3px rgba(0, 0, 0, 0.5)',
    markShadow: '0 1px 2px rgba(0, 0, 0, 0.5)',
  },
};

const SURFACE_VARS: Record<keyof SurfaceTokens, string> = {
  bg: '--sl-bg',
  fg: '--sl-fg',
  muted: '--sl-muted',
  border: '--sl-border',
  soft: '--sl-soft',
  link: '--sl-link',
  focus: '--sl-focus',
  action: '--sl-action',
  actionFg: '--sl-action-fg',
  knob: '--sl-knob',
  activeBg: '--sl-active-bg',
  activeFg: '--sl-active-fg',
  activeBox: '--sl-active-box',
  shadow: '--sl-shadow',
  markShadow: '--sl-mark-shadow',
};

/** The CSS custom property holding a label's colour: `--sl-label-party-claim`. */
export function labelVar(label: Label): string {
  return `--sl-label-${label}`;
}

/** The CSS custom property holding a label's tint: `--sl-tint-party-claim`. */
export function tintVar(label: Label): string {
  return `--sl-tint-${label}`;
}

/** Every token of one scheme as CSS declarations (`--sl-bg:#ffffff;…`). */
export function cssVariables(scheme: Scheme): string {
  const s = SURFACES[scheme];
  const surface = (Object.keys(SURFACE_VARS) as (keyof SurfaceTokens)[]).map((k) => `${SURFACE_VARS[k]}:${s[k]}`);
  const labels = LABEL_ORDER.flatMap((l) => [`${labelVar(l)}:${LABEL_TOKENS[l].color[scheme]}`, `${tintVar(l)}:${LABEL_TOKENS[l].tint[scheme]}`]);
  return [...surface, ...labels].join(';');
}

/**
 * The tokens as a stylesheet for `selector` (`:root`, `:host`): light by default, dark under
 * `prefers-color-scheme: dark`.
 */
export function themeCss(selector: string): string {
  return `${selector}{${cssVariables('light')}}\n@media (prefers-color-scheme: dark){${selector}{${cssVariables('dark')}}}`;
}

/** The plain-language name of a label in `lang`. */
export function labelName(lang: Lang, label: Label): string {
  return LABEL_TOKENS[label].name[lang] ?? LABEL_TOKENS[label].name.en;
}
