// Mounts a widget with the options in ?options=<JSON> (every MSP-configurable string).
var options = JSON.parse(new URLSearchParams(location.search).get("options") || "{}");
window.handle = window.ITCq.mount(document.getElementById("container"), options);
