/** The README's outlet table is the user-facing list: it must name every built-in outlet, and no other host. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTLETS } from '../../../src/settings/outlets';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## Where it runs'), readme.indexOf('## Permissions'));

describe('README outlet list', () => {
  it('names every built-in outlet host, and only those', () => {
    expect(section.length).toBeGreaterThan(100);
    const listed = [...section.matchAll(/\(([a-z0-9.-]+\.[a-z]{2,}), (?:EN|FR|EN\/FR)\)/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual(OUTLETS.map((o) => o.host).sort());
    expect(section).toContain(`${OUTLETS.length} outlets`);
  });
});
