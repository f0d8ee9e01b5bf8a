// The merchant's side of a journey: the Paylera REST API called with the demo tenant's
// secret key, to set up a customer before a journey and to check, after it, what the
// portal really changed (objects and events), not only what the page says.
import type { APIRequestContext } from '@playwright/test';

import { apiUrl, demoSecretKey, merchantReturnUrl } from './env';

/** A JSON object as the API sends it (fields are the API's snake_case names). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiObject = Record<string, any>;

/** A response the caller asked to see whatever its status (`{ allowError: true }`). */
export interface ApiResult {
  status: number;
  body: ApiObject;
}

/** Options of `Merchant.get/post/delete`. */
export interface CallOptions {
  /** Return `{status, body}` instead of failing the test on a non-2xx answer. */
  allowError?: boolean;
  /** The `Idempotency-Key` of a POST (default: a fresh one). */
  idempotencyKey?: string;
}

/** A seeded recurring price with its product's name (see api/src/seed.rs). */
export interface PlanPrice {
  id: string;
  productId: string;
  /** `Starter`, `Pro` or `Business`. */
  productName: string;
  /** The product's rank in its family (cheapest first). */
  rank: number;
  /** `month` or `year`. */
  interval: string;
  currency: string;
  unitAmount: number;
  nickname: string | null;
}

/** What `Merchant.subscribe` may add to the subscription. */
export interface SubscribeOptions {
  quantity?: number;
  trialPeriodDays?: number;
}

/** What `Merchant.addCard` may add to the card. */
export interface CardOptions {
  /** Make it the customer's default payment method (the first card already is). */
  default?: boolean;
  expMonth?: number;
  /** Default: five years from now. */
  expYear?: number;
  cvc?: string;
}

/** The session a merchant creates for a customer (`POST /v1/portal/sessions`). */
export interface PortalSessionParams {
  customerId: string;
  /** A locale tag (`ar`, `pt-BR`) or `auto`; default: the customer's preference. */
  locale?: string;
  /** Per-session overrides of the portal configuration (`*_enabled`, `business_name`, …). */
  configuration?: ApiObject;
  /** A deep link into one task (`{type: 'payment_method_update', …}`). */
  flow?: ApiObject;
  /** Default: `merchantReturnUrl`, which `signIn` serves in the browser. */
  returnUrl?: string;
}

/** `recent events` filters: both optional. */
export interface EventQuery {
  /** An event type, e.g. `customer.updated`. */
  type?: string;
  /** Only events about this customer (`cus_…`): the customer itself or an object of theirs. */
  customer?: string;
}

/** A short random suffix, so every run's customers are new and told apart. */
function uniqueSuffix(): string {
  return crypto.randomUUID().slice(0, 8);
}

/**
 * The merchant's backend: the API at `apiUrl` with the secret key. Every call fails
 * the test with the API's own error body on a non-2xx answer, unless asked not to.
 */
export class Merchant {
  private readonly headers: Record<string, string>;

  /** `request`: the test's `request` fixture (or any APIRequestContext). */
  constructor(
    private readonly request: APIRequestContext,
    secretKey: string | undefined = demoSecretKey,
  ) {
    if (!secretKey) {
      throw new Error('PAYLERA_DEMO_SECRET_KEY is not set: run through `cargo xtask test` or see e2e/README.md');
    }
    this.headers = { Authorization: `Bearer ${secretKey}`, Accept: 'application/json' };
  }

  /** `GET /v1/…` (a path with its query string). */
  get(path: string): Promise<ApiObject>;
  get(path: string, options: CallOptions & { allowError: true }): Promise<ApiResult>;
  get(path: string, options?: CallOptions): Promise<ApiObject | ApiResult>;
  async get(path: string, options: CallOptions = {}): Promise<ApiObject | ApiResult> {
    return this.call('GET', path, undefined, options);
  }

  /** `POST /v1/…` with a JSON body and a fresh `Idempotency-Key`. */
  post(path: string, body?: unknown): Promise<ApiObject>;
  post(path: string, body: unknown, options: CallOptions & { allowError: true }): Promise<ApiResult>;
  post(path: string, body?: unknown, options?: CallOptions): Promise<ApiObject | ApiResult>;
  async post(path: string, body?: unknown, options: CallOptions = {}): Promise<ApiObject | ApiResult> {
    return this.call('POST', path, body ?? {}, options);
  }

  /** `DELETE /v1/…`. */
  delete(path: string): Promise<ApiObject>;
  delete(path: string, options: CallOptions & { allowError: true }): Promise<ApiResult>;
  delete(path: string, options?: CallOptions): Promise<ApiObject | ApiResult>;
  async delete(path: string, options: CallOptions = {}): Promise<ApiObject | ApiResult> {
    return this.call('DELETE', path, undefined, options);
  }

  private async call(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    body: unknown,
    options: CallOptions,
  ): Promise<ApiObject | ApiResult> {
    const headers = { ...this.headers };
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();
    }
    const response = await this.request.fetch(`${apiUrl}${path}`, {
      method,
      headers,
      data: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: ApiObject;
    try {
      parsed = text ? JSON.parse(text) : {};
    } catch {
      parsed = { raw: text };
    }
    if (options.allowError) return { status: response.status(), body: parsed };
    if (!response.ok()) {
      throw new Error(`${method} ${path} answered ${response.status()}: ${text}`);
    }
    return parsed;
  }

  /** Every object of a list endpoint's first page of 100 (newest first). */
  private async list(path: string): Promise<ApiObject[]> {
    const separator = path.includes('?') ? '&' : '?';
    return (await this.get(`${path}${separator}limit=100`)).data;
  }

  /** A new customer with a unique email and name; `params` are added to (or replace) them. */
  async createCustomer(params: ApiObject = {}): Promise<ApiObject> {
    const suffix = uniqueSuffix();
    return this.post('/v1/customers', {
      email: `e2e-${suffix}@example.com`,
      name: `E2E Customer ${suffix}`,
      ...params,
    });
  }

  /** The customer as the API has it now. */
  customer(id: string): Promise<ApiObject> {
    return this.get(`/v1/customers/${id}`);
  }

  /** The seeded plans' active licensed recurring prices, cheapest product first, monthly before yearly. */
  async prices(): Promise<PlanPrice[]> {
    const products = new Map((await this.list('/v1/products?family=plans')).map((p) => [p.id, p]));
    const prices = (await this.list('/v1/prices?active=true'))
      .filter((price) => products.has(price.product) && price.recurring?.usage_type === 'licensed')
      .map((price) => {
        const product = products.get(price.product)!;
        return {
          id: price.id,
          productId: product.id,
          productName: product.name,
          rank: product.rank,
          interval: price.recurring.interval,
          currency: price.currency,
          unitAmount: price.unit_amount,
          nickname: price.nickname ?? null,
        };
      });
    const intervalOrder = (interval: string) => ['day', 'week', 'month', 'year'].indexOf(interval);
    return prices.sort((a, b) => a.rank - b.rank || intervalOrder(a.interval) - intervalOrder(b.interval));
  }

  /** The seeded price of `productName` (`Starter`, `Pro`, `Business`) billed every `interval`. */
  async price(productName: string, interval: 'month' | 'year' = 'month'): Promise<PlanPrice> {
    const found = (await this.prices()).find((p) => p.productName === productName && p.interval === interval);
    if (!found) throw new Error(`no active ${interval}ly price of ${productName} in the seeded catalog`);
    return found;
  }

  /** Subscribes the customer to a price (the first invoice is charged to the default card, if any). */
  subscribe(customerId: string, priceId: string, options: SubscribeOptions = {}): Promise<ApiObject> {
    return this.post('/v1/subscriptions', {
      customer: customerId,
      price: priceId,
      quantity: options.quantity,
      trial_period_days: options.trialPeriodDays,
    });
  }

  /**
   * Creates a card and attaches it to the customer in one call, as the API allows for
   * test cards (docs/test-cards.md: `4000 0025 0000 3155` comes back
   * `requires_authentication`; a declined card fails the test unless it is expected).
   * The first card becomes the default by itself; `{default: true}` makes a later one so.
   */
  async addCard(
    customerId: string,
    number = '4242424242424242',
    options: CardOptions = {},
  ): Promise<ApiObject> {
    const card = await this.post('/v1/payment_methods', {
      type: 'card',
      card: {
        number,
        exp_month: options.expMonth ?? 12,
        exp_year: options.expYear ?? new Date().getUTCFullYear() + 5,
        cvc: options.cvc ?? (number.replace(/\D/g, '').length === 15 ? '1234' : '123'),
      },
      customer: customerId,
    });
    if (options.default) {
      await this.post(`/v1/customers/${customerId}`, {
        invoice_settings: { default_payment_method: card.id },
      });
    }
    return card;
  }

  /** The customer's subscriptions, newest first. */
  subscriptions(customerId: string): Promise<ApiObject[]> {
    return this.list(`/v1/subscriptions?customer=${customerId}`);
  }

  /** The customer's payment methods. */
  paymentMethods(customerId: string): Promise<ApiObject[]> {
    return this.list(`/v1/customers/${customerId}/payment_methods`);
  }

  /** The customer's invoices, newest first. */
  invoices(customerId: string): Promise<ApiObject[]> {
    return this.list(`/v1/invoices?customer=${customerId}`);
  }

  /** The customer's tax IDs. */
  taxIds(customerId: string): Promise<ApiObject[]> {
    return this.list(`/v1/customers/${customerId}/tax_ids`);
  }

  /**
   * The 100 most recent events (newest first), of one `type` and/or about one
   * `customer`. Each has `type`, `data.object`, `data.previous_attributes`, `source`
   * (`api`, `portal`, `system`) and `portal_session` (the session behind a portal action).
   */
  async events(query: EventQuery = {}): Promise<ApiObject[]> {
    const type = query.type ? `?type=${encodeURIComponent(query.type)}` : '';
    const events = await this.list(`/v1/events${type}`);
    if (!query.customer) return events;
    return events.filter((event) => {
      const object = event.data?.object ?? {};
      return (
        object.customer === query.customer ||
        object.customer_id === query.customer ||
        (object.object === 'customer' && object.id === query.customer)
      );
    });
  }

  /** A portal session with its single-use link (`url`); see `signIn` to open it. */
  createPortalSession(params: PortalSessionParams): Promise<ApiObject> {
    return this.post('/v1/portal/sessions', {
      customer_id: params.customerId,
      return_url: params.returnUrl ?? merchantReturnUrl,
      locale: params.locale,
      configuration: params.configuration,
      flow: params.flow,
    });
  }

  /** The portal session as the API has it now (`status`: created, opened, completed, expired, revoked). */
  portalSession(id: string): Promise<ApiObject> {
    return this.get(`/v1/portal/sessions/${id}`);
  }

  /** Revokes a portal session: its link and the customer's cookie stop working at once. */
  revokePortalSession(id: string): Promise<ApiObject> {
    return this.post(`/v1/portal/sessions/${id}/expire`);
  }
}
