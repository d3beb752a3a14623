// Live preview latency (issue 13: < 200 ms): `briefdeck serve` as a child process, the page in headless Chromium; each save of the brief timed until its new text is in the page.
// Usage: node bench/serve.js [RUNS]   (needs Chromium: /usr/bin/chromium or BRIEFDECK_CHROMIUM; run after `npm run build`)
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/* global document -- the functions given to page.waitForFunction run in the browser */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.BRIEFDECK_CHROMIUM ?? '/usr/bin/chromium';
const SAMPLE = readFileSync(join(ROOT, 'briefs', 'china-nato-8th-dialogue.yaml'), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Starts `briefdeck serve` on a free port over `brief`; resolves with the child and the preview URL it prints. */
function serve(brief) {
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'briefdeck.js'), 'serve', brief, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 30 s:\n${out}`)), 30_000);
    const read = (chunk) => {
      out += chunk;
      const url = out.match(/http:\/\/127\.0\.0\.1:\d+\/(?=\s)/)?.[0];
      if (!url) return;
      clearTimeout(timer);
      resolve({ child, url });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`serve exited (${code}):\n${out}`)));
  });
}

export async function serveLatency(runs = 11) {
  if (!existsSync(CHROMIUM)) return { why: `no Chromium at ${CHROMIUM}` };
  const { default: puppeteer } = await import('puppeteer-core');
  const dir = mkdtempSync(join(tmpdir(), 'briefdeck-bench-serve-'));
  const brief = join(dir, 'brief.yaml');
  writeFileSync(brief, SAMPLE);
  const { child, url } = await serve(brief);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, userDataDir: join(dir, 'profile'), args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.body.dataset.live === 'yes' && document.querySelector('#deck .frame'), { timeout: 30_000 });
    const samples = [];
    for (let run = 0; run <= runs; run++) {
      await sleep(300); // the previous save's events and layout settle
      const marker = `Edit ${run} ${Date.now()}`;
      const saved = performance.now();
      writeFileSync(brief, SAMPLE.replace(/^subtitle: .*$/m, `subtitle: ${marker}`));
      await page.waitForFunction(
        (text) => document.querySelector('#deck .frame[data-n="1"]')?.textContent?.includes(text),
        { polling: 'mutation', timeout: 10_000 },
        marker,
      );
      if (run > 0) samples.push(performance.now() - saved); // the first save warms the page's swap path
    }
    return { samples, median: median(samples) };
  } finally {
    await browser.close();
    child.kill('SIGINT');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await serveLatency(Number(process.argv[2] ?? 11));
  if (result.why) console.log(`serve: not measured (${result.why})`);
  else {
    const verdict = result.median < 200 ? 'PASS' : 'FAIL';
    console.log(
      `serve: save → new text in the page (Chromium), median of ${result.samples.length}: ${Math.round(result.median)} ms; ${result.samples.map((ms) => Math.round(ms)).join(' ')}`,
    );
    console.log(`${verdict}  live preview update of the sample (save → new text in the browser): ${Math.round(result.median)} ms (target < 200 ms, issue 13)`);
  }
}
