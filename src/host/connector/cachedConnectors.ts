// One ConnectorClient per (bot app id, serviceUrl, audience), reused across turns.
//
// botbuilder's ConnectorFactoryImpl builds a new ConnectorClient for every turn: new
// credentials, a new @azure/core-client ServiceClient and its whole HTTP pipeline (policies,
// serializer), and CloudAdapter also builds a new UserTokenClient (another ServiceClient) per
// turn. On the echo baseline that is a measurable share of a turn's CPU and garbage (see
// bench/RESULTS.md). botbuilder's older BotFrameworkAdapter cached its connector clients the
// same way, keyed by serviceUrl, app id and scope.
//
// What stays as botbuilder does it:
// - Inbound authentication: every request is still authenticated by the wrapped
//   BotFrameworkAuthentication (token, issuer, audience, serviceUrl claim, endorsements).
// - Outbound tokens: a cached client keeps the credentials botbuilder made for it, and
//   AppCredentials looks its token up (and refreshes it before expiry) on every request, in its
//   own cache keyed by app id and scope. Nothing about a token is cached here.
// - Separation: a client is only reused for the same app id, the same serviceUrl and the same
//   audience (a skill's audience differs from a channel's), so a reply always goes to the
//   serviceUrl of its own activity, with credentials for its own audience.
// The caches are bounded (least recently used goes first): with authentication off, a caller
// chooses the serviceUrl, and that must not grow memory without limit.
// A cached client posts its replies itself (./directReplies.ts); its other operations are
// botbuilder's.
import { LRUCache } from 'lru-cache';
import type { Activity } from 'botbuilder';
import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { withDirectReplies } from './directReplies';

/** Distinct (app id, serviceUrl, audience) triples kept; a bot sees a handful of serviceUrls. */
export const MAX_CACHED_CONNECTORS = 64;

/** The bot's app id as botbuilder's ParameterizedBotFrameworkAuthentication reads it from the claims. */
export function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** Promises are cached, so concurrent first turns share one client; a failed creation is forgotten. */
class PromiseCache<T extends object> {
  private readonly entries: LRUCache<string, Promise<T>>;

  constructor(max: number) {
    this.entries = new LRUCache({ max });
  }

  get(key: string, create: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const created = create();
    this.entries.set(key, created);
    created.catch(() => {
      if (this.entries.get(key) === created) this.entries.delete(key);
    });
    return created;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** A ConnectorFactory for one app id that hands out the shared client for a serviceUrl and audience. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: PromiseCache<ConnectorClient>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = JSON.stringify([this.appId, serviceUrl, audience ?? '']);
    return this.clients.get(key, async () => withDirectReplies(await this.inner.create(serviceUrl, audience), serviceUrl));
  }
}

/**
 * Wraps a BotFrameworkAuthentication (ConfigurationBotFrameworkAuthentication or a subclass) and
 * changes only where outbound clients come from: from a bounded cache instead of new per turn.
 */
export class CachedConnectorsAuthentication extends BotFrameworkAuthentication {
  private readonly clients: PromiseCache<ConnectorClient>;
  private readonly userTokenClients: PromiseCache<UserTokenClient>;

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    maxClients = MAX_CACHED_CONNECTORS,
  ) {
    super();
    this.clients = new PromiseCache(maxClients);
    this.userTokenClients = new PromiseCache(maxClients);
  }

  /** Clients currently cached (for tests and diagnostics). */
  get cachedClients(): number {
    return this.clients.size;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const result = await this.inner.authenticateRequest(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: this.cachingFactory(result.claimsIdentity, result.connectorFactory) };
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.cachingFactory(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(claimsIdentity), () => this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private cachingFactory(claimsIdentity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    return new CachingConnectorFactory(inner, appIdOf(claimsIdentity), this.clients);
  }
}

/** `new CloudAdapter(withCachedConnectors(auth))`. */
export function withCachedConnectors(auth: BotFrameworkAuthentication, maxClients = MAX_CACHED_CONNECTORS): CachedConnectorsAuthentication {
  return new CachedConnectorsAuthentication(auth, maxClients);
}
