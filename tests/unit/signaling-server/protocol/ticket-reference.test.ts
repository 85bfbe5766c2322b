import { describe, expect, it } from 'vitest';
import { ticketReferenceIn } from '@firstline/protocol';

describe('a ticket reference as a customer quotes it', () => {
  it('is the number in "#42", "# 42" or "42"', () => {
    expect(ticketReferenceIn('#42')).toBe(42);
    expect(ticketReferenceIn(' # 42 ')).toBe(42);
    expect(ticketReferenceIn('42')).toBe(42);
    expect(ticketReferenceIn('2147483647')).toBe(2_147_483_647);
  });

  it('reads the digits Arabic and Chinese keyboards type', () => {
    expect(ticketReferenceIn('#٤٢')).toBe(42);
    expect(ticketReferenceIn('۴۲')).toBe(42);
    expect(ticketReferenceIn('＃４２')).toBe(42);
  });

  it('is nothing for text that is not one', () => {
    for (const text of ['', '#', '0', '#0', '-4', '4.2', '42a', 'printer 42', '##42', '2147483648', '٤x', '12345678901']) {
      expect(ticketReferenceIn(text), text).toBeNull();
    }
  });
});
