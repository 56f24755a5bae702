/** Mails about a shop order: the confirmation and each change of status. */
import { defineMail } from './render.js';

const P = '<p style="margin:0 0 16px">';

export interface OrderMailLine {
  quantity: number;
  name: string;
  colour: string;
  size: string;
  total: string;
}

const SAMPLE_ORDER = {
  orderNumber: 'ORD-000042',
  lines: [
    { quantity: 2, name: 'Everyday Cotton T-Shirt', colour: 'Navy', size: 'M', total: '38.00' },
    { quantity: 1, name: 'Canvas Tote Bag', colour: 'Sand', size: 'One size', total: '24.00' },
  ] as OrderMailLine[],
  total: '62.00',
  currency: 'USD',
  orderUrl: 'https://shop.example.com/orders/sample',
};

const LINES_TEXT = `{{#each lines}}
  {{quantity}} × {{name}} ({{colour}}, {{size}}): {{total}} {{../currency}}
{{/each}}
Total: {{total}} {{currency}}

See your order: {{orderUrl}}`;

const LINES_HTML = `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0 16px;font-size:15px">
{{#each lines}}<tr><td style="padding:8px 0;border-bottom:1px solid #e5e7eb">{{quantity}} × {{name}}<br><span style="color:#6b7280;font-size:13px">{{colour}}, {{size}}</span></td><td align="right" style="padding:8px 0;border-bottom:1px solid #e5e7eb;white-space:nowrap">{{total}} {{../currency}}</td></tr>
{{/each}}<tr><td style="padding:10px 0;font-weight:700">Total</td><td align="right" style="padding:10px 0;font-weight:700;white-space:nowrap">{{total}} {{currency}}</td></tr>
</table>
{{> button url=orderUrl label="See your order"}}`;

const TRACKING_TEXT = `{{#if tracking}}

Tracking: {{tracking.carrier}} {{tracking.number}}{{/if}}`;
const TRACKING_HTML = `{{#if tracking}}${P}Tracking: <strong>{{tracking.carrier}}</strong> {{tracking.number}}</p>{{/if}}`;

/** A shipment's carrier and tracking number, when staff set them. */
export interface OrderMailTracking {
  carrier: string;
  number: string;
}

export const orderMails = {
  'order.confirmation': defineMail({
    description: 'Sent once an order is placed: its lines, total and status.',
    subject: 'Your order {{orderNumber}}',
    text: `Thank you for your order {{orderNumber}}. It {{statusSentence}}.

${LINES_TEXT}`,
    html: `${P}Thank you for your order <strong>{{orderNumber}}</strong>. It {{statusSentence}}.</p>
${LINES_HTML}`,
    sample: { ...SAMPLE_ORDER, statusSentence: 'is paid' },
  }),

  'order.status': defineMail({
    description: 'Sent when staff, a payment or the unpaid-order expiry change an order’s status.',
    subject: 'Order {{orderNumber}}: {{status}}',
    text: `{{#if expired}}Your order {{orderNumber}} has been cancelled because its payment did not arrive in time. Its items are back on sale; you are welcome to order again.{{else}}Your order {{orderNumber}} {{statusSentence}}.{{/if}}${TRACKING_TEXT}

${LINES_TEXT}`,
    html: `${P}{{#if expired}}Your order <strong>{{orderNumber}}</strong> has been cancelled because its payment did not arrive in time. Its items are back on sale; you are welcome to order again.{{else}}Your order <strong>{{orderNumber}}</strong> {{statusSentence}}.{{/if}}</p>
${TRACKING_HTML}
${LINES_HTML}`,
    sample: {
      ...SAMPLE_ORDER,
      status: 'shipped',
      statusSentence: 'is on its way',
      expired: false as boolean,
      tracking: { carrier: 'DHL', number: 'JD014600003828' } as OrderMailTracking | null,
    },
  }),

  'order.refund': defineMail({
    description: 'Sent when staff refund some lines of an order: what was refunded and the amount.',
    subject: 'Order {{orderNumber}}: {{amount}} {{currency}} refunded',
    text: `We have refunded {{amount}} {{currency}} of your order {{orderNumber}}, to the way you paid, for:

{{#each lines}}
  {{quantity}} × {{name}} ({{colour}}, {{size}}): {{total}} {{../currency}}
{{/each}}
{{#if reason}}Reason: {{reason}}
{{/if}}
See your order: {{orderUrl}}`,
    html: `${P}We have refunded <strong>{{amount}} {{currency}}</strong> of your order <strong>{{orderNumber}}</strong>, to the way you paid, for:</p>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:8px 0 16px;font-size:15px">
{{#each lines}}<tr><td style="padding:8px 0;border-bottom:1px solid #e5e7eb">{{quantity}} × {{name}}<br><span style="color:#6b7280;font-size:13px">{{colour}}, {{size}}</span></td><td align="right" style="padding:8px 0;border-bottom:1px solid #e5e7eb;white-space:nowrap">{{total}} {{../currency}}</td></tr>
{{/each}}</table>
{{#if reason}}${P}Reason: {{reason}}</p>{{/if}}
{{> button url=orderUrl label="See your order"}}`,
    sample: {
      orderNumber: 'ORD-000042',
      amount: '19.00',
      currency: 'USD',
      lines: [
        { quantity: 1, name: 'Everyday Cotton T-Shirt', colour: 'Navy', size: 'M', total: '19.00' },
      ] as OrderMailLine[],
      reason: 'Arrived damaged' as string,
      orderUrl: 'https://shop.example.com/orders/sample',
    },
  }),
};
