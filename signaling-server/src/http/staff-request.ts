import type { SetupRequired, StaffUser } from '../../protocol';

// The signed-in member of staff, set on the request by the access guard before a handler runs.
declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffUser;
    setupRequired?: SetupRequired;
  }
}
