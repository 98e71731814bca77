// Exchanges the Direct Line secret for a token that covers one conversation of one random user.
// The secret goes only into this server-to-server request's Authorization header.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

const GeneratedTokenSchema = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});
export type GeneratedToken = z.infer<typeof GeneratedTokenSchema>;

/** Why a token could not be had; carries the service's status, never its body or the secret. */
export class TokenExchangeError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'refused' | 'unexpected',
    readonly status?: number,
  ) {
    super(`Direct Line token exchange failed: ${reason}${status ? ` (${status})` : ''}`);
    this.name = 'TokenExchangeError';
  }
}

/** A user id nobody can guess: Direct Line's enhanced authentication pins the token to it. */
export function newDirectLineUserId(): string {
  return `dl_${randomBytes(16).toString('hex')}`;
}

export interface TokenRequest {
  endpoint: string;
  secret: string;
  userId: string;
  /** The page origins allowed to use the token (Direct Line enhanced authentication). */
  trustedOrigins: string[];
  timeoutMs?: number;
}

export async function generateDirectLineToken({
  endpoint,
  secret,
  userId,
  trustedOrigins,
  timeoutMs = 10_000,
}: TokenRequest): Promise<GeneratedToken> {
  let response: Response;
  try {
    response = await fetch(`${endpoint}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId }, ...(trustedOrigins.length ? { trustedOrigins } : {}) }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch {
    throw new TokenExchangeError('unreachable');
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new TokenExchangeError('refused', response.status);
  }
  const parsed = GeneratedTokenSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) throw new TokenExchangeError('unexpected', response.status);
  return parsed.data;
}
