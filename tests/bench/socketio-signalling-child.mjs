// The same session steps as Firstline's, on a bare socket.io server in a process of its own, for
// bench:signalling: what socket.io itself costs the set-up and the relays, with nothing of ours
// (no sign-in, no validation, nothing stored, no queue). Sessions live in this process's memory.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const http = createServer();
const io = new Server(http, { serveClient: false, transports: ['websocket'] });
/** Per session: its members' sockets. Per socket: its session. */
const sessions = new Map();
const sessionOf = new Map();
const counterpart = (socket) => {
  const members = sessions.get(sessionOf.get(socket.id));
  return members && (members.customer === socket ? members.engineer : members.customer);
};
io.on('connection', (socket) => {
  socket.on('session:create', (payload, ack) => {
    const id = randomUUID();
    sessions.set(id, { customer: socket, engineer: undefined });
    sessionOf.set(socket.id, id);
    ack({ ok: true, session: { id, status: 'waiting', customerName: payload.customerName } });
  });
  socket.on('session:claim', ({ sessionId }, ack) => {
    const members = sessions.get(sessionId);
    members.engineer = socket;
    sessionOf.set(socket.id, sessionId);
    members.customer.emit('session:claimed', { session: { id: sessionId, status: 'claimed' } });
    ack({ ok: true, session: { id: sessionId, status: 'claimed' } });
  });
  socket.on('consent:respond', ({ granted }, ack) => {
    counterpart(socket)?.emit('session:consent', { session: { id: sessionOf.get(socket.id), status: 'active' }, granted });
    ack({ ok: true });
  });
  socket.on('signal:relay', (payload) => counterpart(socket)?.emit('signal:relay', payload));
  socket.on('disconnect', () => {
    sessions.delete(sessionOf.get(socket.id));
    sessionOf.delete(socket.id);
  });
});
http.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ url: `http://127.0.0.1:${http.address().port}` })));
