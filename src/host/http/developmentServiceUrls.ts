// Development mode (no MicrosoftAppId) authenticates nobody, so the serviceUrl of an activity is
// whatever the caller wrote, and the bot would post its replies there: a laptop bot could be made
// to send requests to any host it can reach. Without an app id, only service URLs on this machine
// (the Agents Playground, the Emulator, tests' fake connectors, the local Direct Line) are answered.

/** Host names and addresses that can only mean this machine. */
function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host === '[::1]' ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}

/** True for an http(s) serviceUrl on a loopback address. */
export function isLoopbackServiceUrl(serviceUrl: unknown): boolean {
  if (typeof serviceUrl !== 'string' || !URL.canParse(serviceUrl)) return false;
  const url = new URL(serviceUrl);
  return (url.protocol === 'http:' || url.protocol === 'https:') && isLoopbackHost(url.hostname);
}

/** What a log line may say about a refused serviceUrl: its origin, never its path or query. */
export function serviceUrlOrigin(serviceUrl: unknown): string {
  if (typeof serviceUrl !== 'string' || !URL.canParse(serviceUrl)) return 'not a URL';
  const { origin } = new URL(serviceUrl);
  return origin === 'null' ? 'not an http URL' : origin.slice(0, 100);
}
