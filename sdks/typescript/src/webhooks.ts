// Webhook verification (Standard Webhooks, as Paylera signs) and typed events.
//
// Paylera POSTs each event with `webhook-id`, `webhook-timestamp` and
// `webhook-signature`: `v1,<base64 HMAC-SHA256>` of `{id}.{timestamp}.{body}`, keyed
// with the base64 bytes after the endpoint secret's `whsec_`; two signatures,
// space-separated, while a rotated secret overlaps. Verify the raw body, before parsing.
import { createHmac, timingSafeEqual } from "node:crypto";

import type { webhooks } from "./generated/openapi.js";

/** Every event type, from the document's `webhooks`. */
export type EventType = keyof webhooks & string;
/** The event of `type` K: its `data.object` is that type's object. */
export type EventOf<K extends EventType> = webhooks[K]["post"] extends {
  requestBody: { content: { "application/json": infer Body } };
}
  ? Body & { type: K }
  : never;
/** Any event, discriminated by `type`. */
export type PayleraEvent = { [K in EventType]: EventOf<K> }[EventType];

export class WebhookVerificationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WebhookVerificationError";
  }
}

type Headers = Record<string, string | string[] | undefined> | globalThis.Headers;

function header(headers: Headers, name: string): string | undefined {
  if (typeof (headers as globalThis.Headers).get === "function") {
    return (headers as globalThis.Headers).get(name) ?? undefined;
  }
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * The event `payload` carries, once its signature by `secret` (`whsec_…`) is checked and
 * its timestamp is within `toleranceSeconds` of now (either way); otherwise throws
 * {@link WebhookVerificationError}.
 */
export function verifyWebhook(
  payload: string | Uint8Array,
  headers: Headers,
  secret: string,
  toleranceSeconds = 300,
): PayleraEvent {
  const id = header(headers, "webhook-id");
  const timestamp = header(headers, "webhook-timestamp");
  const signatures = header(headers, "webhook-signature");
  if (!id || !timestamp || !signatures) throw new WebhookVerificationError("Missing webhook-id, webhook-timestamp or webhook-signature.");
  const sent = Number(timestamp);
  if (!/^\d+$/.test(timestamp) || Math.abs(Date.now() / 1000 - sent) > toleranceSeconds) {
    throw new WebhookVerificationError("The timestamp is too far from now.");
  }
  const key = Buffer.from(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret, "base64");
  const body = typeof payload === "string" ? Buffer.from(payload, "utf8") : Buffer.from(payload);
  const expected = createHmac("sha256", key)
    .update(`${id}.${timestamp}.`)
    .update(body)
    .digest();
  const matches = signatures.split(" ").some((signature) => {
    const [version, value] = signature.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) throw new WebhookVerificationError("No signature matches.");
  return JSON.parse(body.toString("utf8")) as PayleraEvent;
}
