"use strict";
// One view: `root` is its outer div, `data` its nodes, edges and legend, `options` the
// vis-network options.  Every id and class is looked up inside root, so several views
// can share a page; the view's handle is window.kgViews[root.id].
var part = function (role) { return root.querySelector('[data-role="' + role + '"]'); };
var nodes = new vis.DataSet(data.nodes);
var edges = new vis.DataSet(data.edges);
var shown = {type: {}, relation: {}};
var typeOf = {}, incident = {}, colourOf = {};
data.nodes.forEach(function (node) { typeOf[node.id] = node.type; incident[node.id] = []; });
data.edges.forEach(function (edge) {
  incident[edge.from].push(edge.id);
  incident[edge.to].push(edge.id);
  colourOf[edge.id] = edge.color;
});
function edgeShown(edge) {
  return shown.relation[edge.relation] !== false &&
    shown.type[typeOf[edge.from]] !== false && shown.type[typeOf[edge.to]] !== false;
}
var nodeView = new vis.DataView(nodes, {filter: function (node) { return shown.type[node.type] !== false; }});
var edgeView = new vis.DataView(edges, {filter: edgeShown});
var network = new vis.Network(part("canvas"), {nodes: nodeView, edges: edgeView}, options);
// open on what Python planned (nodes and the labels shown with them), scaled to this canvas
function home(animate) {
  var canvas = part("canvas"), start = data.start;
  var fit = Math.min(canvas.clientWidth / start.viewport[0], canvas.clientHeight / start.viewport[1]);
  network.moveTo({position: {x: start.x, y: start.y}, scale: start.zoom * (fit > 0 ? fit : 1),
                  animation: animate ? {duration: 300, easingFunction: "easeInOutQuad"} : false});
}
home(false);

// -- the tooltip: on hover only, gone on any click, drag, zoom or leaving the graph ----
var tip = part("tip");
var details = part("details");
var pressed = false;
function showTip(html, pointer) {
  if (pressed) { return; }
  tip.innerHTML = html;
  tip.hidden = false;
  var box = part("stage").getBoundingClientRect();
  var left = pointer.x + 14, top = pointer.y + 14;
  if (left + tip.offsetWidth > box.width) { left = Math.max(0, pointer.x - 14 - tip.offsetWidth); }
  if (top + tip.offsetHeight > box.height) { top = Math.max(0, pointer.y - 14 - tip.offsetHeight); }
  tip.style.left = left + "px";
  tip.style.top = top + "px";
}
function hideTip() { tip.hidden = true; tip.textContent = ""; }
network.on("hoverNode", function (event) { showTip(nodes.get(event.node).details, event.pointer.DOM); });
network.on("hoverEdge", function (event) {
  var edge = edges.get(event.edge);
  showTip(edge.heading + edge.body, event.pointer.DOM);
});
["blurNode", "blurEdge", "click", "doubleClick", "dragStart", "dragging", "zoom", "select", "deselectNode",
 "deselectEdge"].forEach(function (name) { network.on(name, hideTip); });
var stage = part("stage");
stage.addEventListener("pointerdown", function () { pressed = true; hideTip(); });
window.addEventListener("pointerup", function () { pressed = false; });
stage.addEventListener("pointerleave", hideTip);
stage.addEventListener("wheel", hideTip, {passive: true});

// -- dimming: what is not the selection or its neighbour fades, labels too ------------
var focusSet = null;   // node id -> true for the lit nodes; null when nothing is selected
var litEdges = null;
function dim(litNodes, lit) {
  focusSet = litNodes;
  litEdges = lit;
  var nodeChanges = [], edgeChanges = [];
  nodes.forEach(function (node) {
    var opacity = !litNodes || litNodes[node.id] ? 1 : 0.15;
    if ((node.opacity === undefined ? 1 : node.opacity) !== opacity) { nodeChanges.push({id: node.id, opacity: opacity}); }
  });
  edges.forEach(function (edge) {
    var opacity = !lit || lit[edge.id] ? 1 : 0.08;
    var now = typeof edge.color === "object" ? edge.color.opacity : 1;
    if (now !== opacity) {
      var colour = colourOf[edge.id];
      edgeChanges.push({id: edge.id, color: {color: colour, highlight: colour, hover: colour, opacity: opacity}});
    }
  });
  if (nodeChanges.length) { nodes.update(nodeChanges); }
  if (edgeChanges.length) { edges.update(edgeChanges); }
}

// -- the panel: a node's card and its edges grouped by relation, or an edge's evidence --
function element(tag, className, text) {
  var made = document.createElement(tag);
  if (className) { made.className = className; }
  if (text !== undefined) { made.textContent = text; }
  return made;
}
function correction(edge) {
  var box = element("div", "kgv-fix");
  if (!edge.fix) { return box; }
  box.appendChild(element("small", "", data.text.correction));
  var line = element("code", "", edge.fix);
  var button = element("button", "", data.text.copy);
  button.type = "button";
  button.addEventListener("click", function () {
    var done = function () { button.textContent = data.text.copied; };
    var range = document.createRange();
    range.selectNodeContents(line);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(edge.fix).then(done, function () { document.execCommand("copy"); done(); });
    } else { document.execCommand("copy"); done(); }
  });
  box.appendChild(line);
  box.appendChild(button);
  return box;
}
function badge(edge) {
  return edge.status === "extracted" ? null : element("span", "kgv-badge", data.text["status_" + edge.status]);
}
function firstDate(edge) { return edge.dates.length ? edge.dates[0] : "9999"; }
function openPanel(html) {
  details.classList.remove("kgv-hint");
  details.innerHTML = html;
  var close = element("button", "kgv-close", "×");
  close.type = "button";
  close.setAttribute("aria-label", "close");
  close.addEventListener("click", function () { network.unselectAll(); clearPanel(); });
  details.insertBefore(close, details.firstChild);
}
function showNode(id) {
  var node = nodes.get(id);
  openPanel(node.details);
  var groups = {}, lit = {}, litEdgeIds = {};
  lit[id] = true;
  incident[id].forEach(function (edgeId) {
    var edge = edges.get(edgeId);
    if (!edgeShown(edge)) { return; }
    var other = edge.from === id ? edge.to : edge.from;
    lit[other] = true;
    litEdgeIds[edgeId] = true;
    var side = edge.from === id ? "head" : "tail";
    var key = edge.relation + "|" + side;
    if (symmetric[edge.relation]) { key = edge.relation + "|both"; }
    (groups[key] = groups[key] || []).push(edge);
  });
  if (node.suits.length) {   // its lawsuits first, one line each, from kg.cases
    details.appendChild(element("h4", "", data.text.suits + " (" + node.suits.length + ")"));
    var suitList = element("ul", "kgv-suits");
    node.suits.forEach(function (suit) {
      var item = element("li");
      item.appendChild(element("b", "", suit.caption));
      var facts = [suit.role, suit.filed ? data.text.filed + " " + suit.filed : "", data.text.status + " " + suit.status,
                   suit.court ? data.text.court + " " + suit.court : ""].filter(Boolean);
      item.appendChild(element("span", "kgv-when", facts.join(" · ")));
      if (suit.events) { item.appendChild(element("div", "kgv-events", suit.events)); }
      suitList.appendChild(item);
    });
    details.appendChild(suitList);
  }
  data.roles.forEach(function (role) {
    var group = groups[role[0] + "|" + role[1]];
    if (!group) { return; }
    details.appendChild(element("h4", "", role[2] + " (" + group.length + ")"));
    var list = element("ul");
    group.sort(function (a, b) { return firstDate(a) < firstDate(b) ? -1 : firstDate(a) > firstDate(b) ? 1 : 0; });
    group.forEach(function (edge) {
      var other = nodes.get(edge.from === id ? edge.to : edge.from);
      var item = element("li"), fold = element("details"), summary = element("summary");
      var go = element("button", "", other.name);
      go.type = "button";
      go.dataset.node = other.id;
      go.addEventListener("click", function (event) { event.preventDefault(); focusNode(other.id); });
      summary.appendChild(go);
      summary.appendChild(element("span", "kgv-when", edge.dates.join(", ")));
      var mark = badge(edge);
      if (mark) { summary.appendChild(mark); }
      fold.appendChild(summary);
      var body = element("div");
      body.innerHTML = edge.body;
      fold.appendChild(body);
      fold.appendChild(correction(edge));
      item.appendChild(fold);
      list.appendChild(item);
    });
    details.appendChild(list);
  });
  dim(lit, litEdgeIds);
}
function showEdge(id) {
  var edge = edges.get(id);
  openPanel(edge.heading);
  var mark = badge(edge);
  if (mark) { details.appendChild(mark); }
  var body = element("div");
  body.innerHTML = edge.body;
  details.appendChild(body);
  details.appendChild(correction(edge));
  var lit = {}, litEdgeIds = {};
  lit[edge.from] = lit[edge.to] = litEdgeIds[id] = true;
  dim(lit, litEdgeIds);
}
function clearPanel() {
  details.classList.add("kgv-hint");
  details.textContent = data.text.hint;
  dim(null, null);
}
var symmetric = {};
data.roles.forEach(function (role) { if (role[1] === "both") { symmetric[role[0]] = true; } });
network.on("click", function (event) {
  if (event.nodes.length) { showNode(event.nodes[0]); }
  else if (event.edges.length) { showEdge(event.edges[0]); }
  else { clearPanel(); }
});
// a double click on the background goes back to the view the page opened on.  A mouse's is
// the browser's dblclick, which counts the clicks itself: vis-network's double tap times them
// as its handlers run, and a busy page that runs them 300 ms apart loses it.  A finger's
// double tap has no dblclick everywhere: vis-network's it is.
part("canvas").addEventListener("dblclick", function (event) {
  var box = part("canvas").getBoundingClientRect(), at = {x: event.clientX - box.left, y: event.clientY - box.top};
  if (network.getNodeAt(at) === undefined && network.getEdgeAt(at) === undefined) { home(true); }
});
network.on("doubleClick", function (event) {
  if (event.event.pointerType === "touch" && !event.nodes.length && !event.edges.length) { home(true); }
});

// -- labels, drawn here where Python placed them (never over another label or a node):
// a label shows once its font is at least `show` of its planned size on screen, grows
// with zoom up to `cap` times that size and is shrunk to fit its planned box. ---------
var SHOW = data.labels.show;
var metrics = {};   // text -> ink extents of its font at 100 units
function measure(ctx, text) {
  var known = metrics[text];
  if (known) { return known; }
  ctx.font = "100px " + data.labels.font;
  var found = ctx.measureText(text);
  known = metrics[text] = {width: found.width, left: found.actualBoundingBoxLeft, right: found.actualBoundingBoxRight,
                           ascent: found.actualBoundingBoxAscent, descent: found.actualBoundingBoxDescent};
  return known;
}
var drawn = [];   // the boxes of the labels drawn in the last frame, in canvas units
function drawLabel(ctx, item, lines, spec, scale, colour, alpha) {
  var lab = item.lab;
  var size = Math.min(spec.px / item.reveal, spec.cap * spec.px / scale);   // canvas units
  var k = size / spec.px;
  var left = lab[0] + lab[2] * k, right = lab[0] + lab[3] * k, top = lab[1] + lab[4] * k, bottom = lab[1] + lab[5] * k;
  // a wrapped label's lines share its box, each in a band of equal height, one below another
  var inks = lines.map(function (line) { return measure(ctx, line); });
  var band = (bottom - top) / lines.length, room = right - left - 2 * data.labels.pad * k;
  var fit = size;
  inks.forEach(function (ink) {
    fit = Math.min(fit, 100 * room / (ink.left + ink.right), 100 * band / (ink.ascent + ink.descent));
  });
  var x = (left + right) / 2, f = fit / 100;
  ctx.font = fit + "px " + data.labels.font;
  ctx.globalAlpha = alpha;
  ctx.lineWidth = Math.min(3 / scale, data.labels.pad * k);
  ctx.fillStyle = colour;
  var boxes = lines.map(function (line, index) {
    var ink = inks[index], y = top + band * (index + 0.5);
    ctx.strokeText(line, x, y);
    ctx.fillText(line, x, y);
    return {text: line, left: x - ink.left * f, right: x + ink.right * f, top: y - ink.ascent * f, bottom: y + ink.descent * f};
  });
  drawn.push({id: item.id, kind: spec.kind, text: lines.join(" "), lines: boxes, box: {left: left, right: right, top: top, bottom: bottom},
              left: Math.min.apply(null, boxes.map(function (b) { return b.left; })),
              right: Math.max.apply(null, boxes.map(function (b) { return b.right; })),
              top: boxes[0].top, bottom: boxes[boxes.length - 1].bottom});
}
network.on("afterDrawing", function (ctx) {
  var scale = network.getScale();
  drawn = [];
  ctx.save();
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.strokeStyle = "#ffffff";
  ctx.lineJoin = "round";
  edgeView.forEach(function (edge) {
    if (!edge.lab || scale < edge.reveal * SHOW) { return; }
    var alpha = !litEdges || litEdges[edge.id] ? 1 : 0.12;
    drawLabel(ctx, edge, [edge.name], data.labels.edge, scale, "#495057", alpha);
  });
  nodeView.forEach(function (node) {
    if (!node.lab || scale < node.reveal * SHOW) { return; }
    var alpha = !focusSet || focusSet[node.id] ? 1 : 0.2;
    drawLabel(ctx, node, node.lines, data.labels.node, scale, "#212529", alpha);
  });
  ctx.restore();
});

// -- filters: one checkbox per entity type and per relation ---------------------------
root.querySelectorAll("input[data-filter]").forEach(function (box) {
  box.addEventListener("change", function () {
    shown[box.dataset.filter][box.value] = box.checked;
    nodeView.refresh();
    edgeView.refresh();
  });
});
function showType(type) {
  var box = root.querySelector('input[data-filter="type"][value="' + CSS.escape(type) + '"]');
  if (box && !box.checked) { box.checked = true; box.dispatchEvent(new Event("change")); }
}
var toggle = part("toggle");
toggle.addEventListener("click", function () {
  var closed = root.classList.toggle("kgv-closed");
  toggle.setAttribute("aria-expanded", closed ? "false" : "true");
  network.redraw();
});

// -- search by any label, Chinese or English, folded as kg.graph.fold does -----------
function fold(name) {
  return name.normalize("NFKC").toLowerCase().replace(/[\s《》「」“”"()（）]/g, "");
}
function search(query) {
  var key = fold(query || "");
  if (!key) { return []; }
  var exact = [], partial = [];
  nodes.forEach(function (node) {
    if (node.names.indexOf(key) >= 0) { exact.push(node.id); }
    else if (node.names.some(function (name) { return name.indexOf(key) >= 0; })) { partial.push(node.id); }
  });
  return exact.concat(partial);
}
function focusNode(id) {
  var node = nodes.get(id);
  if (!node) { return; }
  showType(node.type);
  hideTip();
  network.selectNodes([id]);
  showNode(id);
  // centre the node in what the panel leaves of the canvas
  var covered = details.offsetWidth < stage.clientWidth * 0.6 ? details.offsetWidth + 8 : 0;
  network.focus(id, {scale: Math.max(network.getScale(), Math.min(node.reveal * 1.05, 3)), offset: {x: -covered / 2, y: 0},
                     animation: {duration: 300, easingFunction: "easeInOutQuad"}});
}
var input = part("search");
var results = part("results");
function listResults() {
  results.textContent = "";
  if (!input.value.trim()) { return; }
  var found = search(input.value);
  if (!found.length) { results.appendChild(element("li", "", data.text.no_match)); }
  found.slice(0, 8).forEach(function (id) {
    var node = nodes.get(id);
    var item = element("li");
    var button = element("button", "", node.name + " · " + data.typeNames[node.type]);
    button.type = "button";
    button.addEventListener("click", function () { focusNode(id); results.textContent = ""; });
    item.appendChild(button);
    results.appendChild(item);
  });
}
input.addEventListener("input", listResults);
input.addEventListener("keydown", function (event) {
  if (event.key === "Enter") {
    var found = search(input.value);
    if (found.length) { focusNode(found[0]); results.textContent = ""; }
  } else if (event.key === "Escape") { input.value = ""; results.textContent = ""; }
});

// -- ready: the first frame is drawn --------------------------------------------------
var view = {network: network, nodes: nodes, edges: edges, search: search, focus: focusNode, ready: false,
            select: function (id) { network.selectNodes([id]); showNode(id); }, home: home,
            labelBoxes: function () { return drawn.slice(); },
            shown: function () { return {nodes: nodeView.length, edges: edgeView.length}; }};
window.kgViews = window.kgViews || {};
window.kgViews[root.id] = view;
network.once("afterDrawing", function () {
  view.ready = true;
  root.setAttribute("data-ready", "true");
  window.__kgReady = true;
  window.__kgReadyAt = performance.now();
});
clearPanel();
