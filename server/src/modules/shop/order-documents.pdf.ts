/**
 * An order's printable documents as PDF (pdfkit): the invoice, with prices,
 * totals, the payment and any refund, and the packing slip, with lines and
 * quantities only. Text is set in DejaVu Sans (embedded, subset to the
 * characters used), so names in any Latin, Greek or Cyrillic script print as
 * they were typed; the PDF's standard fonts cover only Windows-1252.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { parseMoney } from '../../platform/money.js';
import { localDate } from '../../platform/reports.js';
import type { OrderDto } from './orders.schemas.js';

const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | undefined;
function loadFonts() {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}

export interface DocumentSettings {
  shopName: string;
  currency: string;
  timeZone: string;
}

/** The invoice number of an order: its number's digits after `INV-` (`ORD-000042` → `INV-000042`), so it never changes. */
export function invoiceNumber(orderNumber: string): string {
  return `INV-${orderNumber.replace(/^ORD-/, '')}`;
}

const STATUS_NAMES: Record<OrderDto['status'], string> = {
  pending: 'Awaiting payment',
  paid: 'Paid',
  processing: 'Processing',
  shipped: 'Shipped',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
  refunded: 'Refunded',
};

const PAYMENT_STATUS_NAMES: Record<NonNullable<OrderDto['payment']>['status'], string> = {
  pending: 'awaiting payment',
  succeeded: 'paid',
  refund_pending: 'refund under way',
  refunded: 'refunded',
  failed: 'failed',
  canceled: 'cancelled',
};

/** The shipping address as lines: name, street, city with postal code, country, phone. */
export function addressLines(address: Record<string, string>): string[] {
  const cityLine = [address.postal_code, address.city, address.state].filter(Boolean).join(' ');
  return [
    address.full_name,
    address.line1,
    address.line2,
    cityLine,
    address.country,
    address.phone ? `Phone: ${address.phone}` : undefined,
  ].filter((line): line is string => Boolean(line?.trim()));
}

type Doc = PDFKit.PDFDocument;
interface Column {
  title: string;
  width: number;
  align?: 'left' | 'right';
}

const MARGIN = 50;
const FONT_SIZE = 10;

function newDocument(title: string, settings: DocumentSettings, order: OrderDto): Doc {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${title} ${order.order_number}`, Author: settings.shopName, Creator: settings.shopName },
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  doc.font('regular').fontSize(FONT_SIZE);
  return doc;
}

function finish(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** The shop's name and the document's title on the left, `facts` (label: value) on the right. */
function heading(doc: Doc, settings: DocumentSettings, title: string, facts: [string, string][]): void {
  const width = doc.page.width - 2 * MARGIN;
  const top = doc.y;
  doc
    .font('bold')
    .fontSize(18)
    .text(settings.shopName, MARGIN, top, { width: width * 0.55 });
  doc
    .font('regular')
    .fontSize(14)
    .text(title, MARGIN, doc.y + 4, { width: width * 0.55 });
  const leftBottom = doc.y;
  let y = top;
  doc.fontSize(FONT_SIZE);
  for (const [label, value] of facts) {
    doc.font('bold').text(`${label}: `, MARGIN + width * 0.55, y, { width: width * 0.45, continued: true });
    doc.font('regular').text(value);
    y = doc.y;
  }
  doc.y = Math.max(leftBottom, y) + 18;
  doc.x = MARGIN;
}

/** Blocks of lines side by side ("Bill to", "Ship to"). */
function addressBlocks(doc: Doc, blocks: { title: string; lines: string[] }[]): void {
  const width = (doc.page.width - 2 * MARGIN) / blocks.length;
  const top = doc.y;
  let bottom = top;
  blocks.forEach((block, i) => {
    const x = MARGIN + i * width;
    doc.font('bold').text(block.title, x, top, { width: width - 10 });
    doc.font('regular');
    for (const line of block.lines) doc.text(line, x, doc.y, { width: width - 10 });
    bottom = Math.max(bottom, doc.y);
  });
  doc.x = MARGIN;
  doc.y = bottom + 18;
}

/** A table whose rows wrap inside their columns and continue on the next page, header repeated. */
function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const bottomLimit = () => doc.page.height - MARGIN;
  const drawRow = (cells: string[], font: 'regular' | 'bold') => {
    doc.font(font);
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: (columns[i]?.width ?? 0) - 6 }));
    const height = Math.max(...heights, FONT_SIZE) + 6;
    if (doc.y + height > bottomLimit()) {
      doc.addPage();
      if (font === 'regular')
        drawRow(
          columns.map((c) => c.title),
          'bold',
        );
      doc.font(font);
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const column = columns[i] as Column;
      doc.text(cell, x, top + 3, { width: column.width - 6, align: column.align ?? 'left' });
      x += column.width;
    });
    doc.y = top + height;
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + columns.reduce((w, c) => w + c.width, 0), doc.y)
      .lineWidth(font === 'bold' ? 1 : 0.3)
      .stroke('#888888');
  };
  drawRow(
    columns.map((c) => c.title),
    'bold',
  );
  for (const row of rows) drawRow(row, 'regular');
  doc.x = MARGIN;
  doc.y += 12;
}

function variantOf(item: OrderDto['items'][number]): string {
  return [item.variant_color, item.size].filter(Boolean).join(' / ');
}

export async function renderInvoice(order: OrderDto, settings: DocumentSettings): Promise<Buffer> {
  const money = new Intl.NumberFormat('en', {
    style: 'currency',
    currency: order.currency || settings.currency,
  });
  const minor = (value: string) => parseMoney(value, 'amount');
  const amount = (value: string) => money.format(minor(value) / 100);
  const day = (iso: string) => localDate(new Date(iso), settings.timeZone);
  const doc = newDocument('Invoice', settings, order);
  const facts: [string, string][] = [
    ['Invoice', invoiceNumber(order.order_number)],
    ['Order', order.order_number],
    ['Order date', day(order.created_at)],
  ];
  if (order.paid_at) facts.push(['Paid on', day(order.paid_at)]);
  facts.push(['Status', STATUS_NAMES[order.status]]);
  heading(doc, settings, 'Invoice', facts);
  const shipTo = addressLines(order.shipping_address);
  addressBlocks(doc, [
    { title: 'Bill to', lines: [order.shipping_address.full_name ?? '', order.email].filter(Boolean) },
    { title: 'Ship to', lines: shipTo.length > 0 ? shipTo : ['(no address)'] },
  ]);
  const width = doc.page.width - 2 * MARGIN;
  table(
    doc,
    [
      { title: 'Item', width: width * 0.34 },
      { title: 'Variant / size', width: width * 0.2 },
      { title: 'Qty', width: width * 0.1, align: 'right' },
      { title: 'Unit price', width: width * 0.18, align: 'right' },
      { title: 'Total', width: width * 0.18, align: 'right' },
    ],
    order.items.map((item) => [
      item.sku ? `${item.product_name}\nSKU ${item.sku}` : item.product_name,
      variantOf(item),
      String(item.quantity),
      amount(item.unit_price),
      amount(item.line_total),
    ]),
  );
  const totals: [string, string][] = [
    ['Subtotal', amount(order.subtotal)],
    ['Total', amount(order.total)],
  ];
  const refunded = order.payment ? minor(order.payment.refunded_amount) : 0;
  if (refunded > 0) {
    totals.push(['Refunded', `−${money.format(refunded / 100)}`]);
    totals.push(['Net', money.format((minor(order.total) - refunded) / 100)]);
  }
  for (const [label, value] of totals) {
    const bold = label === 'Total' || label === 'Net';
    doc.font(bold ? 'bold' : 'regular');
    doc.text(label, MARGIN + width * 0.5, doc.y, { width: width * 0.3, continued: false });
    doc.moveUp();
    doc.text(value, MARGIN + width * 0.8, doc.y, { width: width * 0.2, align: 'right' });
  }
  doc.x = MARGIN;
  doc.moveDown();
  doc.font('bold').text('Payment', MARGIN, doc.y);
  doc.font('regular');
  if (order.payment) {
    const status = PAYMENT_STATUS_NAMES[order.payment.status];
    doc.text(`${order.payment.method_label} (${status})`);
  } else {
    doc.text('No payment recorded.');
  }
  if (order.status === 'cancelled') doc.moveDown().text('This order was cancelled.');
  doc.moveDown(2).fontSize(8).fillColor('#555555').text(`Thank you for shopping at ${settings.shopName}.`);
  return finish(doc);
}

export async function renderPackingSlip(order: OrderDto, settings: DocumentSettings): Promise<Buffer> {
  const day = (iso: string) => localDate(new Date(iso), settings.timeZone);
  const doc = newDocument('Packing slip', settings, order);
  heading(doc, settings, 'Packing slip', [
    ['Order', order.order_number],
    ['Order date', day(order.created_at)],
    ['Items', String(order.item_count)],
  ]);
  const shipTo = addressLines(order.shipping_address);
  addressBlocks(doc, [{ title: 'Ship to', lines: shipTo.length > 0 ? shipTo : ['(no address)'] }]);
  const width = doc.page.width - 2 * MARGIN;
  table(
    doc,
    [
      { title: 'Item', width: width * 0.45 },
      { title: 'Variant / size', width: width * 0.25 },
      { title: 'SKU', width: width * 0.18 },
      { title: 'Qty', width: width * 0.12, align: 'right' },
    ],
    order.items.map((item) => [item.product_name, variantOf(item), item.sku, String(item.quantity)]),
  );
  return finish(doc);
}
