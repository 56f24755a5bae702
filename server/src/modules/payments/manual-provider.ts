/**
 * The `manual` provider (the default): no outside service. Offline methods
 * (cash, bank transfer, bKash, Nagad, Rocket), or no method at all, leave the
 * payment pending until staff record the money. In payment test mode only,
 * test cards and tokens decide the outcome, so both checkout paths can be
 * exercised anywhere without giving goods away in a real shop.
 */
import { randomBytes } from 'node:crypto';
import { newId } from '../../platform/ids.js';
import { manualMethods, UNSPECIFIED_METHOD } from './payment-methods.js';
import type {
  ConfirmInput,
  ConfirmResult,
  CreatedIntent,
  PaymentProvider,
  RefundResult,
} from './payment-provider.js';
import { PaymentErrors } from './payments.errors.js';

export class ManualPaymentProvider implements PaymentProvider {
  readonly name = 'manual' as const;

  constructor(private readonly options: { testMode: boolean }) {}

  async createIntent(): Promise<CreatedIntent> {
    const id = `pi_manual_${newId().replaceAll('-', '')}`;
    return { id, clientSecret: `${id}_secret_${randomBytes(12).toString('hex')}` };
  }

  async confirm(input: ConfirmInput): Promise<ConfirmResult> {
    const raw = input.paymentMethod?.trim();
    if (!raw) return { outcome: 'pending', method: UNSPECIFIED_METHOD };
    const methods = manualMethods(this.options.testMode);
    const code = /^[\d\s-]+$/.test(raw) ? raw.replace(/[\s-]/g, '') : raw;
    const method = methods.find((m) => m.code === code);
    if (!method) {
      throw PaymentErrors.paymentMethodUnknown(
        methods.filter((m) => m.kind === 'offline').map((m) => m.code),
        this.options.testMode,
      );
    }
    if (method.outcome === 'declined') throw PaymentErrors.paymentDeclined(method.decline_reason);
    return { outcome: method.outcome === 'succeeds' ? 'succeeded' : 'pending', method: method.code };
  }

  async refund(input: { id: string }): Promise<RefundResult> {
    return { ref: `re_manual_${input.id.replace(/^pi_manual_/, '')}` };
  }
}
