// Composition root: configuration -> app -> listen, and a clean stop on SIGTERM/SIGINT.
import { createApp } from './src/host/app';
import { ConfigError, loadDotEnv, parseConfig } from './src/host/config';

function main(): void {
  loadDotEnv();
  let config;
  let app;
  try {
    config = parseConfig(process.env);
    // Building the app checks what the configuration names (MEETING_FEEDS' fellowships, for one).
    app = createApp(config);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }

  const { server, logger, warmUp } = app;
  if (!config.MicrosoftAppId) {
    logger.warn('auth_disabled', {
      detail:
        'MicrosoftAppId is empty: Bot Framework authentication is OFF. Fine for local development only; set MicrosoftAppId (and REQUIRE_AUTH=true) in production.',
    });
  }
  server.listen(config.PORT, () => {
    const base = `http://localhost:${server.address().port}`;
    logger.info('listening', { port: server.address().port, detail: `POST ${base}/api/messages` });
    // The address to open in a browser, printed where a developer looks first.
    logger.info('web_widget_url', { detail: `Website widget: ${base}/ (the chat panel alone: ${base}/chat)` });
    warmUp.start();
  });

  const stop = (signal: string) => {
    logger.info('stopping', { detail: signal });
    server.close(() => process.exit(0));
    // Requests in flight get a few seconds to finish.
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main();
