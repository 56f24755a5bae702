/**
 * Payments for any module: intents made with the configured provider and
 * bound to what they pay for (a `purpose` such as the shop's `order`, and a
 * snapshot the purpose's owner defines), confirmation, the payment records,
 * and giving money back (refunds of taken payments, voids of intents whose
 * purchase was refused), done by jobs after commit.
 *
 * The module that owns a purpose registers a `PaymentPurpose`: the provider's
 * webhook calls it, inside the transaction that records the event, when money
 * arrives for one of its intents or is refunded outside the shop.
 */
import type { Config } from '../../config.js';
import type { DB } from '../../db/dialect.js';
import type { PaymentProviderName } from '../../db/schema.js';
import { AppError } from '../../platform/errors.js';
import { newId, nowIso } from '../../platform/ids.js';
import type { JobQueue } from '../../platform/jobs.js';
import { formatMinor } from '../../platform/money.js';
import { type Executor, type Trx, transaction } from '../../platform/transaction.js';
import { manualMethods, methodLabel, type PaymentMethodInfo } from './payment-methods.js';
import type { ConfirmResult, PaymentProvider } from './payment-provider.js';
import { PaymentErrors } from './payments.errors.js';
import * as repo from './payments.repository.js';
import { recordFailure } from './reports.repository.js';

declare module '../../platform/jobs.js' {
  interface JobTypes {
    'payments.refund': { paymentId: string };
    'payments.void_intent': { intentId: string };
    /** One partial refund (`payment_refunds`), given back through the payment's provider. */
    'payments.refund_part': { refundId: string };
    /** Older names of the two above, still run for jobs queued before payments was its own module. */
    'shop.refund_payment': { paymentId: string };
    'shop.void_intent': { intentId: string };
  }
}

export type IntentRecord = repo.IntentRow;
export type PaymentRecord = repo.PaymentRow;
export type PaymentRefundRecord = repo.PaymentRefundRow;
export type PaymentFailureRecord = Awaited<ReturnType<typeof repo.failuresOfIntent>>[number];

export interface PaymentProviders {
  /** The one `PAYMENT_PROVIDER` names: new intents are made with it. */
  active: PaymentProvider;
  /** Any provider an existing payment was made with (refunds after a switch). */
  byName(name: string): PaymentProvider | undefined;
}

/** What the owner of a purpose (the shop's `order`) does when the provider reports on one of its intents. */
export interface PaymentPurpose {
  /**
   * The money of `intent` was taken without the owner's own call (a provider
   * webhook: the customer paid and closed the tab). Runs in the webhook's
   * transaction; must be idempotent (a redelivery, or a race with the owner's
   * own call, finds the work done).
   */
  succeeded(trx: Trx, intent: IntentRecord, result: ConfirmResult): Promise<void>;
  /** The whole payment was refunded at the provider (recorded already on `payment`). */
  refunded(trx: Trx, payment: PaymentRecord): Promise<void>;
  /** Errors that refuse the purchase for good: the payment is then given back. */
  isRefusal(err: unknown): err is AppError;
}

export interface PaymentDto {
  provider: PaymentProviderName;
  method: string;
  /** The method in words ("Cash on delivery", "Card"). */
  method_label: string;
  status: PaymentRecord['status'];
  amount: string;
  refunded_amount: string;
}

export interface PaymentsConfigDto {
  provider: PaymentProviderName;
  publishable_key: string | null;
  currency: string;
  test_mode: boolean;
  methods: PaymentMethodInfo[];
}

export interface NewIntent {
  purpose: string;
  reference?: string | null;
  userId: string;
  /** Minor units; positive. */
  amount: number;
  /** JSON snapshot of what is paid for (the owner of the purpose reads it back). */
  snapshot: string;
  shippingAddress?: string | null;
}

export interface CreatedPaymentIntent {
  /** The intent's own id. */
  id: string;
  payment_intent_id: string;
  client_secret: string;
  amount: string;
  currency: string;
  provider: PaymentProviderName;
  expires_at: string;
}

type PaymentsConfig = Pick<
  Config,
  | 'CURRENCY'
  | 'PAYMENT_PROVIDER'
  | 'STRIPE_PUBLISHABLE_KEY'
  | 'PAYMENT_TEST_MODE'
  | 'PAYMENT_INTENT_TTL_MINUTES'
>;

export class PaymentsService {
  readonly #purposes = new Map<string, PaymentPurpose>();

  constructor(
    private readonly deps: {
      db: DB;
      config: PaymentsConfig;
      jobs: JobQueue;
      providers: PaymentProviders;
    },
  ) {}

  get providers(): PaymentProviders {
    return this.deps.providers;
  }

  /** Registers what happens when a provider reports on intents of `name` (once per purpose). */
  registerPurpose(name: string, purpose: PaymentPurpose): void {
    if (this.#purposes.has(name)) throw new Error(`The payment purpose "${name}" is registered twice.`);
    this.#purposes.set(name, purpose);
  }

  purpose(name: string): PaymentPurpose | undefined {
    return this.#purposes.get(name);
  }

  /** What clients need to take payments: the provider, test mode and the methods offered, with their names. */
  publicConfig(): PaymentsConfigDto {
    const { config } = this.deps;
    const stripe = config.PAYMENT_PROVIDER === 'stripe';
    return {
      provider: config.PAYMENT_PROVIDER,
      publishable_key: stripe ? config.STRIPE_PUBLISHABLE_KEY || null : null,
      currency: config.CURRENCY,
      test_mode: config.PAYMENT_TEST_MODE,
      methods: stripe ? [] : [...manualMethods(config.PAYMENT_TEST_MODE)],
    };
  }

  /** Makes an intent with the active provider, bound to `input.snapshot`, expiring after the configured lifetime. */
  async createIntent(input: NewIntent): Promise<CreatedPaymentIntent> {
    const { db, config, providers } = this.deps;
    const provider = providers.active;
    const id = newId();
    const created = await provider.createIntent({
      amount: input.amount,
      currency: config.CURRENCY,
      metadata: { mercato_intent_id: id, mercato_purpose: input.purpose, user_id: input.userId },
    });
    const now = new Date();
    const expiresAt = new Date(now.getTime() + config.PAYMENT_INTENT_TTL_MINUTES * 60_000).toISOString();
    await repo.insertIntent(db, {
      id,
      user_id: input.userId,
      provider: provider.name,
      provider_ref: created.id,
      purpose: input.purpose,
      reference: input.reference ?? null,
      amount: input.amount,
      currency: config.CURRENCY,
      status: 'requires_payment_method',
      lines: input.snapshot,
      shipping_address: input.shippingAddress ?? null,
      expires_at: expiresAt,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    return {
      id,
      payment_intent_id: created.id,
      client_secret: created.clientSecret,
      amount: formatMinor(input.amount),
      currency: config.CURRENCY,
      provider: provider.name,
      expires_at: expiresAt,
    };
  }

  /** The user's intent of `purpose` by the id clients hold (made with the active provider). */
  findIntentOfUser(
    executor: Executor,
    purpose: string,
    paymentIntentId: string,
    userId: string,
  ): Promise<IntentRecord | undefined> {
    return repo.findIntentOfUser(executor, purpose, this.deps.providers.active.name, paymentIntentId, userId);
  }

  isExpired(intent: IntentRecord, now = new Date()): boolean {
    return intent.expires_at !== null && new Date(intent.expires_at).getTime() <= now.getTime();
  }

  /**
   * Confirms with the provider. A decline throws `PAYMENT_DECLINED` and is
   * written down (`payment_failures`, for the dashboard's failed payments);
   * nothing else is written.
   */
  async confirm(intent: IntentRecord, paymentMethod: string | undefined): Promise<ConfirmResult> {
    const provider = this.deps.providers.byName(intent.provider);
    if (!provider) throw PaymentErrors.paymentProviderError();
    try {
      return await provider.confirm({
        id: intent.provider_ref,
        amount: Number(intent.amount),
        currency: intent.currency,
        paymentMethod,
      });
    } catch (err) {
      if (err instanceof AppError && err.code === PaymentErrors.paymentDeclined.code) {
        await recordFailure(this.deps.db, intent, paymentMethod ?? '', err.code);
      }
      throw err;
    }
  }

  lockIntent(trx: Trx, intentId: string): Promise<IntentRecord | undefined> {
    return repo.lockIntent(trx, intentId);
  }

  /** Records the payment of a used intent (in the transaction that makes what it paid for) and closes the intent. */
  async recordPayment(
    trx: Trx,
    input: { intent: IntentRecord; reference: string; orderId: string; result: ConfirmResult },
  ): Promise<void> {
    const { intent, result } = input;
    const paid = result.outcome === 'succeeded';
    const now = nowIso();
    await repo.insertPayment(trx, {
      id: newId(),
      order_id: input.orderId,
      purpose: intent.purpose,
      reference: input.reference,
      payment_intent_id: intent.id,
      provider: intent.provider,
      provider_ref: intent.provider_ref,
      method: result.method,
      amount: Number(intent.amount),
      currency: intent.currency,
      status: paid ? 'succeeded' : 'pending',
      refunded_amount: 0,
      refund_ref: null,
      created_at: now,
      updated_at: now,
    });
    await repo.setIntentStatus(trx, intent.id, paid ? 'succeeded' : 'processing');
  }

  paymentsOf(executor: Executor, purpose: string, references: readonly string[]): Promise<PaymentRecord[]> {
    return repo.paymentsOf(executor, purpose, references);
  }

  async paymentOf(
    executor: Executor,
    purpose: string,
    reference: string,
  ): Promise<PaymentRecord | undefined> {
    const [payment] = await repo.paymentsOf(executor, purpose, [reference]);
    return payment;
  }

  toDto(payment: PaymentRecord): PaymentDto {
    return {
      provider: payment.provider,
      method: payment.method,
      method_label: methodLabel(payment.method),
      status: payment.status,
      amount: formatMinor(Number(payment.amount)),
      refunded_amount: formatMinor(Number(payment.refunded_amount)),
    };
  }

  /** Staff recorded the money of a pending (offline) payment. */
  async markReceived(trx: Trx, payment: PaymentRecord): Promise<void> {
    await repo.updatePaymentStatus(trx, payment.id, ['pending'], { status: 'succeeded' });
  }

  /** Taken money is refunded by a job after commit; an offline payment never received is just cancelled. */
  async giveBack(trx: Trx, payment: PaymentRecord): Promise<void> {
    if (payment.status === 'pending' && payment.provider === 'manual') {
      await repo.updatePaymentStatus(trx, payment.id, ['pending'], { status: 'canceled' });
      return;
    }
    if (
      await repo.updatePaymentStatus(trx, payment.id, ['succeeded', 'pending'], { status: 'refund_pending' })
    ) {
      await this.deps.jobs.enqueue(
        trx,
        'payments.refund',
        { paymentId: payment.id },
        { dedupeKey: `payments.refund:${payment.id}` },
      );
    }
  }

  /**
   * Gives `amount` of a taken payment back (part of it, or the rest): counted
   * on the payment at once by a guarded update, in the caller's transaction,
   * so refunds decided concurrently never add up to more than was paid; the
   * provider is asked by a job after commit, with the refund's id as its
   * idempotency key. 409 `PAYMENT_NOT_REFUNDABLE` for a payment not (or no
   * longer) taken, or for more than is left of it.
   */
  async refundPart(trx: Trx, payment: PaymentRecord, amount: number): Promise<PaymentRefundRecord> {
    if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`refund amount ${amount}`);
    const updated = await repo.addRefunded(trx, payment.id, amount);
    if (!updated) {
      const now = await repo.findPayment(trx, payment.id);
      if (now?.status !== 'succeeded') {
        throw PaymentErrors.paymentNotRefundable(
          now?.status === 'pending' ? 'its money has not been received' : `it is ${now?.status ?? 'gone'}`,
        );
      }
      const left = Number(now.amount) - Number(now.refunded_amount);
      throw PaymentErrors.paymentNotRefundable(`only ${formatMinor(left)} of it is left to give back`);
    }
    const now = nowIso();
    const refund: PaymentRefundRecord = {
      id: newId(),
      payment_id: payment.id,
      amount,
      status: 'pending',
      provider_ref: null,
      created_at: now,
      updated_at: now,
    };
    await repo.insertRefund(trx, refund);
    await this.deps.jobs.enqueue(
      trx,
      'payments.refund_part',
      { refundId: refund.id },
      { dedupeKey: `payments.refund_part:${refund.id}` },
    );
    return refund;
  }

  refundsOf(executor: Executor, ids: readonly string[]): Promise<PaymentRefundRecord[]> {
    return repo.refundsOf(executor, ids);
  }

  /** Declines met by one intent before it paid (the order's timeline shows them). */
  failuresOfIntent(executor: Executor, intentId: string): Promise<PaymentFailureRecord[]> {
    return repo.failuresOfIntent(executor, intentId);
  }

  /**
   * Marks an intent whose purchase was refused as voided (it can no longer be
   * used) and queues the job that gives any money back. Does nothing, and says
   * so with false, when a payment was recorded for it after all.
   */
  voidIntent(intentId: string): Promise<boolean> {
    return transaction(this.deps.db, async (trx) => {
      const intent = await repo.lockIntent(trx, intentId);
      if (!intent) return false;
      if (intent.status === 'voided') return true;
      if (await repo.findPaymentOfIntent(trx, intentId)) return false;
      await repo.setIntentStatus(trx, intentId, 'voided');
      await this.deps.jobs.enqueue(
        trx,
        'payments.void_intent',
        { intentId },
        { dedupeKey: `payments.void_intent:${intentId}` },
      );
      return true;
    });
  }
}
