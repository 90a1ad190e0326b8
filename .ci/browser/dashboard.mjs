// The dashboard in a real browser: open /dashboard for 96375, check the rendered numbers against the API, run an
// ingest in another process, and see the table and chart redraw from the subscription with no reload.
//   node dashboard.mjs BASE_URL SCREENSHOT_PATH -- INGEST_COMMAND...
// Prints one [ok   ]/[error] line per check, the screenshot's path, and "browser: N passed, N failed" last.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const [base, screenshotArg, separator, ...ingest] = process.argv.slice(2);
if (!base || !screenshotArg || separator !== '--' || ingest.length === 0) {
    console.error('usage: node dashboard.mjs BASE_URL SCREENSHOT_PATH -- INGEST_COMMAND...');
    process.exit(2);
}

const screenshot = resolve(screenshotArg);
const patience = 60_000; // waits for the page, never a measured duration
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
    if (ok) {
        passed++;
        console.log(`[ok   ] ${name}`);
    } else {
        failed++;
        console.log(`[error] ${name}${detail ? `: ${detail}` : ''}`);
    }
};
const money = (value) => Number(value).toFixed(4);

async function benchmark() {
    const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ code(code: "96375") { benchmark { gap payers { payer { name kind } count p25 median p75 mean } } } }' }),
    });
    return (await response.json()).data.code.benchmark;
}

function run(command) {
    return new Promise((resolvePromise) => {
        const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout.on('data', (d) => { output += d; });
        child.stderr.on('data', (d) => { output += d; });
        child.on('close', (code) => resolvePromise({ code, output }));
    });
}

// The table row and chart bar the page shows for one payer.
async function shown(page, payer) {
    return page.evaluate((name) => {
        const row = document.querySelector(`#rates tbody tr[data-payer="${name}"]`);
        if (!row) return null;
        const cell = (field) => row.querySelector(`td[data-field="${field}"]`).textContent;
        const chart = window.cptgraphDashboard.state.chart;
        const index = [...document.querySelectorAll('#rates tbody tr')].indexOf(row);
        return {
            medicare: row.classList.contains('medicare'),
            count: cell('count'), p25: cell('p25'), median: cell('median'), p75: cell('p75'), mean: cell('mean'),
            bar: chart.data.datasets[0].data[index],
            meanPoint: chart.data.datasets[2].data[index].x,
        };
    }, payer);
}

async function compare(page, expected, label) {
    for (const payer of expected.payers) {
        const row = await shown(page, payer.payer.name);
        const name = `${label}: ${payer.payer.name}`;
        if (!row) {
            check(`${name} is shown`, false, 'no row');
            continue;
        }
        const want = { count: String(payer.count), p25: money(payer.p25), median: money(payer.median), p75: money(payer.p75), mean: money(payer.mean) };
        const got = { count: row.count, p25: row.p25, median: row.median, p75: row.p75, mean: row.mean };
        check(`${name} table`, JSON.stringify(want) === JSON.stringify(got), `want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
        const bar = [Number(payer.p25), Number(payer.p75)];
        check(`${name} chart box and mean`, JSON.stringify(row.bar) === JSON.stringify(bar) && row.meanPoint === Number(payer.mean),
            `want ${JSON.stringify(bar)} / ${payer.mean}, got ${JSON.stringify(row.bar)} / ${row.meanPoint}`);
        check(`${name} Medicare marking`, row.medicare === (payer.payer.kind === 'MEDICARE'));
    }
    const gap = await page.textContent('#gap');
    check(`${label}: gap`, gap === money(expected.gap), `want ${money(expected.gap)}, got ${gap}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const foreign = [];
    page.on('request', (request) => {
        if (!request.url().startsWith(base) && !request.url().startsWith(base.replace(/^http/, 'ws'))) foreign.push(request.url());
    });
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));

    await page.goto(`${base}/dashboard/?code=96375`);
    await page.waitForSelector('#status.live', { timeout: patience });
    await page.waitForSelector('#rates tbody tr[data-payer="Medicare"]', { timeout: patience });
    const before = await benchmark();
    await compare(page, before, 'before');

    const result = await run(ingest);
    check('ingest in another process', result.code === 0, result.output.trim());
    await page.waitForSelector('body[data-updates="1"]', { timeout: patience }).catch(() => {});
    const updates = await page.getAttribute('body', 'data-updates');
    check('the page redrew from the subscription without a reload', updates === '1', `data-updates=${updates}`);

    const after = await benchmark();
    const aetna = (b) => b.payers.find((p) => p.payer.name === 'Aetna');
    check('the ingest moved Aetna', money(aetna(after).mean) !== money(aetna(before).mean), `${aetna(before).mean} -> ${aetna(after).mean}`);
    await compare(page, after, 'after');
    // "My rate": the page marks it on the chart and shows the aggregate's percentile rank the API answers.
    const mine = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    mine.on('pageerror', (error) => errors.push(String(error)));
    await mine.goto(`${base}/dashboard/?code=96375&rate=31.50`);
    await mine.waitForSelector('#position[data-rank]', { timeout: patience });
    const shownRank = await mine.getAttribute('#position', 'data-rank');
    const marker = await mine.evaluate(() => window.cptgraphDashboard.state.chart.data.datasets[3].data.map((p) => p.x));
    const answer = await (await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ code(code: "96375") { position(amount: 31.50) { commercialAggregate { percentileRank } } } }' }),
    })).json();
    const apiRank = String(answer.data.code.position.commercialAggregate.percentileRank);
    check('my rate: the aggregate rank shown is the API\'s', shownRank === apiRank, `want ${apiRank}, got ${shownRank}`);
    check('my rate: marked on every chart row', marker.length > 0 && marker.every((x) => x === 31.5), JSON.stringify(marker));
    await mine.close();
    check('no request left this server', foreign.length === 0, foreign.join(', '));
    check('no script error', errors.length === 0, errors.join('; '));

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);
} catch (error) {
    check('browser run', false, String(error));
} finally {
    await browser.close();
}

console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
