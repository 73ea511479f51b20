//! Where the app lives and the addresses of its pages. The app may be served at the root of a
//! site or under a sub-path (`https://example.org/tools/careplan/`): the build writes that path
//! into `<base href>` (`make dist PUBLIC_URL=/tools/careplan/`), and every address the app makes
//! starts with it.

use crate::model::{PlanId, Step};
use std::sync::OnceLock;

/// The sub-path the app is served under, without a trailing slash: `""` at the root of a
/// site, `"/tools/careplan"` under a sub-path. Read once from the page's `<base href>`.
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| {
        let uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten());
        let path = uri
            .and_then(|u| web_sys::Url::new(&u).ok())
            .map(|u| u.pathname())
            .unwrap_or_default();
        base_from_path(&path)
    })
}

/// `"/tools/careplan/"` gives `"/tools/careplan"`; `"/"` gives `""`.
pub fn base_from_path(path: &str) -> String {
    path.trim_end_matches('/').to_string()
}

/// My plans, the home page.
pub fn home() -> String {
    format!("{}/", base())
}

/// One step of a plan.
pub fn step_href(id: PlanId, step: Step) -> String {
    format!("{}/plans/{id}/{}", base(), step.slug())
}

/// The last part of the address of a plan's safety plan: beside the steps, never one of them.
pub const SAFETY_PLAN: &str = "safety-plan";

/// The person's safety plan, a page of the open plan outside the steps.
pub fn safety_plan_href(id: PlanId) -> String {
    format!("{}/plans/{id}/{SAFETY_PLAN}", base())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_has_no_trailing_slash() {
        assert_eq!(base_from_path("/"), "");
        assert_eq!(base_from_path(""), "");
        assert_eq!(base_from_path("/tools/careplan/"), "/tools/careplan");
        assert_eq!(base_from_path("/tools/careplan"), "/tools/careplan");
    }

    /// The safety plan's route comes before a step's: its name must never hide a step.
    #[test]
    fn the_safety_plan_address_is_no_steps() {
        assert_eq!(Step::from_slug(SAFETY_PLAN), None);
        assert!(Step::ALL.iter().all(|s| s.slug() != SAFETY_PLAN));
    }
}
