/**
 * One interface for every payment provider the shop takes money through. The
 * shop keeps its own record of each intent (`payment_intents`); a provider only
 * talks to the outside world.
 */
import type { PaymentProviderName } from '../../db/schema.js';

export interface CreatedIntent {
  /** The provider's id (`pi_...`): the `payment_intent_id` clients see. */
  id: string;
  /** What the browser needs to confirm the payment itself (Stripe Elements); null when it never does. */
  clientSecret: string;
}

export interface ConfirmInput {
  id: string;
  /** Minor units and currency the shop expects; a provider intent that differs is refused. */
  amount: number;
  currency: string;
  /** A payment method to confirm with server-side (test tokens, `cash`...); absent when the browser confirmed. */
  paymentMethod?: string | undefined;
}

export interface ConfirmResult {
  /** `succeeded`: the money is taken. `pending`: it will be (an offline method, or a payment still processing). */
  outcome: 'succeeded' | 'pending';
  /** The method as recorded on the payment (`pm_card_visa`, `cash`, `card`...). */
  method: string;
}

export interface RefundResult {
  /** The provider's refund id (or the intent's id when an unfinished payment was voided instead). */
  ref: string;
}

export interface PaymentProvider {
  readonly name: PaymentProviderName;
  createIntent(input: {
    amount: number;
    currency: string;
    metadata: Record<string, string>;
  }): Promise<CreatedIntent>;
  /**
   * Confirms (when given a payment method and the intent still needs one) and
   * reports where the payment stands. Throws `PAYMENT_DECLINED` for a decline and
   * `PAYMENT_NOT_COMPLETED` for a payment nobody has confirmed yet.
   */
  confirm(input: ConfirmInput): Promise<ConfirmResult>;
  /** Gives the money back: refunds a taken payment, voids one not yet taken. Safe to repeat with one key. */
  refund(input: { id: string; amount: number; idempotencyKey: string }): Promise<RefundResult>;
}
