/**
 * `npm run --silent annotate -- [--json] [--force] [--note-lang en|fr] FILE...`
 *
 * Annotates `.txt` articles (title line, blank line, paragraphs separated by blank lines) and
 * `.html` pages (read with linkedom and the content script's own article extraction,
 * src/page/extract.ts). Default output: each flagged sentence with its labels and explanation.
 * `--json`: one JSON object per file per line. `--force`: annotate even when the topic gate says
 * the article is not about the Sahel. A missing, unreadable, binary or empty file gets a
 * one-line error on stderr; the other files are still processed and the exit code is 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { annotate } from '../src/engine/annotate.ts';
import type { Annotations, ArticleText, Lang } from '../src/engine/types.ts';
import { articleFromTxt, looksBinary } from './lib/article.ts';

interface Options {
  json: boolean;
  force: boolean;
  noteLanguage?: Lang;
  files: string[];
}

function usage(): never {
  console.error('usage: annotate [--json] [--force] [--note-lang en|fr] FILE...  (.txt or .html)');
  process.exit(2);
}

function parseArgs(argv: string[]): Options {
  const o: Options = { json: false, force: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--json') o.json = true;
    else if (a === '--force') o.force = true;
    else if (a === '--note-lang') {
      const v = argv[++i];
      if (v !== 'en' && v !== 'fr') usage();
      o.noteLanguage = v;
    } else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('--')) {
      console.error(`annotate: unknown option ${a}`);
      usage();
    } else o.files.push(a);
  }
  if (!o.files.length) usage();
  return o;
}

class InputError extends Error {}

/** Reads a file as text, refusing what is not a readable, non-empty, text file. */
function readText(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new InputError('no such file');
  }
  if (st.isDirectory()) throw new InputError('is a directory');
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    throw new InputError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.length === 0) throw new InputError('empty file');
  if (looksBinary(buf)) throw new InputError('binary file, not text');
  const text = buf.toString('utf8');
  if (!text.trim()) throw new InputError('empty file (white space only)');
  return text;
}

/** An HTML page through the content script's extraction, on linkedom's DOM. */
async function articleFromHtml(html: string, file: string): Promise<ArticleText> {
  let extract: typeof import('../src/page/extract.ts').extractArticle;
  let parseHTML: typeof import('linkedom').parseHTML;
  try {
    ({ extractArticle: extract } = await import('../src/page/extract.ts'));
    ({ parseHTML } = await import('linkedom'));
  } catch {
    throw new InputError('HTML support not available yet (src/page/extract.ts or linkedom missing)');
  }
  const { document } = parseHTML(html);
  const found = extract(document as unknown as Document, { url: pathToFileURL(file).href });
  if (!found || !found.article.text.trim()) throw new InputError('no article text found in the page');
  return found.article;
}

/** The context index (entities, links), when the context pack is there. */
async function contextIndex(): Promise<import('../src/context/linker.ts').ContextIndex | undefined> {
  try {
    const { builtinIndex } = await import('../src/context/pack.ts');
    return builtinIndex();
  } catch {
    return undefined;
  }
}

function toJson(file: string, title: string | undefined, r: Annotations): string {
  return JSON.stringify({
    file,
    language: r.language,
    aboutSahel: r.aboutSahel,
    topicScore: r.topicScore,
    title: title ?? null,
    claims: r.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      labels: c.labels,
      source: c.source ?? null,
      explanation: c.explanation,
    })),
    entities: r.entities.map((e) => ({ id: e.id, name: e.name })),
  });
}

function toText(file: string, title: string | undefined, r: Annotations): string {
  const lines: string[] = [];
  lines.push(`== ${file}${title ? ` — ${title}` : ''}`);
  lines.push(`   language ${r.language}; about the Sahel: ${r.aboutSahel ? 'yes' : 'no'} (score ${r.topicScore}; ${r.topicReasons.join('; ')})`);
  if (!r.claims.length) lines.push(r.aboutSahel ? '   no flagged sentence' : '   not annotated (not about the Sahel; --force to annotate anyway)');
  r.claims.forEach((c, i) => {
    lines.push(`${String(i + 1).padStart(3)}. [${c.labels.join(', ')}] ${c.text}`);
    if (c.source) lines.push(`     source: ${c.source.name}${c.source.person ? ` (${c.source.person})` : ''}${c.source.carried ? ', carried over' : ''}${c.source.cue ? ` — “${c.source.cue}”` : ''}`);
    lines.push(`     ${c.explanation}`);
  });
  if (r.entities.length) lines.push(`   entities: ${r.entities.map((e) => e.name).join(', ')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const context = await contextIndex();
  let failed = false;
  for (const file of o.files) {
    try {
      const raw = readText(file);
      const article = /\.html?$/i.test(file) ? await articleFromHtml(raw, file) : articleFromTxt(raw);
      if (!article.text.trim()) throw new InputError('no article text');
      const r = annotate(article, {
        force: o.force,
        ...(o.noteLanguage ? { noteLanguage: o.noteLanguage } : {}),
        ...(context ? { context } : {}),
      });
      console.log(o.json ? toJson(file, article.title, r) : toText(file, article.title, r) + '\n');
    } catch (e) {
      failed = true;
      const msg = e instanceof InputError ? e.message : `failed: ${e instanceof Error ? e.message : String(e)}`;
      console.error(`annotate: ${basename(file) === file ? file : file}: ${msg}`);
    }
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`annotate: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
