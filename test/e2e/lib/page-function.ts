/**
 * Page-side code that runs the same whatever compiled it.
 *
 * A function handed to a page (`page.evaluate`, BiDi `script.callFunction`, an expression string
 * built from `fn.toString()`) is sent as source text. Runners that keep function names (tsx, and
 * esbuild with `keepNames`) rewrite a named function inside it as `__name(function f() {}, "f")`,
 * calling a helper defined in the runner's module and absent from the page: the page then throws
 * "ReferenceError: __name is not defined". vitest compiles without that wrapping, so a test could
 * pass where the CLI running the same helper failed.
 *
 * Every function sent to a page goes through `pageExpression`: the result is one self-contained
 * expression that defines its own `__name` (returning the function unchanged) in a local scope,
 * calls the function with its JSON argument and evaluates to the call's result (a promise is
 * awaited by every driver). Nothing is added to the page's globals.
 */

/** JSON text of a page function's argument (`undefined` stays `undefined`). */
function argumentSource(arg: unknown): string {
  if (arg === undefined) return 'undefined';
  const json = JSON.stringify(arg);
  if (json === undefined) throw new TypeError(`pageExpression: the argument cannot be sent to a page (${typeof arg})`);
  return json;
}

/** A self-contained expression that calls `fn(arg)` in a page, whatever compiled `fn`. */
export function pageExpression<A>(fn: (arg: A) => unknown, arg?: A): string {
  const source = fn.toString();
  if (!/^(async\s*)?(\(|function\b|[\w$]+\s*=>)/.test(source)) {
    throw new TypeError(`pageExpression: expected an arrow function or a function expression, got: ${source.slice(0, 60)}`);
  }
  return `(() => { const __name = (f) => f; return (${source})(${argumentSource(arg)}); })()`;
}
