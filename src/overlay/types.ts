/** Data and callbacks shared by the overlay's components. */
import type { Claim, Label, Lang } from '../engine/types';
import type { Anchor } from '../page/anchors';
import type { SummaryModel } from './view-model';

/** How a card is being opened. */
export interface OpenHow {
  /** Move keyboard focus into the card (click, keyboard); false for hover previews. */
  focus: boolean;
  /** Scroll the sentence into view first (jumps from the summary or another card). */
  scroll?: boolean;
  /** Where focus goes back on close (default: wherever it was). */
  from?: Element | null;
  /** Opened by hover intent: closes again when the pointer leaves. */
  hover?: boolean;
}

/** What the components may ask the overlay to do. */
export interface OverlayActions {
  openClaim(id: string, how: OpenHow): void;
  closeCard(): void;
  toggleSummary(): void;
  closeSummary(): void;
  step(delta: 1 | -1): void;
  /** Pointer entered (id) or left (null) a marker. */
  hoverMarker(id: string | null): void;
  /** Pointer entered or left the open card. */
  hoverCard(inside: boolean): void;
  /** Stores a reader's correction of a note; absent when corrections are not offered here. */
  saveCorrection?(draft: CorrectionSubmission): Promise<void>;
}

/** What a correction form hands over (the page adds the URL and the language). */
export interface CorrectionSubmission {
  kind: 'wrong' | 'missing';
  sentence: string;
  labels: Label[];
  engineLabels: Label[];
}

/** Everything the overlay renders from. */
export interface OverlayView {
  lang: Lang;
  /** Flagged sentences shown, in document order, labels already filtered. */
  claims: readonly Claim[];
  anchors: ReadonlyMap<string, Anchor>;
  /** Viewport width and horizontal scroll, to keep cards on screen. */
  viewport: { width: number; scrollX: number };
  openId: string | null;
  summaryOpen: boolean;
  /** Text for the aria-live region. */
  announce: string;
  summary: SummaryModel;
}
