import { check } from "recheck";
const pats = JSON.parse(process.argv[2]);
for (const [p, f] of pats) {
  const d = await check(p, f, { timeout: 20000 });
  console.log(`/${p}/${f}`, d.status, d.complexity?.summary ?? "", d.attack?.pattern ?? "", d.error?.kind ?? "");
}
