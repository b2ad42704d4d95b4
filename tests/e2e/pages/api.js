// Buttons of api.html: ITCq.mount(container, options) and handle.destroy().
window.handle = null;
document.getElementById("mount").addEventListener("click", () => {
  window.handle = window.ITCq.mount(document.getElementById("container"), {
    mspName: "API Networks", brandColor: "#1f4e9e", contactEmail: "api@api.example", ctaUrl: "https://api.example/book",
  });
});
document.getElementById("destroy").addEventListener("click", () => {
  if (window.handle) window.handle.destroy();
});
