#!/usr/bin/env node
import { keepHeapSmall } from "./_heap";
import { run } from "./run";

// `miriam replay export/ | head` closes the pipe early: that is the reader's choice, not an
// error of the command.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });

keepHeapSmall();
process.exitCode = await run(process.argv.slice(2));
