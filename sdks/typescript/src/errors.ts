// The one error type: every error answer of the API, `{"error": {…}}`.

interface Envelope {
  type?: string;
  code?: string;
  message?: string;
  param?: string | null;
  doc_url?: string;
  decline_code?: string | null;
}

export class PayleraError extends Error {
  readonly status: number;
  /** The broad class (`invalid_request_error`, `card_error`, …). */
  readonly type: string | undefined;
  /** The precise, stable reason (`resource_missing`, `invalid_query`, …). */
  readonly code: string | undefined;
  /** The parameter at fault, a dotted path. */
  readonly param: string | undefined;
  /** The code's documentation. */
  readonly docUrl: string | undefined;
  readonly declineCode: string | undefined;
  /** Quote it to support. */
  readonly requestId: string | undefined;

  constructor(status: number, error: Envelope, response?: Response) {
    super(error.message ?? `HTTP ${status}`);
    this.name = "PayleraError";
    this.status = status;
    this.type = error.type;
    this.code = error.code;
    this.param = error.param ?? undefined;
    this.docUrl = error.doc_url;
    this.declineCode = error.decline_code ?? undefined;
    this.requestId = response?.headers.get("request-id") ?? undefined;
  }

  static async from(response: Response): Promise<PayleraError> {
    const body = (await response.clone().json().catch(() => ({}))) as { error?: Envelope };
    return new PayleraError(response.status, body.error ?? { message: `HTTP ${response.status}` }, response);
  }
}
