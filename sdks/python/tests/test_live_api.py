"""The SDK against the live API (PAYLERA_API_URL, PAYLERA_SECRET_KEY)."""

from __future__ import annotations

import uuid

import pytest

import paylera
from paylera._generated.api.customers import create_customer
from paylera._generated.models import CreateCustomerRequest
from paylera.models import Customer, PaymentMethod, PortalSession, Price, Product, Subscription

pytestmark = pytest.mark.live

CARD = {"number": "4242424242424242", "exp_month": 12, "exp_year": 2034, "cvc": "123"}


def test_billing_flow(client: paylera.Paylera, unique_email: str) -> None:
    customer = client.customers.create(email=unique_email, name="Ada SDK")
    assert isinstance(customer, Customer)
    assert customer.id.startswith("cus_")
    assert customer.email == unique_email

    assert client.customers.retrieve(customer.id).email == unique_email

    product = client.products.create(name="Pro (python sdk test)")
    assert isinstance(product, Product) and product.id.startswith("prod_")

    price = client.prices.create(
        product=product.id, currency="usd", unit_amount=1200, recurring={"interval": "month"}
    )
    assert isinstance(price, Price) and price.id.startswith("price_")
    assert price.unit_amount == 1200

    card = client.payment_methods.create(type="card", card=CARD, customer=customer.id)
    assert isinstance(card, PaymentMethod) and card.id.startswith("pm_")

    subscription = client.subscriptions.create(customer=customer.id, price=price.id)
    assert isinstance(subscription, Subscription) and subscription.id.startswith("sub_")
    assert subscription.customer == customer.id  # an id unless expanded

    expanded = client.subscriptions.retrieve(subscription.id, expand=["customer"])
    assert isinstance(expanded.customer, Customer)
    assert expanded.customer.id == customer.id
    assert expanded.customer.email == unique_email

    session = client.portal_sessions.create(
        customer_id=customer.id, return_url="https://merchant.example/back"
    )
    assert isinstance(session, PortalSession)
    assert isinstance(session.url, str) and session.url.startswith("http")
    # The same resource, spelled like the API path.
    assert client.portal.sessions is client.portal_sessions


def test_list_customers(client: paylera.Paylera, unique_email: str) -> None:
    customer = client.customers.create(email=unique_email)
    page = client.customers.list(email=unique_email, limit=5)
    assert page.object_ == "list"
    assert [c.id for c in page.data] == [customer.id]
    assert all(isinstance(c, Customer) for c in page.data)
    assert page.has_more is False


def test_idempotent_create_returns_the_same_object(
    client: paylera.Paylera, unique_email: str
) -> None:
    key = f"sdk-python-{uuid.uuid4()}"
    first = client.customers.create(email=unique_email, idempotency_key=key)
    second = client.customers.create(email=unique_email, idempotency_key=key)
    assert first.id == second.id

    # The generated operations go through the same client (headers, retries): the
    # replay is marked as such.
    replay = create_customer.sync_detailed(
        client=client.generated_client,
        body=CreateCustomerRequest(email=unique_email),
        idempotency_key=key,
    )
    assert replay.status_code == 200
    assert replay.headers.get("idempotent-replayed") == "true"
    assert isinstance(replay.parsed, Customer) and replay.parsed.id == first.id

    # The same key with another body is the API's idempotency error, not a retry.
    with pytest.raises(paylera.PayleraError) as info:
        client.customers.create(email="other-" + unique_email, idempotency_key=key)
    assert info.value.status == 400
    assert info.value.code == "idempotency_key_reused"


def test_api_errors_raise_payleraerror(client: paylera.Paylera) -> None:
    with pytest.raises(paylera.PayleraError) as info:
        client.customers.retrieve("cus_doesnotexist")
    error = info.value
    assert error.status == 404
    assert error.type == "invalid_request_error"
    assert error.code == "resource_missing"
    assert "cus_doesnotexist" in error.message
    assert error.doc_url and error.doc_url.endswith("#resource_missing")
    assert error.request_id and error.request_id.startswith("req_")
    assert error.headers.get("paylera-version") == paylera.API_VERSION


def test_invalid_parameter_names_the_param(client: paylera.Paylera) -> None:
    with pytest.raises(paylera.PayleraError) as info:
        client.prices.create(
            product="prod_doesnotexist",
            currency="usd",
            unit_amount=5,
            recurring={"interval": "month"},
        )
    assert 400 <= (info.value.status or 0) < 500
    assert info.value.code


def test_bad_key_is_an_authentication_error(api_url: str) -> None:
    with paylera.Paylera("sk_test_not_a_real_key", base_url=api_url, max_retries=0) as bad:
        with pytest.raises(paylera.PayleraError) as info:
            bad.customers.list(limit=1)
    assert info.value.status == 401


def test_unknown_keyword_is_refused_before_sending(client: paylera.Paylera) -> None:
    with pytest.raises(TypeError, match="emial"):
        client.customers.create(emial="typo@example.com")
