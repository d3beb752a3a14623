// briefdeck serve follows what the deck is made of: a save of a template, the theme or a picture the brief names updates the page.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { changeAndWait, raw, SAMPLE, serveCopy, type Served } from './helpers.js';

let served: Served | undefined;
afterEach(async () => {
  await served?.stop();
  served = undefined;
});

interface State {
  slides: { html: string; title: string }[];
  cssHref: string;
  problemsHtml: string;
}
const state = async (s: Served) => JSON.parse((await raw(s.server.address.port, '/deck.json')).body) as State;

const PICTURE_BRIEF = SAMPLE.replace(/^topics:\n/m, 'topics:\n  - title: Map\n    image: { file: img/map.png, alt: The map }\n');
const png = (colour: string, width: number) =>
  sharp({ create: { width, height: 300, channels: 3, background: colour } })
    .png()
    .toBuffer();

describe('briefdeck serve: what a save updates', () => {
  it('a template or the theme saved: the page gets the new slides and stylesheet', async () => {
    served = await serveCopy(SAMPLE, {}, { templates: true });
    const templates = join(served.dir, 'templates');
    const summary = join(templates, 'summary.hbs');
    await changeAndWait(served, () =>
      writeFileSync(summary, readFileSync(summary, 'utf8').replace("<title>{{t 'summary'}}</title>", '<title>Summary, edited</title>')),
    );
    expect((await state(served)).slides.map((slide) => slide.title)).toContain('Summary, edited');

    const before = await state(served);
    const theme = join(templates, 'theme.yaml');
    await changeAndWait(served, () => writeFileSync(theme, readFileSync(theme, 'utf8').replace('navy: 1F2A44', 'navy: 3A1F44')));
    const after = await state(served);
    expect(after.slides[0].html).not.toBe(before.slides[0].html);
    expect(after.slides.map((slide) => slide.html).join('')).toMatch(/#3A1F44/i); // the title slide's background
    expect(after.problemsHtml).toBe('');
  });

  it('a broken template saved: its problem over the last good deck; a fix clears it', async () => {
    served = await serveCopy(SAMPLE, {}, { templates: true });
    const summary = join(served.dir, 'templates', 'summary.hbs');
    const good = readFileSync(summary, 'utf8');
    await changeAndWait(served, () => writeFileSync(summary, good.replace('{{/with}}', '{{/wiht}}')), 'templates-refused');
    const broken = await state(served);
    expect(broken.problemsHtml).toMatch(/templates\/summary\.hbs: .*wiht/); // (Handlebars gives its position only inside the message)
    expect(broken.slides).toHaveLength(12); // the last good deck stays
    await changeAndWait(served, () => writeFileSync(summary, good));
    expect((await state(served)).problemsHtml).toBe('');
  });

  it('a picture the brief names saved: the page loads the new picture, served by id from memory', async () => {
    served = await serveCopy(PICTURE_BRIEF, { 'img/map.png': await png('#2E6DB4', 600) });
    const pictureUrl = (s: State) => /src="(\/pictures\/[0-9a-f]+\.png)"/.exec(s.slides.map((slide) => slide.html).join(''))?.[1];
    const first = pictureUrl(await state(served));
    expect(first).toBeDefined();
    const bytes = await fetch(`${served.server.url.slice(0, -1)}${first}`);
    expect(bytes.headers.get('content-type')).toBe('image/png');
    expect((await sharp(Buffer.from(await bytes.arrayBuffer())).metadata()).width).toBeGreaterThan(0);

    const replaced = await png('#B4462E', 900);
    await changeAndWait(served, () => writeFileSync(join(served!.dir, 'img', 'map.png'), replaced));
    const second = pictureUrl(await state(served));
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    expect((await raw(served.server.address.port, second!)).status).toBe(200);
  });
});
