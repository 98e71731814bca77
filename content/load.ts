// Reads the YAML content files, validates them with the zod schemas and checks the links
// between them. Every problem is reported at once, one line each, in the form
//   content/data/groups/aa.yaml: founded.year: Expected number, received string
// so that a person editing YAML sees exactly which file and field to fix.
import * as fs from 'fs';
import * as path from 'path';
import type { z } from 'zod';
import { parseYamlDocument, parseYamlFast } from './parseYaml';
import { GroupSchema, TopicSchema, type Group, type Topic } from './schema';
import type { Content } from './types';

/** Thrown when content is missing or invalid. `problems` holds one line per problem. */
export class ContentError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const MARKER = path.join('content', 'data', 'groups');

/**
 * The repository root: the nearest directory above this file that holds content/data/groups.
 * Works from the TypeScript sources (content/) and from the compiled output (dist/content/),
 * because the YAML files are not copied to dist.
 */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, MARKER))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) {
      throw new ContentError([`cannot find ${MARKER} in ${__dirname} or any folder above it; set CONTENT_DIR`]);
    }
    dir = parent;
  }
}

/** `<repo>/content/data`, or the folder named by the CONTENT_DIR environment variable. */
export function defaultContentDir(): string {
  const fromEnv = process.env.CONTENT_DIR?.trim();
  if (fromEnv) return path.resolve(fromEnv);
  return path.join(repoRoot(), 'content', 'data');
}

/** A file name as people should see it: relative to the repository root when inside it. */
export function displayPath(file: string): string {
  const abs = path.resolve(file);
  let root: string | undefined;
  try {
    root = repoRoot();
  } catch {
    root = undefined;
  }
  if (root) {
    const rel = path.relative(root, abs);
    if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
  }
  return abs;
}

/** `founded.year`, `sources[0]`, `model.principles[2].en`; `(file)` for the whole file. */
function fieldPath(segments: readonly (string | number)[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${s}` : s;
  }
  return out || '(file)';
}

function describeIssues(shown: string, error: z.ZodError): string[] {
  const lines: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      // One line per unknown field, named in the path, so a misspelt key is easy to find.
      for (const key of issue.keys) {
        lines.push(`${shown}: ${fieldPath([...issue.path, key])}: Unknown field (check the spelling, or remove it)`);
      }
      continue;
    }
    let reason = issue.message;
    if (issue.code === 'invalid_type' && issue.received === 'undefined') reason = 'Required field is missing';
    lines.push(`${shown}: ${fieldPath(issue.path)}: ${reason}`);
  }
  return lines;
}

/** The result of reading one file: the value when valid, and the problems found. */
export interface YamlResult<T> {
  value?: T;
  problems: string[];
}

/** Reads and validates one YAML file without throwing; for callers that gather problems. */
export function checkYamlFile<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): YamlResult<T> {
  const shown = displayPath(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { problems: [`${shown}: (file): cannot be read (${(err as NodeJS.ErrnoException).code ?? String(err)})`] };
  }
  const fast = parseYamlFast(text);
  const doc = fast === undefined ? parseYamlDocument(text) : undefined;
  if (doc && doc.errors.length > 0) {
    return {
      problems: doc.errors.map((e) => {
        const at = e.linePos?.[0];
        const where = at ? `line ${at.line}, column ${at.col}` : '(file)';
        return `${shown}: ${where}: YAML syntax error: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`;
      }),
    };
  }
  const parsed = schema.safeParse(fast ?? doc?.toJS());
  if (!parsed.success) return { problems: describeIssues(shown, parsed.error) };
  return { value: parsed.data, problems: [] };
}

/** Reads and validates one YAML file; throws a ContentError naming the file, field and reason. */
export function readYamlFile<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T {
  const result = checkYamlFile(file, schema);
  if (result.problems.length > 0 || result.value === undefined) throw new ContentError(result.problems);
  return result.value;
}

function yamlFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ name, id: name.replace(/\.ya?ml$/, '') }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ name }) => path.join(dir, name));
}

interface Loaded<T> {
  file: string;
  value: T;
}

function loadFolder<T extends { id: string }>(
  dir: string,
  schema: z.ZodType<T, z.ZodTypeDef, unknown>,
  problems: string[],
  invalidIds: Set<string>,
): Loaded<T>[] {
  const files = yamlFiles(dir);
  if (files.length === 0) problems.push(`${displayPath(dir)}: (folder): no .yaml files found`);
  const loaded: Loaded<T>[] = [];
  for (const file of files) {
    const result = checkYamlFile(file, schema);
    problems.push(...result.problems);
    if (!result.value) {
      // Already reported; don't also report every link to this file as broken.
      invalidIds.add(path.basename(file).replace(/\.ya?ml$/, ''));
      continue;
    }
    const expected = path.basename(file).replace(/\.ya?ml$/, '');
    if (result.value.id !== expected) {
      problems.push(`${displayPath(file)}: id: "${result.value.id}" must match the file name ("${expected}")`);
    }
    loaded.push({ file, value: result.value });
  }
  return loaded;
}

function byId<T extends { id: string }>(items: Loaded<T>[], problems: string[]): Map<string, T> {
  const map = new Map<string, T>();
  const firstFile = new Map<string, string>();
  for (const { file, value } of items) {
    const earlier = firstFile.get(value.id);
    if (earlier) {
      problems.push(`${displayPath(file)}: id: "${value.id}" is already used by ${displayPath(earlier)}`);
      continue;
    }
    firstFile.set(value.id, file);
    map.set(value.id, value);
  }
  return map;
}

function checkRefs(
  file: string,
  field: string,
  ids: readonly string[],
  known: ReadonlyMap<string, unknown>,
  invalid: ReadonlySet<string>,
  kind: string,
  problems: string[],
  selfId?: string,
): void {
  ids.forEach((id, i) => {
    if (invalid.has(id)) return; // the target file itself is invalid and already reported
    if (!known.has(id)) problems.push(`${displayPath(file)}: ${field}[${i}]: no ${kind} with id "${id}"`);
    else if (id === selfId) problems.push(`${displayPath(file)}: ${field}[${i}]: a ${kind} cannot list itself`);
  });
}

/**
 * Loads every group and topic under `dataDir` (groups/*.yaml, topics/*.yaml), validates each
 * file and the references between them. Throws one ContentError listing every problem.
 */
export function loadContent(dataDir: string = defaultContentDir()): Content {
  const problems: string[] = [];
  const invalidGroups = new Set<string>();
  const invalidTopics = new Set<string>();
  const groupFiles = loadFolder<Group>(path.join(dataDir, 'groups'), GroupSchema, problems, invalidGroups);
  const topicFiles = loadFolder<Topic>(path.join(dataDir, 'topics'), TopicSchema, problems, invalidTopics);
  const groupsById = byId(groupFiles, problems);
  const topicsById = byId(topicFiles, problems);

  for (const { file, value } of groupFiles) {
    checkRefs(file, 'related', value.related, groupsById, invalidGroups, 'group', problems, value.id);
  }
  for (const { file, value } of topicFiles) {
    checkRefs(file, 'relatedGroups', value.relatedGroups, groupsById, invalidGroups, 'group', problems);
    checkRefs(file, 'relatedTopics', value.relatedTopics, topicsById, invalidTopics, 'topic', problems, value.id);
  }

  if (problems.length > 0) throw new ContentError(problems);
  return {
    groups: [...groupsById.values()],
    topics: [...topicsById.values()],
    groupsById,
    topicsById,
  };
}
