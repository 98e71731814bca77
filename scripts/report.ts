// `npm run report`: a plain-text summary of a running bot's own counters, for deployments with no
// Azure. Reads GET /metrics (on when the bot has METRICS_TOKEN) with the same token.
//   METRICS_TOKEN=... npm run report                      (the bot on http://localhost:3978)
//   METRICS_TOKEN=... npm run report -- https://bot.example.org
import { loadDotEnv } from '../src/host/config';
import { parsePrometheus, summarize } from '../src/telemetry/report';

async function main(): Promise<void> {
  loadDotEnv();
  const base = (process.argv[2] ?? process.env.METRICS_URL ?? `http://localhost:${process.env.PORT || 3978}`).replace(/\/+$/, '');
  const token = process.env.METRICS_TOKEN ?? '';
  if (!token) throw new Error("Set METRICS_TOKEN to the bot's token (the same value the bot runs with).");
  const url = base.endsWith('/metrics') ? base : `${base}/metrics`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(10_000) });
  if (res.status === 404) throw new Error(`${url} is not served: start the bot with METRICS_TOKEN set.`);
  if (res.status === 401) throw new Error(`${url} refused the token: use the bot's METRICS_TOKEN.`);
  if (!res.ok) throw new Error(`${url} answered ${res.status}.`);
  console.log(summarize(parsePrometheus(await res.text())));
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
