/**
 * Pictures for the demo catalogue, drawn in code (no binary files in the
 * repository): the product's silhouette (a T-shirt, a hoodie, a tote, a
 * backpack, a beanie, a cap) in its colour on a soft background with a floor
 * shadow and the product's name, written as SVG and rasterised by sharp.
 */
import sharp from 'sharp';

export type DemoShape = 'tee' | 'hoodie' | 'tote' | 'backpack' | 'beanie' | 'cap';
export type Rgb = [number, number, number];

const hex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const mix = (rgb: Rgb, to: number, amount: number): Rgb => rgb.map((c) => c + (to - c) * amount) as Rgb;

/** Each shape in a 800 × 800 box: `body` filled with the colour, `detail` in a darker shade of it. */
const SHAPES: Record<DemoShape, { body: string; detail: string; lines?: string }> = {
  tee: {
    body: 'M300 170 L215 205 L115 305 L190 385 L245 340 L245 650 L555 650 L555 340 L610 385 L685 305 L585 205 L500 170 Q400 250 300 170 Z',
    detail: 'M300 170 Q400 250 500 170 L480 165 Q400 220 320 165 Z',
    lines: 'M245 340 L245 360 M555 340 L555 360 M270 630 L530 630',
  },
  hoodie: {
    body: 'M290 200 L200 230 L125 430 L120 580 L195 585 L235 380 L240 660 L560 660 L565 380 L605 585 L680 580 L675 430 L600 230 L510 200 Q520 90 400 85 Q280 90 290 200 Z',
    detail: 'M300 480 L500 480 L535 590 L265 590 Z M335 200 Q400 150 465 200 Q400 245 335 200 Z',
    lines: 'M385 245 L375 330 M415 245 L425 330 M240 640 L560 640',
  },
  tote: {
    body: 'M225 330 L575 330 L610 670 L190 670 Z',
    detail: 'M225 330 L575 330 L578 360 L222 360 Z',
    lines: 'M300 340 Q300 170 400 170 Q500 170 500 340',
  },
  backpack: {
    body: 'M320 190 Q400 150 480 190 Q560 200 560 300 L560 600 Q560 670 490 670 L310 670 Q240 670 240 600 L240 300 Q240 200 320 190 Z',
    detail:
      'M290 450 L510 450 Q530 450 530 470 L530 600 Q530 630 500 630 L300 630 Q270 630 270 600 L270 470 Q270 450 290 450 Z M250 300 Q400 250 550 300 L550 360 Q400 320 250 360 Z',
    lines: 'M360 190 Q400 110 440 190 M300 520 L500 520',
  },
  beanie: {
    body: 'M235 520 Q225 230 400 225 Q575 230 565 520 Z M400 160 A48 48 0 1 1 399.9 160 Z',
    detail:
      'M215 505 Q215 490 235 490 L565 490 Q585 490 585 505 L585 600 Q585 615 565 615 L235 615 Q215 615 215 600 Z',
    lines:
      'M260 500 L260 605 M300 500 L300 605 M340 500 L340 605 M380 500 L380 605 M420 500 L420 605 M460 500 L460 605 M500 500 L500 605 M540 500 L540 605',
  },
  cap: {
    body: 'M205 500 Q215 270 410 265 Q600 270 605 500 Z',
    detail: 'M560 455 Q700 455 735 515 Q650 545 540 505 Z M395 255 A16 16 0 1 1 394.9 255 Z',
    lines: 'M410 270 Q360 380 330 500 M410 270 Q470 380 490 500 M215 480 Q410 510 600 480',
  },
};

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The SVG of one demo picture (`size` pixels square). */
export function demoSvg(shape: DemoShape, colour: Rgb, name: string, size = 800): string {
  const { body, detail, lines } = SHAPES[shape];
  const fill = hex(colour);
  const shade = hex(mix(colour, 0, 0.28));
  const outline = hex(mix(colour, 0, 0.45));
  const top = hex(mix(colour, 255, 0.9));
  const bottom = hex(mix(colour, 255, 0.78));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 800 800">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${top}"/>
      <stop offset="1" stop-color="${bottom}"/>
    </linearGradient>
    <radialGradient id="shadow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#000" stop-opacity="0.22"/>
      <stop offset="1" stop-color="#000" stop-opacity="0"/>
    </radialGradient>
  </defs>
  <rect width="800" height="800" fill="url(#bg)"/>
  <ellipse cx="400" cy="690" rx="270" ry="34" fill="url(#shadow)"/>
  <path d="${body}" fill="${fill}" stroke="${outline}" stroke-width="6" stroke-linejoin="round"/>
  <path d="${detail}" fill="${shade}" stroke="${outline}" stroke-width="4" stroke-linejoin="round"/>
  ${lines ? `<path d="${lines}" fill="none" stroke="${outline}" stroke-width="${shape === 'tote' ? 20 : 4}" stroke-linecap="round" stroke-dasharray="${shape === 'tote' ? 'none' : '10 8'}"/>` : ''}
  <text x="400" y="758" text-anchor="middle" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="34" fill="#333">${escapeXml(name)}</text>
</svg>`;
}

/** One demo picture as a JPEG. */
export function demoPicture(shape: DemoShape, colour: Rgb, name: string): Promise<Buffer> {
  return sharp(Buffer.from(demoSvg(shape, colour, name)))
    .jpeg({ quality: 88 })
    .toBuffer();
}
