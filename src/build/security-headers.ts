// The site's security policy, in one place for every way it is served (Node only, used by the
// Vite config): a <meta> Content-Security-Policy in the page (for hosts that send no headers),
// a `_headers` file in the build (Netlify, Cloudflare Pages and hosts that read the same format),
// and the same headers from `vite preview`. `frame-ancestors` works only as a header, so the meta
// tag carries everything else.
import type { Plugin, PreviewServer } from 'vite';

/** What the page may load: only its own files (the stories and portraits are bundled). */
const PAGE_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "script-src 'self'",
  "connect-src 'self' data: blob:",
  "media-src 'self' data: blob:",
  "base-uri 'none'",
  "form-action 'none'",
];

/** The policy as a <meta> tag can carry it. */
export const META_CONTENT_SECURITY_POLICY = PAGE_POLICY.join('; ');

/** The headers every response of the site carries. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  // Nobody may frame the game (clickjacking): only a header can say so.
  'Content-Security-Policy': [...PAGE_POLICY, "frame-ancestors 'none'"].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** The `_headers` file: the headers for every path. */
export function headersFile(): string {
  const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}

/** Puts the policy in the page, ships `_headers` with the build, and serves the headers from
 * `vite preview`. */
export function securityHeaders(): Plugin {
  return {
    name: 'dance-of-distance:security-headers',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
    configurePreviewServer(server: PreviewServer) {
      server.middlewares.use((_request, response, next) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
        next();
      });
    },
  };
}
