#!/usr/bin/env bash
# Builds one container image with the .NET SDK's container support (no Dockerfile, no Docker build), as
# Skaffold's custom builder asks: the image named $IMAGE ([registry/]repository:tag), pushed to its
# registry when $PUSH_IMAGE is true, else loaded into the local container runtime (docker or podman).
# The base image, user, ports and labels are in Container.props.
#   IMAGE=registry.example.org/neighbourhood-care/directory:abc123 PUSH_IMAGE=true \
#     tools/build-image.sh services/Directory/Directory.Api.csproj
set -euo pipefail
cd "$(dirname "$0")/.."

project=${1:?usage: tools/build-image.sh <project.csproj> (with IMAGE and PUSH_IMAGE set, as Skaffold sets them)}
image=${IMAGE:?IMAGE must be the image to build, [registry/]repository:tag}

# The tag follows the last colon, unless that colon is a registry's port (then there is a slash after it).
name=${image%:*}
tag=${image##*:}
if [ "$name" = "$image" ] || [[ "$tag" == */* ]]; then
  name=$image
  tag=latest
fi

# A first path component with a dot or a colon, or "localhost", is a registry host (the OCI reference rules).
first=${name%%/*}
if [ "$first" != "$name" ] && { [[ "$first" == *.* ]] || [[ "$first" == *:* ]] || [ "$first" = localhost ]; }; then
  registry=$first
  repository=${name#*/}
else
  registry=
  repository=$name
fi

# One platform per image: linux/amd64 (the default) or linux/arm64.
case "${PLATFORMS:-linux/amd64}" in
  linux/amd64) runtime=linux-x64 ;;
  linux/arm64) runtime=linux-arm64 ;;
  *) echo "PLATFORMS=${PLATFORMS}: build one platform at a time, linux/amd64 or linux/arm64." >&2; exit 1 ;;
esac

args=(-c Release -r "$runtime" --self-contained false -t:PublishContainer -p:ContainerImageTag="$tag")
if [ "${PUSH_IMAGE:-false}" = true ]; then
  if [ -z "$registry" ]; then
    echo "PUSH_IMAGE=true needs a registry in IMAGE ($image): set Skaffold's default repository." >&2
    exit 1
  fi
  args+=(-p:ContainerRegistry="$registry" -p:ContainerRepository="$repository")
elif [[ "$registry" == *:* ]]; then
  echo "A registry with a port ($registry) can only be pushed to: set PUSH_IMAGE=true." >&2
  exit 1
else
  # Loaded into the local runtime under its full name, registry included, as Skaffold expects it there.
  args+=(-p:ContainerRepository="$name")
fi

dotnet publish "$project" "${args[@]}"
