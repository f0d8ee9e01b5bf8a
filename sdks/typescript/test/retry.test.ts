// Retries against a local stand-in: a POST is retried with the very same
// Idempotency-Key after a 503 and a 409 `idempotency_key_in_use`; a 400 is final.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { test } from "node:test";

import { createPaylera, PayleraError } from "../src/index.js";

async function standIn(answers: { status: number; body: unknown; headers?: Record<string, string> }[]) {
  const seen: { key: string | undefined; version: string | undefined }[] = [];
  const server = createServer((request, response) => {
    request.resume();
    request.on("end", () => {
      seen.push({
        key: request.headers["idempotency-key"] as string | undefined,
        version: request.headers["paylera-version"] as string | undefined,
      });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
      response.writeHead(answer.status, { "content-type": "application/json", ...answer.headers });
      response.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, close: () => server.close() };
}

const customer = { id: "cus_1", object: "customer" };
const error = (code: string) => ({ error: { type: "invalid_request_error", code, message: code } });

test("a POST is retried with its first Idempotency-Key until an answer is final", async () => {
  const api = await standIn([
    { status: 503, body: error("service_unavailable") },
    { status: 409, body: error("idempotency_key_in_use"), headers: { "retry-after": "0" } },
    { status: 200, body: customer },
  ]);
  try {
    const paylera = createPaylera({ apiKey: "sk_test_x", baseUrl: api.url, baseDelayMs: 10 });
    const { data } = await paylera.POST("/v1/customers", { body: { email: "a@example.com" } });
    assert.equal(data?.id, "cus_1");
    assert.equal(api.seen.length, 3);
    const keys = new Set(api.seen.map((s) => s.key));
    assert.equal(keys.size, 1, "one key for every attempt");
    assert.ok([...keys][0], "a key was made");
    assert.ok(api.seen.every((s) => s.version === "2026-12-07"));
  } finally {
    api.close();
  }
});

test("a 400 is never retried, and gives up after maxRetries", async () => {
  const refused = await standIn([{ status: 400, body: error("parameter_invalid") }]);
  try {
    const paylera = createPaylera({ apiKey: "sk_test_x", baseUrl: refused.url, baseDelayMs: 10 });
    await assert.rejects(paylera.POST("/v1/customers", { body: {} }), (e: unknown) => e instanceof PayleraError && e.code === "parameter_invalid");
    assert.equal(refused.seen.length, 1);
  } finally {
    refused.close();
  }
  const down = await standIn([{ status: 503, body: error("service_unavailable") }]);
  try {
    const paylera = createPaylera({ apiKey: "sk_test_x", baseUrl: down.url, baseDelayMs: 10, maxRetries: 2 });
    await assert.rejects(paylera.POST("/v1/customers", { body: {} }), (e: unknown) => e instanceof PayleraError && e.status === 503);
    assert.equal(down.seen.length, 3, "the first attempt and two retries");
  } finally {
    down.close();
  }
});
