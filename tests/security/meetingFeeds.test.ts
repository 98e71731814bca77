// Meeting feeds are data from other people's servers (issue 17): a feed must not be able to send
// the bot elsewhere by a redirect (another host, or https down to http), must not reach private or
// loopback addresses unless the configuration allows it, and its text must not carry links or
// images into a card.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { defaultContentDir } from '../../content';
import { parseConfig } from '../../src/host/config';
import { MeetingDirectory, type FeedSource } from '../../src/meetings';
import { meetingKitFromConfig } from '../../src/meetings/fromConfig';
import { readBmltFeed } from '../../src/meetings/readBmlt';
import { readMeetingGuideFeed } from '../../src/meetings/readMeetingGuide';
import { testKit } from '../helpers/botHarness';
import { MEETING_GUIDE_FEED, NOW, feed } from '../meetings/fixtures';

/** A self-signed certificate for 127.0.0.1, made for this test only (no real site uses it). */
const TEST_CERT = `-----BEGIN CERTIFICATE-----
MIIDHDCCAgSgAwIBAgIUXhOxYhQ9Cio1dPN8UaSdjD6jS68wDQYJKoZIhvcNAQEL
BQAwFDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwMzAxMzkyNloYDzIxMjYx
MTA5MDEzOTI2WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwggEiMA0GCSqGSIb3DQEB
AQUAA4IBDwAwggEKAoIBAQCghhQLYjOi1ssP+YzedJp6mw6TrDQo1bZ6IvXCX6Dn
LyNv4mxwvoQZiFZBqKr1uYpdb6++FghGLThOKGwRxZrrBIVWQLDli2lCRlzoY8eP
SeCEZxaOdw4VrXEVW5aQCCPnFTFCnVnVddRI1oDWLBfWPRW7GSoM2CMeKSNkTb8P
AeRjg7jrU14gGBpkQk7gSuI6QJrJN8c7/Rpe4YYSokYKDgBoDoG5Fir+Q2douXeA
wCg2kpOG06eF0zLWkRMok5mHssSEcWo+FqWaoWxf6U0IEJdj0HlzlCMVTITKAI3l
gR5HmTHIps8R8qwdjgUiWQEOJtIXQXZT7ehOZamOC+DjAgMBAAGjZDBiMB0GA1Ud
DgQWBBQTd7Cs2gR2ofg4SWvO2Q9G0p0KVDAfBgNVHSMEGDAWgBQTd7Cs2gR2ofg4
SWvO2Q9G0p0KVDAPBgNVHRMBAf8EBTADAQH/MA8GA1UdEQQIMAaHBH8AAAEwDQYJ
KoZIhvcNAQELBQADggEBAGEU3VGilKjk9tkv6ixD47jukOCUs48mQzIEl59RiAIB
UAShbdkvPUcAU3XN6eV5g6izDQ2KgMuyJvEBIkPdodB7h1eG0/CImafqoanukKIy
EB9RgMUX1QNSH4GCdTOB54RWQ0hzNk+/KdWQu5RYwGjgKOPzi8qPfd3IjqtL9XJT
WqFySBYDc60yMvgrvvWL7eZKbD3fP+V1AJ97kQ0z9K4hS7La7HFh3Zt0MVxQddPW
tcUqQAFrs91qE7gYijLxIMkeSnyJ8sgiVEUyhLZa2gK5W8661SWpUpEMVz9fRic2
Tr7oFJQ129cMPLx40TyA2+FcDhM2XMHarS3OcxxBg30=
-----END CERTIFICATE-----`;
const TEST_KEY = `-----BEGIN PRIVATE KEY-----
MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCghhQLYjOi1ssP
+YzedJp6mw6TrDQo1bZ6IvXCX6DnLyNv4mxwvoQZiFZBqKr1uYpdb6++FghGLThO
KGwRxZrrBIVWQLDli2lCRlzoY8ePSeCEZxaOdw4VrXEVW5aQCCPnFTFCnVnVddRI
1oDWLBfWPRW7GSoM2CMeKSNkTb8PAeRjg7jrU14gGBpkQk7gSuI6QJrJN8c7/Rpe
4YYSokYKDgBoDoG5Fir+Q2douXeAwCg2kpOG06eF0zLWkRMok5mHssSEcWo+FqWa
oWxf6U0IEJdj0HlzlCMVTITKAI3lgR5HmTHIps8R8qwdjgUiWQEOJtIXQXZT7ehO
ZamOC+DjAgMBAAECggEACl7fKKUdhOWvlMagjTanTEh8NponfIPiGB3uFrKq6ISp
G29bZiVIz4V5XSCSevGTuNmgVv2BZ1dAjfwaj0Ne8NQH8TyYsRvCnx+AnRrlJ6K0
OJmYYXfblxbveVvDbGa6OxGpbw5PYXUNU+9Xv351w8eKgd3sU4wbKLWrra1ALK3u
a9XLj4CZY+BiGu4lw9aFgPdKjxHFkoj1pQcIpdFJ0dfoWbpVXBs0jN6iU6QZ1DoX
Ea9l9y17Zp92AfhkMojo3XIEdbnWS7Xfzxyw2VhQr+fqxDNCVxwoPrZEvkRbsAgZ
Vip1Y+jjFGPDKuYySxJ0pJSw9MPo3T9rptuQ1lpoQQKBgQDLtE+ndODng4zV0iql
cMK1gsaHHjE2D11IaWwBEDsF/sH05Q7loXhhOSSGpyjvX6QeUqqmOTbK2Yj7Z7uO
owXRQGzYX35/y3oYa1DKeqbHV7JL6JIwDSdntaw0iYrSl6iYakXUVUntyO4E7XA9
4RK7TlXrOXaPp5DGPGlaxLz1UQKBgQDJu+M0ktrjqGiQMNpPd7zRNPMm/pC/G4ql
s2R9GQUzhTTvuIb7HQYbgucPDdfKA5vHZQbIv63gqD9LioB/JRvoD3kUbZt8MNFN
4YeI+4+Mz2jlSsAg3hx55m1vx/N/TSIVgijyaLRe2Zg1mT1ElBA8YBVAv0RVQB4y
f9VjWUF18wKBgH7bOmOxgMIMhW8/I7nFwCvjVhkdL05YQSJwLId5ARjZrxYAc8eD
SAFb4ahNf0ubBwyvNICxzrKCyDCwR/grA9ttQJt61L9nCxEb+8MsoKIxteJZ4ng0
KN8IH0bUhPRi5+aLABOcTZ7ca4X8C9MtUEn/HbiQH4qUsq8RPhb9wCMRAoGAM9h4
1Qsk/DtM3Dnh8Wh5e17bWtszwhnG8T0Ah3IFty714uIOtrzH1Aw5a9IH8mApCf65
1qAEhOdYlQZ8bbDQ0jwfxxNAUZOORzC+D4NvaiXn9H3YkNnkgaOp3n+J4d6l8tcn
xN0J9hKAHs5KQ7S1035yF9jQLAS1fg8CfWzz+OcCgYAvlPIxmP5R8ieZVvn1xosh
O7E4YwrVdH0b9GY/MlwFEMEpQX7O1qkTfmiorQmpotIa0r8QQnplLEUZ5RzBTGNa
EBmBr5K4C1d2qna1S+2l0Cxim2RXqQMKj2tJKCUtfcDx7rHOOC5A2NZbVt2NAmEb
9SJQmC1vyRu8ZiZeyAnexw==
-----END PRIVATE KEY-----`;

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function listen(server: http.Server | https.Server, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

function json(body: unknown): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
}

function redirectTo(location: string): Handler {
  return (_req, res) => {
    res.writeHead(302, { location });
    res.end();
  };
}

const ALLOW_LOCAL = { timeoutMs: 2000, maxBytes: 1024 * 1024, allowPrivate: true };

async function readOnce(source: FeedSource, limits: object = ALLOW_LOCAL, inThread = false): Promise<MeetingDirectory> {
  const dir = new MeetingDirectory([source], { limits: limits as never, refreshMs: 60_000, now: () => NOW, inThread });
  await dir.refresh();
  return dir;
}

describe('security: meeting feeds', () => {
  const servers: (http.Server | https.Server)[] = [];
  const hits: string[] = [];
  const serve = async (handler: Handler, host?: string) => {
    const server = http.createServer((req, res) => {
      hits.push(`${host ?? '127.0.0.1'}${req.url}`);
      handler(req, res);
    });
    servers.push(server);
    return `http://${host ?? '127.0.0.1'}:${await listen(server, host)}`;
  };

  beforeEach(() => (hits.length = 0));
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('does not follow a redirect to another host', async () => {
    const elsewhere = await serve(json(MEETING_GUIDE_FEED), '127.0.0.2');
    const start = await serve(redirectTo(`${elsewhere}/feed.json`));
    const dir = await readOnce(feed('aa', 'alcoholics-anonymous', 'meeting-guide', `${start}/aa.json`));
    const [status] = dir.feeds();
    expect(status.state).to.equal('failing');
    expect(status.problem).to.match(/redirect/);
    expect(hits.some((h) => h.startsWith('127.0.0.2'))).to.equal(false);
  });

  it('follows a redirect on the same host', async () => {
    let base = '';
    base = await serve((req, res) => (req.url === '/old' ? redirectTo(`${base}/new`)(req, res) : json(MEETING_GUIDE_FEED)(req, res)));
    const dir = await readOnce(feed('aa', 'alcoholics-anonymous', 'meeting-guide', `${base}/old`));
    expect(dir.feeds()[0].state).to.equal('ok');
  });

  it('does not follow a redirect from https down to http', async () => {
    const plain = await serve(json(MEETING_GUIDE_FEED));
    const secure = https.createServer({ cert: TEST_CERT, key: TEST_KEY }, redirectTo(`${plain}/feed.json`));
    servers.push(secure);
    const port = await listen(secure);
    // The test's own certificate is not one the system trusts; accept it for this test only.
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    const warn = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
      // On this thread: a worker copies the environment when it starts, and warns on its own.
      const dir = await readOnce(
        feed('aa', 'alcoholics-anonymous', 'meeting-guide', `https://127.0.0.1:${port}/aa.json`),
        ALLOW_LOCAL,
        true,
      );
      const [status] = dir.feeds();
      expect(status.state).to.equal('failing');
      expect(status.problem).to.match(/redirect/);
      expect(hits).to.deep.equal([]);
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
      process.emitWarning = warn;
    }
  });

  it('refuses loopback and private addresses unless MEETING_FEEDS_ALLOW_PRIVATE=true', async () => {
    const base = await serve(json(MEETING_GUIDE_FEED));
    const groups = testKit().content.content.groups;
    const refused = meetingKitFromConfig(
      parseConfig({ MEETING_FEEDS: `aa=${base}/aa.json` }),
      groups,
      defaultContentDir(),
      undefined,
      () => NOW,
    );
    await refused.directory.refresh();
    expect(refused.directory.feeds()[0].state).to.equal('failing');
    expect(refused.directory.feeds()[0].problem).to.match(/private|loopback/);
    expect(hits).to.deep.equal([]);

    const allowed = meetingKitFromConfig(
      parseConfig({ MEETING_FEEDS: `aa=${base}/aa.json`, MEETING_FEEDS_ALLOW_PRIVATE: 'true' }),
      groups,
      defaultContentDir(),
      undefined,
      () => NOW,
    );
    await allowed.directory.refresh();
    expect(allowed.directory.feeds()[0].state).to.equal('ok');
  });

  it('refuses private, loopback and link-local addresses given as literal IPs', async () => {
    for (const location of [
      'http://10.0.0.1/feed.json',
      'http://[::1]:9/feed.json',
      'http://169.254.169.254/latest/meta-data',
      'http://192.168.1.1/x',
      'http://[::ffff:127.0.0.1]:9/x',
    ]) {
      const dir = await readOnce(feed('aa', 'alcoholics-anonymous', 'meeting-guide', location), { timeoutMs: 300, maxBytes: 1024 });
      expect(dir.feeds()[0].problem, location).to.match(/private|loopback/);
    }
  });

  it('strips markdown links and images from feed text, in both formats', () => {
    const context = { feedId: 'x', fellowship: 'alcoholics-anonymous', timeZone: 'America/New_York' };
    const mg = readMeetingGuideFeed(
      [
        {
          name: 'Hope [Click here](https://evil.example/phish) Group ![pixel](https://evil.example/track.png)',
          slug: 'a',
          day: 1,
          time: '19:00',
          location: '[Grace Hall](http://evil.example) ![x](data:image/png;base64,AAAA)',
          formatted_address: '1 Main St ![map](https://evil.example/m.png), Denver, CO 80202',
          latitude: 39.75,
          longitude: -104.99,
        },
      ],
      context,
    ).meetings;
    const bmlt = readBmltFeed(
      [
        {
          id_bigint: '1',
          weekday_tinyint: '2',
          start_time: '19:00:00',
          meeting_name: 'Clean [Time](javascript:alert(1)) ![img](https://evil.example/i.gif)',
          location_text: '![](https://evil.example/a.png)Church',
          location_street: '[2 Main St](https://evil.example)',
          location_municipality: 'Denver',
          venue_type: '1',
          latitude: '39.75',
          longitude: '-104.99',
        },
      ],
      { ...context, fellowship: 'narcotics-anonymous' },
    ).meetings;
    const everything = JSON.stringify([...mg, ...bmlt]);
    expect(mg[0].name).to.equal('Hope Click here Group');
    expect(mg[0].place?.venue).to.equal('Grace Hall');
    expect(bmlt[0].name).to.equal('Clean Time');
    expect(bmlt[0].place?.venue).to.equal('Church');
    expect(everything).to.not.match(/evil\.example|javascript:|data:image|\]\(|!\[/);
  });
});
