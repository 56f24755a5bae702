/**
 * Stripe's Payment Element on the checkout page: mounted with the
 * PaymentIntent's client secret into a box of ours, its Elements group handed
 * to the page (which confirms with it), torn down when the intent changes.
 */
import type { Stripe, StripeElements } from '@stripe/stripe-js';
import { useEffect, useRef, useState } from 'react';
import type { ProblemInfo } from '../../lib/problem.js';
import { ErrorPanel, Loading } from '../../ui/feedback.js';
import { paymentProblem } from './stripe-payment.js';

export function StripePaymentElement({
  stripe,
  clientSecret,
  onReady,
}: {
  stripe: Stripe;
  clientSecret: string;
  /** The Elements group once the form can take input; undefined while it cannot. */
  onReady: (elements: StripeElements | undefined) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<
    { status: 'loading' | 'ready' } | { status: 'error'; problem: ProblemInfo }
  >({ status: 'loading' });
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const node = box.current;
    if (!node) return;
    setState({ status: 'loading' });
    const elements = stripe.elements({ clientSecret });
    const element = elements.create('payment');
    element.on('ready', () => {
      setState({ status: 'ready' });
      onReadyRef.current(elements);
    });
    element.on('loaderror', (event) => {
      setState({
        status: 'error',
        problem: paymentProblem(
          503,
          'STRIPE_ELEMENT_UNAVAILABLE',
          event.error.message ?? 'The card form could not be loaded. Reload the page and try again.',
        ),
      });
    });
    element.mount(node);
    return () => {
      onReadyRef.current(undefined);
      element.destroy();
    };
  }, [stripe, clientSecret]);

  return (
    <div className="stripe-payment">
      {state.status === 'loading' ? <Loading label="Loading the card form…" /> : null}
      {state.status === 'error' ? <ErrorPanel problem={state.problem} /> : null}
      <div ref={box} data-testid="stripe-payment-element" />
    </div>
  );
}
