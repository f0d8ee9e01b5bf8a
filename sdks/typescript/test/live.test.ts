// The SDK against a live Paylera API (PAYLERA_API_URL, PAYLERA_SECRET_KEY: `cargo xtask
// test` starts one): a merchant backend's calls, idempotent replays, and a real webhook
// delivered to a local server, verified by this SDK and by the official Standard
// Webhooks library.
import assert from "node:assert/strict";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";

import { Webhook } from "standardwebhooks";

import { API_VERSION, createPaylera, ok, PayleraError, verifyWebhook, WebhookVerificationError, type Paylera } from "../src/index.js";

const baseUrl = process.env.PAYLERA_API_URL;
const apiKey = process.env.PAYLERA_SECRET_KEY;
if (!baseUrl || !apiKey) throw new Error("PAYLERA_API_URL and PAYLERA_SECRET_KEY are required: the live API under test");

const paylera: Paylera = createPaylera({ apiKey, baseUrl });
const unique = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;

async function subscribedCustomer() {
  const customer = await ok(paylera.POST("/v1/customers", { body: { email: `ada-${unique}@example.com`, name: "Ada" } }));
  const product = await ok(paylera.POST("/v1/products", { body: { name: "Pro" } }));
  const price = await ok(
    paylera.POST("/v1/prices", {
      body: { product: product.id, currency: "usd", unit_amount: 1200, recurring: { interval: "month" } },
    }),
  );
  await ok(
    paylera.POST("/v1/payment_methods", {
      body: { card: { number: "4242424242424242", exp_month: 12, exp_year: 2034, cvc: "123" }, customer: customer.id },
    }),
  );
  const subscription = await ok(paylera.POST("/v1/subscriptions", { body: { customer: customer.id, price: price.id } }));
  return { customer, price, subscription };
}

describe("a merchant backend", () => {
  test("creates a customer, a subscription and a portal session, typed end to end", async () => {
    const { customer, subscription } = await subscribedCustomer();
    assert.equal(subscription.customer, customer.id);
    assert.equal(subscription.status, "active");

    const session = await ok(
      paylera.POST("/v1/portal/sessions", {
        body: { customer_id: customer.id, return_url: "https://merchant.example/account" },
      }),
    );
    assert.match(session.url ?? "", /\/p\//, "a single-use link");

    const expanded = await ok(
      paylera.GET("/v1/subscriptions/{id}", {
        params: { path: { id: subscription.id }, query: { "expand[]": ["customer", "latest_invoice"] } },
      }),
    );
    const expandedCustomer = expanded.customer;
    assert.ok(typeof expandedCustomer === "object", "expanded into the object");
    assert.equal(expandedCustomer.email, customer.email);

    const { response } = await paylera.GET("/v1/customers/{id}", { params: { path: { id: customer.id } } });
    assert.equal(response.headers.get("paylera-version"), API_VERSION, "the SDK's version is asked for");
  });

  test("one Idempotency-Key is one customer however often it is sent", async () => {
    const key = `sdk-${unique}`;
    const body = { email: `idem-${unique}@example.com` };
    const first = await paylera.POST("/v1/customers", { body, headers: { "Idempotency-Key": key } });
    const again = await paylera.POST("/v1/customers", { body, headers: { "Idempotency-Key": key } });
    assert.equal(again.data?.id, first.data?.id);
    assert.equal(again.response.headers.get("idempotent-replayed"), "true");
  });

  test("an error answer is a PayleraError with its code, param and documentation", async () => {
    await assert.rejects(
      paylera.GET("/v1/customers/{id}", { params: { path: { id: "cus_missing" } } }),
      (error: unknown) => {
        assert.ok(error instanceof PayleraError);
        assert.equal(error.status, 404);
        assert.equal(error.code, "resource_missing");
        assert.match(error.docUrl ?? "", /\/docs\/errors#resource_missing$/);
        assert.match(error.requestId ?? "", /^req_/);
        return true;
      },
    );
  });
});

describe("webhooks", () => {
  const received: { body: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: request.headers });
      response.writeHead(204).end();
    });
  });
  let secret = "";
  let endpointId = "";

  before(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const endpoint = await ok(
      paylera.POST("/v1/webhook_endpoints", {
        body: { url: `http://127.0.0.1:${port}/hooks/paylera`, enabled_events: ["customer.created"] },
      }),
    );
    secret = endpoint.secret ?? "";
    endpointId = endpoint.id;
  });

  after(async () => {
    if (endpointId) await paylera.DELETE("/v1/webhook_endpoints/{id}", { params: { path: { id: endpointId } } });
    server.close();
  });

  test("a real delivery verifies, typed, with this SDK and with the official library", async () => {
    assert.match(secret, /^whsec_/);
    const customer = await ok(paylera.POST("/v1/customers", { body: { email: `hook-${unique}@example.com` } }));
    const deadline = Date.now() + 20_000;
    let delivery: (typeof received)[number] | undefined;
    while (!delivery && Date.now() < deadline) {
      delivery = received.find((r) => r.body.includes(customer.id));
      if (!delivery) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.ok(delivery, "customer.created delivered within 20 s");

    const event = verifyWebhook(delivery.body, delivery.headers, secret);
    assert.equal(event.type, "customer.created");
    if (event.type === "customer.created") {
      // Typed: data.object is a Customer.
      assert.equal(event.data.object.id, customer.id);
      assert.equal(event.data.object.email, customer.email);
    }

    const official = new Webhook(secret).verify(delivery.body, delivery.headers as Record<string, string>);
    assert.deepEqual(official, JSON.parse(delivery.body));

    assert.throws(() => verifyWebhook(delivery.body.replace(customer.id, "cus_forged"), delivery.headers, secret), WebhookVerificationError);
    const stale = { ...delivery.headers, "webhook-timestamp": String(Math.floor(Date.now() / 1000) - 3600) };
    assert.throws(() => verifyWebhook(delivery.body, stale, secret), WebhookVerificationError);
    assert.throws(() => verifyWebhook(delivery.body, delivery.headers, "whsec_" + Buffer.from("another secret").toString("base64")), WebhookVerificationError);
  });
});
