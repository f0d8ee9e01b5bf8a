// The API reference at /docs: the vendored Redoc (api/assets/redoc/VENDORED.toml)
// renders /v1/openapi.json in place of the server-rendered list, which is what a
// browser without JavaScript keeps.
"use strict";
(function () {
  var root = document.getElementById("reference");
  if (!root || typeof Redoc === "undefined") return;
  document.body.classList.add("rendered");
  Redoc.init(
    "/v1/openapi.json",
    {
      expandResponses: "200,201",
      jsonSampleExpandLevel: 3,
      hideHostname: false,
      sortPropsAlphabetically: false,
      theme: { colors: { primary: { main: "#3730a3" } }, typography: { fontFamily: "system-ui, sans-serif", headings: { fontFamily: "system-ui, sans-serif" } } },
    },
    root,
  );
})();
