import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import * as Console from "effect/Console";
import * as Effect from "effect/Effect";
import * as Option from "effect/Option";
import { Command, Flag } from "effect/cli";
import { UsageError } from "../errors.ts";
import { lang } from "../options.ts";

const port = Flag.Int("port").pipe(Flag.withDescription("Port on 127.0.0.1 (default: a free one)"), Flag.optional);
const open = Flag.Boolean("open").pipe(Flag.withDescription("Open the page in the default browser (--no-open: only print its address)"), Flag.withDefault(true));

const WORDS = {
  vi: {
    notBuilt: "trang rà soát chưa được dựng; chạy: pnpm --filter @cdsvn/web build",
    cannotListen: (why: string) => `không mở được cổng (${why})`,
    ready: "Trang rà soát (chạy trong trình duyệt, không gửi tệp đi đâu). Ctrl+C để dừng.",
  },
  en: {
    notBuilt: "the review page is not built; run: pnpm --filter @cdsvn/web build",
    cannotListen: (why: string) => `cannot open the port (${why})`,
    ready: "The review page (runs in the browser; no file leaves this machine). Ctrl+C to stop.",
  },
} as const;

/** The platform's way to open a URL in the default browser; failures are ignored (the URL is printed). */
function openBrowser(url: string): void {
  const [cmd, args] = process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  try {
    const child = spawn(cmd, args as string[], { stdio: "ignore", detached: true });
    child.on("error", () => {});
    child.unref();
  } catch {
    // No browser launcher: the reviewer opens the printed address.
  }
}

/**
 * `cds serve`: the reviewer's page (@cdsvn/web) on a free 127.0.0.1 port. Prints the address on
 * stdout, opens the browser unless --no-open, serves until Ctrl+C (exit 130). Plans are read in the browser.
 */
export const serve = Command.make(
  "serve",
  { port, open, lang },
  Effect.fn(function* ({ port, open, lang }) {
    const w = WORDS[lang];
    const { startStaticServer, isBuilt } = yield* Effect.promise(() => import("@cdsvn/web/server"));
    // The page is found through the installed @cdsvn/web, not next to this file: the published CLI is a
    // bundle, where the server's own import.meta.url would point into the CLI.
    const root = fileURLToPath(new URL("../dist/", import.meta.resolve("@cdsvn/web/server")));
    if (!(yield* Effect.promise(() => isBuilt(root)))) return yield* new UsageError({ message: w.notBuilt });
    // Released when the command ends: Ctrl+C interrupts it (exit 130, as for any interrupted command).
    const server = yield* Effect.acquireRelease(
      Effect.tryPromise({
        try: () => startStaticServer({ root, port: Option.getOrElse(port, () => 0) }),
        catch: (e) => new UsageError({ message: w.cannotListen(e instanceof Error ? e.message : String(e)) }),
      }),
      (s) => Effect.promise(() => s.close()),
    );
    yield* Console.log(server.url);
    yield* Console.error(`cds: ${w.ready}`);
    if (open) openBrowser(server.url);
    return yield* Effect.never;
  }, Effect.scoped),
).pipe(Command.withDescription("Open the reviewer's page: drop plans in a browser and read their review (nothing leaves the machine)"));
