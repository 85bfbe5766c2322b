import { z } from 'zod';

/**
 * A PATCH body: any of these fields and no others, at least one of them. An empty one would
 * change nothing, so it is refused as bad input rather than reaching the store.
 */
export const patchOf = <S extends z.ZodRawShape>(shape: S) =>
  z
    .object(shape)
    .partial()
    .strict()
    .refine((patch) => Object.keys(patch).length > 0, 'Nothing to change');
