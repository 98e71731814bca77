// The environment, read once at start-up and validated, so a bad value stops the bot with one
// clear line instead of failing on the first message.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MEETING_DEFAULTS, parseFeedList } from '../meetings/feedConfig';
import { isTimeZone } from '../meetings/model';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** On unless set to false, 0 or no. */
const onUnlessFalse = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('')
  .transform((v) => v !== 'false' && v !== '0' && v !== 'no');

/** Web origins (`https://www.example.org`), separated by commas or spaces. */
const originList = z
  .string()
  .default('')
  .transform((value, ctx) =>
    value
      .split(/[\s,]+/)
      .filter(Boolean)
      .map((entry) => {
        const url = URL.canParse(entry) ? new URL(entry) : undefined;
        if (!url || !/^https?:$/.test(url.protocol) || url.origin !== entry.replace(/\/$/, '')) {
          ctx.addIssue({ code: 'custom', message: `has "${entry}", which is not an origin like https://www.example.org` });
        }
        return url?.origin ?? entry;
      }),
  );

const DIRECT_LINE_SERVICE = 'https://directline.botframework.com';
/** http is accepted only on this machine (tests' fake services, Azurite). */
const LOOPBACK_HTTP = /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/i;

/**
 * The Direct Line service: an https origin with an optional path (a proxy's), never ending in
 * /v3/directline, which the bot adds itself. Returned without a trailing slash.
 */
const directLineEndpoint = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .trim()
    .default(DIRECT_LINE_SERVICE)
    .transform((value, ctx) => {
      const url = URL.canParse(value) ? new URL(value) : undefined;
      const path = url?.pathname.replace(/\/+$/, '') ?? '';
      let problem: string | undefined;
      if (!url || (url.protocol !== 'https:' && !LOOPBACK_HTTP.test(value))) problem = `must be an https URL like ${DIRECT_LINE_SERVICE}`;
      else if (url.search || url.hash || url.username || url.password) problem = 'must have no query, fragment or credentials';
      else if (/\/v3\/directline$/i.test(path))
        problem = `must not end in /v3/directline (the bot adds it): use e.g. ${DIRECT_LINE_SERVICE}`;
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      return `${url!.origin}${path}`;
    }),
);

/** A storage account's blob endpoint (https://<account>.blob.core.windows.net), used with a managed identity. */
const storageAccountUrl = z
  .string()
  .trim()
  .default('')
  .refine((v) => {
    if (v === '') return true;
    const url = URL.canParse(v) ? new URL(v) : undefined;
    if (!url || url.search || url.hash || url.username) return false;
    // Azurite names the account in the path (http://127.0.0.1:10000/devstoreaccount1).
    if (LOOPBACK_HTTP.test(v)) return true;
    return url.protocol === 'https:' && url.pathname === '/';
  }, "must be the storage account's blob endpoint, like https://<account>.blob.core.windows.net (no container, no query)")
  .transform((v) => v.replace(/\/+$/, ''));

/** Salts anyone can read in this repository: they protect nothing. */
const KNOWN_SALTS = new Set(['support-group-navigator', 'change-me']);
const MIN_SALT_CHARS = 32;

/** MEETING_FEEDS: a JSON array or `fellowship=url[,format][,Time/Zone]` entries (src/meetings/feedConfig.ts). */
const meetingFeedList = z
  .string()
  .default('')
  .transform((value, ctx) => {
    try {
      return parseFeedList(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: (err as Error).message });
      return z.NEVER;
    }
  });

const ConfigSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    MicrosoftAppId: z.string().trim().default(''),
    MicrosoftAppPassword: z.string().default(''),
    MicrosoftAppType: z.enum(['SingleTenant', 'UserAssignedMSI', 'MultiTenant']).default('MultiTenant'),
    MicrosoftAppTenantId: z.string().trim().default(''),
    /** Refuse to start without Bot Framework authentication (set it in production). */
    REQUIRE_AUTH: booleanFromEnv,
    /** Minutes of inactivity after which a conversation's state is forgotten. */
    STATE_TTL_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(60 * 24 * 30)
      .default(24 * 60),
    /** Largest request body accepted on /api/messages, in bytes. */
    MAX_BODY_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(4 * 1024 * 1024)
      .default(256 * 1024),
    /** Secret used to hash ids (phone numbers on SMS) before they become storage keys. */
    ID_HASH_SALT: z.string().default('support-group-navigator'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Where conversation state lives: `memory` (one instance) or `blob` (Azure Blob Storage, shared). */
    STATE_STORAGE: z.enum(['memory', 'blob']).default('memory'),
    /** STATE_STORAGE=memory: entries kept at most (a conversation, a person's saved language); the oldest go first. */
    MEMORY_STATE_MAX_CONVERSATIONS: z.coerce.number().int().min(10).max(1_000_000).default(10_000),
    AZURE_STORAGE_CONNECTION_STRING: z
      .string()
      .trim()
      .default('')
      .refine(
        (v) => v === '' || /(^|;)\s*(AccountName|BlobEndpoint)=|^UseDevelopmentStorage=true;?$/i.test(v),
        'is not an Azure Storage connection string (AccountName=...;AccountKey=...; or BlobEndpoint=...)',
      ),
    /** Instead of a connection string: the account's blob endpoint, reached with the managed identity (DefaultAzureCredential). */
    AZURE_STORAGE_ACCOUNT_URL: storageAccountUrl,
    /** Blob container for conversation state; created if missing. */
    STATE_CONTAINER: z
      .string()
      .trim()
      .default('')
      .refine(
        (v) => v === '' || /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(v),
        'must be 3-63 lowercase letters, digits and single hyphens',
      ),
    /** Longest a state read or write may take before the person gets an apology (milliseconds). */
    STATE_TIMEOUT_MS: z.coerce.number().int().min(200).max(30_000).default(3000),
    /** Activities accepted per conversation per window on /api/messages; more get 429. */
    RATE_LIMIT_MESSAGES: z.coerce.number().int().min(1).max(10_000).default(20),
    RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
    /** The Azure Bot's Direct Line secret: exchanged for tokens by the server, never sent to a browser. */
    DIRECT_LINE_SECRET: z.string().trim().default(''),
    DIRECT_LINE_ENDPOINT: directLineEndpoint,
    /** Development: a local Direct Line for the website widget when no secret or app id is set. */
    LOCAL_DIRECT_LINE: onUnlessFalse,
    /** Sites allowed to embed the widget (frame-ancestors) and to call the token endpoint (CORS). */
    WIDGET_ALLOWED_ORIGINS: originList,
    /** Proxies in front of the bot that append to X-Forwarded-For (App Service: 1); 0 = use the socket address. */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
    /** Meeting lists to search (see the README); empty = the invented samples in content/data/meetings. */
    MEETING_FEEDS: meetingFeedList,
    /** Minutes between two reads of every meeting feed. */
    MEETING_REFRESH_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .default(MEETING_DEFAULTS.refreshMinutes),
    MEETING_FEED_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(MEETING_DEFAULTS.feedTimeoutSeconds),
    MEETING_FEED_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(200 * 1024 * 1024)
      .default(MEETING_DEFAULTS.feedMaxBytes),
    /** Allow meeting feeds on private, loopback and link-local addresses (a local network, tests); off: such feeds are refused. */
    MEETING_FEEDS_ALLOW_PRIVATE: booleanFromEnv,
    /** The zone "tonight" means when neither a place nor the person's device says (SMS users: the US). */
    DEFAULT_TIME_ZONE: z
      .string()
      .trim()
      .default(MEETING_DEFAULTS.timeZone)
      .refine(isTimeZone, 'must be a time zone name like America/Chicago'),
    /** Telemetry to Azure Monitor / Application Insights (a secret; see docs/telemetry.md). Empty = none. */
    APPLICATIONINSIGHTS_CONNECTION_STRING: z.string().trim().default(''),
    /** Telemetry to any OTLP/HTTP collector, e.g. http://localhost:4318. Empty = none. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || /^https?:\/\/[^\s/]+/i.test(v), 'must be an http(s) URL such as http://localhost:4318'),
    /** Turns on GET /metrics (Prometheus text), answered only with "Authorization: Bearer <token>". */
    METRICS_TOKEN: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || v.length >= 16, 'must be at least 16 characters (it guards /metrics)'),
    TELEMETRY_EXPORT_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}`,
      });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}`,
      });
    }
    if (c.STATE_STORAGE === 'blob') {
      if (!c.AZURE_STORAGE_CONNECTION_STRING && !c.AZURE_STORAGE_ACCOUNT_URL) {
        ctx.addIssue({
          code: 'custom',
          path: ['AZURE_STORAGE_CONNECTION_STRING'],
          message: 'or AZURE_STORAGE_ACCOUNT_URL is required when STATE_STORAGE=blob',
        });
      }
      if (!c.STATE_CONTAINER) ctx.addIssue({ code: 'custom', path: ['STATE_CONTAINER'], message: 'is required when STATE_STORAGE=blob' });
    }
    if (c.AZURE_STORAGE_CONNECTION_STRING && c.AZURE_STORAGE_ACCOUNT_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AZURE_STORAGE_ACCOUNT_URL'],
        message: 'and AZURE_STORAGE_CONNECTION_STRING are both set: set one, not both',
      });
    }
    if (c.REQUIRE_AUTH && !c.MicrosoftAppId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is empty but REQUIRE_AUTH=true: refusing to run without Bot Framework authentication',
      });
    }
    // A known salt lets anyone who reads the storage keys recover the phone numbers they hash.
    if (c.REQUIRE_AUTH && (KNOWN_SALTS.has(c.ID_HASH_SALT) || c.ID_HASH_SALT.length < MIN_SALT_CHARS)) {
      ctx.addIssue({
        code: 'custom',
        path: ['ID_HASH_SALT'],
        message: `must be a random secret of at least ${MIN_SALT_CHARS} characters when REQUIRE_AUTH=true (not the built-in or .env.example value)`,
      });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Every environment variable the configuration reads (the deployment template is checked against it). */
export function configVariables(): string[] {
  return Object.keys(ConfigSchema.innerType().shape);
}

export class ConfigError extends Error {}

/** Validates an environment; throws a ConfigError whose message is one line naming the variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  // App Service passes a Key Vault reference it could not resolve (no access yet, a deleted
  // secret) through as text: a salt or secret must never silently be that text.
  const unresolved = configVariables().filter((name) => env[name]?.trim().startsWith('@Microsoft.KeyVault('));
  if (unresolved.length)
    throw new ConfigError(
      `Invalid configuration: ${unresolved.join(', ')} ${unresolved.length > 1 ? 'are' : 'is'} an unresolved Key Vault reference (check the app's identity and the secret)`,
    );
  const result = ConfigSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`);
  throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
}

/** Loads `.env` from the project root when present; real environment variables win. */
export function loadDotEnv(file = path.resolve(__dirname, findRootFrom(__dirname), '.env')): void {
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

function findRootFrom(dir: string): string {
  let current = dir;
  while (!fs.existsSync(path.join(current, 'package.json'))) {
    const parent = path.dirname(current);
    if (parent === current) return dir;
    current = parent;
  }
  return current;
}
