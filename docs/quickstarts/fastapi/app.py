"""Paylera quickstart for FastAPI: the billing page of a signed-in customer.

- GET  /                the customer's billing page, with a "Manage billing" button
- POST /billing-portal  opens a Paylera portal session and redirects (303) to it
- POST /webhooks        verifies Paylera's webhooks and keeps a local cache up to date
- GET  /state.json      that cache, and how many events of each type were handled
- GET  /healthz         200 once the app is up

Configuration comes from the environment (see README.md); run it with `bash run.sh`.
"""

from __future__ import annotations

import html
import os
import sys
import threading
from collections import Counter
from typing import Any

import paylera
from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response
from paylera import webhooks


def env(name: str) -> str:
    value = os.environ.get(name, "").strip()
    if not value:
        sys.exit(f"paylera quickstart: the environment variable {name} is not set (see README.md)")
    return value


API_URL = env("PAYLERA_API_URL")  # e.g. http://127.0.0.1:8080
SECRET_KEY = env("PAYLERA_SECRET_KEY")  # sk_test_...: server side only, never in a page
WEBHOOK_SECRET = env("PAYLERA_WEBHOOK_SECRET")  # whsec_...: your webhook endpoint's secret
CUSTOMER_ID = env("PAYLERA_CUSTOMER_ID")  # the signed-in user's Paylera customer (cus_...)
PORT = env("PORT")

client = paylera.Paylera(SECRET_KEY, base_url=API_URL)
app = FastAPI(title="Paylera quickstart (FastAPI)")


# -- The local cache that webhooks keep up to date ---------------------------------------
# In memory for the demo; in your app, rows of your database. This demo has one signed-in
# customer, so it caches only what is theirs (the endpoint gets the whole account's events).

subscriptions: dict[str, dict[str, Any]] = {}  # subscription id -> status, price, ...
cards: set[str] = set()  # the customer's payment method ids
customer: dict[str, Any] = {"id": CUSTOMER_ID, "address": None, "tax_ids": 0}
portal_sessions: list[dict[str, Any]] = []  # completed portal sessions, oldest first


def customer_id_of(value: Any) -> str | None:
    """An expandable `customer` field: its id, the expanded Customer, or nothing."""
    return value if isinstance(value, str) else getattr(value, "id", None)


def retrieve(resource: Any, object_id: str) -> Any:
    """The object as it is now, or None if it no longer exists."""
    try:
        return resource.retrieve(object_id)
    except paylera.PayleraError as exc:
        if exc.status == 404:
            return None
        raise  # anything else: answer 500, and Paylera delivers the event again later


# Deliveries run in parallel and may arrive out of order (a "canceled" after the
# "reactivated" that followed it), so each refresh reads the object as it is now
# instead of trusting the copy inside the event.


def refresh_subscription(subscription_id: str) -> None:
    sub = retrieve(client.subscriptions, subscription_id)
    if sub is None or customer_id_of(sub.customer) != CUSTOMER_ID:
        subscriptions.pop(subscription_id, None)
        return
    subscriptions[sub.id] = {
        "status": str(sub.status),
        "price": sub.price if isinstance(sub.price, str) else sub.price.id,
        "cancel_at_period_end": sub.cancel_at_period_end,
    }


def refresh_card(payment_method_id: str) -> None:
    pm = retrieve(client.payment_methods, payment_method_id)
    if pm is not None and customer_id_of(pm.customer) == CUSTOMER_ID:
        cards.add(pm.id)
    else:
        cards.discard(payment_method_id)  # detached (or deleted): no longer the customer's


def refresh_customer() -> None:
    cus = retrieve(client.customers, CUSTOMER_ID)
    if cus is not None:
        customer["address"] = cus.address.to_dict() if cus.address else None
        customer["tax_ids"] = len(cus.tax_ids)


# -- One small function per event: each receives the event's typed `data.object` ---------


def on_subscription_updated(sub: paylera.models.Subscription) -> None:
    refresh_subscription(sub.id)  # plan, quantity, status changes


def on_subscription_canceled(sub: paylera.models.Subscription) -> None:
    refresh_subscription(sub.id)  # now or at the period end: e.g. offer something to stay


def on_subscription_reactivated(sub: paylera.models.Subscription) -> None:
    refresh_subscription(sub.id)  # a pending cancellation was undone


def on_payment_method_attached(pm: paylera.models.PaymentMethod) -> None:
    refresh_card(pm.id)


def on_payment_method_detached(pm: paylera.models.PaymentMethod) -> None:
    refresh_card(pm.id)  # the event's copy no longer names its customer


def on_customer_updated(cus: paylera.models.Customer) -> None:
    if cus.id == CUSTOMER_ID:
        refresh_customer()  # address, tax ids, default card, ...


def on_portal_session_completed(session: paylera.models.CompletedPortalSession) -> None:
    # The summary lists everything the customer did in the portal: use it to refresh
    # local caches in one shot.
    if session.customer_id != CUSTOMER_ID:
        return
    portal_sessions.append({"id": session.id, "summary": session.summary.to_dict()})
    for action in session.summary.actions:
        kind = str(action.kind)
        if kind.startswith("subscription."):
            refresh_subscription(action.object_id)
        elif kind.startswith("customer.payment_method_"):
            refresh_card(action.object_id)
        elif kind.startswith("customer."):
            refresh_customer()


HANDLERS = {
    "subscription.updated": on_subscription_updated,
    "subscription.canceled": on_subscription_canceled,
    "subscription.reactivated": on_subscription_reactivated,
    "customer.payment_method_attached": on_payment_method_attached,
    "customer.payment_method_detached": on_payment_method_detached,
    "customer.updated": on_customer_updated,
    "portal.session.completed": on_portal_session_completed,
}
handled: Counter[str] = Counter({event_type: 0 for event_type in HANDLERS})
seen_event_ids: set[str] = set()  # in your database: a table with a unique event id
lock = threading.Lock()  # one event at a time, so a redelivery never races its original


def process(event: webhooks.Event) -> None:
    with lock:
        if event.id in seen_event_ids:  # delivered at least once: this one was handled
            return
        handler = HANDLERS.get(event.type)  # any other type: acknowledged and ignored
        if handler is not None:
            handler(event.data.object)
            handled[event.type] += 1
        # Remembered only once handled: if the handler raised, the 500 makes Paylera retry.
        seen_event_ids.add(event.id)


@app.post("/webhooks")
async def receive_webhook(request: Request) -> Response:
    body = await request.body()  # the raw bytes: never verify re-serialised JSON
    try:
        event = webhooks.verify(body, request.headers, WEBHOOK_SECRET)
    except paylera.WebhookVerificationError as exc:
        return PlainTextResponse(f"invalid webhook: {exc}", status_code=400)
    await run_in_threadpool(process, event)  # the handlers call the API: off the event loop
    return Response(status_code=204)


# -- Pages --------------------------------------------------------------------------------


@app.post("/billing-portal")
def open_billing_portal() -> Response:
    try:
        session = client.portal_sessions.create(
            customer_id=CUSTOMER_ID, return_url=f"http://127.0.0.1:{PORT}/"
        )
    except paylera.PayleraError as exc:
        return PlainTextResponse(f"Paylera API error: {exc.message}", status_code=502)
    return RedirectResponse(session.url, status_code=303)


@app.get("/state.json")
def state() -> dict[str, Any]:
    with lock:
        return {
            "handled": dict(handled),
            "subscriptions": dict(subscriptions),
            "cards": sorted(cards),
            "customer": dict(customer),
            "portal_sessions": list(portal_sessions),
        }


@app.get("/healthz")
def healthz() -> PlainTextResponse:
    return PlainTextResponse("ok")


@app.get("/", response_class=HTMLResponse)
def billing_page() -> str:
    e = html.escape
    with lock:  # a consistent snapshot: webhooks update the cache from other threads
        subs_now, cards_now = dict(subscriptions), sorted(cards)
        address, tax_ids = customer["address"], customer["tax_ids"]
        last_session = portal_sessions[-1]["id"] if portal_sessions else None
    subs = "".join(
        f"<li><code>{e(sub_id)}</code>: {e(s['status'])}, price <code>{e(s['price'])}</code>"
        f"{', cancels at the period end' if s['cancel_at_period_end'] else ''}</li>"
        for sub_id, s in subs_now.items()
    )
    card_items = "".join(f"<li><code>{e(pm_id)}</code></li>" for pm_id in cards_now)
    where = ", ".join(str(v) for v in address.values() if v) if address else "none seen yet"
    last = f"<code>{e(last_session)}</code>" if last_session else "none yet"
    return f"""<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Billing</title></head>
<body>
<h1>Billing</h1>
<p>Signed in as Paylera customer <code>{e(CUSTOMER_ID)}</code>.</p>
<form method="post" action="/billing-portal"><button type="submit">Manage billing</button></form>
<h2>Subscriptions</h2>
<ul>{subs or "<li>none seen yet</li>"}</ul>
<h2>Cards</h2>
<ul>{card_items or "<li>none seen yet</li>"}</ul>
<h2>Billing address</h2>
<p>{e(where)} ({tax_ids} tax id(s))</p>
<h2>Last portal visit</h2>
<p>{last}</p>
<p><small>Kept up to date by webhooks: <a href="/state.json">state.json</a></small></p>
</body>
</html>
"""
