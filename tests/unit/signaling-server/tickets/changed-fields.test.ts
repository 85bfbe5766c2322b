import { describe, expect, it } from 'vitest';
import type { TicketDetail } from '@firstline/protocol';
import { changedFields } from '../../../../signaling-server/src/tickets/ticket-work';

const ticket = {
  status: 'open',
  priority: 'normal',
  category: 'Printing',
  resolutionSummary: null,
  tags: ['printer', 'toner'],
  customerEmail: 'lin@example.com',
  customerOrganisation: null,
} as unknown as TicketDetail;

describe('what a ticket update records on the timeline', () => {
  it('keeps only the fields that differ, tags compared as a set', () => {
    expect(
      changedFields(ticket, { status: 'open', category: 'Printing', tags: ['toner', 'printer'], customerEmail: 'lin@example.com' }),
    ).toEqual({});
    expect(
      changedFields(ticket, { status: 'resolved', resolutionSummary: 'New driver', tags: ['printer'], customerOrganisation: null }),
    ).toEqual({
      status: 'resolved',
      resolutionSummary: 'New driver',
      tags: 'printer',
    });
    expect(changedFields(ticket, { category: null, tags: [] })).toEqual({ category: null, tags: '' });
  });
});
