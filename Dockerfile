# CptGraph server image. The build stage runs the same publish as .ci/run; node/npm are there for the
# Banana Cake Pop assets that the server project's build installs with `npm ci`.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/CptGraph.Server -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The SQLite database lives on a volume; an empty one is migrated and seeded on first start.
VOLUME /data
ENTRYPOINT ["dotnet", "CptGraph.Server.dll", "--db", "/data/cptgraph.db"]
