// The live dashboard: loads a code's benchmark over GraphQL-over-HTTP, then subscribes to benchmarkChanged over
// graphql-transport-ws and redraws the table and chart from each event, with no reload. Nothing is fetched from
// anywhere but this server.
'use strict';

const BENCHMARK_FIELDS = `
  gap gapPercent
  commercialAggregate { count mean }
  widestSpread { payer { name } spread }
  tightestSpread { payer { name } spread }
  payers { payer { name kind } count p25 median p75 mean spread percentOfMedicare isDemo }`;
const PAGE_QUERY = `query Page($code: String!) { code(code: $code) { code description benchmark { ${BENCHMARK_FIELDS} } } }`;
const LIVE_QUERY = `subscription Live($code: String!) { benchmarkChanged(code: $code) { ingestRunId benchmark { ${BENCHMARK_FIELDS} } } }`;

const POSITION_QUERY = `query Position($code: String!, $rate: Decimal!) { code(code: $code) { position(amount: $rate) {
  percentOfMedicare payers { payer { name } percentileRank quartile } commercialAggregate { percentileRank quartile } } } }`;

const params = new URLSearchParams(location.search);
const rate = Number(params.get('rate'));
const state = { code: (params.get('code') || '96375').trim().toUpperCase(), rate: rate > 0 ? rate : null, position: null,
  updates: 0, chart: null, unsubscribe: null, connections: 0 };
const money = (value) => (value === null || value === undefined ? '–' : Number(value).toFixed(4));
const $ = (id) => document.getElementById(id);

// Commercial payers by name, then Medicare: the order of the code page's table.
function rowsOf(benchmark) {
  return [...benchmark.payers].sort((a, b) => {
    const medicare = (r) => (r.payer.kind === 'MEDICARE' ? 1 : 0);
    return medicare(a) - medicare(b) || a.payer.name.localeCompare(b.payer.name);
  });
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
    tr.className = [r.payer.kind === 'MEDICARE' ? 'medicare' : '', changedPayers.has(r.payer.name) ? 'changed' : ''].join(' ').trim();
    const name = r.payer.kind === 'MEDICARE' ? `★ ${r.payer.name}` : r.payer.name + (r.isDemo ? ' (demo)' : '');
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
}

function drawChart(rows) {
  const labels = rows.map((r) => (r.payer.kind === 'MEDICARE' ? `★ ${r.payer.name}` : r.payer.name));
  const colour = (r, alpha) => (r.payer.kind === 'MEDICARE' ? `rgba(230, 126, 34, ${alpha})` : `rgba(52, 101, 164, ${alpha})`);
  const data = {
    labels,
    datasets: [
      { type: 'bar', label: 'P25–P75', data: rows.map((r) => [Number(r.p25), Number(r.p75)]),
        backgroundColor: rows.map((r) => colour(r, 0.45)), borderColor: rows.map((r) => colour(r, 1)), borderWidth: 1, barPercentage: 0.6 },
      { type: 'scatter', label: 'Median', data: rows.map((r, i) => ({ x: Number(r.median), y: labels[i] })),
        pointStyle: 'line', rotation: 90, radius: 12, borderWidth: 3, borderColor: '#1d2733' },
      { type: 'scatter', label: 'Mean', data: rows.map((r, i) => ({ x: Number(r.mean), y: labels[i] })),
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
    body: JSON.stringify({ query: POSITION_QUERY, variables: { code: state.code, rate: state.rate } }),
  });
  const result = await response.json();
  const position = result.data && result.data.code && result.data.code.position;
  state.position = position;
  if (!position) return;
  const rank = (p) => `${Number(p.percentileRank).toFixed(1)}th percentile (${p.quartile.toLowerCase()} quarter)`;
  const parts = position.payers.map((p) => `${p.payer.name}: ${rank(p)}`);
  if (position.commercialAggregate) parts.push(`BUCA aggregate: ${rank(position.commercialAggregate)}`);
  const medicare = position.percentOfMedicare === null ? '' : `, ${money(position.percentOfMedicare)} % of Medicare`;
  $('position').textContent = `My rate ${money(state.rate)}${medicare}. ${parts.join('; ')}.`;
  $('position').dataset.rank = position.commercialAggregate ? position.commercialAggregate.percentileRank : '';
}

async function load() {
  const response = await fetch('../graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: PAGE_QUERY, variables: { code: state.code } }),
  });
  const result = await response.json();
  const code = result.data && result.data.code;
  if (!code) {
    $('title').textContent = `${state.code}: no such code`;
    return;
  }

  $('title').textContent = `${code.code} — ${code.description || 'no description'}`;
  window.cptgraphDashboard.benchmark = code.benchmark;
  render(code.benchmark, new Set());
  await loadPosition();
  $('updated').textContent = `Loaded ${new Date().toLocaleTimeString()}.`;
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
    next: (result) => {
      const event = result.data && result.data.benchmarkChanged;
      if (!event) return;
      const before = new Map(rowsOf(window.cptgraphDashboard.benchmark || event.benchmark).map((r) => [r.payer.name, r.mean]));
      const changed = new Set(event.benchmark.payers.filter((r) => before.get(r.payer.name) !== r.mean).map((r) => r.payer.name));
      window.cptgraphDashboard.benchmark = event.benchmark;
      render(event.benchmark, changed);
      loadPosition();
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
$('pick').addEventListener('submit', (e) => {
  e.preventDefault();
  const myRate = $('rate').value.trim();
  location.search = `?code=${encodeURIComponent($('code').value.trim())}${myRate ? `&rate=${encodeURIComponent(myRate)}` : ''}`;
});
load().then(() => {
  state.unsubscribe = subscribe();
});
