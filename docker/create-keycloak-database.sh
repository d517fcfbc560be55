#!/bin/sh
# First start of the compose PostgreSQL: Keycloak's own database beside the application's, and the application's
# own role (it reads and changes the records; the owner runs the migrations).
set -e
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create database $AMM_KEYCLOAK_DB_NAME owner $POSTGRES_USER" \
  -c "create role $AMM_DB_APP_USER login password '$AMM_DB_APP_PASSWORD'"
