// Preloaded into a service by bench/footprint.ts (`--import`, with `--expose-gc`): on the IPC
// message `footprint`, collects garbage fully and sends back process.memoryUsage(), so what is
// measured is what the process holds, not garbage awaiting a collection.
process.on('message', (message) => {
  if (message !== 'footprint') return;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('footprint-probe needs --expose-gc');
  gc();
  gc();
  process.send?.({ footprint: process.memoryUsage() });
});
