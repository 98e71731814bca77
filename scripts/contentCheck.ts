// `npm run content:check`: validates every content file and prints a summary.
// Exits 1 with one line per problem (file: field: reason) when anything is wrong.
import { ContentError, defaultContentDir, type Content } from '../content';
import { loadBotContent } from '../content/botContent';
import { missingSpanish } from '../content/spanish';
import { sourceProblems } from '../content/sourceRules';
import { emergencyNumberProblems } from '../content/emergencyNumbers';
import { loadCrisisExamples } from '../content/crisisExamplesSchema';

/** The summary printed when content is valid: every group and topic, then the counts. */
export function contentSummary(content: Content): string[] {
  const lines: string[] = ['Groups:'];
  for (const g of content.groups) {
    const model = g.model.twelveStep ? '12-step' : 'not 12-step';
    lines.push(`  ${g.id.padEnd(36)} ${g.name.en} (${g.audience}, ${model})`);
  }
  lines.push('', 'Topics:');
  for (const t of content.topics) lines.push(`  ${t.id.padEnd(36)} ${t.title.en}`);
  const twelveStep = content.groups.filter((g) => g.model.twelveStep).length;
  lines.push(
    '',
    `${content.groups.length} groups (${twelveStep} 12-step, ${content.groups.length - twelveStep} not), ` +
      `${content.topics.length} topics: content OK`,
  );
  return lines;
}

/**
 * Runs the check over groups, topics, finder, messages, lexicon and crisis content, including
 * that every text a person reads has its Spanish, that no group leans only on an encyclopedia and
 * that no topic but crisis-resources gives 911 or 988;
 * returns the lines to print and the exit code.
 */
export function runContentCheck(dataDir: string = defaultContentDir()): { ok: boolean; lines: string[] } {
  const failed = (problems: readonly string[]) => ({
    ok: false,
    lines: [...problems, `content check failed: ${problems.length} problem(s)`],
  });
  try {
    const bot = loadBotContent(dataDir);
    loadCrisisExamples(dataDir);
    const problems = [
      ...missingSpanish(bot, bot.crisis, dataDir),
      ...sourceProblems(bot.content, dataDir),
      ...emergencyNumberProblems(bot.content, dataDir),
    ];
    return problems.length ? failed(problems) : { ok: true, lines: contentSummary(bot.content) };
  } catch (err) {
    if (err instanceof ContentError) return failed(err.problems);
    throw err;
  }
}

if (require.main === module) {
  const { ok, lines } = runContentCheck();
  (ok ? console.log : console.error)(lines.join('\n'));
  process.exitCode = ok ? 0 : 1;
}
