/**
 * Saving a generated file from the browser (no server involved: P1). Every download of the app
 * (pictures, CSV, decks, the Data page's CSV and text files) goes through `saveBlob`.
 */

/** Starts the download of `blob` as `filename`. */
export function saveBlob(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file (UTF-8 with BOM, so that spreadsheets read accents right). */
export function saveText(filename: string, text: string, type = 'text/csv') {
	saveBlob(new Blob(['\ufeff', text], { type: `${type};charset=utf-8` }), filename);
}

/** A `data:` URL (as `getDataURL` returns) as a Blob. */
export function dataUrlToBlob(dataUrl: string): Blob {
	const [head = '', body = ''] = dataUrl.split(',', 2);
	const type = /^data:([^;,]+)/.exec(head)?.[1] ?? 'application/octet-stream';
	if (!head.includes(';base64')) return new Blob([decodeURIComponent(body)], { type });
	const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
	return new Blob([bytes], { type });
}

/** Copies text; false when the clipboard is not available (insecure context, denied). */
export async function copyText(text: string): Promise<boolean> {
	try {
		if (!navigator.clipboard) return false;
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}
