#!/usr/bin/env bash
# Builds the platform in Release and runs the Directory search benchmark against a plain PostgreSQL
# baseline in the same run. Needs a PostgreSQL server: tools/test.sh installs and starts one.
# Options are the benchmark's (--services, --rate, --seconds, --postgres, ...): see --help.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Building the platform (Release)..."
dotnet build tools/DirectoryBenchmark -c Release -nologo -v quiet -clp:ErrorsOnly

exec dotnet tools/DirectoryBenchmark/bin/Release/net10.0/DirectoryBenchmark.dll "$@"
