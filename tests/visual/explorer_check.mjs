// Opens the HTML explorer of the seed article in headless Chromium with the
// network blocked and checks what a reader sees: the node count, a search
// for "Guterres", an edge click showing evidence. Saves a screenshot.
// Usage: node explorer_check.mjs NEWSGRAPH_BINARY SAMPLE.md OUTPUT_DIR
// Exit 0 = pass, 1 = fail, 77 = skipped (no chromium or no node_modules).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const SKIP = 77;
const [binary, sample, outDir] = process.argv.slice(2);
if (!binary || !sample || !outDir) {
  console.error("usage: node explorer_check.mjs NEWSGRAPH_BINARY SAMPLE.md OUTPUT_DIR");
  process.exit(2);
}
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.log(`skipped: ${chromium} not found (apt-get install chromium)`);
  process.exit(SKIP);
}
const here = path.dirname(fileURLToPath(import.meta.url));
let playwright;
try {
  playwright = createRequire(path.join(here, "package.json"))("playwright-core");
} catch {
  console.log("skipped: playwright-core missing (npm ci --prefix tests/visual)");
  process.exit(SKIP);
}

const failures = [];
const check = (ok, what) => {
  console.log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
};

const html = path.join(outDir, "explorer-un-cybercrime.html");
const graphml = path.join(outDir, "explorer-un-cybercrime.graphml");
execFileSync(binary, ["build", sample, "-o", html, "-o", graphml, "-q"], { stdio: "inherit" });
// Independent expectation: the GraphML's non-article nodes.
const types = [...readFileSync(graphml, "utf8").matchAll(/<data key="type">([^<]*)<\/data>/g)].map((m) => m[1]);
const expectedNodes = types.filter((t) => t !== "Article").length;

const profile = mkdtempSync(path.join(tmpdir(), "newsgraph-chromium-"));
// A fresh profile directory is Chromium's --user-data-dir (Playwright passes it).
const context = await playwright.chromium.launchPersistentContext(profile, {
  executablePath: chromium,
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const requests = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });

  const started = Date.now();
  await page.goto(pathToFileURL(html).href);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30000 });
  console.log(`     page ready in ${Date.now() - started} ms`);

  const shown = Number(await page.textContent("#node-count"));
  check(shown === expectedNodes && expectedNodes > 0, `page shows ${shown} nodes, GraphML has ${expectedNodes} entities`);
  const drawn = await page.evaluate(() => window.newsgraph.cy.nodes().length);
  check(drawn === expectedNodes, `Cytoscape draws ${drawn} nodes`);

  await page.fill("#search", "Guterres");
  await page.waitForSelector("#results li.link", { timeout: 5000 });
  const results = await page.$$eval("#results li.link", (items) => items.map((i) => i.textContent));
  check(results.some((r) => r.includes("António Guterres")), `search "Guterres" finds ${JSON.stringify(results)}`);
  await page.click("#results li.link");
  const title = await page.textContent("#detail-title");
  check(title === "António Guterres", `clicking the result shows "${title}"`);

  // Click, with the mouse, the middle of a typed edge that no node covers.
  const target = await page.evaluate(() => {
    const cy = window.newsgraph.cy;
    cy.elements(":selected").unselect();
    cy.fit(undefined, 40);
    const box = cy.container().getBoundingClientRect();
    const nodes = cy.nodes(":visible").map((n) => n.renderedBoundingBox({ includeLabels: true }));
    for (const edge of cy.edges(".typed:visible")) {
      if (!window.newsgraph.data.edges[edge.data("idx")].evidence.length) continue;
      const m = edge.renderedMidpoint();
      const covered = nodes.some((b) => m.x >= b.x1 - 4 && m.x <= b.x2 + 4 && m.y >= b.y1 - 4 && m.y <= b.y2 + 4);
      if (!covered && m.x > 0 && m.y > 0 && m.x < box.width && m.y < box.height)
        return { x: box.left + m.x, y: box.top + m.y, id: edge.id() };
    }
    return null;
  });
  check(target !== null, "found an uncovered typed edge to click");
  if (target) {
    await page.mouse.click(target.x, target.y);
    const sentence = await page.waitForSelector("#details .evidence .sentence", { timeout: 5000 }).catch(() => null);
    const text = sentence ? (await sentence.textContent()).trim() : "";
    check(text.length > 20, `clicking edge ${target.id} shows evidence: "${text.slice(0, 80)}"`);
  }

  await page.screenshot({ path: path.join(outDir, "explorer-un-cybercrime.png") });

  const quotes = types.filter((t) => t === "Quote").length;
  await page.uncheck('#class-filters input[data-name="Quote"]');
  const status = await page.textContent("#status");
  const hidden = await page.evaluate(() => window.newsgraph.cy.nodes(".hidden").length);
  check(quotes > 0 && hidden === quotes && status.includes(`showing ${expectedNodes - quotes} nodes`),
    `unticking Quote hides its ${quotes} nodes: "${status}"`);
  check(requests.length === 0, `no network request attempted ${JSON.stringify(requests)}`);
  check(errors.length === 0, `no script errors ${JSON.stringify(errors)}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
if (failures.length) {
  console.error(`${failures.length} check(s) failed`);
  process.exit(1);
}
