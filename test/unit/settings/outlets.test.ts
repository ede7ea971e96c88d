import { describe, expect, it } from 'vitest';
import { OUTLETS, OUTLET_MATCH_PATTERNS, isOutletHost, outletForHost } from '../../../src/settings/outlets';

/** Chrome/Firefox match-pattern semantics for `https://*.host/*` and exact hosts, as a regex. */
function patternToRegex(pattern: string): RegExp {
  const m = /^(https|http|\*):\/\/(\*|\*\.[^/*]+|[^/*]+)\/(.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : scheme;
  const hostRe = host === '*' ? '[^/]+' : host.startsWith('*.') ? `(?:[^/]+\\.)?${esc(host.slice(2))}` : esc(host);
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?/${esc(path).replace(/\*/g, '.*')}$`);
}

describe('the outlet list', () => {
  it('has about thirty outlets, unique, in both languages and every kind', () => {
    expect(OUTLETS.length).toBeGreaterThanOrEqual(28);
    expect(OUTLETS.length).toBeLessThanOrEqual(35);
    expect(new Set(OUTLETS.map((o) => o.host)).size).toBe(OUTLETS.length);
    expect(OUTLETS.filter((o) => o.lang === 'en' || o.bilingual).length).toBeGreaterThanOrEqual(10);
    expect(OUTLETS.filter((o) => o.lang === 'fr' || o.bilingual).length).toBeGreaterThanOrEqual(10);
    for (const kind of ['wire', 'broadcaster', 'paper', 'specialist', 'sahelian']) {
      expect(OUTLETS.some((o) => o.kind === kind)).toBe(true);
    }
  });

  it('lists registrable domains only (no www., no scheme, lowercase)', () => {
    for (const o of OUTLETS) {
      expect(o.host).toMatch(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/);
      expect(o.name.trim()).not.toBe('');
    }
  });

  it('includes the hosts the end-to-end tests serve pages under', () => {
    expect(isOutletHost('www.aljazeera.com')).toBe(true);
    expect(isOutletHost('www.rfi.fr')).toBe(true);
    expect(isOutletHost('localhost')).toBe(false);
  });
});

describe('OUTLET_MATCH_PATTERNS', () => {
  it('has one valid https pattern per outlet', () => {
    expect(OUTLET_MATCH_PATTERNS).toHaveLength(OUTLETS.length);
    for (const p of OUTLET_MATCH_PATTERNS) {
      expect(p).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
      patternToRegex(p);
    }
  });

  it('matches exactly the URLs whose host isOutletHost accepts', () => {
    const hosts = [
      'lemonde.fr', 'www.lemonde.fr', 'afrique.lemonde.fr', 'notlemonde.fr', 'lemonde.fr.evil.com',
      'www.reuters.com', 'reuters.com.example.org', 'www.bbc.com', 'www.bbc.co.uk', 'bbc.co',
      'www.rfi.fr', 'www.aljazeera.com', 'aljazeera.net', 'localhost', 'lefaso.net', 'www.lefaso.net',
    ];
    const regexes = OUTLET_MATCH_PATTERNS.map(patternToRegex);
    for (const host of hosts) {
      const url = `https://${host}/some/article.html`;
      expect(regexes.some((r) => r.test(url)), host).toBe(isOutletHost(host));
      expect(regexes.some((r) => r.test(`http://${host}/x`)), `http ${host}`).toBe(false);
    }
  });

  it('finds the outlet of a subdomain', () => {
    expect(outletForHost('AFRIQUE.LeMonde.fr')?.name).toMatch(/Le Monde/);
    expect(outletForHost('example.org')).toBeNull();
  });
});
