import { z } from 'zod';

/**
 * Remote control input, sent by the engineer over the data channel and checked on the customer's
 * side before anything is injected. Positions are normalised to the shared surface (0–1 from its
 * top-left corner), so neither side needs the other's resolution, scale or monitor layout.
 */
export const NormalizedPoint = z.object({ x: z.number().min(0).max(1), y: z.number().min(0).max(1) }).strict();
export type NormalizedPoint = z.infer<typeof NormalizedPoint>;

export const PointerButton = z.enum(['left', 'middle', 'right']);
export type PointerButton = z.infer<typeof PointerButton>;

export const KeyModifiers = z.object({ alt: z.boolean(), ctrl: z.boolean(), meta: z.boolean(), shift: z.boolean() }).strict();
export type KeyModifiers = z.infer<typeof KeyModifiers>;

/** KeyboardEvent.code: the physical key ("KeyA", "Enter", "ArrowLeft"), the same on every layout. */
const KeyCode = z.string().regex(/^[A-Za-z0-9]{1,24}$/);

/** What can be pressed for the customer that a browser cannot send on its own. Ctrl+Alt+Del cannot be injected on any system. */
export const SpecialKeys = z.enum(['meta', 'alt-tab', 'ctrl-esc']);
export type SpecialKeys = z.infer<typeof SpecialKeys>;

const WHEEL_LIMIT = 2000;

export const ControlInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('pointer-move'), at: NormalizedPoint }).strict(),
  z.object({ type: z.literal('pointer-down'), at: NormalizedPoint, button: PointerButton }).strict(),
  z.object({ type: z.literal('pointer-up'), at: NormalizedPoint, button: PointerButton }).strict(),
  z
    .object({
      type: z.literal('wheel'),
      at: NormalizedPoint,
      dx: z.number().int().min(-WHEEL_LIMIT).max(WHEEL_LIMIT),
      dy: z.number().int().min(-WHEEL_LIMIT).max(WHEEL_LIMIT),
    })
    .strict(),
  z.object({ type: z.literal('key-down'), code: KeyCode, key: z.string().max(32), modifiers: KeyModifiers }).strict(),
  z.object({ type: z.literal('key-up'), code: KeyCode, key: z.string().max(32), modifiers: KeyModifiers }).strict(),
  z.object({ type: z.literal('special-keys'), keys: SpecialKeys }).strict(),
]);
export type ControlInput = z.infer<typeof ControlInput>;

/** The customer's app: only the desktop app can inject input; a browser join can be shown a pointer, never controlled. */
export const CustomerClient = z.enum(['desktop', 'browser']);
export type CustomerClient = z.infer<typeof CustomerClient>;

/** Unanswered for this long, a request for control counts as declined. */
export const CONTROL_REQUEST_TIMEOUT_MS = 30_000;

export const ControlDeclineReason = z.enum(['customer', 'timeout']);
export type ControlDeclineReason = z.infer<typeof ControlDeclineReason>;

/** How control ended: the customer's button or shortcut, the engineer, or the session ending. */
export const ControlEndHow = z.enum(['button', 'shortcut', 'engineer', 'session-ended', 'handed-over']);
export type ControlEndHow = z.infer<typeof ControlEndHow>;

/** Where remote control stands in a session; both members are told each change. */
export const ControlState = z.discriminatedUnion('state', [
  z.object({ state: z.literal('off') }),
  z.object({ state: z.literal('requested'), expiresAt: z.number() }),
  z.object({ state: z.literal('granted'), since: z.number() }),
]);
export type ControlState = z.infer<typeof ControlState>;

/** Clipboard text, sent on purpose by one side; the timeline records the size, never the text. */
export const CLIPBOARD_MAX_CHARS = 100_000;
export const ClipboardDirection = z.enum(['to-customer', 'to-engineer']);
export type ClipboardDirection = z.infer<typeof ClipboardDirection>;
