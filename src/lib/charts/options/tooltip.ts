/**
 * Tooltip HTML built from escaped text only: file names, labels and sources can come from an
 * uploaded CSV, so nothing from the data reaches the tooltip unescaped.
 */
export function escapeHtml(text: unknown): string {
	return String(text ?? '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** A tooltip: a bold title, then lines of `label: value` (all escaped), then a muted footer. */
export function tooltipHtml(
	title: string,
	lines: readonly [string, string][],
	footer: readonly string[] = []
): string {
	const body = lines
		.map(([k, v]) => `<div>${k ? `${escapeHtml(k)}: ` : ''}<b>${escapeHtml(v)}</b></div>`)
		.join('');
	const foot = footer.length
		? `<div style="margin-top:4px;color:#4a5563;max-width:320px;white-space:normal;font-size:11px">${footer
				.map(escapeHtml)
				.join('<br>')}</div>`
		: '';
	return `<div style="font-weight:600;margin-bottom:2px">${escapeHtml(title)}</div>${body}${foot}`;
}
