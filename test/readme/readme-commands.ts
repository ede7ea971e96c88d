/**
 * The commands a README tells a reader to type: the lines of its ```sh blocks (comments cut)
 * and its inline code spans that start with `npm ` or `npx `.
 */
export function readmeCommands(markdown: string): string[] {
  const commands = new Set<string>();
  for (const block of markdown.matchAll(/^```(?:sh|bash|shell)\n([\s\S]*?)^```/gm)) {
    for (const line of block[1]!.split('\n')) {
      const cmd = line.replace(/\s+#.*$/, '').trim();
      if (cmd && !cmd.startsWith('#')) commands.add(cmd);
    }
  }
  const prose = markdown.replace(/^```[\s\S]*?^```/gm, '');
  for (const span of prose.matchAll(/`([^`\n]+)`/g)) {
    const cmd = span[1]!.trim();
    if (/^(npm|npx) /.test(cmd)) commands.add(cmd);
  }
  return [...commands];
}
