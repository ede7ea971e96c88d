/**
 * The scripts the background injects into a page, as `scripting.executeScript` takes them. The
 * build (@crxjs/vite-plugin, `?script&iife`) compiles each into one classic script with its
 * imports inlined and gives its path here; imported from the background, they are not made
 * web-accessible (vite.config.ts removes what crxjs lists).
 */
/// <reference types="@crxjs/vite-plugin/client" />
import annotator from '../content/annotator-script.ts?script&iife';
import pageEngine from '../content/page-engine-script.ts?script&iife';

/** The annotator (page layer, overlay, client of the background engine), and the page's own engine (the fallback). */
export type PageScript = 'annotator' | 'page-engine';

export const PAGE_SCRIPT_FILES: Readonly<Record<PageScript, string>> = { annotator, 'page-engine': pageEngine };
