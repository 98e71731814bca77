// The project stands on its own: nothing in it reads a folder beside the clone. The one
// exception is the originality check, which compares content with the maintainers' reference
// when it is there and says it skipped when it is not (tests/content/originality.test.ts).
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { repoRoot } from '../../content';

const SKIPPED_FOLDERS = new Set(['node_modules', 'dist', '.git', 'build', 'tmp']);
const ALLOWED = new Set(['tests/content/helpers.ts', 'tests/content/originality.test.ts', 'tests/repository/standalone.test.ts']);
/** `../shared`, `'..', 'shared'`: a path out of the repository into the folder beside it. */
const OUTSIDE = /\.\.[\\/]+shared\b|['"]\.\.['"]\s*,\s*['"]shared['"]/;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (SKIPPED_FOLDERS.has(e.name)) return [];
    const p = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(p) : /\.(ts|js|mjs|json|jsonl|ya?ml|md|txt|sh)$|^run$/.test(e.name) ? [p] : [];
  });
}

describe('repository: stands on its own', () => {
  it('no test, script, document or setting points outside the repository', () => {
    const root = repoRoot();
    const files = filesUnder(root).map((f) => path.relative(root, f).split(path.sep).join('/'));
    expect(files).to.include.members(['README.md', 'scripts/eval.ts', '.ci/run', 'docs/architecture.md']);
    const offending = files.filter((f) => !ALLOWED.has(f) && OUTSIDE.test(fs.readFileSync(path.join(root, f), 'utf8')));
    expect(offending, offending.join('\n')).to.deep.equal([]);
  });

  it('catches such a path, written either way', () => {
    for (const text of ["path.resolve(root, '..', 'shared', 'eval')", 'See `../shared/DESIGN.md`', 'cat ..\\shared\\x'])
      expect(OUTSIDE.test(text), text).to.equal(true);
    for (const text of ["path.join(root, 'eval', 'base')", 'shared helpers', '../sharedState'])
      expect(OUTSIDE.test(text), text).to.equal(false);
  });
});
