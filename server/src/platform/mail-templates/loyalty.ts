/** Mails of the loyalty program. */
import { defineMail } from './render.js';

const P = '<p style="margin:0 0 16px">';

export const loyaltyMails = {
  'loyalty.expiry_reminder': defineMail({
    description: 'Reminds a customer that points on their loyalty card expire soon.',
    subject: '{{points}} loyalty points expire soon',
    text: `Hello {{name}},

{{points}} points on your loyalty card expire within {{days}} days. Use them at the counter or in the shop before then.`,
    html: `${P}Hello {{name}},</p>
${P}<strong>{{points}} points</strong> on your loyalty card expire within {{days}} days. Use them at the counter or in the shop before then.</p>
{{> button url=cardUrl label="See my loyalty card"}}`,
    sample: { name: 'Ada', points: 110, days: 14, cardUrl: 'https://shop.example.com/account/loyalty' },
  }),
};
