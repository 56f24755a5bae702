/**
 * The ceiling: a bare `node:http` server answering every request with the
 * body given in BODY. Whatever Mercato adds is measured against it.
 */
import { createServer } from 'node:http';

const body = process.env.BODY ?? '{"status":"ok"}';
const server = createServer((_req, res) => {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
