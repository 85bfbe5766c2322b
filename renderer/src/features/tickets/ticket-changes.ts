import { splitTags, type TicketDetail, type TicketPriority, type TicketStatus, type TicketUpdate } from '@firstline/protocol';

/** A ticket's fields as its form holds them: text fields as typed, tags as one line. */
export interface TicketFields {
  status: TicketStatus;
  priority: TicketPriority;
  category: string;
  resolutionSummary: string;
  tags: string;
  customerEmail: string;
  customerOrganisation: string;
}

export const fieldsOf = (ticket: TicketDetail): TicketFields => ({
  status: ticket.status,
  priority: ticket.priority,
  category: ticket.category ?? '',
  resolutionSummary: ticket.resolutionSummary ?? '',
  tags: ticket.tags.join(', '),
  customerEmail: ticket.customerEmail ?? '',
  customerOrganisation: ticket.customerOrganisation ?? '',
});

/** The form's fields as the ticket update sends them: blank text is no value, tags split as typed. */
function updateOf(fields: TicketFields): Required<TicketUpdate> {
  return {
    status: fields.status,
    priority: fields.priority,
    category: fields.category.trim() || null,
    resolutionSummary: fields.resolutionSummary.trim() || null,
    tags: splitTags(fields.tags),
    customerEmail: fields.customerEmail.trim() || null,
    customerOrganisation: fields.customerOrganisation.trim() || null,
  };
}

const same = (a: unknown, b: unknown) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n') : a === b;

/**
 * Only what this person changed since the form was loaded: a colleague who changed another field
 * meanwhile (an admin raising the priority while the engineer wraps up) keeps their change.
 */
export function ticketChanges(loaded: TicketFields, edited: TicketFields): TicketUpdate {
  const before = updateOf(loaded);
  const after = updateOf(edited);
  const keys = Object.keys(after) as Array<keyof TicketUpdate>;
  return Object.fromEntries(keys.filter((key) => !same(before[key], after[key])).map((key) => [key, after[key]]));
}
