// Hands a file to the browser's download machinery.

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  // Firefox ignores a click on a link that is not in the document.
  document.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    // The download reads the URL after click() returns; revoking at once can cancel it
    // (FileSaver.js waits 40 s for the same reason).
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 40_000);
  }
}

export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: mime }));
}
