// Runs the graphql-http GraphQL-over-HTTP audit against a running server.
// Usage: node audit.mjs http://127.0.0.1:5080/graphql
// Prints every audit, then "audit: <N> passed, <N> failed" over the MUST and SHOULD audits (MAY ones are reported,
// never failed), and exits 1 when a MUST or SHOULD audit is not ok.
import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? process.env.GRAPHQL_URL;
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = await auditServer({ url });
const levels = ['MUST', 'SHOULD', 'MAY'];
const counts = Object.fromEntries(levels.map((level) => [level, { ok: 0, warn: 0, error: 0 }]));

for (const result of results) {
  const level = levels.find((l) => result.name.startsWith(l)) ?? 'MAY';
  counts[level][result.status] += 1;
  const detail = result.status === 'ok' ? '' : ` -- ${result.reason}`;
  console.log(`[${result.status.padEnd(5)}] ${result.id} ${result.name}${detail}`);
}

for (const level of levels) {
  const { ok, warn, error } = counts[level];
  console.log(`${level}: ${ok} ok, ${warn} warn, ${error} error`);
}

const required = ['MUST', 'SHOULD'].map((level) => counts[level]);
const passed = required.reduce((sum, c) => sum + c.ok, 0);
const failed = required.reduce((sum, c) => sum + c.warn + c.error, 0);
console.log(`audit: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
