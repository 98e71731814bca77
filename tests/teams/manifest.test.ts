// The Microsoft Teams app package: the manifest template, its schema validation, the icons
// and the zip that `npm run teams:package` writes.
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/teamsIcons';
import {
  MANIFEST_VERSION,
  TeamsPackageError,
  buildTeamsPackage,
  checkIcons,
  decodePng,
  fillTemplate,
  outlineStats,
  projectRoot,
  readPngHeader,
  readTemplate,
  readZip,
  resolveAppId,
  schemaPath,
  validateManifest,
  type Manifest,
} from '../../scripts/teamsPackage';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const root = projectRoot(__dirname);
const teamsDir = path.join(root, 'teams');
const cli = path.resolve(__dirname, '..', '..', 'scripts', 'teamsPackage.js');
const packageVersion = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface Bot {
  botId?: string;
  scopes: string[];
  commandLists: Array<{ scopes: string[]; commands: Array<{ title: string }> }>;
}
const botOf = (m: Manifest) => (m.bots as Bot[])[0];
const filled = (): Manifest => fillTemplate(readTemplate(root), { MicrosoftAppId: APP_ID, APP_VERSION: packageVersion });

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'teams-package-'));
  tempDirs.push(dir);
  return dir;
}
after(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the parts of the project that packaging reads, to break without touching ours. */
function copyOfProject(): string {
  const dir = tempDir();
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  fs.mkdirSync(path.join(dir, 'teams'));
  for (const f of ['manifest.template.json', 'color.png', 'outline.png'])
    fs.copyFileSync(path.join(teamsDir, f), path.join(dir, 'teams', f));
  return dir;
}

describe('Teams manifest schema', () => {
  it(`comes from the npm package @microsoft/app-manifest, version ${MANIFEST_VERSION}`, () => {
    const file = schemaPath();
    expect(file).to.include(path.join('node_modules', '@microsoft', 'app-manifest'));
    const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(schema.properties.manifestVersion.const).to.equal(MANIFEST_VERSION);
  });

  it('the template targets that version and names the same schema URL', () => {
    const template = readTemplate(root) as Manifest;
    expect(template.manifestVersion).to.equal(MANIFEST_VERSION);
    expect(template.$schema).to.equal(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
  });
});

describe('Teams manifest template', () => {
  it('fills to a manifest that validates against the schema', () => {
    const manifest = filled();
    expect(validateManifest(manifest)).to.deep.equal([]);
    expect(JSON.stringify(manifest)).to.not.include('${{');
  });

  it('puts MicrosoftAppId in bots[0].botId and the package.json version in version', () => {
    const manifest = filled();
    expect(botOf(manifest).botId).to.equal(APP_ID);
    expect(manifest.version).to.equal(packageVersion);
  });

  it('offers the bot in personal, team and group chat scopes, with commands for each', () => {
    const bot = botOf(filled());
    expect(bot.scopes).to.have.members(['personal', 'team', 'groupChat']);
    const listed = bot.commandLists.flatMap((l) => l.scopes);
    expect(listed).to.have.members(['personal', 'team', 'groupChat']);
    for (const list of bot.commandLists) {
      expect(list.commands.map((c) => c.title)).to.include.members(['find a group', 'compare', 'menu', 'urgent help']);
    }
  });

  it('asks for no extra domains and no device or resource permissions', () => {
    const manifest = filled();
    expect(manifest.validDomains).to.deep.equal([]);
    expect(manifest).to.not.have.any.keys('permissions', 'devicePermissions', 'webApplicationInfo');
  });

  it('refuses a placeholder it has no value for', () => {
    expect(() => fillTemplate({ id: '${{NOPE}}' }, {})).to.throw(TeamsPackageError, '${{NOPE}}');
  });
});

describe('Teams manifest validation', () => {
  const broken: Array<[string, (m: Manifest & { bots: Bot[] }) => void, RegExp]> = [
    ['a missing bots[0].botId', (m) => delete m.bots[0].botId, /\/bots\/0 .*botId/],
    ['a botId that is not a GUID', (m) => (m.bots[0].botId = 'my-bot'), /\/bots\/0\/botId/],
    ['an older manifestVersion', (m) => (m.manifestVersion = '1.29'), /\/manifestVersion .*1\.30/],
    ['a made-up manifestVersion', (m) => (m.manifestVersion = '2.0'), /\/manifestVersion/],
    ['scope "groupchat" in lower case', (m) => (m.bots[0].scopes = ['personal', 'groupchat']), /\/bots\/0\/scopes\/1/],
    [
      'a short description over 80 characters',
      (m) => ((m.description as { short: string }).short = 'x'.repeat(81)),
      /\/description\/short/,
    ],
    ['a property the schema does not know', (m) => (m.colour = 'teal'), /additional properties "colour"/],
    ['no developer privacy URL', (m) => delete (m.developer as Record<string, unknown>).privacyUrl, /privacyUrl/],
  ];
  for (const [what, breakIt, expected] of broken) {
    it(`rejects ${what}`, () => {
      const manifest = filled() as Manifest & { bots: Bot[] };
      breakIt(manifest);
      const problems = validateManifest(manifest);
      expect(problems.join('\n')).to.match(expected);
    });
  }
});

describe('MicrosoftAppId for packaging', () => {
  it('is required, with a one-line message naming it', () => {
    expect(() => resolveAppId({})).to.throw(TeamsPackageError, /^MicrosoftAppId is not set[^\n]*$/);
    expect(() => resolveAppId({ MicrosoftAppId: '  ' })).to.throw(TeamsPackageError, /MicrosoftAppId is not set/);
  });

  it('must be a GUID', () => {
    expect(() => resolveAppId({ MicrosoftAppId: 'support-bot' })).to.throw(TeamsPackageError, /MicrosoftAppId must be a GUID/);
    expect(() => resolveAppId({ MicrosoftAppId: `${APP_ID}0` })).to.throw(TeamsPackageError, /must be a GUID/);
    expect(resolveAppId({ MicrosoftAppId: ` ${APP_ID} ` })).to.equal(APP_ID);
  });
});

describe('Teams icons', () => {
  const color = fs.readFileSync(path.join(teamsDir, 'color.png'));
  const outline = fs.readFileSync(path.join(teamsDir, 'outline.png'));

  it('color.png is a 192x192 full-colour PNG', () => {
    const header = readPngHeader(color);
    expect([header.width, header.height]).to.deep.equal([192, 192]);
    expect(header.colorType, 'truecolour (2) or truecolour with alpha (6)').to.be.oneOf([2, 6]);
    const { rgba } = decodePng(color);
    const colours = new Set<string>();
    let chromatic = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      colours.add(`${rgba[i]},${rgba[i + 1]},${rgba[i + 2]}`);
      if (rgba[i] !== rgba[i + 1] || rgba[i + 1] !== rgba[i + 2]) chromatic++;
    }
    expect(chromatic, 'pixels that are not grey').to.be.greaterThan((192 * 192) / 2);
    expect(colours.size).to.be.greaterThan(2);
  });

  it('outline.png is a 32x32 PNG, white on a transparent background', () => {
    const header = readPngHeader(outline);
    expect([header.width, header.height]).to.deep.equal([32, 32]);
    expect(header.colorType, 'has an alpha channel').to.equal(6);
    const png = decodePng(outline);
    const alphaAt = (x: number, y: number) => png.rgba[(y * 32 + x) * 4 + 3];
    expect([alphaAt(0, 0), alphaAt(31, 0), alphaAt(0, 31), alphaAt(31, 31)], 'corners').to.deep.equal([0, 0, 0, 0]);
    const stats = outlineStats(png);
    expect(stats.transparent).to.be.greaterThan(32 * 32 * 0.4);
    expect(stats.visible).to.be.greaterThan(32 * 2);
    expect(stats.notWhite).to.equal(0);
  });

  it('pass the packaging check, which rejects them swapped', () => {
    expect(checkIcons(color, outline)).to.deep.equal([]);
    const swapped = checkIcons(outline, color).join('\n');
    expect(swapped).to.include('color icon is 32x32');
    expect(swapped).to.include('outline icon is 192x192');
    expect(swapped).to.include('no transparent pixels');
    expect(() => checkIcons(Buffer.from('not an image'), outline)).to.throw(TeamsPackageError, 'color icon: not a PNG file');
  });

  it('are the images scripts/teamsIcons.ts draws', () => {
    // Compared as pixels, with a little tolerance, since zlib's bytes may vary between Node versions.
    for (const [committed, drawn] of [
      [color, drawColorIcon()],
      [outline, drawOutlineIcon()],
    ]) {
      const a = decodePng(committed).rgba;
      const b = decodePng(drawn).rgba;
      expect(b.length).to.equal(a.length);
      let differing = 0;
      for (let i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 20) differing++;
      expect(differing).to.equal(0);
    }
  });
});

describe('Teams app package', () => {
  it('is a zip with exactly manifest.json, color.png and outline.png at its root, for the configured bot', () => {
    const outFile = path.join(tempDir(), 'package.zip');
    const { outFile: written } = buildTeamsPackage({ appId: APP_ID, root, outFile });
    expect(written).to.equal(outFile);
    const files = readZip(outFile);
    expect(Object.keys(files).sort()).to.deep.equal(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;
    expect(botOf(manifest).botId).to.equal(APP_ID);
    expect(validateManifest(manifest)).to.deep.equal([]);
    expect(Buffer.from(files['color.png']).equals(fs.readFileSync(path.join(teamsDir, 'color.png')))).to.equal(true);
    expect(Buffer.from(files['outline.png']).equals(fs.readFileSync(path.join(teamsDir, 'outline.png')))).to.equal(true);
  });

  it('is the same bytes when built twice', () => {
    const dir = tempDir();
    buildTeamsPackage({ appId: APP_ID, root, outFile: path.join(dir, 'a.zip') });
    buildTeamsPackage({ appId: APP_ID, root, outFile: path.join(dir, 'b.zip') });
    expect(fs.readFileSync(path.join(dir, 'a.zip')).equals(fs.readFileSync(path.join(dir, 'b.zip')))).to.equal(true);
  });

  it('is not written when the filled manifest breaks the schema', () => {
    const dir = copyOfProject();
    const file = path.join(dir, 'teams', 'manifest.template.json');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"groupChat"', '"groupchat"'));
    const outFile = path.join(dir, 'out.zip');
    expect(() => buildTeamsPackage({ appId: APP_ID, root: dir, outFile })).to.throw(TeamsPackageError, /schema: \/bots\/0\/scopes/);
    expect(fs.existsSync(outFile)).to.equal(false);
  });

  it('is not written when an icon breaks the rules', () => {
    const dir = copyOfProject();
    fs.copyFileSync(path.join(teamsDir, 'color.png'), path.join(dir, 'teams', 'outline.png'));
    const outFile = path.join(dir, 'out.zip');
    expect(() => buildTeamsPackage({ appId: APP_ID, root: dir, outFile })).to.throw(TeamsPackageError, /outline icon is 192x192/);
    expect(fs.existsSync(outFile)).to.equal(false);
  });

  it('is built from the command line with MicrosoftAppId from the environment', () => {
    const outFile = path.join(tempDir(), 'cli.zip');
    const stdout = execFileSync(process.execPath, [cli, '--out', outFile], {
      env: { ...process.env, MicrosoftAppId: APP_ID },
      encoding: 'utf8',
    });
    expect(stdout).to.include(APP_ID);
    const manifest = JSON.parse(new TextDecoder().decode(readZip(outFile)['manifest.json'])) as Manifest;
    expect(botOf(manifest).botId).to.equal(APP_ID);
  });

  it('fails on the command line with one line when MicrosoftAppId is not a GUID', () => {
    const outFile = path.join(tempDir(), 'cli.zip');
    const run = spawnSync(process.execPath, [cli, '--out', outFile], {
      env: { ...process.env, MicrosoftAppId: 'not-a-guid' },
      encoding: 'utf8',
    });
    expect(run.status).to.equal(1);
    expect(run.stderr.trim().split('\n')).to.have.lengthOf(1);
    expect(run.stderr).to.match(/^teams:package: MicrosoftAppId must be a GUID/);
    expect(fs.existsSync(outFile)).to.equal(false);
  });
});
