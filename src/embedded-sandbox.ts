import type { Config } from './config.ts';
import type { Sandbox } from './sandbox/server.ts';

/**
 * Starts the embedded sandbox (no ALGOREG_BASE_URL), loading its code only then: a gateway pointed
 * at a real tenant never loads the sandbox, its seed data or its web server (Fastify and its
 * dependencies), which would otherwise sit in every process's heap.
 */
export async function startEmbeddedSandbox(config: Config): Promise<Sandbox> {
  const { createSandbox } = await import('./sandbox/server.ts');
  const { webhookUrl, webhookToken } = config.sandbox;
  return createSandbox({
    port: config.sandbox.port,
    latencyMs: config.sandbox.latencyMs,
    webhook: webhookUrl && webhookToken ? { url: webhookUrl, token: webhookToken } : undefined,
  });
}
