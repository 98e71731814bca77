// The facts of the seed page and the eval questions must be in our content, and the content
// must meet the quality rules: sourced, short enough for SMS, plain text, careful wording.
// Numbers a person may call are checked against tests/fixtures/facts.yaml.
import { expect } from 'chai';
import * as fs from 'fs';
import { defaultContentDir, getGroup, getTopic, loadContent, type Group, type Topic } from '../../content';
import { loadBotContent } from '../../content/botContent';
import { checkedFacts, evalCases, groupText, states, topicText } from './helpers';

const content = loadContent();

function group(id: string): Group {
  const g = getGroup(content, id);
  if (!g) throw new Error(`missing group ${id}`);
  return g;
}
function topic(id: string): Topic {
  const t = getTopic(content, id);
  if (!t) throw new Error(`missing topic ${id}`);
  return t;
}

describe('content: the seed page facts are in the data', () => {
  it('AA: founded 1935, more than 100,000 groups and about 2 million members, with a year', () => {
    const aa = group('alcoholics-anonymous');
    expect(aa.founded.year).to.equal(1935);
    expect(aa.model.twelveStep).to.equal(true);
    expect(aa.size?.text.en).to.match(/more than 100,000 groups/);
    expect(aa.size?.text.en).to.match(/about 2 million members/);
    expect(aa.size?.year).to.be.a('number');
  });

  it("Women for Sobriety: women only, secular, 13 statements, and the seed's meeting format", () => {
    const wfs = group('women-for-sobriety');
    expect(wfs.gender).to.equal('women');
    expect(wfs.spiritual).to.equal('secular');
    expect(wfs.model.twelveStep).to.equal(false);
    expect(wfs.goal).to.equal('abstinence');
    expect(wfs.model.name.en).to.match(/13 Acceptance Statements/);
    expect(groupText(wfs)).to.match(/thirteen/i);
    expect(wfs.spiritualNote.en)
      .to.match(/higher power/)
      .and.match(/meditation/)
      .and.match(/spiritual growth/);
    expect(wfs.meeting.en)
      .to.match(/13 Acceptance Statements/)
      .and.match(/introduce/)
      .and.match(/discussion/);
  });

  it("SMART Recovery: the 4-Point Program's four points, online meetings and a message board", () => {
    const smart = group('smart-recovery');
    expect(smart.model.name.en).to.match(/4-Point/);
    const points = smart.model.principles.map((p) => p.en);
    expect(points).to.have.length(4);
    expect(points[0]).to.match(/motivation/i);
    expect(points[1]).to.match(/urges/i);
    expect(points[2]).to.match(/thoughts, feelings and behaviours/i);
    expect(points[3]).to.match(/balanced life/i);
    expect(smart.formats).to.include.members(['online-video', 'forum']);
    expect(smart.about.en).to.match(/message board/);
    expect(groupText(smart))
      .to.match(/cognitive/i)
      .and.match(/learned behaviour/);
  });

  it('LifeRing: sobriety, secularity, self-help; chat, email list and forum', () => {
    const lr = group('lifering');
    const principles = lr.model.principles.map((p) => p.en).join(' ');
    for (const s of ['Sobriety', 'Secularity', 'Self-help']) expect(principles).to.include(s);
    expect(lr.formats).to.include.members(['chat', 'email', 'forum']);
    expect(lr.meeting.en)
      .to.match(/How was your week/)
      .and.match(/recovery plan/);
    expect(lr.about.en).to.match(/SOS/);
  });

  it('SOS: online e-support groups, guidelines-introductions-discussion meetings, unclear status', () => {
    const sos = group('secular-organizations-for-sobriety');
    expect(sos.shortName).to.equal('SOS');
    expect(sos.about.en).to.match(/e-support/);
    expect(sos.meeting.en)
      .to.match(/Guidelines/)
      .and.match(/introductions/)
      .and.match(/open discussion/);
    expect(sos.status?.en).to.match(/unclear/);
  });

  it('open meetings admit anyone; closed meetings are for people who want to stop', () => {
    const body = topic('open-and-closed-meetings').body.en;
    expect(body).to.match(/open meeting is open to anyone/i);
    expect(body).to.match(/closed meeting is only for people who want to stop drinking or using drugs/i);
  });

  it("a 12-step meeting's parts: reading or prayer at start and end, sharing, step study, speaker", () => {
    const t = topicText(topic('twelve-step-meeting-format'));
    expect(t).to.match(/open and close with a\s+reading, a prayer or both/);
    expect(t).to.match(/telling their\s+own story/);
    expect(t).to.match(/studies one step/);
    expect(t).to.match(/guest speaker/);
  });

  it('the 12-step model, sponsor and "not for everyone" topics carry the seed facts', () => {
    expect(topic('twelve-step-model').body.en)
      .to.match(/abstinence/)
      .and.match(/sponsor/)
      .and.match(/lifelong/);
    expect(topic('sponsor').body.en).to.match(/guides and\s+encourages/);
    const notForAll = topic('is-twelve-step-for-me').body.en;
    expect(notForAll)
      .to.match(/higher power/)
      .and.match(/disease/)
      .and.match(/own gender/);
    for (const name of ['SMART Recovery', 'LifeRing', 'Women for Sobriety', 'Secular Organizations for Sobriety', 'secular AA']) {
      expect(notForAll).to.include(name);
    }
    const alt = topic('non-twelve-step-alternatives').body.en;
    expect(alt)
      .to.match(/do not use sponsors/)
      .and.match(/lifelong membership/)
      .and.match(/harder to find/);
  });

  it('mutual support groups are peer-run, not treatment, and give three kinds of support', () => {
    const body = topic('mutual-support-groups').body.en;
    expect(body)
      .to.match(/peers/)
      .and.match(/not professionals/)
      .and.match(/do not provide\s+treatment/);
    expect(body)
      .to.match(/social/)
      .and.match(/emotional/)
      .and.match(/informational/);
  });

  it('family groups: Alateen for teens, Nar-Anon (alias Nat-Anon) and the rest for family', () => {
    expect(group('alateen').audience).to.equal('teen-family');
    expect(group('nar-anon').audience).to.equal('family');
    expect(group('nar-anon').aliases).to.include('Nat-Anon');
    for (const id of ['al-anon', 'families-anonymous', 'co-anon', 'smart-recovery-family-friends']) {
      expect(group(id).audience, id).to.equal('family');
    }
    expect(group('adult-children-of-alcoholics').audience).to.equal('family');
    const family = topic('family-and-friends').body.en;
    for (const name of ['Al-Anon', 'Alateen', 'Nar-Anon', 'Families Anonymous', 'Co-Anon', 'SMART Recovery Family']) {
      expect(family).to.include(name);
    }
  });

  it('DTR and DRA are 12-step groups for co-occurring mental health and substance use', () => {
    for (const id of ['double-trouble-in-recovery', 'dual-recovery-anonymous']) {
      expect(group(id).coOccurring, id).to.equal(true);
      expect(group(id).model.twelveStep, id).to.equal(true);
    }
    expect(content.groups.filter((g) => g.coOccurring).map((g) => g.id)).to.have.length(2);
  });

  it('NA and CDA cover drugs in general; CA and CMA cover specific drugs', () => {
    expect(group('narcotics-anonymous').substances).to.include('drugs');
    expect(group('chemically-dependent-anonymous').substances).to.include('drugs');
    expect(group('cocaine-anonymous').substances).to.deep.equal(['cocaine']);
    expect(group('crystal-meth-anonymous').substances).to.deep.equal(['meth']);
  });
});

describe('content: the eval questions can be answered from the content', () => {
  // For every FAQ case, some single group or topic must hold all the facts the answer needs.
  // (Which entry a question leads to is the text lookup's job; this checks the facts exist.)
  const cases = evalCases<{ q: string; all: string[][]; tag: string }>('base/faq.jsonl').filter((c) => c.tag !== 'oneshot');
  const texts = [...content.groups.map(groupText), ...content.topics.map(topicText)];

  it('has cases to check', () => expect(cases.length).to.be.greaterThan(10));
  for (const c of cases) {
    it(`"${c.q}"`, () => {
      const ok = texts.some((t) => c.all.every((alts) => alts.some((a) => new RegExp(a, 'i').test(t))));
      expect(ok, `no group or topic contains all of ${JSON.stringify(c.all)}`).to.equal(true);
    });
  }
});

describe('content: quality rules', () => {
  it('every group has sources, a website and a valid reviewed date', () => {
    for (const g of content.groups) {
      expect(g.sources.length, g.id).to.be.at.least(1);
      expect(g.website, g.id).to.match(/^https?:\/\//);
      expect(Number.isNaN(Date.parse(g.reviewed)), `${g.id} reviewed`).to.equal(false);
    }
    for (const t of content.topics) {
      expect(t.sources.length, t.id).to.be.at.least(1);
      expect(Number.isNaN(Date.parse(t.reviewed)), `${t.id} reviewed`).to.equal(false);
    }
  });

  it('moderation programs have a moderation goal and say they are not abstinence-based', () => {
    const mm = group('moderation-management');
    const hams = group('hams');
    expect(mm.goal).to.equal('moderation');
    expect(hams.goal).to.equal('abstinence-or-moderation');
    for (const g of [mm, hams]) expect(g.summary.en, g.id).to.match(/not abstinence-based/);
    expect(mm.summary.en).to.match(/not dependent/);
    expect(hams.summary.en).to.match(/harm-reduction/);
    const others = content.groups.filter((g) => g.goal === 'moderation' || g.goal === 'abstinence-or-moderation');
    expect(others.map((g) => g.id)).to.have.members(['moderation-management', 'hams']);
  });

  it('summaries name the group and its model, and texts fit the SMS-friendly lengths', () => {
    for (const g of content.groups) {
      const name = g.name.en.replace(/\s*\(.*\)$/, '');
      expect(g.summary.en, g.id).to.include(name);
      if (g.model.twelveStep) expect(g.summary.en, g.id).to.match(/12-step|Twelve Steps/);
      else expect(g.summary.en, g.id).to.match(/non-12-step|harm-reduction/);
      expect(g.summary.en.length, `${g.id} summary`).to.be.at.most(220);
      expect(g.about.en.length, `${g.id} about`).to.be.at.most(600);
      expect(g.meeting.en.length, `${g.id} meeting`).to.be.at.most(400);
    }
    for (const t of content.topics) expect(t.body.en.length, `${t.id} body`).to.be.at.most(700);
  });

  it('text is plain: no markdown', () => {
    const markdown = /\*\*|__|`|\[[^\]]*\]\(|^\s*#{1,6}\s|^\s*[-*+]\s/m;
    for (const g of content.groups) expect(markdown.test(groupText(g)), g.id).to.equal(false);
    for (const t of content.topics) expect(markdown.test(topicText(t)), t.id).to.equal(false);
  });

  it('the Twelve Steps are linked, not reproduced', () => {
    const steps = topic('twelve-steps');
    expect(steps.links.map((l) => l.url)).to.include('https://www.aa.org/the-twelve-steps');
    // A few distinctive phrases of the official text; none may appear in our content.
    const phrases = [
      'searching and fearless moral inventory',
      'entirely ready to have god remove',
      'humbly asked him',
      'conscious contact with god',
    ];
    const all = [...content.groups.map(groupText), ...content.topics.map(topicText)].join('\n').toLowerCase();
    for (const p of phrases) expect(all, p).to.not.include(p);
  });

  it('phone numbers are checked facts, not uncertain ones, and cite one of their sources', () => {
    const facts = checkedFacts().phones;
    // A number given in letters carries its digits in brackets; the checked fact is the number as the group gives it.
    const phones = content.groups.flatMap((g) =>
      g.phone ? [{ id: g.id, ...g.phone, number: g.phone.number.replace(/\s*\([0-9 -]+\)$/, '') }] : [],
    );
    expect(phones.length).to.be.greaterThan(0);
    for (const { id, number, source } of phones) {
      const fact = facts.find((f) => f.value === number);
      expect(fact, `${id}: ${number} is not in tests/fixtures/facts.yaml`).to.not.equal(undefined);
      expect(fact?.uncertain, `${id}: ${number} is marked uncertain`).to.equal(false);
      expect(fact?.sources, `${id}: ${number} cites a source the fact does not list`).to.include(source);
    }
  });

  it('every checked fact is stated where facts.yaml says it is shown', () => {
    const { phones, crisis } = checkedFacts();
    const places = new Map<string, string>([
      ...content.groups.map((g): [string, string] => [
        `group:${g.id}`,
        `${groupText(g)}\n${g.phone?.number ?? ''}\n${g.phone?.label.en ?? ''}`,
      ]),
      ...content.topics.map((t): [string, string] => [`topic:${t.id}`, topicText(t)]),
    ]);
    const shown = [...phones, ...crisis].flatMap((f) => f.in.filter((p) => !p.startsWith('resource:')).map((p) => ({ f, p })));
    expect(shown.length).to.be.greaterThan(5);
    for (const { f, p } of shown) {
      const text = places.get(p);
      expect(text, `${p} (named by "${f.claim}") does not exist`).to.be.a('string');
      expect(states(f, text ?? ''), `${p} does not state "${f.value ?? f.pattern}" (${f.claim})`).to.equal(true);
    }
  });

  it('crisis resources carry the verified numbers', () => {
    const t = topicText(topic('crisis-resources'));
    const facts = checkedFacts().crisis.filter((f) => f.in.includes('topic:crisis-resources'));
    expect(facts.map((f) => f.value)).to.include.members(['911', '988', '1-800-662-4357', 'HOME to 741741', '1-800-222-1222']);
    for (const f of facts) expect(states(f, t), f.claim).to.equal(true);
  });

  it('uncertain groups say so', () => {
    expect(group('secular-organizations-for-sobriety').status).to.not.equal(undefined);
    for (const id of ['double-trouble-in-recovery', 'dual-recovery-anonymous', 'co-anon']) {
      expect(group(id).founded.approximate, id).to.equal(true);
    }
  });
});

describe('content: corrections from the review against primary sources', () => {
  const finderText = fs.readFileSync(`${defaultContentDir()}/finder.yaml`, 'utf8');

  it('12-step groups that use sponsors say so; the rest are "unclear" (shown as "varies; ask the group")', () => {
    for (const id of [
      'alcoholics-anonymous',
      'narcotics-anonymous',
      'al-anon',
      'cocaine-anonymous',
      'chemically-dependent-anonymous',
      'nar-anon',
      'crystal-meth-anonymous',
    ]) {
      expect(group(id).sponsors, id).to.equal('yes');
    }
    const messages = loadBotContent().messages as Record<string, { en: string; es?: string }>;
    expect(messages['value.sponsors.unclear'].en).to.equal('Varies; ask the group');
    expect(messages['value.sponsors.unclear'].es).to.match(/^Depende del grupo/);
  });

  it("SOS links to an SOS group's own page, and every topic naming SOS says its activity is unclear", () => {
    expect(group('secular-organizations-for-sobriety').website).to.not.match(/wikipedia/);
    for (const t of content.topics) {
      if (/\bSOS\b/.test(t.body.en)) expect(t.body.en, t.id).to.match(/unclear/);
      if (/\bSOS\b/.test(t.body.es ?? '')) expect(t.body.es, t.id).to.match(/no está claro/);
    }
  });

  it('DRA over https; CA meets online too; numbers in letters give their digits', () => {
    expect(group('dual-recovery-anonymous').website).to.match(/^https:\/\//);
    expect(group('cocaine-anonymous').formats).to.include('online-video');
    expect(group('cocaine-anonymous').about.en).to.match(/online/);
    expect(group('chemically-dependent-anonymous').phone?.number).to.equal('1-888-CDA-HOPE (1-888-232-4673)');
    for (const id of ['al-anon', 'alateen']) expect(group(id).phone?.number).to.equal('1-888-4AL-ANON (1-888-425-2666)');
  });

  it("Alateen's reason in the finder is about someone else's drinking, not drugs", () => {
    const line = finderText.split('\n').find((l) => /Made for teens affected by/.test(l));
    expect(line)
      .to.match(/someone else's drinking"/)
      .and.not.match(/drug|droga/i);
  });

  it('"science-based" is what SMART says of itself, not our claim', () => {
    const all = [...content.groups.map(groupText), ...content.topics.map(topicText)].join('\n');
    const claims = [...all.matchAll(/[^.;\n]*science-based[^.;\n]*/g)].map((m) => m[0]);
    expect(claims.length).to.be.greaterThan(0);
    for (const claim of claims) expect(claim).to.match(/describes/);
    expect(finderText).to.not.match(/reason: \{ en: "Uses science-based/);
  });

  it('family groups speak of "your loved one", not "the addict" or "the drinker"', () => {
    for (const g of content.groups.filter((x) => x.audience !== 'person')) {
      expect(groupText(g), g.id).to.not.match(/\bthe (addict|drinker|alcoholic)'?s?\b/i);
      expect(g.model.principles.map((p) => p.es ?? '').join('\n'), g.id).to.not.match(/\bdel? (adicto|bebedor|alcohólico)\b/i);
    }
  });

  it('no group leans only on an encyclopedia page', () => {
    for (const g of content.groups)
      expect(
        g.sources.some((u) => !/wikipedia\.org|wikimili\.com|wikisum\.wiki|\/wiki\//.test(u)),
        g.id,
      ).to.equal(true);
  });
});
