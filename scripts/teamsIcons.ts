// Draws the two Teams app icons (teams/color.png, teams/outline.png) with plain Node, so no
// image is fetched from anywhere and the mark can be changed by editing numbers here.
// Run after a build: `npx tsc -p tsconfig.json && node dist/scripts/teamsIcons.js`.
//
// The mark is a speech bubble holding three people, head and shoulders: talking about groups.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export const COLOR_ICON_SIZE = 192;
export const OUTLINE_ICON_SIZE = 32;
/** The color icon's background; also the manifest's accentColor. */
export const ACCENT: Rgb = [0x1f, 0x6f, 0x78];

type Rgb = [number, number, number];
type Point = [number, number];
/** Is the point inside a shape? Coordinates are in pixels, (0,0) the top-left corner. */
type Shape = (x: number, y: number) => boolean;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes 8-bit RGB (3 channels) or RGBA (4 channels) pixels, row by row, as a PNG. */
export function encodePng(width: number, height: number, channels: 3 | 4, pixels: Uint8Array): Buffer {
  if (pixels.length !== width * height * channels) throw new Error('encodePng: pixel buffer has the wrong size');
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bits per channel
  ihdr[9] = channels === 4 ? 6 : 2; // colour type: truecolour with alpha / truecolour
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // adaptive filtering
  ihdr[12] = 0; // not interlaced
  const stride = width * channels;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter type None: simple, and these images are tiny
    Buffer.from(pixels.buffer, pixels.byteOffset + y * stride, stride).copy(raw, y * (stride + 1) + 1);
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

// ---- geometry ------------------------------------------------------------------------------

const circle =
  ([cx, cy]: Point, r: number): Shape =>
  (x, y) =>
    (x - cx) ** 2 + (y - cy) ** 2 <= r * r;

/** A triangle shrunk inwards by `inset` pixels (0 = the triangle itself). */
function triangle(a: Point, b: Point, c: Point, inset = 0): Shape {
  const edges = [
    [a, b],
    [b, c],
    [c, a],
  ] as const;
  // Orientation, so "inside" is the same side of every edge whichever way the points run.
  const sign = Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  return (x, y) =>
    edges.every(([p, q]) => {
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      const cross = (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
      return (sign * cross) / len >= inset;
    });
}

const union =
  (...shapes: Shape[]): Shape =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus =
  (shape: Shape, hole: Shape): Shape =>
  (x, y) =>
    shape(x, y) && !hole(x, y);

/** A speech bubble: a disc with a tail towards the lower left, optionally shrunk by `inset`. */
function bubble(size: number, inset = 0): Shape {
  const s = size / 192; // designed on the 192-pixel grid
  const centre: Point = [100 * s, 88 * s];
  const tail = triangle([62 * s, 118 * s], [96 * s, 140 * s], [38 * s, 166 * s], inset);
  return union(circle(centre, 60 * s - inset), tail);
}

/** Three people, head and shoulders, the middle one in front: a group. */
function group(size: number): Shape {
  const s = size / 192; // designed on the 192-pixel grid
  const person = (x: number, headY: number, headR: number, shoulderY: number, shoulderR: number): Shape =>
    union(
      circle([x * s, headY * s], headR * s),
      // Shoulders: the top half of a disc.
      (px, py) => py <= shoulderY * s && circle([x * s, shoulderY * s], shoulderR * s)(px, py),
    );
  const middle = person(100, 70, 14, 124, 27);
  // A gap around the middle person so the three figures read apart.
  const middleHalo: Shape = (x, y) => {
    const d = 5 * s;
    return [
      [0, 0],
      [d, 0],
      [-d, 0],
      [0, d],
      [0, -d],
      [d, d],
      [-d, d],
      [d, -d],
      [-d, -d],
    ].some(([dx, dy]) => middle(x + dx, y + dy));
  };
  const sides = union(person(66, 84, 11, 124, 20), person(134, 84, 11, 124, 20));
  return union(middle, minus(sides, middleHalo));
}

/** The fraction of a pixel covered by a shape, from a 4x4 grid of samples (anti-aliasing). */
function coverage(shape: Shape, px: number, py: number): number {
  const n = 4;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) if (shape(px + (i + 0.5) / n, py + (j + 0.5) / n)) hits++;
  }
  return hits / (n * n);
}

// ---- the two icons -------------------------------------------------------------------------

/** 192x192, opaque: a white bubble on the accent colour, the people in the accent colour. */
export function drawColorIcon(): Buffer {
  const size = COLOR_ICON_SIZE;
  const outer = bubble(size);
  const people = group(size);
  const white: Rgb = [255, 255, 255];
  const pixels = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let colour = blend(ACCENT, white, coverage(outer, x, y));
      colour = blend(colour, ACCENT, coverage(people, x, y));
      pixels.set(colour.map(Math.round), (y * size + x) * 3);
    }
  }
  return encodePng(size, size, 3, pixels);
}

/** 32x32, transparent: the bubble's outline around the same three people, white only. */
export function drawOutlineIcon(): Buffer {
  const size = OUTLINE_ICON_SIZE;
  const stroke = 2;
  // The people stay a pixel clear of the outline, or they merge with it at this size.
  const people: Shape = (x, y) => group(size)(x, y) && bubble(size, stroke + 1)(x, y);
  const mark = union(minus(bubble(size), bubble(size, stroke)), people);
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const alpha = Math.round(255 * coverage(mark, x, y));
      // Fully transparent pixels are written as 0,0,0,0; every visible pixel is pure white.
      pixels.set(alpha === 0 ? [0, 0, 0, 0] : [255, 255, 255, alpha], (y * size + x) * 4);
    }
  }
  return encodePng(size, size, 4, pixels);
}

function blend(under: Rgb, over: Rgb, amount: number): Rgb {
  return [0, 1, 2].map((i) => under[i] + (over[i] - under[i]) * amount) as Rgb;
}

/** Writes both icons into `dir` (default: the project's teams/ folder). */
export function writeTeamsIcons(dir = path.resolve(__dirname, '..', '..', 'teams')): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: Array<[string, Buffer]> = [
    ['color.png', drawColorIcon()],
    ['outline.png', drawOutlineIcon()],
  ];
  return files.map(([name, png]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, png);
    return file;
  });
}

if (require.main === module) {
  for (const file of writeTeamsIcons()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
