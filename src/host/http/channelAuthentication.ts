// Bot Framework authentication from configuration, with one change: every rejected token gets a
// plain 401 with a generic body. botbuilder rethrows the token library's own errors (a bad
// signature, a malformed token, `alg: none`) and CloudAdapter turns those into a 500 whose body
// echoes the validation error; a forger learns nothing from us, and a client's mistake is a 4xx.
// A failure on our side (the OpenID metadata cannot be fetched) stays a 5xx, with a generic body.
import { ConfigurationBotFrameworkAuthentication, type Activity, type ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from 'botframework-connector';
import { describeError, type Logger } from '../log';

export const UNAUTHORIZED_BODY = 'Unauthorized.';
const UNAVAILABLE_BODY = 'Authentication is temporarily unavailable.';

/** Errors the token library throws for a token that fails validation. */
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError', 'SyntaxError']);

export class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    private readonly logger: Logger,
    credentialsFactory?: ServiceClientCredentialsFactory,
  ) {
    super(options, credentialsFactory);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (err) {
      const fields = { channelId: activity.channelId, activityType: activity.type, ...describeError(err) };
      if (isOurFailure(err)) {
        this.logger.error('auth_unavailable', fields);
        throw new Error(UNAVAILABLE_BODY, { cause: err });
      }
      this.logger.info('auth_rejected', fields);
      throw quiet(new AuthenticationError(UNAUTHORIZED_BODY, 401));
    }
  }
}

/** The metadata or key download failed: not the caller's fault. */
function isOurFailure(err: unknown): boolean {
  if (err instanceof AuthenticationError) return err.statusCode >= 500;
  const name = err instanceof Error ? err.name : '';
  if (TOKEN_ERROR_NAMES.has(name)) return false;
  return name === 'FetchError' || name === 'AbortError';
}

/** CloudAdapter console.error()s the error it answers with: keep that to one line, no stack. */
function quiet<E extends Error>(err: E): E {
  err.stack = `${err.name}: ${err.message}`;
  return err;
}
