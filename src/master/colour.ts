// The DrawingML colour changes a template commonly applies to a theme colour (lumMod/lumOff, tint/shade), on RRGGBB values.
import type { XmlElement } from './xml.js';

type Rgb = [number, number, number]; // 0..1

const toRgb = (hex: string): Rgb => [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as Rgb;
const toHex = (rgb: Rgb) =>
  rgb
    .map((c) =>
      Math.round(Math.min(1, Math.max(0, c)) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')
    .toUpperCase();

function toHsl([r, g, b]: Rgb): Rgb {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: Rgb): Rgb {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)];
}

/** The colour after its lumMod, lumOff, tint and shade children (percentages in thousandths); other changes are ignored. */
export function applyColourChanges(hex: string, changes: XmlElement[]): string {
  let rgb = toRgb(hex);
  for (const change of changes) {
    const amount = Number(change.attrs.val) / 100_000;
    if (!Number.isFinite(amount)) continue;
    if (change.name === 'lumMod' || change.name === 'lumOff') {
      const [h, s, l] = toHsl(rgb);
      rgb = fromHsl([h, s, Math.min(1, Math.max(0, change.name === 'lumMod' ? l * amount : l + amount))]);
    } else if (change.name === 'tint') rgb = rgb.map((c) => c + (1 - c) * (1 - amount)) as Rgb;
    else if (change.name === 'shade') rgb = rgb.map((c) => c * amount) as Rgb;
  }
  return toHex(rgb);
}
