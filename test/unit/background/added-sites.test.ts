import { describe, expect, it, vi } from 'vitest';
import {
  ADDED_SITES_SCRIPT_ID,
  addedSiteMatches,
  hostsOfGrantedOrigins,
  serial,
  syncAddedSiteScripts,
  type RegistrationDeps,
} from '../../../src/background/added-sites';
import { OUTLET_MATCH_PATTERNS } from '../../../src/settings/outlets';

describe('addedSiteMatches', () => {
  it('keeps granted origins of added sites only', () => {
    const granted = ['https://news.example.org/*', 'http://news.example.org/*', 'https://other.example/*', OUTLET_MATCH_PATTERNS[0]!, 'https://*/*'];
    expect(addedSiteMatches(['news.example.org', 'not-granted.example'], granted)).toEqual(['http://news.example.org/*', 'https://news.example.org/*']);
  });
});

describe('hostsOfGrantedOrigins', () => {
  it('names the exact hosts, not outlets or wildcards', () => {
    expect(hostsOfGrantedOrigins(['https://a.example/*', 'http://a.example/*', OUTLET_MATCH_PATTERNS[1]!, 'https://*/*'])).toEqual(['a.example']);
  });
});

function deps(over: Partial<RegistrationDeps> = {}) {
  const d = {
    getRegistered: vi.fn(async (_ids: string[]) => [] as { id: string; matches?: string[] }[]),
    register: vi.fn(async (_s: unknown) => undefined),
    unregister: vi.fn(async (_ids: string[]) => undefined),
    grantedOrigins: vi.fn(async () => ['https://a.example/*']),
    addedSites: vi.fn(async () => ['a.example']),
    files: () => ({ js: ['assets/loader.js'], css: [] as string[] }),
    ...over,
  };
  return d;
}

describe('syncAddedSiteScripts', () => {
  it('registers the content script for added, granted sites', async () => {
    const d = deps();
    expect(await syncAddedSiteScripts(d)).toEqual(['https://a.example/*']);
    expect(d.register).toHaveBeenCalledWith({ id: ADDED_SITES_SCRIPT_ID, matches: ['https://a.example/*'], js: ['assets/loader.js'], css: [] });
    expect(d.unregister).not.toHaveBeenCalled();
  });

  it('does nothing when the registration is already right', async () => {
    const d = deps({ getRegistered: vi.fn(async () => [{ id: ADDED_SITES_SCRIPT_ID, matches: ['https://a.example/*'] }]) });
    await syncAddedSiteScripts(d);
    expect(d.register).not.toHaveBeenCalled();
    expect(d.unregister).not.toHaveBeenCalled();
  });

  it('replaces a stale registration and removes it when no site is left', async () => {
    const stale = vi.fn(async () => [{ id: ADDED_SITES_SCRIPT_ID, matches: ['https://old.example/*'] }]);
    const d = deps({ getRegistered: stale });
    await syncAddedSiteScripts(d);
    expect(d.unregister).toHaveBeenCalledWith([ADDED_SITES_SCRIPT_ID]);
    expect(d.register).toHaveBeenCalled();
    const none = deps({ getRegistered: stale, addedSites: vi.fn(async () => []) });
    expect(await syncAddedSiteScripts(none)).toEqual([]);
    expect(none.unregister).toHaveBeenCalled();
    expect(none.register).not.toHaveBeenCalled();
  });

  it('registers nothing for a site added elsewhere but not granted here', async () => {
    const d = deps({ grantedOrigins: vi.fn(async () => []) });
    expect(await syncAddedSiteScripts(d)).toEqual([]);
    expect(d.register).not.toHaveBeenCalled();
  });
});

describe('serial', () => {
  it('runs jobs one after another, even after a failure', async () => {
    const run = serial();
    const order: string[] = [];
    const slow = run(async () => {
      await new Promise((r) => setTimeout(r, 10));
      order.push('a');
      throw new Error('x');
    });
    const fast = run(async () => {
      order.push('b');
    });
    await expect(slow).rejects.toThrow('x');
    await fast;
    expect(order).toEqual(['a', 'b']);
  });
});
