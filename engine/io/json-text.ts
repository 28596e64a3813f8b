/**
 * A JSON syntax check that walks the text with an explicit stack instead of recursion, so it
 * reports the line and column of the first fault and refuses absurd nesting without ever
 * overflowing the call stack. Only text it accepts is handed to JSON.parse.
 */
export type JsonTextProblem =
  | { readonly kind: 'unexpected-end'; readonly line: number; readonly column: number }
  | { readonly kind: 'unexpected-character'; readonly line: number; readonly column: number; readonly found: string }
  | { readonly kind: 'too-deep'; readonly line: number; readonly column: number; readonly depth: number };

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function position(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}

export function checkJsonText(text: string, maxDepth: number): JsonTextProblem | null {
  const n = text.length;
  const stack: number[] = []; // char codes of open brackets
  let i = 0;
  // A value cut off by the end of the text (`tru`, `-`) is a truncation, not a stray character.
  const cutOff = () => i >= n || (n - i < 5 && ['true', 'false', 'null', '-'].some((w) => w.startsWith(text.slice(i))));
  const fault = (): JsonTextProblem =>
    cutOff()
      ? { kind: 'unexpected-end', ...position(text, n) }
      : { kind: 'unexpected-character', found: String.fromCodePoint(text.codePointAt(i) ?? 0), ...position(text, i) };
  const skipSpace = () => {
    for (let c = text.charCodeAt(i); c === 32 || c === 9 || c === 10 || c === 13; c = text.charCodeAt(++i));
  };
  /** Consumes a string starting at `i`; false on a fault (left at the faulty character). */
  const readString = (): boolean => {
    if (text.charCodeAt(i) !== 34) return false;
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) return false;
        i = ESCAPE.lastIndex;
      } else i++;
    }
    return false;
  };
  const readToken = (re: RegExp): boolean => {
    re.lastIndex = i;
    if (!re.test(text)) return false;
    i = re.lastIndex;
    return true;
  };

  // expectValue: a value must come next; otherwise a separator or a closing bracket.
  let expectValue = true;
  for (;;) {
    skipSpace();
    if (expectValue) {
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        stack.push(c);
        if (stack.length > maxDepth) return { kind: 'too-deep', depth: maxDepth, ...position(text, i) };
        i++;
        skipSpace();
        const close = c === 123 ? 125 : 93;
        if (text.charCodeAt(i) === close) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (c === 123) {
          if (!readString()) return fault();
          skipSpace();
          if (text.charCodeAt(i) !== 58) return fault();
          i++;
        }
        continue;
      }
      const ok = c === 34 ? readString() : c === 45 || (c >= 48 && c <= 57) ? readToken(NUMBER) : readToken(LITERAL);
      if (!ok) return fault();
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i >= n ? null : fault();
    const c = text.charCodeAt(i);
    if (c === 44) {
      i++;
      if (top === 123) {
        skipSpace();
        if (!readString()) return fault();
        skipSpace();
        if (text.charCodeAt(i) !== 58) return fault();
        i++;
      }
      expectValue = true;
    } else if (c === (top === 123 ? 125 : 93)) {
      stack.pop();
      i++;
    } else return fault();
  }
}
