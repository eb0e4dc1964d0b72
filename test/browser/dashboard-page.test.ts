import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planDashboard } from '../../src/plan/agenda/plan-dashboard.js';
import { renderDashboardHtml } from '../../src/render/render-dashboard-html.js';
import { SEED_TODAY, seedConfig, seedRegisters } from '../agenda/seed-registers.js';
import { makeRegister } from '../support/make-register.js';

/** Debian's Chromium; never downloaded (CI installs the package). */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const needs = `[needs ${CHROMIUM}]`;
const OUTPUT = 'test/output';

// A hostile item proves register text can't run script in the page.
const hostile = makeRegister({
  file: 'decisions/hostile.yml',
  decisions: [
    {
      id: 'X1',
      title: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
      status: 'deferred',
      owner: '<b>mallory</b>',
      due: '2026-12-30',
    },
  ],
});
const dashboard = planDashboard({
  registers: [...seedRegisters(), hostile],
  config: seedConfig(),
  today: SEED_TODAY,
});
const html = renderDashboardHtml(dashboard);

if (!hasChromium) console.warn(`Browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium).`);

describe('dashboard page in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let url = '';
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!hasChromium) return;
    server = createServer((request, response) => {
      if (request.url === '/' || request.url === '/index.html') {
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
      } else {
        response.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    await mkdir(OUTPUT, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  /** A page on the dashboard that records every request and every console error. */
  async function open(
    options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
  ): Promise<Page> {
    const context = await browser.newContext({
      javaScriptEnabled: options.javaScriptEnabled ?? true,
      viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    });
    const page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning')
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
    await page.goto(url);
    return page;
  }

  const visibleIds = (page: Page) =>
    page.$$eval('#items-table tbody tr', (rows) =>
      rows
        .filter((row) => !(row as HTMLElement).hidden)
        .map((row) => row.querySelector('th')?.textContent ?? ''),
    );

  it.skipIf(!hasChromium)(`${needs} shows one row per register item, and the other tables`, async () => {
    const page = await open();
    expect(await visibleIds(page)).toEqual(
      dashboard.items.map((i) => `${i.kind[0]?.toUpperCase()}${i.kind.slice(1)} ${i.id}`),
    );
    expect(await page.textContent('#count')).toBe(
      `${dashboard.items.length} of ${dashboard.items.length} items shown`,
    );
    expect(await page.$$eval('#owners tbody tr', (rows) => rows.length)).toBe(dashboard.owners.length);
    expect(await page.$$eval('#timeline ol.timeline > li', (rows) => rows.length)).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.textContent('#items-table')).toContain('<img src=x onerror="window.__pwned=1">');
    await page.screenshot({ path: `${OUTPUT}/dashboard.png`, fullPage: true });
    await page.context().close();
  });

  it.skipIf(!hasChromium)(`${needs} filters the item table by owner, status and overdue`, async () => {
    const page = await open();
    await page.getByLabel('Owner', { exact: true }).selectOption({ label: '@pm' });
    expect(await visibleIds(page)).toEqual(['Output O1', 'Output O3']);
    expect(await page.textContent('#count')).toBe(`2 of ${dashboard.items.length} items shown`);
    await page.getByLabel('Owner', { exact: true }).selectOption('');
    await page.getByLabel('Status', { exact: true }).selectOption('blocked');
    expect(await visibleIds(page)).toEqual(['Decision D2']);
    await page.getByLabel('Status', { exact: true }).selectOption('');
    await page.getByLabel('Overdue only').check();
    expect(await visibleIds(page)).toEqual(['Decision D2', 'Decision D5', 'Action A1']);
    await page.getByLabel('Search', { exact: true }).fill('hosting');
    expect(await visibleIds(page)).toEqual(['Decision D5']);
    await page.context().close();
  });

  it.skipIf(!hasChromium)(`${needs} sorts by a column header, both ways`, async () => {
    const page = await open();
    const due = page.getByRole('button', { name: 'Due' });
    await due.click();
    expect(await page.getAttribute('#items-table thead th:nth-child(5)', 'aria-sort')).toBe('ascending');
    const ascending = await visibleIds(page);
    expect(ascending.slice(0, 3)).toEqual(['Output O2', 'Action A2', 'Decision D5']);
    await due.click();
    expect(await page.getAttribute('#items-table thead th:nth-child(5)', 'aria-sort')).toBe('descending');
    // Undated items sort as latest; the sort is stable.
    expect((await visibleIds(page)).slice(0, 2)).toEqual(['Decision D0', 'Decision D3']);
    await page.context().close();
  });

  it.skipIf(!hasChromium)(`${needs} keeps every table readable with JavaScript off`, async () => {
    const page = await open({ javaScriptEnabled: false });
    expect(await visibleIds(page)).toHaveLength(dashboard.items.length);
    expect(await page.isVisible('#filters')).toBe(false);
    expect(
      await page.$$eval('table', (tables) => tables.every((t) => t.querySelector('caption') !== null)),
    ).toBe(true);
    await page.context().close();
  });

  it.skipIf(!hasChromium)(`${needs} fits a phone screen without sideways page scrolling`, async () => {
    const page = await open({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${OUTPUT}/dashboard-phone.png`, fullPage: true });
    await page.context().close();
  });

  it.skipIf(!hasChromium)(
    `${needs} meets WCAG AA contrast for text, links, captions and overdue marks`,
    async () => {
      const page = await open();
      const ratios = await page.evaluate(() => {
        const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const luminance = (color: string) => {
          const [r, g, b] = rgb(color).map((v) => {
            const c = v / 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
        };
        const background = (element: Element | null): string => {
          for (let e = element; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg && bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return 'rgb(255, 255, 255)';
        };
        const ratio = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) return 0;
          const [a, b] = [luminance(getComputedStyle(element).color), luminance(background(element))];
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        };
        return Object.fromEntries(
          ['body', 'p.meta', 'caption', 'thead th', 'tr.overdue td', '.late', 'a.skip', '#count'].map((s) => [
            s,
            ratio(s),
          ]),
        );
      });
      for (const [selector, value] of Object.entries(ratios)) {
        expect(value, selector).toBeGreaterThanOrEqual(4.5);
      }
      await page.context().close();
    },
  );

  it.skipIf(!hasChromium)(`${needs} made no console errors and no request beyond loopback`, () => {
    expect(problems).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith('http://127.0.0.1:'))).toEqual([]);
  });
});
