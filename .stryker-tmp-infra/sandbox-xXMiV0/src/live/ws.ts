// @ts-nocheck
import type { Server } from 'node:http';
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { GraphQLError } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { YogaServerInstance } from 'graphql-yoga';
import { WebSocketServer } from 'ws';
import type { Door } from '../callers/door.ts';
import type { Config } from '../config.ts';
import type { Context } from '../context.ts';

type Yoga = YogaServerInstance<Record<string, unknown>, Context>;
type Run = (args: ExecutionArgs) => OperationResult;
type OperationResult =
  | Promise<AsyncIterable<ExecutionResult> | ExecutionResult>
  | AsyncIterable<ExecutionResult>
  | ExecutionResult;
interface Enveloped {
  execute: Run;
  subscribe: Run;
}

/**
 * GraphQL over WebSocket (the `graphql-transport-ws` protocol of `graphql-ws`, what urql's,
 * Apollo's and Relay's WebSocket links speak) on the gateway's own port and path, beside GraphQL
 * over SSE, which Yoga serves itself. Operations go through the same envelop pipeline as HTTP
 * (limits, error masking, context) and the same door (src/callers/door.ts): when callers must
 * authenticate, the connection carries their token, `connectionParams: { Authorization: 'Bearer …' }`
 * (browsers cannot set headers on a WebSocket) or the upgrade request's own header, and each
 * subscription is admitted like an HTTP request (caller, rate limit).
 */
export function attachWebSockets(
  server: Server,
  yoga: Yoga,
  config: Config,
  door: Door,
): { close(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: yoga.graphqlEndpoint });
  /** A Fetch Request standing for the connection, so the context and the checks read it like HTTP. */
  const requestOf = (ctx: {
    connectionParams?: Readonly<Record<string, unknown>> | undefined;
    extra: { request: { headers: Record<string, string | string[] | undefined> } };
  }) => {
    const headers = new Headers();
    for (const [k, v] of Object.entries(ctx.extra.request.headers)) {
      if (typeof v === 'string' && !k.startsWith('sec-websocket') && k !== 'upgrade' && k !== 'connection')
        headers.set(k, v);
    }
    const given = ctx.connectionParams?.Authorization ?? ctx.connectionParams?.authorization;
    if (typeof given === 'string') headers.set('authorization', given);
    const host = headers.get('host') ?? `localhost:${config.port}`;
    return new Request(`http://${host}${yoga.graphqlEndpoint}`, { headers });
  };
  const disposable = useServer(
    {
      onConnect: async (ctx) => {
        const request = requestOf(ctx);
        return !(await door.admit(request, door.state(request)));
      },
      // The envelop pipeline's own execute and subscribe, handed over by onSubscribe.
      execute: (args) => (args.rootValue as Enveloped).execute(args),
      subscribe: (args) => (args.rootValue as Enveloped).subscribe(args),
      onSubscribe: async (ctx, _id, payload) => {
        const request = requestOf(ctx);
        const refusal = await door.admit(request, door.state(request));
        if (refusal) return [new GraphQLError(refusal.message, { extensions: { code: refusal.code } })];
        const { schema, execute, subscribe, contextFactory, parse, validate } = yoga.getEnveloped({
          request,
          params: payload,
        });
        const args = {
          schema,
          operationName: payload.operationName,
          document: parse(payload.query),
          variableValues: payload.variables,
          contextValue: await contextFactory(),
          rootValue: { execute, subscribe },
        };
        const errors = validate(args.schema, args.document);
        if (errors.length) return errors;
        return args as unknown as ExecutionArgs;
      },
    },
    wss,
  );
  return {
    // Closes every socket with 1001 (going away) and the server; clients reconnect elsewhere.
    close: () => Promise.resolve(disposable.dispose()),
  };
}
