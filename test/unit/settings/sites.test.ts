import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/settings/defaults';
import {
  addSitePatch,
  grantedSitesPatch,
  hostOfOrigin,
  httpHostname,
  isSiteAdded,
  isSiteDisabled,
  isSiteEnabled,
  isSiteListed,
  originsForSite,
  removeSitePatch,
  siteCovers,
  siteEnabledPatch,
  siteKey,
  siteListing,
} from '../../../src/settings/sites';
import { applyPatch } from '../../../src/settings/patch';
import type { Settings } from '../../../src/settings/types';

const with_ = (over: Partial<Settings>): Settings => ({ ...defaultSettings(), ...over });

describe('site keys and coverage', () => {
  it('drops www., case and a trailing dot', () => {
    expect(siteKey('WWW.LeMonde.fr.')).toBe('lemonde.fr');
    expect(siteKey('afrique.lemonde.fr')).toBe('afrique.lemonde.fr');
    expect(siteKey('www2.example.org')).toBe('www2.example.org');
  });

  it('covers the host and its subdomains, not look-alikes', () => {
    expect(siteCovers('lemonde.fr', 'lemonde.fr')).toBe(true);
    expect(siteCovers('lemonde.fr', 'www.lemonde.fr')).toBe(true);
    expect(siteCovers('lemonde.fr', 'afrique.lemonde.fr')).toBe(true);
    expect(siteCovers('lemonde.fr', 'notlemonde.fr')).toBe(false);
    expect(siteCovers('lemonde.fr', 'lemonde.fr.evil.com')).toBe(false);
  });
});

describe('isSiteEnabled', () => {
  it('is on by default everywhere', () => {
    expect(isSiteEnabled(defaultSettings(), 'www.rfi.fr')).toBe(true);
  });

  it('is off everywhere when the global switch is off', () => {
    expect(isSiteEnabled(with_({ enabled: false }), 'www.rfi.fr')).toBe(false);
  });

  it('is off on a switched-off site and its subdomains only', () => {
    const s = with_({ disabledSites: ['lemonde.fr'] });
    expect(isSiteEnabled(s, 'www.lemonde.fr')).toBe(false);
    expect(isSiteEnabled(s, 'afrique.lemonde.fr')).toBe(false);
    expect(isSiteEnabled(s, 'www.rfi.fr')).toBe(true);
    expect(isSiteDisabled(with_({ enabled: false }), 'www.rfi.fr')).toBe(false);
  });
});

describe('site patches', () => {
  it('switches a site off under its key, once', () => {
    const s = defaultSettings();
    const p = siteEnabledPatch(s, 'www.lemonde.fr', false);
    expect(p).toEqual({ disabledSites: ['lemonde.fr'] });
    const off = applyPatch(s, p);
    expect(siteEnabledPatch(off, 'www.lemonde.fr', false)).toEqual({});
    expect(isSiteEnabled(off, 'www.lemonde.fr')).toBe(false);
  });

  it('switching on removes every entry covering the host, and only those', () => {
    const s = with_({ disabledSites: ['lemonde.fr', 'afrique.lemonde.fr', 'rfi.fr'] });
    expect(siteEnabledPatch(s, 'afrique.lemonde.fr', true)).toEqual({ disabledSites: ['rfi.fr'] });
  });

  it('adds and removes exact hosts', () => {
    const s = defaultSettings();
    const added = applyPatch(s, addSitePatch(s, 'News.Example.org'));
    expect(added.addedSites).toEqual(['news.example.org']);
    expect(addSitePatch(added, 'news.example.org')).toEqual({});
    expect(addSitePatch(added, 'not a host')).toEqual({});
    expect(isSiteAdded(added, 'news.example.org')).toBe(true);
    expect(isSiteAdded(added, 'other.example.org')).toBe(false);
    expect(applyPatch(added, removeSitePatch(added, 'news.example.org')).addedSites).toEqual([]);
  });
});

describe('grantedSitesPatch', () => {
  it('adds granted hosts once and switches them on, leaving other sites alone', () => {
    const settings: Settings = { ...defaultSettings(), addedSites: ['a.org'], disabledSites: ['news.example.org', 'lemonde.fr'] };
    expect(grantedSitesPatch(settings, ['news.example.org', 'a.org', 'b.org'])).toEqual({
      addedSites: ['a.org', 'news.example.org', 'b.org'],
      disabledSites: ['lemonde.fr'],
    });
  });

  it('is empty when every host is already added and on', () => {
    const settings: Settings = { ...defaultSettings(), addedSites: ['a.org'] };
    expect(grantedSitesPatch(settings, ['a.org'])).toEqual({});
  });
});

describe('listing', () => {
  it('knows outlets, added sites and the rest', () => {
    const s = with_({ addedSites: ['news.example.org'] });
    expect(siteListing(s, 'www.rfi.fr')).toBe('outlet');
    expect(siteListing(s, 'news.example.org')).toBe('added');
    expect(siteListing(s, 'localhost')).toBeNull();
    expect(isSiteListed(s, 'www.aljazeera.com')).toBe(true);
    expect(isSiteListed(s, 'example.org')).toBe(false);
  });
});

describe('origins', () => {
  it('asks for that one host over https and http', () => {
    expect(originsForSite('News.Example.org')).toEqual(['https://news.example.org/*', 'http://news.example.org/*']);
    expect(originsForSite('bad host')).toEqual([]);
  });

  it('reads the host back from an origin pattern, but not from wildcards', () => {
    expect(hostOfOrigin('https://news.example.org/*')).toBe('news.example.org');
    expect(hostOfOrigin('http://localhost/*')).toBe('localhost');
    expect(hostOfOrigin('*://a.org/*')).toBe('a.org');
    expect(hostOfOrigin('https://*.lemonde.fr/*')).toBeNull();
    expect(hostOfOrigin('https://*/*')).toBeNull();
    expect(hostOfOrigin('<all_urls>')).toBeNull();
  });

  it('takes hostnames of web pages only', () => {
    expect(httpHostname('https://www.rfi.fr/fr/afrique/x')).toBe('www.rfi.fr');
    expect(httpHostname('http://localhost:8080/a')).toBe('localhost');
    expect(httpHostname('about:blank')).toBeNull();
    expect(httpHostname('chrome://extensions')).toBeNull();
    expect(httpHostname(undefined)).toBeNull();
    expect(httpHostname('not a url')).toBeNull();
  });
});
