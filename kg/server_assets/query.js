// The query page of `kg serve`: YASGUI on this server's endpoint, with no network access
// beyond it (the prefix and vocabulary autocompleters, which ask prefix.cc and LOV, are off).
(function () {
  "use strict";
  var endpoint = new URL("sparql", document.baseURI).href;
  document.getElementById("endpoint").textContent = endpoint;
  Yasgui.Yasqe.defaults.autocompleters = ["variables"];
  Yasgui.Yasqe.defaults.value = [
    "PREFIX ailaw: <https://w3id.org/ailaw-kg/ontology#>",
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
    "",
    "# Who sued whom",
    "SELECT ?plaintiff ?defendant WHERE {",
    "  ?p ailaw:sued ?d .",
    "  ?p rdfs:label ?plaintiff . ?d rdfs:label ?defendant .",
    "}",
    "LIMIT 100",
  ].join("\n");
  window.yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    persistenceId: function () { return "ailaw-kg " + endpoint; },
  });
})();
