/**
 * The annotator's file in the build, as `scripting.executeScript` takes it. The build
 * (@crxjs/vite-plugin, `?script&iife`) compiles src/content/annotator-script.ts into one classic
 * script with its imports inlined and gives its path here; imported from the background, it is
 * not made web-accessible.
 */
/// <reference types="@crxjs/vite-plugin/client" />
import file from '../content/annotator-script.ts?script&iife';

export const ANNOTATOR_SCRIPT_FILE: string = file;
