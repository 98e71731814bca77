// Which of many regular expressions a text could possibly match, found by looking for each
// expression's required strings: the strings no match of it can lack, computed by the build from
// the expression itself (scripts/build/requiredAtoms.ts). An expression none of whose strings is in
// the text cannot match it, so it is skipped: the answer is the same, and a large expression is
// compiled only when a text first needs it. The crisis rules (src/safety/detectCrisis.ts) and the
// finder's patterns (src/finder/questions.ts) use it: together they were ~45 ms of compiling on the
// first message after a start.
//
// The strings are only used for an expression whose source is exactly the one they were computed
// from; any other expression (or every one, when the build's file is missing) always runs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';

export const PREFILTER_FORMAT = 1;

export interface SavedPrefilter {
  format: number;
  /** Per expression id: a hash of its source, and its required strings (null: none certain). */
  rules: Record<string, { source: string; atoms: string[] | null }>;
}

export interface Expression {
  id: string;
  source: string;
}

export function sourceHash(source: string): string {
  return createHash('sha1').update(source).digest('base64');
}

/** Packs three UTF-16 code units in one number: a Map key without making a string per position. */
const KEY_WIDTH = 3;
const keyAt = (text: string, at: number) => text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);

interface Needle {
  atom: string;
  index: number;
}

export class LiteralPrefilter {
  private readonly always: number[] = [];
  /** Atoms shorter than KEY_WIDTH, looked for with includes. */
  private readonly short: Needle[] = [];
  private readonly byKey = new Map<number, Needle[]>();

  constructor(
    private readonly count: number,
    atomsByIndex: ReadonlyArray<readonly string[] | null>,
  ) {
    atomsByIndex.forEach((atoms, index) => {
      if (!atoms || atoms.length === 0) return void this.always.push(index);
      for (const atom of atoms) {
        if (atom.length < KEY_WIDTH) this.short.push({ atom, index });
        else {
          const key = keyAt(atom, 0);
          const list = this.byKey.get(key);
          if (list) list.push({ atom, index });
          else this.byKey.set(key, [{ atom, index }]);
        }
      }
    });
  }

  /** 1 for each expression that could match `text`, by position. */
  candidates(text: string): Uint8Array {
    const may = new Uint8Array(this.count);
    for (const index of this.always) may[index] = 1;
    for (const { atom, index } of this.short) if (!may[index] && text.includes(atom)) may[index] = 1;
    for (let at = 0; at + KEY_WIDTH <= text.length; at += 1) {
      const needles = this.byKey.get(keyAt(text, at));
      if (!needles) continue;
      for (const { atom, index } of needles) if (!may[index] && text.startsWith(atom, at)) may[index] = 1;
    }
    return may;
  }
}

/** The build's file, or undefined when it is missing or not one. */
export function readSavedPrefilter(file: string): SavedPrefilter | undefined {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedPrefilter;
    return saved?.format === PREFILTER_FORMAT && typeof saved.rules === 'object' && saved.rules !== null ? saved : undefined;
  } catch {
    return undefined;
  }
}

/** The prefilter for these expressions from a saved file; those it has no current strings for always run. */
export function prefilterFor(saved: SavedPrefilter, expressions: readonly Expression[]): LiteralPrefilter {
  const atoms = expressions.map(({ id, source }) => {
    const entry = saved.rules[id];
    const valid = entry && Array.isArray(entry.atoms) && entry.atoms.every((a) => typeof a === 'string' && a.length > 0);
    return valid && entry.source === sourceHash(source) ? entry.atoms : null;
  });
  return new LiteralPrefilter(expressions.length, atoms);
}

/** Both steps; undefined without a usable file. */
export function loadLiteralPrefilter(expressions: readonly Expression[], file: string): LiteralPrefilter | undefined {
  const saved = readSavedPrefilter(file);
  return saved && prefilterFor(saved, expressions);
}
