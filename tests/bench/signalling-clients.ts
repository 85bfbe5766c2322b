import { connect } from 'socket.io-client';
import WebSocket from 'ws';
import type { ClientEventName, ClientPayload, ClientResult, ServerEventName, ServerPayload } from '@firstline/protocol';
import { request, type TestClient } from '../support/test-server';

/** What the signalling bench asks of a Firstline client, whichever implements it. */
export interface BenchClient {
  request<E extends ClientEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>>;
  /** Without an acknowledgement, as the apps relay. */
  emit(event: 'signal:relay', payload: ClientPayload<'signal:relay'>): void;
  on<E extends ServerEventName>(event: E, handler: (payload: ServerPayload<E>) => void): void;
  /** The next such event's payload. */
  next<E extends ServerEventName>(event: E): Promise<ServerPayload<E>>;
  close(): void;
}

export type BenchClientKind = 'bare' | 'socket.io-client';

/**
 * The socket.io protocol over bare `ws`, as the bench drives PeerJS with bare `ws` and JSON: the
 * same thin client for both servers, so the load generator, which shares the machine's two cores
 * with the server, costs them alike. Engine.io v4 over a WebSocket is one packet a frame: "0"
 * open, "2"/"3" ping/pong, "4" a socket.io packet ("0" connect, "2" event, "3" ack, "4" refusal).
 */
export function openBareClient(url: string, cookie?: string): Promise<BenchClient> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    headers: cookie ? { cookie } : {},
  });
  const listeners = new Map<string, Array<(payload: never) => void>>();
  const waiting = new Map<string, Array<(payload: never) => void>>();
  const acks = new Map<number, (result: never) => void>();
  let nextAck = 0;
  const client: BenchClient = {
    request: (event, payload) =>
      new Promise((resolve) => {
        const id = nextAck++;
        acks.set(id, resolve as (result: never) => void);
        ws.send(`42${id}${JSON.stringify([event, payload])}`);
      }),
    emit: (event, payload) => ws.send(`42${JSON.stringify([event, payload])}`),
    on: (event, handler) => void listeners.set(event, [...(listeners.get(event) ?? []), handler as (payload: never) => void]),
    next: (event) => new Promise((resolve) => waiting.set(event, [...(waiting.get(event) ?? []), resolve as (payload: never) => void])),
    close: () => ws.close(),
  };
  return new Promise((resolve, reject) => {
    ws.once('error', reject);
    ws.on('message', (raw: Buffer) => {
      const text = raw.toString('utf8');
      if (text === '2') return ws.send('3');
      if (text[0] === '0') return ws.send('40');
      if (text[0] !== '4') return;
      if (text[1] === '0') return resolve(client);
      if (text[1] === '4') return reject(new Error(`refused: ${text.slice(2)}`));
      if (text[1] === '2') {
        const [event, payload] = JSON.parse(text.slice(2)) as [string, never];
        for (const handler of listeners.get(event) ?? []) handler(payload);
        const next = waiting.get(event);
        waiting.delete(event);
        for (const resolveNext of next ?? []) resolveNext(payload);
      } else if (text[1] === '3') {
        const digits = /^\d+/.exec(text.slice(2))![0];
        const [result] = JSON.parse(text.slice(2 + digits.length)) as [never];
        acks.get(Number(digits))?.(result);
        acks.delete(Number(digits));
      }
    });
  });
}

/** socket.io-client itself, as the apps use it (each app has one; the bench runs hundreds in one process). */
export async function openSocketIoClient(url: string, cookie?: string): Promise<BenchClient> {
  const socket: TestClient = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: cookie ? { cookie } : undefined,
  });
  await new Promise((resolve, reject) => (socket.once('connect', () => resolve(undefined)), socket.once('connect_error', reject)));
  return {
    request: (event, payload) => request(socket, event, payload),
    emit: (event, payload) => void socket.emit(event, payload),
    on: (event, handler) => void (socket.on as (e: string, h: (p: unknown) => void) => void)(event, handler as (p: unknown) => void),
    next: (event) =>
      new Promise((resolve) => (socket.once as (e: string, h: (p: unknown) => void) => void)(event, resolve as (p: unknown) => void)),
    close: () => void socket.close(),
  };
}
