// A small structured logger that never writes what a person said or who they are: callers pass
// only the fields below, and error messages are scrubbed of anything that looks like a phone
// number, an id or an e-mail address before they are written.
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LogFields {
  correlationId?: string;
  channelId?: string;
  activityType?: string;
  status?: number;
  durationMs?: number;
  errorName?: string;
  errorMessage?: string;
  port?: number;
  detail?: string;
}

export type LogSink = (line: string) => void;

export class Logger {
  constructor(
    private readonly level: Level | 'silent' = 'info',
    private readonly sink: LogSink = (line) => process.stdout.write(`${line}\n`),
  ) {}

  debug(event: string, fields: LogFields = {}): void {
    this.write('debug', event, fields);
  }
  info(event: string, fields: LogFields = {}): void {
    this.write('info', event, fields);
  }
  warn(event: string, fields: LogFields = {}): void {
    this.write('warn', event, fields);
  }
  error(event: string, fields: LogFields = {}): void {
    this.write('error', event, fields);
  }

  private write(level: Level, event: string, fields: LogFields): void {
    if (ORDER[level] < ORDER[this.level]) return;
    this.sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...bounded(fields) }));
  }
}

/** Sentences (details, error messages) keep more than names and ids. */
const LONG_FIELD_CHARS = 300;
const SHORT_FIELD_CHARS = 100;

/**
 * Many values come from a request (channel id, activity type, error names built from input): each
 * is cut short, so that a forged request cannot write huge log lines.
 */
function bounded(fields: LogFields): LogFields {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string') out[name] = value;
    else if (name === 'errorMessage') out[name] = scrub(value);
    else out[name] = value.slice(0, name === 'detail' ? LONG_FIELD_CHARS : SHORT_FIELD_CHARS);
  }
  return out as LogFields;
}

/** Removes phone numbers, long ids, e-mail addresses and URLs; keeps the shape of the message. */
export function scrub(message: string): string {
  return message
    .slice(0, 300)
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '<email>')
    .replace(/https?:\/\/\S+/g, '<url>')
    .replace(/\+?\d[\d\s().-]{6,}\d/g, '<number>')
    .replace(/\b[0-9a-f]{8,}(?:-[0-9a-f]{4,})*\b/gi, '<id>')
    .replace(/\b[A-Za-z0-9_-]{24,}\b/g, '<id>');
}

export function describeError(err: unknown): { errorName: string; errorMessage: string } {
  if (err instanceof Error) return { errorName: err.name, errorMessage: err.message };
  return { errorName: typeof err, errorMessage: String(err) };
}
