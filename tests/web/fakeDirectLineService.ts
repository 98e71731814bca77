// A stand-in for the Direct Line service's token endpoint, on a free local port: records what the
// bot sends it and answers like POST /v3/directline/tokens/generate. Nothing leaves the machine.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TokenCall {
  path: string;
  authorization: string | undefined;
  body: { user?: { id?: string }; trustedOrigins?: string[] };
}

export class FakeDirectLineService {
  readonly calls: TokenCall[] = [];
  /** Status to answer with; 200 answers with a token. */
  status = 200;
  url = '';
  private server?: http.Server;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        let body: TokenCall['body'];
        try {
          body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        } catch {
          body = {};
        }
        this.calls.push({ path: req.url ?? '', authorization: req.headers.authorization, body });
        if (req.method !== 'POST' || req.url !== '/v3/directline/tokens/generate') {
          res.writeHead(404).end();
          return;
        }
        res.writeHead(this.status, { 'content-type': 'application/json' });
        res.end(
          this.status === 200
            ? JSON.stringify({ conversationId: `conv-${this.calls.length}`, token: `token-for-${body.user?.id}`, expires_in: 1800 })
            : '{"error":{"code":"BadArgument"}}',
        );
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
