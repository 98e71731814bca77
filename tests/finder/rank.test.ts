// The ranking engine's rules, table-driven over the real content.
import { expect } from 'chai';
import { loadBotContent } from '../../content/botContent';
import { nextQuestion, rankGroups, answersInText, type Answers } from '../../src/finder';
import { normalize } from '../../src/understand/normalize';

const { finder, content } = loadBotContent();
const groups = content.groups;
const rank = (answers: Answers) => rankGroups(finder, groups, answers).map((r) => r.group.id);
const audienceOf = (id: string) => content.groupsById.get(id)!.audience;

describe('finder ranking', () => {
  const familyCases: Answers[] = [
    { who: 'family', teen: 'no', substance: 'alcohol' },
    { who: 'family', teen: 'no', relation: 'child', substance: 'opioids' },
    { who: 'family', teen: 'yes', relation: 'parent', substance: 'alcohol' },
    { who: 'family', substance: 'cocaine', spiritual: 'secular' },
  ];
  for (const answers of familyCases) {
    it(`never offers a group for the person with the problem to family (${JSON.stringify(answers)})`, () => {
      const ids = rank(answers);
      expect(ids).to.not.be.empty;
      for (const id of ids) expect(audienceOf(id), id).to.not.equal('person');
    });
  }

  const selfCases: Answers[] = [
    { who: 'self', substance: 'alcohol' },
    { who: 'self', substance: 'drugs', spiritual: 'secular' },
    { who: 'staff', substance: 'meth', 'mental-health': 'yes' },
  ];
  for (const answers of selfCases) {
    it(`never offers a family group to the person with the problem (${JSON.stringify(answers)})`, () => {
      const ids = rank(answers);
      expect(ids).to.not.be.empty;
      for (const id of ids) expect(audienceOf(id), id).to.equal('person');
    });
  }

  const table: { name: string; answers: Answers; first?: string; inTop3?: string[]; notInTop3?: string[]; notFirst?: string[] }[] = [
    {
      name: "a teenager affected by a parent's drinking gets Alateen",
      answers: { who: 'family', relation: 'parent', teen: 'yes', substance: 'alcohol' },
      first: 'alateen',
      notInTop3: ['alcoholics-anonymous'],
    },
    {
      name: 'an adult family member never gets Alateen',
      answers: { who: 'family', relation: 'partner', teen: 'no', substance: 'alcohol' },
      first: 'al-anon',
      notInTop3: ['alateen'],
    },
    {
      name: 'a women-only preference puts Women for Sobriety first',
      answers: { who: 'self', substance: 'alcohol', women: 'yes' },
      first: 'women-for-sobriety',
    },
    {
      name: 'a secular preference puts secular programs first',
      answers: { who: 'self', substance: 'alcohol', spiritual: 'secular' },
      notFirst: ['alcoholics-anonymous'],
      inTop3: ['smart-recovery', 'lifering'],
    },
    {
      name: 'secular and drugs keeps spiritual programs out of first place',
      answers: { who: 'self', substance: 'drugs', spiritual: 'secular' },
      notFirst: ['narcotics-anonymous', 'chemically-dependent-anonymous'],
    },
    {
      name: 'several drugs with steps and a sponsor gets NA or CDA',
      answers: { who: 'self', substance: 'several', spiritual: 'comfortable', structure: 'steps', format: 'in-person' },
      inTop3: ['narcotics-anonymous'],
    },
    {
      name: 'co-occurring mental health brings dual-recovery groups forward',
      answers: { who: 'self', substance: 'alcohol', 'mental-health': 'yes', spiritual: 'comfortable' },
      inTop3: ['double-trouble-in-recovery', 'dual-recovery-anonymous'],
    },
    {
      name: 'a parent of a child using drugs gets family groups for drugs',
      answers: { who: 'family', relation: 'child', teen: 'no', substance: 'opioids' },
      inTop3: ['nar-anon', 'families-anonymous'],
    },
    {
      name: 'cocaine in the family points to Co-Anon',
      answers: { who: 'family', teen: 'no', relation: 'partner', substance: 'cocaine' },
      first: 'co-anon',
    },
    {
      name: 'heroin with spirituality fine points to Heroin Anonymous',
      answers: { who: 'self', substance: 'opioids', spiritual: 'comfortable', women: 'no' },
      first: 'heroin-anonymous',
    },
    {
      name: 'moderation programs only for people who want to cut back',
      answers: { who: 'self', substance: 'alcohol' },
      notInTop3: ['moderation-management', 'hams'],
    },
    {
      name: 'a wish to cut back brings moderation programs',
      answers: { who: 'self', substance: 'alcohol', goal: 'moderation' },
      inTop3: ['moderation-management'],
    },
    {
      name: 'a Christian preference brings Celebrate Recovery',
      answers: { who: 'self', substance: 'alcohol', spiritual: 'christian' },
      first: 'celebrate-recovery',
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const ids = rank(row.answers);
      const top3 = ids.slice(0, 3);
      if (row.first) expect(ids[0]).to.equal(row.first);
      for (const id of row.inTop3 ?? []) expect(top3, `${id} in ${top3}`).to.include(id);
      for (const id of row.notInTop3 ?? []) expect(top3).to.not.include(id);
      for (const id of row.notFirst ?? []) expect(ids[0]).to.not.equal(id);
    });
  }

  it('explains every group it puts in the top three', () => {
    const ranked = rankGroups(finder, groups, { who: 'self', substance: 'alcohol', spiritual: 'secular', format: 'online' });
    for (const r of ranked.slice(0, 3)) expect(r.reasons.length, r.group.id).to.be.greaterThan(0);
  });

  it('is deterministic', () => {
    const answers = { who: 'self', substance: 'drugs' };
    expect(rank(answers)).to.deep.equal(rank(answers));
  });
});

describe('finder questions', () => {
  it('asks who the support is for first', () => {
    expect(nextQuestion(finder, groups, {})?.id).to.equal('who');
  });

  it('skips questions whose answer cannot change the result', () => {
    // For family members the co-occurring and meeting-style questions cannot matter.
    const asked: string[] = [];
    const answers: Answers = { who: 'family' };
    for (let q = nextQuestion(finder, groups, answers); q; q = nextQuestion(finder, groups, answers)) {
      asked.push(q.id);
      answers[q.id] = q.choices[0].id;
    }
    expect(asked).to.not.include('mental-health');
    expect(asked).to.not.include('structure');
    expect(asked.length).to.be.lessThan(finder.questions.length);
  });

  it('asks a question whose answer changes which group comes first, even when the same groups are shown', () => {
    // A secular person using several substances: Women for Sobriety is shown either way, but
    // first only for someone who wants a women-only group.
    const answers: Answers = { who: 'self', teen: 'no', substance: 'several', spiritual: 'secular' };
    const firstFor = (women: string) => rank({ ...answers, women })[0];
    expect(firstFor('yes')).to.not.equal(firstFor('no'));
    expect(new Set(rank({ ...answers, women: 'yes' }).slice(0, 3))).to.deep.equal(new Set(rank({ ...answers, women: 'no' }).slice(0, 3)));
    expect(nextQuestion(finder, groups, answers)?.id).to.equal('women');
  });

  it('reads a whole situation from one sentence', () => {
    const answers = answersInText(finder, normalize("I'm a woman, I want to stop drinking, but I'm not religious"));
    expect(answers).to.include({ who: 'self', substance: 'alcohol', spiritual: 'secular', women: 'yes' });
  });

  it('reads a parent asking about a teenage son', () => {
    const answers = answersInText(finder, normalize('my teenage son drinks, what group is for me as his mom'));
    expect(answers).to.include({ who: 'family', relation: 'child', substance: 'alcohol', teen: 'no' });
  });
});
