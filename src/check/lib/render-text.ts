/** How the check page lays a plain text out: paragraphs at blank lines, single line breaks kept as spaces. Pure. */

/** The paragraphs of a text (blank lines separate them; empty ones dropped). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n+/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0);
}
