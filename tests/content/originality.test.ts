// Our content is written in our own words: no sentence of the seed page longer than eight
// words may appear verbatim (after lowercasing, removing punctuation, collapsing spaces)
// in any file under content/. The seed page is the maintainers' reference, not part of the
// project: kept beside the clone (../shared/reference/seed.txt), where CI finds it. A fresh clone
// has no such folder, and the comparison is then skipped, saying so; the checker itself is
// tested either way.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../content';
import { copiedSentences, maintainersReference } from './helpers';

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : [p];
  });
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** The raw file, plus for YAML every string value (so quoting or folding cannot hide a copy). */
function readable(file: string): string {
  const raw = fs.readFileSync(file, 'utf8');
  if (!/\.ya?ml$/.test(file)) return raw;
  return `${raw}\n${strings(parse(raw)).join('\n')}`;
}

/** A stand-in source for testing the checker: sentences of our own, of several lengths. */
const SAMPLE_SOURCE = [
  'A peer group is run by its members rather than by paid staff, and anyone who wants to stop may come.',
  'Meetings are free.',
  'Most groups meet every week in a church hall, a library, a clinic or online, at the same hour.',
].join(' ');

describe('content: our own words', () => {
  const files = filesUnder(path.join(repoRoot(), 'content')).filter((f) => /\.(ya?ml|ts|json|md|txt)$/.test(f));

  it('the checker finds a copied sentence, even re-punctuated and re-wrapped', () => {
    const copied = 'Intro. MOST groups meet every week, in a church hall, a library,\n   a clinic or online at the same hour! More.';
    expect(copiedSentences(SAMPLE_SOURCE, copied)).to.have.length(1);
    // Short sentences may repeat ("Meetings are free."); a paraphrase is not a copy.
    expect(copiedSentences(SAMPLE_SOURCE, 'Meetings are free. Groups usually meet weekly, in person or online.')).to.deep.equal([]);
  });

  it('no seed sentence longer than eight words appears in content/', function () {
    const seedFile = maintainersReference('seed.txt');
    if (!seedFile) {
      // Shown as a pending test, its title saying why.
      if (this.test) this.test.title += " — skipped: maintainers' reference not found (../shared/reference/seed.txt)";
      this.skip();
    }
    const seed = fs.readFileSync(seedFile, 'utf8');
    expect(seed.length).to.be.greaterThan(1000);
    expect(files.length).to.be.greaterThan(50);
    const found = files.flatMap((f) => copiedSentences(seed, readable(f)).map((s) => `${path.relative(repoRoot(), f)}: "${s}"`));
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
