// Draws the toolbar icons (a speech bubble with a check) as PNGs with no image library. Run once; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function png(size) {
  const px = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    px[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const u = (x + 0.5) / size, v = (y + 0.5) / size;
      const inBubble = ((u - 0.5) / 0.44) ** 2 + ((v - 0.44) / 0.36) ** 2 <= 1 || (u > 0.22 && u < 0.42 && v > 0.7 && v < 0.92 && v - 0.7 < (0.42 - u) * 1.1);
      const d1 = Math.abs((v - 0.5) - (u - 0.33)) < 0.06 && u > 0.3 && u < 0.45;
      const d2 = Math.abs((v - 0.6) + (u - 0.45) * 1.4) < 0.07 && u >= 0.43 && u < 0.7;
      const i = y * (size * 4 + 1) + 1 + x * 4;
      const [r, g, b, a] = inBubble ? (d1 || d2 ? [255, 255, 255, 255] : [31, 111, 209, 255]) : [0, 0, 0, 0];
      px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a;
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(px)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) { c ^= b; for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1)); }
  return ~c;
}

mkdirSync('public/icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`public/icons/${s}.png`, png(s));
