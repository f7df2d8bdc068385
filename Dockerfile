# One image, five entry points: export-api, export-builder, export-notifier, export-janitor,
# export-opendata (choose with the container's command). docs/deployment.md §1 explains the
# choices: one binary for the five services on the shared Swift runtime (instead of five binaries
# with five static copies of Foundation and ICU), its debug symbols kept apart (target
# `debug-symbols`), the Swift backtracer installed.
#
#   docker build --build-arg RPC_EXPORT_COMMIT=$(git rev-parse HEAD) -t rpc-export:local .  # the image
#   docker build --target debug-symbols --output type=local,dest=symbols .    # its symbols

FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev libcurl4-openssl-dev libminizip-dev libisal-dev libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The manifest and the pinned versions first: this layer is reused until one of them changes.
# Package.resolved is optional (see docs/deployment.md, "Pinning the dependencies").
COPY Package.swift Package.resolved* ./
RUN swift package resolve
# Only what the five services are made of (.dockerignore keeps out the tests and benchmarks,
# which Package.swift then leaves out of the package).
COPY Shared Shared
COPY Services Services
# The commit the binaries report with `--version` (docs/commands.md §4): the context has no .git,
# so the build passes it (`--build-arg RPC_EXPORT_COMMIT=$(git rev-parse HEAD)`; compose.yaml
# passes $RPC_EXPORT_COMMIT); `unknown` otherwise.
ARG RPC_EXPORT_COMMIT=unknown
# A release build of `rpc-export`: the five services in one binary, linked against the shared
# Swift runtime; `export-api`, `export-builder`, `export-notifier`, `export-janitor` and
# `export-opendata` are links to it (it runs the service it is called by). The binary keeps no
# symbol table: its DWARF debug information and symbols go to /symbols (stage `debug-symbols`),
# linked back by a .gnu_debuglink section. The runtime libraries it uses are copied once.
RUN set -eu; \
    swift build -c release --product rpc-export; \
    bin="$(swift build -c release --show-bin-path)"; \
    swift_usr="$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")"; \
    mkdir -p /staging/usr/local/bin /staging/usr/lib/swift/linux /staging/usr/libexec/swift/linux /symbols; \
    cp "$bin/rpc-export" /staging/usr/local/bin/; \
    objcopy --only-keep-debug /staging/usr/local/bin/rpc-export /symbols/rpc-export.debug; \
    strip --strip-unneeded /staging/usr/local/bin/rpc-export; \
    objcopy --add-gnu-debuglink=/symbols/rpc-export.debug /staging/usr/local/bin/rpc-export; \
    for service in api builder notifier janitor opendata; do ln -s rpc-export "/staging/usr/local/bin/export-$service"; done; \
    cp -R "$bin"/*.resources /staging/usr/local/bin/; \
    ldd /staging/usr/local/bin/rpc-export | awk '{ print $3 }' | grep "^$swift_usr/lib/swift/linux/" | sort -u \
        | xargs -I{} cp {} /staging/usr/lib/swift/linux/; \
    strip --strip-unneeded /staging/usr/lib/swift/linux/*.so; \
    cp "$swift_usr/libexec/swift/linux/swift-backtrace" /staging/usr/libexec/swift/linux/

# The debug symbols alone, for reading a crash's backtrace with line numbers.
FROM scratch AS debug-symbols
COPY --from=build /symbols/ /

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libcurl4 libminizip1 libisal2 libxml2 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin rpcexport \
    && mkdir -p /var/lib/rpc-export/work \
    && chown rpcexport /var/lib/rpc-export/work
COPY --from=build /staging/ /
RUN echo /usr/lib/swift/linux >/etc/ld.so.conf.d/swift.conf && ldconfig
WORKDIR /app
COPY config config
USER rpcexport
# A crash prints every thread's backtrace (without the environment's values).
ENV SWIFT_BACKTRACE=enable=yes,sanitize=yes,threads=all,images=mentioned,interactive=no \
    EXPORT_FIELDS_FILE=/app/config/fields.json \
    CAMPAIGNS_DIR=/app/config/campaigns \
    WORK_DIR=/var/lib/rpc-export/work
# api 8080 (metrics 9080), notifier 8081 (metrics 9081), builder 8082, janitor 8083, opendata 8084.
EXPOSE 8080 8081 8082 8083 8084 9080 9081
CMD ["export-api", "serve"]
