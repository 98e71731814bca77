// `npm run teams:package`: builds the Microsoft Teams app package for this bot.
//
// Fills teams/manifest.template.json (the bot id comes from MicrosoftAppId, in the environment
// or .env; the app version from package.json), validates the result against the Teams manifest
// JSON schema shipped in the npm package @microsoft/app-manifest (never fetched), checks the
// two icons, and writes teams/build/support-group-navigator.zip with manifest.json, color.png
// and outline.png at its root. Any problem stops it with one line saying what and where.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Ajv04, { type ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync, zipSync } from 'fflate';

/** The manifest schema version the template targets; the newest @microsoft/app-manifest ships. */
export const MANIFEST_VERSION = '1.30';
export const COLOR_ICON = { width: 192, height: 192 } as const;
export const OUTLINE_ICON = { width: 32, height: 32 } as const;
export const PACKAGE_FILE_NAME = 'support-group-navigator.zip';

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
// A fixed timestamp, so the same inputs give a byte-identical zip.
const ZIP_MTIME = new Date('2025-01-01T00:00:00Z');

/** A problem the operator can fix; its message is one line. */
export class TeamsPackageError extends Error {}

export type Manifest = Record<string, unknown>;

/** The project root: the nearest folder above this file with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new TeamsPackageError(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The bot's Microsoft App ID from an environment, or a one-line error saying what is wrong. */
export function resolveAppId(env: NodeJS.ProcessEnv): string {
  const appId = (env.MicrosoftAppId ?? '').trim();
  if (!appId) {
    throw new TeamsPackageError(
      "MicrosoftAppId is not set: set it (in the environment or .env) to the Azure Bot's Microsoft App ID, the Entra ID app (client) id",
    );
  }
  if (!GUID.test(appId)) {
    const shown = appId.length > 40 ? `${appId.slice(0, 40)}...` : appId;
    throw new TeamsPackageError(`MicrosoftAppId must be a GUID like 00000000-0000-0000-0000-000000000000, got "${shown}"`);
  }
  return appId;
}

// ---- template ------------------------------------------------------------------------------

/** Replaces every `${{NAME}}` in the template's string values; unknown names are an error. */
export function fillTemplate(template: unknown, values: Record<string, string>): Manifest {
  const missing = new Set<string>();
  const fill = (node: unknown): unknown => {
    if (typeof node === 'string') {
      return node.replace(PLACEHOLDER, (whole, name: string) => {
        if (Object.hasOwn(values, name)) return values[name];
        missing.add(name);
        return whole;
      });
    }
    if (Array.isArray(node)) return node.map(fill);
    if (node && typeof node === 'object') {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fill(v)]));
    }
    return node;
  };
  const filled = fill(template);
  if (missing.size) throw new TeamsPackageError(`manifest template: no value for ${[...missing].map((n) => `\${{${n}}}`).join(', ')}`);
  if (!filled || typeof filled !== 'object' || Array.isArray(filled)) throw new TeamsPackageError('manifest template: not a JSON object');
  return filled as Manifest;
}

export function readTemplate(root = projectRoot()): unknown {
  const file = path.join(root, 'teams', 'manifest.template.json');
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new TeamsPackageError(`${path.relative(root, file)}: ${(err as Error).message}`);
  }
}

// ---- schema --------------------------------------------------------------------------------

/** The path of the Teams manifest JSON schema for a version, inside @microsoft/app-manifest. */
export function schemaPath(version = MANIFEST_VERSION): string {
  const pkg = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(pkg, 'build', 'json-schemas', 'teams', `v${version}`, 'MicrosoftTeams.schema.json');
}

const validators = new Map<string, ValidateFunction>();

function validatorFor(version: string): ValidateFunction {
  let validate = validators.get(version);
  if (!validate) {
    const file = schemaPath(version);
    if (!fs.existsSync(file)) throw new TeamsPackageError(`no Teams manifest schema v${version} in @microsoft/app-manifest`);
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    // The Teams schemas declare draft-04 (and use `const`, which Ajv's draft-04 mode accepts).
    // strictTypes is off because the schemas mix `type` and `enum` in ways strict mode rejects.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false });
    addFormats(ajv, ['uri', 'email', 'regex']);
    validate = ajv.compile(schema);
    validators.set(version, validate);
  }
  return validate;
}

/**
 * Validates a manifest against the schema of the version this project targets (not the version
 * the manifest claims, so a manifest that says "1.29" fails). Returns one line per problem.
 */
export function validateManifest(manifest: unknown, version = MANIFEST_VERSION): string[] {
  const validate = validatorFor(version);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => {
    const where = e.instancePath || '(root)';
    const detail =
      e.keyword === 'additionalProperties'
        ? ` "${(e.params as { additionalProperty: string }).additionalProperty}"`
        : e.keyword === 'const'
          ? ` "${(e.params as { allowedValue: string }).allowedValue}"`
          : e.keyword === 'enum'
            ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
            : '';
    return `${where} ${e.message ?? e.keyword}${detail}`;
  });
}

// ---- icons ---------------------------------------------------------------------------------

export interface PngImage {
  width: number;
  height: number;
  /** PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA. */
  colorType: number;
  bitDepth: number;
  /** RGBA, 4 bytes a pixel, row by row. */
  rgba: Uint8Array;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The width, height and colour type from a PNG's IHDR chunk, without decoding pixels. */
export function readPngHeader(png: Buffer): Omit<PngImage, 'rgba'> {
  if (png.length < 33 || !png.subarray(0, 8).equals(PNG_SIGNATURE) || png.toString('ascii', 12, 16) !== 'IHDR') {
    throw new TeamsPackageError('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colorType: png[25] };
}

/** Decodes an 8-bit, non-interlaced PNG (any colour type) to RGBA. Enough to check icons. */
export function decodePng(png: Buffer): PngImage {
  const header = readPngHeader(png);
  const { width, height, bitDepth, colorType } = header;
  const channels = ({ 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (bitDepth !== 8 || !channels || png[28] !== 0) {
    throw new TeamsPackageError(
      `PNG with bit depth ${bitDepth}, colour type ${colorType}${png[28] ? ', interlaced' : ''}: save it as 8-bit RGB or RGBA`,
    );
  }
  const idat: Buffer[] = [];
  let palette: Buffer = Buffer.alloc(0);
  let transparency: Buffer = Buffer.alloc(0);
  for (let at = 8; at + 8 <= png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('ascii', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (type === 'IDAT') idat.push(data);
    else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') transparency = data;
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  if (raw.length < (stride + 1) * height) throw new TeamsPackageError('PNG image data is truncated');
  const rows = unfilter(raw, stride, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    const p = rows.subarray(i * channels, (i + 1) * channels);
    let pixel: number[];
    if (colorType === 0) pixel = [p[0], p[0], p[0], transparency.length >= 2 && transparency.readUInt16BE(0) === p[0] ? 0 : 255];
    else if (colorType === 2) {
      const keyed = transparency.length >= 6 && [0, 1, 2].every((c) => transparency.readUInt16BE(c * 2) === p[c]);
      pixel = [p[0], p[1], p[2], keyed ? 0 : 255];
    } else if (colorType === 3) pixel = [palette[p[0] * 3], palette[p[0] * 3 + 1], palette[p[0] * 3 + 2], transparency[p[0]] ?? 255];
    else if (colorType === 4) pixel = [p[0], p[0], p[0], p[1]];
    else pixel = [p[0], p[1], p[2], p[3]];
    rgba.set(pixel, i * 4);
  }
  return { ...header, rgba };
}

/** Undoes PNG's per-row filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Buffer, stride: number, height: number, bpp: number): Uint8Array {
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[row - stride + x] : 0;
      const c = x >= bpp && y > 0 ? out[row - stride + x - bpp] : 0;
      let predictor: number;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = a;
      else if (filter === 2) predictor = b;
      else if (filter === 3) predictor = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      } else throw new TeamsPackageError(`PNG row ${y} has unknown filter ${filter}`);
      out[row + x] = (line[x] + predictor) & 0xff;
    }
  }
  return out;
}

/** Checks Teams' icon rules; returns one line per problem. */
export function checkIcons(color: Buffer, outline: Buffer): string[] {
  const problems: string[] = [];
  const colorPng = decodeNamed('color icon', color);
  if (colorPng.width !== COLOR_ICON.width || colorPng.height !== COLOR_ICON.height) {
    problems.push(`color icon is ${colorPng.width}x${colorPng.height}, must be ${COLOR_ICON.width}x${COLOR_ICON.height}`);
  }
  const outlinePng = decodeNamed('outline icon', outline);
  if (outlinePng.width !== OUTLINE_ICON.width || outlinePng.height !== OUTLINE_ICON.height) {
    problems.push(`outline icon is ${outlinePng.width}x${outlinePng.height}, must be ${OUTLINE_ICON.width}x${OUTLINE_ICON.height}`);
  }
  const { transparent, notWhite, visible } = outlineStats(outlinePng);
  if (transparent === 0) problems.push('outline icon has no transparent pixels: its background must be transparent');
  if (visible === 0) problems.push('outline icon is empty');
  if (notWhite > 0) problems.push(`outline icon has ${notWhite} visible pixel(s) that are not white: it must be white on transparent`);
  return problems;
}

function decodeNamed(name: string, png: Buffer): PngImage {
  try {
    return decodePng(png);
  } catch (err) {
    throw new TeamsPackageError(`${name}: ${(err as Error).message}`);
  }
}

/** Counts an image's fully transparent, visible, and visible-but-not-white pixels. */
export function outlineStats(png: PngImage): { transparent: number; visible: number; notWhite: number } {
  let transparent = 0;
  let visible = 0;
  let notWhite = 0;
  for (let i = 0; i < png.rgba.length; i += 4) {
    if (png.rgba[i + 3] === 0) {
      transparent++;
      continue;
    }
    visible++;
    // A little tolerance for editors that dither anti-aliased edges.
    if (png.rgba[i] < 240 || png.rgba[i + 1] < 240 || png.rgba[i + 2] < 240) notWhite++;
  }
  return { transparent, visible, notWhite };
}

// ---- the package ---------------------------------------------------------------------------

export interface BuildOptions {
  appId: string;
  /** The project root (default: found from this file). */
  root?: string;
  /** Where to write the zip (default: teams/build/support-group-navigator.zip). */
  outFile?: string;
}

export interface BuildResult {
  outFile: string;
  manifest: Manifest;
}

/** Fills, validates and zips the Teams app package. Throws TeamsPackageError on any problem. */
export function buildTeamsPackage(options: BuildOptions): BuildResult {
  const root = options.root ?? projectRoot();
  const appId = resolveAppId({ MicrosoftAppId: options.appId });
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
  const manifest = fillTemplate(readTemplate(root), { MicrosoftAppId: appId, APP_VERSION: version });

  const problems = validateManifest(manifest);
  if (problems.length) throw new TeamsPackageError(`manifest does not match the Teams v${MANIFEST_VERSION} schema: ${problems.join('; ')}`);

  const icons = manifest.icons as { color: string; outline: string };
  const iconFiles = [icons.color, icons.outline];
  for (const name of iconFiles) {
    if (name !== path.basename(name)) throw new TeamsPackageError(`icon "${name}" must be a file name in teams/, not a path`);
    if (!fs.existsSync(path.join(root, 'teams', name)))
      throw new TeamsPackageError(`icon teams/${name} is missing (node dist/scripts/teamsIcons.js draws them)`);
  }
  const [color, outline] = iconFiles.map((name) => fs.readFileSync(path.join(root, 'teams', name)));
  const iconProblems = checkIcons(color, outline);
  if (iconProblems.length) throw new TeamsPackageError(iconProblems.join('; '));

  const zip = zipSync(
    {
      'manifest.json': new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`),
      [icons.color]: new Uint8Array(color),
      [icons.outline]: new Uint8Array(outline),
    },
    { level: 9, mtime: ZIP_MTIME },
  );
  const outFile = options.outFile ?? path.join(root, 'teams', 'build', PACKAGE_FILE_NAME);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, zip);
  return { outFile, manifest };
}

/** The files in a zip by name; used to check a package (and by the tests). */
export function readZip(file: string): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(fs.readFileSync(file)));
}

function main(argv: string[]): void {
  const root = projectRoot();
  const envFile = path.join(root, '.env');
  // Real environment variables win over .env (process.loadEnvFile keeps those already set).
  if (fs.existsSync(envFile)) process.loadEnvFile(envFile);
  const outAt = argv.indexOf('--out');
  const outFile = outAt >= 0 && argv[outAt + 1] ? path.resolve(argv[outAt + 1]) : undefined;
  try {
    const result = buildTeamsPackage({ appId: resolveAppId(process.env), root, outFile });
    const bots = result.manifest.bots as Array<{ botId: string }>;
    console.log(
      `wrote ${path.relative(process.cwd(), result.outFile)} (Teams manifest v${MANIFEST_VERSION}, app version ${String(result.manifest.version)}, bot ${bots[0].botId})`,
    );
  } catch (err) {
    if (!(err instanceof TeamsPackageError)) throw err;
    console.error(`teams:package: ${err.message}`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.slice(2));
