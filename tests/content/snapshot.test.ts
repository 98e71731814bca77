// The build's content snapshot is the same content, and never hides an edit made after the build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { loadBotContent } from '../../content/botContent';
import { defaultContentDir } from '../../content/load';
import { contentFingerprint, loadBotContentFast, writeContentSnapshot } from '../../content/snapshot';

describe('content snapshot', () => {
  let dir: string;
  let dataDir: string;
  let file: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sgn-snapshot-'));
    dataDir = path.join(dir, 'data');
    fs.cpSync(defaultContentDir(), dataDir, { recursive: true });
    file = path.join(dir, 'snapshot.json');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives the same content as loading the YAML', () => {
    writeContentSnapshot(dataDir, file);
    const fast = loadBotContentFast(dataDir, file);
    const slow = loadBotContent(dataDir);
    expect(JSON.parse(JSON.stringify(fast))).to.deep.equal(JSON.parse(JSON.stringify(slow)));
    expect(fast.content.groupsById.get('lifering')).to.deep.equal(slow.content.groupsById.get('lifering'));
    expect(fast.content.topicsById.size).to.equal(slow.content.topicsById.size);
  });

  it('reads the YAML again when a file changed after the build', () => {
    writeContentSnapshot(dataDir, file);
    const before = contentFingerprint(dataDir);
    const welcome = path.join(dataDir, 'messages.yaml');
    fs.writeFileSync(welcome, fs.readFileSync(welcome, 'utf8').replace("Hi, I'm Support Group Navigator.", 'Hello from an edited file.'));
    expect(contentFingerprint(dataDir)).to.not.equal(before);
    expect(loadBotContentFast(dataDir, file).messages.welcome.en).to.match(/^Hello from an edited file\./);
  });

  it('falls back to the YAML when there is no snapshot', () => {
    expect(loadBotContentFast(dataDir, path.join(dir, 'missing.json')).content.groups.length).to.be.greaterThan(20);
  });
});
