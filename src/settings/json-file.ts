/**
 * Reading the text of a JSON file the reader picked, with errors precise enough to act on
 * (where the JSON breaks, in lines and columns). Pure; shared by settings and pack imports.
 */

/** Why a file could not be read as JSON at all. */
export type JsonFileError =
  | { kind: 'empty' }
  | { kind: 'too-large'; bytes: number; max: number }
  /** Not JSON; line/column are 1-based when the browser's parser says where. */
  | { kind: 'json'; line: number | null; column: number | null; detail: string };

/** Line and column (1-based) of a character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

/**
 * The offset of the first JSON syntax error in `text`, or null if it parses. A small scanner,
 * because engines disagree on saying where: V8 gives no position for "Unexpected token" errors.
 * Linear in the length of the text; only run after JSON.parse has failed.
 */
export function findJsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = (): void => {
    i++; // opening quote
    for (;;) {
      const ch = text[i];
      if (ch === undefined || ch < ' ') fail();
      if (ch === '"') {
        i++;
        return;
      }
      if (ch === '\\') {
        i++;
        const esc = text[i];
        if (esc === 'u') {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? '')) {
            i += k;
            fail();
          }
          i += 5;
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i++;
        else fail();
      } else i++;
    }
  };
  const number = (): void => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else fail();
      }
    } else if (ch === '"') string();
    else if (ch === 't') literal('true');
    else if (ch === 'f') literal('false');
    else if (ch === 'n') literal('null');
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) number();
    else fail();
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (at) {
    return typeof at === 'number' ? at : null;
  }
}

/** Where a JSON.parse error happened (1-based): our own scan, else the engine's message. */
export function jsonErrorPosition(text: string, message: string): { line: number | null; column: number | null } {
  const offset = findJsonErrorOffset(text);
  if (offset !== null) return lineColumn(text, offset);
  const lc = /line (\d+) column (\d+)/i.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/i.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  return { line: null, column: null };
}

/** Parses `text` (a leading BOM is allowed) into a value, or says why not. Never throws. */
export function readJsonText(text: string, maxBytes: number): { ok: true; value: unknown } | { ok: false; error: JsonFileError } {
  if (text.length > maxBytes) return { ok: false, error: { kind: 'too-large', bytes: text.length, max: maxBytes } };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return { ok: false, error: { kind: 'empty' } };
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'json', ...jsonErrorPosition(body, detail), detail } };
  }
}

/** A JsonFileError in plain English. */
export function describeJsonFileError(error: JsonFileError): string {
  switch (error.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'too-large':
      return `The file is too large (${error.bytes} bytes; at most ${error.max}).`;
    case 'json':
      return error.line !== null
        ? `The file is not valid JSON (line ${error.line}, column ${error.column}): ${error.detail}`
        : `The file is not valid JSON: ${error.detail}`;
  }
}
