import { expect } from 'chai';
import { detectCrisis, normalizeForCrisis, MAX_ANALYSED_CHARS, type CrisisKind } from '../../src/safety';

type Case = [text: string, kind: CrisisKind, language: 'en' | 'es'];

// What people write when someone may be in danger: plain, slang, texting shorthand, misspelt.
const CRISIS: Case[] = [
  // Farewells, stockpiles and "how much would it take"
  ['bye everyone. goodbye all', 'suicide', 'en'],
  ['i have been stockpiling my meds for weeks', 'suicide', 'en'],
  ['how many of my pills would it take to die', 'suicide', 'en'],
  ['and cutting again.', 'self-harm', 'en'],
  // Overdose and medical emergencies, English
  ["my roommate OD'd and he won't wake up", 'overdose', 'en'],
  ['i think my brother is overdosing what do i do', 'overdose', 'en'],
  ["she's ODing right now", 'overdose', 'en'],
  ['he overdosed on fentanyl in the bathroom', 'overdose', 'en'],
  ['how do I help someone who just overdosed?', 'overdose', 'en'],
  ['what do i do if my friend is having an ovrdose', 'overdose', 'en'],
  ['my boyfriend isnt breathing right', 'overdose', 'en'],
  ['she stopped breathing after she used', 'overdose', 'en'],
  ["he's barely breathing and his lips are blue", 'overdose', 'en'],
  ['her lips are turning purple', 'overdose', 'en'],
  ["I can't wake him up", 'overdose', 'en'],
  ["my mom passed out and won't wake up", 'overdose', 'en'],
  ["he's unconscious on the bathroom floor", 'overdose', 'en'],
  ['friend is unresponsive after taking xanax', 'overdose', 'en'],
  ['i took way too many pills', 'overdose', 'en'],
  ['took a whole bottle of tylenol', 'overdose', 'en'],
  ['I swallowed all my pills an hour ago', 'overdose', 'en'],
  ['i just took like 30 of my sleeping pills', 'overdose', 'en'],
  ['mixed xanax and alcohol and i feel really weird', 'overdose', 'en'],
  ['i popped a bunch of percs and drank, feel like im dying', 'overdose', 'en'],
  ['did too much coke and my chest hurts', 'overdose', 'en'],
  ['he took too much heroin', 'overdose', 'en'],
  ["we gave him narcan but he's still not responding", 'overdose', 'en'],
  ["the narcan isn't working", 'overdose', 'en'],
  ['should I call 911? my friend is having a seizure', 'overdose', 'en'],
  ['my sister is foaming at the mouth', 'overdose', 'en'],
  ['i think my pills were laced with fentanyl', 'overdose', 'en'],
  ['i think i have alcohol poisoning', 'overdose', 'en'],
  ["he od'ed in the car", 'overdose', 'en'],
  ['HELP HE IS NOT BREATHING', 'overdose', 'en'],
  ['what are the signs of an overdose? my friend looks weird', 'overdose', 'en'],
  // Overdose and medical emergencies, Spanish
  ['mi hijo tiene una sobredosis', 'overdose', 'es'],
  ['creo que mi amigo tuvo una sobre dosis', 'overdose', 'es'],
  ['mi esposo no respira', 'overdose', 'es'],
  ['no despierta y tiene los labios morados', 'overdose', 'es'],
  ['me tomé todas las pastillas', 'overdose', 'es'],
  ['se tomó un frasco entero de pastillas', 'overdose', 'es'],
  ['tomé demasiadas pastillas', 'overdose', 'es'],
  ['mezclé pastillas con alcohol y me siento mal', 'overdose', 'es'],
  ['está inconsciente en el piso', 'overdose', 'es'],
  ['le dimos narcan y no reacciona', 'overdose', 'es'],
  ['mi hermano está convulsionando', 'overdose', 'es'],
  ['necesito una ambulancia ya', 'overdose', 'es'],
  // Suicide, English
  ['I want to kill myself', 'suicide', 'en'],
  ["I'm going to kms tonight", 'suicide', 'en'],
  ['lowkey wanna die', 'suicide', 'en'],
  ['i wanna dieee', 'suicide', 'en'],
  ['i want 2 die', 'suicide', 'en'],
  ['I just want to end it all', 'suicide', 'en'],
  ['been thinking of ending my life', 'suicide', 'en'],
  ["i'm suicidal", 'suicide', 'en'],
  ['feeling sucidal again', 'suicide', 'en'],
  ['having suicdal thoughts every night', 'suicide', 'en'],
  ["I've been thinking about suicide a lot", 'suicide', 'en'],
  ["I don't want to be alive anymore", 'suicide', 'en'],
  ['i dont wanna be here anymore', 'suicide', 'en'],
  ["there's no reason for me to live", 'suicide', 'en'],
  ['I have nothing left to live for', 'suicide', 'en'],
  ['everyone would be better off without me', 'suicide', 'en'],
  ['my kids would be better off if I was dead', 'suicide', 'en'],
  ['goodbye forever everyone', 'suicide', 'en'],
  ["I'm writing my suicide note", 'suicide', 'en'],
  ["I'm going to unalive myself", 'suicide', 'en'],
  ['I want to take my own life', 'suicide', 'en'],
  ["i'm so tired of living", 'suicide', 'en'],
  ["what's the point of living anymore", 'suicide', 'en'],
  ["I can't go on anymore", 'suicide', 'en'],
  ['I cant take it anymore', 'suicide', 'en'],
  ['I wish I was dead', 'suicide', 'en'],
  ['i should just die', 'suicide', 'en'],
  ["i'm done with life", 'suicide', 'en'],
  ["I'm planning to jump off a bridge", 'suicide', 'en'],
  ['i want to overdose on purpose', 'suicide', 'en'],
  ['im gonna OD tonight so i never wake up', 'suicide', 'en'],
  ["I'm going to take all my pills tonight", 'suicide', 'en'],
  ['wanna kms fr', 'suicide', 'en'],
  ['I might k1ll mys3lf', 'suicide', 'en'],
  ['nobody would even miss me', 'suicide', 'en'],
  ["I'm such a burden to everyone", 'suicide', 'en'],
  ["i'm thinking of killing myself", 'suicide', 'en'],
  ['i feel like dying', 'suicide', 'en'],
  ["I hope I don't wake up tomorrow", 'suicide', 'en'],
  ["life isn't worth living", 'suicide', 'en'],
  ["I'd rather be dead", 'suicide', 'en'],
  ["I'm not okay I want to die", 'suicide', 'en'],
  ['my brother died by suicide and I keep thinking about it', 'suicide', 'en'],
  ['I used to be suicidal and lately the thoughts are back', 'suicide', 'en'],
  ['my son threatened to kill himself', 'suicide', 'en'],
  ['everything would be easier for everyone if I was gone', 'suicide', 'en'],
  ["i've got the pills ready", 'suicide', 'en'],
  ["I'm not going to make it through the night", 'suicide', 'en'],
  ["I don't want to live like this anymore", 'suicide', 'en'],
  ["I'm drinking myself to death", 'suicide', 'en'],
  // Suicide, Spanish
  ['me quiero morir', 'suicide', 'es'],
  ['ya no quiero vivir', 'suicide', 'es'],
  ['quiero matarme', 'suicide', 'es'],
  ['me voy a suicidar', 'suicide', 'es'],
  ['pienso en suicidarme todos los días', 'suicide', 'es'],
  ['quiero acabar con mi vida', 'suicide', 'es'],
  ['ya no aguanto más', 'suicide', 'es'],
  ['no tengo razones para vivir', 'suicide', 'es'],
  ['mi familia estaría mejor sin mí', 'suicide', 'es'],
  ['quiero quitarme la vida', 'suicide', 'es'],
  ['estoy pensando en el suicidio', 'suicide', 'es'],
  ['kiero morir', 'suicide', 'es'],
  ['ya no puedo más', 'suicide', 'es'],
  ['me quiero tirar de un puente', 'suicide', 'es'],
  ['estoy cansada de vivir', 'suicide', 'es'],
  // Self-harm
  ['I keep hurting myself', 'self-harm', 'en'],
  ['i want to hurt myself tonight', 'self-harm', 'en'],
  ["I've been cutting myself again", 'self-harm', 'en'],
  ['i started cutting again', 'self-harm', 'en'],
  ['the urges to self harm are bad tonight', 'self-harm', 'en'],
  ['I burn myself with cigarettes', 'self-harm', 'en'],
  ['relapsed on self-harm last night', 'self-harm', 'en'],
  ['i feel like harming myself', 'self-harm', 'en'],
  ['my daughter is cutting herself', 'self-harm', 'en'],
  ["I'm bleeding a lot and it won't stop", 'self-harm', 'en'],
  ['quiero hacerme daño', 'self-harm', 'es'],
  ['me estoy cortando otra vez', 'self-harm', 'es'],
  ['tengo ganas de lastimarme', 'self-harm', 'es'],
  ['me corto los brazos', 'self-harm', 'es'],
  // Violence
  ['my husband is going to kill me', 'violence', 'en'],
  ["he said he'd kill me if I leave", 'violence', 'en'],
  ['my boyfriend is beating me', 'violence', 'en'],
  ['someone is threatening me with a gun', 'violence', 'en'],
  ["I'm going to hurt someone", 'violence', 'en'],
  ['i want to kill him', 'violence', 'en'],
  ['im gonna stab my roommate', 'violence', 'en'],
  ["I'm scared for my life", 'violence', 'en'],
  ['i am being abused by my partner right now', 'violence', 'en'],
  ['he has a knife to my throat', 'violence', 'en'],
  ["I'm afraid he'll kill me tonight", 'violence', 'en'],
  ["i'm scared i'm going to hurt someone", 'violence', 'en'],
  ['my ex is outside my house with a gun', 'violence', 'en'],
  ['my dad is beating my mom right now', 'violence', 'en'],
  ['mi esposo me va a matar', 'violence', 'es'],
  ['me está golpeando', 'violence', 'es'],
  ['me amenazó con un cuchillo', 'violence', 'es'],
  ['voy a matarlo', 'violence', 'es'],
  ['tengo miedo de que me mate', 'violence', 'es'],
];

// Ordinary messages: questions about groups and meetings, idioms, the past, questions about a topic.
const CALM: string[] = [
  'where can I find an AA meeting near me',
  'what time do NA meetings usually start',
  'is SMART Recovery religious?',
  "I'm dying to know what happens at a first meeting",
  'that speaker absolutely killed it tonight',
  "we're just killing time before the meeting",
  "I'd kill for a coffee right now",
  'my back is killing me from those folding chairs',
  'this commute is killing me',
  'she looked drop dead gorgeous at her anniversary',
  'I overdosed on coffee this morning lol',
  'sugar overdose after the potluck',
  'what is naloxone?',
  'where can I get Narcan?',
  'my dad died of an overdose last year, is there a group for me?',
  'I lost my brother to an overdose in 2019',
  "I'm not suicidal, just looking for a meeting",
  'I would never hurt myself, I just want to stop drinking',
  "I don't want to die from drinking like my uncle did",
  'how do I cut back on drinking?',
  'I want to cut down on weed',
  'I hurt my family with my drinking',
  "I've hurt myself and others with my drinking",
  "what does 'easy does it' mean",
  'is Al-Anon for families?',
  'my teenage daughter drinks, where do I go?',
  'can I bring my kid to a meeting?',
  "I cut myself shaving this morning, anyway what's SMART?",
  'the meeting was dead tonight',
  'my phone died during the zoom meeting',
  'I take my meds every day, can I still go to NA?',
  'I took my pills this morning like I should',
  'is methadone allowed in NA?',
  'my sponsor hit me up about service work',
  'the cravings hit me hard at night',
  'I want to end my addiction',
  'how do I end things with my sponsor',
  'taking my life back one day at a time',
  "I'm sick and tired of being sick and tired",
  "I'd rather die than drink again",
  'cross my heart and hope to die',
  "I'm scared my son will overdose someday",
  'how can I prevent an overdose?',
  'what is an overdose?',
  'is it safe to mix xanax and alcohol?',
  "I can't wake up early for morning meetings",
  "I don't want to wake up early on Saturday",
  'I drank too much last night and feel awful',
  'I took too many shots at the wedding',
  "I'm dead serious about getting sober",
  'the pain of withdrawal is killing me',
  'my mom is going to kill me when she finds out I relapsed',
  'I want to kill my cravings',
  'is there a meeting within 10 kms of downtown',
  'Is AA a cult?',
  'I relapsed yesterday and feel ashamed',
  'LifeRing vs SMART, which is better?',
  "I don't want to live with my parents anymore",
  'how do I tell my boss I go to meetings',
  'can I go to a closed meeting if I am not sure I am an alcoholic',
  'mi mamá me va a matar si se entera',
  'me muero de ganas de ir a la reunión',
  'quiero ir a una reunión de AA',
  '¿A qué hora es la reunión?',
  'voy a cortarme el pelo antes de la reunión',
  'no quiero morir borracho como mi padre',
  'mi papá murió de una sobredosis hace años',
  '¿Qué es Al-Anon?',
  'me corto las uñas',
  'ya no quiero beber, ¿qué grupo me recomiendas?',
  "I used to be suicidal but I've been sober for 3 years",
  'I tried to kill myself years ago, now I chair a meeting',
  'can you overdose on weed?',
  'is there a group for overdose loss?',
  'my liver is dying from all the drinking',
  'is there a group for people on methadone and benzos',
  "it's an emergency meeting, right?",
  'my husband is killing himself with alcohol, what group is for me?',
  'is it normal to feel like dying during withdrawal?',
];

describe('detectCrisis', () => {
  describe('finds crisis messages, with the right kind and language', () => {
    for (const [text, kind, language] of CRISIS) {
      it(`${kind} (${language}): ${text}`, () => {
        expect(detectCrisis(text)).to.deep.equal({ kind, language });
      });
    }
  });

  describe('leaves ordinary messages alone', () => {
    for (const text of CALM) {
      it(text, () => {
        expect(detectCrisis(text)).to.equal(null);
      });
    }
  });

  it('has tables large enough to mean something', () => {
    expect(CRISIS.length).to.be.at.least(60);
    expect(CALM.length).to.be.at.least(40);
    for (const kind of ['overdose', 'suicide', 'self-harm', 'violence'] as const) {
      for (const language of ['en', 'es'] as const) {
        expect(CRISIS.filter((c) => c[1] === kind && c[2] === language), `${kind}/${language}`).to.have.length.at.least(3);
      }
    }
  });

  describe('negation and guards only drop the phrase they belong to', () => {
    it("still flags another crisis phrase after \"I'm not suicidal\"", () => {
      expect(detectCrisis("I'm not suicidal but everyone would be better off without me")).to.deep.equal({ kind: 'suicide', language: 'en' });
    });
    it('still flags an overdose in the same message as a past one', () => {
      expect(detectCrisis('My dad died of an overdose years ago. Now my brother is not breathing')).to.deep.equal({
        kind: 'overdose',
        language: 'en',
      });
    });
    it('flags pills taken now even when the person also says they do not want to die', () => {
      expect(detectCrisis("I took all my pills and I don't want to die")?.kind).to.equal('overdose');
    });
    it('"kys" aimed at someone else is not a disclosure, aimed at oneself it is', () => {
      expect(detectCrisis('you should kys')).to.equal(null);
      expect(detectCrisis('i should just kys')?.kind).to.equal('suicide');
    });
  });

  describe('priority between kinds', () => {
    it('an overdose happening now comes before suicidal words (911 first)', () => {
      expect(detectCrisis('I want to die, I just swallowed too many pills')?.kind).to.equal('overdose');
    });
    it('suicide comes before self-harm', () => {
      expect(detectCrisis('I cut myself and I want to kill myself')?.kind).to.equal('suicide');
    });
    it('violence comes before self-harm', () => {
      expect(detectCrisis('he is hitting me and I keep hurting myself')?.kind).to.equal('violence');
    });
  });

  describe('input handling', () => {
    it('returns null for empty, blank and non-string input without throwing', () => {
      expect(detectCrisis('')).to.equal(null);
      expect(detectCrisis('   \n ')).to.equal(null);
      expect(detectCrisis(undefined as unknown as string)).to.equal(null);
      expect(detectCrisis(42 as unknown as string)).to.equal(null);
    });
    it('normalizes case, accents, curly quotes, repeated letters and shorthand', () => {
      expect(normalizeForCrisis('I DON’T wannnaaa líve, u know')).to.equal('i dont want to live , you know');
      expect(normalizeForCrisis("he OD'd")).to.equal('he overdose');
      expect(normalizeForCrisis('that is odd')).to.equal('that is od');
    });
    it('reads a crisis at the very end of a long message', () => {
      const story = 'We talked about the steps and the coffee and the chairs. '.repeat(200);
      expect(story.length).to.be.greaterThan(MAX_ANALYSED_CHARS);
      expect(detectCrisis(story)).to.equal(null);
      expect(detectCrisis(`${story} Anyway I want to kill myself.`)).to.deep.equal({ kind: 'suicide', language: 'en' });
    });
  });

  describe('cost', () => {
    const NS_PER_MS = 1_000_000n;
    function timeIt(label: string, text: string): ReturnType<typeof detectCrisis> {
      const runs = 20;
      let result: ReturnType<typeof detectCrisis> = null;
      const start = process.hrtime.bigint();
      for (let i = 0; i < runs; i += 1) result = detectCrisis(text);
      const perCallUs = Number(((process.hrtime.bigint() - start) * 1000n) / (BigInt(runs) * NS_PER_MS));
      // Printed, not asserted: timing depends on the machine.
      console.log(`      detectCrisis ${label} (${text.length} chars): ${(perCallUs / 1000).toFixed(3)} ms per call`);
      return result;
    }

    it('returns for 20,000-character messages, including inputs built to make regexes backtrack', () => {
      // Whole phrases repeated to at least 20,000 characters.
      const fill = (unit: string): string => unit.repeat(Math.ceil(20_000 / unit.length));
      expect(timeIt('ordinary text', fill('Is there a meeting near the library on Tuesday evenings for newcomers? '))).to.equal(null);
      expect(timeIt('one repeated letter', 'a'.repeat(20_000))).to.equal(null);
      expect(timeIt('repeated words near the rules', fill('i want to want to going to not '))).to.equal(null);
      expect(timeIt('many near misses', fill('overdosed on coffee lol '))).to.equal(null);
      expect(timeIt('many guarded matches in one sentence', fill('my uncle died of an overdose years ago and '))).to.equal(null);
      expect(timeIt('no spaces', fill('killmyselfx'))).to.equal(null);
      expect(timeIt('symbols only', fill('!?*@#$%^&()'))).to.equal(null);
      const crisis = `${'a'.repeat(19_950)} he is not breathing`;
      expect(timeIt('crisis at the end', crisis)?.kind).to.equal('overdose');
      expect(timeIt('short message', 'where is the Thursday meeting tonight')).to.equal(null);
    });
  });
});
