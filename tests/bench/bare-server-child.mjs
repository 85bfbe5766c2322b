// A bare WebSocket server (`ws`) or a bare socket.io server (no handlers, websocket only) in a process
// of its own, for bench:connections: what a connection costs the libraries before any of our code.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import { WebSocketServer } from 'ws';

const http = createServer();
if (process.env.BARE_KIND === 'ws') {
  new WebSocketServer({ server: http }).on('connection', (ws) => ws.send('{"type":"OPEN"}'));
} else {
  new Server(http, { serveClient: false, transports: ['websocket'] }).on('connection', (socket) => socket.onAny(() => {}));
}
http.listen(0, '127.0.0.1', () => console.log(JSON.stringify({ port: http.address().port })));
