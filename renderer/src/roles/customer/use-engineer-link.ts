import { useCallback, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { DiagnosticsConsent, EngineerIdentity, IceConfig, PictureChoice } from '@firstline/protocol';
import { createPeerLink, type PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import type { useChatLog } from '../../features/chat/use-chat-log';
import type { useFileTransfers } from '../../features/files/use-file-transfers';
import { routeCustomerMessage } from './customer-peer-messages';
import type { useCustomerControl } from './use-customer-control';
import type { useDiagnosticsSharing } from './use-diagnostics-sharing';
import type { useReceivedAnnotations } from './use-received-annotations';

const REPLACE_FAILED_LINK_AFTER_MS = 1000;

/**
 * The customer's connection to the session's engineer: opened after consent, and again for the
 * colleague a session is handed over to. Whatever the customer already shares goes on it at once.
 */
export function useEngineerLink(deps: {
  link: RefObject<PeerLink | null>;
  stream: RefObject<MediaStream | null>;
  setPeerConnected: Dispatch<SetStateAction<boolean>>;
  /** The path to the engineer dropped and is being found again. */
  setInterrupted: (interrupted: boolean) => void;
  files: ReturnType<typeof useFileTransfers>;
  chat: ReturnType<typeof useChatLog>;
  startDiagnostics: ReturnType<typeof useDiagnosticsSharing>['start'];
  onControlInput: ReturnType<typeof useCustomerControl>['onInput'];
  receiveAnnotation: ReturnType<typeof useReceivedAnnotations>['receive'];
  receiveClipboard: (text: string) => void;
  switchRequest: RefObject<(id: string) => void>;
  applyPicture: () => Promise<void>;
  choosePicture: (choice: PictureChoice) => void;
}) {
  const { link, stream, setPeerConnected, setInterrupted, chat, startDiagnostics, onControlInput, receiveAnnotation, receiveClipboard } =
    deps;
  const { switchRequest, applyPicture, choosePicture } = deps;
  const { connect: connectFiles, close: closeFiles, handle: handleFileMessage, onFrame: onFileFrame } = deps.files;
  // The relay and policy for this session, from the latest view of it the server sent.
  const ice = useRef<IceConfig | null>(null);

  const open = useCallback(
    function openLink(client: SignallingClient, engineer: EngineerIdentity, diagnostics: DiagnosticsConsent | null) {
      link.current?.destroy();
      closeFiles();
      setPeerConnected(false);
      setInterrupted(false);
      // A connection that failed for good (ICE restarts did not bring it back) is replaced by a new
      // one in the same session: the engineer's side is told to expect it first.
      const replaceAfterFailure = () =>
        setTimeout(() => {
          if (link.current !== created) return;
          void client.request('peer:restart', {}).then((r) => r.ok && link.current === created && openLink(client, engineer, diagnostics));
        }, REPLACE_FAILED_LINK_AFTER_MS);
      const created = createPeerLink({
        initiator: true,
        signalling: client,
        ice: ice.current ?? undefined,
        events: {
          onConnect: () => {
            setPeerConnected(true);
            if (diagnostics && link.current) void startDiagnostics(link.current, client, diagnostics);
          },
          onFileFrame,
          onNegotiated: () => void applyPicture(),
          onInterrupted: setInterrupted,
          onMessage: (m) =>
            routeCustomerMessage(m, {
              file: handleFileMessage,
              chat: ({ id, text, sentAt }) => chat.receive(id, text, engineer.name, sentAt),
              'diag-refresh': () => diagnostics && link.current && void startDiagnostics(link.current, client, diagnostics),
              control: ({ input }) => onControlInput(input),
              annotation: ({ update }) => receiveAnnotation(update),
              'screen-switch': ({ id }) => switchRequest.current(id),
              clipboard: ({ text }) => receiveClipboard(text),
              'picture-quality': ({ choice }) => choosePicture(choice),
            }),
          onClose: (reason) => {
            setPeerConnected(false);
            closeFiles();
            if (reason === 'error') {
              setInterrupted(true);
              replaceAfterFailure();
            }
          },
        },
      });
      link.current = created;
      if (stream.current) created.addStream(stream.current);
      connectFiles();
    },
    [
      link,
      stream,
      setPeerConnected,
      setInterrupted,
      chat,
      startDiagnostics,
      onControlInput,
      receiveAnnotation,
      receiveClipboard,
      switchRequest,
      applyPicture,
      choosePicture,
      connectFiles,
      closeFiles,
      handleFileMessage,
      onFileFrame,
    ],
  );
  return { open, ice };
}
