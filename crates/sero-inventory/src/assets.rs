//! The asset types an inventory may list, and where each one's emissions are reported: a Tech
//! Carbon Standard category and a Greening Government ICT asset class.
//!
//! Figures are never held here: an asset names the factor ids of its archetype (derived from
//! manufacturers' product carbon footprint sheets, in the factor library) or says which columns
//! the user must give.

/// How an asset is modelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// A staff device: the `end-user-device` model with this archetype.
    Device { archetype: &'static str },
    /// A network device, always on: the `server` model with an archetype's factors
    /// (`network/access-point/*`), or with none where no open data give one (switches, routers,
    /// firewalls: the row gives power, embodied emissions and life).
    Network { archetype: Option<&'static str> },
    /// A server: the `server` model with the `server/*` archetype.
    Server,
    /// A storage array: the `server` model; no source gives an archetype.
    Storage,
    /// A printer or multifunction device: the `server` model with the `printer/*` archetype.
    Printer,
    /// A cloud or SaaS service: the `electricity` model with the supplier's energy.
    Service,
}

/// A Tech Carbon Standard (schema v0.1.0) category: its group and its key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TcsCategory {
    EmployeeHardware,
    NetworkHardware,
    ServerHardware,
    OnsiteEmployeeHardware,
    Networking,
    Servers,
    CloudServices,
    Saas,
}

impl TcsCategory {
    pub const ALL: [TcsCategory; 8] = [
        TcsCategory::EmployeeHardware,
        TcsCategory::NetworkHardware,
        TcsCategory::ServerHardware,
        TcsCategory::OnsiteEmployeeHardware,
        TcsCategory::Networking,
        TcsCategory::Servers,
        TcsCategory::CloudServices,
        TcsCategory::Saas,
    ];

    /// The schema's group (`upstream_emissions`) and key (`employee_hardware`).
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            TcsCategory::EmployeeHardware => ("upstream_emissions", "employee_hardware"),
            TcsCategory::NetworkHardware => ("upstream_emissions", "network_hardware"),
            TcsCategory::ServerHardware => ("upstream_emissions", "server_hardware"),
            TcsCategory::OnsiteEmployeeHardware => ("direct_emissions", "onsite_employee_hardware"),
            TcsCategory::Networking => ("direct_emissions", "networking"),
            TcsCategory::Servers => ("direct_emissions", "servers"),
            TcsCategory::CloudServices => ("indirect_emissions", "cloud_services"),
            TcsCategory::Saas => ("indirect_emissions", "saas"),
        }
    }

    /// The standard's category letter: U upstream, O direct operational, C indirect.
    pub fn letter(self) -> &'static str {
        match self.keys().0 {
            "upstream_emissions" => "U",
            "direct_emissions" => "O",
            _ => "C",
        }
    }

    /// Direct categories are Scope 2 electricity and carry a `method` in the schema.
    pub fn is_scope_2(self) -> bool {
        self.keys().0 == "direct_emissions"
    }
}

/// An asset class of the Greening Government ICT and digital services annual return.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GgcClass {
    EndUserDevices,
    Peripherals,
    Networks,
    ServersAndDataCentres,
    Hosting,
}

impl GgcClass {
    pub const ALL: [GgcClass; 5] = [
        GgcClass::EndUserDevices,
        GgcClass::Peripherals,
        GgcClass::Networks,
        GgcClass::ServersAndDataCentres,
        GgcClass::Hosting,
    ];

    pub fn key(self) -> &'static str {
        match self {
            GgcClass::EndUserDevices => "end-user-devices",
            GgcClass::Peripherals => "peripherals",
            GgcClass::Networks => "networks",
            GgcClass::ServersAndDataCentres => "servers-and-data-centres",
            GgcClass::Hosting => "hosting",
        }
    }
}

/// Where a server or service runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hosting {
    OnPremise,
    Colocation,
    Cloud,
    Saas,
}

impl Hosting {
    pub const NAMES: [&'static str; 4] = ["on-premise", "colocation", "cloud", "saas"];

    pub fn parse(text: &str) -> Option<Hosting> {
        match text {
            "on-premise" | "on-premises" | "onpremise" => Some(Hosting::OnPremise),
            "colocation" | "colo" => Some(Hosting::Colocation),
            "cloud" => Some(Hosting::Cloud),
            "saas" => Some(Hosting::Saas),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        Hosting::NAMES[self as usize]
    }
}

/// What happened to disposed equipment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Route {
    Reuse,
    Recycle,
    Landfill,
}

impl Route {
    pub const ALL: [Route; 3] = [Route::Reuse, Route::Recycle, Route::Landfill];

    pub fn parse(text: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|r| r.key() == text)
    }

    pub fn key(self) -> &'static str {
        match self {
            Route::Reuse => "reuse",
            Route::Recycle => "recycle",
            Route::Landfill => "landfill",
        }
    }

    /// The DESNZ waste factor for IT electrical items by this route; reuse has none.
    pub fn factor_id(self) -> Option<&'static str> {
        match self {
            Route::Reuse => None,
            Route::Recycle => Some("desnz/2025/waste-electrical-it-open-loop"),
            Route::Landfill => Some("desnz/2025/waste-electrical-it-landfill"),
        }
    }
}

/// One asset type.
#[derive(Debug, PartialEq)]
pub struct Asset {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub class: Class,
    pub ggc: GgcClass,
}

pub const ASSETS: &[Asset] = &[
    Asset {
        name: "laptop",
        aliases: &["notebook"],
        class: Class::Device {
            archetype: "laptop",
        },
        ggc: GgcClass::EndUserDevices,
    },
    Asset {
        name: "desktop",
        aliases: &["pc", "desktop-pc"],
        class: Class::Device {
            archetype: "desktop-without-monitor",
        },
        ggc: GgcClass::EndUserDevices,
    },
    Asset {
        name: "smartphone",
        aliases: &["phone", "mobile", "mobile-phone"],
        class: Class::Device {
            archetype: "smartphone",
        },
        ggc: GgcClass::EndUserDevices,
    },
    Asset {
        name: "tablet",
        aliases: &[],
        class: Class::Device {
            archetype: "tablet",
        },
        ggc: GgcClass::EndUserDevices,
    },
    Asset {
        name: "monitor",
        aliases: &["display", "screen"],
        class: Class::Device {
            archetype: "monitor",
        },
        ggc: GgcClass::Peripherals,
    },
    Asset {
        name: "printer",
        aliases: &["mfd", "multifunction-device", "copier"],
        class: Class::Printer,
        ggc: GgcClass::Peripherals,
    },
    Asset {
        name: "network-switch",
        aliases: &["switch"],
        class: Class::Network { archetype: None },
        ggc: GgcClass::Networks,
    },
    Asset {
        name: "router",
        aliases: &[],
        class: Class::Network { archetype: None },
        ggc: GgcClass::Networks,
    },
    Asset {
        name: "wifi-ap",
        aliases: &["access-point", "wireless-access-point", "wap"],
        class: Class::Network {
            archetype: Some("network/access-point"),
        },
        ggc: GgcClass::Networks,
    },
    Asset {
        name: "firewall",
        aliases: &[],
        class: Class::Network { archetype: None },
        ggc: GgcClass::Networks,
    },
    Asset {
        name: "server",
        aliases: &[],
        class: Class::Server,
        ggc: GgcClass::ServersAndDataCentres,
    },
    Asset {
        name: "storage",
        aliases: &["san", "nas", "storage-array"],
        class: Class::Storage,
        ggc: GgcClass::ServersAndDataCentres,
    },
    Asset {
        name: "cloud",
        aliases: &["cloud-service"],
        class: Class::Service,
        ggc: GgcClass::Hosting,
    },
    Asset {
        name: "saas",
        aliases: &["software-as-a-service"],
        class: Class::Service,
        ggc: GgcClass::Hosting,
    },
];

/// Finds an asset by name or alias (case-insensitive; spaces and underscores read as hyphens).
pub fn find(text: &str) -> Option<&'static Asset> {
    let key = normalise(text);
    ASSETS
        .iter()
        .find(|a| a.name == key || a.aliases.contains(&key.as_str()))
}

/// Lower case, trimmed, with spaces and underscores as hyphens.
pub fn normalise(text: &str) -> String {
    text.trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '_' { '-' } else { c })
        .collect()
}

pub fn names() -> Vec<&'static str> {
    ASSETS.iter().map(|a| a.name).collect()
}
