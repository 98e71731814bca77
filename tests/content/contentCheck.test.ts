// `npm run content:check` on broken copies of the content: each rule about sources, crisis
// replies and phone numbers fails with the file, the field and the reason.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { runContentCheck } from '../../scripts/contentCheck';
import { keypadDigits, spelledNumberProblem } from '../../content/schema';
import { isEncyclopedia } from '../../content/sourceRules';
import { copyOfContent } from './helpers';

describe('content:check rules on sources, crisis replies and phone numbers', () => {
  let dir: string;
  beforeEach(() => {
    dir = copyOfContent('content-check-');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Replaces text in one copied file, failing loudly if the text is not there. */
  function breakFile(rel: string, from: string | RegExp, to: string): void {
    const file = path.join(dir, rel);
    const text = fs.readFileSync(file, 'utf8');
    const changed = text.replace(from, to);
    expect(changed, `${rel}: ${String(from)} not found`).to.not.equal(text);
    fs.writeFileSync(file, changed);
  }

  function failure(): string {
    const { ok, lines } = runContentCheck(dir);
    expect(ok, 'content:check should fail').to.equal(false);
    expect(lines[lines.length - 1]).to.match(/content check failed: \d+ problem/);
    return lines.join('\n');
  }

  it('passes on the shipped content', () => {
    const { ok, lines } = runContentCheck(dir);
    expect(ok, lines.join('\n')).to.equal(true);
  });

  it("fails when a crisis resource has no source on the service's own site", () => {
    breakFile(
      'crisis.yaml',
      /(id: domestic-violence-hotline[\s\S]*?sources:\n) {6}- https:\/\/www\.thehotline\.org\n/,
      '$1      - https://en.wikipedia.org/wiki/National_Domestic_Violence_Hotline\n',
    );
    expect(failure()).to.match(
      /crisis\.yaml: resources\[3\]\.sources: needs a source on the service's own site \(one of 988lifeline\.org, crisistextline\.org, thehotline\.org, samhsa\.gov, poisonhelp\.hrsa\.gov\)/,
    );
  });

  it('fails when a Spanish crisis reply offers no way to text or chat', () => {
    breakFile(
      'crisis.yaml',
      'es: "Si temes hacerle daño a alguien o necesitas hablar ahora, llama al 988 (marca 2 para español) o envía AYUDA al 988 por mensaje de texto."',
      'es: "Si temes hacerle daño a alguien o necesitas hablar ahora, llama al 988 (marca 2 para español)."',
    );
    breakFile('crisis.yaml', ' envía START al 88788 o usa el chat de thehotline.org. Gratis', ' Gratis');
    expect(failure()).to.match(/crisis\.yaml: replies\.violence\.steps: the es reply offers no way to text or chat/);
  });

  it('fails when an English crisis reply offers no way to text or chat', () => {
    breakFile(
      'crisis.yaml',
      'en: "Later: treatment referrals at 1-800-662-4357 (SAMHSA); to talk, call, text or chat 988."',
      'en: "Later: treatment referrals at 1-800-662-4357 (SAMHSA); to talk, call 988."',
    );
    expect(failure()).to.match(/crisis\.yaml: replies\.overdose\.steps: the en reply offers no way to text or chat/);
  });

  it('fails when a reply other than violence drops the treatment referral', () => {
    breakFile(
      'crisis.yaml',
      /\n {6}- resources: \[samhsa-helpline\]\n {8}text:\n {10}en: "For treatment referrals[^\n]*\n {10}es: [^\n]*\n(\n {2}self-harm:)/,
      '\n$1',
    );
    expect(failure()).to.match(/crisis\.yaml: replies\.suicide\.steps: the suicide reply must name samhsa-helpline in both languages/);
  });

  it('fails when a phone number given in letters lacks its digits, or gives the wrong ones', () => {
    breakFile('groups/chemically-dependent-anonymous.yaml', 'number: 1-888-CDA-HOPE (1-888-232-4673)', 'number: 1-888-CDA-HOPE');
    breakFile('groups/al-anon.yaml', 'number: 1-888-4AL-ANON (1-888-425-2666)', 'number: 1-888-4AL-ANON (1-888-425-2667)');
    const text = failure();
    expect(text).to.match(
      /groups\/chemically-dependent-anonymous\.yaml: phone\.number: a number given in letters must also give its digits, e\.g\. "1-888-CDA-HOPE \(1-888-232-4673\)"/,
    );
    expect(text).to.match(/groups\/al-anon\.yaml: phone\.number: the digits \(1-888-425-2667\) are not what 1-888-4AL-ANON dials/);
  });

  it("fails when a group's website is an encyclopedia page", () => {
    breakFile(
      'groups/secular-organizations-for-sobriety.yaml',
      'website: http://www.sosdallas.org/overviewsos.htm',
      'website: https://en.wikipedia.org/wiki/Secular_Organizations_for_Sobriety',
    );
    expect(failure()).to.match(
      /groups\/secular-organizations-for-sobriety\.yaml: website: https:\/\/en\.wikipedia\.org\/wiki\/Secular_Organizations_for_Sobriety is an encyclopedia page, not the group's website/,
    );
  });

  it('fails when every source of a group is an encyclopedia page', () => {
    breakFile('groups/marijuana-anonymous.yaml', '  - https://marijuana-anonymous.org\n', '');
    expect(failure()).to.match(/groups\/marijuana-anonymous\.yaml: sources: every source is an encyclopedia page/);
  });

  it('fails when a topic other than crisis-resources gives 911 or 988, in what a person reads', () => {
    breakFile(
      'topics/relapse.yaml',
      'emergency help at once and give naloxone if you have it (type URGENT for the numbers).',
      'emergency help at once and give naloxone if you have it: call 911.',
    );
    breakFile('topics/naloxone.yaml', '¿No reacciona en 2 o 3 minutos?', '¿No reacciona en 2 o 3 minutos? Llama al 988.');
    breakFile('topics/first-meeting.yaml', /\nsources:\n/, '\nsources:\n  - https://988lifeline.org\n');
    const text = failure();
    expect(text).to.match(/topics\/relapse\.yaml: body\.en: gives 911; only the crisis reply and crisis-resources give emergency numbers/);
    expect(text).to.match(/topics\/naloxone\.yaml: points\[1\]\.es: gives 988/);
    // A source is not read by anyone, and the topic that lists the lines by name keeps them.
    expect(text).not.to.match(/first-meeting|crisis-resources\.yaml|relapse\.yaml: body\.es/);
  });

  it('fails when a topic names a group of unclear activity without saying so, in either language', () => {
    breakFile('topics/is-aa-religious.yaml', 'and SOS (whose current activity is unclear). Celebrate', 'and SOS. Celebrate');
    breakFile('topics/moderation-vs-abstinence.yaml', 'LifeRing y SOS (no está claro si sigue activa). SMART', 'LifeRing y SOS. SMART');
    const text = failure();
    expect(text).to.match(/topics\/is-aa-religious\.yaml: body\.en: names SOS without saying its current activity is unclear/);
    expect(text).to.match(/topics\/moderation-vs-abstinence\.yaml: body\.es: names SOS without saying its current activity is unclear/);
    expect(text).not.to.match(/is-aa-religious\.yaml: body\.es/);
  });
});

describe('phone numbers in letters and encyclopedia pages', () => {
  it('turns letters into keypad digits', () => {
    expect(keypadDigits('1-888-4AL-ANON')).to.equal('18884252666');
    expect(keypadDigits('1-888-CDA-HOPE')).to.equal('18882324673');
    expect(keypadDigits('442-AYUDAME')).to.equal('4422983263');
  });

  it('accepts plain numbers and spelled numbers with their digits', () => {
    expect(spelledNumberProblem('1-800-811-4142')).to.equal(undefined);
    expect(spelledNumberProblem('1-888-4AL-ANON (1-888-425-2666)')).to.equal(undefined);
    expect(spelledNumberProblem('1-888-4AL-ANON (425-2666)')).to.equal(undefined);
    expect(spelledNumberProblem('1-888-4AL-ANON')).to.match(/must also give its digits/);
    expect(spelledNumberProblem('1-888-4AL-ANON (2666)')).to.match(/are not what/);
  });

  it("tells encyclopedia pages from the groups' own", () => {
    expect(isEncyclopedia('https://en.wikipedia.org/wiki/Nar-Anon')).to.equal(true);
    expect(isEncyclopedia('https://wikimili.com/en/Heroin_Anonymous')).to.equal(true);
    expect(isEncyclopedia('https://drugs-forum.com/wiki/SMART_Recovery')).to.equal(true);
    expect(isEncyclopedia('https://www.nar-anon.org/united-states/')).to.equal(false);
    expect(isEncyclopedia('not a url')).to.equal(false);
  });
});
