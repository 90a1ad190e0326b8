// The dashboard in a real browser: open /dashboard for 96375, check the rendered numbers against the API, run an
// ingest in another process, and see the table and chart redraw from the subscription with no reload; then switch the
// Medicare setting to FACILITY and see the API's facility figures (99213), or "not applicable" (96375: facility NA).
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

async function benchmark(code = '96375', setting = 'NON_FACILITY') {
    const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
            query: 'query($code: String!, $setting: MedicareSetting!) { code(code: $code) { benchmark(setting: $setting) { medicareNotApplicable gap payers { payer { name kind } count p25 median p75 mean } } } }',
            variables: { code, setting },
        }),
    });
    return (await response.json()).data.code.benchmark;
}
const medicareOf = (b) => b.payers.find((p) => p.payer.kind === 'MEDICARE');

// Picks a Medicare setting in the page's control and waits for the page to have drawn the API's answer for it.
async function pickSetting(page, setting) {
    await page.selectOption('#setting', setting);
    await page.waitForSelector(`body[data-setting="${setting}"]`, { timeout: patience });
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
    const wantGap = expected.gap === null ? '–' : money(expected.gap);
    check(`${label}: gap`, gap === wantGap, `want ${wantGap}, got ${gap}`);
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

    mkdirSync(dirname(screenshot), { recursive: true });
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`screenshot: ${screenshot}`);

    // Medicare setting: 99213 is priced in both settings, and differently (facility PE RVU 0.33 against 1.46).
    const office = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    office.on('pageerror', (error) => errors.push(String(error)));
    await office.goto(`${base}/dashboard/?code=99213`);
    await office.waitForSelector('#rates tbody tr[data-payer="Medicare"]', { timeout: patience });
    const nonFacility = await benchmark('99213', 'NON_FACILITY');
    check('setting: the page opens on non-facility', (await office.inputValue('#setting')) === 'NON_FACILITY'
        && (await shown(office, 'Medicare')).mean === money(medicareOf(nonFacility).mean));
    await pickSetting(office, 'FACILITY');
    const facility = await benchmark('99213', 'FACILITY');
    check('setting: the API prices 99213 differently in a facility', money(medicareOf(facility).mean) !== money(medicareOf(nonFacility).mean),
        `${medicareOf(nonFacility).mean} / ${medicareOf(facility).mean}`);
    await compare(office, facility, 'facility 99213');
    check('setting: the URL keeps the setting', new URL(office.url()).searchParams.get('setting') === 'FACILITY', office.url());
    await office.close();

    // 96375 under FACILITY: CMS's facility NA indicator, so no Medicare figure and no box, but a row that says so.
    await pickSetting(page, 'FACILITY');
    const notPriced = await benchmark('96375', 'FACILITY');
    check('setting: the API says 96375 is not applicable in a facility', notPriced.medicareNotApplicable === true && !medicareOf(notPriced));
    const na = await page.evaluate(() => {
        const row = document.querySelector('#rates tbody tr[data-payer="Medicare"]');
        if (!row) return null;
        const index = [...document.querySelectorAll('#rates tbody tr')].indexOf(row);
        const datasets = window.cptgraphDashboard.state.chart.data.datasets;
        return {
            marked: row.dataset.notApplicable === 'true',
            numbers: [...row.querySelectorAll('td:not([data-field="payer"])')].map((td) => td.textContent).join(' '),
            bar: datasets[0].data[index], median: datasets[1].data[index].x, mean: datasets[2].data[index].x,
        };
    });
    check('setting: 96375 facility Medicare row says not applicable', na !== null && na.marked && /not applicable/.test(na.numbers)
        && !/\d/.test(na.numbers), JSON.stringify(na));
    check('setting: 96375 facility Medicare has no chart box', na !== null && na.bar === null && na.median === null && na.mean === null,
        JSON.stringify(na));
    await compare(page, notPriced, 'facility 96375');

    check('no request left this server', foreign.length === 0, foreign.join(', '));
    check('no script error', errors.length === 0, errors.join('; '));
} catch (error) {
    check('browser run', false, String(error));
} finally {
    await browser.close();
}

console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
