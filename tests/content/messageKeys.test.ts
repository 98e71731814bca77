// Every message in content/data/messages.yaml is one the code can say: a key nothing uses is
// text translated and reviewed for nothing. Keys are used literally (`turn.say('menuPrompt')`) or
// built from a value (`turn.say(\`value.goal.${group.goal}\`)`), which covers every key under
// that prefix.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../content';
import { MESSAGE_KEYS } from '../../content/messagesSchema';

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourcesUnder(p) : e.name.endsWith('.ts') ? [p] : [];
  });
}

/** Literal keys, and the prefixes of keys built in template strings ("value.goal."). */
function usedKeys(source: string): { literal: Set<string>; prefixes: string[] } {
  const literal = new Set([...source.matchAll(/['"`]([A-Za-z][\w.-]*)['"`]/g)].map((m) => m[1]));
  const prefixes = [...source.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]);
  return { literal, prefixes };
}

describe('content: messages', () => {
  const root = repoRoot();
  const code = ['index.ts', ...['dialogs', 'src', 'content'].flatMap((d) => sourcesUnder(path.join(root, d)))]
    .map((f) => path.resolve(root, f))
    .filter((f) => !f.endsWith(path.join('content', 'messagesSchema.ts')))
    .map((f) => fs.readFileSync(f, 'utf8'))
    .join('\n');
  const { literal, prefixes } = usedKeys(code);

  it('the code says every message key, literally or by a prefix it completes', () => {
    expect(prefixes).to.include('value.goal.');
    const unused = MESSAGE_KEYS.filter((k) => !literal.has(k) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused, `messages nothing says: ${unused.join(', ')}`).to.deep.equal([]);
  });

  it('finds a key that is only listed, and accepts one built from a value', () => {
    const sample = usedKeys("turn.say('menuPrompt'); turn.say(`value.format.${f}`);");
    expect(sample.literal.has('menuPrompt')).to.equal(true);
    expect(sample.prefixes).to.deep.equal(['value.format.']);
    expect(sample.literal.has('finderResume')).to.equal(false);
  });
});
