import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { z } from 'zod';
import {
  ContentError,
  defaultContentDir,
  displayPath,
  getGroup,
  getTopic,
  loadContent,
  lookupEntries,
  readYamlFile,
  repoRoot,
} from '../../content';
import { contentSummary, runContentCheck } from '../../scripts/contentCheck';
import { groupMatches } from '../../src/finder';
import { copyOfContent } from './helpers';

const GROUP_IDS = [
  'alcoholics-anonymous',
  'al-anon',
  'alateen',
  'narcotics-anonymous',
  'nar-anon',
  'chemically-dependent-anonymous',
  'cocaine-anonymous',
  'crystal-meth-anonymous',
  'double-trouble-in-recovery',
  'dual-recovery-anonymous',
  'families-anonymous',
  'co-anon',
  'women-for-sobriety',
  'smart-recovery',
  'secular-organizations-for-sobriety',
  'lifering',
  'smart-recovery-family-friends',
  'marijuana-anonymous',
  'heroin-anonymous',
  'pills-anonymous',
  'recovery-dharma',
  'refuge-recovery',
  'celebrate-recovery',
  'adult-children-of-alcoholics',
  'secular-aa',
  'moderation-management',
  'hams',
];

const TOPIC_IDS = [
  'mutual-support-groups',
  'twelve-step-model',
  'sponsor',
  'twelve-steps',
  'open-and-closed-meetings',
  'twelve-step-meeting-format',
  'is-twelve-step-for-me',
  'non-twelve-step-alternatives',
  'is-aa-religious',
  'online-meetings',
  'first-meeting',
  'cost',
  'anonymity',
  'family-and-friends',
  'co-occurring-mental-health',
  'medications-for-addiction',
  'relapse',
  'specific-meetings',
  'making-a-referral',
  'crisis-resources',
  'moderation-vs-abstinence',
  'stopping-safely',
  'drug-specific-groups',
  'buddhist-and-faith-based',
  'about-this-bot',
  'naloxone',
  'finding-treatment',
];

function loadError(dir: string): ContentError {
  try {
    loadContent(dir);
  } catch (err) {
    expect(err).to.be.instanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('expected loadContent to throw a ContentError');
}

describe('content: loading', () => {
  const content = loadContent();

  it('finds the data folder from the compiled tests, at <repo>/content/data', () => {
    expect(defaultContentDir()).to.equal(path.join(repoRoot(), 'content', 'data'));
    expect(fs.existsSync(path.join(defaultContentDir(), 'groups'))).to.equal(true);
  });

  it('has every group and topic the product needs, and nothing unnamed', () => {
    expect(content.groups.map((g) => g.id)).to.have.members(GROUP_IDS);
    expect(content.topics.map((t) => t.id)).to.have.members(TOPIC_IDS);
  });

  it('content:check passes and lists every group and topic with the counts', () => {
    const { ok, lines } = runContentCheck();
    expect(ok, lines.join('\n')).to.equal(true);
    const text = lines.join('\n');
    for (const id of [...GROUP_IDS, ...TOPIC_IDS]) expect(text).to.include(id);
    expect(text).to.include('Alcoholics Anonymous (person, 12-step)');
    expect(text).to.include('SMART Recovery (person, not 12-step)');
    expect(text).to.match(new RegExp(`${GROUP_IDS.length} groups .*${TOPIC_IDS.length} topics`));
    expect(contentSummary(content)).to.deep.equal(lines);
  });

  it('content:check fails with one line per problem', () => {
    const dir = copyOfContent('content-check-');
    try {
      fs.writeFileSync(path.join(dir, 'groups', 'hams.yaml'), 'id: hams\n');
      const { ok, lines } = runContentCheck(dir);
      expect(ok).to.equal(false);
      expect(lines.some((l) => l.includes('hams.yaml: name: Required field is missing'))).to.equal(true);
      expect(lines[lines.length - 1]).to.match(/content check failed: \d+ problem/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('content:check refuses a menu that names a group or topic that does not exist', () => {
    const dir = copyOfContent('content-menus-');
    try {
      const file = path.join(dir, 'menus.yaml');
      const menus = parse(fs.readFileSync(file, 'utf8')) as {
        learn: { topics: string[] };
        compare: { common: string[] };
        medicationTopic: string;
      };
      menus.learn.topics[1] = 'no-such-topic';
      menus.compare.common.push('first-meeting');
      menus.medicationTopic = 'smart-recovery';
      fs.writeFileSync(file, stringify(menus));
      const { ok, lines } = runContentCheck(dir);
      expect(ok).to.equal(false);
      expect(lines).to.include.members([
        `${path.relative(process.cwd(), file)}: learn.topics[1]: no topic with id "no-such-topic"`,
        `${path.relative(process.cwd(), file)}: compare.common[6]: no group with id "first-meeting"`,
        `${path.relative(process.cwd(), file)}: medicationTopic: no topic with id "smart-recovery"`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('content:check refuses a finder.yaml without the questions and choices the dialogs rely on', () => {
    const dir = copyOfContent('content-finder-');
    try {
      const file = path.join(dir, 'finder.yaml');
      const finder = parse(fs.readFileSync(file, 'utf8')) as {
        questions: { id: string; choices: { id: string }[] }[];
        rules: { when: Record<string, unknown> }[];
      };
      const who = finder.questions.find((q) => q.id === 'who');
      expect(who).to.not.equal(undefined);
      who!.choices = who!.choices.filter((c) => c.id !== 'staff');
      finder.rules = finder.rules.filter((r) => !JSON.stringify(r.when).includes('staff'));
      fs.writeFileSync(file, stringify(finder));
      const { ok, lines } = runContentCheck(dir);
      expect(ok).to.equal(false);
      expect(lines).to.include(
        `${path.relative(process.cwd(), file)}: questions: the dialogs need question "who" to have a choice "staff"`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('honours CONTENT_DIR', () => {
    const saved = process.env.CONTENT_DIR;
    try {
      process.env.CONTENT_DIR = '/tmp/somewhere-else';
      expect(defaultContentDir()).to.equal(path.resolve('/tmp/somewhere-else'));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });

  it('shows files inside the repository relative to its root', () => {
    expect(displayPath(path.join(repoRoot(), 'content', 'data', 'groups', 'aa.yaml'))).to.equal('content/data/groups/aa.yaml');
  });
});

describe('content: errors name the file, the field and the reason', () => {
  let dir: string;

  beforeEach(() => {
    dir = copyOfContent('content-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reports a missing field, a wrong type and a bad URL in one file, all at once', () => {
    const file = path.join(dir, 'groups', 'alcoholics-anonymous.yaml');
    const data = parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    delete data.website;
    (data.founded as Record<string, unknown>).year = '1935';
    (data.sources as string[])[0] = 'not a url';
    fs.writeFileSync(file, stringify(data));

    const err = loadError(dir);
    const lines = err.problems;
    const shown = displayPath(file);
    expect(
      lines.every((l) => l.startsWith(`${shown}: `)),
      lines.join('\n'),
    ).to.equal(true);
    expect(lines).to.include(`${shown}: website: Required field is missing`);
    expect(lines).to.include(`${shown}: founded.year: Expected number, received string`);
    expect(
      lines.some((l) => /: sources\[0\]: Invalid url/.test(l)),
      lines.join('\n'),
    ).to.equal(true);
    const fields = new Set(lines.map((l) => l.slice(shown.length + 2).split(': ')[0]));
    expect([...fields]).to.have.members(['website', 'founded.year', 'sources[0]']);
    expect(err.message).to.include(`${shown}: founded.year: Expected number, received string`);
  });

  it('reports broken links, duplicate ids and ids that differ from the file name', () => {
    const topic = path.join(dir, 'topics', 'cost.yaml');
    const data = parse(fs.readFileSync(topic, 'utf8')) as Record<string, unknown>;
    data.relatedGroups = ['alcoholics-anonymous', 'no-such-group'];
    data.relatedTopics = ['no-such-topic'];
    fs.writeFileSync(topic, stringify(data));
    fs.copyFileSync(path.join(dir, 'groups', 'hams.yaml'), path.join(dir, 'groups', 'hams-copy.yaml'));

    const lines = loadError(dir).problems;
    const cost = displayPath(topic);
    expect(lines).to.include(`${cost}: relatedGroups[1]: no group with id "no-such-group"`);
    expect(lines).to.include(`${cost}: relatedTopics[0]: no topic with id "no-such-topic"`);
    const copy = displayPath(path.join(dir, 'groups', 'hams-copy.yaml'));
    expect(lines).to.include(`${copy}: id: "hams" must match the file name ("hams-copy")`);
    expect(lines.some((l) => l.startsWith(`${copy}: id: "hams" is already used by`))).to.equal(true);
  });

  it('reports YAML syntax errors with a line number, and unknown fields by name', () => {
    fs.writeFileSync(path.join(dir, 'topics', 'cost.yaml'), 'id: cost\ntitle: [unclosed\n');
    const group = path.join(dir, 'groups', 'hams.yaml');
    fs.appendFileSync(group, 'websight: https://example.org\n');
    const lines = loadError(dir).problems;
    expect(lines.some((l) => l.startsWith(`${displayPath(path.join(dir, 'topics', 'cost.yaml'))}: line `))).to.equal(true);
    expect(lines).to.include(`${displayPath(group)}: websight: Unknown field (check the spelling, or remove it)`);
    // Links to the broken topic are not reported a second time.
    expect(lines.some((l) => l.includes('no topic with id "cost"'))).to.equal(false);
  });

  it('readYamlFile validates any schema with the same error format', () => {
    const file = path.join(dir, 'finder.yaml');
    const Schema = z.object({ questions: z.array(z.object({ id: z.string(), weight: z.number() })) }).strict();
    fs.writeFileSync(file, 'questions:\n  - id: who\n    weight: 2\n');
    expect(readYamlFile(file, Schema)).to.deep.equal({ questions: [{ id: 'who', weight: 2 }] });
    fs.writeFileSync(file, 'questions:\n  - id: who\n    weight: heavy\n');
    expect(() => readYamlFile(file, Schema)).to.throw(
      ContentError,
      `${displayPath(file)}: questions[0].weight: Expected number, received string`,
    );
  });
});

describe('content: queries', () => {
  const content = loadContent();

  it('gets groups and topics by id', () => {
    expect(getGroup(content, 'smart-recovery')?.shortName).to.equal('SMART');
    expect(getTopic(content, 'sponsor')?.title.en).to.match(/sponsor/i);
    expect(getGroup(content, 'nope')).to.equal(undefined);
  });

  it("selects groups by facet the way the finder's rules do", () => {
    const ids = (match: Parameters<typeof groupMatches>[1]) => content.groups.filter((g) => groupMatches(g, match)).map((g) => g.id);
    expect(ids({ audience: 'teen-family' })).to.deep.equal(['alateen']);
    expect(ids({ coOccurring: true })).to.have.members(['double-trouble-in-recovery', 'dual-recovery-anonymous']);
    expect(ids({ gender: 'women' })).to.deep.equal(['women-for-sobriety']);
    expect(ids({ goal: ['moderation', 'abstinence-or-moderation'] })).to.have.members(['moderation-management', 'hams']);
    const secularNon12 = ids({ audience: 'person', spiritual: 'secular', twelveStep: false, substances: 'alcohol' });
    expect(secularNon12).to.include.members(['smart-recovery', 'lifering', 'women-for-sobriety']);
    expect(secularNon12).to.not.include('alcoholics-anonymous');
    // Any one of several values is enough: a rule for meth names `drugs` too.
    const meth = ids({ substances: ['meth', 'drugs'], audience: 'person' });
    expect(meth).to.include.members(['crystal-meth-anonymous', 'narcotics-anonymous']);
    expect(meth).to.not.include('cocaine-anonymous');
    expect(ids({ formats: 'chat' })).to.include('lifering');
    expect(ids({ audience: 'family', substances: 'alcohol' })).to.include.members(['al-anon', 'families-anonymous']);
    expect(ids({})).to.have.length(content.groups.length);
  });

  it('gives the text lookup names, misspellings, examples and keywords', () => {
    const entries = lookupEntries(content);
    expect(entries).to.have.length(content.groups.length + content.topics.length);
    const byId = new Map(entries.map((e) => [`${e.kind}:${e.id}`, e]));
    const aa = byId.get('group:alcoholics-anonymous')!;
    expect(aa.names).to.include.members(['Alcoholics Anonymous', 'AA', 'alchoholics anonymous']);
    expect(byId.get('group:nar-anon')!.names).to.include('Nat-Anon');
    expect(byId.get('group:al-anon')!.names).to.include.members(['allanon', 'al anon']);
    expect(byId.get('group:smart-recovery')!.names).to.include.members(['SMART', 'smrt recovery', 'smart recovry']);
    expect(byId.get('group:crystal-meth-anonymous')!.names).to.include.members(['CMA', 'tina anonymous']);
    expect(byId.get('group:lifering')!.names).to.include('life ring');
    expect(byId.get('topic:open-and-closed-meetings')!.examples).to.include('what is an open meeting');
    for (const e of entries) {
      expect(e.names.length, e.id).to.be.greaterThan(0);
      expect(e.examples.length, `${e.id} needs example questions`).to.be.at.least(3);
      expect(e.keywords.length, `${e.id} needs keywords`).to.be.at.least(2);
    }
  });
});
