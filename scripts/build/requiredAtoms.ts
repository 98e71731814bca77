// Which literal strings a regular expression cannot match without: every match of it contains
// at least one of them. RE2's "prefilter" in small. The build computes them for each crisis rule
// (scripts/build/crisisPrefilter.ts) so that a message runs only through the rules it could
// possibly trigger: a message with none of a rule's strings cannot match it, so skipping the rule
// changes no answer, and its expression is not compiled until some message could use it.
//
// Sound by construction: anything not understood here (character classes, \s, \w, dots,
// backreferences, optional parts) is read as "no constraint", never as a guess. A rule whose
// whole pattern says nothing certain gets `null` and always runs.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

/** A piece matches exactly one of these strings... */
interface Exact {
  exact: Set<string>;
}
/** ...or something that contains one of these (undefined: nothing certain). */
interface Contains {
  atoms: Set<string> | undefined;
}
type Info = Exact | Contains;

/** Past this many alternatives an exact set is turned into atoms (cross products grow fast). */
const MAX_EXACT = 64;

const EMPTY: Exact = { exact: new Set(['']) };
const UNKNOWN: Contains = { atoms: undefined };

/** The strings every match of `source` (a pattern without flags u or v) contains one of; null when none is certain. */
export function requiredAtoms(source: string): string[] | null {
  const pattern = new RegExpParser({ ecmaVersion: 2022 }).parsePattern(source, 0, source.length, { unicode: false });
  const atoms = atomsOf(alternatives(pattern.alternatives));
  return atoms ? [...withoutRedundant(atoms)].sort() : null;
}

function alternatives(alts: readonly AST.Alternative[]): Info {
  const infos = alts.map((alt) => sequence(alt.elements));
  if (infos.every(isExact)) {
    const union = new Set(infos.flatMap((i) => [...i.exact]));
    if (union.size <= MAX_EXACT) return { exact: union };
  }
  const union = new Set<string>();
  for (const info of infos) {
    const atoms = atomsOf(info);
    if (!atoms) return UNKNOWN;
    for (const atom of atoms) union.add(atom);
  }
  return { atoms: union };
}

/** A run of pieces: exact pieces are joined while the product stays small; the surest run or piece wins. */
function sequence(elements: readonly AST.Element[]): Info {
  let run = EMPTY.exact;
  let allExact = true;
  let best: Set<string> | undefined;
  for (const element of elements) {
    const info = piece(element);
    if (isExact(info) && run.size * info.exact.size <= MAX_EXACT) {
      run = product(run, info.exact);
      continue;
    }
    allExact = false;
    best = surer(best, atomsOf({ exact: run }));
    run = isExact(info) ? info.exact : EMPTY.exact;
    if (!isExact(info)) best = surer(best, info.atoms);
  }
  if (allExact) return { exact: run };
  return { atoms: surer(best, atomsOf({ exact: run })) };
}

function piece(element: AST.Element): Info {
  switch (element.type) {
    case 'Character':
      return { exact: new Set([String.fromCharCode(element.value)]) };
    // Assertions (\b, ^, lookarounds) consume nothing: the matched text is the same without them.
    case 'Assertion':
      return EMPTY;
    case 'Group':
    case 'CapturingGroup':
      return alternatives(element.alternatives);
    case 'Quantifier': {
      const inner = piece(element.element);
      if (element.min === 1 && element.max === 1) return inner;
      if (element.min === 0 && element.max === 1 && isExact(inner)) return { exact: new Set([...inner.exact, '']) };
      return element.min >= 1 ? { atoms: atomsOf(inner) } : UNKNOWN;
    }
    default:
      return UNKNOWN;
  }
}

function isExact(info: Info): info is Exact {
  return 'exact' in info;
}

/** An exact set as atoms: none when it can be empty (then it says nothing about the text). */
function atomsOf(info: Info): Set<string> | undefined {
  if (!isExact(info)) return info.atoms;
  return info.exact.has('') ? undefined : info.exact;
}

function product(left: Set<string>, right: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const a of left) for (const b of right) out.add(a + b);
  return out;
}

/** The more telling of two atom sets: longer shortest atom first (rarer in text), then fewer atoms. */
function surer(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Set<string>) => Math.min(...[...s].map((x) => x.length));
  const [la, lb] = [Math.min(shortest(a), 4), Math.min(shortest(b), 4)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

/** An atom that contains another is implied by it ("suicide" by "suicid"): keep the shorter. */
function withoutRedundant(atoms: Set<string>): Set<string> {
  const sorted = [...atoms].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const atom of sorted) if (!kept.some((k) => atom.includes(k))) kept.push(atom);
  return new Set(kept);
}
