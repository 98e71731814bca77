// What the finder reads from a person's own words: a sentence -> the answers it gives.
// Table-driven over the real content/data/finder.yaml patterns.
import { expect } from 'chai';
import { loadBotContent } from '../../content/botContent';
import { answersInText, choiceInText, rankGroups, type Answers } from '../../src/finder';
import { normalize } from '../../src/understand/normalize';

const { finder, content } = loadBotContent();
const read = (sentence: string): Answers => answersInText(finder, normalize(sentence));
const question = (id: string) => {
  const q = finder.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no finder question ${id}`);
  return q;
};
const rank = (sentence: string) => rankGroups(finder, content.groups, read(sentence)).map((r) => r.group.id);

/** `reads`: answers the sentence must give; `not`: questions it must leave open. */
const sentences: { say: string; reads: Answers; not?: string[] }[] = [
  // Someone I care about, in everyday wording.
  { say: 'im 15 and my mom is always drunk', reads: { who: 'family', relation: 'parent', teen: 'yes', substance: 'alcohol' } },
  { say: "i'm 14 and my dad gets drunk every night", reads: { who: 'family', relation: 'parent', teen: 'yes', substance: 'alcohol' } },
  { say: "I'm a 16 year old and my stepdad drinks", reads: { who: 'family', relation: 'parent', teen: 'yes', substance: 'alcohol' } },
  { say: 'my girlfriend smokes crack and i dont know how to cope', reads: { who: 'family', relation: 'partner', substance: 'cocaine' } },
  {
    say: "my 19 year old daughter is using heroin and I'm her dad",
    reads: { who: 'family', relation: 'child', teen: 'no', substance: 'opioids' },
  },
  {
    say: 'my 16 year old son drinks every weekend, what can I do',
    reads: { who: 'family', relation: 'child', teen: 'no', substance: 'alcohol' },
  },
  {
    say: 'my son is 17 years old and smokes weed all day',
    reads: { who: 'family', relation: 'child', teen: 'no', substance: 'marijuana' },
  },
  { say: 'my older brother is hooked on fentanyl', reads: { who: 'family', relation: 'other', substance: 'opioids' } },
  { say: 'my ex-husband keeps relapsing', reads: { who: 'family', relation: 'partner' } },
  { say: 'my best friend gets high on meth', reads: { who: 'family', relation: 'other', substance: 'meth' } },
  { say: 'my wife snorts coke', reads: { who: 'family', relation: 'partner', substance: 'cocaine' } },
  { say: "i'm her mom and she is using pills", reads: { who: 'family', relation: 'child', teen: 'no', substance: 'pills' } },
  {
    say: 'mi hermano esta enganchado al fentanilo y la familia esta destrozada',
    reads: { who: 'family', relation: 'other', substance: 'opioids' },
  },
  { say: 'mi novia fuma piedra y no se como manejarlo', reads: { who: 'family', relation: 'partner', substance: 'cocaine' } },
  { say: 'mi hija de 16 años toma mucho', reads: { who: 'family', relation: 'child', teen: 'no', substance: 'alcohol' } },
  { say: 'tengo 15 años y mi papá siempre está borracho', reads: { who: 'family', relation: 'parent', teen: 'yes', substance: 'alcohol' } },
  { say: 'soy su mamá y mi hijo se mete cristal', reads: { who: 'family', relation: 'child', teen: 'no', substance: 'meth' } },

  // The child's age is not the person's age.
  { say: 'my 13 year old nephew drinks', reads: { who: 'family', relation: 'other' }, not: ['teen'] },
  { say: 'she is only 15 years old and my daughter is drinking', reads: { who: 'family', relation: 'child', teen: 'no' } },

  // Myself, in everyday wording.
  { say: 'i do coke every weekend and cant stop', reads: { who: 'self', substance: 'cocaine' } },
  { say: 'need help quitting pills', reads: { who: 'self', substance: 'pills' } },
  { say: "i'm hooked on kratom", reads: { who: 'self', substance: 'drugs' } },
  { say: 'i got addicted to percs after surgery', reads: { who: 'self', substance: 'opioids' } },
  { say: "i've been drinking way too much", reads: { who: 'self', substance: 'alcohol' } },
  { say: 'i pop xanax every day', reads: { who: 'self', substance: 'pills' } },
  { say: 'estoy enganchada a las pastillas', reads: { who: 'self', substance: 'pills' } },
  { say: 'necesito ayuda para dejar la coca', reads: { who: 'self', substance: 'cocaine' } },

  // Who is drinking when both people are named: the first person's own drinking counts.
  { say: 'my husband thinks i drink too much', reads: { who: 'self', substance: 'alcohol' } },
  { say: "my mom says i'm an alcoholic", reads: { who: 'self', substance: 'alcohol' } },

  // A question about the label is not a person saying it about themselves.
  { say: "do i have to say i'm an alcoholic", reads: {}, not: ['who'] },
  { say: 'do i have to admit im an addict at NA', reads: {}, not: ['who'] },
  { say: "can i go to AA if i'm not sure i'm an alcoholic", reads: {}, not: ['who'] },
  { say: 'tengo que decir que soy alcohólico en la reunión', reads: {}, not: ['who'] },
  { say: 'no sé si soy adicta', reads: {}, not: ['who'] },
  { say: "i'm an alcoholic and need a meeting", reads: { who: 'self', substance: 'alcohol' } },
  { say: 'soy alcohólico', reads: { who: 'self', substance: 'alcohol' } },

  // No sponsor, no steps: the non-step choice, never "steps".
  {
    say: 'i want to stop drinking but i hate the idea of a sponsor',
    reads: { who: 'self', substance: 'alcohol', structure: 'discussion', 'sponsor-steps': 'avoid' },
  },
  {
    say: "i want to quit drinking but i don't want to do the 12 steps",
    reads: { who: 'self', structure: 'discussion', 'sponsor-steps': 'avoid' },
  },
  {
    say: 'i need to stop using, something non-12-step please, no sponsor',
    reads: { who: 'self', structure: 'discussion', 'sponsor-steps': 'avoid' },
  },
  {
    say: 'no quiero padrino ni pasos, quiero dejar de tomar',
    reads: { who: 'self', substance: 'alcohol', structure: 'discussion', 'sponsor-steps': 'avoid' },
  },
  { say: 'quiero dejar de beber, algo sin los doce pasos', reads: { who: 'self', structure: 'discussion', 'sponsor-steps': 'avoid' } },
  {
    say: 'i want to stop drinking, i like the steps and want a sponsor',
    reads: { who: 'self', structure: 'steps', 'sponsor-steps': 'welcome' },
  },
  { say: 'quiero dejar de tomar y busco un padrino', reads: { who: 'self', structure: 'steps', 'sponsor-steps': 'welcome' } },

  // Buddhist or meditation-based.
  { say: "i'm buddhist and i want to stop drinking", reads: { who: 'self', substance: 'alcohol', spiritual: 'buddhist' } },
  { say: 'i meditate a lot and i drink too much', reads: { who: 'self', spiritual: 'buddhist', substance: 'alcohol' } },
  { say: 'soy budista y quiero dejar de beber', reads: { who: 'self', substance: 'alcohol', spiritual: 'buddhist' } },

  // Cutting back, in everyday wording.
  { say: 'is there a group where i can still have a drink now and then', reads: { substance: 'alcohol', goal: 'moderation' } },
  { say: 'i just want to drink socially again', reads: { goal: 'moderation' } },
  { say: 'quiero poder tomar de vez en cuando', reads: { goal: 'moderation' } },

  // Myself, in other everyday and regional wording.
  { say: 'i vape every day and want help', reads: { who: 'self' } },
  { say: 'i want to drink less, not trying to quit', reads: { who: 'self', substance: 'alcohol', goal: 'moderation' } },
  { say: 'quiero tomar menos', reads: { who: 'self', substance: 'alcohol', goal: 'moderation' } },
  { say: 'me pongo bien pedo cada fin de semana', reads: { who: 'self', substance: 'alcohol' } },
  { say: 'ya me cansé de amanecer crudo', reads: { who: 'self', substance: 'alcohol' } },

  // Staff, in clinical shorthand.
  { say: 'pt with AUD, wants non-12-step, any options', reads: { who: 'staff', substance: 'alcohol' } },
  { say: '45F, EtOH use disorder, hx trauma, prefers a women-only group', reads: { who: 'staff', substance: 'alcohol', women: 'yes' } },
  { say: 'probation client needs proof of meeting attendance', reads: { who: 'staff' } },
  { say: 'pt has OUD and wants meetings', reads: { who: 'staff', substance: 'opioids' } },
  { say: 'paciente con adicción a la cocaína', reads: { who: 'staff', substance: 'cocaine' } },
  { say: 'soy orientadora y una alumna fuma mota', reads: { who: 'staff', substance: 'marijuana' } },

  // Clinical and regional words for substances.
  { say: 'my client has a substance use disorder', reads: { who: 'staff', substance: 'drugs' } },
  { say: 'mi mamá toma tranquilizantes', reads: { who: 'family', relation: 'parent', substance: 'pills' } },
  { say: 'mi hermano se inyecta', reads: { who: 'family', relation: 'other', substance: 'drugs' } },
  { say: 'mi hermano se inyecta fentanilo', reads: { who: 'family', relation: 'other', substance: 'opioids' } },

  // Someone I care about, with regional words for the person.
  {
    say: 'mi jeva está dándole al romo todos los días, hay algo pa mí',
    reads: { who: 'family', relation: 'partner', substance: 'alcohol' },
  },
  { say: 'mi chamaco fuma mota y anda bien perdido', reads: { who: 'family', relation: 'child', substance: 'marijuana' } },
  { say: 'mi pana se mete perico', reads: { who: 'family', relation: 'other', substance: 'cocaine' } },
  { say: 'mi jefa chupa diario', reads: { who: 'family', relation: 'parent', substance: 'alcohol' } },
  { say: 'my ma drinks every night', reads: { who: 'family', relation: 'parent', substance: 'alcohol' } },
  { say: 'my pops is an alcoholic', reads: { who: 'family', relation: 'parent', substance: 'alcohol' } },
  { say: 'my pa drinks too much', reads: { who: 'family', relation: 'parent', substance: 'alcohol' } },
  {
    say: 'my husband admitted he has a problem with prescription painkillers',
    reads: { who: 'family', relation: 'partner', substance: 'pills' },
  },
  {
    say: 'my daughter is sixteen and her dad is an alcoholic, is there something for kids her age',
    reads: { who: 'family', teen: 'yes', substance: 'alcohol' },
  },

  // Everyday sentences that must not read as any of those.
  { say: 'hay algo pa mí', reads: {}, not: ['who', 'relation', 'substance'] },
  { say: 'quiero ir pa la reunión', reads: {}, not: ['who', 'relation', 'substance'] },
  { say: 'mi jefe me corre si falto', reads: {}, not: ['who', 'relation', 'substance'] },
  { say: 'no hay pedo', reads: {}, not: ['who', 'substance'] },
  { say: 'me gusta el pescado crudo', reads: {}, not: ['substance'] },
  { say: '22m looking for a meeting', reads: {}, not: ['who'] },
  { say: 'the pts said it helped', reads: {}, not: ['who'] },
  { say: 'i have a problem with alcohol', reads: { substance: 'alcohol' }, not: ['who'] },
  { say: 'the MA program, what is it', reads: {}, not: ['who', 'relation'] },

  // What a negation is about: the kind of group or substance it comes before, never who it is for.
  { say: 'anything that isnt a church thing for my pill problem', reads: {}, not: ['spiritual'] },
  { say: 'i do not drink, my son uses meth', reads: { who: 'family', relation: 'child', substance: 'meth' } },
  { say: 'i dont drink, i use meth', reads: { who: 'self', substance: 'meth' } },
  { say: 'my wife drinks and we are not religious', reads: { who: 'family', spiritual: 'secular' } },
  { say: 'a program for someone who doesnt believe in god', reads: { spiritual: 'secular' } },
  { say: 'mi hijo no cree en dios', reads: { spiritual: 'secular' } },
  // An adult child of a parent who drank: family, the parent, an adult. Not a parent who drinks.
  {
    say: "grew up with alcoholic parents, i'm 40 now and my relationships are a mess",
    reads: { who: 'family', relation: 'parent', teen: 'no', substance: 'alcohol' },
  },
  { say: 'adult child of an alcoholic looking for a group', reads: { who: 'family', relation: 'parent', teen: 'no' } },
  { say: 'creci con padres alcoholicos y ahora tengo 35', reads: { who: 'family', relation: 'parent', teen: 'no' } },
  { say: "i'm an alcoholic parent and i need help", reads: { who: 'self', substance: 'alcohol' }, not: ['relation'] },
  // A choice that is itself a negation is not undone by one before it (the Spanish double negative).
  { say: 'no quiero nada de religion', reads: { spiritual: 'secular' } },
  { say: 'i dont want anything religious, nothing spiritual', reads: { spiritual: 'secular' } },
  // Staff telling of a client whose relative drinks or uses: the client is the family member.
  { say: "my client's husband drinks and she needs support for herself", reads: { who: 'family', relation: 'partner' } },
  { say: "i'm a social worker with a teen client whose mom is an alcoholic", reads: { who: 'family', relation: 'parent', teen: 'yes' } },
  { say: 'my patient is 15, her father drinks heavily', reads: { who: 'family', relation: 'parent', teen: 'yes' } },
  { say: "my client's husband is worried about her drinking", reads: { who: 'staff' }, not: ['relation'] },
  // Texting shorthand: "w/o" is "without". A bare "any" in a sentence is no answer about the format.
  { say: 'any groups w/o the god stuff', reads: { spiritual: 'secular' }, not: ['format'] },
  { say: 'groups w/o the higher power stuff', reads: { spiritual: 'secular' } },
  // A group for families is asked for by family.
  { say: "a family support group that isn't spiritual?", reads: { who: 'family', spiritual: 'secular' } },
  { say: 'grupo pa familias q no sea espiritual', reads: { who: 'family', spiritual: 'secular' } },
];

describe('finder: answers read from a sentence', () => {
  for (const row of sentences) {
    it(`"${row.say}" -> ${JSON.stringify(row.reads)}${row.not ? ` (no ${row.not.join(', ')})` : ''}`, () => {
      const answers = read(row.say);
      expect(answers).to.include(row.reads);
      for (const id of row.not ?? []) expect(answers, id).to.not.have.property(id);
    });
  }
});

/** Typed as the answer to the question being asked (the finder's own prompt). */
const typedAnswers: { question: string; typed: string; choice: string }[] = [
  { question: 'format', typed: 'any', choice: 'either' },
  { question: 'format', typed: 'either is fine', choice: 'either' },
  { question: 'format', typed: 'me da igual', choice: 'either' },
  { question: 'who', typed: 'my 16 year old son is drinking', choice: 'family' },
  { question: 'who', typed: 'my girlfriend', choice: 'family' },
  { question: 'who', typed: 'para mi hija', choice: 'family' },
  { question: 'who', typed: "i'm his dad", choice: 'family' },
  { question: 'who', typed: 'mi hijo de 17 años se droga', choice: 'family' },
  { question: 'who', typed: 'me, i do coke', choice: 'self' },
  { question: 'relation', typed: 'my 16 year old son', choice: 'child' },
  { question: 'relation', typed: 'my little sister', choice: 'other' },
  { question: 'relation', typed: 'my step-dad', choice: 'parent' },
  { question: 'teen', typed: "no, she's 19 years old", choice: 'no' },
  { question: 'teen', typed: 'i am 16', choice: 'yes' },
  { question: 'teen', typed: 'my 15 year old daughter', choice: 'no' },
  { question: 'teen', typed: 'es una alumna de 15', choice: 'yes' },
  { question: 'teen', typed: 'something for kids her age', choice: 'yes' },
  { question: 'relation', typed: 'mi carnal', choice: 'other' },
  { question: 'relation', typed: 'mi jefecita', choice: 'parent' },
  { question: 'relation', typed: 'mi escuincle', choice: 'child' },
  { question: 'relation', typed: 'mi jevo', choice: 'partner' },
  { question: 'who', typed: 'soy maestra', choice: 'staff' },
  { question: 'structure', typed: 'no sponsor please', choice: 'discussion' },
  { question: 'structure', typed: 'sin padrino', choice: 'discussion' },
  { question: 'structure', typed: 'steps', choice: 'steps' },
  { question: 'spiritual', typed: "i'm buddhist", choice: 'buddhist' },
  { question: 'spiritual', typed: 'meditación', choice: 'buddhist' },
];

describe('finder: typed answers to the question asked', () => {
  for (const row of typedAnswers) {
    it(`${row.question}: "${row.typed}" -> ${row.choice}`, () => {
      expect(choiceInText(question(row.question), normalize(row.typed), true)?.id).to.equal(row.choice);
    });
  }
});

describe('finder: what those sentences lead to', () => {
  it('a Buddhist who wants to stop drinking gets the Buddhist-inspired programs first', () => {
    expect(rank("i'm buddhist and i want to stop drinking").slice(0, 2)).to.have.members(['recovery-dharma', 'refuge-recovery']);
    expect(rank('soy budista y quiero dejar de beber').slice(0, 2)).to.have.members(['recovery-dharma', 'refuge-recovery']);
  });

  it('a person who does not want a sponsor or the steps gets no 12-step group in the top three', () => {
    const sentences = [
      'i want to stop drinking but i hate the idea of a sponsor',
      "i want to quit drinking but i don't want a sponsor or the steps",
      'no quiero padrino ni pasos, quiero dejar de tomar',
    ];
    for (const say of sentences) {
      const top3 = rank(say).slice(0, 3);
      expect(top3, say).to.have.length(3);
      for (const id of top3) expect(content.groupsById.get(id)!.model.twelveStep, `${say}: ${id}`).to.equal(false);
    }
  });

  it('choosing "open discussion" from the buttons alone does not push 12-step groups down', () => {
    const withButton = rankGroups(finder, content.groups, { who: 'self', substance: 'alcohol', structure: 'discussion' }).map(
      (r) => r.group.id,
    );
    expect(withButton.slice(0, 3)).to.include('alcoholics-anonymous');
  });

  it('a partner of someone using crack gets family groups for drugs, Co-Anon first', () => {
    const ids = rank('my girlfriend smokes crack and i dont know how to cope');
    expect(ids[0]).to.equal('co-anon');
    expect(ids.slice(0, 3)).to.not.include('al-anon');
    expect(ids.slice(0, 3)).to.not.include('cocaine-anonymous');
  });

  it('a teen whose parent drinks gets Alateen first', () => {
    expect(rank('im 15 and my mom is always drunk')[0]).to.equal('alateen');
  });

  it('a teen whose relative uses drugs gets Nar-Anon (Narateen) first, not Alateen', () => {
    for (const say of ['im 16 and my sister is on heroin', 'tengo 15 años y mi hermano fuma mota']) {
      const ids = rank(say);
      expect(ids[0], say).to.equal('nar-anon');
    }
    expect(rank('im 15 and my mom is always drunk')[0]).to.equal('alateen');
  });

  it('a parent of a 19 year old never gets Alateen', () => {
    expect(rank("my 19 year old daughter is using heroin and I'm her dad")).to.not.include('alateen');
  });

  it('reads long or odd input quickly (no runaway patterns)', () => {
    const odd = [
      'my ' + '1 '.repeat(240),
      'my ' + 'step '.repeat(99) + 'son',
      'no the '.repeat(70),
      'mi mama '.repeat(60),
      'i '.repeat(250),
    ];
    for (const text of odd) {
      const start = Date.now();
      read(text);
      expect(Date.now() - start, text.slice(0, 20)).to.be.lessThan(100);
    }
  });
});
