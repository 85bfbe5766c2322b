import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ArticleContent,
  clientEvents,
  CreateUserRequest,
  ErrorBody,
  parseWith,
  readableText,
  refusalOf,
  TicketUpdate,
} from '@firstline/protocol';

/** The refusal a schema gives this input (the input must fail). */
function refuse(schema: z.ZodType, input: unknown) {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('the input was accepted');
  return refusalOf(parsed.error, input, 'body').error;
}

describe('refused input names its field', () => {
  it('a tag with a character tags may not have: the first tag, in the wrong form', () => {
    const error = refuse(TicketUpdate, { tags: ['c++'] });
    expect(error.code).toBe('invalid_payload');
    expect(error.field).toEqual({ path: ['tags', 0], problem: 'wrong_format' });
    // The developer's message is as it was: path and zod's words.
    expect(error.message).toBe('tags.0: Tags are letters, digits and - _ .');
  });

  it('too long and too many carry the limit they crossed', () => {
    expect(refuse(ArticleContent, { title: 'x'.repeat(201), body: 'b', tags: [], category: null }).field).toEqual({
      path: ['title'],
      problem: 'too_long',
      limit: 200,
    });
    const tags = Array.from({ length: 21 }, (_, i) => `t${i}`);
    expect(refuse(TicketUpdate, { tags }).field).toEqual({ path: ['tags'], problem: 'too_many_items', limit: 20 });
  });

  it('a missing or blank field is required; a wrong one is in the wrong form', () => {
    const user = { email: 'ada@example.com', name: 'Ada', organisation: 'Acme', password: 'a-long-password-1' };
    expect(refuse(CreateUserRequest, { ...user, name: '   ' }).field).toEqual({ path: ['name'], problem: 'required' });
    expect(refuse(CreateUserRequest, { ...user, organisation: undefined }).field).toEqual({ path: ['organisation'], problem: 'required' });
    expect(refuse(CreateUserRequest, { ...user, email: 'ada-at-example' }).field).toEqual({ path: ['email'], problem: 'wrong_format' });
    expect(refuse(CreateUserRequest, { ...user, name: 42 }).field).toEqual({ path: ['name'], problem: 'wrong_format' });
  });

  it('a value outside a list is not allowed', () => {
    expect(refuse(TicketUpdate, { priority: 'whenever' }).field).toEqual({ path: ['priority'], problem: 'not_allowed' });
  });

  it('input refused as a whole names no field', () => {
    const error = refuse(TicketUpdate, {});
    expect(error.field).toBeUndefined();
    expect(error.message).toBe('body: Nothing to change');
  });

  it('what it gives is what the contract reads back', () => {
    const error = refuse(TicketUpdate, { tags: ['c++'] });
    expect(ErrorBody.parse(error)).toEqual(error);
    expect(ErrorBody.safeParse({ ...error, field: { path: ['tags'], problem: 'made_up' } }).success).toBe(false);
  });

  it('refuses text no one types: NUL and other control characters, half a surrogate pair, in any field', () => {
    const user = { email: 'ada@example.com', name: 'Ada', organisation: 'Acme', password: 'a-long-password-1' };
    for (const name of ['Ada\u0000', 'A\u0007da', 'Ada\u007f', 'Ada\ud800', '\udc00Ada']) {
      const refused = parseWith(CreateUserRequest, { ...user, name }, 'body');
      expect(refused, JSON.stringify(name)).toMatchObject({
        ok: false,
        error: { code: 'invalid_payload', field: { path: ['name'], problem: 'wrong_format' } },
      });
    }
    // Deep inside: the first tag of a ticket update.
    expect(parseWith(TicketUpdate, { tags: ['ok', 'bad\u0000'] }, 'body')).toMatchObject({
      ok: false,
      error: { field: { path: ['tags', 1] } },
    });
    // What people do type: tabs and line breaks in a message, emoji (a whole surrogate pair), any script.
    const chat = { id: crypto.randomUUID(), text: 'Line one\r\n\tthen 🖨️ 打印机 طابعة', sentAt: 1 };
    expect(parseWith(clientEvents['chat:record'].payload, chat, 'payload')).toEqual({ ok: true, data: chat });
  });

  it('cleans what a machine reported into text the server takes', () => {
    expect(readableText('BIOS v1.2\u0000\u0000\u0000')).toBe('BIOS v1.2');
    expect(readableText('half \ud83d pair, whole 🖨️')).toBe('half  pair, whole 🖨️');
    expect(parseWith(CreateUserRequest.shape.name, readableText('Ada\u0000\ud800'), 'body')).toEqual({ ok: true, data: 'Ada' });
  });
});
