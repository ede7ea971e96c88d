/**
 * The content script's only voice in the page console: at most one concise warning per page,
 * prefixed "[Sahel Lens]". Pages are not ours; their consoles are not a place for our noise.
 */
let warned = false;

/** Warns once per page with a short message; later calls are silent. Never throws. */
export function warnOnce(context: string, error?: unknown): void {
  if (warned) return;
  warned = true;
  try {
    const detail = error instanceof Error ? error.message : error === undefined ? '' : String(error);
    console.warn(`[Sahel Lens] ${context}${detail ? `: ${detail.slice(0, 200)}` : ''}`);
  } catch {
    /* console replaced by the page */
  }
}
