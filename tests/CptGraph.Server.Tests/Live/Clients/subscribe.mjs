// Subscribes with the stock graphql-ws (WebSocket) or graphql-sse (Server-Sent Events, distinct connections)
// client and prints one JSON line per result, so a .NET test can drive it as a separate process.
//   node subscribe.mjs ws|sse URL QUERY [LAST_EVENT_ID] [RESULTS] [API_KEY]
// Exits 0 after RESULTS results (default 1) or when the server completes the operation, 1 on an error.
import { createClient as createWsClient } from 'graphql-ws';
import { createClient as createSseClient } from 'graphql-sse';
import WebSocket from 'ws';

const [transport, url, query, lastEventId, results = '1', apiKey] = process.argv.slice(2);
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const payload = { query, extensions: lastEventId ? { lastEventId } : undefined };
const client = transport === 'ws'
    ? createWsClient({ url, webSocketImpl: WebSocket, connectionParams: apiKey ? { apiKey } : undefined, retryAttempts: 0 })
    : createSseClient({ url, headers: apiKey ? { 'X-Api-Key': apiKey } : undefined, retryAttempts: 0 });

let seen = 0;
client.subscribe(payload, {
    next: (result) => {
        print({ event: 'next', result });
        if (++seen >= Number(results)) {
            process.exit(0);
        }
    },
    error: (error) => {
        print({ event: 'error', error: String(error?.reason ?? error?.message ?? JSON.stringify(error)) });
        process.exit(1);
    },
    complete: () => {
        print({ event: 'complete' });
        process.exit(0);
    },
});
