// restify ships no type declarations and @types/restify lags behind and conflicts with
// current Node types, so this declares the small surface the server uses.
declare module 'restify' {
  import type { IncomingMessage, ServerResponse, Server as HttpServer } from 'node:http';

  export interface Request extends IncomingMessage {
    // Declared as an object for the adapter; the server checks the real shape at run time.
    body?: Record<string, unknown>;
    /** Route parameters such as `:conversationId`. */
    params?: Record<string, string>;
    getPath(): string;
    header(name: string, fallback?: string): string;
  }

  export interface Response extends ServerResponse {
    send(code?: number | unknown, body?: unknown, headers?: Record<string, string>): Response;
    header(name: string, value: string | number): void;
    status(code: number): number;
    sendRaw(code: number, body: string | Buffer, headers?: Record<string, string>): Response;
  }

  export type Next = (err?: unknown) => void;
  export type RequestHandler = (req: Request, res: Response, next: Next) => unknown;

  export interface ServerOptions {
    name?: string;
    handleUncaughtExceptions?: boolean;
    strictNext?: boolean;
  }

  export interface Server {
    server: HttpServer;
    url: string;
    address(): { port: number; address: string; family: string };
    listen(port: number, host?: string | (() => void), callback?: () => void): unknown;
    close(callback?: () => void): unknown;
    use(...handlers: RequestHandler[]): Server;
    pre(...handlers: RequestHandler[]): Server;
    get(path: string | RegExp, ...handlers: RequestHandler[]): unknown;
    post(path: string | RegExp, ...handlers: RequestHandler[]): unknown;
    opts(path: string | RegExp, ...handlers: RequestHandler[]): unknown;
    on(
      event: 'restifyError',
      listener: (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => void,
    ): unknown;
    on(event: string, listener: (...args: unknown[]) => void): unknown;
  }

  export function createServer(options?: ServerOptions): Server;

  export namespace plugins {
    function bodyParser(options?: { maxBodySize?: number; mapParams?: boolean; requestBodyOnGet?: boolean }): RequestHandler[];
    function jsonBodyParser(options?: { maxBodySize?: number; mapParams?: boolean }): RequestHandler[];
    function queryParser(options?: { mapParams?: boolean }): RequestHandler;
  }
}
