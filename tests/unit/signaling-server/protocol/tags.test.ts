import { describe, expect, it } from 'vitest';
import { splitTags, Tag, TicketUpdate } from '@firstline/protocol';

describe('tags typed in a field', () => {
  it('split at the comma each of our languages types', () => {
    expect(splitTags('printer, toner,hp')).toEqual(['printer', 'toner', 'hp']);
    // Chinese input methods type the full-width comma and the ideographic comma; Arabic its own comma.
    expect(splitTags('打印机，驱动、网络')).toEqual(['打印机', '驱动', '网络']);
    expect(splitTags('印表機，驅動程式')).toEqual(['印表機', '驅動程式']);
    expect(splitTags('طابعة، تعريف')).toEqual(['طابعة', 'تعريف']);
    expect(splitTags('máy in, mạng')).toEqual(['máy-in', 'mạng']);
  });

  it('join the words of one tag, lower-case it, and keep each once, in the order typed', () => {
    expect(splitTags('  Paper   Jam , TONER, toner ,, ')).toEqual(['paper-jam', 'toner']);
    expect(splitTags('')).toEqual([]);
    expect(splitTags(' ，、، ')).toEqual([]);
  });

  it('give tags the ticket update accepts', () => {
    const tags = splitTags('打印机，Paper Jam、طابعة، máy in');
    for (const tag of tags) expect(Tag.safeParse(tag).success).toBe(true);
    expect(TicketUpdate.parse({ tags }).tags).toEqual(['打印机', 'paper-jam', 'طابعة', 'máy-in']);
    // What the field used to send for Chinese input: one tag with a full-width comma in it, refused.
    expect(TicketUpdate.safeParse({ tags: ['打印机，驱动'] }).success).toBe(false);
  });
});
