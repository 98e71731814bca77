// Our content is written in our own words: no sentence of the seed page longer than eight
// words may appear verbatim (after lowercasing, removing punctuation, collapsing spaces)
// in any file under content/.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { repoRoot } from '../../content';
import { copiedSentences, sentences, sharedFile } from './helpers';

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

describe('content: our own words', () => {
  const seed = fs.readFileSync(sharedFile('reference/seed.txt'), 'utf8');
  const files = filesUnder(path.join(repoRoot(), 'content')).filter((f) => /\.(ya?ml|ts|json|md|txt)$/.test(f));

  it('the checker finds a copied sentence, even re-punctuated and re-wrapped', () => {
    const long = sentences(seed).filter((s) => s.split(' ').length > 8);
    expect(long.length).to.be.greaterThan(20);
    const copied = 'Intro. MUTUAL support groups are nonprofessional peer groups, comprising of members\n   who share the same problem and voluntarily support one another in their recovery! More.';
    expect(copiedSentences(seed, copied)).to.have.length(1);
    expect(copiedSentences(seed, 'Members are peers who share a problem and help each other.')).to.deep.equal([]);
  });

  it('no seed sentence longer than eight words appears in content/', () => {
    expect(files.length).to.be.greaterThan(50);
    const found = files.flatMap((f) =>
      copiedSentences(seed, readable(f)).map((s) => `${path.relative(repoRoot(), f)}: "${s}"`),
    );
    expect(found, found.join('\n')).to.deep.equal([]);
  });
});
