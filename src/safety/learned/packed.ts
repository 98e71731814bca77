// The crisis model as the build saves it and start-up reads it. Feature names become 53-bit
// hashes, sorted; weights become 16-bit integers in thousandths, the precision training rounds
// them to. Everything sits in base64 strings, so start-up decodes a few strings instead of parsing
// tens of thousands of names and numbers.
//
// Why 53 bits: a message's unknown feature is looked up by its hash, so a hash shared with a
// known feature would give it that feature's weight. With about 60,000 features, 53 bits make
// that vanishingly rare, and `packCrisisModel` refuses a model in which two known features collide.
import type { SavedCrisisModel } from './model';
import type { SavedLogistic } from './logistic';

export interface PackedLogistic {
  classes: string[];
  biases: number[];
}

export interface PackedCrisisModel {
  format: typeof PACKED_FORMAT;
  key: string;
  threshold: number;
  detect: PackedLogistic;
  kinds: PackedLogistic;
  /** Per feature (by row), the hash of its name: Float64 values in ascending order, base64. */
  hashes: string;
  /** Per row, the detect classes' weights then the kinds' weights, as Int16 in 1/scale units, base64. */
  weights: string;
  scale: number;
}

export const PACKED_FORMAT = 'crisis-packed-1';

/** Thousandths: what training rounds to, so packing loses nothing when every weight fits. */
const PREFERRED_SCALE = 1000;
const INT16_MAX = 32767;

/** A 53-bit hash of a feature name (two 32-bit FNV-1a-style lanes with different primes). */
export function featureHash(name: string): number {
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < name.length; i += 1) {
    const c = name.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  return (b >>> 11) * 0x100000000 + (a >>> 0);
}

function toBase64(view: ArrayBufferView): string {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

/** A typed array over a fresh, aligned copy of the decoded bytes. */
function fromBase64<T>(text: string, View: { new (buffer: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(text, 'base64');
  const buffer = new ArrayBuffer(bytes.byteLength - (bytes.byteLength % View.BYTES_PER_ELEMENT));
  new Uint8Array(buffer).set(bytes.subarray(0, buffer.byteLength));
  return new View(buffer);
}

export function packCrisisModel(saved: SavedCrisisModel): PackedCrisisModel {
  const rows = saved.features.length;
  const width = saved.detect.classes.length + saved.kinds.classes.length;
  const dense = new Float64Array(rows * width);
  const fill = (model: SavedLogistic, offset: number) =>
    model.weights.forEach((flat, c) => {
      for (let k = 0; k + 1 < flat.length; k += 2) dense[flat[k] * width + offset + c] = flat[k + 1];
    });
  fill(saved.detect, 0);
  fill(saved.kinds, saved.detect.classes.length);

  const order = saved.features.map((name, row) => ({ hash: featureHash(name), row, name })).sort((x, y) => x.hash - y.hash);
  for (let i = 1; i < order.length; i += 1) {
    if (order[i].hash === order[i - 1].hash) throw new Error(`crisis features "${order[i - 1].name}" and "${order[i].name}" share a hash`);
  }
  let largest = 0;
  for (const w of dense) largest = Math.max(largest, Math.abs(w));
  const scale = largest * PREFERRED_SCALE <= INT16_MAX ? PREFERRED_SCALE : INT16_MAX / largest;
  const hashes = new Float64Array(rows);
  const weights = new Int16Array(rows * width);
  order.forEach(({ hash, row }, i) => {
    hashes[i] = hash;
    for (let c = 0; c < width; c += 1) weights[i * width + c] = Math.round(dense[row * width + c] * scale);
  });
  const head = (model: SavedLogistic): PackedLogistic => ({ classes: model.classes, biases: model.biases });
  return {
    format: PACKED_FORMAT,
    key: saved.key,
    threshold: saved.threshold,
    detect: head(saved.detect),
    kinds: head(saved.kinds),
    hashes: toBase64(hashes),
    weights: toBase64(weights),
    scale,
  };
}

/** The packed model's tables, decoded: hashes to look features up, weights by row. */
export interface UnpackedTables {
  hashes: Float64Array;
  /** Row-major: `width` weights per feature, detect classes first, in 1/`scale` units (divided when read: no copy at start-up). */
  weights: Int16Array;
  width: number;
  scale: number;
}

export function unpackTables(packed: PackedCrisisModel): UnpackedTables {
  const hashes = fromBase64(packed.hashes, Float64Array);
  const weights = fromBase64(packed.weights, Int16Array);
  const width = packed.detect.classes.length + packed.kinds.classes.length;
  if (weights.length !== hashes.length * width || !(packed.scale > 0))
    throw new Error('packed crisis model: weights and features do not match');
  return { hashes, weights, width, scale: packed.scale };
}

/** The packed model without its tables: what sits in the file's header. */
export type PackedHead = Omit<PackedCrisisModel, 'hashes' | 'weights'>;

/** The file's header: the model's head, what the file was made from, and its tables' sizes. */
export interface BinaryHeader extends PackedHead {
  /** A cheap check of what the model was made from (file names, sizes, times), tried before `key`. */
  quickKey?: string;
  hashBytes: number;
  weightBytes: number;
}

/** The start of the file: its kind and version. */
const MAGIC = Buffer.from('SGNCRIS1', 'ascii');
const ALIGN = 8;

/**
 * The file form the build writes: the magic, the header's length, the header as JSON, then the two
 * tables as their raw bytes (Float64 hashes, 8-byte aligned; Int16 weights). Start-up reads them
 * as typed arrays over the file's own bytes: no text to decode, nothing to parse but the header.
 */
export function toBinary(packed: PackedCrisisModel, quickKey?: string): Buffer {
  const hashes = Buffer.from(packed.hashes, 'base64');
  const weights = Buffer.from(packed.weights, 'base64');
  const { hashes: _h, weights: _w, ...head } = packed;
  const header: BinaryHeader = { ...head, quickKey, hashBytes: hashes.byteLength, weightBytes: weights.byteLength };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.byteLength);
  const used = MAGIC.byteLength + 4 + json.byteLength;
  const padding = Buffer.alloc((ALIGN - (used % ALIGN)) % ALIGN);
  return Buffer.concat([MAGIC, length, json, padding, hashes, weights]);
}

/** The header and tables of a file `toBinary` wrote; undefined for anything else (damaged, cut short, another format). */
export function fromBinary(bytes: Buffer): { header: BinaryHeader; tables: UnpackedTables } | undefined {
  try {
    if (bytes.byteLength < MAGIC.byteLength + 4 || !bytes.subarray(0, MAGIC.byteLength).equals(MAGIC)) return undefined;
    const length = bytes.readUInt32LE(MAGIC.byteLength);
    const start = MAGIC.byteLength + 4;
    const header = JSON.parse(bytes.subarray(start, start + length).toString('utf8')) as BinaryHeader;
    const at = start + length + ((ALIGN - ((start + length) % ALIGN)) % ALIGN);
    const { hashBytes, weightBytes } = header;
    const width = header.detect.classes.length + header.kinds.classes.length;
    if (
      header.format !== PACKED_FORMAT ||
      !Number.isInteger(hashBytes) ||
      !Number.isInteger(weightBytes) ||
      hashBytes % Float64Array.BYTES_PER_ELEMENT !== 0 ||
      at + hashBytes + weightBytes !== bytes.byteLength ||
      weightBytes !== (hashBytes / Float64Array.BYTES_PER_ELEMENT) * width * Int16Array.BYTES_PER_ELEMENT ||
      header.detect.biases.length !== header.detect.classes.length ||
      header.kinds.biases.length !== header.kinds.classes.length ||
      !(header.scale > 0)
    )
      return undefined;
    return {
      header,
      tables: {
        hashes: view(bytes, at, hashBytes, Float64Array),
        weights: view(bytes, at + hashBytes, weightBytes, Int16Array),
        width,
        scale: header.scale,
      },
    };
  } catch {
    return undefined;
  }
}

/** A typed array over the bytes where they are aligned for it (a file's own buffer), else over a copy. */
function view<T>(
  bytes: Buffer,
  offset: number,
  length: number,
  View: { new (buffer: ArrayBufferLike, offset: number, length: number): T; BYTES_PER_ELEMENT: number },
): T {
  const absolute = bytes.byteOffset + offset;
  if (absolute % View.BYTES_PER_ELEMENT === 0) return new View(bytes.buffer, absolute, length / View.BYTES_PER_ELEMENT);
  const copy = new ArrayBuffer(length);
  new Uint8Array(copy).set(bytes.subarray(offset, offset + length));
  return new View(copy, 0, length / View.BYTES_PER_ELEMENT);
}

/** The packed (JSON) form of tables read from a file. */
export function packTables(head: PackedHead, tables: UnpackedTables): PackedCrisisModel {
  return { ...head, hashes: toBase64(tables.hashes), weights: toBase64(tables.weights) };
}

/** The row of a feature, by binary search over the sorted hashes; undefined when unknown. */
export function rowOf(hashes: Float64Array, name: string): number | undefined {
  const hash = featureHash(name);
  let lo = 0;
  let hi = hashes.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const value = hashes[mid];
    if (value === hash) return mid;
    if (value < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
