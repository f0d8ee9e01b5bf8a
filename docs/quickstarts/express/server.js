// A merchant backend in Express (Paylera quickstart): the signed-in customer's billing
// page, a "Manage billing" button that opens Paylera's hosted portal, and the webhooks
// the portal's actions send, verified and used to keep a local cache fresh.
//
//   PAYLERA_API_URL=http://127.0.0.1:8080 PAYLERA_SECRET_KEY=sk_test_… \
//   PAYLERA_WEBHOOK_SECRET=whsec_… PAYLERA_CUSTOMER_ID=cus_… PORT=4242 npm start
import express from "express";
import { createPaylera, ok, verifyWebhook, WebhookVerificationError } from "@paylera/sdk";

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    console.error(`${name} is required (see README.md)`);
    process.exit(2);
  }
  return value;
};
const port = Number(env("PORT"));
const webhookSecret = env("PAYLERA_WEBHOOK_SECRET");
// Your app knows which Paylera customer its signed-in user is; the demo takes it from the env.
const customerId = env("PAYLERA_CUSTOMER_ID");
const paylera = createPaylera({ apiKey: env("PAYLERA_SECRET_KEY"), baseUrl: env("PAYLERA_API_URL") });

// The local cache the webhooks keep fresh (a database table in a real app), for the
// signed-in customer. Deliveries may arrive out of order and more than once: each
// handler re-reads the object from the API (its state now, not the event's copy), and
// an event id is recorded once handled.
const EVENT_TYPES = [
  "subscription.updated",
  "subscription.canceled",
  "subscription.reactivated",
  "customer.payment_method_attached",
  "customer.payment_method_detached",
  "customer.updated",
  "portal.session.completed",
];
const state = {
  handled: Object.fromEntries(EVENT_TYPES.map((type) => [type, 0])),
  subscriptions: {},
  cards: [],
  customer: {},
  portal_sessions: [],
};
const seen = new Set();

const refreshSubscription = async (subscription) => {
  if (subscription.customer !== customerId) return;
  const now = await ok(paylera.GET("/v1/subscriptions/{id}", { params: { path: { id: subscription.id } } }));
  state.subscriptions[now.id] = { status: now.status, price: now.price, cancel_at_period_end: now.cancel_at_period_end };
};
const refreshCards = async () => {
  const cards = await ok(paylera.GET("/v1/customers/{id}/payment_methods", { params: { path: { id: customerId } } }));
  state.cards = cards.data.map((card) => card.id);
};

const handlers = {
  "subscription.updated": refreshSubscription,
  "subscription.canceled": refreshSubscription,
  "subscription.reactivated": refreshSubscription,
  "customer.payment_method_attached": refreshCards,
  // A detached card names no customer any more: re-read the list.
  "customer.payment_method_detached": refreshCards,
  "customer.updated": async (customer) => {
    if (customer.id !== customerId) return;
    const now = await ok(paylera.GET("/v1/customers/{id}", { params: { path: { id: customerId } } }));
    state.customer = { id: now.id, address: now.address, tax_ids: now.tax_ids.length };
  },
  // One summary of everything the customer did in the portal.
  "portal.session.completed": async (session) => {
    if (session.customer_id === customerId) state.portal_sessions.push({ id: session.id, summary: session.summary });
  },
};

const app = express();

app.get("/healthz", (_req, res) => res.send("ok"));

app.get("/", (_req, res) => {
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const subscriptions = Object.entries(state.subscriptions)
    .map(([id, s]) => `<li>${escape(id)}: ${escape(s.status)}${s.cancel_at_period_end ? " (ends at period end)" : ""}</li>`)
    .join("");
  res.type("html").send(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Billing</title></head>
<body><main><h1>Billing</h1>
<form method="post" action="/billing-portal"><button type="submit">Manage billing</button></form>
<h2>What Paylera told us</h2><ul>${subscriptions || "<li>No subscription change yet.</li>"}</ul>
<p>Cards: ${state.cards.length}. Portal visits: ${state.portal_sessions.length}.</p></main></body></html>`);
});

// "Manage billing": a single-use portal link for this customer, then off they go.
app.post("/billing-portal", async (_req, res) => {
  try {
    const session = await ok(
      paylera.POST("/v1/portal/sessions", {
        body: { customer_id: customerId, return_url: `http://127.0.0.1:${port}/` },
      }),
    );
    res.redirect(303, session.url);
  } catch (error) {
    console.error("portal session:", error.message);
    res.status(502).send("The billing portal is unavailable; try again.");
  }
});

// Webhooks: verify the raw bytes (not re-serialised JSON), then handle once per event.
app.post("/webhooks", express.raw({ type: "application/json" }), async (req, res) => {
  let event;
  try {
    event = verifyWebhook(req.body, req.headers, webhookSecret);
  } catch (error) {
    if (error instanceof WebhookVerificationError) return res.status(400).send(error.message);
    throw error;
  }
  const handle = handlers[event.type];
  if (handle && !seen.has(event.id)) {
    try {
      await handle(event.data.object);
    } catch (error) {
      // Not handled: Paylera delivers it again later.
      console.error(`${event.type} ${event.id}:`, error.message);
      return res.status(500).end();
    }
    if (seen.has(event.id)) return res.status(204).end(); // handled meanwhile by a retry
    seen.add(event.id);
    state.handled[event.type] += 1;
  }
  res.status(204).end();
});

// What the webhooks taught this app (the test suite reads it).
app.get("/state.json", (_req, res) => res.json(state));

app.listen(port, "127.0.0.1", () => console.log(`quickstart listening on http://127.0.0.1:${port}`));
