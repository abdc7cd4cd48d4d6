#!/usr/bin/env node
// Subpath imports, not the package barrel: the barrel also loads the HTTP, Redis and cluster modules
// (hundreds of files, ~0.5 s of every `cds` start) that the CLI never uses.
import * as NodeRuntime from "@effect/platform-node/NodeRuntime";
import * as NodeServices from "@effect/platform-node/NodeServices";
import { Effect } from "effect";
import { runCli } from "./main.ts";

runCli(process.argv.slice(2)).pipe(Effect.provide(NodeServices.layer), NodeRuntime.runMain({ disableErrorReporting: true }));
