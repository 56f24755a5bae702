/**
 * A local fake of the part of the Stripe API the shop calls (PaymentIntents
 * create/retrieve/confirm/cancel, refunds), on loopback over real HTTP, so the
 * official SDK runs unmodified against it. Test card tokens decide confirmations
 * as in Stripe's test mode; `succeed(id)` plays the browser confirming with
 * Stripe Elements.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  currency: string;
  status: string;
  client_secret: string;
  metadata: Record<string, string>;
  payment_method: string | null;
  last_payment_error: null | { code: string; decline_code: string; message: string; type: string };
  created: number;
  livemode: false;
}

export interface FakeRefund {
  id: string;
  object: 'refund';
  amount: number;
  payment_intent: string;
  status: 'succeeded';
}

export interface FakeStripe {
  url: string;
  intents: Map<string, FakeIntent>;
  refunds: FakeRefund[];
  requests: Array<{ method: string; path: string; idempotencyKey: string | undefined }>;
  /** The customer confirmed in the browser. */
  succeed(id: string): FakeIntent;
  /** Puts an intent in any status (`processing`: a bank debit under way). */
  setStatus(id: string, status: string): FakeIntent;
  close(): Promise<void>;
}

function id(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('hex')}`;
}

function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
  res.end(JSON.stringify(body));
}

function notFound(res: ServerResponse, what: string): void {
  send(res, 404, {
    error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` },
  });
}

const DECLINES: Record<string, string> = {
  pm_card_chargeDeclined: 'generic_decline',
  pm_card_chargeDeclinedInsufficientFunds: 'insufficient_funds',
};

export async function startFakeStripe(): Promise<FakeStripe> {
  const intents = new Map<string, FakeIntent>();
  const refunds: FakeRefund[] = [];
  const refundsByKey = new Map<string, FakeRefund>();
  const requests: FakeStripe['requests'] = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname;
    const key = req.headers['idempotency-key'];
    const idempotencyKey = Array.isArray(key) ? key[0] : key;
    requests.push({ method: req.method ?? '', path, idempotencyKey });
    if (req.headers.authorization !== 'Bearer sk_test_fake') {
      send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
      return;
    }
    const form = req.method === 'POST' ? await readForm(req) : new URLSearchParams();
    // /v1/payment_intents/<id>[/<action>]
    const [, , resource, intentId = '', action] = path.split('/');
    const onIntent = resource === 'payment_intents' && intentId !== '';

    if (req.method === 'POST' && path === '/v1/payment_intents') {
      const newIntentId = id('pi');
      const metadata: Record<string, string> = {};
      for (const [k, v] of form) {
        const mk = /^metadata\[(.+)\]$/.exec(k);
        if (mk?.[1]) metadata[mk[1]] = v;
      }
      const intent: FakeIntent = {
        id: newIntentId,
        object: 'payment_intent',
        amount: Number(form.get('amount')),
        currency: String(form.get('currency')),
        status: 'requires_payment_method',
        client_secret: `${newIntentId}_secret_${randomBytes(8).toString('hex')}`,
        metadata,
        payment_method: null,
        last_payment_error: null,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
      };
      intents.set(newIntentId, intent);
      send(res, 200, intent);
      return;
    }
    if (req.method === 'GET' && onIntent && action === undefined) {
      const intent = intents.get(intentId);
      if (!intent) return notFound(res, 'payment_intent');
      send(res, 200, intent);
      return;
    }
    if (req.method === 'POST' && onIntent && action === 'confirm') {
      const intent = intents.get(intentId);
      if (!intent) return notFound(res, 'payment_intent');
      const pm = String(form.get('payment_method') ?? '');
      const decline = DECLINES[pm];
      if (decline) {
        intent.status = 'requires_payment_method';
        intent.last_payment_error = {
          code: 'card_declined',
          decline_code: decline,
          message: 'Your card was declined.',
          type: 'card_error',
        };
        send(res, 402, { error: { ...intent.last_payment_error, payment_intent: intent } });
        return;
      }
      intent.status = 'succeeded';
      intent.payment_method = pm || 'pm_card_visa';
      intent.last_payment_error = null;
      send(res, 200, intent);
      return;
    }
    if (req.method === 'POST' && onIntent && action === 'cancel') {
      const intent = intents.get(intentId);
      if (!intent) return notFound(res, 'payment_intent');
      if (intent.status === 'succeeded') {
        send(res, 400, {
          error: {
            type: 'invalid_request_error',
            code: 'payment_intent_unexpected_state',
            message: 'succeeded',
          },
        });
        return;
      }
      intent.status = 'canceled';
      send(res, 200, intent);
      return;
    }
    if (req.method === 'POST' && path === '/v1/refunds') {
      const earlier = idempotencyKey ? refundsByKey.get(idempotencyKey) : undefined;
      if (earlier) return send(res, 200, earlier);
      const intent = intents.get(String(form.get('payment_intent')));
      if (!intent) return notFound(res, 'payment_intent');
      const refund: FakeRefund = {
        id: id('re'),
        object: 'refund',
        amount: Number(form.get('amount') ?? intent.amount),
        payment_intent: intent.id,
        status: 'succeeded',
      };
      refunds.push(refund);
      if (idempotencyKey) refundsByKey.set(idempotencyKey, refund);
      send(res, 200, refund);
      return;
    }
    notFound(res, `route ${req.method} ${path}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    intents,
    refunds,
    requests,
    succeed(intentId) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`no intent ${intentId}`);
      intent.status = 'succeeded';
      intent.payment_method = 'pm_card_visa';
      return intent;
    },
    setStatus(intentId, status) {
      const intent = intents.get(intentId);
      if (!intent) throw new Error(`no intent ${intentId}`);
      intent.status = status;
      return intent;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
