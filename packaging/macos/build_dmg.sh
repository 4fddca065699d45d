#!/usr/bin/env bash
# Build "SMS Desk.app" with PyInstaller and wrap it in a .dmg; sign, notarize and staple when asked to.
#
#   packaging/macos/build_dmg.sh            # from anywhere; output in dist/
#
# Environment (all optional; every signing step is skipped unless its variables are set):
#   MACOS_SIGN_IDENTITY    codesign identity, e.g. "Developer ID Application: Example Ltd (TEAMID1234)".
#                          Without it the app gets PyInstaller's ad-hoc signature: it runs on the
#                          build Mac, other Macs' Gatekeeper will refuse it.
#   MACOS_NOTARY_PROFILE   a notarytool keychain profile (xcrun notarytool store-credentials NAME ...)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD
#                          or these three instead of a profile (app-specific password from appleid.apple.com)
#   SMSDESK_TARGET_ARCH    x86_64, arm64 or universal2 (default: the build machine's architecture)
#
# Output: dist/SMS Desk.app and dist/SMSDesk-<version>-macOS-<arch>.dmg
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
APP_NAME="SMS Desk"
DIST="$ROOT/dist"
APP="$DIST/$APP_NAME.app"
VERSION="$("$PYTHON" -c 'import smsdesk; print(smsdesk.__version__)')"
ARCH="${SMSDESK_TARGET_ARCH:-$(uname -m)}"
DMG="$DIST/SMSDesk-$VERSION-macOS-$ARCH.dmg"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = "Darwin" ] || die "build_dmg.sh runs on macOS only"

notary_args=()
if [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
  notary_args=(--keychain-profile "$MACOS_NOTARY_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
  notary_args=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [ ${#notary_args[@]} -gt 0 ] && [ -z "${MACOS_SIGN_IDENTITY:-}" ]; then
  die "notarization needs a signed app: set MACOS_SIGN_IDENTITY too"
fi

# Submit a file to Apple's notary service and wait; fail with Apple's log unless it is Accepted.
# (notarytool can exit 0 for an "Invalid" submission, so the status is checked explicitly.)
notarize() {
  local file="$1" result status id
  say "Notarizing $(basename "$file") (this usually takes a few minutes)"
  result="$(xcrun notarytool submit "$file" "${notary_args[@]}" --wait --output-format json)"
  status="$(printf '%s' "$result" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin).get("status", ""))')"
  id="$(printf '%s' "$result" | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin).get("id", ""))')"
  if [ "$status" != "Accepted" ]; then
    [ -n "$id" ] && xcrun notarytool log "$id" "${notary_args[@]}" || true
    die "notarization of $(basename "$file") ended with status '${status:-unknown}'"
  fi
}

say "Building $APP_NAME $VERSION ($ARCH) with PyInstaller"
rm -rf "$APP" "$DIST/$APP_NAME"
# The spec reads MACOS_SIGN_IDENTITY: PyInstaller then signs every binary and the bundle with the
# hardened runtime, a secure timestamp and packaging/macos/entitlements.plist.
"$PYTHON" -m PyInstaller --noconfirm --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
  packaging/smsdesk.spec
[ -d "$APP" ] || die "PyInstaller did not produce $APP"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  say "Checking the signature"
  codesign --verify --deep --strict --verbose=2 "$APP"
  codesign --display --verbose=2 "$APP" 2>&1 | grep -E "Authority|TeamIdentifier|flags" || true
else
  say "MACOS_SIGN_IDENTITY not set: the app keeps an ad-hoc signature (not for distribution)"
fi

if [ ${#notary_args[@]} -gt 0 ]; then
  # Notarize and staple the app itself, so it also opens offline after being copied out of the dmg.
  zip="$DIST/$APP_NAME-notarize.zip"
  ditto -c -k --keepParent "$APP" "$zip"
  notarize "$zip"
  rm -f "$zip"
  xcrun stapler staple "$APP"
  xcrun stapler validate "$APP"
else
  say "No notary credentials (MACOS_NOTARY_PROFILE or APPLE_ID/APPLE_TEAM_ID/APPLE_APP_PASSWORD): skipping notarization"
fi

say "Creating $(basename "$DMG")"
staging="$(mktemp -d)"
trap 'rm -rf "$staging"' EXIT
ditto "$APP" "$staging/$APP_NAME.app"
ln -s /Applications "$staging/Applications"  # drag-to-install
rm -f "$DMG"
# hdiutil now and then fails with "Resource busy" on CI machines; a retry is the known cure.
for attempt in 1 2 3; do
  if hdiutil create -volname "$APP_NAME" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$DMG"; then
    break
  fi
  [ "$attempt" -lt 3 ] || die "hdiutil could not create $DMG"
  sleep 5
done

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$DMG"
fi
if [ ${#notary_args[@]} -gt 0 ]; then
  notarize "$DMG"
  xcrun stapler staple "$DMG"
  xcrun stapler validate "$DMG"
  spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
fi

say "Done"
echo "App: $APP"
echo "DMG: $DMG"
