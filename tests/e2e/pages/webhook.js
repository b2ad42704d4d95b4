// Mounts a widget delivering leads to the webhook given as ?hook=<url> (lead form ?lead=,
// default "after"); ?booking=<url>, ?analytics=datalayer, ?auto=off and ?lang=de pass those
// settings.
var params = new URLSearchParams(location.search);
var options = {
  mspName: "Hook Networks", contactEmail: "sales@hook.example", privacyUrl: "https://hook.example/privacy",
  webhook: params.get("hook"), leadPosition: params.get("lead") || "after", storageKey: "webhook-test",
};
["booking", "analytics", "auto", "lang"].forEach(function (k) {
  var key = { booking: "bookingUrl", analytics: "analytics", auto: "autoAdvance", lang: "lang" }[k];
  if (params.get(k)) options[key] = params.get(k);
});
window.handle = window.ITCq.mount(document.getElementById("container"), options);
