#!/usr/bin/env bash
# Builds the platform once and starts every process on loopback with seeded demo data.
# Options are the launcher's: --postgres "<server connection string>", --data <folder>, --help.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null; then
  echo "The .NET 10 SDK is needed (https://dot.net); 'dotnet' is not on the PATH." >&2
  exit 1
fi

echo "Building the platform..."
dotnet build tools/Launcher -c Debug -nologo -v quiet -clp:ErrorsOnly

# Exec the launcher itself, not 'dotnet run', so Ctrl+C and SIGTERM reach it and it stops every process.
exec dotnet tools/Launcher/bin/Debug/net10.0/Launcher.dll "$@"
