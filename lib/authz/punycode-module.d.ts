/**
 * The `punycode` package's ES module, imported by its file name: the bare
 * name `punycode` is also Node's deprecated built-in, which the CLIs would
 * load instead of the package.
 */
declare module 'punycode/punycode.es6.js' {
  /** Converts a Punycode host or label (`xn--…`) to Unicode; throws RangeError on invalid input. */
  export function toUnicode(input: string): string;
}
