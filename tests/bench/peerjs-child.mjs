// The PeerJS signalling server (npm `peer`) in a process of its own, for bench:signalling.
import { PeerServer } from 'peer';

const port = Number(process.env.PEERJS_PORT);
PeerServer({ port, host: '127.0.0.1', path: '/bench', concurrent_limit: 100_000 }, () => console.log(JSON.stringify({ port })));
