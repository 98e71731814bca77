// The fast YAML path must read every content file exactly as the `yaml` library does, and hand
// anything it cannot read to `yaml`, so that people still get errors with line and column.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'chai';
import { parse } from 'yaml';
import { z } from 'zod';
import { checkYamlFile, defaultContentDir } from '../../content/load';
import { parseYamlFast } from '../../content/parseYaml';

function yamlFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return yamlFilesUnder(full);
    return /\.ya?ml$/.test(entry.name) ? [full] : [];
  });
}

describe('fast YAML parsing', () => {
  const files = yamlFilesUnder(defaultContentDir());

  it('reads every content file exactly as the yaml library does', () => {
    expect(files.length).to.be.greaterThan(50);
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      expect(parseYamlFast(text), path.relative(defaultContentDir(), file)).to.deep.equal(parse(text, { uniqueKeys: true }));
    }
  });

  it('reads YAML 1.2 core values as yaml does: dates and yes/no stay strings, no merge keys', () => {
    const text = 'reviewed: 2025-01-10\nanswer: yes\nzip: 02134\nbase: &b { a: 1 }\nmerged: { <<: *b }\n';
    expect(parseYamlFast(text)).to.deep.equal(parse(text));
    expect((parseYamlFast(text) as { reviewed: unknown }).reviewed).to.equal('2025-01-10');
  });

  it('leaves broken files and duplicate keys to the explaining parser, which names the line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yaml-fast-'));
    try {
      const broken = path.join(dir, 'broken.yaml');
      fs.writeFileSync(broken, 'id: x\nname: [unclosed\n');
      const duplicate = path.join(dir, 'duplicate.yaml');
      fs.writeFileSync(duplicate, 'id: x\nid: y\n');
      expect(parseYamlFast(fs.readFileSync(broken, 'utf8'))).to.equal(undefined);
      expect(parseYamlFast(fs.readFileSync(duplicate, 'utf8'))).to.equal(undefined);
      const schema = z.object({ id: z.string() });
      expect(checkYamlFile(broken, schema).problems.join('\n')).to.match(/broken\.yaml: line \d+, column \d+: YAML syntax error/);
      expect(checkYamlFile(duplicate, schema).problems.join('\n')).to.match(/duplicate\.yaml: line 2, column \d+: YAML syntax error/);
      expect(checkYamlFile(duplicate, schema).value).to.equal(undefined);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
