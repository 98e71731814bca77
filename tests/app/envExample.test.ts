// .env.example documents the settings; the defaults themselves live in src/host/config.ts. The
// example must name every setting and give each the default value, so the two cannot drift
// into two different sets of defaults. ID_HASH_SALT is the exception: a placeholder to replace.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../content';
import { parseConfig } from '../../src/host/config';

const PLACEHOLDERS = new Set(['ID_HASH_SALT']);

function readExample(): Record<string, string> {
  const text = fs.readFileSync(path.join(repoRoot(), '.env.example'), 'utf8');
  return Object.fromEntries([...text.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1], m[2].trim()]));
}

describe('.env.example', () => {
  const example = readExample();
  const defaults = parseConfig({});

  it('names every setting the configuration reads, and nothing else', () => {
    expect(Object.keys(example).sort()).to.deep.equal(Object.keys(defaults).sort());
  });

  it('gives every setting its default value, except the placeholder secrets', () => {
    const given = Object.fromEntries(Object.entries(example).filter(([k]) => !PLACEHOLDERS.has(k)));
    expect(parseConfig(given)).to.deep.equal(defaults);
    for (const key of PLACEHOLDERS) expect(example[key], key).to.not.equal(defaults[key as keyof typeof defaults]);
  });
});
