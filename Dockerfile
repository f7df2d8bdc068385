# One image, five entry points: export-api, export-builder, export-notifier, export-janitor,
# export-opendata (choose with the container's command).

FROM swift:6.3-bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq-dev libcurl4-openssl-dev libminizip-dev libssl-dev zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY Package.swift ./
RUN swift package resolve
COPY Shared Shared
COPY Services Services
COPY Benchmarks Benchmarks
COPY Tests Tests
# One release build of every product, the Swift runtime linked statically.
RUN swift build -c release --static-swift-stdlib \
    && mkdir /staging \
    && cp .build/release/export-api .build/release/export-builder .build/release/export-notifier \
        .build/release/export-janitor .build/release/export-opendata /staging/ \
    && cp -R .build/release/*.resources /staging/

FROM debian:bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 libcurl4 libminizip1 libxml2 ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin rpcexport
WORKDIR /app
COPY --from=build /staging/ /usr/local/bin/
COPY config config
USER rpcexport
ENV EXPORT_FIELDS_FILE=/app/config/fields.json CAMPAIGNS_DIR=/app/config/campaigns WORK_DIR=/tmp
CMD ["export-api", "serve"]
