// Mounts a widget delivering leads to the webhook given as ?hook=<url> (lead form ?lead=, default "after").
var params = new URLSearchParams(location.search);
window.handle = window.ITCq.mount(document.getElementById("container"), {
  mspName: "Hook Networks", contactEmail: "sales@hook.example", privacyUrl: "https://hook.example/privacy",
  webhook: params.get("hook"), leadPosition: params.get("lead") || "after", storageKey: "webhook-test",
});
