// A small palette PNG encoder for the embed fallback pictures: screenshots of flat figures need few
// colours, and an 8-bit palette PNG of them is a fraction of a truecolour one. Popularity quantisation
// on 5-bit-per-channel buckets, nearest-colour mapping per bucket, per-row "up" or "none" filter, zlib level 9.
import { deflateSync, inflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The `colors` most common colours of an RGBA image (alpha ignored: screenshots are opaque). */
export function palette(rgba: Uint8Array, colors: number): number[][] {
  const sums = new Map<number, number[]>();
  for (let k = 0; k < rgba.length; k += 4) {
    const key = ((rgba[k] >> 3) << 10) | ((rgba[k + 1] >> 3) << 5) | (rgba[k + 2] >> 3);
    const s = sums.get(key) ?? [0, 0, 0, 0];
    s[0] += rgba[k];
    s[1] += rgba[k + 1];
    s[2] += rgba[k + 2];
    s[3]++;
    sums.set(key, s);
  }
  return [...sums.values()].sort((a, b) => b[3] - a[3]).slice(0, colors).map((s) => [0, 1, 2].map((c) => Math.round(s[c] / s[3])));
}

export function encodePng8(rgba: Uint8Array, width: number, height: number, colors = 48): Buffer {
  const pal = palette(rgba, Math.min(256, colors));
  const nearest = new Map<number, number>();
  const index = (r: number, g: number, b: number) => {
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    let best = nearest.get(key);
    if (best === undefined) {
      let d = Infinity;
      pal.forEach((p, k) => {
        const e = (p[0] - r) ** 2 * 2 + (p[1] - g) ** 2 * 4 + (p[2] - b) ** 2 * 3;
        if (e < d) [d, best] = [e, k];
      });
      nearest.set(key, best!);
    }
    return best!;
  };
  const raw = Buffer.alloc((width + 1) * height);
  let prev = new Uint8Array(width);
  for (let y = 0; y < height; y++) {
    const row = new Uint8Array(width);
    for (let x = 0; x < width; x++) {
      const k = 4 * (y * width + x);
      row[x] = index(rgba[k], rgba[k + 1], rgba[k + 2]);
    }
    // "Up" when the row repeats much of the one above (blank bands, long rules), else none.
    const same = row.reduce((n, v, x) => n + (v === prev[x] ? 1 : 0), 0);
    const up = y > 0 && same > width / 2;
    raw[y * (width + 1)] = up ? 2 : 0;
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = up ? (row[x] - prev[x]) & 0xff : row[x];
    prev = row;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 3, 0, 0, 0], 8); // 8-bit, palette, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Uint8Array.from(pal.flat())),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/** Decodes an 8-bit RGB, RGBA or palette, non-interlaced PNG (Chromium's and encodePng8's) to RGBA pixels.
 *  Throws on anything else, and on a bad signature or chunk CRC. */
export function decodePng(png: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(png);
  if (!buf.subarray(0, 8).equals(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]))) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  let plte: Buffer | null = null;
  const idat: Buffer[] = [];
  for (let at = 8; at < buf.length; ) {
    const len = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const data = buf.subarray(at + 8, at + 8 + len);
    if (crc32(buf.subarray(at + 4, at + 8 + len)) !== buf.readUInt32BE(at + 8 + len)) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[12] !== 0 || ![2, 3, 6].includes(data[9])) throw new Error('only 8-bit RGB(A) or palette, non-interlaced');
      channels = data[9] === 6 ? 4 : data[9] === 2 ? 3 : 1;
    } else if (type === 'PLTE') plte = data;
    else if (type === 'IDAT') idat.push(data);
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let prev = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const cur = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? cur[x - channels] : 0;
      const b = prev[x];
      const c = x >= channels ? prev[x - channels] : 0;
      const p = a + b - c;
      const pa = Math.abs(p - a);
      const pb = Math.abs(p - b);
      const pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      if (pred === undefined) throw new Error(`bad filter ${filter}`);
      cur[x] = (line[x] + pred) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      const rgb = channels === 1 ? plte!.subarray(3 * cur[x], 3 * cur[x] + 3) : cur.subarray(x * channels, x * channels + 3);
      out.set(rgb, 4 * (y * width + x));
      out[4 * (y * width + x) + 3] = channels === 4 ? cur[x * channels + 3] : 255;
    }
    prev = cur;
  }
  return { width, height, rgba: out };
}
