import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { pageExpression } from '../../e2e/lib/page-function.ts';

/** Evaluates an expression in a fresh global scope, as a page would (no helpers of this module). */
const page = {};
const inPage = (expression: string): unknown => runInNewContext(expression, page);

describe('pageExpression', () => {
  it('runs a callback that a keepNames compiler wrapped in __name, which the page does not define', () => {
    // What tsx emits for a named function inside a callback.
    const compiled = inPage('(n) => { const twice = __name(function twice(x) { return 2 * x; }, "twice"); return twice(n) + 1; }') as (n: number) => number;
    expect(() => inPage(`(${compiled.toString()})(4)`)).toThrow(/__name is not defined/);
    expect(inPage(pageExpression(compiled, 4))).toBe(9);
  });

  it('passes its argument as JSON and leaves no global behind', async () => {
    const fn = async (o: { a: string; n: number[] }) => `${o.a}:${o.n.join(',')}`;
    await expect(inPage(pageExpression(fn, { a: 'x"y', n: [1, 2] }))).resolves.toBe('x"y:1,2');
    expect(runInNewContext("typeof __name", page)).toBe('undefined');
  });

  it('refuses what cannot be sent to a page', () => {
    expect(() => pageExpression(() => 1, (() => 1) as never)).toThrow(/cannot be sent/);
    const method = { m(x: number) { return x; } }.m;
    expect(() => pageExpression(method, 1)).toThrow(/expected an arrow function/);
  });
});
