/**
 * The content script files as `scripting.executeScript` and `scripting.registerContentScripts`
 * accept them. Firefox's `runtime.getManifest()` gives the manifest's `content_scripts` files as
 * absolute `moz-extension://<uuid>/…` URLs, and both scripting calls refuse those ("must be a
 * relative URL"); Chrome gives them as written. Pure.
 */
import type { ContentScriptFiles } from './annotate-tab';

/** `file` as a path relative to the extension's root (`baseUrl` is runtime.getURL('')). */
export function relativeToExtension(file: string, baseUrl: string): string {
  if (baseUrl && file.startsWith(baseUrl)) return file.slice(baseUrl.length);
  return file.replace(/^\/+/, '');
}

/** Every file of `files` relative to the extension's root. */
export function scriptingFiles(files: ContentScriptFiles, baseUrl: string): ContentScriptFiles {
  return {
    js: files.js.map((f) => relativeToExtension(f, baseUrl)),
    css: files.css.map((f) => relativeToExtension(f, baseUrl)),
  };
}
