//! Cloud bills to energy and emissions, with Cloud Carbon Footprint's methodology.
