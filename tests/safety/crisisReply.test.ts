import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { ContentError, defaultContentDir } from '../../content/load';
import { CRISIS_TEXT_BUDGET, CrisisContentSchema, isPrimaryCrisisSource, type CrisisContent } from '../../content/crisisSchema';
import { loadBotContent } from '../../content/botContent';
import { buildCrisisReply, crisisReplyText, type CrisisReply } from '../../src/safety';
import { bareUrl, checkedFacts, copyOfContent, states } from '../content/helpers';

const KINDS = ['overdose', 'suicide', 'self-harm', 'violence', 'general'] as const;
const LOCALES = ['en', 'es'] as const;
const SAMHSA = '1-800-662-4357';
const POISON = '1-800-222-1222';

const CRISIS_FILE = 'crisis.yaml';
const content = loadBotContent().crisis;
const rawFile = path.join(defaultContentDir(), CRISIS_FILE);
const raw = (): Record<string, unknown> => parse(fs.readFileSync(rawFile, 'utf8')) as Record<string, unknown>;

/** The first emergency number a person reads in the reply. */
function firstNumber(reply: CrisisReply): string | undefined {
  return /\b(911|988)\b/.exec(crisisReplyText(reply))?.[1];
}

function problemsOf(data: unknown): string[] {
  const result = CrisisContentSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('crisis content (content/data/crisis.yaml)', () => {
  it('loads and validates from the default content folder', () => {
    expect(content.resources.map((r) => r.id)).to.include.members([
      'emergency-911',
      'lifeline-988',
      'crisis-text-line',
      'samhsa-helpline',
      'poison-help',
      'naloxone',
      'domestic-violence-hotline',
      'overdose-first-aid',
    ]);
  });

  it("gives every resource a source on the service's own site, and every source is a checked fact's (tests/fixtures/facts.yaml)", () => {
    const checked = checkedFacts().crisis.flatMap((f) => f.sources.map(bareUrl));
    for (const resource of content.resources) {
      expect(resource.sources, resource.id).to.have.length.at.least(1);
      for (const url of resource.sources) {
        expect(url, resource.id).to.match(/^https?:\/\//);
        expect(
          checked.some((s) => s.includes(bareUrl(url))),
          `${resource.id}: ${url} is not a source in facts.yaml`,
        ).to.equal(true);
      }
    }
    expect(isPrimaryCrisisSource('https://www.webmd.com/mental-health/features/988-suicide-prevention-overview')).to.equal(false);
    expect(isPrimaryCrisisSource('https://988lifeline.org.example.com/')).to.equal(false);
    expect(isPrimaryCrisisSource('https://store.samhsa.gov/product/x')).to.equal(true);
    for (const resource of content.resources) {
      expect(resource.sources.some(isPrimaryCrisisSource), `${resource.id}: no source on the service's own site`).to.equal(true);
    }
  });

  it('states every checked fact facts.yaml places in a resource', () => {
    const byId = new Map(content.resources.map((r) => [r.id, r]));
    const placed = checkedFacts().crisis.flatMap((f) =>
      f.in.filter((p) => p.startsWith('resource:')).map((p) => ({ f, id: p.slice('resource:'.length) })),
    );
    expect(placed.length).to.be.greaterThan(3);
    for (const { f, id } of placed) {
      const resource = byId.get(id);
      expect(resource, `resource ${id} (named by "${f.claim}") does not exist`).to.not.equal(undefined);
      expect(states(f, JSON.stringify(resource)), `${id} does not state "${f.value ?? f.pattern}"`).to.equal(true);
    }
  });

  it('states the facts the sources give: numbers, hours, languages', () => {
    const byId = new Map(content.resources.map((r) => [r.id, r]));
    expect(byId.get('samhsa-helpline')?.cite).to.equal(SAMHSA);
    expect(byId.get('samhsa-helpline')?.offers.en)
      .to.match(/free/i)
      .and.match(/confidential/i)
      .and.match(/24\/7/)
      .and.match(/not counseling/i);
    expect(byId.get('samhsa-helpline')?.languages).to.have.members(['en', 'es']);
    expect(byId.get('poison-help')?.cite).to.equal(POISON);
    expect(byId.get('crisis-text-line')?.access.en).to.include('HOME to 741741');
    expect(byId.get('crisis-text-line')?.access.es).to.include('AYUDA al 741741').and.include('442-AYUDAME (442-298-3263)');
    expect(byId.get('crisis-text-line')?.languages).to.have.members(['en', 'es']);
    expect(byId.get('lifeline-988')?.offers.en)
      .to.match(/2 for Spanish/)
      .and.match(/Spanish since July 2023/)
      .and.include('AYUDA to 988');
    expect(byId.get('lifeline-988')?.access.es).to.include('AYUDA al 988');
    expect(byId.get('lifeline-988')?.textOrChat).to.have.members(['en', 'es']);
    expect(byId.get('domestic-violence-hotline')?.access.en)
      .to.include('1-800-799-SAFE (7233)')
      .and.include('START to 88788')
      .and.include('thehotline.org');
    expect(byId.get('naloxone')?.access.en)
      .to.match(/without a prescription/)
      .and.match(/2023/);
    expect(byId.get('naloxone')?.offers.en).to.match(/still call 911/i);
  });
});

describe('buildCrisisReply', () => {
  for (const kind of KINDS) {
    for (const locale of LOCALES) {
      describe(`${kind} / ${locale}`, () => {
        const reply = buildCrisisReply(kind, locale, content);
        const whole = crisisReplyText(reply);

        it('has a lead, steps and a follow-up', () => {
          expect(reply.kind).to.equal(kind);
          expect(reply.lead).to.be.a('string').with.length.greaterThan(5);
          expect(reply.steps).to.have.length.at.least(2);
          expect(reply.followUp).to.be.a('string').with.length.greaterThan(5);
        });

        it('leads with the number to call now', () => {
          const expected = kind === 'suicide' || kind === 'self-harm' ? '988' : '911';
          expect(firstNumber(reply)).to.equal(expected);
          expect(reply.steps[0]).to.include(expected);
        });

        if (kind !== 'violence') {
          it('points to the SAMHSA National Helpline after the emergency steps', () => {
            const samhsaStep = reply.steps.findIndex((s) => s.includes(SAMHSA));
            expect(samhsaStep).to.be.greaterThan(0);
          });
        }

        it(`fits the length budget (${CRISIS_TEXT_BUDGET[locale]} characters) and is plain text`, () => {
          expect(whole.length).to.be.at.most(CRISIS_TEXT_BUDGET[locale]);
          expect(whole).not.to.match(/[*_#`]|\]\(|<[a-z]/i);
          for (const step of reply.steps) expect(step).not.to.include('\n');
        });

        it('uses only the numbers of the resources in the content', () => {
          const sourced = content.resources
            .map((r) => [r.cite ?? '', r.access.en, r.access.es, r.offers.en, r.offers.es].join(' '))
            .join(' ');
          const numbers = whole.match(/\d[\d-]*\d/g)?.filter((n) => n.replace(/-/g, '').length >= 3) ?? [];
          for (const n of numbers) expect(sourced, n).to.include(n);
        });

        it('offers a way to text or chat, not only to call', () => {
          expect(whole).to.match(locale === 'es' ? /envía AYUDA al (988|741741)|escribir AYUDA al 741741/ : /\btext\b|\bchat\b/i);
        });

        if (locale === 'es') {
          it('is in Spanish', () => {
            expect(whole).to.match(/llama|marca/i);
            expect(whole.replace(/Crisis Text Line|Poison Help/g, '')).not.to.match(/\b(call|text|press)\b/i);
          });
        }
      });
    }
  }

  it('gives different words in English and Spanish for every kind', () => {
    for (const kind of KINDS) {
      expect(crisisReplyText(buildCrisisReply(kind, 'es', content))).not.to.equal(crisisReplyText(buildCrisisReply(kind, 'en', content)));
    }
  });

  it('overdose: 911, naloxone, breathing or recovery position, a second dose, stay, Good Samaritan, then Poison Help', () => {
    for (const locale of LOCALES) {
      const steps = buildCrisisReply('overdose', locale, content).steps;
      expect(steps[0])
        .to.match(/911/)
        .and.match(locale === 'en' ? /breathing/ : /no respira/);
      expect(steps[1])
        .to.match(/naloxone|naloxona/)
        .and.match(/Narcan/);
      expect(steps[2]).to.match(locale === 'en' ? /rescue breaths/ : /respiración de rescate/);
      expect(steps[2]).to.match(locale === 'en' ? /recovery position/ : /posición de recuperación/);
      expect(steps[3])
        .to.match(/2(-| o )3 minut/)
        .and.match(locale === 'en' ? /second dose/ : /otra dosis/);
      expect(steps[3]).to.match(locale === 'en' ? /until help arrives/ : /hasta que llegue la ayuda/);
      expect(steps[4]).to.match(/Good Samaritan|Buen Samaritano/);
      expect(steps.findIndex((s) => s.includes(POISON))).to.be.greaterThan(4);
    }
  });

  it('suicide: 988 by call or text, the Crisis Text Line, and in Spanish texts with AYUDA', () => {
    const en = crisisReplyText(buildCrisisReply('suicide', 'en', content));
    expect(en)
      .to.match(/call or text 988/i)
      .and.include('HOME to 741741')
      .and.match(/press 2 for Spanish/i);
    const es = crisisReplyText(buildCrisisReply('suicide', 'es', content));
    expect(es)
      .to.match(/988/)
      .and.match(/marca 2/)
      .and.include('envía AYUDA al 988');
    expect(es)
      .to.include('AYUDA al 741741')
      .and.include('WhatsApp al 442-AYUDAME (442-298-3263)')
      .and.not.match(/ingl[eé]s/);
  });

  it('violence: 911, then the National Domestic Violence Hotline by call, text and chat, and no treatment referral', () => {
    for (const locale of LOCALES) {
      const reply = buildCrisisReply('violence', locale, content);
      expect(reply.steps[0]).to.include('911');
      expect(reply.steps[1]).to.include('1-800-799-7233').and.include('START').and.include('88788').and.include('thehotline.org');
      expect(crisisReplyText(reply)).not.to.include(SAMHSA);
    }
  });

  it('falls back to English for an unknown locale and to the general reply for an unknown kind', () => {
    expect(buildCrisisReply('suicide', 'fr' as 'en', content)).to.deep.equal(buildCrisisReply('suicide', 'en', content));
    const unknown = buildCrisisReply('flood' as 'general', 'en', content);
    expect(unknown.kind).to.equal('general');
    expect(unknown.steps).to.deep.equal(buildCrisisReply('general', 'en', content).steps);
  });

  it('still gives 911 and 988 if the content handed in is damaged', () => {
    for (const broken of [undefined, {}, { replies: {} }] as unknown as CrisisContent[]) {
      for (const locale of LOCALES) {
        const text = crisisReplyText(buildCrisisReply('overdose', locale, broken));
        expect(text).to.include('911').and.include('988');
        expect(text).to.match(locale === 'es' ? /envía AYUDA al 988/ : /call or text 988/);
      }
    }
  });

  it('returns plain data that JSON round-trips', () => {
    const reply = buildCrisisReply('violence', 'es', content);
    expect(JSON.parse(JSON.stringify(reply))).to.deep.equal(reply);
  });
});

describe('crisis content validation catches unsafe edits', () => {
  it('accepts the shipped file', () => {
    expect(problemsOf(raw())).to.deep.equal([]);
  });

  it('rejects a suicide reply that does not start with 988', () => {
    const data = raw() as { replies: { suicide: { steps: unknown[] } } };
    data.replies.suicide.steps.reverse();
    expect(problemsOf(data).join('\n')).to.match(/replies\.suicide\.steps\.0\.resources\.0: .*must start with lifeline-988/);
  });

  it('rejects an overdose reply that does not start with 911', () => {
    const data = raw() as { replies: { overdose: { steps: unknown[] } } };
    data.replies.overdose.steps.push(data.replies.overdose.steps.shift());
    expect(problemsOf(data).join('\n')).to.match(/must start with emergency-911/);
  });

  it('rejects a reply without the SAMHSA helpline, except the violence reply', () => {
    const data = raw() as { replies: Record<string, { steps: { resources: string[] }[] }> };
    data.replies.suicide.steps = data.replies.suicide.steps.filter((s) => !s.resources.includes('samhsa-helpline'));
    expect(problemsOf(data).join('\n')).to.match(/suicide reply must name samhsa-helpline/);
    expect(problemsOf(data).join('\n')).not.to.match(/violence reply must name/);
  });

  it('rejects a resource without a source', () => {
    const data = raw() as { resources: { sources: string[] }[] };
    data.resources[0].sources = [];
    expect(problemsOf(data).join('\n')).to.match(/resources\.0\.sources/);
  });

  it('rejects a step whose text lacks the number of the resource it names', () => {
    const data = raw() as { replies: { overdose: { steps: { resources: string[]; text: { en: string } }[] } } };
    const at = data.replies.overdose.steps.findIndex((s) => s.resources[0] === 'poison-help');
    data.replies.overdose.steps[at].text.en = 'Poison Help is free.';
    expect(problemsOf(data).join('\n')).to.match(new RegExp(`overdose\\.steps\\.${at}\\.text\\.en: .*1-800-222-1222`));
  });

  it('rejects a reply over the length budget', () => {
    const data = raw() as { replies: { general: { lead: { en: string } } } };
    data.replies.general.lead.en = 'Please read this. '.repeat(20);
    expect(problemsOf(data).join('\n')).to.match(/general: the en reply is \d+ characters/);
  });

  it('rejects Spanish text for a service that works only in English unless it says so', () => {
    const data = raw() as {
      resources: { id: string; languages: string[] }[];
      replies: { suicide: { steps: { resources: string[]; text: { es?: string } }[] } };
    };
    const line = data.resources.find((r) => r.id === 'crisis-text-line');
    if (!line) throw new Error('no Crisis Text Line resource');
    line.languages = ['en'];
    const step = data.replies.suicide.steps.find((s) => s.resources.includes('crisis-text-line'));
    if (!step) throw new Error('the suicide reply has no Crisis Text Line step');
    step.text.es = 'Envía HOME al 741741.';
    expect(problemsOf(data).join('\n')).to.match(/crisis-text-line works only in English/);
    step.text.es = 'Envía HOME al 741741 (en inglés).';
    expect(problemsOf(data).join('\n')).not.to.match(/replies\.suicide\.steps\.\d+\.text\.es: crisis-text-line/);
  });

  it("rejects a resource whose sources are all third-party pages, not the service's own", () => {
    const data = raw() as { resources: { id: string; sources: string[] }[] };
    const at = data.resources.findIndex((r) => r.id === 'lifeline-988');
    data.resources[at].sources = ['https://www.webmd.com/mental-health/features/988-suicide-prevention-overview'];
    expect(problemsOf(data).join('\n')).to.match(new RegExp(`resources\\.${at}\\.sources: needs a source on the service's own site`));
  });

  it('rejects a Spanish reply that offers only calls, no way to text or chat', () => {
    const data = raw() as { replies: { suicide: { steps: { resources: string[]; text: { es?: string } }[] } } };
    for (const step of data.replies.suicide.steps) {
      if (step.resources.includes('lifeline-988')) step.text.es = 'Llama al 988 ahora y marca 2 para hablar en español.';
      if (step.resources.includes('crisis-text-line')) delete step.text.es;
    }
    const problems = problemsOf(data).join('\n');
    expect(problems).to.match(/replies\.suicide\.steps: the es reply offers no way to text or chat/);
    expect(problems).not.to.match(/the en reply offers no way/);
  });

  it('rejects an English reply whose only written option is a service that cannot be written to', () => {
    const data = raw() as { resources: { id: string; textOrChat?: string[] }[] };
    for (const r of data.resources) if (r.id === 'domestic-violence-hotline' || r.id === 'lifeline-988') r.textOrChat = [];
    expect(problemsOf(data).join('\n')).to.match(/replies\.violence\.steps: the en reply offers no way to text or chat/);
  });

  it('accepts the violence reply without a treatment referral', () => {
    const data = raw() as { replies: { violence: { steps: { resources: string[] }[] } } };
    expect(data.replies.violence.steps.some((s) => s.resources.includes('samhsa-helpline'))).to.equal(false);
    expect(problemsOf(data)).to.deep.equal([]);
  });

  it('reports the file and field when loading a broken file', () => {
    const dir = copyOfContent('crisis-');
    try {
      const data = raw() as { followUp: { es?: string } };
      delete data.followUp.es;
      fs.writeFileSync(path.join(dir, CRISIS_FILE), stringify(data));
      expect(() => loadBotContent(dir))
        .to.throw(ContentError)
        .with.property('message')
        .that.match(/crisis\.yaml: followUp\.es: Required field is missing/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
