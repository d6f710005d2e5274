//! sero's web application.
