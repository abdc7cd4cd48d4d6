import type { Diagnostic, FileReport } from "@cdsvn/core";
import { comparisonView } from "../comparison-view.ts";
import { findingNotes, groupBySection, makeQuoter, sectionTitle, type Counts } from "../findings.ts";
import { countsLine, severityLabel, t } from "../messages.ts";
import { dateLabel, reportHeading, unitLabel } from "../plan-labels.ts";
import { escapeHtml } from "../safe-text.ts";
import type { FormatContext } from "./context.ts";

export { escapeHtml };
const h = escapeHtml;

// Inline, so the page is one file a reviewer can mail, open offline or print; no fonts or scripts fetched.
const STYLE = `
:root{--err:#b42318;--warn:#b54708;--info:#175cd3;--ok:#067647;--line:#d0d5dd;--muted:#475467}
*{box-sizing:border-box}
body{font-family:"Times New Roman",Times,"Noto Serif",serif;font-size:14pt;line-height:1.45;color:#101828;max-width:60rem;margin:2rem auto;padding:0 1.25rem}
h1{font-size:1.6rem;text-transform:uppercase;text-align:center;margin:0 0 .25rem}
h2{font-size:1.25rem;border-bottom:2px solid #101828;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.1rem;margin:1.25rem 0 .5rem}
h4{font-size:1rem;margin:1rem 0 .4rem;color:var(--muted)}
.lead{text-align:center;color:var(--muted);margin:0 0 1.5rem}
.counts{display:flex;gap:.75rem;justify-content:center;flex-wrap:wrap;margin:1rem 0}
.count{border:1px solid var(--line);border-radius:.5rem;padding:.4rem .9rem;min-width:8rem;text-align:center}
.count b{display:block;font-size:1.6rem}
.count.error b{color:var(--err)} .count.warning b{color:var(--warn)} .count.info b{color:var(--info)}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.5rem 0}
dl.meta dt{color:var(--muted)} dl.meta dd{margin:0}
ol.findings{padding-left:1.6rem;margin:.25rem 0}
ol.findings li{margin:.45rem 0;break-inside:avoid}
.sev{display:inline-block;font:600 .75rem/1.4 system-ui,sans-serif;text-transform:uppercase;border-radius:.25rem;padding:0 .35rem;color:#fff;vertical-align:.1em}
.sev.error{background:var(--err)} .sev.warning{background:var(--warn)} .sev.info{background:var(--info)}
.where,.rule{color:var(--muted);font-size:.85em}
.rule{font-family:ui-monospace,Menlo,Consolas,monospace}
blockquote{margin:.3rem 0 .2rem;padding:.25rem .7rem;border-left:3px solid var(--line);background:#f9fafb;font-style:italic}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92em}
th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7}
td.status{white-space:nowrap;font-weight:600} td.num{text-align:right;white-space:nowrap}
thead{display:table-header-group} tr{break-inside:avoid} table.comparison td:nth-child(2){width:45%}
p.extras{font-size:.9em;color:var(--muted)}
td.met{color:var(--ok)} td.below-target,td.missing{color:var(--err)} td.ambiguous{color:var(--warn)} td.extra,td.not-applicable{color:var(--muted)}
.unreadable{color:var(--err);font-weight:600}
footer{margin-top:2.5rem;color:var(--muted);font-size:.85em;text-align:center}
@page{size:A4;margin:2cm 2cm 2cm 3cm}
@media print{body{margin:0;max-width:none;font-size:12pt} td.num{white-space:normal} section.file+section.file{break-before:page} h3,h4{break-after:avoid} .count{border-color:#999} .sev{color:#000;background:none!important;border:1px solid #000} a{color:inherit;text-decoration:none}}
`;

/**
 * One self-contained HTML page a reviewer can open or print: the overall counts, then per file its
 * details, the findings grouped by section with the quoted text, the suggested correction and the
 * source, and the comparison table (rows that apply to the commune, with source and confidence).
 * Written in three pieces so a run can write each file's section as it is ready: the head (title and
 * the run's counts), the sections, the tail (the footer).
 */
export function htmlHead(all: Counts, files: number, first: { readonly heading: string } | null, ctx: FormatContext): string {
  const L = ctx.locale;
  const body: string[] = [];
  body.push(`<header id="summary"><h1>${h(t(L, "report.title"))}</h1>`);
  body.push(`<p class="lead">${h(countsLine(L, all))} · ${h(t(L, "report.files", { count: files }))}</p>`);
  const count = (s: "error" | "warning" | "info", n: number) => `<div class="count ${s}"><b>${n}</b>${h(severityLabel(L, s))}</div>`;
  body.push(`<div class="counts">${count("error", all.errors)}${count("warning", all.warnings)}${count("info", all.infos)}</div></header>`);
  body.push("<main>");
  return `<!doctype html>
<html lang="${L}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(t(L, "report.title"))}${files === 1 && first ? ` — ${h(first.heading)}` : ""}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join("\n")}`;
}

/** The page's end: the footer names the engine the first file was checked with. */
export function htmlTail(first: { readonly engine: string | null } | null, ctx: FormatContext): string {
  const engine = first?.engine;
  return `\n</main>\n<footer>${h(t(ctx.locale, "report.generatedBy"))} cds${engine !== null && engine !== undefined ? ` ${h(engine)}` : ""}</footer>
</body>
</html>
`;
}

/** The opening of a file's section: the only part that depends on the file's place in the run. */
export function htmlSectionStart(fileIndex: number): string {
  return `\n<section class="file" id="file-${fileIndex + 1}">\n`;
}

/** A file's section after its opening tag (htmlSectionStart). */
export function htmlPart(report: FileReport, ctx: FormatContext): string {
  const L = ctx.locale;
  const out: string[] = [`<h2>${h(reportHeading(report))}</h2>`];
  const meta = report.plan?.meta;
  const rows: Array<[string, string]> = [[t(L, "report.file"), report.file]];
  const unit = unitLabel(report.plan, L);
  if (unit) rows.push([t(L, "report.unit"), unit]);
  if (meta?.planYear) rows.push([t(L, "report.planYear"), String(meta.planYear)]);
  if (meta) rows.push([t(L, "report.documentNumber"), meta.documentNumber ?? t(L, "report.blank")]);
  if (meta?.issuedDate) rows.push([t(L, "report.issuedDate"), dateLabel(L, meta.issuedDate)!]);
  rows.push([t(L, "report.summary"), countsLine(L, report.summary)]);
  out.push(`<dl class="meta">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join("")}</dl>`);
  if (report.plan === null) out.push(`<p class="unreadable">${h(t(L, "report.unreadable"))}</p>`);

  const groups = groupBySection(report.diagnostics);
  if (groups.length > 0) {
    const quote = makeQuoter(ctx.sources?.get(report.file));
    out.push(`<section class="findings"><h3>${h(t(L, "report.findings"))}</h3>`);
    let n = 0;
    for (const group of groups) {
      out.push(`<h4 data-section="${group.section}">${h(sectionTitle(L, group.section))}</h4><ol class="findings" start="${n + 1}">`);
      for (const d of group.items) {
        n++;
        out.push(finding(d, quote(d), ctx));
      }
      out.push("</ol>");
    }
    out.push("</section>");
  }

  const view = comparisonView(L, report);
  if (view && (view.rows.length > 0 || view.extras.length > 0)) {
    out.push(`<section class="comparison"><h3>${h(t(L, "report.comparison"))}</h3>`);
    out.push(`<p class="where">${h(view.frameworkLine)} · ${h(view.scopeLine)}</p>`);
    if (view.rows.length > 0) {
      const head = (["comparison.no", "comparison.indicator", "comparison.required", "comparison.planned", "comparison.status", "comparison.source"] as const).map((id) => `<th>${h(t(L, id))}</th>`).join("");
      out.push(`<table class="comparison"><thead><tr>${head}</tr></thead><tbody>`);
      for (const row of view.rows) {
        out.push(`<tr><td class="num">${row.no}</td><td>${h(row.name)}</td><td class="num">${h(row.required)}</td><td class="num">${h(row.planned)}</td><td class="status ${row.status}">${h(row.statusText)}</td><td>${h(row.cite)}</td></tr>`);
      }
      out.push("</tbody></table>");
      if (view.sourcesLine) out.push(`<p class="where">${h(view.sourcesLine)}</p>`);
    }
    if (view.extras.length > 0) out.push(`<p class="extras"><b>${h(t(L, "report.extras", { count: view.extras.length }))}:</b> ${h(view.extras.join("; "))}</p>`);
    out.push("</section>");
  }
  out.push("</section>");
  return out.join("\n");
}

function finding(d: Diagnostic, quoted: string | null, ctx: FormatContext): string {
  const L = ctx.locale;
  const notes = findingNotes(L, d);
  const parts = [`<li class="finding ${d.severity}" data-rule="${h(d.ruleId)}">`, `<span class="sev ${d.severity}">${h(severityLabel(L, d.severity))}</span> `];
  if (notes.place) parts.push(`<span class="where">${h(notes.place)}</span> `);
  parts.push(`<span class="message">${h(d.message)}</span> <span class="rule">${h(d.ruleId)}</span>`);
  if (quoted !== null) parts.push(`<blockquote>${h(quoted)}</blockquote>`);
  if (notes.source) parts.push(`<div class="where">${h(t(L, "report.source"))}: ${h(notes.source)}</div>`);
  if (notes.suggestion) parts.push(`<div class="where">${h(t(L, "report.suggestion"))}: ${h(notes.suggestion)}</div>`);
  parts.push("</li>");
  return parts.join("");
}
