#!/usr/bin/env bash
# Static checks of the docker/ setup, for CI and people; needs no Docker engine.
#   docker/validate.sh
# 1. docker/compose.yml parses and validates (docker-compose v1, or the `docker compose` plugin).
# 2. docker/nginx.conf passes `nginx -t`, when nginx is installed, on a temporary copy whose
#    upstream hosts are 127.0.0.1 (the compose service names do not resolve outside compose).
# A check whose tool is missing prints "skipped: ..." and does not fail.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
status=0

# --- compose ----------------------------------------------------------------------------------
if command -v docker-compose >/dev/null 2>&1; then
  compose=(docker-compose)
elif command -v docker >/dev/null 2>&1 && docker compose version >/dev/null 2>&1; then
  compose=(docker compose)
else
  compose=()
fi
if [ ${#compose[@]} -eq 0 ]; then
  echo "skipped: docker-compose not installed (compose.yml not validated)"
elif "${compose[@]}" -f "$here/compose.yml" config -q; then
  echo "ok: compose.yml is valid ($("${compose[@]}" version --short 2>/dev/null || echo "${compose[*]}"))"
else
  echo "FAILED: compose.yml does not validate" >&2
  status=1
fi

# --- nginx ------------------------------------------------------------------------------------
nginx_bin="$(command -v nginx || true)"
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
if [ -z "$nginx_bin" ]; then
  echo "skipped: nginx not installed (nginx.conf not checked)"
else
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  mkdir -p "$tmp/logs"
  # nginx -t binds the listen sockets for a moment: use an unprivileged loopback port, not 80
  # (a port already in use is accepted by -t).
  port=$((20000 + RANDOM % 40000))
  version="$("$nginx_bin" -v 2>&1 | sed -n 's|.*nginx/\([0-9.]*\).*|\1|p')"
  # `resolve` on upstream servers is open source from nginx 1.27.3; older ones reject it.
  strip_resolve=0
  if [ "$(printf '%s\n' "$version" 1.27.3 | sort -V | head -n1)" != 1.27.3 ]; then strip_resolve=1; fi
  mime=/etc/nginx/mime.types
  [ -f "$mime" ] || mime="$(dirname "$nginx_bin")/../conf/mime.types"
  sed -E \
    -e 's/server api-[0-9]+:3000/server 127.0.0.1:3000/' \
    -e "s/listen 80 default_server;/listen 127.0.0.1:$port default_server;/" \
    -e "s|/var/log/nginx/|$tmp/logs/|g" \
    -e "s|include /etc/nginx/mime.types;|include $mime;|" \
    -e 's/^user nginx;/# user nginx;/' \
    "$here/nginx.conf" >"$tmp/nginx.conf"
  if [ "$strip_resolve" = 1 ]; then
    sed -i -E 's/ resolve( |;)/\1/' "$tmp/nginx.conf"
    note=" (nginx $version: 'resolve' removed for the check; the image's nginx 1.27 accepts it)"
  else
    note=" (nginx $version)"
  fi
  # -t leaves no process running.
  if out="$("$nginx_bin" -t -q -p "$tmp" -e "$tmp/logs/error.log" -g "pid $tmp/nginx.pid;" -c "$tmp/nginx.conf" 2>&1)"; then
    echo "ok: nginx.conf syntax$note"
  else
    echo "$out" >&2
    echo "FAILED: nginx.conf$note" >&2
    status=1
  fi
fi

exit $status
