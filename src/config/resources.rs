//! The agency's directory of local resources: searchable, filterable, and one click from
//! becoming a service or referral in a plan.

use crate::model::services::{Service, ServiceKind, ServiceStatus};

/// A local service the agency knows: a food bank, a clinic, a ride program ...
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    pub name: String,
    pub category: ServiceKind,
    pub phone: String,
    pub address: String,
    pub hours: String,
    /// An `https://` address, or empty.
    pub website: String,
    pub notes: String,
}

impl Resource {
    /// The contact details a service in a plan keeps (one line): phone, address, hours and
    /// website.
    pub fn contact(&self) -> String {
        let hours = match self.hours.trim() {
            "" => String::new(),
            h => format!("Hours: {h}"),
        };
        [
            self.phone.trim(),
            self.address.trim(),
            hours.as_str(),
            self.website.trim(),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
    }

    /// A new service of the plan made from this resource, planned, linked to no goal yet.
    pub fn to_service(&self) -> Service {
        let mut s = Service::new();
        s.organization = self.name.trim().to_string();
        s.kind = self.category;
        s.contact = self.contact();
        s.status = ServiceStatus::default();
        s
    }

    /// Whether every word of `query` appears in the name, category, notes or address
    /// (ignoring case and accents).
    fn matches(&self, query: &str) -> bool {
        let haystack = fold(&format!(
            "{} {} {} {}",
            self.name,
            self.category.label(),
            self.notes,
            self.address
        ));
        fold(query)
            .split_whitespace()
            .all(|word| haystack.contains(word))
    }
}

/// What the person typed in the search box and the category chosen.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourceFilter {
    pub text: String,
    pub category: Option<ServiceKind>,
}

impl ResourceFilter {
    /// The indexes of the resources that match, in the directory's order.
    pub fn apply(&self, resources: &[Resource]) -> Vec<usize> {
        resources
            .iter()
            .enumerate()
            .filter(|(_, r)| self.category.is_none_or(|c| r.category == c))
            .filter(|(_, r)| r.matches(&self.text))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Lowercase, with common accents removed, so "clinica" finds "Clínica".
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resource(name: &str, category: ServiceKind, notes: &str) -> Resource {
        Resource {
            name: name.into(),
            category,
            phone: "555-0150".into(),
            address: "12 Main Street".into(),
            hours: "Mon-Fri 9-5".into(),
            website: "https://food.example.org".into(),
            notes: notes.into(),
        }
    }

    fn directory() -> Vec<Resource> {
        vec![
            resource("County Food Bank", ServiceKind::Food, "Bring an ID"),
            resource("Clínica del Pueblo", ServiceKind::Medical, "Spanish spoken"),
            resource(
                "Ride Line",
                ServiceKind::Transportation,
                "Rides to medical visits",
            ),
        ]
    }

    #[test]
    fn search_finds_every_word_ignoring_case_and_accents() {
        let d = directory();
        let find = |text: &str, category| {
            ResourceFilter {
                text: text.into(),
                category,
            }
            .apply(&d)
        };
        assert_eq!(find("", None), vec![0, 1, 2]);
        assert_eq!(find("clinica", None), vec![1]);
        assert_eq!(find("FOOD bank", None), vec![0]);
        assert_eq!(
            find("medical", None),
            vec![1, 2],
            "category words and notes count"
        );
        assert_eq!(find("medical", Some(ServiceKind::Transportation)), vec![2]);
        assert_eq!(find("", Some(ServiceKind::Housing)), Vec::<usize>::new());
        assert_eq!(find("food spanish", None), Vec::<usize>::new());
    }

    #[test]
    fn a_resource_becomes_a_planned_service_with_its_contact_details() {
        let s = directory()[0].to_service();
        assert_eq!(s.organization, "County Food Bank");
        assert_eq!(s.kind, ServiceKind::Food);
        assert_eq!(s.status, ServiceStatus::default());
        assert_eq!(
            s.contact,
            "555-0150, 12 Main Street, Hours: Mon-Fri 9-5, https://food.example.org"
        );
        assert!(s.goals.is_empty());
        let mut bare = directory()[0].clone();
        (bare.phone, bare.address, bare.hours, bare.website) = Default::default();
        assert_eq!(bare.to_service().contact, "");
    }
}
