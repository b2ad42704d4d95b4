// @ts-check
// Saving text as a file from the site's own pages (the configurator and the rep page): the
// browser's download of a Blob, the object URL freed once the download has started.

/**
 * Offers `parts` (strings or Blobs) as a file named `name` of MIME type `type`.
 * @param {string} name
 * @param {BlobPart[]} parts
 * @param {string} type
 */
export function saveFile(name, parts, type) {
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10 * 1000);
}
