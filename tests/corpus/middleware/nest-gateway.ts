/* @cors-rules no-reflected-origin-with-credentials */
// @ts-nocheck
// A Nest WebSocket gateway's cors option goes to socket.io (HTTP long-polling).
import { WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { Server } from 'socket.io';

@WebSocketGateway({
  namespace: 'events',
  cors: { origin: true, credentials: true }, // @cors A reflected-origin nofix
})
export class EventsGateway {
  @WebSocketServer()
  server: Server;
}
