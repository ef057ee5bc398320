import type { FastifyHelmetOptions } from '@fastify/helmet';

/**
 * The content security policy of everything the server sends, the web app included: its own scripts only (Vite
 * emits no inline script), its own styles plus the `<style>` tags Mantine injects, images from itself or
 * `data:` URLs, and requests to itself only. No CDN, no frame, no plugin.
 */
export function contentSecurityPolicy(https: boolean): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'base-uri': ["'self'"],
    'script-src': ["'self'"],
    'script-src-attr': ["'none'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'"],
    // Over plain HTTP (development, tests) there is nothing to upgrade to.
    ...(https && { 'upgrade-insecure-requests': [] }),
  };
}

/** Helmet's headers with the policy above; HSTS only when the app is reached over HTTPS. */
export function securityHeaders(publicUrl: string): FastifyHelmetOptions {
  const https = new URL(publicUrl).protocol === 'https:';
  return {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(https) },
    strictTransportSecurity: https && { maxAge: 31_536_000, includeSubDomains: true },
    xFrameOptions: { action: 'deny' },
  };
}
