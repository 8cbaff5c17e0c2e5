// The query page: an editor with the server's prefixes, example queries, a results table whose IRIs link to
// /describe, and downloads. Plain browser JavaScript, no build step.
"use strict";

const state = { prefixes: {}, lang: "en", lastKind: null };
const $ = (id) => document.getElementById(id);

const examples = [
  {
    title: { en: "Persons and their offices", de: "Personen und ihre Ämter" },
    body: (lang) => `SELECT ?person ?name ?office ?officeLabel WHERE {
  ?person a kgo:Person ;
          kgo:holdsOffice ?office .
  OPTIONAL { ?person rdfs:label ?name }
  OPTIONAL { ?office rdfs:label ?officeLabel . FILTER(LANGMATCHES(LANG(?officeLabel), "${lang}")) }
}
ORDER BY ?name`,
  },
  {
    title: { en: "Statements of a person", de: "Aussagen einer Person" },
    body: () => `SELECT ?statement ?speaker ?text ?date WHERE {
  ?statement a kgo:Statement ;
             kgo:speaker ?speaker ;
             kgo:text ?text .
  ?speaker rdfs:label ?name .
  FILTER(CONTAINS(STR(?name), "Kelly"))
  OPTIONAL { ?statement kgo:statedOn ?date }
}`,
  },
  {
    title: { en: "Contradicting statements", de: "Widersprüchliche Aussagen" },
    body: () => `SELECT ?statement ?speaker ?text ?other ?otherSpeaker ?otherText WHERE {
  ?statement kgo:contradicts ?other .
  ?statement kgo:speaker ?speaker ; kgo:text ?text .
  ?other kgo:speaker ?otherSpeaker ; kgo:text ?otherText .
  FILTER(STR(?statement) < STR(?other))
}`,
  },
  {
    title: { en: "Entities linked to Wikidata", de: "Mit Wikidata verknüpfte Entitäten" },
    body: () => `SELECT ?entity ?label ?wikidata WHERE {
  ?entity owl:sameAs ?wikidata .
  FILTER(STRSTARTS(STR(?wikidata), STR(wd:)))
  OPTIONAL { ?entity rdfs:label ?label }
}
ORDER BY ?label`,
  },
];

const preferred = ["kgo", "rdf", "rdfs", "owl", "xsd", "wd", "wdt", "schema", "prov", "org", "dcterms", "skos"];

function prologue() {
  const names = Object.keys(state.prefixes);
  const ordered = preferred.filter((p) => names.includes(p)).concat(names.filter((p) => !preferred.includes(p)).sort());
  return ordered.map((p) => `PREFIX ${p}: <${state.prefixes[p]}>`).join("\n");
}

function showExample(i) {
  $("query").value = prologue() + "\n\n" + examples[i].body(state.lang) + "\n";
}

function renderExamples() {
  const box = $("examples");
  box.textContent = "";
  examples.forEach((ex, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "example";
    b.dataset.example = String(i);
    b.textContent = ex.title[state.lang];
    b.addEventListener("click", () => showExample(i));
    box.appendChild(b);
  });
}

function shortName(iri) {
  let best = null;
  for (const [prefix, ns] of Object.entries(state.prefixes)) {
    if (iri.startsWith(ns) && (best === null || ns.length > best[1].length)) {
      const local = iri.slice(ns.length);
      if (/^[\p{L}\p{N}_]([\p{L}\p{N}_.\-]*[\p{L}\p{N}_\-])?$/u.test(local) || local === "") best = [prefix, ns, local];
    }
  }
  return best ? `${best[0]}:${best[2]}` : `<${iri}>`;
}

function describeLink(iri) {
  const a = document.createElement("a");
  a.className = "iri";
  a.href = `/describe?iri=${encodeURIComponent(iri)}&lang=${state.lang}`;
  a.title = iri;
  a.textContent = shortName(iri);
  return a;
}

function renderCell(td, term) {
  if (!term) return;
  if (term.type === "uri") {
    td.appendChild(describeLink(term.value));
  } else if (term.type === "bnode") {
    const s = document.createElement("span");
    s.className = "bnode";
    s.textContent = "_:" + term.value;
    td.appendChild(s);
  } else {
    td.appendChild(document.createTextNode(term.value));
    const meta = term["xml:lang"] ? "@" + term["xml:lang"] : term.datatype ? "^^" + shortName(term.datatype) : "";
    if (meta) {
      const s = document.createElement("span");
      s.className = "meta";
      s.textContent = meta;
      td.appendChild(s);
    }
  }
}

function renderBindings(json) {
  const table = $("results");
  const head = table.tHead;
  const body = table.tBodies[0];
  head.textContent = "";
  body.textContent = "";
  $("graph").hidden = true;
  table.hidden = false;
  const tr = head.insertRow();
  if (json.boolean !== undefined) {
    tr.appendChild(Object.assign(document.createElement("th"), { textContent: "ASK" }));
    body.insertRow().insertCell().textContent = String(json.boolean);
    return 1;
  }
  const vars = json.head.vars;
  for (const v of vars) tr.appendChild(Object.assign(document.createElement("th"), { textContent: "?" + v }));
  for (const b of json.results.bindings) {
    const row = body.insertRow();
    for (const v of vars) renderCell(row.insertCell(), b[v]);
  }
  return json.results.bindings.length;
}

function form(query, extra) {
  const params = new URLSearchParams({ query, ...extra });
  return { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: params.toString() };
}

function setStatus(text, error) {
  const s = $("status");
  s.textContent = text;
  s.className = error ? "error" : "";
}

async function run() {
  const query = $("query").value;
  setStatus("running…");
  const started = performance.now();
  const init = form(query);
  init.headers.Accept = "application/sparql-results+json, text/turtle;q=0.9";
  let response;
  try {
    response = await fetch("/sparql", init);
  } catch (e) {
    setStatus(String(e), true);
    return;
  }
  const type = response.headers.get("Content-Type") || "";
  if (!response.ok) {
    setStatus(`${response.status}: ${await response.text()}`, true);
    return;
  }
  const ms = Math.round(performance.now() - started);
  const truncated = response.headers.get("KG-Results-Truncated") ? " (cut off at the server's maximum)" : "";
  if (type.startsWith("application/sparql-results+json")) {
    state.lastKind = "bindings";
    const n = renderBindings(await response.json());
    setStatus(`${n} result${n === 1 ? "" : "s"} in ${ms} ms${truncated}`);
  } else {
    state.lastKind = "graph";
    $("results").hidden = true;
    const pre = $("graph");
    pre.hidden = false;
    pre.textContent = await response.text();
    setStatus(`graph in ${ms} ms${truncated}`);
  }
}

async function download(format, fileName, query) {
  const response = await fetch(`/sparql?format=${encodeURIComponent(format)}`, form(query ?? $("query").value));
  if (!response.ok) {
    setStatus(`${response.status}: ${await response.text()}`, true);
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  const a = Object.assign(document.createElement("a"), { href: url, download: fileName });
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

function downloadTurtle() {
  // A CONSTRUCT or DESCRIBE query downloads its own graph; otherwise the whole graph the endpoint serves.
  const q = $("query").value;
  const isGraphQuery = /^\s*(?:(?:PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>|#[^\n]*)\s*)*(CONSTRUCT|DESCRIBE)\b/i.test(q);
  return download("turtle", "graph.ttl", isGraphQuery ? q : "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
}

async function init() {
  const params = new URLSearchParams(location.search);
  state.lang = params.get("lang") === "de" ? "de" : "en";
  document.documentElement.lang = state.lang;
  $("lang").value = state.lang;
  state.prefixes = await (await fetch("/page/prefixes.json")).json();
  renderExamples();
  if (params.get("query")) $("query").value = params.get("query");
  else showExample(0);
  $("run").addEventListener("click", run);
  $("query").addEventListener("keydown", (e) => { if (e.key === "Enter" && e.ctrlKey) run(); });
  $("download-csv").addEventListener("click", () => download("csv", "results.csv"));
  $("download-json").addEventListener("click", () => download("json", "results.json"));
  $("download-turtle").addEventListener("click", downloadTurtle);
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    document.documentElement.lang = state.lang;
    renderExamples();
  });
  document.body.dataset.ready = "true";
}

init();
