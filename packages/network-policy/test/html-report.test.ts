import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, here, shippedCopy } from './helpers.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

describe('the html report with the connectivity graph, in headless Chromium', () => {
  it('renders, logs no error, loads nothing from outside, and shows the workloads', async () => {
    expect(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`).toBe(true);
    const dir = shippedCopy();
    const page = join(dir, 'report.html');
    const r = cli(['network-policy', 'check', 'manifests', '--format', 'html', '--output', page], dir);
    expect(r.code).toBe(0);
    const html = readFileSync(page, 'utf8');
    const { default: puppeteer } = await import('puppeteer-core');
    const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const tab = await browser.newPage();
      const errors: string[] = [];
      const requests: string[] = [];
      tab.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.setRequestInterception(true);
      tab.on('request', (req) => {
        if (req.url() === 'http://report.test/') return void req.respond({ status: 200, contentType: 'text/html', body: html });
        requests.push(req.url());
        void req.abort();
      });
      await tab.setViewport({ width: 1400, height: 900 });
      await tab.goto('http://report.test/', { waitUntil: 'load' });
      const texts = await tab.$$eval('figure svg text', (ts) => ts.map((t) => t.textContent ?? ''));
      for (const w of ['airflow-api-server[Deployment]', 'airflow-scheduler[Deployment]', 'airflow-postgresql[StatefulSet]', 'airflow-task[Pod]']) expect(texts).toContain(w);
      expect(texts).toContain('TCP 5432');
      const box = await tab.$eval('figure svg', (s) => s.getBoundingClientRect().width);
      expect(box).toBeGreaterThan(200);
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
      const svg = await tab.$('figure');
      const shot = await svg!.screenshot({ type: 'png' });
      expect(shot.length).toBeGreaterThan(10_000);
      if (process.env.UPDATE_SCREENSHOT) writeFileSync(join(here, '..', 'docs', 'graph.png'), shot);
    } finally {
      await browser.close();
    }
  });
});
