import { describe, expect, it } from 'vitest';
import type { TicketDetail } from '@firstline/protocol';
import { fieldsOf, ticketChanges } from '../../../renderer/src/features/tickets/ticket-changes';

const loaded = fieldsOf({
  status: 'open',
  priority: 'normal',
  category: 'Printing',
  resolutionSummary: null,
  tags: ['toner', 'printer'],
  customerEmail: 'sam@example.com',
  customerOrganisation: null,
} as TicketDetail);

describe('what a ticket form sends', () => {
  it('is only what was changed in it, so a colleague’s change to another field stands', () => {
    expect(ticketChanges(loaded, { ...loaded, status: 'resolved', resolutionSummary: '  Replaced the toner ' })).toEqual({
      status: 'resolved',
      resolutionSummary: 'Replaced the toner',
    });
  });

  it('is nothing when the fields read the same: tags in another order or typed with another comma, blanks around text', () => {
    expect(ticketChanges(loaded, { ...loaded, tags: 'printer，TONER', category: ' Printing ' })).toEqual({});
  });

  it('clears a field emptied, and sends the whole tag set when it changes', () => {
    expect(ticketChanges(loaded, { ...loaded, category: '   ', tags: 'printer, toner, hp' })).toEqual({
      category: null,
      tags: ['printer', 'toner', 'hp'],
    });
  });
});
