//! The models sero ships, and the registry that finds them by name.

pub mod building_visit;
pub mod cloud;
pub mod data_transfer;
pub mod electricity;
pub mod end_user_device;
pub mod grid;
pub mod notification;
pub mod paper;
pub mod phone_call;
pub mod post;
pub mod reported;
pub mod server;
pub mod spend;
pub mod staff_time;
pub mod travel;

use crate::model::{Model, ModelError};

/// Every model, by name.
pub struct Registry {
    models: Vec<Box<dyn Model>>,
}

impl Registry {
    /// The models bundled with sero.
    pub fn bundled() -> Self {
        Registry {
            models: vec![
                Box::new(data_transfer::DataTransfer),
                Box::new(electricity::Electricity),
                Box::new(server::Server),
                Box::new(end_user_device::EndUserDevice),
                Box::new(reported::Reported),
                Box::new(spend::Spend),
                Box::new(staff_time::StaffTime),
                Box::new(phone_call::PhoneCall),
                Box::new(paper::Paper),
                Box::new(post::Post),
                Box::new(travel::Travel),
                Box::new(building_visit::BuildingVisit),
                Box::new(notification::Notification),
                Box::new(cloud::Cloud),
            ],
        }
    }

    pub fn get(&self, name: &str) -> Option<&dyn Model> {
        self.models
            .iter()
            .find(|m| m.spec().name == name)
            .map(|m| m.as_ref())
    }

    /// Like [`Registry::get`], with an error listing the known names.
    pub fn find(&self, name: &str) -> Result<&dyn Model, ModelError> {
        self.get(name).ok_or_else(|| ModelError::UnknownModel {
            name: name.to_owned(),
            expected: self
                .names()
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", "),
        })
    }

    pub fn names(&self) -> Vec<&'static str> {
        self.models.iter().map(|m| m.spec().name).collect()
    }

    pub fn iter(&self) -> impl Iterator<Item = &dyn Model> {
        self.models.iter().map(|m| m.as_ref())
    }
}
