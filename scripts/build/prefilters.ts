// Part of `npm run build`: for the crisis rules and the finder's patterns, the strings each
// expression cannot match without (scripts/build/requiredAtoms.ts), written beside the other build
// outputs: dist/crisis-prefilter.json and dist/finder-prefilter.json (src/understand/literalPrefilter.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { Finder } from '../../content/finderSchema';
import { CRISIS_PREFILTER_FILE, RULE_EXPRESSIONS } from '../../src/safety/detectCrisis';
import { FINDER_PREFILTER_FILE, patternId } from '../../src/finder/questions';
import { PREFILTER_FORMAT, sourceHash, type Expression, type SavedPrefilter } from '../../src/understand/literalPrefilter';
import { requiredAtoms } from './requiredAtoms';

export function prefilterOf(expressions: readonly Expression[]): SavedPrefilter {
  const rules: SavedPrefilter['rules'] = {};
  for (const { id, source } of expressions) rules[id] = { source: sourceHash(source), atoms: requiredAtoms(source) };
  return { format: PREFILTER_FORMAT, rules };
}

/** The finder's patterns as they are compiled (case-insensitive; the text they read is lowercase). */
export function finderExpressions(finder: Finder): Expression[] {
  return finder.questions.flatMap((q) =>
    q.choices.flatMap((c) => c.patterns.map((p) => new RegExp(p, 'i')).map((r) => ({ id: patternId(r), source: r.source }))),
  );
}

function write(file: string, saved: SavedPrefilter): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(saved));
}

export function writePrefilters(finder: Finder): void {
  write(CRISIS_PREFILTER_FILE, prefilterOf(RULE_EXPRESSIONS));
  write(FINDER_PREFILTER_FILE, prefilterOf(finderExpressions(finder)));
}
