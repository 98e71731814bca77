// The Bot Framework adapter: authentication from configuration, and a kind, short reply when a
// turn fails. The error is logged with a correlation id, never with what the person wrote.
import { randomUUID } from 'node:crypto';
import { CloudAdapter, type ConfigurationBotFrameworkAuthenticationOptions, type TurnContext } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from './config';
import { withCachedConnectors } from './connector/cachedConnectors';
import { ChannelAuthentication } from './http/channelAuthentication';
import { OutboundRetry, type RetryPolicy } from './http/outboundRetry';
import { describeError, type Logger } from './log';

const CORRELATION_ID = Symbol('correlationId');

export function correlationIdOf(context: TurnContext): string {
  return (context.turnState.get(CORRELATION_ID) as string | undefined) ?? 'none';
}

export interface AdapterOptions {
  config: Config;
  logger: Logger;
  /** The words sent when a turn fails, in the conversation's language. */
  errorMessage: (context: TurnContext, error: unknown) => string;
  /** Extra authentication settings (tests point the OpenID metadata at a local server). */
  authOverrides?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Tests only: outbound credentials that need no Entra ID (inbound tokens are still checked). */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** Told of every failed turn (telemetry counts them by kind). */
  onTurnError?: (context: TurnContext, error: unknown) => void;
  /** Retries of replies the channel refused for a while (429, 412, 502, 503, 504). */
  outboundRetry?: Partial<RetryPolicy>;
}

export function createAdapter({
  config,
  logger,
  errorMessage,
  onTurnError,
  authOverrides,
  credentialsFactory,
  outboundRetry,
}: AdapterOptions): CloudAdapter {
  const auth = new ChannelAuthentication(
    {
      MicrosoftAppId: config.MicrosoftAppId,
      MicrosoftAppPassword: config.MicrosoftAppPassword,
      MicrosoftAppType: config.MicrosoftAppType,
      MicrosoftAppTenantId: config.MicrosoftAppTenantId,
      ...authOverrides,
    } as ConfigurationBotFrameworkAuthenticationOptions,
    logger,
    credentialsFactory,
  );
  // Outbound connector clients are reused per serviceUrl and audience instead of built per turn.
  const adapter = new CloudAdapter(withCachedConnectors(auth));

  adapter.use(async (context, next) => {
    const correlationId = randomUUID();
    context.turnState.set(CORRELATION_ID, correlationId);
    const started = performance.now();
    await next();
    logger.debug('turn', {
      correlationId,
      channelId: context.activity.channelId,
      activityType: context.activity.type,
      durationMs: Math.round(performance.now() - started),
    });
  });
  // Last, so that a retry repeats only the send itself.
  adapter.use(new OutboundRetry(outboundRetry, logger));

  adapter.onTurnError = async (context, error) => {
    const correlationId = correlationIdOf(context);
    logger.error('turn_failed', {
      correlationId,
      channelId: context.activity.channelId,
      activityType: context.activity.type,
      ...describeError(error),
    });
    onTurnError?.(context, error);
    // The conversation's state is kept: a failed turn should not make the person start over.
    if (context.activity.type === 'message') {
      try {
        await context.sendActivity(errorMessage(context, error));
      } catch (sendError) {
        logger.error('turn_error_reply_failed', { correlationId, ...describeError(sendError) });
      }
    }
  };
  return adapter;
}
