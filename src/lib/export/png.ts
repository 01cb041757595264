import type { StandaloneSvg } from './svg';

/**
 * A standalone SVG drawn into a PNG at `scale` × its CSS size (2× by default: sharp on high-density
 * screens and in print). The SVG is read from a `blob:` URL through an `<img>`, so nothing touches the
 * network and the page's Content-Security-Policy (`img-src 'self' data: blob:`) allows it; an SVG
 * without `<foreignObject>` does not taint the canvas.
 */
export async function svgToPng(svg: StandaloneSvg, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = new Image(svg.width, svg.height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(svg.width * scale);
    canvas.height = Math.round(svg.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas to draw the PNG on');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
