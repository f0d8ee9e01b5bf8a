// Paylera's API for Node.js and TypeScript. Every path, parameter, body and answer is
// typed from the OpenAPI document (`src/generated/openapi.ts`, made by
// openapi-typescript: `npm run generate`); requests go through openapi-fetch. On top:
// the credential and the API version on every request, an `Idempotency-Key` on every
// POST with retries that reuse it, one error type, webhook verification and typed events.
import createClient, { type Client, type Middleware } from "openapi-fetch";

import type { components, paths } from "./generated/openapi.js";
import { PayleraError } from "./errors.js";
import { retryingFetch, type RetryOptions } from "./retry.js";

export type { components, paths, webhooks } from "./generated/openapi.js";
export { PayleraError } from "./errors.js";
export { verifyWebhook, WebhookVerificationError, type PayleraEvent, type EventOf, type EventType } from "./webhooks.js";

/** The API version this SDK was generated from, sent as `Paylera-Version` on every request. */
export const API_VERSION = "2026-12-07";
/** This SDK's version, in its `User-Agent`. */
export const SDK_VERSION = "0.1.0";

export type Schemas = components["schemas"];

export interface PayleraOptions extends Partial<RetryOptions> {
  /** A secret key (`sk_test_…` / `sk_live_…`). */
  apiKey: string;
  /** The API's base URL (default `http://127.0.0.1:8080`, what `cargo xtask up` starts). */
  baseUrl?: string;
  /** The fetch to send with (tests); default the global one. */
  fetch?: typeof globalThis.fetch;
}

/** The typed client: `paylera.GET("/v1/customers/{id}", { params: { path: { id } } })`. */
export type Paylera = Client<paths>;

/**
 * A client for `options.apiKey`. Calls answer `{ data, response }`; an error answer
 * throws a {@link PayleraError} instead, so `data` is there when a call returns (use
 * {@link ok} to get it typed as present).
 */
export function createPaylera(options: PayleraOptions): Paylera {
  const client = createClient<paths>({
    baseUrl: options.baseUrl ?? "http://127.0.0.1:8080",
    fetch: retryingFetch(options.fetch ?? globalThis.fetch, {
      maxRetries: options.maxRetries ?? 2,
      baseDelayMs: options.baseDelayMs ?? 250,
      maxDelayMs: options.maxDelayMs ?? 5_000,
    }),
  });
  const credentials: Middleware = {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${options.apiKey}`);
      request.headers.set("Paylera-Version", API_VERSION);
      request.headers.set("User-Agent", `paylera-node/${SDK_VERSION}`);
      if (request.method === "POST" && !request.headers.has("Idempotency-Key")) {
        request.headers.set("Idempotency-Key", crypto.randomUUID());
      }
      return request;
    },
    async onResponse({ response }) {
      if (!response.ok) throw await PayleraError.from(response);
      return response;
    },
  };
  client.use(credentials);
  return client;
}

/** The data of a call that did not throw, typed as present. */
export async function ok<T>(call: Promise<{ data?: T; response: Response }>): Promise<T> {
  const { data, response } = await call;
  if (data === undefined) throw new PayleraError(response.status, { message: "The answer had no body." }, response);
  return data;
}
