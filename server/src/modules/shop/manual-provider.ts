/**
 * The `manual` provider (the default): no outside service. Test card tokens
 * decide the outcome, so both checkout paths can be exercised anywhere, and
 * offline methods (cash, bank transfer, bKash, Nagad, Rocket) leave the order
 * pending until staff record the money.
 */
import { randomBytes } from 'node:crypto';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type {
  ConfirmInput,
  ConfirmResult,
  CreatedIntent,
  PaymentProvider,
  RefundResult,
} from './payment-provider.js';
import { ShopErrors } from './shop.errors.js';

/** Payment methods that succeed at once. */
export const MANUAL_SUCCEEDING = [
  'pm_card_visa',
  'pm_card_mastercard',
  'tok_visa',
  '4242424242424242',
  '5555555555554444',
];
/** Payment methods that are declined, with the reason given. */
export const MANUAL_DECLINING: Record<string, string> = {
  pm_card_chargeDeclined: 'card declined',
  '4000000000000002': 'card declined',
  pm_card_chargeDeclinedInsufficientFunds: 'insufficient funds',
  '4000000000009995': 'insufficient funds',
};
/** Offline methods: the order waits, `pending`, until staff mark it paid. */
export const MANUAL_OFFLINE = ['cash', 'cash_on_delivery', 'bank_transfer', 'bkash', 'nagad', 'rocket'];

export const MANUAL_METHODS_DESCRIPTION =
  'With the `manual` provider, `payment_method` decides the outcome: ' +
  '`pm_card_visa`, `pm_card_mastercard`, `tok_visa` or the card numbers 4242424242424242 / 5555555555554444 succeed (the order is `paid`); ' +
  '`pm_card_chargeDeclined` / 4000000000000002 and `pm_card_chargeDeclinedInsufficientFunds` / 4000000000009995 are declined (402 `PAYMENT_DECLINED`, nothing changes); ' +
  '`cash`, `cash_on_delivery`, `bank_transfer`, `bkash`, `nagad` and `rocket` place the order `pending` until staff record the payment. ' +
  'With `stripe`, confirm the payment in the browser (Stripe Elements) and omit it, or pass a Stripe PaymentMethod id to confirm server-side.';

export class ManualPaymentProvider implements PaymentProvider {
  readonly name = 'manual' as const;

  async createIntent(): Promise<CreatedIntent> {
    const id = `pi_manual_${newId().replaceAll('-', '')}`;
    return { id, clientSecret: `${id}_secret_${randomBytes(12).toString('hex')}` };
  }

  async confirm(input: ConfirmInput): Promise<ConfirmResult> {
    const method = input.paymentMethod?.replace(/[\s-]/g, '');
    if (!method) throw ShopErrors.paymentMethodRequired();
    if (MANUAL_SUCCEEDING.includes(method)) return { outcome: 'succeeded', method };
    const declined = MANUAL_DECLINING[method];
    if (declined) throw ShopErrors.paymentDeclined(declined);
    if (MANUAL_OFFLINE.includes(method)) return { outcome: 'pending', method };
    throw AppError.badRequest(
      'This payment method is not known to the manual provider.',
      { payment_method: [`Use a test card token or one of: ${MANUAL_OFFLINE.join(', ')}.`] },
      'INVALID_PAYMENT_METHOD',
    );
  }

  async refund(input: { id: string }): Promise<RefundResult> {
    return { ref: `re_manual_${input.id.replace(/^pi_manual_/, '')}` };
  }
}
