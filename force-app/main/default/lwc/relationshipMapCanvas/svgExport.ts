// Downloads the drawn relationship map as an SVG file or a PNG image, in the browser, without a
// server: the SVG markup is serialised, and for a PNG drawn onto a canvas at twice its size.

/**
 * Lightning Web Security allows image/* Blob types, sanitizes image/svg+xml, and does not support
 * MIME type parameters ("Specify a MIME Type for Blob Objects in Lightning Web Security"): no
 * `;charset=…`. The markup is UTF-8 by the XML default.
 */
const SVG_TYPE = 'image/svg+xml';

/** The SVG element as a standalone file: namespace declared, styles inlined by the template. */
export function svgMarkup(svg: SVGSVGElement): string {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    return new XMLSerializer().serializeToString(copy);
}

/** Offers a blob to the user as a file download. */
export function downloadBlob(blob: Blob, fileName: string): void {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.style.display = 'none';
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    URL.revokeObjectURL(url);
}

export function downloadSvg(markup: string, fileName: string): void {
    downloadBlob(new Blob([markup], { type: SVG_TYPE }), fileName);
}

/** Renders the SVG markup to a PNG (at `scale` times its size) and downloads it. */
export function downloadPng(
    markup: string,
    width: number,
    height: number,
    fileName: string,
    scale = 2
): Promise<void> {
    return new Promise((resolve, reject) => {
        const image = new Image();
        image.onload = () => {
            const canvas = document.createElement('canvas');
            canvas.width = Math.ceil(width * scale);
            canvas.height = Math.ceil(height * scale);
            const context = canvas.getContext('2d');
            if (!context) {
                reject(new Error('Canvas 2D is not available in this browser.'));
                return;
            }
            context.fillStyle = '#ffffff';
            context.fillRect(0, 0, canvas.width, canvas.height);
            context.drawImage(image, 0, 0, canvas.width, canvas.height);
            // toBlob makes an image/png Blob, a type LWS allows (image/*).
            canvas.toBlob((blob) => {
                if (blob) {
                    downloadBlob(blob, fileName);
                    resolve();
                } else {
                    reject(new Error('The image could not be created.'));
                }
            }, 'image/png');
        };
        image.onerror = () => reject(new Error('The map could not be drawn as an image.'));
        image.src = `data:${SVG_TYPE},${encodeURIComponent(markup)}`;
    });
}
