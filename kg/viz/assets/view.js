"use strict";
// One view: `root` is its outer div, `data` its nodes, edges and legend, `options` the
// vis-network options.  Every id and class is looked up inside root, so several views
// can share a page; the view's handle is window.kgViews[root.id].
var part = function (role) { return root.querySelector('[data-role="' + role + '"]'); };
var nodes = new vis.DataSet(data.nodes);
var edges = new vis.DataSet(data.edges);
var shown = {type: {}, relation: {}};
var typeOf = {};
data.nodes.forEach(function (node) { typeOf[node.id] = node.type; });
var nodeView = new vis.DataView(nodes, {filter: function (node) { return shown.type[node.type] !== false; }});
var edgeView = new vis.DataView(edges, {filter: function (edge) {
  return shown.relation[edge.relation] !== false &&
    shown.type[typeOf[edge.from]] !== false && shown.type[typeOf[edge.to]] !== false;
}});
var network = new vis.Network(part("canvas"), {nodes: nodeView, edges: edgeView}, options);

// -- details: a tooltip on hover, the panel on click (both HTML escaped in Python) ----
var tip = part("tip");
var details = part("details");
function showTip(html, pointer) {
  tip.innerHTML = html;
  tip.hidden = false;
  var box = part("stage").getBoundingClientRect();
  var left = pointer.x + 14, top = pointer.y + 14;
  if (left + tip.offsetWidth > box.width) { left = Math.max(0, pointer.x - 14 - tip.offsetWidth); }
  if (top + tip.offsetHeight > box.height) { top = Math.max(0, pointer.y - 14 - tip.offsetHeight); }
  tip.style.left = left + "px";
  tip.style.top = top + "px";
}
function hideTip() { tip.hidden = true; }
function showDetails(html) {
  if (html) { details.innerHTML = html; } else { details.textContent = data.text.hint; }
}
network.on("hoverNode", function (event) { showTip(nodes.get(event.node).details, event.pointer.DOM); });
network.on("hoverEdge", function (event) { showTip(edges.get(event.edge).details, event.pointer.DOM); });
["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (name) { network.on(name, hideTip); });
network.on("click", function (event) {
  if (event.nodes.length) { showDetails(nodes.get(event.nodes[0]).details); }
  else if (event.edges.length) { showDetails(edges.get(event.edges[0]).details); }
  else { showDetails(null); }
});

// -- labels: a label's font is fixed in drawing units, so zooming in would grow it
// without end; past `cap` times its planned size it is shrunk back, which keeps it
// inside the box it was placed with, so labels still never overlap. ----------------
function capLabels() {
  var scale = network.getScale();
  [[nodes, data.labels.node], [edges, data.labels.edge]].forEach(function (pair) {
    var changes = [];
    pair[0].forEach(function (item) {
      var size = scale / item.reveal > pair[1].cap ? pair[1].cap * pair[1].px / scale : pair[1].px / item.reveal;
      if (Math.abs(size - item.font.size) > 1e-3 * size) { changes.push({id: item.id, font: {size: size}}); }
    });
    if (changes.length) { pair[0].update(changes); }
  });
}
var capTimer = null;
network.on("zoom", function () { clearTimeout(capTimer); capTimer = setTimeout(capLabels, 60); });
network.on("animationFinished", capLabels);

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
  network.selectNodes([id]);
  network.focus(id, {scale: Math.max(network.getScale(), Math.min(node.reveal * 1.05, 3)),
                     animation: {duration: 300, easingFunction: "easeInOutQuad"}});
  showDetails(node.details);
}
var input = part("search");
var results = part("results");
function listResults() {
  results.textContent = "";
  if (!input.value.trim()) { return; }
  var found = search(input.value);
  if (!found.length) {
    var none = document.createElement("li");
    none.textContent = data.text.no_match;
    results.appendChild(none);
  }
  found.slice(0, 8).forEach(function (id) {
    var node = nodes.get(id);
    var item = document.createElement("li");
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = node.label + " · " + data.typeNames[node.type];
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
            shown: function () { return {nodes: nodeView.length, edges: edgeView.length}; }};
window.kgViews = window.kgViews || {};
window.kgViews[root.id] = view;
network.once("afterDrawing", function () {
  view.ready = true;
  root.setAttribute("data-ready", "true");
  window.__kgReady = true;
  window.__kgReadyAt = performance.now();
});
showDetails(null);
