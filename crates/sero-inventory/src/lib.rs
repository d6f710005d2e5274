//! An organisation's IT estate to annual emissions, by Tech Carbon Standard category.
