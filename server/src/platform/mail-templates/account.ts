/** Mails about an account: confirming addresses, passwords, email changes, vendor applications. */
import { defineMail } from './render.js';

const P = '<p style="margin:0 0 16px">';

export const accountMails = {
  'account.verify_email': defineMail({
    description:
      'Sent at sign-up (welcome) and when a user asks again: the link that confirms their address.',
    subject:
      '{{#if welcome}}Welcome to {{site.shop}}: confirm your email{{else}}Confirm your email address{{/if}}',
    text: `Hello {{name}},

{{#if welcome}}Welcome to {{site.shop}}! {{/if}}Confirm your email address within 24 hours by opening this link:

{{link}}`,
    html: `${P}Hello {{name}},</p>
${P}{{#if welcome}}Welcome to {{site.shop}}! {{/if}}Confirm your email address within 24 hours.</p>
{{> button url=link label="Confirm my email address"}}`,
    sample: { name: 'Ada', welcome: true, link: 'https://shop.example.com/verify-email/sample-token' },
  }),

  'account.password_reset': defineMail({
    description: 'The one-hour link to choose a new password (forgot password).',
    subject: 'Reset your {{site.shop}} password',
    text: `Hello {{name}},

Someone (hopefully you) asked to reset your password. Choose a new one here within the hour:

{{link}}

If you did not ask, ignore this mail: your password stays as it is.`,
    html: `${P}Hello {{name}},</p>
${P}Someone (hopefully you) asked to reset your password. Choose a new one within the hour.</p>
{{> button url=link label="Choose a new password"}}
${P}If you did not ask, ignore this mail: your password stays as it is.</p>`,
    sample: { name: 'Ada', link: 'https://shop.example.com/reset-password/sample-token' },
  }),

  'account.password_changed': defineMail({
    description: 'Tells a user their password was changed and their other sessions signed out.',
    subject: 'Your {{site.shop}} password was changed',
    text: `Hello {{name}},

Your password was just changed and your other sessions were signed out.
If this was not you, reset your password now: {{resetUrl}}`,
    html: `${P}Hello {{name}},</p>
${P}Your password was just changed and your other sessions were signed out.</p>
${P}If this was not you, reset your password now.</p>
{{> button url=resetUrl label="Reset my password"}}`,
    sample: { name: 'Ada', resetUrl: 'https://shop.example.com/forgot-password' },
  }),

  'account.email_change_confirm': defineMail({
    description: 'Sent to a new address: the link that makes it the account’s email.',
    subject: 'Confirm your new email address',
    text: `Hello {{name}},

You asked to make this the email address of your {{site.shop}} account. Confirm it within 24 hours by opening this link:

{{link}}

Until then your account keeps its current address. If you did not ask, ignore this mail.`,
    html: `${P}Hello {{name}},</p>
${P}You asked to make this the email address of your {{site.shop}} account. Confirm it within 24 hours.</p>
{{> button url=link label="Confirm my new address"}}
${P}Until then your account keeps its current address. If you did not ask, ignore this mail.</p>`,
    sample: { name: 'Ada', link: 'https://shop.example.com/verify-email/sample-token' },
  }),

  'account.email_change_notice': defineMail({
    description: 'Sent to the current address when someone asks to change it.',
    subject: 'Your {{site.shop}} email address is being changed',
    text: `Hello {{name}},

Someone signed in to your account asked to change its email address to {{newEmail}}. The change happens only once the link sent to that address is opened.
If this was not you, change your password now: {{resetUrl}}`,
    html: `${P}Hello {{name}},</p>
${P}Someone signed in to your account asked to change its email address to <strong>{{newEmail}}</strong>. The change happens only once the link sent to that address is opened.</p>
${P}If this was not you, change your password now.</p>
{{> button url=resetUrl label="Change my password"}}`,
    sample: {
      name: 'Ada',
      newEmail: 'ada.new@example.com',
      resetUrl: 'https://shop.example.com/forgot-password',
    },
  }),

  'account.vendor_decision': defineMail({
    description: 'Tells a vendor their application was approved or declined (with the reason given).',
    subject:
      '{{#if approved}}Your {{site.shop}} vendor account is approved{{else}}Your {{site.shop}} vendor application{{/if}}',
    text: `Hello {{name}},

{{#if approved}}You can now sell on {{site.shop}}: add your products at {{productsUrl}}{{else}}We could not approve your vendor account{{#if reason}}: {{reason}}{{else}}.{{/if}}
Reply to this mail if you have questions.{{/if}}`,
    html: `${P}Hello {{name}},</p>
{{#if approved}}${P}You can now sell on {{site.shop}}.</p>
{{> button url=productsUrl label="Add my products"}}{{else}}${P}We could not approve your vendor account{{#if reason}}: {{reason}}{{else}}.{{/if}}</p>
${P}Reply to this mail if you have questions.</p>{{/if}}`,
    sample: {
      name: 'Grace',
      approved: true as boolean,
      reason: null as string | null,
      productsUrl: 'https://shop.example.com/vendor/products',
    },
  }),
};
