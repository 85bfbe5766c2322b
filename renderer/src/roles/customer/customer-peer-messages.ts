import type { PeerMessage } from '@firstline/protocol';

type Of<K extends PeerMessage['kind']> = Extract<PeerMessage, { kind: K }>;

/** What the customer's app does with each message the engineer's side sends; anything else is ignored. */
export interface CustomerMessageHandlers {
  /** File-transfer messages; true when it was one. */
  file: (message: PeerMessage) => boolean;
  chat: (message: Of<'chat'>) => void;
  'diag-refresh': () => void;
  control: (message: Of<'control'>) => void;
  annotation: (message: Of<'annotation'>) => void;
  'screen-switch': (message: Of<'screen-switch'>) => void;
  clipboard: (message: Of<'clipboard'>) => void;
  'picture-quality': (message: Of<'picture-quality'>) => void;
}

export function routeCustomerMessage(message: PeerMessage, handlers: CustomerMessageHandlers): void {
  if (handlers.file(message)) return;
  switch (message.kind) {
    case 'chat':
      return handlers.chat(message);
    case 'diag-refresh':
      return handlers['diag-refresh']();
    case 'control':
      return handlers.control(message);
    case 'annotation':
      return handlers.annotation(message);
    case 'screen-switch':
      return handlers['screen-switch'](message);
    case 'clipboard':
      return handlers.clipboard(message);
    case 'picture-quality':
      return handlers['picture-quality'](message);
  }
}
