// The page of dx serve. Every text that comes from a formula, an answer or a message is put on the
// page with textContent or as DOM nodes, never as HTML; MathML from the server is parsed as XML and
// only MathML elements and a few presentation attributes are kept.
"use strict";

const MATHML = "http://www.w3.org/1998/Math/MathML";
const MATH_ATTRIBUTES = new Set(["display", "mathvariant", "stretchy", "fence", "separator", "form", "lspace", "rspace", "accent", "movablelimits"]);
const DEBOUNCE_MS = 250;

const $ = (id) => document.getElementById(id);

/** An element with children: strings become text nodes, never markup. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function clear(node, ...children) {
  node.replaceChildren(...children.filter((c) => c !== null && c !== undefined));
}

/** The server's MathML as nodes, or null when it is not one well-formed <math> element. */
function mathFrom(markup) {
  if (typeof markup !== "string") return null;
  const doc = new DOMParser().parseFromString(markup, "application/xml");
  const root = doc.documentElement;
  if (doc.getElementsByTagName("parsererror").length > 0 || root.namespaceURI !== MATHML || root.localName !== "math") return null;
  const math = document.importNode(root, true);
  keepMathOnly(math);
  return math;
}

function keepMathOnly(node) {
  for (const child of [...node.children]) {
    if (child.namespaceURI !== MATHML) child.remove();
    else keepMathOnly(child);
  }
  for (const attribute of [...node.attributes]) {
    if (attribute.name !== "xmlns" && !MATH_ATTRIBUTES.has(attribute.name)) node.removeAttribute(attribute.name);
  }
}

/** A formula shown as math when the document has MathML, as text otherwise. */
function formulaNode(mathml, text) {
  return mathFrom(mathml) || el("code", { class: "formula-text" }, text);
}

/** POSTs a JSON body; resolves to {ok, status, body}. A newer call with the same key aborts the older. */
const pending = new Map();
async function post(key, path, body) {
  pending.get(key)?.abort();
  const controller = new AbortController();
  pending.set(key, controller);
  try {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
      signal: controller.signal,
    });
    const json = await response.json().catch(() => ({ error: { code: "", message: `The server answered ${response.status}.` } }));
    return { ok: response.ok, status: response.status, body: json };
  } finally {
    if (pending.get(key) === controller) pending.delete(key);
  }
}

function isAbort(e) {
  return e && e.name === "AbortError";
}

function debounce(action) {
  let timer = 0;
  return () => {
    clearTimeout(timer);
    timer = setTimeout(action, DEBOUNCE_MS);
  };
}

/** A message with the input and a caret line under the characters it is about. */
function messageNode(message, input) {
  const severity = message.severity || "error";
  const item = el("div", { class: `message ${severity}` },
    el("span", { class: "severity" }, `${severity}${message.code ? " " + message.code : ""}: `),
    message.message || "");
  if (typeof message.start === "number" && typeof input === "string") {
    const length = Math.max(1, message.length || 1);
    const caret = " ".repeat(message.start) + "^".repeat(length);
    item.append(el("pre", { class: "caret", "aria-hidden": "true" }, `${input}\n${caret}`));
  }
  return item;
}

function errorOf(result) {
  return (result.body && result.body.error) || { message: `The server answered ${result.status}.` };
}

function showMessages(container, messages, input) {
  clear(container, ...messages.map((m) => messageNode(m, input)));
}

// ---- the formula: how it was read --------------------------------------------------------------

// pitfall: the comparison shows the point as an integer and as a float, side by side.
const state = { formula: "", variables: [], readOk: false, pitfall: false };

async function readFormula() {
  const formula = $("formula").value;
  state.formula = formula;
  if (formula.trim() === "") {
    clear($("reading"));
    clear($("messages"));
    clear($("derivatives"));
    clear($("value"));
    clear($("comparison"));
    showPlot(null);
    return;
  }
  let result;
  try {
    result = await post("parse", "/api/parse", { formula });
  } catch (e) {
    if (!isAbort(e)) showMessages($("messages"), [{ message: "The server cannot be reached." }]);
    return;
  }
  if (!result.ok) {
    state.readOk = false;
    clear($("reading"));
    showMessages($("messages"), [errorOf(result)], formula);
    clear($("derivatives"));
    clear($("value"));
    clear($("comparison"));
    showPlot(null);
    return;
  }
  const doc = result.body;
  state.readOk = true;
  state.variables = doc.variables;
  clear($("reading"),
    el("span", { class: "reading-line" }, "Read as ", el("code", { class: "reading-code" }, doc.reading)),
    el("span", { class: "reading-line" }, "f = ", formulaNode(doc.mathml, doc.text)),
    el("span", { class: "reading-line" }, doc.variables.length ? `Variables: ${doc.variables.join(", ")}` : "No variables"));
  showMessages($("messages"), doc.warnings, formula);
  suggestPoint(doc.variables);
  differentiate();
  atPoint();
  showPlot(doc.variables);
}

/** When the point box names other variables than the formula, a point at 1.0 for each. */
function suggestPoint(variables) {
  const box = $("point");
  const names = box.value.split(/[,;]/).map((p) => p.split("=")[0].trim()).filter((n) => n !== "");
  const same = names.length === variables.length && variables.every((v) => names.includes(v));
  if (!same && variables.length > 0 && !box.matches(":focus")) box.value = variables.map((v) => `${v}=1.0`).join(", ");
}

// ---- derivatives -------------------------------------------------------------------------------

function label(partial) {
  return partial.order === 1 ? `∂/∂${partial.wrt}` : `∂^${partial.order}/∂${partial.wrt}^${partial.order}`;
}

function number(value) {
  return value === null || value === undefined ? "undefined" : String(value);
}

async function differentiate() {
  if (!state.readOk) return;
  const body = { formula: state.formula, order: Number($("order").value) || 1, steps: $("steps").checked };
  let result;
  try {
    result = await post("diff", "/api/diff", body);
  } catch (e) {
    if (!isAbort(e)) clear($("derivatives"), "The server cannot be reached.");
    return;
  }
  if (!result.ok) {
    clear($("derivatives"), messageNode(errorOf(result), state.formula));
    return;
  }
  const items = result.body.derivatives.map((p) => {
    const item = el("div", { class: "partial" },
      el("span", { class: "label" }, `${label(p)} =`), " ", el("span", { class: "result", "data-text": p.result }, formulaNode(p.mathml, p.result)));
    if (p.steps && p.steps.length) {
      const steps = el("details", { class: "steps", open: "" }, el("summary", {}, `Steps for ${label(p)}`));
      for (const stage of p.steps) steps.append(el("pre", {}, stage.text));
      item.append(steps);
    }
    return item;
  });
  const notes = result.body.warnings.filter((w) => w.severity === "note");
  clear($("derivatives"), ...items, ...notes.map((n) => messageNode(n)));
}

// ---- the value at a point ----------------------------------------------------------------------

async function atPoint() {
  if (!state.readOk) return;
  const at = $("point").value;
  const hasVariables = state.variables.length > 0;
  clear($("point-messages"));
  let evaluation;
  let gradient;
  try {
    [evaluation, gradient] = await Promise.all([
      post("eval", "/api/eval", hasVariables ? { formula: state.formula, at } : { formula: state.formula }),
      hasVariables ? post("grad", "/api/grad", { formula: state.formula, at }) : Promise.resolve(null),
    ]);
  } catch (e) {
    if (!isAbort(e)) clear($("value"), "The server cannot be reached.");
    return;
  }
  if (!evaluation.ok) {
    clear($("value"));
    clear($("comparison"));
    const error = errorOf(evaluation);
    // An error about the point's own text has its caret under the point; one of evaluation
    // (a division by zero, ln of a negative) under the part of the formula that failed.
    const aboutPoint = error.code === "DX0202" || error.code === "DX0204";
    clear($("point-messages"), messageNode(error, aboutPoint ? at : state.formula));
    return;
  }
  // The point as typed: JSON numbers in the browser lose the difference between 3 and 3.0.
  const parts = [hasVariables ? `f at ${at.trim()} = ` : "f = ", el("strong", {}, number(evaluation.body.value))];
  if (gradient && gradient.ok) parts.push(`   ∇f = [${gradient.body.gradient.map(number).join(", ")}]`);
  clear($("value"), ...parts);
  if (hasVariables) compare(state.pitfall ? [at, asFloat(at)] : [at]);
  else clear($("comparison"));
}

// ---- symbolic versus numeric -------------------------------------------------------------------

const ROWS = [
  ["symbolic", "exact derivative"],
  ["exact", "its value"],
  ["central", "central difference (lecture)"],
  ["abs_error", "absolute error"],
  ["rel_error", "relative error"],
  ["int64_central", "central difference on int64 input"],
  ["complex_step", "complex step"],
  ["dual", "dual numbers"],
];

async function compare(points) {
  let results;
  try {
    results = await Promise.all(points.map((at, i) => post(`compare${i}`, "/api/compare", { formula: state.formula, at })));
  } catch (e) {
    if (!isAbort(e)) clear($("comparison"), "The server cannot be reached.");
    return;
  }
  clear($("comparison"), ...results.map((r, i) => (r.ok ? comparisonTable(r.body, points[i]) : messageNode(errorOf(r)))));
}

function comparisonTable(doc, at) {
  const table = el("table", { class: "compare" },
    el("caption", {}, `At ${at.trim()} (input ${doc.input_dtype})`));
  const head = el("tr", {}, el("th", { scope: "col" }, ""));
  for (const c of doc.comparisons) head.append(el("th", { scope: "col" }, `∂/∂${c.variable}`));
  table.append(el("thead", {}, head));
  const body = el("tbody");
  for (const [key, name] of ROWS) {
    if (key === "int64_central" && doc.input_dtype !== "int64") continue;
    const row = el("tr", {}, el("th", { scope: "row" }, name));
    for (const c of doc.comparisons) row.append(el("td", {}, cell(key, c)));
    body.append(row);
  }
  const verdict = el("tr", { class: "verdict-row" }, el("th", { scope: "row" }, "verdict"));
  for (const c of doc.comparisons) {
    verdict.append(el("td", { class: c.verdict.agrees ? "agrees" : "disagrees" },
      el("strong", {}, c.verdict.summary), c.verdict.explanation ? el("p", { class: "reason" }, c.verdict.explanation) : null));
  }
  body.append(verdict);
  table.append(body);
  return el("div", { class: "table-scroll" }, table);
}

/** A cell of the comparison; the relative error of an exact 0 is the absolute error, and says so. */
function cell(key, c) {
  if (key === "rel_error" && c.exact === 0 && c.rel_error !== null) return `${number(c.rel_error)} (absolute: the exact value is 0)`;
  return number(c[key]);
}

/** The point with each integer written as a float: x=3 → x=3.0. */
function asFloat(at) {
  return at.replace(/=\s*([+-]?\d+)\s*(?=[,;]|$)/g, "=$1.0");
}

function pitfall() {
  $("formula").value = "x^2";
  $("point").value = "x=3";
  state.pitfall = true;
  readFormula();
}

// ---- the plot ----------------------------------------------------------------------------------

function showPlot(variables) {
  const image = $("plot");
  const message = $("plot-message");
  if (!variables || variables.length > 1) {
    image.hidden = true;
    image.removeAttribute("src");
    clear(message, variables ? "A plot draws formulas of one variable." : "");
    return;
  }
  const query = new URLSearchParams({ formula: state.formula, from: $("plot-from").value, to: $("plot-to").value, derivative: "1" });
  clear(message);
  image.alt = `Plot of f(x) = ${state.formula} and its derivative`;
  image.src = `/api/plot?${query}`;
}

async function plotFailed() {
  const image = $("plot");
  image.hidden = true;
  if (!image.getAttribute("src")) return;
  try {
    const response = await fetch(image.getAttribute("src"));
    const body = await response.json();
    clear($("plot-message"), (body.error && body.error.message) || "The plot is not available.");
  } catch {
    clear($("plot-message"), "The plot is not available.");
  }
}

// ---- practice ----------------------------------------------------------------------------------

// The served set (GET /api/exercises), or null when the server has none.
let practiceSet = null;

async function loadExercises() {
  let response;
  try {
    response = await fetch("/api/exercises");
  } catch {
    return;
  }
  if (!response.ok) return;
  practiceSet = await response.json();
  const select = $("exercise");
  for (const exercise of practiceSet.exercises) select.append(el("option", { value: exercise.id }, `${exercise.id}: ${exercise.function}`));
  clear($("practice-heading"), `Practice: ${practiceSet.title}`);
  $("practice").hidden = false;
  select.addEventListener("change", showTask);
  showTask();
}

function selectedExercise() {
  return practiceSet && practiceSet.exercises.find((e) => e.id === $("exercise").value);
}

/** What to give: the derivatives by name, of f drawn as math, at the point for a value exercise. */
function showTask() {
  const exercise = selectedExercise();
  clear($("verdict"));
  if (!exercise) {
    clear($("task"));
    return;
  }
  const what = exercise.list ? `[${exercise.labels.join(", ")}]` : exercise.labels[0];
  const parts = [el("span", { class: "label" }, what), " of f = ", formulaNode(exercise.mathml, exercise.function)];
  if (exercise.at) parts.push(` at ${Object.entries(exercise.at).map(([k, v]) => `${k} = ${v}`).join(", ")}`);
  const points = `${exercise.points} point${exercise.points === 1 ? "" : "s"}`;
  const form = exercise.answer === "number"
    ? (exercise.list ? "a list of numbers, such as [8, 15]" : "a number")
    : (exercise.list ? `a list of formulas, one for each of ${exercise.wrt.join(", ")}` : "a formula");
  clear($("task"), el("span", { class: "task-formula" }, ...parts), el("span", { class: "help" }, `Answer with ${form} (${points}).`));
}

async function check() {
  const answer = $("answer").value;
  const exercise = $("exercise").value;
  let result;
  try {
    result = await post("grade", "/api/grade", { exercise, answer });
  } catch (e) {
    if (!isAbort(e)) clear($("verdict"), "The server cannot be reached.");
    return;
  }
  if (!result.ok) {
    clear($("verdict"), messageNode(errorOf(result), answer));
    return;
  }
  clear($("verdict"), ...verdictNodes(result.body));
}

/** The grading layer's verdict: the verdict and score, the mistake by name, the feedback (the caret for an invalid answer), the counterexample. */
function verdictNodes(grade) {
  const parts = [el("p", { class: `verdict-line ${grade.verdict}` },
    el("strong", {}, grade.verdict), ` ${grade.score} of ${grade.max} point${grade.max === 1 ? "" : "s"}`)];
  if (grade.diagnosis) parts.push(el("p", { class: "diagnosis" }, "Mistake: ", el("code", {}, grade.diagnosis)));
  if (grade.error) parts.push(messageNode(grade.error, grade.answer));
  else parts.push(el("p", { class: "feedback" }, grade.feedback));
  if (grade.counterexample) parts.push(counterexampleTable(grade.counterexample));
  return parts;
}

/** A value to 12 significant digits (6.9799999999999995 shows as 6.98), "undefined" for null. */
function shortNumber(value) {
  return typeof value === "number" ? String(Number(value.toPrecision(12))) : number(value);
}

function counterexampleTable(c) {
  const point = Object.entries(c.point).map(([k, v]) => `${k} = ${v}`).join(", ");
  const row = (name, value) => el("tr", {}, el("th", { scope: "row" }, name), el("td", {}, value));
  const table = el("table", { class: "compare counterexample" },
    el("caption", {}, "Counterexample"),
    el("tbody", {}, row("point", point), row("the derivative", shortNumber(c.expected)), row("your answer", shortNumber(c.answer))));
  return el("div", { class: "table-scroll" }, table);
}

// ---- wiring ------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  const typed = (action) => { const later = debounce(action); return () => { state.pitfall = false; later(); }; };
  $("formula").addEventListener("input", typed(readFormula));
  $("order").addEventListener("input", debounce(differentiate));
  $("steps").addEventListener("change", differentiate);
  $("point").addEventListener("input", typed(atPoint));
  $("plot-from").addEventListener("change", () => showPlot(state.readOk ? state.variables : null));
  $("plot-to").addEventListener("change", () => showPlot(state.readOk ? state.variables : null));
  $("plot").addEventListener("load", () => { $("plot").hidden = false; });
  $("plot").addEventListener("error", plotFailed);
  $("pitfall").addEventListener("click", pitfall);
  $("check").addEventListener("click", check);
  $("answer").addEventListener("keydown", (e) => { if (e.key === "Enter") check(); });
  for (const button of document.querySelectorAll("button.example")) {
    button.addEventListener("click", () => {
      $("formula").value = button.textContent;
      state.pitfall = false;
      readFormula();
      $("formula").focus();
    });
  }
  readFormula();
  loadExercises();
});
