// The eval's crisis section (scripts/eval/crisisFrozen.ts) on a small fixture of its own: the
// real frozen file is added to main separately and is never read by tests.
import { expect } from 'chai';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { frozenCrisisSection, loadFrozenCrisis, scoreCrisis } from '../../scripts/eval/crisisFrozen';
import { loadCrisisModel } from '../../src/host/startup/crisisModel';

const FIXTURE = path.join(__dirname, '..', '..', '..', 'tests', 'fixtures', 'crisis-frozen-sample.jsonl');

describe('eval: the frozen crisis section', () => {
  const model = loadCrisisModel().model;

  it('reads the file, skipping blank lines', () => {
    const cases = loadFrozenCrisis(FIXTURE)!;
    expect(cases.map((c) => c.crisis)).to.deep.equal([true, true, false, false]);
    expect(cases[1].lang).to.equal('es');
  });

  it('reports rules alone and rules + learned, and passes when both crises are caught and nothing else', () => {
    const { ok, lines } = frozenCrisisSection(FIXTURE, model);
    expect(ok).to.equal(true);
    expect(lines.join('\n')).to.match(/rules alone\s+recall 2\/2 \(100\.0%\), false alarms 0\/2/);
    expect(lines.join('\n')).to.match(/rules \+ learned check\s+recall 2\/2/);
  });

  it('fails below the recall floor and prints counts, never the messages (nothing to fit the model to)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frozen-'));
    const file = path.join(dir, 'frozen.jsonl');
    fs.writeFileSync(file, `${fs.readFileSync(FIXTURE, 'utf8')}\n{"q":"what time is it","crisis":true,"lang":"en"}\n`);
    const { ok, lines } = frozenCrisisSection(file, model);
    expect(ok).to.equal(false);
    expect(lines.join('\n')).to.match(/rules \+ learned check\s+recall 2\/3/);
    expect(lines.join('\n')).to.not.contain('what time is it');
    expect(lines.join('\n')).to.match(/target recall >= 98%.*not met yet/);
  });

  it('skips with a clear message when the file is absent, and a malformed line is an error naming it', () => {
    const { ok, lines } = frozenCrisisSection(path.join(os.tmpdir(), 'no-such-dir', 'frozen.jsonl'), model);
    expect(ok).to.equal(true);
    expect(lines[0]).to.match(/not found: section skipped/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'frozen-'));
    const bad = path.join(dir, 'frozen.jsonl');
    fs.writeFileSync(bad, '{"q":"x","crisis":true}\n{not json}\n');
    expect(() => loadFrozenCrisis(bad)).to.throw(/:2: not JSON/);
  });

  it('counts false alarms on non-crisis messages only', () => {
    const f = scoreCrisis(
      [
        { text: 'a', crisis: false },
        { text: 'b', crisis: true },
      ],
      () => true,
    );
    expect(f).to.include({ caught: 1, crisisTotal: 1, falseAlarms: 1, calmTotal: 1 });
  });
});
