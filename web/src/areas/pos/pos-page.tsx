/**
 * `/pos`: the cashier's terminal (staff). Scan a customer's card with the
 * camera (the browser's BarcodeDetector, or the jsQR decoder where it has none), a USB scanner (it types the payload
 * and Enter into the focused field) or by typing it; then award points, credit
 * a counter order or redeem a promotion. Every action confirms with the new
 * balance in a live region, and everything works from the keyboard.
 */
import type { Schemas } from '@mercato/sdk';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { api } from '../../lib/api.js';
import { settle } from '../../lib/problem.js';
import { canUseCamera, qrReader } from '../../lib/qr-scan.js';
import { useAction } from '../../lib/query.js';
import { keys } from '../../lib/query-keys.js';
import { useDocumentTitle } from '../../lib/use-document-title.js';
import { FormAlert, SuccessAlert } from '../../ui/forms.js';

type Scan = Schemas['LoyaltyPromotion'] extends infer P
  ? { customer: Schemas['LoyaltyCustomer']; balance: number; promotions: P[] }
  : never;
type PromotionScan = { promotion: Schemas['LoyaltyPromotion']; valid: boolean; reason: string | null };

/** A customer code typed alone: refused, as the card's signed payload is what proves the customer is here. */
const BARE_CODE = /^\s*CUST-\d+\s*$/i;

const newKey = () => crypto.randomUUID();

/** Frames read a second while the camera is open. */
const READS_PER_SECOND = 4;

function CameraScanner({ onCode, onClose }: { onCode: (code: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<string | undefined>();
  // The page renders again as the cashier types: the camera stays open, and the latest handler gets the code.
  const handler = useRef(onCode);
  handler.current = onCode;
  useEffect(() => {
    let stream: MediaStream | undefined;
    let stopped = false;
    const stop = () => {
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    (async () => {
      try {
        // The browser's BarcodeDetector where it reads QR codes, else the JS decoder (loaded now).
        const [read, media] = await Promise.all([
          qrReader(),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }),
        ]);
        stream = media;
        if (stopped || !video.current) return stop();
        video.current.srcObject = stream;
        await video.current.play();
        while (!stopped) {
          const code = await read(video.current).catch(() => undefined);
          if (stopped) return;
          if (code) {
            stop();
            handler.current(code);
            return;
          }
          await new Promise((r) => setTimeout(r, 1000 / READS_PER_SECOND));
        }
      } catch {
        if (!stopped) setProblem('The camera could not be opened. Use a scanner or type the code.');
      }
    })();
    return () => {
      stopped = true;
      stop();
    };
  }, []);
  return (
    <div className="pos__camera">
      <video ref={video} muted playsInline width={320} height={240} aria-label="Camera picture" />
      <FormAlert message={problem} />
      <button type="button" className="button button--quiet" onClick={onClose}>
        Stop camera
      </button>
    </div>
  );
}

export function PosPage() {
  useDocumentTitle('Point of sale');
  const [payload, setPayload] = useState('');
  const [scan, setScan] = useState<Scan | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [camera, setCamera] = useState(false);
  const [bareCode, setBareCode] = useState(false);
  // Balances change here: a manager's account page open in another tab loads again.
  const action = useAction({ invalidates: [keys.loyaltyAccount, keys.promotions] });
  const input = useRef<HTMLInputElement>(null);
  const [award, setAward] = useState({ points: '', reason: '' });
  const [order, setOrder] = useState({ order_id: '', order_total: '' });
  const cameraAvailable = canUseCamera();

  const [promoInput, setPromoInput] = useState('');
  const [promo, setPromo] = useState<PromotionScan | undefined>();

  async function scanPromotion(e: FormEvent) {
    e.preventDefault();
    const value = promoInput.trim();
    if (!value) return;
    setNotice(undefined);
    // A promotion's QR code holds its signed payload (MP1.…); a code typed by hand is looked up as it is.
    const body = value.startsWith('MP1.') ? { qr_data: value } : { code: value };
    const outcome = await action.run(() => settle(api.POST('/api/pos/scan-promotion/', { body })));
    setPromo(outcome?.ok ? outcome.data : undefined);
  }

  async function lookUp(qrData: string) {
    setNotice(undefined);
    if (BARE_CODE.test(qrData)) {
      setScan(undefined);
      setNotice(undefined);
      setBareCode(true);
      return;
    }
    setBareCode(false);
    const outcome = await action.run(() =>
      settle(api.POST('/api/pos/scan-user/', { body: { qr_data: qrData.trim() } })),
    );
    if (outcome?.ok) setScan(outcome.data as Scan);
    else setScan(undefined);
  }

  function onScanSubmit(e: FormEvent) {
    e.preventDefault();
    if (payload.trim()) void lookUp(payload);
  }

  function confirm(message: string, balance: number) {
    setNotice(`${message} New balance: ${balance} points.`);
    setScan((s) => (s ? { ...s, balance, customer: { ...s.customer, balance, points: balance } } : s));
  }

  async function onAward(e: FormEvent) {
    e.preventDefault();
    if (!scan) return;
    const outcome = await action.run(() =>
      settle(
        api.POST('/api/pos/award-points/', {
          body: {
            customer_id: scan.customer.customer_id,
            points: Number(award.points),
            reason: award.reason,
          },
          headers: { 'Idempotency-Key': newKey() },
        }),
      ),
    );
    if (outcome?.ok) {
      confirm(`${outcome.data.points} points awarded.`, outcome.data.balance);
      setAward({ points: '', reason: '' });
    }
  }

  async function onOrder(e: FormEvent) {
    e.preventDefault();
    if (!scan) return;
    const outcome = await action.run(() =>
      settle(
        api.POST('/api/pos/process-order-points/', {
          body: {
            customer_id: scan.customer.customer_id,
            order_id: order.order_id,
            order_total: order.order_total,
          },
        }),
      ),
    );
    if (outcome?.ok) {
      confirm(
        outcome.data.already_processed
          ? `Order ${outcome.data.order_id} was already credited.`
          : `${outcome.data.points_earned} points for order ${outcome.data.order_id}.`,
        outcome.data.balance,
      );
      setOrder({ order_id: '', order_total: '' });
    }
  }

  async function redeem(promotion: Schemas['LoyaltyPromotion']) {
    if (!scan) return;
    const outcome = await action.run(() =>
      settle(
        api.POST('/api/pos/redeem-promotion/', {
          body: { customer_id: scan.customer.customer_id, promotion_id: promotion.id },
          headers: { 'Idempotency-Key': newKey() },
        }),
      ),
    );
    if (outcome?.ok) {
      confirm(`${promotion.name} redeemed.`, outcome.data.balance);
      setPromo(undefined);
      setPromoInput('');
    }
  }

  return (
    <section className="page pos" aria-labelledby="pos-title">
      <header className="page__head">
        <h1 id="pos-title">Point of sale</h1>
      </header>
      <form onSubmit={onScanSubmit} className="form pos__scan" aria-label="Scan a card">
        <label htmlFor="pos-card">Customer card</label>
        <input
          id="pos-card"
          ref={input}
          autoComplete="off"
          value={payload}
          onChange={(e) => setPayload(e.target.value)}
          placeholder="Scan the card, or type its code"
          // biome-ignore lint/a11y/noAutofocus: the terminal's first and main input (a USB scanner types here)
          autoFocus
        />
        <button type="submit" className="button" disabled={action.busy}>
          Look up
        </button>
        {cameraAvailable ? (
          <button type="button" className="button button--quiet" onClick={() => setCamera((c) => !c)}>
            {camera ? 'Close camera' : 'Scan with camera'}
          </button>
        ) : null}
      </form>
      {camera ? (
        <CameraScanner
          onCode={(code) => {
            setCamera(false);
            setPayload(code);
            void lookUp(code);
          }}
          onClose={() => setCamera(false)}
        />
      ) : null}
      <div aria-live="polite">{notice ? <SuccessAlert>{notice}</SuccessAlert> : null}</div>
      <FormAlert
        message={
          bareCode
            ? 'A customer code alone is not accepted: scan their card. Customers without the printed card can show it from Account → Loyalty card on their phone.'
            : action.problem?.detail
        }
      />
      <form onSubmit={scanPromotion} className="form pos__scan" aria-label="Scan a promotion">
        <label htmlFor="pos-promotion">Promotion</label>
        <input
          id="pos-promotion"
          autoComplete="off"
          value={promoInput}
          onChange={(e) => setPromoInput(e.target.value)}
          placeholder="Scan the promotion's QR code, or type its code"
        />
        <button type="submit" className="button" disabled={action.busy}>
          Check promotion
        </button>
      </form>
      {promo ? (
        <div className="pos__promotion" data-testid="pos-promotion">
          <p>
            <strong>{promo.promotion.name}</strong> <code>{promo.promotion.code}</code> ·{' '}
            {promo.promotion.points_cost} points ·{' '}
            {promo.valid ? (
              <span className="badge badge--approved">Valid now</span>
            ) : (
              <span className="badge badge--rejected">Not valid: {promo.reason}</span>
            )}
          </p>
          {promo.valid && scan ? (
            <button
              type="button"
              className="button"
              disabled={action.busy}
              onClick={() => void redeem(promo.promotion)}
            >
              Redeem for {scan.customer.full_name || scan.customer.customer_id}
            </button>
          ) : null}
          {promo.valid && !scan ? <p className="muted">Scan the customer's card to redeem it.</p> : null}
        </div>
      ) : null}
      {scan ? (
        <div className="pos__customer" data-testid="pos-customer">
          <h2>{scan.customer.full_name || scan.customer.email}</h2>
          <p>
            <code>{scan.customer.customer_id}</code> · Balance:{' '}
            <strong data-testid="pos-balance">{scan.balance}</strong> points
          </p>
          <form onSubmit={onAward} className="form" aria-label="Award points">
            <h3>Award points</h3>
            <label htmlFor="pos-award-points">Points</label>
            <input
              id="pos-award-points"
              type="number"
              min={1}
              required
              value={award.points}
              onChange={(e) => setAward({ ...award, points: e.target.value })}
            />
            <label htmlFor="pos-award-reason">Reason</label>
            <input
              id="pos-award-reason"
              required
              value={award.reason}
              onChange={(e) => setAward({ ...award, reason: e.target.value })}
            />
            <button type="submit" className="button" disabled={action.busy}>
              Award points
            </button>
          </form>
          <form onSubmit={onOrder} className="form" aria-label="Order points">
            <h3>Order points</h3>
            <label htmlFor="pos-order-id">Order number</label>
            <input
              id="pos-order-id"
              required
              value={order.order_id}
              onChange={(e) => setOrder({ ...order, order_id: e.target.value })}
            />
            <label htmlFor="pos-order-total">Order total</label>
            <input
              id="pos-order-total"
              required
              inputMode="decimal"
              pattern="\d+(\.\d{1,2})?"
              value={order.order_total}
              onChange={(e) => setOrder({ ...order, order_total: e.target.value })}
            />
            <button type="submit" className="button" disabled={action.busy}>
              Credit order
            </button>
          </form>
          <h3>Promotions</h3>
          {scan.promotions.length === 0 ? <p>No promotion can be used now.</p> : null}
          <ul className="pos__promotions">
            {scan.promotions.map((p) => (
              <li key={p.id}>
                <span>
                  <strong>{p.name}</strong> <code>{p.code}</code> · {p.points_cost} points
                </span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  disabled={action.busy || p.points_cost > scan.balance}
                  onClick={() => void redeem(p)}
                  aria-label={`Redeem ${p.name}`}
                >
                  Redeem
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
