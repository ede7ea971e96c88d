import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import {
  decodeEncodedWords,
  emlToText,
  fileToText,
  htmlToText,
  looksBinary,
  MAX_TEXT_CHARS,
  pastedText,
} from '../../../src/check/lib/file-text';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

const STATEMENT_FR =
  "L'armée malienne affirme avoir neutralisé une vingtaine de terroristes près de Kidal. Le groupe armé dément ce bilan dans un communiqué.";

describe('.txt', () => {
  it('reads UTF-8 and tidies line endings', () => {
    expect(fileToText('post.txt', bytes('Titre\r\n\r\n\r\n\r\nUn paragraphe.  \r\n'), parse)).toEqual({ ok: true, title: null, text: 'Titre\n\nUn paragraphe.' });
  });
  it('falls back to Latin-1 for bytes that are not UTF-8', () => {
    const latin1 = new Uint8Array([0x4c, 0x27, 0x61, 0x72, 0x6d, 0xe9, 0x65]); // "L'armée" in ISO-8859-1
    expect(fileToText('a.txt', latin1, parse)).toMatchObject({ ok: true, text: "L'armée" });
  });
  it('refuses empty, binary, unsupported and oversized files', () => {
    expect(fileToText('a.txt', new Uint8Array(), parse)).toEqual({ ok: false, refusal: { reason: 'empty' } });
    expect(fileToText('a.txt', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1]), parse)).toEqual({ ok: false, refusal: { reason: 'binary' } });
    expect(fileToText('report.pdf', bytes('%PDF-1.7'), parse)).toEqual({ ok: false, refusal: { reason: 'unsupported', ext: '.pdf' } });
    expect(fileToText('a.txt', new Uint8Array(5_000_001), parse)).toEqual({ ok: false, refusal: { reason: 'too-large', bytes: 5_000_001 } });
    expect(pastedText('x'.repeat(MAX_TEXT_CHARS + 1))).toEqual({ ok: false, refusal: { reason: 'too-long', chars: MAX_TEXT_CHARS + 1 } });
    expect(pastedText('  \n ')).toEqual({ ok: false, refusal: { reason: 'empty' } });
  });
  it('tells binary from text', () => {
    expect(looksBinary(bytes('plain text\nwith lines\t'))).toBe(false);
    expect(looksBinary(new Uint8Array([1, 2, 3, 4, 5, 65]))).toBe(true);
  });
});

describe('.html', () => {
  it('takes the article, not the navigation', () => {
    const html = `<html><head><title>Post</title></head><body><nav><a href="/">Home</a> <a href="/x">World</a></nav>
      <article><h1>Kidal</h1><p>${STATEMENT_FR}</p><p>Ces images n'ont pas pu être authentifiées de source indépendante, selon les journalistes.</p></article>
      <footer>© 2026 Example</footer></body></html>`;
    const got = htmlToText(html, parse);
    expect(got.text).toContain("L'armée malienne affirme");
    expect(got.text).toContain('\n\nCes images');
    expect(got.text).not.toContain('Home');
    expect(got.text).not.toContain('2026 Example');
  });
  it('falls back to the body text for a short page', () => {
    const got = fileToText('short.html', bytes('<html><head><title>T</title><style>p{}</style></head><body><div>Short <b>post</b>.</div><script>x()</script></body></html>'), parse);
    expect(got).toEqual({ ok: true, title: 'T', text: 'Short post.' });
  });
});

describe('.eml', () => {
  it('reads the Subject and a quoted-printable text/plain part', () => {
    const eml = [
      'From: "Desk" <desk@example.org>',
      'Subject: =?UTF-8?Q?Communiqu=C3=A9_de_l=27arm=C3=A9e?=',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      "L'arm=C3=A9e malienne affirme avoir neutralis=C3=A9 une vingtaine de terro=",
      'ristes.',
      '',
    ].join('\r\n');
    expect(emlToText(eml, parse)).toEqual({ ok: true, title: "Communiqué de l'armée", text: "L'armée malienne affirme avoir neutralisé une vingtaine de terroristes." });
  });
  it('follows multipart, prefers text/plain, skips attachments, decodes base64', () => {
    const plain = Buffer.from(STATEMENT_FR, 'utf8').toString('base64');
    const eml = [
      'Subject: Fwd: statement',
      'Content-Type: multipart/mixed; boundary="outer"',
      '',
      '--outer',
      'Content-Type: multipart/alternative; boundary=inner',
      '',
      '--inner',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      plain,
      '--inner',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>HTML version</p>',
      '--inner--',
      '--outer',
      'Content-Type: text/plain',
      'Content-Disposition: attachment; filename="notes.txt"',
      '',
      'attachment text',
      '--outer--',
    ].join('\n');
    expect(emlToText(eml, parse)).toEqual({ ok: true, title: 'Fwd: statement', text: STATEMENT_FR });
  });
  it('uses the HTML part when there is no plain one, and strips quote marks', () => {
    const eml = 'Subject: x\nContent-Type: text/html\n\n<div><p>&gt; Quoted.</p><p>The army said 12 trucks were seized.</p></div>';
    expect(emlToText(eml, parse)).toMatchObject({ ok: true, text: 'Quoted.\n\nThe army said 12 trucks were seized.' });
  });
  it('refuses a file that is not an e-mail, saying why', () => {
    expect(emlToText('\n\njust text', parse)).toMatchObject({ ok: false, refusal: { reason: 'bad-eml' } });
    expect(emlToText('Subject: a\nContent-Type: image/png\n\nxxx', parse)).toEqual({ ok: false, refusal: { reason: 'bad-eml', detail: 'no text/plain or text/html part' } });
  });
  it('decodes B-encoded words', () => {
    expect(decodeEncodedWords(`=?utf-8?B?${Buffer.from('Niamey — été').toString('base64')}?=`)).toBe('Niamey — été');
  });
});

describe('laying a pasted text out', async () => {
  const { paragraphsOf } = await import('../../../src/check/lib/render-text');
  it('makes paragraphs at blank lines and joins wrapped lines', () => {
    expect(paragraphsOf('First line\nwraps here.\r\n\r\n  \n\nSecond.\n \nThird.\n')).toEqual(['First line wraps here.', 'Second.', 'Third.']);
    expect(paragraphsOf(' \n\n ')).toEqual([]);
  });
});
