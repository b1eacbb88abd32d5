#!/usr/bin/env bash
# Debian packages the browser and rendering tests need: headless Chromium, CJK fonts, LibreOffice, poppler.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v soffice >/dev/null || need+=(libreoffice-writer-nogui)
# Calc converts old .xls / .et task lists to .xlsx.
[ -e /usr/lib/libreoffice/program/libsclo.so ] || need+=(libreoffice-calc-nogui)
command -v pdftoppm >/dev/null || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Noto Serif CJK" || need+=(fonts-noto-cjk)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
