// Preloaded into a benchmarked child process (`node --import ./bench/rss-probe.mjs …`): on exit it
// writes the process's peak resident set size (KiB) to stderr as `ksmig-bench-maxrss=<n>`. Worker
// threads run the preloads too; only the main thread writes (the peak is the whole process's).
import { isMainThread } from 'node:worker_threads';

if (isMainThread) {
  process.on('exit', () => {
    process.stderr.write(`\nksmig-bench-maxrss=${process.resourceUsage().maxRSS}\n`);
  });
}
