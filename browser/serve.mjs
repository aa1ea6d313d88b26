// serve.mjs — a tiny static server for the browser tests.
//
//   node serve.mjs [ROOT] [PORT]     (defaults: ./out and $PORT or 8137)
//
// Serves ROOT on 127.0.0.1 only, the way a static host (GitHub Pages) would:
// folders answer with their index.html, a folder without its trailing slash
// is redirected to it, and anything missing answers 404 with the body of
// /vitrine/404.html. Every response carries a strict Content-Security-Policy,
// so that a theme which needs an inline script or style, or another origin,
// shows up as console errors in the tests. The editor under admin/ is the
// exception: it carries its own, wider policy in a <meta> element (see
// build/admin), so this server sends it no policy of its own. Text is gzipped when the client
// asks for it (as GitHub Pages does), so that Lighthouse measures what
// visitors get.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".pdf": "application/pdf",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest)|image\/svg)/;
const NOT_FOUND_PAGE = "/vitrine/404.html";

export function startServer(root, port = 0, host = "127.0.0.1") {
  root = resolve(root);

  async function fileFor(urlPath) {
    let rel;
    try {
      rel = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (rel.includes("\0")) return null;
    const path = normalize(join(root, rel));
    if (path !== root && !path.startsWith(root + sep)) return null;
    try {
      const st = await stat(path);
      if (st.isFile()) return { path };
      if (st.isDirectory()) {
        if (!urlPath.endsWith("/")) return { redirect: urlPath + "/" };
        const index = join(path, "index.html");
        if ((await stat(index)).isFile()) return { path: index };
      }
    } catch {
      // missing
    }
    return null;
  }

  async function send(req, res, status, path) {
    const type = TYPES[extname(path).toLowerCase()] || "application/octet-stream";
    let body = await readFile(path);
    const admin = path.includes(`${sep}admin${sep}`);
    const headers = {
      "Content-Type": type,
      ...(admin ? {} : { "Content-Security-Policy": CSP }),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cache-Control": "max-age=600",
      Vary: "Accept-Encoding",
    };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] || "") && body.length > 256) {
      body = gzipSync(body);
      headers["Content-Encoding"] = "gzip";
    }
    headers["Content-Length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  }

  const server = createServer(async (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" });
        res.end();
        return;
      }
      const url = new URL(req.url, `http://${req.headers.host || host}`);
      const found = await fileFor(url.pathname);
      if (found && found.redirect) {
        res.writeHead(301, { Location: found.redirect + url.search, "Content-Security-Policy": CSP });
        res.end();
        return;
      }
      if (found) {
        await send(req, res, 200, found.path);
        return;
      }
      const notFound = await fileFor(NOT_FOUND_PAGE);
      if (notFound && notFound.path) {
        await send(req, res, 404, notFound.path);
        return;
      }
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": CSP });
      res.end("404 page not found\n");
    } catch (err) {
      res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
      res.end(String(err && err.stack ? err.stack : err));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const root = process.argv[2] || join(here, "out");
  const port = Number(process.argv[3] || process.env.PORT || 8137);
  const server = await startServer(root, port);
  const { address, port: actual } = server.address();
  console.log(`serving ${root} on http://${address}:${actual}/`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
