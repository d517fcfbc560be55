#!/bin/sh
# First start of the compose PostgreSQL: Keycloak's own database beside the application's.
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create database $AMM_KEYCLOAK_DB_NAME owner $POSTGRES_USER"
