// recognizers-text's date-time models, loaded with one change that keeps their results and makes
// them several times faster. The library emulates negative lookbehind for old JavaScript engines:
// for every regular expression that has one, on every call, it takes the pattern apart and builds
// new XRegExp objects from the parts (parsing, compiling, copying each), then throws them away.
// Most of a meeting search's reading time went there. Here the parts are built once per
// expression and kept (a WeakMap keyed by the library's own expression object), and the last text
// whose accents were folded at word edges is kept too; what the library computes is unchanged.
//
// The library's bundle is plain JavaScript with no imports of its own, so its text is read and
// compiled as Node would compile it, with the edits applied. Each edit must match the pinned
// version's text exactly once; if any does not (another version), the library is loaded as it is:
// correct, only slower. tests/meetings/dateTimeLibrary.test.ts compares results with the library's.
import fs from 'node:fs';
import vm from 'node:vm';
import type * as RecognizersText from '@microsoft/recognizers-text-suite';

type Suite = typeof RecognizersText;

interface Edit {
  find: string;
  replace: string;
}

const BUILD_PARTS_ONCE: Edit = {
  find: `        let realMatches = new Array();
        let negativeLookbehindRegexes = new Array();
        let flags = regex.flags;
        let closePos = 0;
        let startPos = rawRegex.indexOf('(?<nlb__', 0);
        while (startPos >= 0) {
            closePos = this.getClosePos(rawRegex, startPos);
            let nlbRegex = lib(rawRegex.substring(startPos, closePos + 1), flags);
            let nextRegex = RegExpUtility.getNextRegex(rawRegex, startPos);
            nlbRegex.nextRegex = nextRegex ? lib(nextRegex, flags) : null;
            negativeLookbehindRegexes.push(nlbRegex);
            rawRegex = rawRegex.substr(0, startPos) + rawRegex.substr(closePos + 1);
            startPos = rawRegex.indexOf('(?<nlb__', 0);
        }
        let tempRegex = lib(rawRegex, flags);
`,
  replace: `        let realMatches = new Array();
        let parts = lookbehindParts.get(regex);
        if (!parts) {
        let negativeLookbehindRegexes = new Array();
        let flags = regex.flags;
        let closePos = 0;
        let startPos = rawRegex.indexOf('(?<nlb__', 0);
        while (startPos >= 0) {
            closePos = this.getClosePos(rawRegex, startPos);
            let nlbRegex = lib(rawRegex.substring(startPos, closePos + 1), flags);
            let nextRegex = RegExpUtility.getNextRegex(rawRegex, startPos);
            nlbRegex.nextRegex = nextRegex ? lib(nextRegex, flags) : null;
            negativeLookbehindRegexes.push(nlbRegex);
            rawRegex = rawRegex.substr(0, startPos) + rawRegex.substr(closePos + 1);
            startPos = rawRegex.indexOf('(?<nlb__', 0);
        }
        parts = { negativeLookbehindRegexes, tempRegex: lib(rawRegex, flags) };
        lookbehindParts.set(regex, parts);
        }
        let negativeLookbehindRegexes = parts.negativeLookbehindRegexes;
        let tempRegex = parts.tempRegex;
`,
};

const KEEP_PARTS: Edit = {
  find: `class RegExpUtility {
    static getMatches(regex, source) {`,
  replace: `const lookbehindParts = new WeakMap();
let lastFoldedSource;
let lastFolded;
class RegExpUtility {
    static getMatches(regex, source) {`,
};

/** The same text is matched against hundreds of expressions in a row: fold it once. */
const FOLD_ONCE: Edit = {
  find: `        let normalized = StringUtility.removeDiacriticsFromWordBoundaries(source);
        let matches = new Array();
        lib.forEach(normalized, regex, match => {`,
  replace: `        if (source !== lastFoldedSource) {
            lastFolded = StringUtility.removeDiacriticsFromWordBoundaries(source);
            lastFoldedSource = source;
        }
        let normalized = lastFolded;
        let matches = new Array();
        lib.forEach(normalized, regex, match => {`,
};

export const EDITS: readonly Edit[] = [KEEP_PARTS, BUILD_PARTS_ONCE, FOLD_ONCE];

const MODULE = '@microsoft/recognizers-text-suite';

/** The library's text with every edit applied, or undefined when one does not match exactly once. */
export function editedSource(source: string): string | undefined {
  let out = source;
  for (const edit of EDITS) {
    // The published file mixes CRLF and LF line ends.
    const pattern = new RegExp(edit.find.split('\n').map(escapeRegExp).join('\\r?\\n'), 'g');
    const found = [...out.matchAll(pattern)];
    if (found.length !== 1) return undefined;
    const at = found[0].index;
    out = out.slice(0, at) + edit.replace + out.slice(at + found[0][0].length);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether the last load applied the edits (false: the library as published). */
export let edited = false;

/** The suite with the edits, compiled the way Node compiles a CommonJS file; the plain library when they do not apply. */
export function loadDateTimeLibrary(): Suite {
  const file = require.resolve(MODULE);
  const source = editedSource(fs.readFileSync(file, 'utf8'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!source) return require(MODULE) as Suite;
  const wrapper = vm.runInThisContext(`(function (exports, module) {${source}\n})`, { filename: file }) as (
    exports: object,
    module: object,
  ) => void;
  const module = { exports: {} as Suite };
  wrapper(module.exports, module);
  edited = true;
  return module.exports;
}
