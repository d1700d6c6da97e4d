/**
 * The Share button of a code cell or exercise: puts the cell's link (`hash`, from shareHash) in
 * the address bar and copies the address if the browser lets the page write to the clipboard.
 * Resolves to the sentence the cell shows, naming the button (`run`) that the shared code waits for.
 */
export async function shareCell(hash: string, run: string): Promise<string> {
  history.replaceState(history.state, '', hash);
  try {
    await navigator.clipboard.writeText(location.href);
    return `Link copied: it opens this cell with your code (which will not run until ${run} is pressed).`;
  } catch {
    return 'The address bar now holds a link to this cell with your code.';
  }
}
