// The live dashboard: loads a code's benchmark over GraphQL-over-HTTP, then subscribes to benchmarkChanged over
// graphql-transport-ws and redraws the table and chart from each event, with no reload. Nothing is fetched from
// anywhere but this server.
'use strict';

const BENCHMARK_FIELDS = `
  setting medicareSetting medicareNotApplicable gap gapPercent
  commercialAggregate { count mean }
  widestSpread { payer { name } spread }
  tightestSpread { payer { name } spread }
  payers { payer { name kind } count p25 median p75 mean spread percentOfMedicare isDemo }`;
const PAGE_QUERY = `query Page($code: String!, $setting: MedicareSetting!) {
  code(code: $code) { code description benchmark(setting: $setting) { ${BENCHMARK_FIELDS} } } }`;
// benchmarkChanged prices Medicare as stored (non-facility): under another setting an event only says "load again".
const LIVE_QUERY = `subscription Live($code: String!) { benchmarkChanged(code: $code) { ingestRunId benchmark { ${BENCHMARK_FIELDS} } } }`;

const POSITION_QUERY = `query Position($code: String!, $rate: Decimal!, $setting: MedicareSetting!) { code(code: $code) { position(amount: $rate, setting: $setting) {
  percentOfMedicare medicareNotApplicable payers { payer { name } percentileRank quartile } commercialAggregate { percentileRank quartile } } } }`;

const params = new URLSearchParams(location.search);
const rate = Number(params.get('rate'));
const SETTINGS = ['NON_FACILITY', 'FACILITY'];
const state = { code: (params.get('code') || '96375').trim().toUpperCase(), rate: rate > 0 ? rate : null, position: null,
  setting: SETTINGS.includes(params.get('setting')) ? params.get('setting') : 'NON_FACILITY',
  updates: 0, chart: null, unsubscribe: null, connections: 0 };
const money = (value) => (value === null || value === undefined ? '–' : Number(value).toFixed(4));
const $ = (id) => document.getElementById(id);

// Commercial payers by name, then Medicare: the order of the code page's table. Where CMS flags the setting NA the
// API has no Medicare distribution; the page still shows a Medicare row saying so, rather than leaving it out.
function rowsOf(benchmark) {
  const rows = [...benchmark.payers].sort((a, b) => {
    const medicare = (r) => (r.payer.kind === 'MEDICARE' ? 1 : 0);
    return medicare(a) - medicare(b) || a.payer.name.localeCompare(b.payer.name);
  });
  if (benchmark.medicareNotApplicable && !rows.some((r) => r.payer.kind === 'MEDICARE')) {
    rows.push({ payer: { name: 'Medicare', kind: 'MEDICARE' }, notApplicable: true });
  }
  return rows;
}

const settingName = (setting) => (setting === 'FACILITY' ? 'facility' : 'non-facility');

// The Medicare row when the setting is NA: one cell across the numbers, so no figure can be read as Medicare's.
function notApplicableCells(tr, benchmark) {
  const td = document.createElement('td');
  td.dataset.field = 'notApplicable';
  td.colSpan = 7;
  td.textContent = `not applicable: CMS does not pay this code in the ${settingName(benchmark.setting)} setting`;
  tr.appendChild(td);
}

function render(benchmark, changedPayers) {
  const rows = rowsOf(benchmark);
  $('gap').textContent = money(benchmark.gap);
  $('gapPercent').textContent = benchmark.gapPercent === null ? '–' : `${money(benchmark.gapPercent)} %`;
  $('aggregate').textContent = benchmark.commercialAggregate ? `${money(benchmark.commercialAggregate.mean)} (n=${benchmark.commercialAggregate.count})` : '–';
  $('widest').textContent = benchmark.widestSpread ? `${benchmark.widestSpread.payer.name} ${money(benchmark.widestSpread.spread)}` : '–';
  $('tightest').textContent = benchmark.tightestSpread ? `${benchmark.tightestSpread.payer.name} ${money(benchmark.tightestSpread.spread)}` : '–';

  const body = $('rates').tBodies[0];
  body.replaceChildren(...rows.map((r) => {
    const tr = document.createElement('tr');
    tr.dataset.payer = r.payer.name;
    tr.className = [r.payer.kind === 'MEDICARE' ? 'medicare' : '', r.notApplicable ? 'not-applicable' : '',
      changedPayers.has(r.payer.name) ? 'changed' : ''].join(' ').replace(/ +/g, ' ').trim();
    const name = r.payer.kind === 'MEDICARE' ? `★ ${r.payer.name} (${settingName(benchmark.medicareSetting || benchmark.setting)})`
      : r.payer.name + (r.isDemo ? ' (demo)' : '');
    if (r.notApplicable) {
      tr.dataset.notApplicable = 'true';
      const td = document.createElement('td');
      td.dataset.field = 'payer';
      td.textContent = name;
      tr.appendChild(td);
      notApplicableCells(tr, benchmark);
      return tr;
    }
    const cells = [name, r.count, money(r.p25), money(r.median), money(r.p75), money(r.mean), money(r.spread),
      r.percentOfMedicare === null ? '–' : money(r.percentOfMedicare)];
    const fields = ['payer', 'count', 'p25', 'median', 'p75', 'mean', 'spread', 'percentOfMedicare'];
    cells.forEach((text, i) => {
      const td = document.createElement('td');
      td.dataset.field = fields[i];
      td.textContent = String(text);
      tr.appendChild(td);
    });
    return tr;
  }));
  drawChart(rows);
  document.body.dataset.setting = benchmark.setting;
}

function drawChart(rows) {
  const labels = rows.map((r) => (r.payer.kind === 'MEDICARE' ? `★ ${r.payer.name}` : r.payer.name));
  const colour = (r, alpha) => (r.payer.kind === 'MEDICARE' ? `rgba(230, 126, 34, ${alpha})` : `rgba(52, 101, 164, ${alpha})`);
  const data = {
    labels,
    datasets: [
      { type: 'bar', label: 'P25–P75', data: rows.map((r) => (r.notApplicable ? null : [Number(r.p25), Number(r.p75)])),
        backgroundColor: rows.map((r) => colour(r, 0.45)), borderColor: rows.map((r) => colour(r, 1)), borderWidth: 1, barPercentage: 0.6 },
      { type: 'scatter', label: 'Median', data: rows.map((r, i) => ({ x: r.notApplicable ? null : Number(r.median), y: labels[i] })),
        pointStyle: 'line', rotation: 90, radius: 12, borderWidth: 3, borderColor: '#1d2733' },
      { type: 'scatter', label: 'Mean', data: rows.map((r, i) => ({ x: r.notApplicable ? null : Number(r.mean), y: labels[i] })),
        pointStyle: 'circle', radius: 5, backgroundColor: '#c0392b', borderColor: '#c0392b' },
    ],
  };
  // "My rate": one marker per payer at the same amount, so the bars show where it sits.
  if (state.rate !== null) {
    data.datasets.push({ type: 'scatter', label: `My rate ${money(state.rate)}`, data: labels.map((y) => ({ x: state.rate, y })),
      pointStyle: 'triangle', radius: 7, backgroundColor: '#27ae60', borderColor: '#1e8449' });
  }
  if (state.chart) {
    state.chart.data = data;
    state.chart.update('none');
    return;
  }

  state.chart = new Chart($('chart'), {
    data,
    options: {
      indexAxis: 'y', animation: false, maintainAspectRatio: false,
      scales: { x: { title: { display: true, text: 'US dollars' } }, y: { type: 'category' } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}

// The rate's percentile rank and quartile among each payer's observations (code.position), under the chart.
async function loadPosition() {
  if (state.rate === null) return;
  const response = await fetch('../graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: POSITION_QUERY, variables: { code: state.code, rate: state.rate, setting: state.setting } }),
  });
  const result = await response.json();
  const position = result.data && result.data.code && result.data.code.position;
  state.position = position;
  if (!position) return;
  const rank = (p) => `${Number(p.percentileRank).toFixed(1)}th percentile (${p.quartile.toLowerCase()} quarter)`;
  const parts = position.payers.map((p) => `${p.payer.name}: ${rank(p)}`);
  if (position.commercialAggregate) parts.push(`BUCA aggregate: ${rank(position.commercialAggregate)}`);
  const medicare = position.medicareNotApplicable ? ', Medicare not applicable in this setting'
    : position.percentOfMedicare === null ? '' : `, ${money(position.percentOfMedicare)} % of Medicare`;
  $('position').textContent = `My rate ${money(state.rate)}${medicare}. ${parts.join('; ')}.`;
  $('position').dataset.rank = position.commercialAggregate ? position.commercialAggregate.percentileRank : '';
}

async function load() {
  const response = await fetch('../graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: PAGE_QUERY, variables: { code: state.code, setting: state.setting } }),
  });
  const result = await response.json();
  const code = result.data && result.data.code;
  if (!code) {
    $('title').textContent = `${state.code}: no such code`;
    return;
  }

  $('title').textContent = `${code.code} — ${code.description || 'no description'}`;
  show(code.benchmark);
  await loadPosition();
  $('updated').textContent = `Loaded ${new Date().toLocaleTimeString()}.`;
  return code.benchmark;
}

// Draws a benchmark, flashing the payers whose mean moved since the one drawn before (none on the first).
function show(benchmark) {
  const previous = window.cptgraphDashboard.benchmark;
  const before = new Map(previous && previous.setting === benchmark.setting ? rowsOf(previous).map((r) => [r.payer.name, r.mean]) : []);
  const changed = new Set(before.size === 0 ? [] : rowsOf(benchmark).filter((r) => before.get(r.payer.name) !== r.mean).map((r) => r.payer.name));
  window.cptgraphDashboard.benchmark = benchmark;
  render(benchmark, changed);
}

function subscribe() {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  const apiKey = params.get('apiKey');
  const client = graphqlWs.createClient({
    url,
    connectionParams: apiKey ? { apiKey } : undefined,
    retryAttempts: Infinity,
    on: {
      connected: () => {
        $('status').textContent = 'live';
        $('status').className = 'status live';
        // After a reconnect, catch up on whatever committed while the socket was down.
        if (state.connections++ > 0) load();
      },
      closed: () => {
        $('status').textContent = 'offline – reconnecting';
        $('status').className = 'status offline';
      },
    },
  });
  return client.subscribe({ query: LIVE_QUERY, variables: { code: state.code } }, {
    next: async (result) => {
      const event = result.data && result.data.benchmarkChanged;
      if (!event) return;
      if (state.setting === event.benchmark.setting) {
        show(event.benchmark);
        loadPosition();
      } else {
        await load();
      }
      state.updates += 1;
      document.body.dataset.updates = String(state.updates);
      $('updated').textContent = `Updated ${new Date().toLocaleTimeString()} by ingest run ${event.ingestRunId} (event ${result.extensions && result.extensions.eventId}).`;
    },
    error: () => {},
    complete: () => {},
  });
}

window.cptgraphDashboard = { state, benchmark: null };
$('code').value = state.code;
if (state.rate !== null) $('rate').value = String(state.rate);
$('setting').value = state.setting;
const search = (code, myRate, setting) => `?code=${encodeURIComponent(code)}${myRate ? `&rate=${encodeURIComponent(myRate)}` : ''}`
  + (setting === 'NON_FACILITY' ? '' : `&setting=${setting}`);
$('pick').addEventListener('submit', (e) => {
  e.preventDefault();
  location.search = search($('code').value.trim(), $('rate').value.trim(), $('setting').value);
});
// Another setting is another query, not another page: the subscription stays open.
$('setting').addEventListener('change', () => {
  state.setting = $('setting').value;
  history.replaceState(null, '', search(state.code, state.rate, state.setting));
  load();
});
load().then(() => {
  state.unsubscribe = subscribe();
});
