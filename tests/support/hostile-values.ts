import { z } from 'zod';

/** A small seeded PRNG (mulberry32) so a failing run can be replayed. */
export function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pickFrom = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/**
 * What a hostile client sends: nulls, huge numbers and strings, markup, prototype-pollution keys,
 * 2,000-deep arrays, lone surrogates, and objects whose fields (`fields`, the names the target
 * expects, so the values reach its checks) hold such values in turn.
 */
export function hostileValue(random: () => number, fields: readonly string[] = ['code', 'data'], depth = 0): unknown {
  const nested = () => (depth < 3 ? hostileValue(random, fields, depth + 1) : null);
  switch (Math.floor(random() * 14)) {
    case 0:
      return null;
    case 1:
      return Math.floor(random() * 1e12) * (random() < 0.5 ? -1 : 1);
    case 2:
      // Long at the top; short inside, so a whole message stays under the socket's 128 KiB.
      return 'x'.repeat(Math.floor(random() * (depth === 0 ? 60_000 : 1_000)));
    case 3:
      return '<script>alert(1)</script>';
    case 4:
      return random() < 0.5;
    case 5:
      return JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    case 6: {
      let deep: unknown = 'deep';
      for (let i = 0; i < 2000; i += 1) deep = [deep];
      return deep;
    }
    case 7:
      return Array.from({ length: Math.floor(random() * 5) }, nested);
    case 8:
      return Object.fromEntries(Array.from({ length: 1 + Math.floor(random() * 3) }, () => [pickFrom(random, fields), nested()]));
    case 9:
      return depth === 0 ? Object.fromEntries(fields.map((field) => [field, nested()])) : {};
    case 10:
      return { [pickFrom(random, fields)]: '\u0000\uffff\ud800' };
    case 11:
      return '';
    case 12:
      return '\u0000\uffff\ud800';
    default:
      return undefined;
  }
}

/** The field names a schema takes, so hostile values land where its checks are. */
export function fieldsOf(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodPipe) return fieldsOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).flatMap(fieldsOf);
  return [];
}
