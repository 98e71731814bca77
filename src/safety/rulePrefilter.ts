// Which crisis rules a message could possibly trigger, found by looking for each rule's required
// strings (computed by the build from the rule's own expression: scripts/build/requiredAtoms.ts).
// A rule none of whose strings is in the message cannot match it, so it is skipped: the answer is
// the same, and a rule's large expression is compiled only when a message first needs it. That
// keeps ~30 ms of compiling off the first message after a start.
//
// The strings are only used for a rule whose expression is exactly the one they were computed
// from; any other rule (or every rule, when the build's file is missing) always runs.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PREFILTER_FORMAT = 1;

export interface SavedPrefilter {
  format: number;
  /** Per rule id: a hash of its expression's source, and its required strings (null: none certain). */
  rules: Record<string, { source: string; atoms: string[] | null }>;
}

export interface RuleExpression {
  id: string;
  source: string;
}

/** Where the build writes the file, beside the other build outputs in dist/. */
export function defaultPrefilterFile(): string {
  return path.join(__dirname, '..', '..', 'crisis-prefilter.json');
}

export function sourceHash(source: string): string {
  return createHash('sha1').update(source).digest('base64');
}

/** Packs three UTF-16 code units in one number: a Map key without making a string per position. */
const KEY_WIDTH = 3;
const keyAt = (text: string, at: number) => text.charCodeAt(at) * 2 ** 32 + text.charCodeAt(at + 1) * 2 ** 16 + text.charCodeAt(at + 2);

interface Needle {
  atom: string;
  rule: number;
}

export class RulePrefilter {
  private readonly always: number[] = [];
  /** Atoms shorter than KEY_WIDTH, looked for with includes. */
  private readonly short: Needle[] = [];
  private readonly byKey = new Map<number, Needle[]>();

  constructor(
    private readonly ruleCount: number,
    atomsByRule: ReadonlyArray<readonly string[] | null>,
  ) {
    atomsByRule.forEach((atoms, rule) => {
      if (!atoms || atoms.length === 0) return void this.always.push(rule);
      for (const atom of atoms) {
        if (atom.length < KEY_WIDTH) this.short.push({ atom, rule });
        else {
          const key = keyAt(atom, 0);
          const list = this.byKey.get(key);
          if (list) list.push({ atom, rule });
          else this.byKey.set(key, [{ atom, rule }]);
        }
      }
    });
  }

  /** 1 for each rule that could match `text`, by position in the rule list. */
  candidates(text: string): Uint8Array {
    const may = new Uint8Array(this.ruleCount);
    for (const rule of this.always) may[rule] = 1;
    for (const { atom, rule } of this.short) if (!may[rule] && text.includes(atom)) may[rule] = 1;
    for (let at = 0; at + KEY_WIDTH <= text.length; at += 1) {
      const needles = this.byKey.get(keyAt(text, at));
      if (!needles) continue;
      for (const { atom, rule } of needles) if (!may[rule] && text.startsWith(atom, at)) may[rule] = 1;
    }
    return may;
  }
}

/** The prefilter for these rules from the build's file; rules it has no current strings for always run. Undefined without a usable file. */
export function loadRulePrefilter(rules: readonly RuleExpression[], file = defaultPrefilterFile()): RulePrefilter | undefined {
  let saved: SavedPrefilter;
  try {
    saved = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedPrefilter;
  } catch {
    return undefined;
  }
  if (saved?.format !== PREFILTER_FORMAT || typeof saved.rules !== 'object' || saved.rules === null) return undefined;
  const atoms = rules.map(({ id, source }) => {
    const entry = saved.rules[id];
    const valid = entry && Array.isArray(entry.atoms) && entry.atoms.every((a) => typeof a === 'string' && a.length > 0);
    return valid && entry.source === sourceHash(source) ? entry.atoms : null;
  });
  return new RulePrefilter(rules.length, atoms);
}
