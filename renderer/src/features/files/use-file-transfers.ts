import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import type { FileAction, PeerMessage } from '@firstline/protocol';
import type { PeerLink } from '../peer/peer-link';
import type { SignallingClient } from '../signalling/signalling-client';
import { createFileTransfers, type FileTransfers, type Transfer } from './file-transfers';
import type { ReceivedFileSink } from './received-file-sink';

/**
 * Files over one session's peer link. `connect` starts a fresh set for a new link; the link's
 * messages and binary frames are handed to `handle` and `onFrame`.
 */
export function useFileTransfers(options: {
  link: RefObject<PeerLink | null>;
  signalling: RefObject<SignallingClient | null>;
  sink: ReceivedFileSink;
  limit: number;
}) {
  const { link, signalling, sink } = options;
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const current = useRef<FileTransfers | null>(null);
  const limit = useRef(options.limit);
  limit.current = options.limit;

  const connect = useCallback(() => {
    current.current?.closeAll();
    setTransfers([]);
    current.current = createFileTransfers({
      send: (message) => link.current?.send(message) ?? false,
      channel: () => link.current?.fileChannel() ?? null,
      sink,
      record: (record) => void signalling.current?.record('file:record', record),
      limit: () => limit.current,
      onChange: setTransfers,
    });
  }, [link, signalling, sink]);

  const close = useCallback(() => {
    current.current?.closeAll();
    current.current = null;
  }, []);

  const handle = useCallback((message: PeerMessage) => current.current?.handle(message) ?? false, []);
  const onFrame = useCallback((frame: ArrayBuffer) => current.current?.onFrame(frame), []);
  const offer = useCallback((file: File) => current.current?.offer(file) ?? 'not-connected', []);
  const accept = useCallback((id: string) => void current.current?.accept(id), []);
  const decline = useCallback((id: string) => current.current?.decline(id), []);
  const act = useCallback((id: string, action: FileAction) => current.current?.act(id, action), []);

  return useMemo(
    () => ({ transfers, sinkKind: sink.kind, connect, close, handle, onFrame, offer, accept, decline, act }),
    [transfers, sink.kind, connect, close, handle, onFrame, offer, accept, decline, act],
  );
}
export type FileTransfersView = ReturnType<typeof useFileTransfers>;
