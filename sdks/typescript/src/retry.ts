// Retries that cannot do a change twice: a POST is retried only with the
// `Idempotency-Key` it was first sent with (the API replays the first answer), after a
// connection failure, `409 idempotency_key_in_use`, `429` or a `5xx`; other answers are
// final. `Retry-After` is honoured (capped); otherwise exponential backoff with jitter.

export interface RetryOptions {
  /** Retries after the first attempt (default 2). */
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

const RETRIED = new Set([409, 429, 500, 502, 503, 504]);

export function retryingFetch(send: typeof globalThis.fetch, options: RetryOptions): (request: Request) => Promise<Response> {
  return async (request: Request) => {
    const retriable = request.method !== "POST" || request.headers.has("Idempotency-Key");
    for (let attempt = 0; ; attempt += 1) {
      const last = !retriable || attempt >= options.maxRetries;
      let response: Response;
      try {
        response = await send(request.clone());
      } catch (error) {
        if (last) throw error;
        await sleep(backoff(attempt, options));
        continue;
      }
      if (last || !RETRIED.has(response.status)) return response;
      if (response.status === 409 && !(await isKeyInUse(response))) return response;
      await response.body?.cancel();
      await sleep(retryAfter(response, options) ?? backoff(attempt, options));
    }
  };
}

async function isKeyInUse(response: Response): Promise<boolean> {
  const body = (await response.clone().json().catch(() => ({}))) as { error?: { code?: string } };
  return body.error?.code === "idempotency_key_in_use";
}

function retryAfter(response: Response, options: RetryOptions): number | undefined {
  const seconds = Number(response.headers.get("retry-after"));
  return Number.isFinite(seconds) && seconds >= 0 ? Math.min(seconds * 1000, options.maxDelayMs) : undefined;
}

function backoff(attempt: number, options: RetryOptions): number {
  const ceiling = Math.min(options.baseDelayMs * 2 ** attempt, options.maxDelayMs);
  return ceiling / 2 + Math.random() * (ceiling / 2);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
