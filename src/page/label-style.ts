/**
 * The one visual language of each label, shared by the page highlights and the overlay:
 * a colour AND a distinct underline style AND a glyph, so readers who cannot tell the
 * colours apart still can tell the labels apart.
 */
import type { Label } from '../engine/types';

/** How one label looks everywhere. */
export interface LabelStyle {
  /** Underline and marker colour, readable on light and dark backgrounds. */
  color: string;
  /** Translucent tint behind the highlighted text. */
  tint: string;
  line: 'solid' | 'dashed' | 'dotted' | 'wavy';
  /** A character shown on markers and in the legend. */
  glyph: string;
}

/** The style of each label: four colours, four underline styles, four glyphs. */
export const LABEL_STYLES: Readonly<Record<Label, LabelStyle>> = {
  'party-claim': { color: '#c2410c', tint: 'rgba(234, 88, 12, 0.16)', line: 'solid', glyph: '❝' },
  figure: { color: '#0f766e', tint: 'rgba(13, 148, 136, 0.14)', line: 'dashed', glyph: '#' },
  unverified: { color: '#be123c', tint: 'rgba(225, 29, 72, 0.14)', line: 'wavy', glyph: '?' },
  analyst: { color: '#4338ca', tint: 'rgba(79, 70, 229, 0.13)', line: 'dotted', glyph: '◆' },
};

/** Order in which labels are listed and layered (the first paints on top). */
export const LABEL_ORDER: readonly Label[] = ['unverified', 'party-claim', 'figure', 'analyst'];

/** The CSS highlight name of a label: `sahel-lens-party-claim`. */
export function highlightName(label: Label): string {
  return `sahel-lens-${label}`;
}

/** Name of the highlight for the sentence whose note is open. */
export const ACTIVE_HIGHLIGHT = 'sahel-lens-active';
