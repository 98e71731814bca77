// Every text a person reads has its Spanish, and `content:check` fails, naming the file and the
// field, when one does not.
import { expect } from 'chai';
import * as fs from 'fs';
import * as path from 'path';
import { loadBotContent } from '../../content/botContent';
import { untranslated } from '../../content/spanish';
import { runContentCheck } from '../../scripts/contentCheck';
import { copyOfContent } from '../content/helpers';

/**
 * Removes the Spanish of the top-level field `field` from a YAML file: its `  es:` line and the
 * lines that continue it, as a person deleting it by hand would.
 */
function dropSpanish(file: string, field: string): void {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const from = lines.findIndex((l) => l.startsWith(`${field}:`));
  const at = lines.findIndex((l, i) => i > from && /^ {2}es:/.test(l));
  if (from < 0 || at < 0 || lines.slice(from + 1, at).some((l) => /^\S/.test(l))) throw new Error(`no Spanish for ${field} in ${file}`);
  let end = at + 1;
  while (end < lines.length && (lines[end].trim() === '' || lines[end].startsWith('    '))) end++;
  lines.splice(at, end - at);
  fs.writeFileSync(file, lines.join('\n'));
}

/** Numbers in a text: "1-800-662-4357" -> 1, 800, 662, 4357. */
const numbers = (text: string) => (text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[,.]/g, ''));

describe('spanish: content', () => {
  const bot = loadBotContent();

  it('has Spanish for every group, topic, message, finder question, choice and reason', () => {
    const missing = [
      ...bot.content.groups.flatMap((g) => untranslated(g).map((f) => `${g.id}: ${f}`)),
      ...bot.content.topics.flatMap((t) => untranslated(t).map((f) => `${t.id}: ${f}`)),
      ...untranslated(bot.messages),
      ...untranslated(bot.finder),
    ];
    expect(missing).to.deep.equal([]);
    expect(runContentCheck().ok).to.equal(true);
  });

  it('uses the official Spanish names where the fellowships have them', () => {
    const name = (id: string) => bot.content.groupsById.get(id)?.name.es;
    expect(name('alcoholics-anonymous')).to.equal('Alcohólicos Anónimos');
    expect(name('narcotics-anonymous')).to.equal('Narcóticos Anónimos');
    expect(name('al-anon')).to.equal('Grupos de Familia Al-Anon');
    expect(name('alateen')).to.equal('Alateen');
    expect(name('cocaine-anonymous')).to.equal('Cocaína Anónimos');
    // Fellowships without a Spanish name in use keep their English one.
    expect(name('smart-recovery')).to.equal('SMART Recovery');
    expect(name('women-for-sobriety')).to.equal('Women for Sobriety');
  });

  it('keeps every number of the English in the Spanish (same facts, same phone numbers)', () => {
    const differing: string[] = [];
    const check = (where: string, node: unknown): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => check(`${where}[${i}]`, n));
      if (!node || typeof node !== 'object') return;
      const text = node as { en?: unknown; es?: unknown };
      if (typeof text.en === 'string' && typeof text.es === 'string') {
        const es = numbers(text.es);
        const lost = numbers(text.en).filter((n) => !es.includes(n));
        if (lost.length) differing.push(`${where}: ${lost.join(', ')}`);
        return;
      }
      for (const [key, value] of Object.entries(node)) check(`${where}.${key}`, value);
    };
    check('groups', bot.content.groups);
    check('topics', bot.content.topics);
    check('messages', bot.messages);
    check('finder', bot.finder);
    expect(differing).to.deep.equal([]);
  });

  it('keeps Spanish group summaries short enough for SMS (accents make every message UCS-2)', () => {
    for (const group of bot.content.groups) expect(group.summary.es?.length ?? 0, group.id).to.be.within(40, 200);
  });

  describe('content:check on a broken copy', () => {
    let dir: string;
    beforeEach(() => {
      dir = copyOfContent('content-es-');
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('fails when a group, a topic, a message, a finder choice or reason lacks its Spanish, naming file and field', () => {
      dropSpanish(path.join(dir, 'groups', 'lifering.yaml'), 'name');
      dropSpanish(path.join(dir, 'groups', 'hams.yaml'), 'summary');
      dropSpanish(path.join(dir, 'topics', 'cost.yaml'), 'title');
      dropSpanish(path.join(dir, 'messages.yaml'), 'backToMenu');
      const finder = path.join(dir, 'finder.yaml');
      fs.writeFileSync(
        finder,
        fs.readFileSync(finder, 'utf8').replace(', es: "Para mí"', '').replace(', es: "Centrado en la marihuana"', ''),
      );

      const { ok, lines } = runContentCheck(dir);
      expect(ok).to.equal(false);
      const text = lines.join('\n');
      expect(text).to.match(/groups\/lifering\.yaml: name\.es: Spanish text is missing/);
      expect(text).to.match(/groups\/hams\.yaml: summary\.es: Spanish text is missing/);
      expect(text).to.match(/topics\/cost\.yaml: title\.es: Spanish text is missing/);
      expect(text).to.match(/messages\.yaml: backToMenu\.es: Spanish text is missing/);
      expect(text).to.match(/finder\.yaml: questions\[0\]\.choices\[0\]\.label\.es: Spanish text is missing/);
      expect(text).to.match(/finder\.yaml: rules\[\d+\]\.reason\.es: Spanish text is missing/);
      expect(lines[lines.length - 1]).to.match(/content check failed: 6 problem/);
    });

    it('fails when a crisis step about a service that works in Spanish lacks its Spanish', () => {
      const crisis = path.join(dir, 'crisis.yaml');
      const text = fs.readFileSync(crisis, 'utf8');
      const poison = /( {10}en: "Poison Help: 1-800-222-1222, free, 24\/7\."\n) {10}es: [^\n]*\n/;
      expect(text).to.match(poison);
      fs.writeFileSync(crisis, text.replace(poison, '$1'));
      const { ok, lines } = runContentCheck(dir);
      expect(ok).to.equal(false);
      expect(lines.join('\n')).to.match(
        /crisis\.yaml: replies\.overdose\.steps\[5\]\.text\.es: Spanish text is missing \(poison-help works in Spanish\)/,
      );
    });

    it('accepts a crisis step left out of Spanish when the service works only in English', () => {
      // The Crisis Text Line works in Spanish now; pretend it does not, and drop its Spanish lines.
      const crisis = path.join(dir, 'crisis.yaml');
      const text = fs.readFileSync(crisis, 'utf8');
      const englishOnly = text
        .replace(/(id: crisis-text-line[\s\S]*?languages: )\[en, es\]\n {4}textOrChat: \[en, es\]/, '$1[en]\n    textOrChat: [en]')
        .replace(/(resources: \[crisis-text-line\]\n {8}text:\n {10}en: [^\n]*\n) {10}es: [^\n]*\n/g, '$1');
      expect(englishOnly).to.match(/resources: \[crisis-text-line\]\n {8}text:\n {10}en: [^\n]*\n {6}- /);
      expect(englishOnly).to.match(/languages: \[en\]\n {4}textOrChat: \[en\]/);
      fs.writeFileSync(crisis, englishOnly);
      const { ok, lines } = runContentCheck(dir);
      expect(lines.join('\n')).not.to.match(/crisis-text-line/);
      expect(ok, lines.join('\n')).to.equal(true);
    });
  });
});
