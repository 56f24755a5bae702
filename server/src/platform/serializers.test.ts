import { Type } from 'typebox';
import { describe, expect, it } from 'vitest';
import { lazySerializers, simplifyForSerializer } from './serializers.js';

const Status = Type.Union([Type.Literal('active'), Type.Literal('revoked')]);
const Vendor = Type.Object({ name: Type.String() }, { $id: 'Vendor' });
const Body = Type.Object({
  seen: Type.Union([Type.String({ format: 'date-time' }), Type.Null()], { description: 'When.' }),
  status: Status,
  maybeStatus: Type.Union([Type.Literal('a'), Type.Literal('b'), Type.Null()]),
  vendor: Type.Union([Type.Ref('Vendor'), Type.Null()]),
  items: Type.Array(Type.Object({ price: Type.Union([Type.Integer(), Type.Null()]) })),
  mixed: Type.Union([Type.Integer(), Type.String()]),
});

describe('response serializers', () => {
  it('turn "X or null" and unions of literals into plain types, keeping other unions', () => {
    const simple = simplifyForSerializer(
      JSON.parse(JSON.stringify(Body)),
      new Map<string, Record<string, unknown>>([['Vendor', { ...Vendor }]]),
    );
    expect(simple.properties.seen).toEqual({
      type: 'string',
      format: 'date-time',
      description: 'When.',
      nullable: true,
    });
    expect(simple.properties.status).toEqual({ type: 'string' });
    expect(simple.properties.maybeStatus).toEqual({ type: 'string', nullable: true });
    expect(simple.properties.vendor).toEqual({
      type: 'object',
      properties: { name: { type: 'string' } },
      required: ['name'],
      nullable: true,
    });
    expect(simple.properties.items.items.properties.price).toEqual({ type: 'integer', nullable: true });
    expect(simple.properties.mixed.anyOf).toHaveLength(2);
    // The schema given is not changed (the OpenAPI document keeps its unions).
    expect(Body.properties.seen.anyOf).toHaveLength(2);
  });

  it('serialize the same answers as before, nulls included', () => {
    const compile = lazySerializers({ Vendor }, {});
    const serialize = compile({ schema: Body, method: 'GET', url: '/x', httpStatus: '200' });
    const full = {
      seen: '2026-12-01T10:00:00.000Z',
      status: 'active',
      maybeStatus: 'b',
      vendor: { name: 'Acme', secret: 'not in the schema' },
      items: [{ price: 1250 }, { price: null }],
      mixed: 'x',
    };
    expect(JSON.parse(serialize(full))).toEqual({ ...full, vendor: { name: 'Acme' } });
    const empty = { seen: null, status: 'revoked', maybeStatus: null, vendor: null, items: [], mixed: 3 };
    expect(JSON.parse(serialize(empty))).toEqual(empty);
  });
});
