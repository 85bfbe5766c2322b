import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ArticleContent, CreateUserRequest, ErrorBody, refusalOf, TicketUpdate } from '@firstline/protocol';

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
});
