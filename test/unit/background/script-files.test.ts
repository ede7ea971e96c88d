import { describe, expect, it } from 'vitest';
import { relativeToExtension, scriptingFiles } from '../../../src/background/script-files';

describe('scriptingFiles', () => {
  it('turns Firefox’s absolute moz-extension:// URLs into paths the scripting API accepts', () => {
    const base = 'moz-extension://5a4e11e5-1e25-4c1a-9a7e-5a4e11e5aaaa/';
    expect(
      scriptingFiles({ js: [`${base}assets/index.ts-loader-abc.js`], css: [`${base}assets/overlay.css`] }, base),
    ).toEqual({ js: ['assets/index.ts-loader-abc.js'], css: ['assets/overlay.css'] });
  });

  it('leaves Chrome’s relative paths as they are', () => {
    const base = 'chrome-extension://abcdef/';
    expect(scriptingFiles({ js: ['assets/index.ts-loader-abc.js'], css: [] }, base)).toEqual({
      js: ['assets/index.ts-loader-abc.js'],
      css: [],
    });
  });

  it('drops a leading slash and never touches another extension’s URL', () => {
    expect(relativeToExtension('/assets/a.js', 'moz-extension://x/')).toBe('assets/a.js');
    expect(relativeToExtension('moz-extension://other/assets/a.js', 'moz-extension://x/')).toBe('moz-extension://other/assets/a.js');
  });
});
