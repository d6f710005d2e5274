//! sero-store's tests, each on SQLite and on PostgreSQL (see `support`).

mod support;

mod durability;
mod isolation;
mod maintenance;
mod people;
mod saves;
mod services;
