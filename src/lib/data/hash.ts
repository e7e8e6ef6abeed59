/** SHA-256 with Web Crypto, as lowercase hex (secure contexts and workers; null elsewhere). */
export async function sha256Hex(bytes: ArrayBuffer | Uint8Array): Promise<string | null> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return null;
	const hash = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
	return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
}
