/**
 * The WhatsApp emulator alone in a process, for the benchmarks: Meta's servers are not on the connector's
 * event loop in production, so their stand-in must not be either. Options come as JSON in argv[2]; the first
 * line on stdout is `{"url": ...}`.
 */
import { startEmulator } from '../../emulator/index.js';
import type { EmulatorOptions } from '../../emulator/types.js';

const options = JSON.parse(process.argv[2] ?? '{}') as EmulatorOptions;
const emulator = await startEmulator({ port: 0, host: '127.0.0.1', ...options });
process.stdout.write(`${JSON.stringify({ url: emulator.url })}\n`);
const stop = () => void emulator.stop().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('disconnect', stop);
