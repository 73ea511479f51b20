//! The agency's directory of local resources, on the Actions & services step: search it,
//! filter it by type, and add a resource to the plan as a service in one click.

use crate::components::{focus_later, SelectField, TextField};
use crate::config::ResourceFilter;
use crate::model::services::ServiceKind;
use crate::state::{AgencyConfig, PlanState};
use leptos::prelude::*;

/// How many matches are drawn at once; searching narrows a long directory.
const SHOWN_AT_ONCE: usize = 30;

#[component]
pub fn ResourceDirectory(
    /// The open plan.
    state: PlanState,
) -> impl IntoView {
    let agency = AgencyConfig::get();
    let count = Memo::new(move |_| agency.with(|c| c.resources.len()));
    let filter = RwSignal::new(ResourceFilter::default());
    let matches = Memo::new(move |_| filter.with(|f| agency.with(|c| f.apply(&c.resources))));
    let added = RwSignal::new(None::<String>);
    let in_plan = move |name: &str| {
        state.plan.with(|p| {
            p.services
                .iter()
                .any(|s| s.organization.trim().eq_ignore_ascii_case(name.trim()))
        })
    };
    let add = move |index: usize| {
        let Some(resource) = agency.with_untracked(|c| c.resources.get(index).cloned()) else {
            return;
        };
        let service = resource.to_service();
        let id = service.id;
        state.edit(|p| p.services.push(service));
        added.set(Some(format!(
            "Added \u{201c}{}\u{201d} to the services below. Link it to a goal there, and set its status when the referral is made.",
            resource.name
        )));
        focus_later(format!("service-{id}-organization"));
    };
    let from = move || {
        agency.with(|c| match c.agency.name.trim() {
            "" => "Local resources".to_string(),
            name => format!("Local resources from {name}"),
        })
    };
    let kinds: Vec<(&'static str, &'static str)> = std::iter::once(("", "All types"))
        .chain(ServiceKind::ALL.iter().map(|k| (k.code(), k.label())))
        .collect();
    view! {
        <Show when=move || { count.get() > 0 }>
            <section class="resource-directory" aria-labelledby="resources-heading">
                <h3 id="resources-heading">{from}</h3>
                <p class="hint">"Services your agency knows about. Search, then add one to this plan."</p>
                <div class="resource-search">
                    <TextField id="resource-search" label="Search" kind="search"
                        hint="A name, a need or a place, e.g. \u{201c}food\u{201d}."
                        value=Signal::derive(move || filter.with(|f| f.text.clone()))
                        on_input=move |v| filter.update(|f| f.text = v) />
                    <SelectField id="resource-type" label="Type" options=kinds.clone()
                        value=Signal::derive(move || filter.with(|f| f.category.map_or("", |k| k.code())))
                        on_change=move |v| filter.update(|f| f.category = ServiceKind::from_code(&v)) />
                </div>
                <p class="resource-count" role="status">
                    {move || {
                        let (shown, all) = (matches.with(Vec::len), count.get());
                        match shown {
                            0 => "No resource matches. Try another word or type.".to_string(),
                            n if n > SHOWN_AT_ONCE => format!("{n} of {all} resources match; the first {SHOWN_AT_ONCE} are shown. Search to narrow the list."),
                            n => format!("{n} of {all} resources"),
                        }
                    }}
                </p>
                <ul class="resource-list">
                    {move || matches.get().into_iter().take(SHOWN_AT_ONCE).filter_map(|index| {
                        let r = agency.with(|c| c.resources.get(index).cloned())?;
                        let name = r.name.clone();
                        let already = in_plan(&name);
                        let details: Vec<String> = [
                            r.phone.clone(),
                            r.address.clone(),
                            match r.hours.trim() { "" => String::new(), h => format!("Hours: {h}") },
                        ].into_iter().filter(|s| !s.trim().is_empty()).collect();
                        let website = (!r.website.is_empty()).then(|| r.website.clone());
                        let notes = (!r.notes.is_empty()).then(|| r.notes.clone());
                        Some(view! {
                            <li class="resource">
                                <div>
                                    <p class="resource-name"><strong>{name.clone()}</strong>" \u{b7} " {r.category.label()}</p>
                                    {(!details.is_empty()).then(|| view! { <p>{details.join(" \u{b7} ")}</p> })}
                                    {website.map(|w| {
                                        let text = w.clone();
                                        view! { <p><a href=w target="_blank" rel="noopener noreferrer">{text}</a></p> }
                                    })}
                                    {notes.map(|n| view! { <p class="hint">{n}</p> })}
                                </div>
                                {if already {
                                    view! { <p class="resource-added">"In this plan"</p> }.into_any()
                                } else {
                                    view! {
                                        <button on:click=move |_| add(index)>
                                            "Add to this plan"<span class="visually-hidden">{format!(": {name}")}</span>
                                        </button>
                                    }.into_any()
                                }}
                            </li>
                        })
                    }).collect_view()}
                </ul>
                {move || added.get().map(|text| view! { <p class="notice" role="status">{text}</p> })}
            </section>
        </Show>
    }
}
