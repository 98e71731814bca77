// Reads a V8 .cpuprofile (node --cpu-prof) and says where the time went: self time grouped by
// package or project folder, and the busiest functions. Idle time is left out.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  busyMs: number;
  byArea: [string, number][];
  byFunction: [string, number][];
}

/** "botbuilder-core", "project: src/understand", "node internals", "(garbage collector)". */
export function areaOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1];
  if (path.startsWith('node:')) return 'node internals';
  const project = /\/dist\/((?:scripts\/bench|src\/[^/]+|[^/]+))\//.exec(path);
  if (project) return `project: ${project[1]}`;
  return path.split('/').slice(-2).join('/');
}

export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === '(idle)') return;
    busy += ms;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + ms);
    const fn = `${node.callFrame.functionName || '(anonymous)'} ${area}:${node.callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + ms);
  });
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { busyMs: busy, byArea: sorted(areas), byFunction: sorted(functions) };
}

export function formatSummary(name: string, s: ProfileSummary): string {
  const pct = (ms: number) => `${((ms / s.busyMs) * 100).toFixed(1)}%`;
  return [
    `${name}: ${s.busyMs.toFixed(0)} ms busy`,
    '  self time by area:',
    ...s.byArea.map(([area, ms]) => `    ${pct(ms).padStart(6)}  ${area}`),
    '  busiest functions (self):',
    ...s.byFunction.map(([fn, ms]) => `    ${pct(ms).padStart(6)}  ${fn}`),
  ].join('\n');
}

/**
 * Total time (self and callees) of each named function, counted once per sample however deep
 * it recurses: where a turn's time goes by step (crisis screen, date-time parse, search...).
 * `steps` maps a label to function names; a sample counts for every label on its stack.
 */
export function inclusiveTimes(file: string, steps: Record<string, string[]>): { busyMs: number; byStep: [string, number][] } {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const labelOf = new Map<string, string>();
  for (const [label, names] of Object.entries(steps)) for (const name of names) labelOf.set(name, label);
  const totals = new Map<string, number>(Object.keys(steps).map((label) => [label, 0]));
  let busy = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    if (byId.get(id)?.callFrame.functionName === '(idle)') return;
    busy += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const label = labelOf.get(byId.get(at)?.callFrame.functionName ?? '');
      if (label && !seen.has(label)) {
        seen.add(label);
        totals.set(label, totals.get(label)! + ms);
      }
    }
  });
  return { busyMs: busy, byStep: [...totals.entries()] };
}
