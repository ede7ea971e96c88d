/**
 * Which way each quotation mark of a sentence turns. Curly and French marks say it themselves
 * (“ « open, ” » close); a straight mark is read from its neighbours: after a word or a
 * punctuation mark it closes (…, ” / …," he said), at the start of the sentence before a
 * comma or a full stop it closes too (", according to the ministry"), otherwise it opens.
 * This keeps a quotation that runs over several sentences whole even when a mark was lost on
 * the way (machine translation, copy and paste): parity alone would turn every later mark round.
 */

export interface QuoteMark {
  /** Offset in the sentence. */
  at: number;
  open: boolean;
}

const QUOTES = /["“”«»„‟]/g;

/** The quotation marks of `text`, in order, with their direction. Linear. */
export function quoteMarks(text: string): QuoteMark[] {
  const out: QuoteMark[] = [];
  QUOTES.lastIndex = 0;
  for (let m = QUOTES.exec(text); m; m = QUOTES.exec(text)) {
    const c = m[0];
    const at = m.index;
    let open: boolean;
    if (c === '“' || c === '«' || c === '„') open = true;
    else if (c === '”' || c === '»') open = false;
    else {
      const prev = text[at - 1];
      const next = text[at + 1];
      const afterSpace = prev === undefined || /[\s([{:\u2014\u2013-]/u.test(prev);
      open = afterSpace && !(next !== undefined && /[,.;:!?)\]]/u.test(next));
    }
    out.push({ at, open });
  }
  return out;
}
