import { describe, expect, it } from 'vitest';
import { readmeCommands } from '../../readme/readme-commands.ts';

describe('readmeCommands', () => {
  it('takes shell-block lines without their comments and npm/npx code spans from the prose', () => {
    const md = [
      '# Title',
      '```sh',
      'npm ci && npm run demo     # build and show',
      '# a comment line',
      '',
      '```',
      'Run `npm run eval` or `npx web-ext lint`; the folder `dist/chrome` is not a command.',
      '```ts',
      'const x = `npm run hidden`;',
      '```',
    ].join('\n');
    expect(readmeCommands(md)).toEqual(['npm ci && npm run demo', 'npm run eval', 'npx web-ext lint']);
  });
});
