// Part of `npm run build`: writes dist/crisis-prefilter.json, the strings each crisis rule cannot
// match without (see src/safety/rulePrefilter.ts and scripts/build/requiredAtoms.ts).
import fs from 'node:fs';
import path from 'node:path';
import { RULE_EXPRESSIONS } from '../../src/safety/detectCrisis';
import { defaultPrefilterFile, PREFILTER_FORMAT, sourceHash, type SavedPrefilter } from '../../src/safety/rulePrefilter';
import { requiredAtoms } from './requiredAtoms';

export function crisisPrefilter(): SavedPrefilter {
  const rules: SavedPrefilter['rules'] = {};
  for (const { id, source } of RULE_EXPRESSIONS) rules[id] = { source: sourceHash(source), atoms: requiredAtoms(source) };
  return { format: PREFILTER_FORMAT, rules };
}

export function writeCrisisPrefilter(file = defaultPrefilterFile()): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(crisisPrefilter()));
}
