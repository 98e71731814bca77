// The environment, read once at start-up and validated, so a bad value stops the bot with one
// clear line instead of failing on the first message.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseFeedList } from './meetings/feedConfig';
import { isTimeZone } from './meetings/model';

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

/** The Direct Line service: https, or http on this machine (tests' fake service). */
const directLineEndpoint = z.preprocess(
  (v) => (v === '' ? undefined : v),
  z
    .string()
    .url()
    .refine((v) => /^https:\/\//.test(v) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/?$/.test(v), 'must be an https URL')
    .transform((v) => v.replace(/\/+$/, ''))
    .default('https://directline.botframework.com'),
);

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
    STATE_TTL_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 30).default(24 * 60),
    /** Largest request body accepted on /api/messages, in bytes. */
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(4 * 1024 * 1024).default(256 * 1024),
    /** Secret used to hash ids (phone numbers on SMS) before they become storage keys. */
    ID_HASH_SALT: z.string().default('support-group-navigator'),
    LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
    /** Where conversation state lives: `memory` (one instance) or `blob` (Azure Blob Storage, shared). */
    STATE_STORAGE: z.enum(['memory', 'blob']).default('memory'),
    AZURE_STORAGE_CONNECTION_STRING: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || /(^|;)\s*(AccountName|BlobEndpoint)=|^UseDevelopmentStorage=true;?$/i.test(v), 'is not an Azure Storage connection string (AccountName=...;AccountKey=...; or BlobEndpoint=...)'),
    /** Blob container for conversation state; created if missing. */
    STATE_CONTAINER: z
      .string()
      .trim()
      .default('')
      .refine((v) => v === '' || /^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(v), 'must be 3-63 lowercase letters, digits and single hyphens'),
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
    MEETING_REFRESH_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
    MEETING_FEED_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(120).default(15),
    MEETING_FEED_MAX_BYTES: z.coerce.number().int().min(1024).max(200 * 1024 * 1024).default(20 * 1024 * 1024),
    /** Allow meeting feeds on private, loopback and link-local addresses (a local network, tests); off: such feeds are refused. */
    MEETING_FEEDS_ALLOW_PRIVATE: booleanFromEnv,
    /** The zone "tonight" means when neither a place nor the person's device says (SMS users: the US). */
    DEFAULT_TIME_ZONE: z.string().trim().default('America/New_York').refine(isTimeZone, 'must be a time zone name like America/Chicago'),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (c.MicrosoftAppId && c.MicrosoftAppType !== 'MultiTenant' && !c.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: `is required when MicrosoftAppType is ${c.MicrosoftAppType}` });
    }
    if (c.STATE_STORAGE === 'blob') {
      for (const name of ['AZURE_STORAGE_CONNECTION_STRING', 'STATE_CONTAINER'] as const) {
        if (!c[name]) ctx.addIssue({ code: 'custom', path: [name], message: 'is required when STATE_STORAGE=blob' });
      }
    }
    if (c.REQUIRE_AUTH && !c.MicrosoftAppId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'is empty but REQUIRE_AUTH=true: refusing to run without Bot Framework authentication' });
    }
  });

export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Validates an environment; throws a ConfigError whose message is one line naming the variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
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
