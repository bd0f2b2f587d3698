// Preloaded with `node --require` to report a process's peak memory when it exits,
// without the CLI carrying benchmark code.
process.on('exit', () => {
  const out = process.env.RSS_REPORT_FILE;
  if (out) require('node:fs').writeFileSync(out, String(process.resourceUsage().maxRSS));
});
