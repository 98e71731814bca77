// What the website widget does under a configuration: which Direct Line it talks to and which
// sites may embed it. Derived once from the validated Config, so routes never re-read the env.
import type { Config } from '../config';

/**
 * - `directline`: the Azure Direct Line service, with tokens minted from DIRECT_LINE_SECRET.
 * - `local`: development without Azure; this server plays Direct Line itself.
 * - `off`: no chat (production without a secret); the page still loads and says so.
 */
export type DirectLineMode = 'directline' | 'local' | 'off';

export interface WebSettings {
  mode: DirectLineMode;
  /** Server-side only: never written to a response or a log. */
  directLineSecret: string;
  /** e.g. https://directline.botframework.com (no trailing slash). */
  directLineEndpoint: string;
  /** Other sites allowed to frame the widget and call the token endpoint. */
  allowedOrigins: string[];
  /** Development (no MicrosoftAppId): pages on localhost may embed the widget too. */
  allowLocalhost: boolean;
  trustProxyHops: number;
}

export function webSettings(config: Config): WebSettings {
  const production = config.MicrosoftAppId !== '';
  let mode: DirectLineMode = 'off';
  if (config.DIRECT_LINE_SECRET) mode = 'directline';
  else if (config.LOCAL_DIRECT_LINE && !production) mode = 'local';
  return {
    mode,
    directLineSecret: config.DIRECT_LINE_SECRET,
    directLineEndpoint: config.DIRECT_LINE_ENDPOINT,
    allowedOrigins: config.WIDGET_ALLOWED_ORIGINS,
    allowLocalhost: !production,
    trustProxyHops: config.TRUST_PROXY_HOPS,
  };
}
